"""The Inventory page's evidence panel through streamlit.testing, on a real DuckDB file: a
note, a link and a screenshot saved and verified, the screenshot shown back, the verified
share moved, a hostile file refused in the user's language, the panel in Indonesian."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from audit import services
from audit.i18n import t
from audit.models import Asset
from audit.runner import Runner
from tests.app.test_pages import open_page, texts


@pytest.fixture
def client(store: services.Store) -> int:
    eid = services.create_engagement(store, "Toko Maju", client="PT Toko Maju",
                                     consultant="Rina Konsultan").id
    store.upsert_assets(eid, [
        Asset("ig", "instagram", "Toko Maju IG", "tokomaju", "https://www.instagram.com/tokomaju",
              owner="Andi", two_factor="yes", shared_login="no", admins=2,
              importance="primary", kind="social")])
    Runner(store, services.ProbeSettings(), gather_facts=lambda *_, **__: {},
           gather_org=lambda *_, **__: {}).run(store.get_engagement(eid))
    return eid


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 40), (20, 120, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def submit(at, lang: str = "en"):
    key = "ig_gov.two_factor"
    return at.button(key=f"FormSubmitter:evidence_form_{key}-{t('evidence.app.save', lang)}")


def test_evidence_is_saved_verified_shown_back_and_moves_the_share(app, store, client):
    assert services.build_report(store, client).score.verified_share == 0.0
    at = open_page(app(), client, "inventory")
    assert not at.exception
    assert at.selectbox(key="ev_asset").value == "ig"
    assert at.selectbox(key="ev_check").value == "gov.two_factor"
    assert t("evidence.app.value", "en", value="Yes") in texts(at.markdown)
    key = "ig_gov.two_factor"
    at.text_area(key=f"ev_note_{key}").input("Seen on a screen share with Andi")
    at.text_input(key=f"ev_link_{key}").input("https://drive.example/ig-2fa.png")
    at.checkbox(key=f"ev_verified_{key}").check()
    at.file_uploader(key=f"ev_image_{key}").set_value(("2fa.png", png(), "image/png"))
    submit(at).click().run()
    assert not at.exception and not at.error

    [row] = services.evidence_rows(store, client, "en")
    assert (row.state, row.evidence.verified_by, row.evidence.note, row.evidence.link) == (
        "verified", "Rina Konsultan", "Seen on a screen share with Andi",
        "https://drive.example/ig-2fa.png")
    assert services.evidence_image(store, client, "ig", "gov.two_factor")[0] == png()
    assert services.build_report(store, client).score.verified_share > 0
    [shown] = at.get("image")  # the screenshot shown back on the page
    assert shown.captions == [t("inventory.column.two_factor", "en")]
    assert any(t("evidence.app.holds", "en", by="Rina Konsultan", on="")[:-1] in s
               for s in texts(at.success))
    listed = at.dataframe[-1].value
    assert list(listed[t("evidence.col.state", "en")]) == [t("evidence.state.verified", "en")]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_hostile_file_is_refused_in_the_users_language(app, store, client, lang):
    at = open_page(app(), client, "inventory")
    if lang == "id":
        at.radio(key="lang").set_value("id").run()
    key = "ig_gov.two_factor"
    at.checkbox(key=f"ev_verified_{key}").check()
    at.file_uploader(key=f"ev_image_{key}").set_value(
        ("evil.png", b"<svg onload='alert(1)'/>", "image/png"))
    submit(at, lang).click().run()
    assert not at.exception
    assert texts(at.error) == [t("evidence.error.image_type", lang)]
    assert services.list_asset_evidence(store, client) == []  # nothing saved

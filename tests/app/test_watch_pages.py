"""The watch in the real app (streamlit.testing): lookalikes and impostors on Findings, the
expiry timeline on Readiness, the calendar download on Export, in both languages."""

from __future__ import annotations

import pytest

from audit import services
from audit.i18n import t
from tests.app.test_pages import open_page, texts


@pytest.fixture
def demo(store: services.Store) -> int:
    return services.load_demo(store).id


def frames(at) -> list:
    return [e.value for e in at.dataframe]


def on_page(app, engagement_id: int, page: str, lang: str = "en"):
    """The page for this engagement in this language (chosen after the engagement, whose
    own language may apply on selection)."""
    at = open_page(app(), engagement_id, page)
    at.radio(key="lang").set_value(lang).run()
    return at


@pytest.mark.parametrize("lang", ["en", "id"])
def test_findings_show_the_lookalikes_and_the_impostors(app, demo, lang):
    at = on_page(app, demo, "findings", lang)
    assert not at.exception
    subheaders = texts(at.subheader)
    assert t("watch.app.lookalikes", lang) in subheaders
    assert t("watch.app.impostors", lang) in subheaders
    lookalikes = next(f for f in frames(at) if t("watch.col.domain", lang) in f.columns)
    assert list(lookalikes[t("watch.col.domain", lang)]) == [
        "kopisenia.example", "kopiisenja.example", "kopi-senja.example"]
    assert list(lookalikes[t("watch.col.mark", lang)]) == [
        t("watch.mark.open", lang), t("watch.mark.open", lang), t("watch.mark.own", lang)]
    assert t("watch.app.live_impostors", lang, count=1) in texts(at.warning)


def test_marking_a_lookalike_on_the_findings_page_is_kept(app, store, demo):
    at = on_page(app, demo, "findings")
    at.selectbox(key="lk_domain").set_value("kopisenia.example")
    at.radio(key="lk_mark").set_value("handled")
    at.text_input(key="lk_note").input("Dilaporkan ke registrar")
    at.button(key="FormSubmitter:lookalike_mark-Save mark").click().run()
    assert not at.exception
    assert store.lookalike_marks(demo)["kopisenia.example"] == "handled"
    rows = services.lookalikes(store, demo)
    assert [r.note for r in rows if r.domain == "kopisenia.example"] == [
        "Dilaporkan ke registrar"]


def test_recording_an_impostor_needs_its_account(app, store, demo):
    at = on_page(app, demo, "findings")
    at.button(key="FormSubmitter:impostor_add-Save").click().run()
    assert any("handle or URL" in e.value for e in at.error)
    at.text_input(key="imp_target").input("**@kopisenja_cs**")
    at.button(key="FormSubmitter:impostor_add-Save").click().run()
    assert [i.target for i in store.list_impostors(demo)][-1] == "**@kopisenja_cs**"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_readiness_shows_the_expiry_timeline_and_export_offers_the_calendar(app, demo, lang):
    at = on_page(app, demo, "readiness", lang)
    assert not at.exception
    assert t("watch.app.timeline", lang) in texts(at.subheader)
    assert at.get("plotly_chart")
    at = at.switch_page("pages/export.py").run()
    labels = [b.proto.label for b in at.get("download_button")]
    assert t("watch.app.download_calendar", lang) in labels

"""The Campaigns page through streamlit.testing on the demo engagement, in both languages:
the countdown and the channels x status matrix, a briefing recorded, the tracker imported
with a bad row, and the brief pack."""

from __future__ import annotations

import io

import openpyxl
import pytest
from test_pages import open_page, texts

from audit import services
from audit.i18n import t


@pytest.fixture
def demo(store: services.Store) -> int:
    return services.load_demo(store).id


def campaigns_page(app, demo: int, lang: str):
    at = app()
    if lang != "en":
        at.radio(key="lang").set_value(lang).run()
    return open_page(at, demo, "campaigns")


# The page's tables in order (AppTest finds dataframes by position, not by key; the FAQ
# editor is the third).
LISTING, MATRIX, ERRORS = 0, 1, 3


def matrix(at) -> dict[str, dict]:
    table = at.dataframe[MATRIX].value
    asset = table[t("campaigns.col.asset_id", at.session_state["lang"])]
    return {a: table.iloc[i].to_dict() for i, a in enumerate(asset)}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_matrix_shows_holders_phones_and_states(app, demo, lang):
    at = campaigns_page(app, demo, lang)
    assert not at.exception
    assert at.title[0].value == t("campaigns.app.title", lang)
    listing = at.dataframe[LISTING].value
    assert listing[t("campaigns.col.phase", lang)][0] == t("campaigns.phase.upcoming", lang,
                                                           days=3)
    rows = matrix(at)
    state, holder = t("campaigns.col.state", lang), t("campaigns.col.holder", lang)
    assert rows["ig-main"][state] == t("campaigns.state.acknowledged", lang)
    assert rows["x-care"][state] == t("campaigns.state.briefed", lang)
    assert rows["wa-cs"][state] == t("campaigns.state.not_briefed", lang)
    assert rows["wa-cs"][holder] == "Andi Pratama / Dimas Saputra"
    assert rows["ig-main"][t("campaigns.col.contact", lang)]  # the PIC's contact is shown


def test_recording_a_briefing_moves_the_channel(app, demo):
    at = campaigns_page(app, demo, "en")
    at.selectbox(key="cb_channel").set_value("wa-cs")
    at.text_input(key="cb_by").input("Rina")
    at.selectbox(key="cb_method").set_value("whatsapp")
    at.button(key="FormSubmitter:campaign_brief_1-" + t("campaigns.app.record", "en")).click()
    at.run()
    assert not at.exception
    assert matrix(at)["wa-cs"][t("campaigns.col.state", "en")] == t("campaigns.state.briefed",
                                                                     "en")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_tracker_import_reports_the_bad_row_and_keeps_the_rest(app, store, demo, lang):
    campaign = services.list_campaigns(store, demo)[0]
    book = openpyxl.load_workbook(io.BytesIO(services.tracker_workbook(store, campaign, "id")))
    sheet = book.worksheets[0]
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(rows["wa-cs"], 4).value = "2026-11-20"
    sheet.cell(rows["wa-cs"], 6).value = "WA"
    sheet.cell(rows["shopee"], 4).value = "kemarin"  # not a date
    buffer = io.BytesIO()
    book.save(buffer)

    at = campaigns_page(app, demo, lang)
    at.get("file_uploader")[0].set_value(("tracker.xlsx", buffer.getvalue(),
                                          "application/octet-stream"))
    at.run()
    at.button(key="tracker_import").click().run()
    assert not at.exception
    assert t("campaigns.app.tracker_errors", lang) in texts(at.warning)
    errors = at.dataframe[ERRORS].value
    assert list(errors[t("app.inventory.err.row", lang)]) == [rows["shopee"]]
    assert list(errors[t("app.inventory.err.column", lang)]) == ["briefed_on"]
    assert "kemarin" in errors[t("app.inventory.err.problem", lang)][0]
    states = {c.asset_id: c.state for c in services.campaign_channels(store, campaign)}
    assert states["wa-cs"] == "briefed" and states["shopee"] == "not_briefed"
    assert matrix(at)["wa-cs"][t("campaigns.col.state", lang)] == t("campaigns.state.briefed",
                                                                     lang)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_pack_is_shown_to_copy_and_offered_to_download(app, demo, lang):
    at = campaigns_page(app, demo, lang)
    at.selectbox(key="cp_channel").set_value("wa-cs").run()
    text = at.code[0].value
    # the pack is in the engagement's language (the demo's is Indonesian) in either UI
    assert "Di semua 140 gerai Kopi Senja" in text
    assert t("campaigns.tone.messaging.private", "id") in text
    labels = [b.proto.label for b in at.get("download_button")]
    assert t("campaigns.app.pack_download", lang) in labels
    assert t("campaigns.app.tracker_download", lang) in labels


def test_create_campaign_from_the_form(app, store, demo):
    at = campaigns_page(app, demo, "en")
    at.text_input(key="cn_name").input("Ramadan 2027")
    at.button(key="FormSubmitter:campaign_new-" + t("campaigns.app.create", "en")).click()
    at.run()
    assert not at.exception
    assert [c.name for c in services.list_campaigns(store, demo)] == [
        "Promo Senja Ceria Akhir Tahun", "Ramadan 2027"]
    assert at.selectbox(key="cp_pick").value == services.list_campaigns(store, demo)[1].id

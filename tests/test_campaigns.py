"""Campaign records, the tracker workbook, the FAQ file, the brief pack and the workbook's
Campaigns sheet, over a real DuckDB file and real .xlsx files."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from audit import services
from audit.campaigns.model import OPEN_ENDED_DAYS, Briefing, Campaign, FaqEntry, campaign_phase
from audit.campaigns.tracker import TRACKER_COLUMNS
from audit.i18n import t
from audit.models import Asset
from audit.runner import Runner

TODAY = date(2026, 3, 1)
HOSTILE = '=HYPERLINK("http://evil.example","x") <script>alert(1)</script>'


@pytest.fixture
def store(tmp_path: Path) -> services.Store:
    return services.open_store(tmp_path / "c.duckdb")


@pytest.fixture
def engagement(store: services.Store) -> int:
    eid = services.create_engagement(store, "Acme", client="PT Acme", language="id").id
    store.upsert_assets(eid, [
        Asset("web", "website", "Situs", url="https://acme.example/", kind="website"),
        Asset("ig", "instagram", "Instagram utama", "acme", "https://www.instagram.com/acme/",
              owner="Rina", backup_owner="Budi", owner_contact="0812-1111", kind="social"),
        Asset("wa", "whatsapp", "WhatsApp CS", "6281200000000", owner="Andi",
              backup_owner="Andi", kind="messaging"),
        Asset("x", "x", "X", "acme", "https://x.com/acme", owner=HOSTILE, kind="social"),
    ])
    return eid


def add(store, engagement, **over) -> Campaign:
    fields = {"name": "Promo", "launch": TODAY + timedelta(days=2),
              "faq": [FaqEntry("Berapa diskonnya?", "30%"), FaqEntry("Sampai kapan?")],
              "key_messages": ["Diskon 30% semua minuman"], "escalation": "Rina 0812-1111"}
    return services.add_campaign(store, engagement, **{**fields, **over})


def test_campaign_round_trips_and_defaults_to_customer_facing_channels(store, engagement):
    campaign = add(store, engagement)
    assert campaign.channels == ["ig", "wa", "x"]  # the website only publishes
    again = services.open_store(store.path)  # migrations run again on the same file
    [saved] = services.list_campaigns(again, engagement)
    assert saved == campaign and saved.faq[1] == FaqEntry("Sampai kapan?", "")
    assert saved.ends == saved.launch + timedelta(days=OPEN_ENDED_DAYS)
    saved.key_messages.append("Berlaku di semua gerai")
    assert services.update_campaign(store, saved).key_messages[-1] == "Berlaku di semua gerai"


def test_campaign_names_are_unique_per_engagement(store, engagement):
    add(store, engagement)
    with pytest.raises(services.StoreError, match="already exists"):
        add(store, engagement)


def test_holder_defaults_to_pic_and_backup(store, engagement):
    rows = {c.asset_id: c for c in services.campaign_channels(store, add(store, engagement))}
    assert rows["ig"].holder == "Rina / Budi" and rows["ig"].phone == "0812-1111"
    assert rows["wa"].holder == "Andi"  # the same person twice is named once
    assert {r.state for r in rows.values()} == {"not_briefed"}


def test_briefing_outside_the_campaign_is_refused(store, engagement):
    campaign = add(store, engagement, channels=["ig"])
    with pytest.raises(services.CampaignError) as refused:
        services.record_briefing(store, Briefing(campaign.id, "wa", briefed_on=TODAY))
    assert "wa" in refused.value.message("id")


def test_tracker_reads_back_indonesian_methods_and_dd_mm_yyyy_dates(store, engagement):
    campaign = add(store, engagement)
    data = services.tracker_workbook(store, campaign, "id")
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    assert tuple(c.value for c in sheet[1]) == TRACKER_COLUMNS
    assert sheet.title == t("campaigns.tracker.sheet", "id")
    sheet["D2"], sheet["E2"], sheet["F2"], sheet["G2"] = "20/02/2026", "Dewi", "Rapat", \
        "2026-02-21"
    buffer = io.BytesIO()
    book.save(buffer)
    result = services.import_tracker(store, campaign, buffer.getvalue(), "t.xlsx")
    assert result.errors == [] and result.rows_read == 3
    ig = {c.asset_id: c for c in services.campaign_channels(store, campaign)}["ig"]
    assert (ig.state, ig.briefing.method, ig.briefing.briefed_on) == (
        "acknowledged", "meeting", date(2026, 2, 20))


def test_tracker_refuses_acknowledgement_without_or_before_the_brief(store, engagement):
    campaign = add(store, engagement)
    csv = (b"asset_id,briefed_on,acknowledged_on\n"
           b"ig,,2026-02-21\n"
           b"wa,2026-02-22,2026-02-21\n"
           b"x,=1+1,\n")
    result = services.import_tracker(store, campaign, csv, "t.csv")
    codes = [(e.row, e.column, e.code) for e in result.errors]
    assert codes == [(2, "acknowledged_on", "campaigns.tracker.ack_without_brief"),
                     (3, "acknowledged_on", "campaigns.tracker.ack_before_brief"),
                     (4, "briefed_on", "inventory.formula")]
    assert result.briefings == []


def test_tracker_without_its_header_is_refused_whole(store, engagement):
    campaign = add(store, engagement)
    result = services.import_tracker(store, campaign, b"name,date\nig,2026-01-01\n", "t.csv")
    assert [e.code for e in result.errors] == ["campaigns.file.no_header"]


def test_faq_file_keeps_questions_awaiting_an_answer(tmp_path):
    result = services.read_faq("question;answer\nA?;Yes\nB?;\n".encode("utf-8-sig"), "f.csv")
    assert result.errors == [] and [(f.question, f.answer) for f in result.faq] == [
        ("A?", "Yes"), ("B?", "")]


def test_pack_page_escapes_every_typed_value(store, engagement):
    campaign = add(store, engagement, name=HOSTILE, key_messages=[HOSTILE])
    pack = services.brief_pack(store, campaign, "x", "en")
    assert "<script>" not in pack.html and "&lt;script&gt;" in pack.html
    assert HOSTILE in pack.text  # the WhatsApp text is plain text, as typed
    assert "280 characters" in pack.text  # X's reply limit


def test_pack_is_in_the_engagement_language(store, engagement):
    pack = services.brief_pack(store, add(store, engagement), "wa")
    assert t("campaigns.pack.faq", "id") in pack.text and "→ 30%" in pack.text
    assert t("campaigns.pack.awaiting_answer", "id") in pack.text
    assert t("campaigns.tone.messaging.private", "id") in pack.text


def audit(store, engagement) -> dict:
    Runner(store, services.ProbeSettings(), today=TODAY,
           gather_facts=lambda *_, **__: {}).run(store.get_engagement(engagement))
    return {c["check_id"]: c for c in services.export_json(store, engagement)
            ["organization"]["checks"]}


def test_campaign_checks_reach_the_json_score_findings_and_workbook(store, engagement):
    campaign = add(store, engagement)
    services.record_briefing(store, Briefing(campaign.id, "ig", "Rina", TODAY, "Dewi",
                                             "whatsapp"))
    checks = audit(store, engagement)
    assert checks["campaign.briefing_coverage"]["status"] == "fail"
    assert checks["campaign.faq_ready"]["status"] == "warn"  # "Sampai kapan?" has no answer
    report = services.build_report(store, engagement)
    assert report.score.cap is not None and report.score.cap.check_id in {
        "campaign.briefing_coverage"}
    assert "campaign.briefing_coverage" in {f.check_id for f in report.findings}

    book = openpyxl.load_workbook(io.BytesIO(services.workbook_bytes(store, engagement)))
    sheet = book[t("workbook.sheet.campaigns", "id")]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    briefed, unbriefed = (t(f"campaigns.state.{s}", "id") for s in ("briefed", "not_briefed"))
    assert [(r[4], r[8]) for r in rows] == [("ig", briefed), ("wa", unbriefed), ("x", unbriefed)]
    finished = report.run.finished.date()  # the countdown is as of the run's date
    assert rows[0][3] == campaign_phase(campaign, finished, "id")


def test_no_campaign_in_the_window_is_not_applicable(store, engagement):
    add(store, engagement, launch=TODAY + timedelta(days=30))
    checks = audit(store, engagement)
    assert checks["campaign.briefing_coverage"]["status"] == "not_applicable"
    assert checks["campaign.faq_ready"]["status"] == "not_applicable"

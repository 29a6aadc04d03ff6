"""The audit workbook, reloaded with openpyxl: sheets, layout, safety and round trip."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from audit.export.intake import INVENTORY_SHEET
from audit.export.workbook import write_workbook
from audit.history import Comparison
from audit.i18n import t
from audit.inventory import (
    EVIDENCE_COLUMNS,
    column_label,
    read_answers,
    read_inventory,
    sheet_label,
)
from audit.models import ASSET_COLUMNS, Answer, Asset, Engagement, Result, Run
from audit.report import Cap, DimensionScore, Finding, Report, Score
from checks.base import DIMENSIONS

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1", "-2", "@SUM(1)", "\t=1",
           "\r=1", "\n=1"]
CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")


def sample_report(hostile: str = "", n_assets: int = 3) -> Report:
    """A hand-made report: a few assets, results, findings, answers and two runs."""
    bad = hostile or "plain"
    assets = [
        Asset("IG-01", "instagram", f"Brand {bad}", "brand", "https://www.instagram.com/brand/",
              owner=bad, owner_contact="rina@brand.example", department="Comms",
              backup_owner="Budi", agency=bad, two_factor="no", shared_login="yes", admins=3,
              recovery_contact="social@brand.example", verified="yes",
              last_post=date(2025, 1, 15), monitored="yes", response_sla_hours=4.5,
              campaign_briefed="unknown", importance="primary", notes=f"{bad}\nline two",
              kind="social"),
        Asset("WEB-01", "website", "brand.example", "www.brand.example",
              "https://www.brand.example/",
              owner="Andi", importance="primary", kind="website"),
    ]
    for i in range(2, n_assets):
        assets.append(Asset(f"X-{i:05d}", "x", bad if i == 2 else f"Account {i}", f"brand{i}",
                            f"https://x.com/brand{i}", owner=f"Owner {i}", kind="social"))
    when = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    results = [
        Result("WEB-01", "web.tls_valid", "fail", "web.tls_valid.expired",
               {"host": "www.brand.example", "not_after": "2025-02-26"},
               {"title": bad, "issuer": "Test CA"}, when),
        Result("WEB-01", "web.hsts", "pass", "web.hsts.ok", {}, {}, when),
        Result("IG-01", "gov.two_factor", "fail", "gov.two_factor.no", {}, {"bio": bad}, when),
        Result("IG-01", "social.profile_exists", "unknown", "probe_error",
               {"error": bad}, {}, when),
        Result("", "crisis.playbook", "fail", "crisis.playbook.no", {}, {}, when),
    ]
    for a in assets[2:]:
        results.append(Result(a.asset_id, "gov.owner", "pass", "gov.owner.ok", {}, {}, when))
    dims = {d: DimensionScore(d, 50.0 + i, 0.8, 1.0, 40.0, 70.0)
            for i, d in enumerate(DIMENSIONS)}
    score = Score(overall=52.0, band="developing", coverage=0.65, min_score=40.0,
                  max_score=75.0, provisional=True, dimensions=dims,
                  cap=Cap("crisis.playbook", "", "developing", 2), verified_share=0.25,
                  self_reported_share=0.75, assets={"IG-01": 40.0, "WEB-01": 55.5})
    findings = [
        Finding("WEB-01", "web.tls_valid", "fail", "critical", "technical", 11.0, "Andi",
                "web.tls_valid.expired",
                {"host": "www.brand.example", "not_after": "2025-02-26"}, note=bad),
        Finding("", "crisis.playbook", "fail", "critical", "crisis", 7.5, "",
                "crisis.playbook.no", {}),
        Finding("IG-01", "gov.two_factor", "fail", "critical", "access", 7.5, bad,
                "gov.two_factor.no", {}, state="accepted"),
    ]
    answers = {
        "crisis.playbook": Answer("crisis.playbook", "no", note=bad, evidence=bad),
        "crisis.escalation": Answer("crisis.escalation", "partial", "24/7 desk",
                                    "https://wiki.brand.example/escalation", verified=True),
    }
    snapshot = {"overall": 48.0, "band": "developing", "coverage": 0.6,
                "dimensions": {d: {"score": 45.0, "coverage": 0.5} for d in DIMENSIONS}}
    history = [
        Run(1, 1, datetime(2025, 1, 1, 8, 0), datetime(2025, 1, 1, 8, 5), "completed",
            score=snapshot, number=1),
        Run(2, 1, datetime(2025, 3, 1, 9, 0), datetime(2025, 3, 1, 9, 31), "completed",
            score={**snapshot, "overall": 52.0}, number=2),
    ]
    engagement = Engagement(1, "PT Contoh 2025", client=f"PT Contoh {bad}",
                            consultant="Sari Dewi", language="en")
    # since run 1, HSTS was fixed on WEB-01 and 2FA turned off on IG-01
    changes = Comparison(overall=4.0, dimensions={}, coverage=0.0,
                         fixed=[("WEB-01", "web.hsts")], new=[("IG-01", "gov.two_factor")])
    return Report(engagement, history[-1], assets, answers, results, score, findings, history,
                  previous_run=history[0], changes=changes)


SHEET_KEYS = ("summary", "inventory", "results", "findings", "questionnaire", "evidence",
              "roster",
              "campaigns", "history", "changes", "calendar", "lookalikes", "impostors",
              "methodology")
WATCH_SHEETS = ("calendar", "lookalikes", "impostors")
TABLE_KEYS = ("inventory", "results", "findings", "questionnaire", "evidence", "roster",
              "campaigns", "history", "changes")


def build(report: Report, lang: str = "en"):
    buffer = io.BytesIO()
    write_workbook(report, buffer, lang)
    buffer.seek(0)
    return load_workbook(buffer)


@pytest.fixture(scope="module")
def wb_en():
    return build(sample_report())


def sheet_name(key: str, lang: str = "en") -> str:
    if key in ("inventory", "questionnaire"):
        return sheet_label(key, lang)
    if key in WATCH_SHEETS:
        return t(f"watch.sheet.{key}", lang)
    if key == "evidence":
        return t("evidence.sheet", lang)
    return t(f"workbook.sheet.{key}", lang)


def sheet(wb, key: str, lang: str = "en"):
    return wb[sheet_name(key, lang)]


def validations(ws) -> dict:
    """Data validations by column letter."""
    return {re.match(r"[A-Z]+", str(dv.sqref)).group(): dv
            for dv in ws.data_validations.dataValidation}


def header(ws) -> list:
    return [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_sheets_are_named_in_the_language_in_order(lang):
    wb = build(sample_report(), lang)
    assert wb.sheetnames == [sheet_name(k, lang) for k in SHEET_KEYS]
    if lang == "id":
        assert wb.sheetnames[:3] == ["Ringkasan", "Inventaris", "Hasil pemeriksaan"]


@pytest.mark.parametrize("key", TABLE_KEYS)
def test_table_sheets_freeze_the_header_filter_and_fit_widths(wb_en, key):
    ws = sheet(wb_en, key)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
    assert all(ws.cell(1, c).style == "siaga_header" for c in range(1, ws.max_column + 1))
    widths = [ws.column_dimensions[ws.cell(1, c).column_letter].width
              for c in range(1, ws.max_column + 1)]
    assert all(8 <= w <= 60 for w in widths)


def test_inventory_has_the_intake_columns_dates_numbers_and_links(wb_en):
    ws = sheet(wb_en, "inventory")
    assert header(ws) == [column_label(c, "en") for c in INVENTORY_SHEET]
    assert set(INVENTORY_SHEET) == {*ASSET_COLUMNS, *EVIDENCE_COLUMNS}
    row = {c: ws.cell(2, i).value for i, c in enumerate(INVENTORY_SHEET, 1)}
    assert row["asset_id"] == "IG-01"
    assert row["last_post"] == datetime(2025, 1, 15)
    assert ws.cell(2, INVENTORY_SHEET.index("last_post") + 1).is_date
    assert row["admins"] == 3 and row["response_sla_hours"] == 4.5
    assert row["two_factor"] == "No" and row["importance"] == "Primary"
    url = ws.cell(2, INVENTORY_SHEET.index("url") + 1)
    assert url.hyperlink.target == "https://www.instagram.com/brand/"


def test_inventory_prints_the_twelve_columns_a_person_reads(wb_en):
    """Which asset, who holds it and its backup, how much it matters and the access
    answers; ids, contacts, phones and notes stay in the file, out of the print area."""
    ws = sheet(wb_en, "inventory")
    area = ws.print_area.split("!")[1].replace("$", "")
    assert area.split(":")[1] == f"L{ws.max_row}"
    printed = header(ws)[:12]
    assert printed == [column_label(c, "en") for c in (
        "name", "platform", "url", "owner", "backup_owner", "importance", "two_factor",
        "shared_login", "admins", "recovery_contact", "campaign_briefed", "monitored")]
    assert column_label("asset_id", "en") in header(ws)[12:]


def test_inventory_validations_match_the_template(wb_en):
    from audit import platforms

    ws = sheet(wb_en, "inventory")
    lists = validations(ws)
    platform_col = ws.cell(1, INVENTORY_SHEET.index("platform") + 1).column_letter
    labels = [platforms.get(p).label for p in platforms.platform_ids()]
    assert lists[platform_col].formula1 == '"' + ",".join(labels) + '"'
    tri = ws.cell(1, INVENTORY_SHEET.index("two_factor") + 1).column_letter
    assert lists[tri].formula1 == '"Yes,No,Unknown"'
    date_col = ws.cell(1, INVENTORY_SHEET.index("last_post") + 1).column_letter
    assert lists[date_col].type == "date"


def test_results_are_asset_by_check_with_rendered_detail_and_status_colours(wb_en):
    ws = sheet(wb_en, "results")
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(sample_report().results)
    # printed columns first; the ids and the evidence JSON last, out of the print area
    tls = next(r for r in rows if r[9] == "web.tls_valid")
    assert tls[8] == "WEB-01" and tls[5] == "Fail"
    assert tls[6] and tls[6] != "web.tls_valid.expired"  # a sentence, not the reason code
    assert '"issuer":"Test CA"' in tls[10]
    assert tls[7] == datetime(2025, 3, 1, 9, 30)
    assert ws.print_area == f"'{ws.title}'!$A$1:$H${ws.max_row}"
    rules = {rule.formula[0]: str(cf.sqref) for cf in ws.conditional_formatting
             for rule in cf.rules}
    assert rules['"Fail"'] == f"F2:F{ws.max_row}"
    assert rules['"Pass"'] == f"F2:F{ws.max_row}"
    assert all(c.fill.fgColor.rgb in (None, "00000000") for c in ws["F"][1:])  # no fills


def test_findings_are_the_action_plan_grouped_by_check_by_priority(wb_en):
    ws = sheet(wb_en, "findings")
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    checks = [r[3] for r in rows]
    order = list(dict.fromkeys(checks))
    assert checks == sorted(checks, key=order.index)  # one check's rows sit together
    tops = [max(r[12] for r in rows if r[3] == check) for check in order]
    assert tops == sorted(tops, reverse=True)
    assert rows[0][13] == "WEB-01" and rows[0][0] == "Critical"
    assert all(r[4] and r[5] and r[6] for r in rows)  # seen, why, fix
    assert ws.print_area == f"'{ws.title}'!$A$1:$J${ws.max_row}"  # priority and id stay out
    assert ws.data_validations.dataValidation  # the state dropdown


def test_questionnaire_lists_every_question_with_answers():
    from audit.export.intake import questions

    ws = sheet(build(sample_report()), "questionnaire")
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {q.id for q in questions()}
    assert rows["crisis.escalation"][2:] == ("Partly", "24/7 desk",
                                             "https://wiki.brand.example/escalation", "Yes")
    missing = next(q.id for q in questions() if q.id not in sample_report().answers)
    assert rows[missing][2] is None  # not answered yet: blank, not "don't know"


def test_roster_history_and_methodology_have_content(wb_en):
    roster = list(sheet(wb_en, "roster").iter_rows(min_row=2, values_only=True))
    assert roster[0][0].startswith("Brand") and "No" in roster[0]  # primary first, 2FA off
    history = list(sheet(wb_en, "history").iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in history] == [1, 2] and history[1][3] == 52.0
    assert history[0][0] == datetime(2025, 1, 1, 8, 5)
    method = [c for row in sheet(wb_en, "methodology").iter_rows(values_only=True)
              for c in row if c]
    assert "crisis.playbook" in method


def test_summary_is_a_one_page_cover_with_score_band_and_chart(wb_en):
    ws = sheet(wb_en, "summary")
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert 52.0 in values and "Developing" in values
    assert any(isinstance(v, str) and v.startswith("Provisional") for v in values)
    assert any(isinstance(v, str) and "capped" in v for v in values)
    assert "Sari Dewi" in values
    assert len(ws._charts) == 1
    assert ws.print_area and ws.page_setup.fitToHeight == 1 and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    big = next(c for row in ws.iter_rows() for c in row if c.value == 52.0)
    assert big.fill.fgColor.rgb.endswith("E67E22")  # the developing band's colour


def _cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from (c for c in row if c.value is not None)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_shown_never_evaluated_in_every_sheet(hostile):
    wb = build(sample_report(hostile))
    sheets_hit = set()
    for cell in _cells(wb):
        assert cell.data_type != "f", (cell.parent.title, cell.coordinate, cell.value)
        if isinstance(cell.value, str) and cell.value[:1] in "=+-@\t\n\r":
            assert cell.data_type == "s" and cell.quotePrefix, (cell.parent.title, cell.value)
            sheets_hit.add(cell.parent.title)
    assert {sheet_name(k) for k in
            ("inventory", "results", "findings", "questionnaire", "roster")} <= sheets_hit


def test_control_characters_are_removed_not_fatal():
    wb = build(sample_report(f"a{CONTROLS}b\tc\nd"))
    texts = [c.value for c in _cells(wb) if isinstance(c.value, str)]
    assert any("ab\tc\nd" in v for v in texts)
    assert not any(ch in v for v in texts for ch in CONTROLS)


def test_clean_text_keeps_tab_and_newline_and_caps_length():
    from audit.export.safe import MAX_CELL_CHARS, clean_text

    assert clean_text("a\x00b\x1fc\td\r\ne\x0b") == "abc\td\ne"
    assert clean_text(None) == "" and clean_text(3) == "3"
    assert len(clean_text("x" * 40000)) == MAX_CELL_CHARS


def test_only_web_urls_become_hyperlinks():
    from audit.export.safe import is_link

    assert is_link("https://brand.example/a?b=1")
    assert not is_link("javascript:alert(1)") and not is_link("file:///etc/passwd")
    assert not is_link('https://x" onmouseover="1')


def test_empty_report_still_writes_every_sheet():
    report = sample_report()
    report.assets, report.results, report.findings, report.history = [], [], [], []
    report.answers, report.run, report.changes = {}, None, None
    report.score = Score(None, None, 0.0, None, None, True, {}, None, 0.0, 0.0)
    wb = build(report)
    assert len(wb.sheetnames) == len(SHEET_KEYS)
    assert sheet(wb, "results").max_row == 1


def test_many_assets_stream_through_every_row():
    wb = build(sample_report(n_assets=1500))
    assert sheet(wb, "inventory").max_row == 1501
    assert sheet(wb, "results").max_row == 1 + 5 + 1498


def _sheet_values(wb, key: str, lang: str) -> list[tuple]:
    return list(sheet(wb, key, lang).iter_rows(values_only=True))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_export_import_export_gives_identical_inventory_and_questionnaire(lang):
    first = io.BytesIO()
    report = sample_report()
    write_workbook(report, first, lang)
    imported = read_inventory(first.getvalue(), "audit.xlsx")
    assert imported.ok, [e.message() for e in imported.errors]
    answers = read_answers(first.getvalue(), "audit.xlsx")
    assert answers.ok, [e.message() for e in answers.errors]
    assert {a.question_id for a in answers.answers} == set(report.answers)

    report.assets = imported.assets
    report.answers = {a.question_id: a for a in answers.answers}
    second = io.BytesIO()
    write_workbook(report, second, lang)
    before, after = load_workbook(first), load_workbook(second)
    for key in ("inventory", "questionnaire"):
        assert _sheet_values(after, key, lang) == _sheet_values(before, key, lang)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_changes_sheet_lists_fixed_then_new_findings(lang):
    ws = sheet(build(sample_report(), lang), "changes", lang)
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [(r[0], r[1]) for r in rows] == [
        (t("scoring.history.fixed", lang), "WEB-01"), (t("scoring.history.new", lang), "IG-01")]
    assert rows[0][5] == t("status.pass", lang)  # the check as it stands in this run


def test_changes_sheet_explains_a_first_audit():
    report = sample_report()
    report.changes = report.previous_run = None
    ws = sheet(build(report), "changes")
    assert ws.cell(2, 1).value == t("workbook.changes.first_run", "en")


def test_the_openpyxl_method_the_fast_writer_replaces_still_exists():
    # CellMaker replaces WriteOnlyWorksheet._values_to_row on its own sheets (BENCHMARKS.md);
    # if openpyxl renames it, output stays right but export slows ~1.5x: fail loudly instead.
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    assert callable(getattr(WriteOnlyWorksheet, "_values_to_row", None))


@pytest.mark.parametrize("key", ["inventory", "results", "findings", "roster", "evidence"])
def test_table_sheets_print_titles_twelve_columns_and_a_footer(wb_en, key):
    from openpyxl.utils import column_index_from_string

    ws = sheet(wb_en, key)
    assert ws.print_title_rows.replace("$", "") == "1:1"
    area = ws.print_area.split("!")[1].replace("$", "")
    first, last = area.split(":")
    assert first == "A1"
    letters = "".join(ch for ch in last if ch.isalpha())
    printed = column_index_from_string(letters)
    assert printed <= 12 and int(last[len(letters):]) == ws.max_row
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    # what is printed fits the page without shrinking text below ~8 pt (see table.py)
    widths = [ws.column_dimensions[ws.cell(1, c).column_letter].width
              for c in range(1, printed + 1)]
    assert sum(widths) <= 185
    assert ws.oddFooter.left.text == sample_report().engagement.client.replace("&", "&&")
    assert ws.oddFooter.right.text == "Page &P of &N"


def test_results_keep_machine_columns_in_the_file_out_of_print(wb_en):
    ws = sheet(wb_en, "results")
    assert header(ws)[-3:] == ["Asset ID", "Check ID", "Evidence"]
    assert ws.print_area.endswith(f"$H${ws.max_row}")  # Evidence is column K


def test_inventory_leaves_blank_the_fields_that_do_not_apply_to_the_kind():
    """A website has no verified badge: its Verified cell stays empty instead of showing
    "Don't know"; 2FA applies to its registrar, hosting and CMS logins, so it shows."""
    ws = sheet(build(sample_report(), "id"), "inventory", "id")
    header = [c.value for c in ws[1]]
    key = header.index(column_label("asset_id", "id"))
    rows = {r[key]: dict(zip(header, r, strict=False))
            for r in ws.iter_rows(min_row=2, values_only=True) if r[key]}
    verified, two_factor = column_label("verified", "id"), column_label("two_factor", "id")
    assert rows["WEB-01"][verified] in (None, "")
    assert rows["WEB-01"][two_factor] == t("inventory.value.unknown", "id")
    assert rows["IG-01"][verified] == t("inventory.value.yes", "id")


def test_a_provisional_score_says_why_and_not_a_coverage_it_does_not_have():
    """Provisional because questions are unanswered, with 91% coverage: the cover says so,
    and does not claim that less than 70% of the checks could be decided."""
    report = sample_report()
    report.score.coverage, report.score.unanswered_questions = 0.91, 2
    for lang in ("en", "id"):
        ws = sheet(build(report, lang), "summary", lang)
        values = [c for row in ws.iter_rows(values_only=True) for c in row
                  if isinstance(c, str)]
        assert t("report.score.unanswered", lang, questions=2, cells=0) in values
        assert not any("70%" in v for v in values)


def test_every_sheet_prints_the_clients_name_and_page_numbers(wb_en):
    """Each printed page of the deliverable says whose it is and which page it is, the
    watch sheets (Calendar, Lookalike domains, Impostor accounts) included."""
    client = sample_report().engagement.client.replace("&", "&&")
    unfooted = [ws.title for ws in wb_en.worksheets
                if ws.oddFooter.left.text != client or ws.oddFooter.right.text != "Page &P of &N"]
    assert not unfooted

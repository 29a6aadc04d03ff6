"""Numbers, dates and plurals by locale (issue 17, item 5): Babel's locale data, one helper.

Decimal comma in Indonesian ("53,9", "1,5 jam", "+6,0"), month names in Indonesian on the
app's chart axes, "1 day" / "2 days" in English. The CLI is a real process on a real DuckDB
file; the workbook is read back from the file the exporter wrote."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from audit import charts, services
from audit.i18n import day_name, month_name, number, t
from audit.models import Run
from audit.textformat import fill
from audit.watch.calendar import CalendarEvent
from checks.registry import BY_ID


@pytest.mark.parametrize(("value", "lang", "digits", "sign", "text"), [
    (1.5, "id", None, False, "1,5"), (1.5, "en", None, False, "1.5"),
    (47.94, "id", 1, False, "47,9"), (6.0, "id", 1, True, "+6,0"),
    (-2.0, "en", 1, True, "-2.0"), (0.25, "id", None, False, "0,25"),
    (1234.5, "id", None, False, "1.234,5"), (64.94, "id", 0, False, "65"),
    (4.0, "en", None, False, "4"),
])
def test_one_number_helper_writes_each_language_its_way(value, lang, digits, sign, text):
    assert number(value, lang, digits, sign) == text


def test_check_texts_put_decimals_and_plurals_the_readers_way():
    sla = BY_ID["gov.response_sla"]
    assert sla.render("gov.response_sla.ok", {"hours": 1.5}, "id") == "Target respons: 1,5 jam."
    assert sla.render("gov.response_sla.ok", {"hours": 1.5}, "en") == \
        "Response target: 1.5 hours."
    assert sla.render("gov.response_sla.ok", {"hours": 1}, "en") == "Response target: 1 hour."
    activity = BY_ID["gov.activity"]
    assert activity.render("gov.activity.active", {"days": 1, "date": "d"}, "en") == \
        "Last post 1 day ago (d)."
    assert activity.render("gov.activity.active", {"days": 2, "date": "d"}, "en") == \
        "Last post 2 days ago (d)."
    domain = BY_ID["domain.expiry"]
    assert "1 day left" in domain.render("domain.expiry.ok", {"domain": "a.id", "date": "d",
                                                              "days": 1}, "en")
    assert "expired 1 day ago" in domain.render("domain.expiry.expired", {
        "domain": "a.id", "date": "d", "days_ago": 1}, "en")
    assert fill("{n:day|days}", {"n": 1.0}, "en") == "1 day"


def test_the_cli_compares_runs_with_decimal_commas_in_indonesian(tmp_path: Path):
    db = tmp_path / "c.duckdb"
    env = {"SIAGA_DB": str(db), "PATH": "/usr/bin:/bin"}
    cwd = Path(__file__).parents[1]
    subprocess.run([sys.executable, "-m", "audit.cli", "demo"], env=env, cwd=cwd, check=True,
                   capture_output=True, timeout=240)
    lines = {}
    for lang in ("en", "id"):
        out = subprocess.run([sys.executable, "-m", "audit.cli", "compare", "--engagement",
                              "Demo: PT Kopi Senja Nusantara", "--lang", lang], env=env, cwd=cwd,
                             capture_output=True, text=True, timeout=240)
        assert out.returncode == 0, out.stderr
        lines[lang] = out.stdout.splitlines()
    assert re.fullmatch(r"Skor kesiapan: \d+,\d → \d+,\d \([+-]\d+,\d\)", lines["id"][1])
    assert re.fullmatch(r"Readiness score: \d+\.\d → \d+\.\d \([+-]\d+\.\d\)", lines["en"][1])
    assert all("." not in line for line in lines["id"][2:7]), lines["id"][2:7]  # dimensions


def test_the_indonesian_workbook_writes_weights_with_a_comma(tmp_path: Path):
    store = services.open_store(tmp_path / "w.duckdb")
    eid = services.load_demo(store).id
    out = tmp_path / "id.xlsx"
    services.export_workbook(store, eid, out, lang="id")
    wb = openpyxl.load_workbook(out)
    method = wb[t("workbook.sheet.methodology", "id")]
    texts = [c.value for row in method.iter_rows() for c in row if isinstance(c.value, str)]
    numbers = [c.value for row in method.iter_rows() for c in row
               if isinstance(c.value, float) and not c.value.is_integer()]
    assert numbers == []  # decimals are written out, not left to the viewer's locale
    assert any(re.fullmatch(r"0,\d+", text) for text in texts)
    assert not any(re.fullmatch(r"\d+\.\d+", text) for text in texts)


def test_chart_axes_name_months_in_the_page_language():
    runs = [Run(id=i, engagement_id=1, started=datetime(2026, m, 3, 9), finished=None,
                status="completed",
                score={"overall": 50.0 + m, "coverage": 0.9}, number=i)
            for i, m in ((1, 8), (2, 12))]
    figure = charts.trend(runs, "id")
    assert list(figure.layout.xaxis.ticktext) == ["3 Agu 2026", "3 Des 2026"]
    assert figure.layout.separators == ",."
    assert list(charts.trend(runs, "en").layout.xaxis.ticktext) == ["3 Aug 2026", "3 Dec 2026"]
    events = [CalendarEvent(day=date(2026, 10, 20), kind="domain", subject="a.id"),
              CalendarEvent(day=date(2027, 1, 5), kind="certificate", subject="b.id")]
    axis = charts.expiry_timeline(events, "id").layout.xaxis
    assert list(axis.ticktext) == ["Okt 2026", "Nov 2026", "Des 2026", "Jan 2027"]
    assert month_name(date(2026, 5, 1), "id") == "Mei 2026"
    assert day_name(date(2026, 5, 1), "en") == "1 May 2026"

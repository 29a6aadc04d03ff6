"""The campaign loop as a user drives it: real `siaga` processes, a real tracker workbook.

Campaign added, tracker exported, two of four channels briefed and one acknowledged in the
workbook, imported, audited: campaign.briefing_coverage fails naming the unbriefed assets;
every channel briefed and acknowledged: it passes; the pack prints the FAQ's answer.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from test_cli import siaga, write_csv

from audit.campaigns.tracker import TRACKER_COLUMNS

ENGAGEMENT = "Acme promo"
CHANNELS = ("ig", "x", "tt", "fb")
ANSWER = "Diskon 30% untuk semua minuman, 1 sampai 14 Desember."


@pytest.fixture
def engagement(tmp_path: Path, httpserver) -> Path:
    """An engagement with four social channels whose profiles are a local server."""
    httpserver.expect_request("/profile").respond_with_data("<html>profile</html>",
                                                            content_type="text/html")
    url = httpserver.url_for("/profile")
    rows = [{"asset_id": aid, "platform": platform, "handle": "acme", "url": url,
             "owner": f"Holder {aid}", "owner_contact": "0812-0000-0000"}
            for aid, platform in zip(CHANNELS, ("instagram", "x", "tiktok", "facebook"),
                                     strict=True)]
    db = tmp_path / "cli.duckdb"
    out = siaga("import", str(write_csv(tmp_path / "inv.csv", rows)), "--engagement",
                ENGAGEMENT, db=db)
    assert out.returncode == 0, out.stderr
    return db


def audit(db: Path, tmp_path: Path) -> dict:
    out = siaga("audit", "--engagement", ENGAGEMENT, "--allow-private", "--timeout", "3",
                "--json", str(tmp_path / "r.json"), db=db)
    assert out.returncode == 0, out.stderr
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    return {c["check_id"]: c for c in data["organization"]["checks"]}


def fill(path: Path, briefed: dict[str, bool]) -> None:
    """Mark channels briefed (True: and acknowledged) in the exported tracker."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert tuple(header) == TRACKER_COLUMNS
    col = {name: i for i, name in enumerate(header)}
    for row in sheet.iter_rows(min_row=2):
        asset_id = row[col["asset_id"]].value
        if asset_id in briefed:
            row[col["briefed_on"]].value = "2026-11-20"
            row[col["briefed_by"]].value = "Dewi"
            row[col["method"]].value = "WhatsApp"
            if briefed[asset_id]:
                row[col["acknowledged_on"]].value = "21/11/2026"
    book.save(path)


@pytest.mark.timeout(600)
def test_briefing_loop_through_the_cli(engagement: Path, tmp_path: Path):
    db = engagement
    faq = write_csv(tmp_path / "faq.csv", [{"question": "Berapa diskonnya?", "answer": ANSWER},
                                          {"question": "Di gerai mana saja?",
                                           "answer": "Semua gerai di Jawa dan Bali."}])
    launch = (date.today() + timedelta(days=1)).isoformat()
    out = siaga("campaign", "add", "--engagement", ENGAGEMENT, "--name", "Senja Ceria",
                "--launch", launch, "--agency", "Ruang Kreatif", "--faq", str(faq), db=db)
    assert out.returncode == 0, out.stderr
    assert "4 channels" in out.stdout  # every customer-facing asset by default

    tracker = tmp_path / "tracker.xlsx"
    out = siaga("campaign", "tracker", "--engagement", ENGAGEMENT, "--campaign", "Senja Ceria",
                "--out", str(tracker), db=db)
    assert out.returncode == 0, out.stderr
    fill(tracker, {"ig": True, "x": False})
    out = siaga("campaign", "import", "--engagement", ENGAGEMENT, "--campaign", "Senja Ceria",
                str(tracker), db=db)
    assert out.returncode == 0, out.stderr
    assert "Imported 4 of 4 tracker rows" in out.stdout

    listing = siaga("campaign", "list", "--engagement", ENGAGEMENT, db=db).stdout
    assert "Acknowledged 1, Briefed 1, Not briefed 2" in listing

    coverage = audit(db, tmp_path)["campaign.briefing_coverage"]
    assert coverage["status"] == "fail"
    assert "tt (Holder tt)" in coverage["detail"] and "fb (Holder fb)" in coverage["detail"]
    unbriefed = coverage["evidence"]["campaigns"][0]["unbriefed"]
    assert [c["asset_id"] for c in unbriefed] == ["tt", "fb"]

    fill(tracker, dict.fromkeys(CHANNELS, True))
    out = siaga("campaign", "import", "--engagement", ENGAGEMENT, "--campaign", "Senja Ceria",
                str(tracker), db=db)
    assert out.returncode == 0, out.stderr
    checks = audit(db, tmp_path)
    assert checks["campaign.briefing_coverage"]["status"] == "pass"
    assert checks["campaign.faq_ready"]["status"] == "pass"

    out = siaga("campaign", "pack", "--engagement", ENGAGEMENT, "--campaign", "Senja Ceria",
                "--asset", "tt", db=db)
    assert out.returncode == 0, out.stderr
    assert ANSWER in out.stdout and "Senja Ceria" in out.stdout


def test_tracker_row_errors_keep_the_valid_rows(engagement: Path, tmp_path: Path):
    db = engagement
    out = siaga("campaign", "add", "--engagement", ENGAGEMENT, "--name", "Promo", "--launch",
                "2026-12-01", "--channels", "ig,x", db=db)
    assert out.returncode == 0, out.stderr
    tracker = tmp_path / "t.xlsx"
    assert siaga("campaign", "tracker", "--engagement", ENGAGEMENT, "--campaign", "Promo",
                 "--out", str(tracker), db=db).returncode == 0
    book = openpyxl.load_workbook(tracker)
    sheet = book.worksheets[0]
    sheet["D2"], sheet["F2"] = "2026-11-20", "Email"  # ig: fine
    sheet["D3"], sheet["F3"] = "2026-11-31", "pigeon"  # x: a bad date and a bad method
    sheet.append(["zz", "", "", "2026-11-20"])  # not a channel of the campaign
    book.save(tracker)
    out = siaga("campaign", "import", "--engagement", ENGAGEMENT, "--campaign", "Promo",
                str(tracker), db=db)
    assert out.returncode == 2
    assert "Row 3, column 'briefed_on'" in out.stderr
    assert "Row 3, column 'method'" in out.stderr and "pigeon" in out.stderr
    assert "Row 4, column 'asset_id'" in out.stderr and "'zz'" in out.stderr
    listing = siaga("campaign", "list", "--engagement", ENGAGEMENT, db=db).stdout
    assert "Briefed 1, Not briefed 1" in listing  # the valid row was kept


def test_campaign_input_errors_exit_2(engagement: Path, tmp_path: Path):
    db = engagement
    out = siaga("campaign", "add", "--engagement", ENGAGEMENT, "--name", "P", "--launch",
                "2026-12-10", "--end", "2026-12-01", db=db)
    assert out.returncode == 2 and "before the launch date" in out.stderr
    out = siaga("campaign", "add", "--engagement", ENGAGEMENT, "--name", "P", "--launch",
                "2026-12-10", "--channels", "ig,nope", db=db)
    assert out.returncode == 2 and "Not in the inventory: nope" in out.stderr
    out = siaga("campaign", "pack", "--engagement", ENGAGEMENT, "--campaign", "None",
                "--asset", "ig", db=db)
    assert out.returncode == 2 and 'No campaign named "None"' in out.stderr
    faq = write_csv(tmp_path / "faq.csv", [{"question": "", "answer": "orphan answer"}])
    out = siaga("campaign", "add", "--engagement", ENGAGEMENT, "--name", "P", "--launch",
                "2026-12-10", "--faq", str(faq), db=db)
    assert out.returncode == 2 and "Row 2, column 'question'" in out.stderr
    assert "No campaigns yet" in siaga("campaign", "list", "--engagement", ENGAGEMENT,
                                       db=db).stdout

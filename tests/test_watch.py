"""The watch end to end, as a consultant runs it: `siaga audit` against a real DNS server on
loopback, the marks, the impostor register and the expiry calendar, through real processes
and a real DuckDB file."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import openpyxl
from icalendar import Calendar

from audit.i18n import t
from tests.lookalike_dns import BRAND, IDLE, SERVING, serving
from tests.test_cli import siaga, write_csv

DEMO = "Demo: PT Kopi Senja Nusantara"


def audit(tmp_path: Path, db: Path, dns: tuple[str, int], *extra: str):
    inventory = write_csv(tmp_path / "brand.csv", [
        {"asset_id": "mail-main", "platform": "email", "handle": BRAND, "owner": "Rina"}])
    return siaga("audit", str(inventory), "--engagement", "Brand", "--dns-server",
                 f"{dns[0]}:{dns[1]}", "--timeout", "2",
                 # a refused local RDAP URL: the guard stops it, nothing leaves the machine
                 "--rdap-url", "http://127.0.0.1:9/", *extra, db=db)


def lookalike_check(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    return next(c for c in data["organization"]["checks"]
                if c["check_id"] == "presence.lookalike_domains")


def test_an_audit_reports_exactly_the_registered_lookalikes_everywhere(tmp_path):
    db = tmp_path / "watch.duckdb"
    with serving(SERVING) as (zone, dns):
        out = audit(tmp_path, db, dns, "--json", str(tmp_path / "r.json"),
                    "--out", str(tmp_path / "r.xlsx"))
    assert out.returncode == 0, out.stderr
    check = lookalike_check(tmp_path / "r.json")
    assert check["status"] == "fail"
    found = {f["domain"]: (bool(f["a"]), bool(f["mx"])) for f in check["evidence"]["found"]}
    assert found == {"brand-kopl.co.id": (True, True), "brandkopi.co.id": (True, False),
                     "brand-kop.co.id": (False, True)}
    assert all(name in check["detail"] for name in found)
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")[t("watch.sheet.lookalikes", "en")]
    rows = {row[0]: row[3] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows == {"brand-kopl.co.id": "website, mail", "brandkopi.co.id": "website",
                    "brand-kop.co.id": "mail"}
    listed = siaga("lookalike", "--engagement", "Brand", db=db)
    assert sorted(line.split()[0] for line in listed.stdout.splitlines()) == sorted(found)


def test_marks_survive_a_re_audit_and_clear_the_finding(tmp_path):
    db = tmp_path / "watch.duckdb"
    with serving({**SERVING, **IDLE}) as (_, dns):
        assert audit(tmp_path, db, dns).returncode == 0
        for domain, mark in (("brand-kopl.co.id", "handled"), ("brandkopi.co.id", "own"),
                             ("brand-kop.co.id", "handled")):
            marked = siaga("lookalike", "--engagement", "Brand", "--domain", domain,
                           "--mark", mark, "--note", "reported to PANDI", db=db)
            assert marked.returncode == 0, marked.stderr
        wrong = siaga("lookalike", "--engagement", "Brand", "--domain", "nope.co.id",
                      "--mark", "own", db=db)
        assert wrong.returncode == 2 and "brand-kopl.co.id" in wrong.stderr
        again = audit(tmp_path, db, dns, "--json", str(tmp_path / "again.json"))
    assert again.returncode == 0, again.stderr
    check = lookalike_check(tmp_path / "again.json")
    # The idle one is still open: registered, no website, no mail.
    assert check["status"] == "warn" and "brand-kopii.co.id" in check["detail"]
    marks = {f["domain"]: f["mark"] for f in check["evidence"]["found"]}
    assert marks["brand-kopl.co.id"] == "handled" and marks["brandkopi.co.id"] == "own"


def test_the_demo_calendar_holds_every_expiry_with_two_alarms(tmp_path):
    db = tmp_path / "demo.duckdb"
    assert siaga("demo", db=db).returncode == 0
    added = siaga("campaign", "add", "--engagement", DEMO, "--name", "Promo Akhir Tahun",
                  "--launch", "2026-12-20", db=db)
    assert added.returncode == 0, added.stderr
    out = siaga("calendar", "--engagement", DEMO, "--out", str(tmp_path / "d.ics"),
                "--lang", "en", db=db)
    assert out.returncode == 0, out.stderr
    cal = Calendar.from_ical((tmp_path / "d.ics").read_bytes())
    events = list(cal.walk("VEVENT"))
    exported = siaga("export", "--engagement", DEMO, "--out", str(tmp_path / "d.xlsx"),
                     "--lang", "en", db=db)
    assert exported.returncode == 0, exported.stderr
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx")[t("watch.sheet.calendar", "en")]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(events) == len(rows) >= 3
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # sorted by date
    summaries = {str(e["summary"]) for e in events}
    assert any(s.startswith("TLS certificate of") for s in summaries)
    assert any(s.startswith("Domain kopisenja.example") for s in summaries)
    assert "Campaign Promo Akhir Tahun launches" in summaries
    for event in events:
        triggers = sorted(a["trigger"].dt for a in event.walk("VALARM"))
        assert triggers == [timedelta(days=-30), timedelta(days=-7)]
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert f"{len(events)} dates" in out.stdout


def test_the_impostor_register_from_the_cli(tmp_path):
    db = tmp_path / "demo.duckdb"
    assert siaga("demo", db=db).returncode == 0
    bad = siaga("impostor", "--engagement", DEMO, "--target", "@kopisenja_official_",
                "--first-seen", "31/12/2026", db=db)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    added = siaga("impostor", "--engagement", DEMO, "--target", "@kopisenja_official_",
                  "--platform", "tiktok", "--first-seen", "2026-11-30", "--status", "live",
                  db=db)
    assert added.returncode == 0 and "#2" in added.stdout, added.stderr
    listed = siaga("impostor", "--engagement", DEMO, "--lang", "id", db=db).stdout
    assert "@kopisenja_official_" in listed and "kopisenja.promo.gratis" in listed
    assert t("watch.impostor.live", "id") in listed

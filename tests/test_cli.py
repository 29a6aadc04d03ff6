"""The siaga command as a user runs it: a real process, a real DuckDB file, local servers."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from audit.cli import build_parser

SPEC_JSON_KEYS = {"score", "assets", "organization"}


def siaga(*args: str, db: Path, env_lang: str = "en") -> subprocess.CompletedProcess:
    env = {"SIAGA_DB": str(db), "SIAGA_LANG": env_lang, "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "audit.cli", *args], capture_output=True,
                          text=True, env=env, timeout=240, cwd=Path(__file__).parents[1])


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        fields = list(dict.fromkeys(k for row in rows for k in row))
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_every_command_is_documented_in_help():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    assert {"audit", "template", "import", "demo", "engagements", "export",
            "compare", "campaign"} <= set(commands)
    for name, sub in commands.items():
        assert sub.description or sub.format_help(), name
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in ("audit", "template", "demo", "engagements", "export", "compare", "campaign"):
        assert f"siaga {name}" in readme, f"`siaga {name}` is not in the README"


def test_template_demo_engagements_export(tmp_path):
    db = tmp_path / "cli.duckdb"
    out = siaga("template", str(tmp_path / "intake.xlsx"), "--lang", "id", db=db)
    assert out.returncode == 0, out.stderr
    assert {"Inventaris", "Kuesioner"} <= set(openpyxl.load_workbook(
        tmp_path / "intake.xlsx").sheetnames)

    out = siaga("demo", db=db)
    assert out.returncode == 0, out.stderr
    assert "24 assets" in out.stdout
    out = siaga("engagements", db=db)
    assert "Demo: PT Kopi Senja Nusantara" in out.stdout and "runs: 2" in out.stdout

    out = siaga("export", "--engagement", "Demo: PT Kopi Senja Nusantara", "--out",
                str(tmp_path / "demo.xlsx"), "--lang", "en", db=db)
    assert out.returncode == 0, out.stderr
    assert "Summary" in openpyxl.load_workbook(tmp_path / "demo.xlsx").sheetnames

    out = siaga("export", "--engagement", "Nope", "--out", str(tmp_path / "x.xlsx"), db=db)
    assert out.returncode == 2 and 'No engagement named "Nope"' in out.stderr

    # the demo carries an intake run 90 days back and today's run: compare shows progress
    out = siaga("compare", "--engagement", "Demo: PT Kopi Senja Nusantara", db=db)
    assert out.returncode == 0, out.stderr
    assert "Run #1" in out.stdout and "run #2" in out.stdout
    assert "web-main: HTTP Strict Transport Security (HSTS)" in out.stdout  # fixed since
    assert "Fixed: 5" in out.stdout
    # the drill held after the intake (the Incident desk's record) proves the simulation now
    assert ": A crisis simulation was run in the last 12 months." in out.stdout
    out = siaga("compare", "--engagement", "Demo: PT Kopi Senja Nusantara", "--from", "9",
                db=db)
    assert out.returncode == 2 and "has no run #9; its runs are: 1, 2." in out.stderr


def test_invalid_inventory_lists_every_problem_and_saves_nothing(tmp_path):
    db = tmp_path / "cli.duckdb"
    inventory = write_csv(tmp_path / "bad.csv", [
        {"asset_id": "ok", "platform": "instagram", "handle": "brand", "last_post": ""},
        {"asset_id": "d", "platform": "instagram", "handle": "b2", "last_post": "31/02/2026"},
        {"asset_id": "p", "platform": "myspace", "handle": "b3", "last_post": ""},
    ])
    out = siaga("audit", str(inventory), db=db)
    assert out.returncode == 2
    assert "Row 3" in out.stderr and "last_post" in out.stderr
    assert "Row 4" in out.stderr and "myspace" in out.stderr
    assert "nothing was saved" in out.stderr
    assert "runs: " not in siaga("engagements", db=db).stdout  # no engagement was created


def test_password_column_is_refused(tmp_path):
    inventory = write_csv(tmp_path / "pw.csv", [
        {"asset_id": "ig", "platform": "instagram", "handle": "brand", "Password": "hunter2"}])
    out = siaga("audit", str(inventory), db=tmp_path / "cli.duckdb")
    assert out.returncode == 2 and "Password" in out.stderr


def test_bad_flags_exit_2(tmp_path):
    inventory = write_csv(tmp_path / "i.csv", [{"platform": "instagram", "handle": "b"}])
    db = tmp_path / "cli.duckdb"
    assert siaga("audit", str(inventory), "--concurrency", "0", db=db).returncode == 2
    out = siaga("audit", str(inventory), "--dns-server", "1.2.3.4:notaport", db=db)
    assert out.returncode == 2 and "--dns-server" in out.stderr
    out = siaga("audit", str(tmp_path / "missing.csv"), db=db)
    assert out.returncode == 2 and "no such file" in out.stderr


@pytest.mark.timeout(300)
def test_audit_against_local_servers_writes_json_and_workbook(tmp_path, httpserver):
    page = ('<html><head><title>Brand</title><meta name="description" content="d"></head>'
            '<body><a href="https://www.instagram.com/brand/">ig</a></body></html>')
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/brand/").respond_with_data(  # Instagram's exists marker
        '<meta content="12 Posts - See Instagram photos and videos from Brand">',
        content_type="text/html")
    base = httpserver.url_for("/")
    inventory = write_csv(tmp_path / "intake.csv", [
        {"asset_id": "site", "platform": "website", "url": base, "owner": "Rina",
         "importance": "primary"},
        {"asset_id": "ig", "platform": "instagram", "handle": "brand",
         "url": httpserver.url_for("/brand/"), "owner": "Rina", "two_factor": "ya",
         "shared_login": "tidak", "admins": "2", "last_post": "01/11/2026"},
    ])
    answers = write_csv(tmp_path / "answers.csv", [
        {"question_id": "crisis.playbook", "answer": "sebagian", "note": "draft",
         "evidence": "", "verified": "no"}])
    db = tmp_path / "cli.duckdb"
    out = siaga("audit", str(inventory), "--answers", str(answers), "--allow-private",
                "--timeout", "3", "--rdap-url", httpserver.url_for("/rdap"),
                "--json", str(tmp_path / "r.json"), "--out", str(tmp_path / "r.xlsx"), db=db)
    assert out.returncode == 0, out.stderr
    assert "Readiness score:" in out.stdout and "Top findings:" in out.stdout

    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert set(data) >= SPEC_JSON_KEYS
    assert {"overall", "band", "coverage", "dimensions", "cap"} <= set(data["score"])
    by_id = {a["asset_id"]: a for a in data["assets"]}
    assert set(by_id) == {"site", "ig"}
    site = {c["check_id"]: c for c in by_id["site"]["checks"]}
    assert site["web.reachable"]["status"] == "pass"
    assert site["web.tls_valid"]["status"] == "fail"  # plain http: no HTTPS at all
    ig = {c["check_id"]: c for c in by_id["ig"]["checks"]}
    assert ig["social.profile_exists"]["status"] == "pass"
    assert ig["gov.two_factor"]["status"] == "pass"
    org = {c["check_id"]: c for c in data["organization"]["checks"]}
    assert org["crisis.playbook"]["status"] == "warn"
    assert {"check_id", "status", "detail", "evidence"} <= set(site["web.reachable"])
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "Summary"

    again = siaga("audit", str(inventory), "--allow-private", "--timeout", "3",
                  "--rdap-url", httpserver.url_for("/rdap"), db=db)
    assert again.returncode == 0, again.stderr
    listing = siaga("engagements", db=db).stdout
    assert "intake" in listing and "2 assets" in listing and "runs: 2" in listing


def test_a_new_clients_first_audit_is_number_1_and_run_takes_number_or_id(tmp_path):
    db = tmp_path / "cli.duckdb"
    assert siaga("demo", db=db).returncode == 0  # runs with ids 1 and 2
    inventory = write_csv(tmp_path / "baru.csv", [
        {"asset_id": "ig", "platform": "instagram", "handle": "baru", "owner": "Rina"}])
    out = siaga("audit", str(inventory), "--engagement", "PT Baru", "--timeout", "1", db=db)
    assert out.returncode == 0, out.stderr
    assert "Run #1 completed" in out.stdout  # its database id is 3
    assert "Top findings:" in out.stdout and ".:" not in out.stdout  # a title's own dot
    for ref in ("1", "#1", "3", "id:3"):
        out = siaga("export", "--engagement", "PT Baru", "--run", ref, "--out",
                    str(tmp_path / "r.xlsx"), db=db)
        assert out.returncode == 0, (ref, out.stderr)
    out = siaga("export", "--engagement", "PT Baru", "--run", "2", "--out",
                str(tmp_path / "r.xlsx"), db=db)
    assert out.returncode == 2 and 'has no run #2; its runs are: 1.' in out.stderr


def test_a_run_value_naming_two_runs_is_refused_as_ambiguous(tmp_path):
    db = tmp_path / "cli.duckdb"
    inventory = write_csv(tmp_path / "a.csv", [
        {"asset_id": "ig", "platform": "instagram", "handle": "a", "owner": "Rina"}])
    for name in ("PT Satu", "PT Dua", "PT Dua"):  # PT Dua: id 2 = audit #1, id 3 = audit #2
        assert siaga("audit", str(inventory), "--engagement", name, "--timeout", "1",
                     db=db).returncode == 0
    out = siaga("compare", "--engagement", "PT Dua", "--from", "2", db=db)
    assert out.returncode == 2
    assert "2 is audit #2 (id 3) but also the id of audit #1" in out.stderr
    out = siaga("compare", "--engagement", "PT Dua", "--from", "id:2", "--to", "#2", db=db)
    assert out.returncode == 0, out.stderr
    assert "Run #1" in out.stdout and "run #2" in out.stdout


def test_engagement_rename_archive_restore_delete(tmp_path):
    db = tmp_path / "cli.duckdb"
    assert siaga("demo", db=db).returncode == 0
    demo = "Demo: PT Kopi Senja Nusantara"
    out = siaga("engagement", "rename", demo, "Kopi Senja", db=db)
    assert out.returncode == 0 and 'Renamed "Demo: PT Kopi Senja Nusantara"' in out.stdout
    out = siaga("engagement", "archive", "Kopi Senja", db=db)
    assert out.returncode == 0
    assert "(archived)" in siaga("engagements", db=db).stdout
    assert siaga("engagement", "restore", "Kopi Senja", db=db).returncode == 0
    assert "(archived)" not in siaga("engagements", db=db).stdout

    out = siaga("engagement", "delete", "Kopi Senja", db=db)
    assert out.returncode == 2
    assert "removes 24 assets, 2 audits" in out.stderr and "--yes" in out.stderr
    assert "Kopi Senja" in siaga("engagements", db=db).stdout  # nothing deleted yet
    out = siaga("engagement", "delete", "Kopi Senja", "--yes", db=db)
    assert out.returncode == 0 and out.stdout.startswith('Deleted "Kopi Senja": 24 assets')
    assert "Kopi Senja" not in siaga("engagements", db=db).stdout
    out = siaga("engagement", "delete", "Kopi Senja", "--yes", db=db)
    assert out.returncode == 2 and 'No engagement named "Kopi Senja"' in out.stderr


def test_outputs_are_refused_in_one_sentence_before_any_work(tmp_path):
    db = tmp_path / "cli.duckdb"
    assert siaga("demo", db=db).returncode == 0
    out = siaga("export", "--engagement", "Demo: PT Kopi Senja Nusantara", "--out",
                str(tmp_path / "missing" / "r.xlsx"), db=db)
    assert out.returncode == 2
    assert out.stderr.splitlines() == [
        f"siaga: cannot write {tmp_path / 'missing' / 'r.xlsx'}: the folder "
        f"{tmp_path / 'missing'} does not exist."]  # no traceback, no lxml noise
    out = siaga("template", str(tmp_path / "out.txt"), db=db)
    assert out.returncode == 2 and "must end in .xlsx" in out.stderr
    assert not (tmp_path / "out.txt").exists()


def test_import_counts_rows_and_a_refused_file_says_nothing_was_imported(tmp_path):
    db = tmp_path / "cli.duckdb"
    three = write_csv(tmp_path / "three.csv", [
        {"asset_id": "ig", "platform": "instagram", "handle": "brand", "owner": "Rina"},
        {"asset_id": "fb", "platform": "facebook", "handle": "brand", "owner": "Andi"},
        {"asset_id": "x", "platform": "myspace", "handle": "b3", "owner": "Budi"}])
    out = siaga("import", str(three), "--engagement", "PT Tiga", db=db)
    assert out.returncode == 2
    assert out.stdout.strip() == "Imported 2 of 3 rows into PT Tiga (1 with errors)."
    secret = write_csv(tmp_path / "pw.csv", [
        {"asset_id": "ig", "platform": "instagram", "handle": "brand", "Password": "x"}])
    out = siaga("import", str(secret), "--engagement", "PT Tiga", db=db)
    assert out.returncode == 2 and "Password" in out.stderr
    assert out.stdout.strip() == \
        "Nothing was imported into PT Tiga: the file was refused (see above)."


def test_canary_refuses_a_platform_it_has_no_known_accounts_for(tmp_path):
    out = siaga("canary", "--platform", "myspace", db=tmp_path / "c.duckdb")
    assert out.returncode == 2 and "instagram" in out.stderr

"""An incident driven through the real `siaga incident` commands on a real DuckDB file: opened
(tier 1), every channel's holder named, steps done and logged with their times, closed with a
root cause, the report written as a workbook and a PDF; then a closed drill is the verified
evidence of the next audit's crisis.simulation."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest

from audit import services
from audit.demo import demo_facts
from audit.i18n import t
from audit.runner import Runner
from tests.test_cli import siaga, write_csv

ENGAGEMENT = "Toko Senja"


@pytest.fixture
def db(tmp_path):
    inventory = write_csv(tmp_path / "inv.csv", [
        {"asset_id": "ig-main", "platform": "instagram", "handle": "tokosenja", "owner": "Rina",
         "owner_phone": "0812-1111-2222", "importance": "primary"},
        {"asset_id": "wa-cs", "platform": "whatsapp", "handle": "6281300000001",
         "owner": "Hendra", "owner_phone": "0813-0000-0001"},
    ])
    path = tmp_path / "inc.duckdb"
    out = siaga("import", str(inventory), "--engagement", ENGAGEMENT, db=path)
    assert out.returncode == 0, out.stderr
    return path


def incident(db, *args: str, lang: str = "en"):
    out = siaga("incident", *args, "--engagement", ENGAGEMENT, "--lang", lang, db=db)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_an_incident_from_opening_to_the_report(db, tmp_path):
    opened = incident(db, "open", "--title", "Balasan kasar CS viral", "--tier", "1",
                      "--origin", "https://x.com/someone/status/1")
    head, *lines = opened.splitlines()
    assert "#1" in head
    steps = dict(line.split("  ", 1) for line in lines)
    assert "org.legal" in steps  # tier 1
    assert "Rina" in steps["tell.ig-main"] and "0812-1111-2222" in steps["tell.ig-main"]
    assert "Hendra" in steps["tell.wa-cs"] and "https://wa.me/6281300000001" in steps["tell.wa-cs"]

    assert "org.verify" in incident(db, "done", "--incident", "1", "--step", "org.verify",
                                    "--by", "Dewi", "--note", "facts checked with ops")
    assert "tell.wa-cs" in incident(db, "done", "--incident", "1", "--step", "tell.wa-cs")
    incident(db, "log", "--incident", "1", "--text", "Holding statement posted on Instagram",
             "--kind", "statement")
    listed = incident(db, "steps", "--incident", "1")
    states = {line.split("  ")[0]: line.split("  ")[1] for line in listed.splitlines()}
    assert states["org.verify"] == "done" and states["tell.wa-cs"] == "done"
    assert states["org.capture"] == "open"

    bad = siaga("incident", "done", "--engagement", ENGAGEMENT, "--incident", "1", "--step",
                "tell.nope", db=db)
    assert bad.returncode == 2 and "org.verify" in bad.stderr
    bad = siaga("incident", "close", "--engagement", ENGAGEMENT, "--incident", "1",
                "--root-cause", "weather", db=db)
    assert bad.returncode == 2 and "coordination" in bad.stderr
    incident(db, "close", "--incident", "1", "--root-cause", "coordination,users",
             "--note", "CS never got the campaign brief")

    incident(db, "report", "--incident", "1", "--out", str(tmp_path / "r.xlsx"))
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    timeline = [r for r in wb[t("incident.sheet.timeline", "en")].iter_rows(
        min_row=2, values_only=True)]
    texts = [row[2] for row in timeline]
    assert texts[0] == t("incident.what.opened", "en", title="Balasan kasar CS viral")
    assert texts[-1] == t("incident.what.closed", "en")
    assert any("Holding statement posted on Instagram" in x for x in texts)
    assert any("Verify the facts" in x for x in texts)
    summary = dict(r[:2] for r in wb[t("incident.sheet.summary", "en")].iter_rows(
        min_row=2, values_only=True))
    assert "Coordination between teams" in summary[t("incident.field.root_causes", "en")]
    responses = {r[0]: r[1] for r in wb[t("incident.sheet.responses", "en")].iter_rows(
        min_row=2, values_only=True)}
    assert responses["tokosenja"] == t("incident.never", "en")  # nothing done for Instagram
    assert isinstance(responses["6281300000001"], int)

    incident(db, "report", "--incident", "1", "--out", str(tmp_path / "r.pdf"), lang="id")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert t("incident.report.title", "id") in text and "Kronologi" in text
    bad = siaga("incident", "report", "--engagement", ENGAGEMENT, "--incident", "1", "--out",
                str(tmp_path / "r.txt"), db=db)
    assert bad.returncode == 2 and ".xlsx" in bad.stderr


def test_a_closed_drill_is_the_next_audits_simulation_evidence(db):
    incident(db, "open", "--title", "Gladi ruang Q3", "--tier", "2", "--drill")
    store = services.open_store(db)
    engagement = store.find_engagement(ENGAGEMENT)

    def audit() -> dict:
        state = Runner(store, services.ProbeSettings(),
                       gather_facts=lambda asset, *_, **__: demo_facts(asset)).run(engagement)
        return {r.check_id: r for r in store.list_results(state.run_id)}

    assert audit()["crisis.simulation"].status == "unknown"  # open drill: no evidence yet
    incident(db, "close", "--incident", "1", "--root-cause", "assets")
    result = audit()["crisis.simulation"]
    assert result.status == "pass" and result.values["title"] == "Gladi ruang Q3"
    closed = services.get_incident(store, engagement.id, 1).closed_at
    assert result.values["date"] == closed.date().isoformat()
    report = services.build_report(store, engagement.id)
    assert report.score.verified_share > 0  # the drill is verified evidence

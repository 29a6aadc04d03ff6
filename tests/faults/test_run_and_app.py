"""The app reads while a CLI run writes the same file: every read gets its turn.

The run's writer holds the file for short stretches and then leaves it free
(audit/writer.py); the app's store retries often enough to find those gaps. Here the
test process plays the app, building the dashboard's report again and again while a
real `siaga audit` process writes, and no read may end in "in use by another process".
"""

from __future__ import annotations

import subprocess

import pytest

from audit import services
from bench.server import LatencyServer
from tests.faults.helpers import ROOT, siaga_cmd
from tests.faults.test_resume import _write_profiles

READS_WHILE_RUNNING = 5


@pytest.mark.timeout(240)
def test_reports_load_while_a_cli_run_writes(tmp_path):
    db = tmp_path / "siaga.duckdb"
    store = services.open_store(db)
    with LatencyServer(latency_s=0.1) as server:
        inventory = tmp_path / "inventory.csv"
        _write_profiles(inventory, server)
        proc = subprocess.Popen(
            siaga_cmd("audit", str(inventory), "--db", str(db), "--allow-private",
                      "--concurrency", "8", "--timeout", "5"),
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        reads_while_running = 0
        try:
            while proc.poll() is None:
                engagement = services.find_engagement(store, "inventory")
                if engagement is None:
                    continue
                report = services.build_report(store, engagement.id)  # StoreBusy fails here
                if report.run is not None and report.run.status == "running":
                    reads_while_running += 1
            proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0, proc.stderr.read()
    assert reads_while_running >= READS_WHILE_RUNNING, "the reads did not overlap the run"
    final = services.build_report(store, services.find_engagement(store, "inventory").id)
    assert final.run.status == "completed" and len({r.asset_id for r in final.results}) == 61

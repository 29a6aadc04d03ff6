"""kill -9 of `siaga audit` halfway: every result already written survives the crash."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter

import pytest

from audit import services
from audit.store import Store
from bench.server import LatencyServer
from tests.faults.helpers import ROOT, siaga_cmd, write_inventory

ASSETS = 40


def _snapshot(db) -> tuple[set[tuple], list[dict]]:
    store = Store(db)
    rows = store.query("SELECT run_id, asset_id, check_id, status FROM results")
    runs = store.query("SELECT id, status FROM runs")
    return {(r["run_id"], r["asset_id"], r["check_id"], r["status"]) for r in rows}, runs


@pytest.mark.timeout(180)
def test_kill_9_midway_keeps_every_finished_result(tmp_path):
    db = tmp_path / "siaga.duckdb"
    with LatencyServer(latency_s=0.3) as server:
        inventory = write_inventory(
            tmp_path / "inventory.csv",
            [server.url(f"127.0.0.{i + 1}") for i in range(ASSETS)])
        proc = subprocess.Popen(
            siaga_cmd("audit", str(inventory), "--db", str(db), "--allow-private",
                      "--concurrency", "2", "--timeout", "5",
                      "--rdap-url", server.url(path="/rdap/")),
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            before: set[tuple] = set()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None:
                if db.exists():
                    before, runs = _snapshot(db)
                    if len({r[1] for r in before if r[1]}) >= ASSETS // 3:
                        os.kill(proc.pid, signal.SIGKILL)  # straight after the snapshot
                        break
                time.sleep(0.2)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == -signal.SIGKILL, f"not killed midway: {proc.stderr.read()}"
    assert [r["status"] for r in runs] == ["running"]

    store = services.open_store(db)  # the next start: marks the dead run interrupted
    after, runs_after = _snapshot(db)
    assert before <= after, f"lost {len(before - after)} results written before the kill"
    assert [r["status"] for r in runs_after] == ["interrupted"]

    per_asset = Counter(asset for _, asset, _, _ in after if asset)
    assert 0 < len(per_asset) < ASSETS, "the kill must land halfway through the run"
    assert len(set(per_asset.values())) == 1, f"an asset was half-written: {per_asset}"
    run = store.list_runs(store.list_engagements()[0].id)[0]
    assert run.status == "interrupted" and run.finished is not None
    assert len(store.list_results(run.id)) == len(after)

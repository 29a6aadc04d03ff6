"""kill -9 of `siaga audit` midway, then `--resume`: every asset ends up checked, and no
more than --concurrency assets are fetched twice (counted at the server, per profile URL).
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import time
from collections import Counter

import pytest

from audit.store import Store
from bench.server import LatencyServer
from tests.faults.helpers import ROOT, run_siaga, siaga_cmd

ASSETS = 60
CONCURRENCY = 4


def _write_profiles(path, server: LatencyServer) -> list[str]:
    """Profile assets: one request each, at a path of their own, over 8 hosts."""
    paths = [f"/brand{i:03d}/" for i in range(ASSETS)]
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["asset_id", "platform", "name", "handle", "url", "owner"])
        for i, p in enumerate(paths):
            out.writerow([f"p{i:03d}", "other", f"Brand {i}", p.strip("/"),
                          server.url(f"127.0.0.{i % 8 + 1}", p), "Dewi Lestari"])
    return paths


def _stored(db) -> dict[str, int]:
    """Results per asset in the file (read the way the app reads it)."""
    rows = Store(db).query("SELECT asset_id, count(*) AS n FROM results "
                           "WHERE asset_id <> '' GROUP BY asset_id")
    return {r["asset_id"]: int(r["n"]) for r in rows}


@pytest.mark.timeout(240)
def test_killed_run_resumes_and_refetches_at_most_concurrency_assets(tmp_path):
    db = tmp_path / "siaga.duckdb"
    flags = ("--db", str(db), "--allow-private", "--concurrency", str(CONCURRENCY),
             "--timeout", "5")
    with LatencyServer(latency_s=0.3) as server:
        inventory = tmp_path / "inventory.csv"
        paths = _write_profiles(inventory, server)
        proc = subprocess.Popen(siaga_cmd("audit", str(inventory), *flags), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            before: dict[str, int] = {}
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None:
                if db.exists():
                    before = _stored(db)
                    if len(before) >= ASSETS // 3:
                        os.kill(proc.pid, signal.SIGKILL)
                        break
                time.sleep(0.2)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == -signal.SIGKILL, f"not killed midway: {proc.stderr.read()}"
        fetched_before_resume = Counter(server.paths)

        done = run_siaga("audit", "--engagement", "inventory", "--resume", *flags)
        assert done.returncode == 0, done.stderr
        assert "Resuming run #1" in done.stderr

    after = _stored(db)
    assert len(after) == ASSETS, "every asset is checked once the run is resumed"
    assert all(after[a] == n for a, n in before.items()), "a stored result was lost"
    assert len(set(after.values())) == 1, f"an asset was half-written or doubled: {after}"
    runs = Store(db).query("SELECT id, status FROM runs")
    assert [(r["id"], r["status"]) for r in runs] == [(1, "completed")]

    assert 0 < len(before) < ASSETS and sum(fetched_before_resume[p] for p in paths) < ASSETS
    twice = sorted(p for p in paths if server.paths[p] > 1)
    assert len(twice) <= CONCURRENCY, f"fetched twice: {twice}"
    assert all(server.paths[p] >= 1 for p in paths)


def test_resume_without_an_interrupted_run_is_invalid_input(tmp_path):
    db = tmp_path / "siaga.duckdb"
    done = run_siaga("audit", "--engagement", "none", "--resume", "--db", str(db))
    assert done.returncode == 2 and 'No engagement named "none"' in done.stderr
    done = run_siaga("audit", "--db", str(db))
    assert done.returncode == 2 and "--engagement NAME" in done.stderr

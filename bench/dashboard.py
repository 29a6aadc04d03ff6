"""Scoring and the dashboard's queries over a real DuckDB file holding 1,000,000 results."""

from __future__ import annotations

import json
import math
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from bench.data import evaluated_results, inventory_assets
from bench.harness import timed

COLUMNS = ("run_id", "asset_id", "check_id", "status", "reason", "values", "evidence",
           "observed_at", "duration_ms")
QUOTED = ", ".join(f'"{c}"' for c in COLUMNS)


def build(path: str, results: int, assets: int) -> dict[str, Any]:
    """One engagement of `assets` assets whose runs add up to `results` results.

    Bulk insert the DuckDB way: one run's rows from a pandas frame, then
    INSERT ... SELECT over range() for the other runs (executemany would take hours).
    """
    import duckdb
    import pandas as pd

    from audit.scoring import score, snapshot
    from audit.store import Store

    store = Store(path)
    store.migrate()
    engagement = store.create_engagement("Dashboard", client="PT Bench Nusantara")
    inventory = inventory_assets(assets)
    store.upsert_assets(engagement.id, inventory)
    template = evaluated_results(inventory)
    runs = math.ceil(results / len(template))
    stored = json.dumps(snapshot(score(template, inventory, {})))  # what a run stores
    frame = pd.DataFrame({
        "run_id": 1, "asset_id": [r.asset_id for r in template],
        "check_id": [r.check_id for r in template], "status": [r.status for r in template],
        "reason": [r.reason for r in template],
        "values": [json.dumps(r.values, default=str) for r in template],
        "evidence": [json.dumps(r.evidence, default=str) for r in template],
        "observed_at": [r.observed_at for r in template],
        "duration_ms": [r.duration_ms for r in template]})
    con = duckdb.connect(path)
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "INSERT INTO runs (id, engagement_id, started, finished, status, settings, "
            "tool_version, pid, score, number) "
            "SELECT k, ?, now()::TIMESTAMP - to_days((? - k)::INTEGER), "
            "now()::TIMESTAMP - to_days((? - k)::INTEGER) + INTERVAL 5 MINUTE, 'completed', "
            "'{}', 'bench', NULL, ?, k FROM range(1, ? + 1) t(k)",
            [engagement.id, runs, runs, stored, runs])
        con.register("template", frame)
        con.execute(f"INSERT INTO results SELECT {QUOTED} FROM template")
        con.execute(
            "INSERT INTO results SELECT k, asset_id, check_id, status, reason, \"values\", "
            "evidence, observed_at + to_days(k::INTEGER), duration_ms "
            "FROM results, range(2, ? + 1) t(k) WHERE run_id = 1", [runs])
        con.execute("COMMIT")
        total = con.execute("SELECT count(*) FROM results").fetchone()[0]
    finally:
        con.close()
    return {"engagement_id": engagement.id, "runs": runs, "results": total,
            "per_run": len(template)}


def measure(path: str, engagement_id: int, repeats: int = 5) -> dict[str, Any]:
    """Median times of what the dashboard runs, each on the store's own short connection.

    In the app's process, as in the app: pandas (so numpy) loaded, which the store's reads
    use when it is there (audit/store.py, _fetch_rows)."""
    import pandas  # noqa: F401

    from audit import services
    from audit.scoring import score

    store = services.open_store(path)
    runs = store.list_runs(engagement_id)
    latest = runs[-1].id
    assets = store.list_assets(engagement_id)
    answers = store.list_answers(engagement_id)
    results = store.list_results(latest)
    times = {}
    for name, fn in (
        ("list_runs", lambda: store.list_runs(engagement_id)),
        ("list_results", lambda: store.list_results(latest)),
        ("score", lambda: score(results, assets, answers)),
        ("build_report", lambda: services.build_report(store, engagement_id)),
    ):
        cpu: list[float] = []
        wall, samples, _ = timed(lambda fn=fn, cpu=cpu: _cpu(fn, cpu), repeats)
        # CPU time (all threads) beside the wall: steadier when other work shares the cores
        times[name] = {"wall_s": wall, "samples": samples, "cpu_s": statistics.median(cpu),
                       "cpu_samples": cpu}
    return {"times": times, "runs": len(runs), "latest_results": len(results),
            "load": os.getloadavg()[0]}


def _cpu(fn: Callable[[], Any], into: list[float]) -> Any:
    start = time.process_time()
    value = fn()
    into.append(time.process_time() - start)
    return value

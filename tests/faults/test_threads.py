"""Many check threads writing results at once (what a run does): no write fails or is lost.

DuckDB 2.0 fails with "Unique file handle conflict" when one thread opens the file
while another closes its last connection; a run of 1,000 assets hit it. The store
must take that in its stride.
"""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from audit.models import Result
from audit.store import Store

WRITES = 300
THREADS = 16


@pytest.mark.timeout(180)
def test_concurrent_result_writes_all_land(tmp_path):
    store = Store(tmp_path / "threads.duckdb")
    engagement = store.create_engagement("Threads")
    run_id = store.start_run(engagement.id, {}, "test")
    rng = random.Random(5)
    pauses = [rng.random() * 0.03 for _ in range(WRITES)]  # sparse overlaps, like a real run

    def write(i: int) -> None:
        time.sleep(pauses[i])
        store.add_results(run_id, [Result(f"a{i:03d}", f"check.{j}", "pass", "ok")
                                   for j in range(3)])

    with ThreadPoolExecutor(THREADS) as pool:
        failures = [f.exception() for f in [pool.submit(write, i) for i in range(WRITES)]]
    assert [f for f in failures if f] == []
    assert len(store.list_results(run_id)) == WRITES * 3

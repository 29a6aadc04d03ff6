"""The network disappears midway through a run: the run finishes with `error` results.

Two ways it goes: the server vanishes (connections refused and cut), or it turns
into a black hole (accepts, never answers). Neither may hang the run.
"""

from __future__ import annotations

import threading
import time

import pytest

from audit import services
from audit.probes.config import ProbeSettings
from bench.server import LatencyServer
from tests.faults.helpers import write_inventory

ASSETS = 24


def _cut_after(server: LatencyServer, requests: int, mode: str) -> threading.Thread:
    def cut() -> None:
        deadline = time.monotonic() + 60
        while server.requests < requests and time.monotonic() < deadline:
            time.sleep(0.01)
        if mode == "vanish":
            server.stop()
        else:
            server.latency_s = 3600  # every new request now waits forever

    thread = threading.Thread(target=cut, daemon=True)
    thread.start()
    return thread


@pytest.mark.timeout(120)
@pytest.mark.parametrize("mode", ["vanish", "black_hole"])
def test_run_finishes_with_errors_when_the_network_goes(tmp_path, mode):
    store = services.open_store(tmp_path / "net.duckdb")
    engagement = services.create_engagement(store, "Net")
    with LatencyServer(latency_s=0.1) as server:
        inventory = write_inventory(tmp_path / "inventory.csv",
                                    [server.url(f"127.0.0.{i + 1}") for i in range(ASSETS)])
        services.import_inventory(store, engagement.id, inventory.read_bytes(), "inventory.csv")
        settings = ProbeSettings(allow_private=True, timeout_s=1.0,
                                 rdap_url=server.url(path="/rdap/"))
        cutter = _cut_after(server, ASSETS // 2, mode)
        state = services.run_audit(store, engagement.id, settings, concurrency=4)
        cutter.join()

    assert state.status == "completed"
    assert state.done == ASSETS
    results = store.list_results(state.run_id)
    reachable = {r.asset_id: r.status for r in results if r.check_id == "web.reachable"}
    assert len(reachable) == ASSETS, "every asset must have its results"
    assert "pass" in reachable.values(), "assets checked before the cut pass"
    assert {"error", "fail"} & set(reachable.values()), "assets after the cut cannot pass"
    assert any(r.status == "error" for r in results)
    assert state.statuses["error"] > 0

"""Check throughput: a real run over assets that all point at the local latency server."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bench.data import network_assets
from bench.harness import timed


def measure(n: int, port: int, concurrency: int | None = None,
            timeout_s: float = 5.0) -> dict[str, Any]:
    """One audit run of `n` assets through services.run_audit (the CLI's path)."""
    from audit import services
    from audit.probes.config import ProbeSettings
    from audit.runner import DEFAULT_CONCURRENCY

    concurrency = concurrency or DEFAULT_CONCURRENCY
    settings = ProbeSettings(allow_private=True, timeout_s=timeout_s,
                             rdap_url=f"http://127.0.0.1:{port}/rdap/")
    with tempfile.TemporaryDirectory() as tmp:
        store = services.open_store(Path(tmp) / "bench.duckdb")
        engagement = services.create_engagement(store, "Throughput")
        store.upsert_assets(engagement.id, network_assets(n, port))
        wall, _, state = timed(
            lambda: services.run_audit(store, engagement.id, settings, concurrency), 1)
        results = len(store.list_results(state.run_id))
    return {"wall_s": wall, "assets": n, "done": state.done, "status": state.status,
            "results": results, "statuses": dict(state.statuses), "concurrency": concurrency}

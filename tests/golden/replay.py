"""Replay the demo engagement's recorded facts on a fixed day into the results JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from audit import services
from audit.demo import (
    demo_answers,
    demo_assets,
    demo_engagement_fields,
    demo_facts,
    demo_organization_facts,
)
from audit.probes.config import ProbeSettings
from audit.runner import Runner

TODAY = date(2026, 11, 24)
GOLDEN = Path(__file__).with_name("demo_results.json")


def replay(db_path: Path, lang: str = "en") -> dict:
    """Run every check over the recorded demo facts and return the results JSON."""
    store = services.open_store(db_path)
    engagement = store.create_engagement("golden", **demo_engagement_fields())
    store.upsert_assets(engagement.id, demo_assets(TODAY))
    store.save_answers(engagement.id, demo_answers())
    services.add_demo_campaign(store, engagement.id, TODAY)
    runner = Runner(store, ProbeSettings(), today=TODAY,
                    gather_facts=lambda asset, *_, **__: demo_facts(asset, TODAY),
                    gather_org=demo_organization_facts)
    state = runner.run(engagement)
    return json.loads(json.dumps(services.export_json(store, engagement.id, state.run_id, lang),
                                 default=str))


VOLATILE = {"observed_at", "duration_ms"}


def stable(data: dict) -> dict:
    """Drop what legitimately changes between runs (run ids, timestamps)."""

    def clean_checks(checks: list[dict]) -> list[dict]:
        return [{k: v for k, v in c.items() if k not in VOLATILE} for c in checks]

    return {
        "score": data["score"],
        "assets": [{**a, "checks": clean_checks(a["checks"])} for a in data["assets"]],
        "organization": {**data["organization"],
                         "checks": clean_checks(data["organization"]["checks"])},
    }

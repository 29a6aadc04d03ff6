"""The results JSON of `siaga audit --json` (SPEC section 6): keys are a public contract.

Only additions are allowed ("reason", "values", "title", "observed_at", "engagement",
"run", "findings"); the SPEC keys are never renamed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from audit.export.text import detail, jsonable, title
from audit.models import Result
from audit.report import Report
from audit.scoring import latest, score_to_dict


def _check(result: Result, lang: str) -> dict[str, Any]:
    return {
        "check_id": result.check_id,
        "status": result.status,
        "detail": detail(result, lang),
        "evidence": jsonable(result.evidence),
        "reason": result.reason,
        "values": jsonable(result.values),
        "title": title(result.check_id, lang),
        "observed_at": result.observed_at.isoformat() if result.observed_at else None,
    }


def results_json(report: Report, lang: str = "en") -> dict[str, Any]:
    """The whole report as plain JSON data, text rendered in `lang`."""
    by_asset: dict[str, list[Result]] = defaultdict(list)
    for result in latest(report.results).values():
        by_asset[result.asset_id].append(result)
    engagement, run = report.engagement, report.run
    return {
        "score": score_to_dict(report.score),
        "assets": [
            {
                "asset_id": asset.asset_id,
                "platform": asset.platform,
                "handle": asset.handle,
                "url": asset.url,
                "score": report.score.assets.get(asset.asset_id),
                "checks": [_check(r, lang) for r in by_asset.get(asset.asset_id, [])],
                "name": asset.name,
                "kind": asset.kind,
                "importance": asset.importance,
            }
            for asset in report.assets
        ],
        "organization": {"checks": [_check(r, lang) for r in by_asset.get("", [])]},
        "engagement": {
            "id": engagement.id, "name": engagement.name, "client": engagement.client,
            "consultant": engagement.consultant, "language": engagement.language,
        },
        "run": None if run is None else {
            "id": run.id, "number": run.number, "status": run.status,
            "tool_version": run.tool_version,
            "started": run.started.isoformat() if run.started else None,
            "finished": run.finished.isoformat() if run.finished else None,
        },
        "findings": [
            {"asset_id": f.asset_id, "check_id": f.check_id, "status": f.status,
             "severity": f.severity, "priority": f.priority, "state": f.state}
            for f in report.findings
        ],
    }

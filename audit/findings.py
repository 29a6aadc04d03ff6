"""Findings: every lost point as an action item, ranked so the team knows what to fix first.

A finding is a `warn`, a `fail`, or an attested check left `unknown` (the same results
that cost points in the score). Its priority is

    severity weight × status factor × importance factor × exposure factor

- status factor: fail 1.0, attested unknown 0.8, warn 0.5 (a known failure first; an
  unanswered question is nearly as bad, because nobody can say it is fine);
- importance factor: 1.5 on a primary asset or at organisation level (the questionnaire
  covers the whole company), 1.0 otherwise;
- exposure factor: 1 + 0.25 for every other asset with a finding from the same check,
  at most 2.0, so a problem repeated across many accounts rises without letting a pile
  of low-severity warnings outrank a single critical failure.

Ties are broken by severity weight, then status (fail, unknown, warn), then asset id and
check id, so the order is stable between runs. States (open / accepted / fixed) and
notes are keyed by (asset_id, check_id) and passed in, so they survive re-audits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from audit.i18n import t
from audit.models import Asset, Result
from audit.report import Finding
from audit.scoring import is_organization, latest
from checks.base import CheckSpec
from checks.registry import BY_ID

STATUS_FACTOR = {"fail": 1.0, "unknown": 0.8, "warn": 0.5}
PRIMARY_FACTOR = 1.5
EXPOSURE_STEP = 0.25
EXPOSURE_MAX = 2.0

States = Mapping[tuple[str, str], tuple[str, str]]


def is_finding(result: Result, spec: CheckSpec) -> bool:
    """Warn and fail always; unknown only when attested (an automated unknown is coverage)."""
    return result.status in ("warn", "fail") or (result.status == "unknown" and spec.attested)


def priority(spec: CheckSpec, status: str, primary: bool, exposure: int) -> float:
    """The documented formula above; `exposure` counts assets with a finding from this check."""
    spread = min(EXPOSURE_MAX, 1 + EXPOSURE_STEP * (max(exposure, 1) - 1))
    importance = PRIMARY_FACTOR if primary else 1.0
    return round(spec.weight * STATUS_FACTOR[status] * importance * spread, 2)


def build_findings(results: Sequence[Result], assets: Sequence[Asset],
                   specs: Mapping[str, CheckSpec] | None = None,
                   states: States | None = None) -> list[Finding]:
    """The prioritised action plan for one run, highest priority first."""
    specs = BY_ID if specs is None else specs
    states = states or {}
    by_id = {a.asset_id: a for a in assets}
    hits = [r for r in latest(results).values()
            if r.check_id in specs and is_finding(r, specs[r.check_id])]
    exposure = Counter(r.check_id for r in hits)

    findings = []
    for r in hits:
        spec = specs[r.check_id]
        asset = by_id.get(r.asset_id)
        organization = is_organization(r, spec)
        primary = organization or (asset is not None and asset.importance == "primary")
        state, note = states.get((r.asset_id, r.check_id), ("open", ""))
        findings.append(Finding(
            asset_id=r.asset_id, check_id=r.check_id, status=r.status, severity=spec.severity,
            dimension=spec.dimension, priority=priority(spec, r.status, primary,
                                                        exposure[r.check_id]),
            owner="" if organization or asset is None else asset.owner,
            reason=r.reason, values=dict(r.values), state=state, note=note))
    status_order = list(STATUS_FACTOR)
    findings.sort(key=lambda f: (-f.priority, -specs[f.check_id].weight,
                                 status_order.index(f.status), f.asset_id, f.check_id))
    return findings


def _text(text: Mapping[str, str], lang: str) -> str:
    return text.get(lang) or text["en"]


def render_finding(finding: Finding, spec: CheckSpec, lang: str) -> dict[str, Any]:
    """A finding in words, in either language: what was seen, why it matters, how to fix."""
    return {
        "title": _text(spec.title, lang),
        "seen": spec.render(finding.reason, finding.values, lang),
        "why": _text(spec.why, lang),
        "fix": _text(spec.fix, lang),
        "status": t(f"status.{finding.status}", lang),
        "severity": t(f"severity.{finding.severity}", lang),
        "dimension": t(f"dimension.{finding.dimension}", lang),
        "state": t(f"finding_state.{finding.state}", lang),
    }

"""Findings: every lost point as an action item, ranked so the team knows what to fix first.

A finding is a `warn`, a `fail`, or an attested check left `unknown` (the same results
that cost points in the score, plus questions and cells nobody has answered yet). Its
priority is

    severity weight × status factor × importance factor

- status factor: fail 1.0, attested unknown 0.8, warn 0.5 (a known failure first; an
  unanswered question is nearly as bad, because nobody can say it is fine);
- importance factor: 1.5 on a primary asset or at organisation level (the questionnaire
  covers the whole company), 1.0 otherwise.

So a critical finding on a primary asset (at least 5 × 0.5 × 1.5 = 3.75) always outranks a
high one on a secondary asset (at most 3 × 1.0 × 1.0 = 3). How widespread a problem is
does not inflate one finding's priority; it shows in the groups instead: findings are
grouped by check, a group ranks by its highest priority, then by how many assets it
covers, then by severity weight and check id.

Ties between findings are broken by severity weight, then status (fail, unknown, warn),
then asset id and check id, so the order is stable between runs. States (open /
accepted / fixed), notes, assignees and due dates are keyed by (asset_id, check_id) and
passed in, so they survive re-audits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from operator import attrgetter
from typing import Any

from audit.i18n import t
from audit.models import Asset, Result
from audit.report import Finding, FindingGroup
from audit.scoring import Latest, is_organization, latest
from checks.base import CheckSpec
from checks.registry import BY_ID

STATUS_FACTOR = {"fail": 1.0, "unknown": 0.8, "warn": 0.5}
PRIMARY_FACTOR = 1.5

States = Mapping[tuple[str, str], tuple[str, str]]
Plans = Mapping[tuple[str, str], tuple[str, date | None]]  # assignee, due date


def is_finding(result: Result, spec: CheckSpec) -> bool:
    """Warn and fail always; unknown only when attested (an automated unknown is coverage)."""
    return is_finding_status(result.status, spec)


def is_finding_status(status: str, spec: CheckSpec) -> bool:
    """is_finding for a result's status alone."""
    return status in ("warn", "fail") or (status == "unknown" and spec.attested)


def finding_statuses(specs: Mapping[str, CheckSpec]) -> dict[str, tuple[str, ...]]:
    """Per check, the statuses that make a finding of it (is_finding_status): one lookup
    per result instead of two calls (~17,500 per report at 1M results, bench/)."""
    return {check_id: tuple(s for s in STATUS_FACTOR if is_finding_status(s, spec))
            for check_id, spec in specs.items()}


def priority(spec: CheckSpec, status: str, primary: bool) -> float:
    """The documented formula above."""
    importance = PRIMARY_FACTOR if primary else 1.0
    return round(spec.weight * STATUS_FACTOR[status] * importance, 2)


def build_findings(results: Sequence[Result] | Latest, assets: Sequence[Asset],
                   specs: Mapping[str, CheckSpec] | None = None,
                   states: States | None = None, plans: Plans | None = None) -> list[Finding]:
    """The prioritised action plan for one run, highest priority first."""
    specs = BY_ID if specs is None else specs
    states = states or {}
    plans = plans or {}
    by_id = {a.asset_id: a for a in assets}
    made = finding_statuses(specs).get
    hits = [(key, r) for key, r in latest(results).items()
            if r.status in made(r.check_id, ())]

    findings = []
    # priority, and the sort's first three parts, depend on (check, status, primary) only:
    # ~40 distinct cells for ~9,000 findings of a 17,500-result run (bench/ dashboard)
    cells: dict[tuple[str, str, bool], tuple[float, int, int]] = {}
    status_rank = {status: rank for rank, status in enumerate(STATUS_FACTOR)}
    ranks = []
    for key, r in hits:  # key: (r.asset_id, r.check_id)
        spec = specs[r.check_id]
        asset = by_id.get(r.asset_id)
        organization = is_organization(r, spec)
        primary = organization or (asset is not None and asset.importance == "primary")
        state, note = states.get(key, ("open", ""))
        assignee, due = plans.get(key, ("", None))
        cell = (r.check_id, r.status, primary)
        rank = cells.get(cell)
        if rank is None:
            rank = cells[cell] = (-priority(spec, r.status, primary), -spec.weight,
                                  status_rank[r.status])
        findings.append(Finding(
            asset_id=r.asset_id, check_id=r.check_id, status=r.status, severity=spec.severity,
            dimension=spec.dimension, priority=-rank[0],
            owner="" if organization or asset is None else asset.owner,
            reason=r.reason, values=dict(r.values), state=state, note=note,
            assignee=assignee, due=due, kind=asset.kind if asset else ""))
        ranks.append(rank)
    # Sorted by (rank, asset_id, check_id), unique per finding: by (asset, check) first
    # (the store's order already, so nearly free), then stably by the rank's place among
    # the few distinct ranks (an int); cheaper than comparing 9,000 five-part tuples.
    order = sorted(range(len(hits)), key=[key for key, _ in hits].__getitem__)
    place = {rank: i for i, rank in enumerate(sorted(set(ranks)))}
    order.sort(key=[place[rank] for rank in ranks].__getitem__)
    return [findings[i] for i in order]


def group_findings(findings: Sequence[Finding],
                   specs: Mapping[str, CheckSpec] | None = None) -> list[FindingGroup]:
    """One group per check, in the order documented above; members keep their order."""
    specs = BY_ID if specs is None else specs
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.check_id, []).append(finding)
    out = []
    for check_id, members in groups.items():
        # stable (reverse too): keeps tie order
        members = sorted(members, key=attrgetter("priority"), reverse=True)
        out.append(FindingGroup(check_id=check_id, severity=members[0].severity,
                                dimension=members[0].dimension,
                                priority=members[0].priority, findings=members))
    out.sort(key=lambda g: (-g.priority, -g.count, -_weight(specs, g.check_id), g.check_id))
    return out


def _weight(specs: Mapping[str, CheckSpec], check_id: str) -> int:
    spec = specs.get(check_id)
    return spec.weight if spec else 0


def _text(text: Mapping[str, str], lang: str) -> str:
    return text.get(lang) or text["en"]


def finding_title(finding: Finding, spec: CheckSpec, lang: str) -> str:
    """The check's title worded for the finding's asset kind ("2FA on the registrar, hosting
    and CMS logins of www.example.co.id"), from the asset name its check recorded."""
    return spec.title_for(lang, finding.kind, str(finding.values.get("where") or ""))


def render_finding(finding: Finding, spec: CheckSpec, lang: str) -> dict[str, Any]:
    """A finding in words, in either language: what was seen, why it matters, how to fix."""
    return {
        "title": finding_title(finding, spec, lang),
        "seen": spec.render(finding.reason, finding.values, lang),
        "why": _text(spec.why, lang),
        "fix": _text(spec.fix, lang),
        "status": t(f"status.{finding.status}", lang),
        "severity": t(f"severity.{finding.severity}", lang),
        "dimension": t(f"dimension.{finding.dimension}", lang),
        "state": t(f"finding_state.{finding.state}", lang),
    }


GROUP_NAMES_SHOWN = 5  # asset names in a group's one line; the rest are counted


def render_group(group: FindingGroup, spec: CheckSpec, names: Sequence[str],
                 lang: str) -> dict[str, Any]:
    """A group in words: "Title: 5 assets: A, B, C, D, E and 2 more", with owners, why, fix.

    `names` are the members' asset names in the group's order."""
    shown = ", ".join(names[:GROUP_NAMES_SHOWN])
    rest = len(names) - GROUP_NAMES_SHOWN
    if rest > 0:
        shown = t("findings.group.more", lang, names=shown, count=rest)
    # One asset: its own worded title; several: the check's plain title over all of them.
    title = finding_title(group.findings[0], spec, lang) if group.count == 1 \
        else _text(spec.title, lang)
    assets = t("findings.group.assets", lang, count=group.count, names=shown) \
        if group.count > 1 else shown
    return {
        "title": title,
        "headline": f"{title} — {assets}",
        "assets": assets,
        "count": group.count,
        "owners": ", ".join(group.owners),
        "why": _text(spec.why, lang),
        "fix": _text(spec.fix, lang),
        "severity": t(f"severity.{group.severity}", lang),
        "dimension": t(f"dimension.{group.dimension}", lang),
    }

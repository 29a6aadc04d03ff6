"""Compare two runs: what moved in the score and which findings were fixed, new or still open.

Findings are matched by (asset_id, check_id), the same key finding states use. An old
finding counts as *fixed* only when the new run decided the check and it is no longer a
finding (pass, or not applicable any more). When the new run could not decide it
(automated unknown, error) or did not check it at all (asset removed, run interrupted),
it is *unchecked*: a consultant must not report a problem as fixed that nobody saw fixed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from audit.findings import is_finding
from audit.models import Result
from audit.report import Score
from audit.scoring import latest
from checks.base import CheckSpec
from checks.registry import BY_ID

Key = tuple[str, str]  # (asset_id, check_id)


@dataclass
class Comparison:
    overall: float | None  # new - old; None when either run has no overall score
    dimensions: dict[str, float | None]  # dimension -> new - old (None-safe)
    coverage: float | None  # new - old
    fixed: list[Key] = field(default_factory=list)
    new: list[Key] = field(default_factory=list)
    still_open: list[Key] = field(default_factory=list)
    unchecked: list[Key] = field(default_factory=list)  # old findings the new run did not decide


def _change(old: float | None, new: float | None, digits: int = 1) -> float | None:
    return None if old is None or new is None else round(new - old, digits)


def compare_runs(old_results: Sequence[Result], new_results: Sequence[Result],
                 old_score: Score | None, new_score: Score | None,
                 specs: Mapping[str, CheckSpec] | None = None) -> Comparison:
    """The change from an older run to a newer one, for the History sheet and the trend."""
    specs = BY_ID if specs is None else specs
    old, new = latest(old_results), latest(new_results)

    def findings(results: dict[Key, Result]) -> set[Key]:
        return {k for k, r in results.items()
                if r.check_id in specs and is_finding(r, specs[r.check_id])}

    old_f, new_f = findings(old), findings(new)
    decided = {k for k, r in new.items() if r.status in ("pass", "not_applicable")}
    gone = old_f - new_f

    old_dims = old_score.dimensions if old_score else {}
    new_dims = new_score.dimensions if new_score else {}
    return Comparison(
        overall=_change(old_score and old_score.overall, new_score and new_score.overall),
        dimensions={
            d: _change(old_dims[d].score if d in old_dims else None,
                       new_dims[d].score if d in new_dims else None)
            for d in dict.fromkeys([*old_dims, *new_dims])
        },
        coverage=_change(old_score and old_score.coverage, new_score and new_score.coverage, 3),
        fixed=sorted(gone & decided),
        new=sorted(new_f - old_f),
        still_open=sorted(old_f & new_f),
        unchecked=sorted(gone - decided),
    )

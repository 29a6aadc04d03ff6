"""Readiness score: pure arithmetic over results and one weights table (SPEC section 5).

The rules, in the order the scorer applies them (the methodology text is generated from
the constants below and the registry's weights and bands, so the published rules and the
arithmetic cannot drift):

- Points per status: pass 1, warn 0.5, fail 0. An *attested* check (typed by people)
  answered `unknown` ("tidak tahu") scores 0: not knowing whether 2FA is on is itself a gap.
- Unanswered: an attested check nobody has answered yet (a question never answered, an
  inventory cell left blank: reason `<id>.unanswered` or `<id>.blank`) is not a "no". It
  is left out of the score but stays in the applicable weight, so it lowers coverage and
  keeps the score provisional; the score counts them (`unanswered_questions` /
  `unanswered_cells`).
- Excluded: an automated check that could not decide (`unknown`, `error`, or any status
  the scorer does not know) is left out of the score but stays in the *applicable* weight,
  so it lowers coverage. `not_applicable` is left out of both: it is not a gap in
  knowledge, so it changes neither the score nor the coverage.
- A check's weight is its severity weight (critical 5, high 3, medium 2, low 1).
- Dimension score = 100 × Σ(weight × points) / Σ(weight) over its scored checks;
  None when nothing in it was scored.
- Overall = the dimension-weighted mean of the dimensions that have a score; their
  weights are renormalised over those dimensions, so an engagement without, say, email
  domains is not punished for them. Dimensions with weight 0 never count.
- Band: read from the overall score rounded to one decimal: < 40 vulnerable, < 60
  developing, < 80 prepared, else resilient.
- Cap: a `fail` of a critical check on a primary asset or at organisation level (the
  questionnaire, asset_id "") lowers a higher band to developing. `Score.cap` is set
  whenever a trigger exists, so the report can say "fix this first or the band stays at
  Developing"; `binding` says whether it lowered the band this time. It names the first
  trigger in (asset_id, check_id) order (the questionnaire sorts first) and counts all.
- Coverage of a dimension = scored weight / applicable weight (0 when nothing applies).
  Overall coverage = the dimension-weighted mean of the coverages of dimensions with any
  applicable weight, the same weighting the overall score uses.
- Range: min/max are the scores if every excluded check had failed / passed. The overall
  min/max weight every dimension with applicable weight, so a dimension with nothing
  scored yet spans 0-100; min <= overall <= max always holds.
- Provisional when coverage (rounded to 0.1 %) is below 70 %, or while any question or
  attested cell is unanswered.
- Evidence: of the scored weight of attested checks, `verified_share` is the part backed
  by an answer the consultant marked verified (a questionnaire answer, or an asset's
  attested field with its own evidence); the rest is `self_reported_share`. Both are 0
  when no attested check was scored; `attested_share` is the attested part of all scored weight.
- An engagement with nothing scored has overall, band, min and max None, coverage 0 and
  provisional True; the app shows "not enough data" rather than a misleading 0.

Scores are rounded to one decimal and shares to 0.1 % here, once, so the app, the JSON
and the workbook all show the same number and the band always matches it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from audit.i18n import t
from audit.models import Answer, Asset, Result
from audit.report import Cap, DimensionScore, Score
from checks.base import CheckSpec
from checks.registry import BANDS, BY_ID, CAP_BAND, DIMENSION_WEIGHTS

POINTS = {"pass": 1.0, "warn": 0.5, "fail": 0.0}
ATTESTED_UNKNOWN_POINTS = 0.0
UNANSWERED_REASONS = (".unanswered", ".blank")  # reason suffixes of "nobody answered yet"
CAP_SEVERITY = "critical"
PROVISIONAL_BELOW = 0.70
SCORE_DECIMALS = 1
SHARE_DECIMALS = 3


def default_specs() -> Mapping[str, CheckSpec]:
    """The catalog every scoring-area function falls back to when given no specs."""
    return BY_ID


def is_unanswered(result: Result, spec: CheckSpec) -> bool:
    """An attested check nobody answered yet, as opposed to one answered "don't know"."""
    return (spec.attested and result.status == "unknown"
            and result.reason.endswith(UNANSWERED_REASONS))


def points(result: Result, spec: CheckSpec) -> float | None:
    """Points one result earns, or None when it is left out of the score."""
    if result.status in POINTS:
        return POINTS[result.status]
    if result.status == "unknown" and spec.attested and not is_unanswered(result, spec):
        return ATTESTED_UNKNOWN_POINTS
    return None


def band_of(score: float | None) -> str | None:
    if score is None:
        return None
    rounded = round(score, SCORE_DECIMALS)
    return next(name for name, low in reversed(BANDS) if rounded >= low)


class Latest(dict[tuple[str, str], Result]):
    """latest()'s answer. Passed where results are expected (score, build_findings), it is
    used as it is: a report deduplicates its run once, not once per consumer."""


def latest(results: Sequence[Result] | Latest) -> Latest:
    """One result per (asset, check); a later duplicate wins, as in a re-run."""
    if isinstance(results, Latest):
        return results
    return Latest({(r.asset_id, r.check_id): r for r in results})


def is_organization(result: Result, spec: CheckSpec) -> bool:
    return not result.asset_id or spec.scope == "organization"


@dataclass
class _Tally:
    """Running sums for one group of checks (a dimension, an asset, or both)."""

    earned: float = 0.0  # Σ weight × points
    scored: float = 0.0  # Σ weight of scored checks
    excluded: float = 0.0  # Σ weight of applicable checks that could not be decided

    def add(self, weight: float, earned: float | None) -> None:
        if earned is None:
            self.excluded += weight
        else:
            self.earned += weight * earned
            self.scored += weight

    @property
    def applicable(self) -> float:
        return self.scored + self.excluded

    def score(self) -> float | None:
        return 100 * self.earned / self.scored if self.scored else None

    def coverage(self) -> float:
        return self.scored / self.applicable if self.applicable else 0.0

    def bounds(self) -> tuple[float | None, float | None]:
        if not self.applicable:
            return None, None
        return (100 * self.earned / self.applicable,
                100 * (self.earned + self.excluded) / self.applicable)


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    total = sum(w for w, _ in pairs)
    return sum(w * v for w, v in pairs) / total if total else None


def _r(value: float | None, digits: int = SCORE_DECIMALS) -> float | None:
    return None if value is None else round(value, digits)


def score(results: Sequence[Result] | Latest, assets: Sequence[Asset],
          answers: Mapping[str, Answer],
          specs: Mapping[str, CheckSpec] | None = None,
          dimension_weights: Mapping[str, float] | None = None,
          verified_cells: Collection[tuple[str, str]] = ()) -> Score:
    """Score one run's results; results for checks missing from `specs` are ignored.

    `verified_cells` are the (asset_id, check_id) attestations the consultant verified."""
    specs = BY_ID if specs is None else specs
    weights = DIMENSION_WEIGHTS if dimension_weights is None else dimension_weights
    importance = {a.asset_id: a.importance for a in assets}

    dims: dict[str, _Tally] = {d: _Tally() for d in weights}
    per_asset: dict[str, _Tally] = {a.asset_id: _Tally() for a in assets}
    asset_dims: dict[str, dict[str, _Tally]] = {a.asset_id: {} for a in assets}
    attested = verified = total_scored = 0.0
    triggers: list[tuple[str, str]] = []
    unanswered = {"questions": 0, "cells": 0}

    # Per check, what the loop reads of its spec, looked up once (a 17,500-result run went
    # through the spec's properties ~80,000 times per score; bench/ dashboard).
    known: dict[str, tuple[CheckSpec, float, _Tally] | None] = {}
    for (asset_id, check_id), result in latest(results).items():
        status = result.status
        if status == "not_applicable":
            continue
        if check_id in known:
            entry = known[check_id]
        else:
            found = specs.get(check_id)
            entry = known[check_id] = None if found is None else \
                (found, found.weight, dims.setdefault(found.dimension, _Tally()))
        if entry is None:
            continue
        spec, weight, dim_tally = entry
        earned = points(result, spec)
        dim_tally.add(weight, earned)
        asset_tally = per_asset.get(asset_id)
        if asset_tally is not None:
            asset_tally.add(weight, earned)
            by_dim = asset_dims[asset_id]
            cell = by_dim.get(spec.dimension)
            if cell is None:  # (setdefault would build a _Tally per result to throw away)
                cell = by_dim[spec.dimension] = _Tally()
            cell.add(weight, earned)
        if earned is None:
            if is_unanswered(result, spec):
                unanswered["questions" if is_organization(result, spec) else "cells"] += 1
            continue
        total_scored += weight
        if spec.attested:
            attested += weight
            answer = answers.get(check_id)
            if is_organization(result, spec):
                # a verified answer, or evidence the check itself saw (a closed drill)
                proven = (answer is not None and answer.verified) or \
                    result.values.get("verified") is True
                verified += weight if proven else 0.0
            elif (asset_id, check_id) in verified_cells:
                verified += weight
        if (status == "fail" and spec.severity == CAP_SEVERITY
                and (is_organization(result, spec) or importance.get(asset_id) == "primary")):
            triggers.append((asset_id, check_id))

    dimensions: dict[str, DimensionScore] = {}
    scored_pairs: list[tuple[float, float]] = []
    coverage_pairs: list[tuple[float, float]] = []
    min_pairs: list[tuple[float, float]] = []
    max_pairs: list[tuple[float, float]] = []
    for dim_id, tally in dims.items():
        weight = float(weights.get(dim_id, 0.0))
        low, high = tally.bounds()
        dim_score = tally.score()
        dimensions[dim_id] = DimensionScore(
            id=dim_id, score=_r(dim_score), coverage=round(tally.coverage(), SHARE_DECIMALS),
            weight=weight, min_score=_r(low), max_score=_r(high))
        if weight <= 0 or low is None or high is None:
            continue
        coverage_pairs.append((weight, tally.coverage()))
        min_pairs.append((weight, low))
        max_pairs.append((weight, high))
        if dim_score is not None:
            scored_pairs.append((weight, dim_score))

    overall = _r(_weighted_mean(scored_pairs))
    coverage = round(_weighted_mean(coverage_pairs) or 0.0, SHARE_DECIMALS)
    band = band_of(overall)
    cap = None
    if band is not None and triggers:
        first = min(triggers)
        binding = _rank(band) > _rank(CAP_BAND)
        band = CAP_BAND if binding else band
        cap = Cap(check_id=first[1], asset_id=first[0], band=CAP_BAND, count=len(triggers),
                  binding=binding)

    verified_share = round(verified / attested, SHARE_DECIMALS) if attested else 0.0
    return Score(
        overall=overall, band=band, coverage=coverage,
        min_score=_r(_weighted_mean(min_pairs)), max_score=_r(_weighted_mean(max_pairs)),
        provisional=coverage < PROVISIONAL_BELOW or any(unanswered.values()),
        dimensions=dimensions, cap=cap,
        verified_share=verified_share,
        self_reported_share=round(1 - verified_share, SHARE_DECIMALS) if attested else 0.0,
        attested_share=round(attested / total_scored, SHARE_DECIMALS) if total_scored else 0.0,
        assets={a: _r(t.score()) for a, t in per_asset.items()},
        unanswered_questions=unanswered["questions"], unanswered_cells=unanswered["cells"],
        asset_dimensions={a: {d: _r(t.score()) for d, t in by_dim.items()}
                          for a, by_dim in asset_dims.items()},
    )


def _rank(band: str) -> int:
    return [name for name, _ in BANDS].index(band)


def score_to_dict(score: Score) -> dict[str, Any]:
    """The JSON `score` block of SPEC section 6, extended with the range and evidence."""
    cap = score.cap
    return {
        "overall": score.overall,
        "band": score.band,
        "coverage": score.coverage,
        "dimensions": {
            d.id: {"score": d.score, "coverage": d.coverage, "weight": d.weight,
                   "min": d.min_score, "max": d.max_score}
            for d in score.dimensions.values()
        },
        "cap": None if cap is None else {"check_id": cap.check_id, "asset_id": cap.asset_id,
                                         "band": cap.band, "count": cap.count,
                                         "binding": cap.binding},
        "min": score.min_score,
        "max": score.max_score,
        "provisional": score.provisional,
        "verified_share": score.verified_share,
        "self_reported_share": score.self_reported_share,
        "attested_share": score.attested_share,
        "unanswered_questions": score.unanswered_questions,
        "unanswered_cells": score.unanswered_cells,
    }


def catalog_fingerprint(specs: Mapping[str, CheckSpec] | None = None,
                        dimension_weights: Mapping[str, float] | None = None) -> str:
    """What a run's overall, dimension and coverage figures depend on besides its results:
    each check's dimension, weight and attested flag, the dimension weights and the points.
    A score snapshot made under another fingerprint is scored again, not read (history)."""
    if specs is None and dimension_weights is None and _FINGERPRINT:
        return _FINGERPRINT[0]
    specs = BY_ID if specs is None else specs
    weights = DIMENSION_WEIGHTS if dimension_weights is None else dimension_weights
    text = json.dumps([sorted((s.id, s.dimension, s.weight, s.attested) for s in specs.values()),
                       sorted((d, float(w)) for d, w in weights.items()), sorted(POINTS.items()),
                       ATTESTED_UNKNOWN_POINTS, UNANSWERED_REASONS])
    fingerprint = hashlib.sha256(text.encode()).hexdigest()[:16]
    if specs is BY_ID and weights is DIMENSION_WEIGHTS:
        _FINGERPRINT[:] = [fingerprint]
    return fingerprint


_FINGERPRINT: list[str] = []  # the default catalog's, once computed


def snapshot(score: Score) -> dict[str, Any]:
    """What a run stores as its score when it ends (runs.score): score_to_dict's block and
    the catalog fingerprint it was scored under."""
    return {**score_to_dict(score), "catalog": catalog_fingerprint()}


def provisional_notes(score: Score, lang: str) -> list[str]:
    """Why a provisional score is provisional, as the deliverables say it: coverage below
    the threshold, unanswered questions or blank inventory cells, or both."""
    if not score.provisional:
        return []
    notes = []
    if score.coverage < PROVISIONAL_BELOW:
        notes.append(t("report.score.provisional", lang, threshold=f"{PROVISIONAL_BELOW:.0%}"))
    if score.unanswered_questions or score.unanswered_cells:
        notes.append(t("report.score.unanswered", lang, questions=score.unanswered_questions,
                       cells=score.unanswered_cells))
    return notes

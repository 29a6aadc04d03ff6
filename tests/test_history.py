"""Comparing two runs: score changes and findings fixed, new, still open or unchecked."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_scoring import EQUAL, catalog, make_spec, res

from audit.findings import is_finding
from audit.history import Standing, compare_runs
from audit.models import Asset
from audit.scoring import catalog_fingerprint, latest, score, score_to_dict
from audit.scoring import snapshot as run_snapshot
from checks.registry import BY_ID, DIMENSION_WEIGHTS

SPECS = catalog(*(make_spec(c, "technical", "high") for c in "abcdef"),
                make_spec("gov.owner", "governance", "critical", attested=True),
                make_spec("mail.spf", "presence", "low"))
ASSETS = [Asset("s", "website")]


def test_findings_are_matched_by_asset_and_check():
    old = [res("s", "a", "fail"), res("s", "b", "warn"), res("s", "c", "fail"),
           res("s", "d", "fail"), res("x", "e", "fail"), res("s", "gov.owner", "unknown"),
           res("s", "f", "pass")]
    new = [res("s", "a", "pass"),  # fixed
           res("s", "b", "fail"),  # still open (got worse, still a finding)
           res("s", "c", "error"),  # could not be rechecked: not claimed as fixed
           res("s", "d", "not_applicable"),  # no longer applies: fixed
           # asset x left the inventory: its finding is unchecked
           res("s", "gov.owner", "unknown"),  # attested unknown stays open
           res("s", "f", "fail")]  # new
    c = compare_runs(old, new, None, None, SPECS)
    assert c.fixed == [("s", "a"), ("s", "d")]
    assert c.still_open == [("s", "b"), ("s", "gov.owner")]
    assert c.new == [("s", "f")]
    assert c.unchecked == [("s", "c"), ("x", "e")]
    assert (c.overall, c.dimensions, c.coverage) == (None, {}, None)


def test_score_changes_per_dimension_are_none_safe():
    old_results = [res("s", "a", "fail"), res("s", "b", "pass"), res("s", "gov.owner", "fail")]
    new_results = [res("s", "a", "pass"), res("s", "b", "pass"), res("s", "gov.owner", "pass"),
                   res("s", "mail.spf", "error"), res("s", "c", "error")]
    old = score(old_results, ASSETS, {}, SPECS, EQUAL)
    new = score(new_results, ASSETS, {}, SPECS, EQUAL)
    c = compare_runs(old_results, new_results, old, new, SPECS)
    # technical 3/6 = 50.0 -> 6/6 = 100.0: +50.0; governance 0.0 -> 100.0: +100.0
    assert c.dimensions["technical"] == 50.0
    assert c.dimensions["governance"] == 100.0
    # presence had nothing in either run; access never had anything
    assert c.dimensions["presence"] is None and c.dimensions["access"] is None
    # overall (50 + 0) / 2 = 25.0 -> (100 + 100) / 2 = 100.0: +75.0
    assert c.overall == 75.0
    # coverage: old 1.0; new technical 6/9 and governance 1, presence 0 ->
    # (0.667 + 1 + 0) / 3 = 0.556: change -0.444
    assert c.coverage == -0.444
    assert c.fixed == [("s", "a"), ("s", "gov.owner")]


def test_first_run_has_nothing_to_compare_against():
    new_results = [res("s", "a", "fail")]
    new = score(new_results, ASSETS, {}, SPECS, EQUAL)
    c = compare_runs([], new_results, None, new, SPECS)
    assert c.overall is None
    assert c.dimensions["technical"] is None
    assert (c.new, c.fixed, c.still_open, c.unchecked) == ([("s", "a")], [], [], [])


def test_a_stored_snapshot_stands_for_the_score_it_was_made_from():
    results = [res("s", "a", "fail"), res("s", "b", "pass"), res("s", "gov.owner", "fail"),
               res("s", "mail.spf", "error")]
    scored = score(results, ASSETS, {}, SPECS, EQUAL)
    snapshot = json.loads(json.dumps(score_to_dict(scored)))  # as runs.score holds it
    stored = Standing.of_snapshot(snapshot, EQUAL)
    assert stored == Standing.of(scored)
    assert list(stored.dimensions) == list(scored.dimensions)  # the changes keep its order


@pytest.mark.parametrize("damage", [
    lambda d: None,  # a run that ended without a snapshot (killed)
    lambda d: {k: v for k, v in d.items() if k != "dimensions"},
    lambda d: {k: v for k, v in d.items() if k != "coverage"},
    # an older snapshot, before the dimensions carried their weight
    lambda d: {**d, "dimensions": {i: {"score": v["score"], "coverage": v["coverage"]}
                                   for i, v in d["dimensions"].items()}},
    # scored with other dimension weights than today's
    lambda d: {**d, "dimensions": {**d["dimensions"],
                                   "technical": {**d["dimensions"]["technical"], "weight": 9.0}}},
])
def test_a_snapshot_without_what_a_comparison_reads_is_not_used(damage):
    snapshot = score_to_dict(score([res("s", "a", "fail")], ASSETS, {}, SPECS, EQUAL))
    assert Standing.of_snapshot(damage(snapshot), EQUAL) is None


STATUSES = ("pass", "warn", "fail", "unknown", "error", "not_applicable")
CELLS = [(a, c) for a in ("s", "t", "") for c in (*"ab", "gov.owner", "nope")]  # nope: unknown


def reference(old_results, new_results):
    """compare_runs' findings as set algebra over latest() (how it was first written)."""
    def findings(results):
        return {k for k, r in latest(results).items()
                if r.check_id in SPECS and is_finding(r, SPECS[r.check_id])}
    old_f, new_f = findings(old_results), findings(new_results)
    decided = {k for k, r in latest(new_results).items()
               if r.status in ("pass", "not_applicable")}
    gone = old_f - new_f
    return (sorted(gone & decided), sorted(new_f - old_f), sorted(old_f & new_f),
            sorted(gone - decided))


runs = st.lists(st.tuples(st.sampled_from(CELLS), st.sampled_from(STATUSES)), max_size=20)


@given(runs, runs)
def test_the_comparison_is_the_set_algebra_of_its_definition(old, new):
    # duplicates included: the later one wins, in whatever order the runs come
    old_results = [res(a, c, s) for (a, c), s in old]
    new_results = [res(a, c, s) for (a, c), s in new]
    c = compare_runs(old_results, new_results, None, None, SPECS)
    assert (c.fixed, c.new, c.still_open, c.unchecked) == reference(old_results, new_results)


def test_a_snapshot_scored_under_another_catalog_is_not_used():
    scored = score([res("s", "a", "fail"), res("s", "b", "pass")], ASSETS, {}, SPECS, EQUAL)
    stored = {**score_to_dict(scored), "catalog": catalog_fingerprint(SPECS, EQUAL)}
    assert Standing.of_snapshot(stored, EQUAL, SPECS) == Standing.of(scored)
    heavier = catalog(*(make_spec(c, "technical", "critical") for c in "abcdef"),
                      *(s for s in SPECS.values() if s.dimension != "technical"))
    assert catalog_fingerprint(heavier, EQUAL) != catalog_fingerprint(SPECS, EQUAL)
    assert Standing.of_snapshot(stored, EQUAL, heavier) is None
    assert catalog_fingerprint() == catalog_fingerprint(BY_ID, DIMENSION_WEIGHTS)
    assert run_snapshot(scored)["catalog"] == catalog_fingerprint()

"""build_report's changes since the previous run: read from the score snapshot the run stored
when it ended, or scored again when it has none; either way what a re-score would give."""

from __future__ import annotations

import json

import pytest

from audit import services
from audit.evidence import verified_cells
from audit.history import compare_runs
from audit.scoring import score


@pytest.fixture
def demo(tmp_path):
    store = services.open_store(tmp_path / "s.duckdb")
    return store, services.load_demo(store).id


def rescored(store, engagement_id, report):
    """The changes as build_report computed them before it read snapshots: both runs' results
    read back, the previous run scored again with today's assets and answers."""
    assets, answers = store.list_assets(engagement_id), store.list_answers(engagement_id)
    cells = verified_cells(assets, store.list_asset_evidence(engagement_id))
    before = store.list_results(report.previous_run.id)
    return compare_runs(before, report.results,
                        score(before, assets, answers, verified_cells=cells), report.score)


def set_snapshot(store, run_id, snapshot):
    with store.connect() as con:
        con.execute("UPDATE runs SET score = ? WHERE id = ?",
                    [None if snapshot is None else json.dumps(snapshot), run_id])


def test_the_changes_read_from_the_snapshot_equal_a_rescore(demo):
    store, eid = demo
    report = services.build_report(store, eid)
    assert report.previous_run.score is not None and report.changes.fixed  # a real change
    expected = rescored(store, eid, report)
    assert report.changes == expected
    assert list(report.changes.dimensions) == list(expected.dimensions)


@pytest.mark.parametrize("damage", [
    lambda d: None,  # ended without a snapshot (a killed run)
    lambda d: {k: v for k, v in d.items() if k != "dimensions"},  # an older snapshot
    lambda d: {**d, "dimensions": {i: {k: v for k, v in dim.items() if k != "weight"}
                                   for i, dim in d["dimensions"].items()}},
])
def test_a_previous_run_without_a_usable_snapshot_is_scored_again(demo, damage):
    store, eid = demo
    first, _ = store.list_runs(eid)
    set_snapshot(store, first.id, damage(first.score))
    report = services.build_report(store, eid, since_run_id=first.id)
    assert report.previous_run.id == first.id
    expected = rescored(store, eid, report)
    assert report.changes == expected
    assert list(report.changes.dimensions) == list(expected.dimensions)


def test_the_snapshot_is_what_the_change_is_read_from(demo):
    store, eid = demo
    first, _ = store.list_runs(eid)
    report = services.build_report(store, eid)
    set_snapshot(store, first.id, {**first.score, "overall": first.score["overall"] - 10})
    changed = services.build_report(store, eid)
    assert changed.changes.overall == round(report.changes.overall + 10, 1)

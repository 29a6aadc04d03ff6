"""Real DuckDB files: the shared connection of Store.reading() and add_results' one INSERT."""

from __future__ import annotations

import gc

import duckdb
import pytest

from audit.models import Result
from audit.store import Store


def test_reading_shares_one_connection_and_closes_it(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    eid = store.create_engagement("PT A").id
    with store.reading():
        with store.connect() as first:
            pass
        with store.connect() as second:
            assert second is first
        assert store.get_engagement(eid).name == "PT A"
        with store.reading(), store.connect() as inner:  # nested: the same connection
            assert inner is first
        first.execute("SELECT 1")
    with pytest.raises(duckdb.ConnectionException):
        first.execute("SELECT 1")
    with store.connect() as fresh:
        assert fresh is not first


def test_add_results_keeps_every_row_of_one_asset(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    run = store.start_run(store.create_engagement("PT A").id, {}, "0.1")
    store.add_results(run, [Result("ig", f"check.{i:02d}", "fail", f"r{i}", {"i": i},
                                   {"e": [i]}, duration_ms=float(i)) for i in range(20)])
    saved = store.list_results(run)
    assert [(r.check_id, r.reason, r.values, r.evidence, r.duration_ms) for r in saved] == [
        (f"check.{i:02d}", f"r{i}", {"i": i}, {"e": [i]}, float(i)) for i in range(20)]
    assert all(r.observed_at is not None for r in saved)


def test_add_results_is_one_transaction(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    run = store.start_run(store.create_engagement("PT A").id, {}, "0.1")
    bad = Result("ig", None, "pass", "ok")  # type: ignore[arg-type]  # check_id is NOT NULL
    with pytest.raises(duckdb.ConstraintException):
        store.add_results(run, [Result("ig", "check.a", "pass", "ok"), bad])
    assert store.list_results(run) == []


def test_reading_pauses_the_cycle_collector_and_always_restores_it(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    assert gc.isenabled()
    with store.reading():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), store.reading():
        raise KeyError("boom")
    assert gc.isenabled()

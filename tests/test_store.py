"""Real DuckDB files: migrations, upserts, run bookkeeping and cross-process locking."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date

import duckdb
import pytest

from audit.models import Answer, Asset, Result
from audit.store import LATEST_VERSION, MIGRATIONS, Store, StoreBusy, StoreError


def _asset(asset_id: str, **fields) -> Asset:
    return Asset(asset_id=asset_id, platform="instagram", kind="social", **fields)


def test_migrations_run_once_and_again(tmp_path):
    path = tmp_path / "a.duckdb"
    Store(path).migrate()
    Store(path).migrate()  # a second process start must not re-apply anything
    con = duckdb.connect(str(path))
    versions = con.execute("SELECT version FROM schema_migrations").fetchall()
    con.close()
    assert versions == [(version,) for version, _ in MIGRATIONS]
    assert versions[-1] == (LATEST_VERSION,)


def test_file_from_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path).migrate()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES (?, now())", [LATEST_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer version of Siaga"):
        Store(path).migrate()


def test_reimport_updates_instead_of_duplicating(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    eid = store.create_engagement("PT A").id
    store.upsert_assets(eid, [_asset("ig", owner="Rina"), _asset("fb", owner="Andi")])
    store.upsert_assets(eid, [_asset("ig", owner="Maya", last_post=date(2026, 1, 2))])
    assets = {a.asset_id: a for a in store.list_assets(eid)}
    assert sorted(assets) == ["fb", "ig"]
    assert assets["ig"].owner == "Maya" and assets["ig"].last_post == date(2026, 1, 2)
    assert assets["fb"].owner == "Andi"
    assert [a.asset_id for a in store.list_assets(eid)] == ["ig", "fb"]  # order kept


def test_engagement_names_are_unique(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    store.create_engagement("PT A")
    with pytest.raises(StoreError, match="already exists"):
        store.create_engagement("PT A")


def test_failed_write_rolls_back_whole_batch(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    eid = store.create_engagement("PT A").id
    store.upsert_assets(eid, [_asset("ig", owner="Rina")])
    bad = _asset("x")
    bad.admins = "not a number"  # type: ignore[assignment]
    with pytest.raises(duckdb.Error):
        store.upsert_assets(eid, [_asset("ig", owner="Changed"), bad])
    assert [(a.asset_id, a.owner) for a in store.list_assets(eid)] == [("ig", "Rina")]


def test_answers_replace_by_question(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    eid = store.create_engagement("PT A").id
    store.save_answers(eid, [Answer("crisis.playbook", "no")])
    store.save_answers(eid, [Answer("crisis.playbook", "yes", "v2", "link", True)])
    assert store.list_answers(eid) == {
        "crisis.playbook": Answer("crisis.playbook", "yes", "v2", "link", True)}


def test_run_lifecycle_and_second_live_run_refused(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    eid = store.create_engagement("PT A").id
    run = store.start_run(eid, {"timeout": 5}, "0.1")
    with pytest.raises(StoreError, match="already in progress"):
        store.start_run(eid, {}, "0.1")
    store.add_results(run, [Result("ig", "gov.owner", "pass", "gov.owner.named", {"x": 1})])
    store.finish_run(run, "completed", {"overall": 50})
    (saved,) = store.list_runs(eid)
    assert saved.status == "completed" and saved.score == {"overall": 50}
    assert store.list_results(run)[0].values == {"x": 1}


def test_run_of_dead_process_is_marked_interrupted(tmp_path):
    path = tmp_path / "s.duckdb"
    store = Store(path)
    eid = store.create_engagement("PT A").id
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    run = store.start_run(eid, {}, "0.1")
    con = duckdb.connect(str(path))
    con.execute("UPDATE runs SET pid = ? WHERE id = ?", [int(dead.stdout), run])
    con.close()
    assert store.recover_interrupted() == 1
    assert store.get_run(run).status == "interrupted"


HOLD = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def _hold_lock(path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_lock_held_too_long_gives_clear_error(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).migrate()
    holder = _hold_lock(path, 30)
    try:
        with pytest.raises(StoreBusy, match="in use by another process"):
            Store(path, lock_wait_s=0.5).list_engagements()
    finally:
        holder.kill()
        holder.wait()


def test_waits_for_a_short_lock_then_writes(tmp_path):
    path = tmp_path / "s.duckdb"
    store = Store(path, lock_wait_s=20)
    store.migrate()
    holder = _hold_lock(path, 1.0)
    started = time.monotonic()
    store.create_engagement("PT waited")
    holder.wait()
    assert time.monotonic() - started > 0.2  # it really did wait for the other process
    assert [e.name for e in store.list_engagements()] == ["PT waited"]


def test_unwritable_location_gives_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        Store(blocker / "sub" / "s.duckdb").migrate()


def test_replace_keeps_places_and_is_one_transaction(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    eid = store.create_engagement("PT A").id
    store.upsert_assets(eid, [_asset("a"), _asset("b"), _asset("c")])
    store.replace_assets(eid, [_asset("c", owner="Rina"), _asset("a"), _asset("d")])
    assert [a.asset_id for a in store.list_assets(eid)] == ["a", "c", "d"]
    bad = _asset("e")
    bad.admins = "not a number"  # type: ignore[assignment]
    with pytest.raises(duckdb.Error):
        store.replace_assets(eid, [_asset("a"), bad])
    assert [a.asset_id for a in store.list_assets(eid)] == ["a", "c", "d"]  # nothing lost

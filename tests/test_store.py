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


def test_runs_are_numbered_within_their_engagement(tmp_path):
    store = Store(tmp_path / "n.duckdb")
    first, second = store.create_engagement("PT A").id, store.create_engagement("PT B").id
    ids = []
    for eid in (first, first, second):
        ids.append(store.start_run(eid, {}, "t"))
        store.finish_run(ids[-1], "completed")
    assert [(r.id, r.number) for r in store.list_runs(first)] == [(ids[0], 1), (ids[1], 2)]
    assert [(r.id, r.number) for r in store.list_runs(second)] == [(ids[2], 1)]


def test_the_numbering_migration_numbers_existing_runs_in_order(tmp_path):
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                "applied_at TIMESTAMP)")
    for statement in MIGRATIONS[0][1]:
        con.execute(statement)
    con.execute("INSERT INTO schema_migrations VALUES (1, now())")
    con.execute("INSERT INTO engagements (id, name) VALUES (1, 'Old'), (2, 'New')")
    con.execute("INSERT INTO runs (id, engagement_id, status) VALUES (1, 1, 'completed'), "
                "(2, 1, 'completed'), (3, 2, 'completed'), (4, 1, 'completed')")
    con.close()
    store = Store(path)
    assert [r.number for r in store.list_runs(1)] == [1, 2, 3]
    assert [r.number for r in store.list_runs(2)] == [1]
    assert store.get_engagement(2).archived is None


def test_delete_engagement_removes_all_of_it_and_nothing_else(tmp_path):
    store = Store(tmp_path / "d.duckdb")
    gone, kept = store.create_engagement("Gone").id, store.create_engagement("Kept").id
    for eid in (gone, kept):
        store.upsert_assets(eid, [_asset("ig")])
        store.save_answers(eid, [Answer("crisis.playbook", "yes")])
        run_id = store.start_run(eid, {}, "t")
        store.add_results(run_id, [Result("ig", "social.exists", "pass", "ok")])
        store.finish_run(run_id, "completed")
    before = store.engagement_rows(kept)
    assert store.engagement_rows(gone) == before
    assert {k: v for k, v in before.items() if v} == {
        "assets": 1, "answers": 1, "runs": 1, "results": 1}
    store.delete_engagement(gone)
    assert not any(store.engagement_rows(gone).values())
    assert store.engagement_rows(kept) == before
    assert [e.name for e in store.list_engagements()] == ["Kept"]


def test_a_live_run_refuses_deleting_its_engagement(tmp_path):
    store = Store(tmp_path / "l.duckdb")
    eid = store.create_engagement("Busy").id
    store.start_run(eid, {}, "t")  # running, by this (live) process
    with pytest.raises(StoreError, match="in progress"):
        store.delete_engagement(eid)
    assert store.find_engagement("Busy") is not None


def test_rename_refuses_a_name_in_use_and_archive_keeps_everything(tmp_path):
    store = Store(tmp_path / "r.duckdb")
    first, second = store.create_engagement("PT A").id, store.create_engagement("PT B").id
    with pytest.raises(StoreError, match="already exists"):
        store.rename_engagement(second, "PT A")
    store.rename_engagement(second, "PT B Baru")
    store.set_archived(second, True)
    archived = store.get_engagement(second)
    assert (archived.name, archived.archived is not None) == ("PT B Baru", True)
    store.set_archived(second, False)
    assert store.get_engagement(second).archived is None
    assert store.get_engagement(first).name == "PT A"

"""A run's journal (audit/journal.py): what a killed process handed over is not lost.

The run's workers hand results over by appending to the journal and go on; the writer
commits them in batches. Here a real process is killed -9 while the database file is
locked by another process, so nothing it handed over reached the file: the next open of
the file (`services.open_store`, as the app and every CLI command open it) stores it all,
once, even when two processes open the file at the same moment. A journal is parsed like
any file: a line cut short or garbled is skipped, never stored, never an error.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from itertools import zip_longest

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit import services
from audit.journal import journal_path
from audit.models import Result
from audit.store import Store, _journal_asset
from tests.faults.helpers import ROOT
from tests.fuzz.strategies import FUZZ

ASSETS = 5
CHILD = """
import sys, time
from audit.models import Result
from audit.store import Store, _journal_asset
from audit.writer import ResultWriter
store = Store(sys.argv[1])
run_id = store.start_run(store.create_engagement("PT Journal").id, {}, "test")
print(run_id, flush=True)
sys.stdin.readline()  # the parent now holds the file: no batch can be committed
writer = ResultWriter(store, run_id).start()
for i in range(int(sys.argv[2])):
    writer.write([Result(f"a{i}", f"check.{j}", "pass", "ok", {"i": i}) for j in range(3)])
print("handed over", flush=True)
time.sleep(60)
"""


def _killed_run(db) -> int:
    """A run whose process handed ASSETS assets over and was killed before any commit."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(ASSETS)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        run_id = int(child.stdout.readline())
        lock = duckdb.connect(str(db))  # this process holds the file from now on
        try:
            child.stdin.write("go\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "handed over"
            os.kill(child.pid, signal.SIGKILL)
            child.wait(30)
            assert lock.execute("SELECT count(*) FROM results").fetchone()[0] == 0
        finally:
            lock.close()
    finally:
        if child.poll() is None:
            child.kill()
    assert journal_path(db, run_id).exists()
    return run_id


def _per_asset(store: Store, run_id: int) -> Counter[str]:
    return Counter(r.asset_id for r in store.list_results(run_id))


@pytest.mark.timeout(120)
def test_what_a_killed_run_handed_over_is_stored_when_the_file_is_next_opened(tmp_path):
    db = tmp_path / "j.duckdb"
    run_id = _killed_run(db)
    store = services.open_store(db)
    assert store.get_run(run_id).status == "interrupted"
    assert _per_asset(store, run_id) == {f"a{i}": 3 for i in range(ASSETS)}
    assert not journal_path(db, run_id).exists()
    assert services.open_store(db) and _per_asset(store, run_id) == \
        {f"a{i}": 3 for i in range(ASSETS)}, "a second open stored something twice"


@pytest.mark.timeout(120)
def test_two_processes_recovering_the_same_journal_store_each_asset_once(tmp_path):
    db = tmp_path / "j.duckdb"
    run_id = _killed_run(db)
    opener = ("import sys; from audit import services; services.open_store(sys.argv[1]); "
              "print('ok')")
    procs = [subprocess.Popen([sys.executable, "-c", opener, str(db)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert _per_asset(Store(db), run_id) == {f"a{i}": 3 for i in range(ASSETS)}


def _line(store: Store, run_id: int, asset: str) -> str:
    return store.result_rows(run_id, [Result(asset, "check.0", "pass", "ok", {"x": asset})])


GARBAGE = [b"[", b"[1,", b"null", b"[]", b"{}", b'["a"]', b"[[1]]", b"\xff\xfe", b"",
           b'[0,"z","c","pass","ok","{}","{}","2026-01-01T00:00:00",1]',  # another run
           b'[1,"z","c","pass","ok","not json","{}","2026-01-01T00:00:00",1]',
           b'[1,"z","c","pass","ok","{}","{}","yesterday",1]',
           b'[1,7,"c","pass","ok","{}","{}","2026-01-01T00:00:00",1]']


@FUZZ
@given(line=st.one_of(st.binary(max_size=300), st.sampled_from(GARBAGE),
                      st.builds(lambda a, n: _line(Store(":memory:"), 1, a).encode()[:n],
                                st.text(max_size=20), st.integers(0, 400))))
def test_a_journal_line_is_either_whole_and_of_its_run_or_skipped(line):
    asset = _journal_asset(line.replace(b"\n", b""), 1)
    assert asset is None or isinstance(asset, str)
    if asset is not None:
        rows = json.loads(b"[" + line + b"]")
        assert {r[1] for r in rows} == {asset} and {r[0] for r in rows} == {1}


def test_replay_stores_the_whole_lines_and_skips_the_rest(tmp_path):
    store = Store(tmp_path / "r.duckdb")
    run_id = store.start_run(store.create_engagement("PT Replay").id, {}, "test")
    store.finish_run(run_id, "interrupted")
    good = [_line(store, run_id, a).encode() for a in ("a", "b", "a", "c")]  # "a" twice
    cut = _line(store, run_id, "torn").encode()[:-7]  # the kill's last, partial line
    lines = [x for pair in zip_longest(good, GARBAGE) for x in pair if x is not None]
    journal_path(store.path, run_id).write_bytes(b"\n".join([*lines, cut]))
    assert store.replay_journal(run_id) == 3
    assert _per_asset(store, run_id) == {"a": 1, "b": 1, "c": 1}
    assert not journal_path(store.path, run_id).exists()


@pytest.mark.timeout(60)
def test_the_journal_of_a_live_run_is_left_to_its_writer(tmp_path):
    store = services.open_store(tmp_path / "live.duckdb")
    run_id = store.start_run(store.create_engagement("PT Live").id, {}, "test")  # this pid
    journal = journal_path(store.path, run_id)
    journal.write_text(_line(store, run_id, "a0") + "\n", encoding="utf-8")
    services.open_store(store.path)  # another open while the run's process is alive
    assert journal.exists() and store.list_results(run_id) == []


def test_an_ended_runs_journal_waits_for_its_resume(tmp_path):
    """A run interrupted after a failed write has its score stored: replaying its journal
    on any open would leave that score stale, so only its resume (which scores anew) does."""
    store = services.open_store(tmp_path / "ended.duckdb")
    run_id = store.start_run(store.create_engagement("PT Ended").id, {}, "test")
    store.finish_run(run_id, "interrupted", {"overall": 40.0})
    journal = journal_path(store.path, run_id)
    journal.write_text(_line(store, run_id, "a0") + "\n", encoding="utf-8")
    services.open_store(store.path)
    assert journal.exists() and store.list_results(run_id) == []
    assert store.get_run(run_id).score == {"overall": 40.0}
    orphan = journal_path(store.path, run_id + 7)  # a run that no longer exists
    orphan.write_text(_line(store, run_id + 7, "a0") + "\n", encoding="utf-8")
    services.open_store(store.path)
    assert not orphan.exists() and journal.exists()

"""The run's one writer over a real DuckDB file, and the runner that feeds it.

What is promised: a worker's `write` returns once its results are in the run's journal
(audit/journal.py) and they are committed within a batch, results handed over while a
batch is written go out together in the next one, a failed batch is reported to the
workers' next write and to close, progress counts only what is stored, and an
interrupted run resumes with only the assets that have no results.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from audit import services
from audit.journal import journal_path
from audit.models import Asset, Result
from audit.probes.config import ProbeSettings
from audit.runner import Runner, interleave_hosts
from audit.store import Store, StoreError
from audit.writer import ResultWriter
from bench.server import LatencyServer

WAIT_S = 30  # upper bound for a condition that holds within milliseconds


def _results(asset_id: str, n: int = 3) -> list[Result]:
    return [Result(asset_id, f"check.{j}", "pass", "ok") for j in range(n)]


@pytest.fixture
def store_run(tmp_path):
    store = Store(tmp_path / "w.duckdb")
    return store, store.start_run(store.create_engagement("PT W").id, {}, "test")


def _stored_assets(store: Store, run_id: int) -> set[str]:
    return {r.asset_id for r in store.list_results(run_id)}


def test_write_returns_once_the_results_are_journaled_and_close_commits_them(store_run):
    store, run_id = store_run
    journal = journal_path(store.path, run_id)
    with ResultWriter(store, run_id) as writer:
        for i in range(5):
            writer.write(_results(f"a{i}"))
            lines = journal.read_text(encoding="utf-8").splitlines()
            assert len(lines) == i + 1 and f'"a{i}"' in lines[-1]
    assert len(store.list_results(run_id)) == 15
    assert not journal.exists(), "the journal outlived a run whose results are all stored"


def test_results_reach_the_file_while_the_run_goes_on(store_run):
    store, run_id = store_run
    with ResultWriter(store, run_id) as writer:
        writer.write(_results("a0"))
        for _ in range(WAIT_S * 100):  # a batch commits within BATCH_S
            if _stored_assets(store, run_id) == {"a0"}:
                break
            threading.Event().wait(0.01)
        assert _stored_assets(store, run_id) == {"a0"}


def test_results_handed_over_during_a_write_share_the_next_batch(store_run):
    store, run_id = store_run
    workers = 12
    batches: list[int] = []
    everyone_waits = threading.Event()

    def stored(batch) -> None:
        batches.append(len(batch))
        if len(batches) == 1:  # hold the first batch until every other worker handed over
            for _ in range(WAIT_S * 100):
                if writer.waiting() == workers:
                    everyone_waits.set()
                    return
                threading.Event().wait(0.01)

    writer = ResultWriter(store, run_id, on_stored=stored)
    with writer:
        threads = [threading.Thread(target=writer.write, args=(_results(f"a{i:02d}"),))
                   for i in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WAIT_S)
    assert everyone_waits.is_set()
    assert len(batches) == writer.batches == 2 and sum(batches) == workers
    assert len(_stored_assets(store, run_id)) == workers


def test_a_failed_batch_fails_its_writer_and_every_later_write(store_run):
    store, run_id = store_run
    broken = Result("a", None, "pass", "ok")  # type: ignore[arg-type]  # check_id NOT NULL
    writer = ResultWriter(store, run_id).start()
    writer.write([broken])
    failed = False
    for _ in range(WAIT_S * 100):  # the next write after the failed batch raises
        try:
            writer.write(_results("b"))
        except StoreError:
            failed = True
            break
        threading.Event().wait(0.01)
    assert failed
    with pytest.raises(StoreError):
        writer.write(_results("c"))
    with pytest.raises(StoreError):
        writer.close()
    assert store.list_results(run_id) == []
    assert journal_path(store.path, run_id).exists(), "the journal of a failed run is kept"


def test_hosts_are_interleaved_so_one_host_does_not_hold_the_pool():
    hosts = ["a", "a", "a", "a", "b", "b"]
    assets = [Asset(asset_id=f"{h}{i}", platform="website", kind="website",
                    url=f"https://{h}.example/") for i, h in enumerate(hosts)]
    assert [a.asset_id for a in interleave_hosts(assets)] == ["a0", "b4", "a1", "b5", "a2",
                                                               "a3"]


def _profiles(server: LatencyServer, n: int) -> list[Asset]:
    return [Asset(asset_id=f"p{i:03d}", platform="other", kind="social", handle=f"bench{i}",
                  url=server.url(f"127.0.0.{i % 5 + 1}", f"/bench{i}/"), owner="Dewi")
            for i in range(n)]


def _profile_engagement(tmp_path, server: LatencyServer, n: int):
    """A real store holding one engagement of `n` profile assets on `server`."""
    store = services.open_store(tmp_path / "r.duckdb")
    engagement = services.create_engagement(store, "PT Profiles")
    assets = _profiles(server, n)
    store.upsert_assets(engagement.id, assets)
    return store, engagement, assets


@pytest.mark.timeout(120)
def test_progress_counts_only_what_is_stored_and_a_resume_checks_the_rest(tmp_path):
    with LatencyServer(latency_s=0.05) as server:
        store, engagement, assets = _profile_engagement(tmp_path, server, 24)
        settings = ProbeSettings(allow_private=True, timeout_s=5)
        runner = Runner(store, settings, concurrency=3)
        seen: list[tuple[int, int]] = []

        def progress(state) -> None:
            seen.append((state.done, len(_stored_assets(store, state.run_id) - {""})))
            if state.done >= 6:
                runner.cancel_event.set()

        first = runner.run(engagement, progress)
        assert first.status == "interrupted"
        assert store.get_run(first.run_id).status == "interrupted"
        assert all(done <= stored for done, stored in seen), seen
        checked = _stored_assets(store, first.run_id) - {""}
        assert 6 <= len(checked) < len(assets)
        fetched_before = Counter(server.paths)

        again = Runner(store, settings, concurrency=3).run(engagement, resume=first.run_id)
    assert again.run_id == first.run_id and again.status == "completed"
    assert again.done == len(assets)
    run = store.get_run(first.run_id)
    assert run.status == "completed" and run.score is not None
    results = store.list_results(first.run_id)
    per_check = Counter((r.asset_id, r.check_id) for r in results)
    assert set(per_check.values()) == {1}, "a resumed run wrote something twice"
    assert {r.asset_id for r in results} - {""} == {a.asset_id for a in assets}
    resumed = set(server.paths - fetched_before)  # what the resumed run fetched
    assert not resumed & {f"/{a.handle}/" for a in assets if a.asset_id in checked}, \
        "an asset already stored was fetched again"
    assert sum(again.statuses.values()) == len(results)


def test_only_an_interrupted_run_can_be_resumed(store_run):
    store, run_id = store_run
    with pytest.raises(StoreError, match="only an interrupted run"):
        store.resume_run(run_id)  # still running (this process is alive)
    store.finish_run(run_id, "interrupted")
    store.resume_run(run_id)
    assert store.get_run(run_id).status == "running"


def test_overlapping_runs_relax_the_collector_once_and_the_last_restores_it():
    import gc

    from audit.runner import RUN_GC_THRESHOLD, _collector_relaxed

    before = gc.get_threshold()
    first, second = _collector_relaxed(), _collector_relaxed()
    first.__enter__()
    second.__enter__()
    assert gc.get_threshold()[0] == RUN_GC_THRESHOLD and gc.get_freeze_count() > 0
    first.__exit__(None, None, None)  # the other run still checks assets
    assert gc.get_threshold()[0] == RUN_GC_THRESHOLD
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


@pytest.mark.timeout(120)
def test_a_completed_runs_last_progress_counts_every_asset(tmp_path):
    with LatencyServer(latency_s=0.01) as server:
        store, engagement, assets = _profile_engagement(tmp_path, server, 12)
        seen: list[int] = []
        state = Runner(store, ProbeSettings(allow_private=True, timeout_s=5),
                       concurrency=4).run(engagement, lambda s: seen.append(s.done))
    assert state.status == "completed"
    assert seen and seen[-1] == len(assets) and seen == sorted(seen), seen

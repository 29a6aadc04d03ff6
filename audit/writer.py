"""One writer per run: check threads hand finished results to it; it stores them in batches.

Opening the DuckDB file costs ~10 ms (several times that on a busy machine) and happens
one at a time per process, so a connection per asset capped a run near 100 assets/s
(issue 15). The writer instead opens one connection and commits what the workers handed
over as one transaction on it, at most every BATCH_S: a commit costs ~3 ms of DuckDB CPU
whatever its size, so batching by time keeps that cost small. It keeps the file while
results keep coming, and lets go, leaving the file free for at least REST_S (and at least
as long as opening and closing took), as soon as another process signals that it waits
for the file (Store.waiting_mark: a store that finds the file locked says so beside it),
after at most HOLD_S in any case (a waiter that cannot signal: a read-only folder), and
when no result came for IDLE_S. So the app and the CLI still take turns on the file
(ARCHITECTURE.md, "Storage and concurrency"; Store._open retries often enough to catch
every rest).

A worker does not wait for the commit: `write` appends the asset's rows to the run's
journal (audit/journal.py) and returns, so no asset pays a commit's latency. What a kill
-9 leaves in the journal is replayed into the database when the run is recovered or
resumed, so a kill loses only the requests in flight, never more than `concurrency`
assets, and a resumed run fetches no more than those again. The worker makes its rows'
JSON itself, so the writer's turn on the file is the insert alone.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack

from audit.journal import RunJournal, journal_path
from audit.models import Result
from audit.store import Store, StoreError

# One hold of the file: batches are committed on one connection for at most this long
# (shorter when another process signals that it waits).
HOLD_S = 5.0
# Then the file stays free at least this long (and as long as opening and closing took).
REST_S = 0.1
# A hold ends early when no result arrives for this long.
IDLE_S = 0.25
# Between batches, a held file is let go within this long of another process asking.
ASKED_POLL_S = 0.05
# Batches are committed at most this often while the file is held, and a batch never
# waits longer than this for the file ("every 250 ms" of SPEC 7).
BATCH_S = 0.25

Stored = Callable[[Sequence[Sequence[Result]]], None]


class ResultWriter:
    """The thread that writes one run's results; use as a context manager around the run."""

    def __init__(self, store: Store, run_id: int, on_stored: Stored | None = None) -> None:
        self.store = store
        self.run_id = run_id
        self.on_stored = on_stored
        self.batches = 0  # batches committed (tests read it)
        self._cond = threading.Condition()  # the writer waits on it for results to arrive
        self._pending: list[tuple[Sequence[Result], str]] = []
        self._queued = 0  # result sets handed over so far
        self._stored = 0  # result sets committed so far (handed over in order)
        self._closing = False
        self._error: BaseException | None = None
        path = journal_path(store.path, run_id)
        try:
            self._journal = RunJournal(path)
        except OSError as exc:
            raise StoreError("store.error.write", path=path, detail=exc.strerror or exc) from exc
        self._thread = threading.Thread(target=self._loop, name=f"siaga-writer-{run_id}",
                                        daemon=True)

    def start(self) -> ResultWriter:
        self._thread.start()
        return self

    def __enter__(self) -> ResultWriter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, results: Sequence[Result]) -> None:
        """Hand one asset's results over: in the run's journal when this returns, in the
        database within a batch.

        Raises StoreError once a batch could not be written (disk full, file busy), or
        when the journal cannot be written."""
        rows = self.store.result_rows(self.run_id, results)
        with self._cond:
            self._raise_if_failed()
        if rows:
            try:
                self._journal.append(rows)
            except OSError as exc:
                raise StoreError("store.error.write", path=self._journal.path,
                                 detail=exc.strerror or exc) from exc
        with self._cond:
            self._pending.append((results, rows))
            self._queued += 1
            if len(self._pending) == 1:  # later ones: the writer already waits for a due
                self._cond.notify()  # batch, so waking it per asset was a GIL handover

    def waiting(self) -> int:
        """Result sets handed over and not yet committed."""
        with self._cond:
            return self._queued - self._stored

    def close(self) -> None:
        """Write what is left, stop the thread, delete the journal once all of it is
        committed; raises the writer's error if it had one (the journal is kept then)."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join()
        with self._cond:
            failed = self._error is not None or self._stored < self._queued
        self._journal.close(remove=not failed)
        with self._cond:
            self._raise_if_failed()

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            if isinstance(self._error, StoreError):
                raise StoreError(self._error.code, **self._error.values) from self._error
            raise StoreError("store.error.not_saved", detail=self._error) from self._error

    def _next_batch(self, not_before: float, asked: Callable[[], bool] | None,
                    ) -> tuple[list[tuple[Sequence[Result], str]] | None, int]:
        """The results handed over so far, once there are some and `not_before` has come
        (but never later than BATCH_S after the first); [] once closed and empty.

        While the file is held (`asked` given: does another process wait for it?), None
        as soon as it is asked for, or when nothing was handed over for IDLE_S."""
        with self._cond:
            idle_until = time.monotonic() + IDLE_S
            due: float | None = None
            while not self._closing:
                now = time.monotonic()
                if self._pending:
                    due = min(not_before, now + BATCH_S) if due is None else due
                    if now >= due:
                        break
                    wait: float | None = due - now
                elif asked is not None:
                    if now >= idle_until:
                        return None, self._queued
                    wait = idle_until - now
                else:
                    wait = None
                if asked is not None:
                    if asked():
                        return None, self._queued
                    wait = ASKED_POLL_S if wait is None else min(wait, ASKED_POLL_S)
                self._cond.wait(wait)
            batch, self._pending = self._pending, []
            return batch, self._queued

    def _loop(self) -> None:
        hold: ExitStack | None = None
        held_since = opened_in = 0.0
        mark = (0, 0)  # the waiting signal when the hold began
        free_from = 0.0  # the file stays free until then (the other process's turn)
        committed_at = 0.0  # the last batch's commit: the next waits until BATCH_S after it

        def asked() -> bool:  # another process signalled that it waits for the file
            return self.store.waiting_mark() != mark

        def release() -> None:
            nonlocal hold, free_from
            closing = time.monotonic()
            assert hold is not None
            hold.close()
            hold = None
            ended = time.monotonic()
            free_from = ended + max(REST_S, opened_in + ended - closing)

        try:
            while True:
                batch, upto = self._next_batch(
                    committed_at + BATCH_S if hold else free_from,
                    asked if hold else None)
                if batch is None:
                    release()
                    continue
                if not batch:
                    return  # closed and nothing left
                try:
                    if hold is None:
                        opening = time.monotonic()
                        hold = ExitStack()
                        hold.enter_context(self.store.holding())
                        held_since = time.monotonic()
                        opened_in = held_since - opening
                        mark = self.store.waiting_mark()
                    self.store.add_result_rows([rows for _, rows in batch])
                    if self.on_stored:
                        self.on_stored([results for results, _ in batch])
                except BaseException as exc:  # noqa: BLE001 - raised by the next write, close
                    with self._cond:
                        self._error = exc
                    return
                committed_at = time.monotonic()
                with self._cond:
                    self.batches += 1
                    self._stored = upto
                if time.monotonic() - held_since >= HOLD_S or asked():
                    release()
        finally:
            if hold is not None:
                hold.close()
            self.store.clear_waiting()

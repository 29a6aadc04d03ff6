"""One writer per run: check threads hand finished results to it; it stores them in batches.

Opening the DuckDB file costs ~10 ms (several times that on a busy machine) and happens
one at a time per process, so a connection per asset capped a run near 100 assets/s
(issue 15). The writer instead opens one connection and commits each batch of what the
workers finished as one transaction on it. It keeps the file while results keep coming,
and lets go, leaving the file free for at least REST_S (and at least as long as opening
and closing took), as soon as another process signals that it waits for the file
(Store.waiting_mark: a store that finds the file locked says so beside it), after at
most HOLD_S in any case (a waiter that cannot signal: a read-only folder), and when no
result came for IDLE_S. So the app and the CLI still take turns on the file
(ARCHITECTURE.md, "Storage and concurrency"; Store._open retries often enough to catch
every rest).

A worker waits in `write` until its results are committed. That wait is what bounds a
crash: at any moment at most one result set per worker (`--concurrency`) is checked but
not yet stored, so a kill -9 loses at most the batch in hand, never more than
`concurrency` assets, and a resumed run fetches no more than those again. The worker
makes its rows' JSON itself before handing them over, so the wait is the insert alone.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack

from audit.models import Result
from audit.store import Store, StoreError

# One hold of the file: batches are committed on one connection for at most this long
# (shorter when another process signals that it waits).
HOLD_S = 5.0
# Then the file stays free at least this long (and as long as opening and closing took).
REST_S = 0.1
# A hold ends early when no result arrives for this long.
IDLE_S = 0.25
# A batch never waits longer than this for the file ("every 250 ms" of SPEC 7).
MAX_WAIT_S = 0.25

Stored = Callable[[Sequence[Sequence[Result]]], None]


class ResultWriter:
    """The thread that writes one run's results; use as a context manager around the run."""

    def __init__(self, store: Store, run_id: int, workers: int,
                 on_stored: Stored | None = None) -> None:
        self.store = store
        self.run_id = run_id
        self.workers = max(1, workers)
        self.on_stored = on_stored
        self.batches = 0  # batches committed (tests read it)
        self.holds = 0  # times the file was opened
        # One lock, two conditions: the writer waits for results to arrive, workers for
        # their commit. With one condition every handover woke all ~50 waiting workers
        # (and each commit woke the writer too): a herd of wake-ups holding the GIL.
        self._cond = threading.Condition()
        self._committed = threading.Condition(self._cond)
        self._pending: list[tuple[Sequence[Result], str]] = []
        self._queued = 0  # result sets handed over so far
        self._stored = 0  # result sets committed so far (handed over in order)
        self._closing = False
        self._error: BaseException | None = None
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
        """Hand one asset's results over and wait until they are committed.

        Raises StoreError when the batch could not be written (disk full, file busy)."""
        rows = self.store.result_rows(self.run_id, results)
        with self._cond:
            self._raise_if_failed()
            self._pending.append((results, rows))
            self._queued += 1
            ticket = self._queued
            self._cond.notify()
            while self._stored < ticket and self._error is None:
                self._committed.wait()
            if self._stored < ticket:
                self._raise_if_failed()

    def waiting(self) -> int:
        """Result sets handed over and not yet committed (never more than `workers`)."""
        with self._cond:
            return self._queued - self._stored

    def close(self) -> None:
        """Write what is left, stop the thread; raises the writer's error if it had one."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join()
        with self._cond:
            self._raise_if_failed()

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            if isinstance(self._error, StoreError):
                raise StoreError(self._error.code, **self._error.values) from self._error
            raise StoreError("store.error.not_saved", detail=self._error) from self._error

    def _next_batch(self, not_before: float, idle: float | None,
                    ) -> tuple[list[tuple[Sequence[Result], str]] | None, int]:
        """The results handed over so far, once there are some and `not_before` has come
        (but never later than MAX_WAIT_S after the first); None when `idle` passes with
        nothing handed over; [] once closed and empty."""
        with self._cond:
            if idle is not None and not self._pending and not self._closing:
                self._cond.wait(idle)
                if not self._pending and not self._closing:
                    return None, self._queued
            while not self._pending and not self._closing:
                self._cond.wait()
            due = min(not_before, time.monotonic() + MAX_WAIT_S)
            while not self._closing and (now := time.monotonic()) < due:
                self._cond.wait(due - now)
            batch, self._pending = self._pending, []
            return batch, self._queued

    def _loop(self) -> None:
        hold: ExitStack | None = None
        held_since = opened_in = 0.0
        mark = (0, 0)  # the waiting signal when the hold began
        free_from = 0.0  # the file stays free until then (the other process's turn)

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
                batch, upto = self._next_batch(0.0 if hold else free_from,
                                               IDLE_S if hold else None)
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
                        self.holds += 1
                    self.store.add_result_rows([rows for _, rows in batch])
                    if self.on_stored:
                        self.on_stored([results for results, _ in batch])
                except BaseException as exc:  # noqa: BLE001 - handed to every waiting worker
                    with self._cond:
                        self._error = exc
                        self._committed.notify_all()
                    return
                with self._cond:
                    self.batches += 1
                    self._stored = upto
                    self._committed.notify_all()
                if time.monotonic() - held_since >= HOLD_S or \
                        self.store.waiting_mark() != mark:
                    release()
        finally:
            if hold is not None:
                hold.close()
            self.store.clear_waiting()

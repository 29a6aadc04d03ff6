"""One writer per run: check threads hand finished results to it; it stores them in batches.

Opening the DuckDB file costs ~10 ms and happens one at a time per process, so a
connection per asset capped a run near 100 assets/s (issue 15). The writer instead
gathers what the workers finished, writes it in one transaction on one connection,
and closes that connection again, so the file is free between batches and the app
and the CLI still take turns on it (ARCHITECTURE.md, "Storage and concurrency").

A worker waits in `write` until its results are committed. That wait is what bounds
a crash: at any moment at most one result set per worker (`--concurrency`) is checked
but not yet stored, so a kill -9 loses at most the batch being gathered or written,
never more than `concurrency` assets, and a resumed run fetches no more than those
again. Because every worker waits, the batch is written as soon as the file has been
free for `gap_s` (a turn for the other process), or at once when every worker waits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

from audit.models import Result
from audit.store import Store, StoreError

# The file stays free at least this long between two batches: another process polling
# for the lock (Store._open backs off from 20 ms to 250 ms) gets in, while a worker
# waits about half of it on average (bench/: 200 ms latency, --concurrency 50).
DEFAULT_GAP_S = 0.05
# A batch never waits longer than this for more results ("every 250 ms" of SPEC 7).
MAX_WAIT_S = 0.25

Stored = Callable[[Sequence[Sequence[Result]]], None]


class ResultWriter:
    """The thread that writes one run's results; use as a context manager around the run."""

    def __init__(self, store: Store, run_id: int, workers: int,
                 on_stored: Stored | None = None, gap_s: float = DEFAULT_GAP_S) -> None:
        self.store = store
        self.run_id = run_id
        self.workers = max(1, workers)
        self.on_stored = on_stored
        self.gap_s = gap_s
        self.batches = 0  # batches committed (tests and the benchmark read it)
        self._cond = threading.Condition()
        self._pending: list[Sequence[Result]] = []
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
        with self._cond:
            self._raise_if_failed()
            self._pending.append(results)
            self._queued += 1
            ticket = self._queued
            self._cond.notify_all()
            while self._stored < ticket and self._error is None:
                self._cond.wait()
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
                raise StoreError(str(self._error)) from self._error
            raise StoreError(f"Results could not be saved: {self._error}") from self._error

    def _next_batch(self, last_end: float) -> tuple[list[Sequence[Result]], int]:
        """Wait for a batch worth writing: the gap has passed, or every worker waits, or
        the oldest result has waited MAX_WAIT_S; on close, whatever is left."""
        with self._cond:
            while not self._pending and not self._closing:
                self._cond.wait()
            first = time.monotonic()
            while not self._closing:
                now = time.monotonic()
                due = max(last_end + self.gap_s, now) if len(self._pending) < self.workers \
                    else now
                due = min(due, first + MAX_WAIT_S)
                if now >= due:
                    break
                self._cond.wait(due - now)
            batch, self._pending = self._pending, []
            return batch, self._queued

    def _loop(self) -> None:
        last_end = 0.0
        while True:
            batch, upto = self._next_batch(last_end)
            if not batch:
                return  # closing and nothing left
            try:
                self.store.add_results(self.run_id, [r for results in batch for r in results])
                if self.on_stored:
                    self.on_stored(batch)
            except BaseException as exc:  # noqa: BLE001 - handed to every waiting worker
                with self._cond:
                    self._error = exc
                    self._cond.notify_all()
                return
            last_end = time.monotonic()
            with self._cond:
                self.batches += 1
                self._stored = upto
                self._cond.notify_all()

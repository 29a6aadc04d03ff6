"""A run's journal: what the workers handed over, appended to a file beside the database.

A worker used to wait until its results were committed, so a kill -9 lost at most the
batch in hand. That wait cost every asset a commit's latency, and committing as soon as
anything waited made hundreds of tiny transactions (~3 ms of DuckDB CPU each, whatever
their size): at 2,048 profile URLs, 1.5 s of wall time and 3.5 s of CPU (bench/, issue
15). Now the hand-over is one append to `<db>.run<id>.journal` (the operating system keeps
what a killed process wrote), the writer commits a batch at most every BATCH_S, and the
journal is deleted once everything in it is committed. A run whose process died has its
journal replayed into the database (Store.replay_journal, from recover_interrupted), so a
kill -9 loses only the requests in flight, never more than `--concurrency` assets.

Each line is one asset's result rows as Store.result_rows makes them (JSON, no newline
inside): a line cut short by the kill fails to parse and is skipped, so its asset is
simply checked again on resume.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path


def journal_path(db: Path, run_id: int) -> Path:
    return db.with_name(f"{db.name}.run{run_id}.journal")


class RunJournal:
    """The append-only file of one run's handed-over results."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._fd: int | None = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def append(self, rows: str) -> None:
        """One asset's rows as one line; raises OSError (disk full) like any write."""
        data = rows.encode("utf-8") + b"\n"
        with self._lock:
            assert self._fd is not None, "journal closed"
            written = os.write(self._fd, data)
            while written < len(data):  # a short write (rare on a regular file)
                written += os.write(self._fd, data[written:])

    def close(self, remove: bool) -> None:
        """Close the file; `remove` once everything it holds is committed."""
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
        if remove:
            self.path.unlink(missing_ok=True)

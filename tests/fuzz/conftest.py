"""The fuzz run's closing note: how long it took and the peak memory it reached."""

from __future__ import annotations

import resource
import time

_STARTED = time.monotonic()


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest's hook
    """Printed, never asserted: `make fuzz` at 10,000 examples reports its own cost."""
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    terminalreporter.write_line(f"fuzz: {time.monotonic() - _STARTED:.0f} s, "
                                f"peak memory {peak_mb:.0f} MB")

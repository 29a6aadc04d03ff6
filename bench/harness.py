"""Run one benchmark path in a fresh Python process and read its peak memory honestly.

Each path is a function `measure(**args) -> dict` in a bench module. The parent runs
`python -m bench.harness MODULE JSON-ARGS` and waits with os.wait4, which gives that
child's own rusage: its ru_maxrss is the peak resident set of that path alone
(imports included), not the parent's or another child's.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


class ChildFailed(RuntimeError):
    """A benchmark child exited non-zero; its stderr says why."""


def run_child(target: str, **args: Any) -> dict[str, Any]:
    """Run bench.<module>.<func>(**args) ("module" or "module:func", default measure) in a
    new interpreter; add its peak RSS in MB."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.harness", target, json.dumps(args)],
            cwd=ROOT, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)  # reap it ourselves to get its own rusage
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise ChildFailed(f"bench.{target} exited {proc.returncode}:\n{stderr[-4000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024  # Linux reports kilobytes
    return result


def timed(fn: Callable[[], Any], repeats: int) -> tuple[float, list[float], Any]:
    """Median wall time of `repeats` calls, every sample, and the last call's value."""
    samples, value = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        value = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), samples, value


def machine() -> dict[str, Any]:
    """Cores, memory and versions: the figures mean nothing without them."""
    mem_kb = 0
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import duckdb
    import openpyxl
    return {"cores": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1), "cpu": cpu,
            "python": platform.python_version(), "duckdb": duckdb.__version__,
            "openpyxl": openpyxl.__version__, "os": f"{platform.system()} {platform.release()}",
            # openpyxl writes XML through lxml when it is installed: about 1.4x faster exports
            "xml": _xml_writer(openpyxl.LXML)}


def _xml_writer(lxml: bool) -> str:
    if not lxml:
        return "pure-Python XML writer"
    import lxml.etree

    return f"lxml {'.'.join(map(str, lxml.etree.LXML_VERSION[:3]))}"


def _child_main() -> None:
    target, args = sys.argv[1], json.loads(sys.argv[2])
    module, _, func = target.partition(":")
    result = getattr(importlib.import_module(f"bench.{module}"), func or "measure")(**args)
    sys.stdout.flush()
    print(json.dumps(result, default=str))


if __name__ == "__main__":
    _child_main()

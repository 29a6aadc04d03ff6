"""Issue 15's two live promises, measured on the profiles benchmark's 2,048 URLs at 200 ms.

- resume: a real `siaga audit --concurrency 50` process is killed with SIGKILL a few
  seconds in, then `siaga audit --engagement bench --resume` finishes it. The latency
  server counts each URL's requests: at most `--concurrency` may have been fetched twice,
  and the resumed run must end completed with every asset checked.
- pages: while a real `siaga audit` process writes, a child process plays the app
  (streamlit's AppTest over streamlit_app.py and the database file) and opens every page
  again and again, timing each load from the click to the page drawn. Every load must
  finish within 2 s (a benchmark, never a timed assert in a test).

Both report each process's own peak RSS (os.wait4).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.harness import ROOT, run_child
from bench.profiles import CONCURRENCY, write_inventory
from bench.server import LatencyServer

LATENCY_S = 0.2
KILL_AFTER_REQUESTS = 300  # "a few seconds" into the run proper (~1.5 s of fetching)
PAGES = ("home", "inventory", "questionnaire", "checks", "readiness", "findings", "campaigns",
         "export", "incident")
PAGE_TARGET_S = 2.0


def _audit_cmd(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "audit.cli", "audit", *args, "--db", str(db),
            "--allow-private", "--concurrency", str(CONCURRENCY), "--timeout", "10"]


def _spawn(argv: list[str], work: Path, name: str) -> subprocess.Popen:
    return subprocess.Popen(argv, cwd=work, stdout=open(work / f"{name}.out", "w"),
                            stderr=open(work / f"{name}.err", "w"),
                            env={**os.environ, "PYTHONPATH": str(ROOT), "SIAGA_LANG": "en"})


def _reap(proc: subprocess.Popen) -> tuple[int, float, float]:
    """Exit code, wall seconds since `proc.started`, peak RSS in MB."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.perf_counter() - proc.started, usage.ru_maxrss / 1024


def resume(work: Path) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    db = work / "resume.duckdb"
    db.unlink(missing_ok=True)
    inventory = work / "profiles.csv"
    with LatencyServer(LATENCY_S) as server:
        urls = write_inventory(inventory, server.port, unique_paths=True)
        first = _spawn(_audit_cmd(db, str(inventory), "--engagement", "bench"), work, "first")
        first.started = time.perf_counter()
        while server.requests < KILL_AFTER_REQUESTS and first.poll() is None:
            time.sleep(0.01)
        killed_after = time.perf_counter() - first.started
        os.kill(first.pid, signal.SIGKILL)
        _, _, first_mb = _reap(first)
        time.sleep(LATENCY_S * 2)  # requests already sent are still counted as they arrive
        before = dict(server.paths)
        second = _spawn(_audit_cmd(db, "--engagement", "bench", "--resume"), work, "second")
        second.started = time.perf_counter()
        code, wall, second_mb = _reap(second)
        if code != 0:
            raise RuntimeError(f"the resumed run exited {code}: "
                               f"{(work / 'second.err').read_text()[-3000:]}")
        after = dict(server.paths)
    twice = sum(n > 1 for n in after.values())
    fetched_first = len(before)
    from audit import services

    store = services.open_store(db, read_only=True)
    engagement = services.find_engagement(store, "bench")
    run = services.list_runs(store, engagement.id)[-1]
    checked = sum(bool(asset_id) for asset_id in store.stored_statuses(run.id))  # '' = org
    return {"urls": urls, "fetched_before_kill": fetched_first, "killed_after_s": killed_after,
            "fetched_twice": twice,
            "max_twice": CONCURRENCY, "status": run.status, "checked": checked,
            "resume_wall_s": wall, "first_peak_mb": first_mb, "resume_peak_mb": second_mb,
            "runs": len(services.list_runs(store, engagement.id))}


def pages(work: Path) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    db = work / "pages.duckdb"
    db.unlink(missing_ok=True)
    inventory = work / "profiles.csv"
    with LatencyServer(LATENCY_S) as server:
        write_inventory(inventory, server.port)
        run = _spawn(_audit_cmd(db, str(inventory), "--engagement", "bench"), work, "run")
        run.started = time.perf_counter()
        try:
            app = run_child("live:measure_pages", db=str(db), cli_pid=run.pid)
        finally:
            code, wall, run_mb = _reap(run)
    if code != 0:
        raise RuntimeError(f"the run exited {code}: {(work / 'run.err').read_text()[-3000:]}")
    return {**app, "run_wall_s": wall, "run_peak_mb": run_mb}


def measure_pages(db: str, cli_pid: int) -> dict[str, Any]:
    """In a child: open every page through AppTest while the CLI run `cli_pid` lives."""
    os.environ["SIAGA_DB"] = db
    from streamlit import config
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    from audit import services

    config.set_option("server.address", "127.0.0.1")
    original = PagesManager.__init__

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False  # as a server does (tests/app/conftest.py)

    PagesManager.__init__ = init  # type: ignore[method-assign]
    store = services.open_store(db)
    engagement = None
    while engagement is None and _alive(cli_pid):
        time.sleep(0.2)
        engagement = services.find_engagement(store, "bench")
    if engagement is None:
        raise RuntimeError("the run ended before its engagement was stored")
    loads: dict[str, list[float]] = {p: [] for p in PAGES}
    errors: list[str] = []
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.query_params.update({"engagement": str(engagement.id), "lang": "en"})
    at.run()
    while _alive(cli_pid):
        for page in PAGES:
            if not _alive(cli_pid):
                break
            loads[page].append(_load(at, page, errors))
    quiet: dict[str, list[float]] = {p: [] for p in PAGES}
    for _ in range(2):  # the same pages once the run has ended: what the page costs alone
        for page in PAGES:
            quiet[page].append(_load(at, page, errors))
    return {"loads": {p: v for p, v in loads.items() if v}, "quiet": quiet,
            "errors": errors[:5], "error_count": len(errors), "target_s": PAGE_TARGET_S}


def _load(at: Any, page: str, errors: list[str]) -> float:
    start = time.perf_counter()
    at.switch_page(f"pages/{page}.py").run()
    took = time.perf_counter() - start
    if at.exception:
        errors.append(f"{page}: {at.exception[0].value}"[:300])
    return took


def _alive(pid: int) -> bool:
    """The CLI child still runs (it is not reaped here, so a zombie counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False

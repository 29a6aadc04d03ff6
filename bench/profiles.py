"""Issue 15's benchmark: profile URLs over many hosts, the whole `siaga audit` process timed.

2,048 profile URLs (64 loopback hosts x 32 names) all point at the local latency
server. `siaga audit` runs them at --concurrency 50 as a real process, start to exit
(imports, import of the CSV, the run, the report); the server counts the requests it
received, and the latency bound is requests x latency / concurrency. When sherlock is
installed in its own environment (SIAGA_BENCH_SHERLOCK=path/to/bin/sherlock), it is
timed on exactly the same URLs: a site per host (`--json` with a data file of ours),
the same 32 names, its own 20 workers per name.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.harness import ROOT

HOSTS = 64
NAMES = 32
CONCURRENCY = 50
SHERLOCK_WORKERS = 20  # sherlock_project.sherlock: max_workers = 20 when >= 20 sites


def host(i: int) -> str:
    return f"127.0.0.{i + 1}"


def names() -> list[str]:
    return [f"benchco{j:02d}" for j in range(NAMES)]


def write_inventory(path: Path, port: int, unique_paths: bool = False) -> int:
    """The URLs as a Siaga inventory, hosts interleaved as sherlock visits them.

    `unique_paths` gives each URL its own path (/name/host/), so the server's count per
    path tells which were fetched twice (the resume benchmark)."""
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["asset_id", "platform", "name", "handle", "url", "owner"])
        for name in names():
            for i in range(HOSTS):
                out.writerow([f"p{rows:05d}", "other", f"Bench {name}", name,
                              f"http://{host(i)}:{port}/{name}/"
                              + (f"{i}/" if unique_paths else ""), "Dewi Lestari"])
                rows += 1
    return rows


def write_sherlock_sites(path: Path, port: int) -> None:
    """Sherlock's site data format: one site per host, a 200 meaning the name exists."""
    sites = {f"bench{i:02d}": {"errorType": "status_code", "url": f"http://{host(i)}:{port}/{{}}/",
                               "urlMain": f"http://{host(i)}:{port}/",
                               "username_claimed": "benchco00"} for i in range(HOSTS)}
    path.write_text(json.dumps(sites), encoding="utf-8")


def run_command(argv: list[str], cwd: Path, env: dict[str, str] | None = None,
                ) -> dict[str, Any]:
    """Run a whole process; its wall time from spawn to exit and its own peak RSS."""
    with open(cwd / "stdout.txt", "w") as out, open(cwd / "stderr.txt", "w") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err,
                                env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{argv[0]} exited {code}: "
                           f"{(cwd / 'stderr.txt').read_text()[-3000:]}")
    return {"wall_s": wall, "peak_mb": usage.ru_maxrss / 1024}


def siaga(port: int, work: Path) -> dict[str, Any]:
    inventory = work / "profiles.csv"
    urls = write_inventory(inventory, port)
    db = work / "bench.duckdb"
    db.unlink(missing_ok=True)
    res = run_command([sys.executable, "-m", "audit.cli", "audit", str(inventory),
                       "--engagement", "bench", "--db", str(db), "--allow-private",
                       "--concurrency", str(CONCURRENCY), "--timeout", "10"], cwd=work,
                      env={"PYTHONPATH": str(ROOT), "SIAGA_LANG": "en"})
    return {**res, "urls": urls}


def sherlock(executable: str, port: int, work: Path) -> dict[str, Any]:
    """Sherlock on the same URLs. Its start-up update check is sent to a closed loopback
    port through a proxy setting (only 127/8 bypasses it), so nothing leaves the machine."""
    sites = work / "sites.json"
    write_sherlock_sites(sites, port)
    dead = "http://127.0.0.1:9"
    res = run_command([executable, "--json", str(sites), "--ignore-exclusions", "--no-color",
                       "--print-found", "--timeout", "10", *names()], cwd=work,
                      env={"HTTP_PROXY": dead, "HTTPS_PROXY": dead, "http_proxy": dead,
                           "https_proxy": dead, "NO_PROXY": "127.0.0.0/8",
                           "no_proxy": "127.0.0.0/8"})
    found = (work / "stdout.txt").read_text(encoding="utf-8", errors="replace").count("[+]")
    return {**res, "urls": HOSTS * NAMES, "found": found}

"""Helpers for the fault tests: the siaga CLI as a real process, inventories, small disks."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIAGA = (sys.executable, "-m", "audit.cli")


def siaga_cmd(*args: str) -> list[str]:
    return [*SIAGA, *args]


def run_siaga(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(siaga_cmd(*args), cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "SIAGA_LANG": "en"}, **kwargs)


def write_inventory(path: Path, urls: Sequence[str], prefix: str = "w") -> Path:
    """A CSV inventory of websites, one per URL, with an owner so rows are complete."""
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["asset_id", "platform", "name", "url", "owner"])
        for i, url in enumerate(urls):
            out.writerow([f"{prefix}{i:04d}", "website", f"Site {i}", url, "Dewi Lestari"])
    return path


def mount_tmpfs(where: Path, size: str) -> bool:
    """A real small (or later read-only) filesystem; needs root, so callers fall back."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


@contextmanager
def tmpfs(where: Path, size: str) -> Iterator[bool]:
    mounted = mount_tmpfs(where, size)
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


def clear_failure(done: subprocess.CompletedProcess) -> str:
    """A failed command must say what went wrong as a sentence, not a Python traceback."""
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    return done.stderr

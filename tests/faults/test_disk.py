"""A full disk or a read-only database path gives a clear error and loses nothing.

Root mounts a real tiny tmpfs (then remounts it read-only); without root the same
faults come from RLIMIT_FSIZE (a file-size limit: writes fail with EFBIG) and from
permission bits.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from audit import services
from audit.models import Asset
from tests.faults.helpers import clear_failure, run_siaga, tmpfs, write_inventory


def _seed(db: Path) -> int:
    """A database with one engagement of three assets: the data that must survive."""
    store = services.open_store(db)
    engagement = services.create_engagement(store, "Kept")
    store.upsert_assets(engagement.id, [
        Asset(asset_id=f"k{i}", platform="website", kind="website",
              url=f"https://kept{i}.contoh.co.id/", owner="Agus Wijaya") for i in range(3)])
    return engagement.id


@contextmanager
def read_only(disk: Path, db: Path, mounted: bool) -> Iterator[None]:
    """The disk remounted read-only (root), else the folder and file made read-only."""
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    else:
        db.chmod(0o444)
        disk.chmod(0o555)
    try:
        yield
    finally:
        if mounted:
            subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        else:
            disk.chmod(0o755)
            db.chmod(0o644)


def _assert_kept(db: Path, engagement_id: int) -> None:
    store = services.open_store(db)
    assert [a.asset_id for a in store.list_assets(engagement_id)] == ["k0", "k1", "k2"]


def _big_inventory(path: Path) -> Path:
    return write_inventory(path, [f"https://site{i}.contoh.co.id/{'x' * 150}"
                                  for i in range(2_000)])


@pytest.mark.timeout(180)
def test_disk_full_gives_clear_error_and_keeps_data(tmp_path):
    disk = tmp_path / "disk"
    inventory = _big_inventory(tmp_path / "big.csv")
    with tmpfs(disk, "3m") as mounted:
        db = disk / "siaga.duckdb"
        kept = _seed(db)
        limit = None
        if mounted:  # fill the small disk, leaving less than the import needs
            filler = disk / "filler"
            free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
            filler.write_bytes(b"\0" * max(0, free - 64 * 1024))
        else:
            limit = db.stat().st_size + 64 * 1024

        def small_files() -> None:
            if limit:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        done = run_siaga("import", str(inventory), "--engagement", "Big", "--db", str(db),
                         preexec_fn=small_files)
        message = clear_failure(done)
        assert "No space left on device" in message or "File too large" in message, message
        assert str(db) in message, message

        if mounted:
            filler.unlink()  # space is back: the same file must work again
        _assert_kept(db, kept)
        store = services.open_store(db)
        big = store.find_engagement("Big")
        assert big is None or store.list_assets(big.id) in ([], None) or \
            len(store.list_assets(big.id)) == 2_000, "a failed import left half its rows"


@pytest.mark.timeout(120)
def test_read_only_database_gives_clear_error_and_keeps_data(tmp_path):
    disk = tmp_path / "ro"
    inventory = write_inventory(tmp_path / "small.csv", ["https://baru.contoh.co.id/"])
    with tmpfs(disk, "8m") as mounted:
        db = disk / "siaga.duckdb"
        kept = _seed(db)
        with read_only(disk, db, mounted):
            done = run_siaga("import", str(inventory), "--engagement", "New", "--db", str(db))
            message = clear_failure(done)
            assert str(db) in message, message
            assert "read-only" in message.lower() or "permission denied" in message.lower(), \
                message
            done = run_siaga("import", str(inventory), "--engagement", "New", "--db",
                             str(disk / "sub" / "new.duckdb"))
            assert str(disk / "sub") in clear_failure(done)
        _assert_kept(db, kept)


@pytest.mark.timeout(240)
def test_a_read_only_database_still_reads_and_refuses_writes_clearly(tmp_path):
    """Issue #10: with the database on a read-only path, engagements, export and compare
    failed. Commands that only read open it read-only; a write says it is impossible."""
    disk = tmp_path / "ro"
    with tmpfs(disk, "16m") as mounted:
        db = disk / "siaga.duckdb"
        services.load_demo(services.open_store(db))
        demo = "Demo: PT Kopi Senja Nusantara"
        with read_only(disk, db, mounted):
            listed = run_siaga("engagements", "--db", str(db))
            assert listed.returncode == 0 and demo in listed.stdout, listed.stderr
            out = tmp_path / "demo.xlsx"
            exported = run_siaga("export", "--engagement", demo, "--out", str(out),
                                 "--db", str(db))
            assert exported.returncode == 0 and out.stat().st_size > 0, exported.stderr
            compared = run_siaga("compare", "--engagement", demo, "--db", str(db))
            assert compared.returncode == 0 and compared.stdout, compared.stderr
            written = run_siaga("demo", "--db", str(db))
            message = clear_failure(written)
            assert str(db) in message and "read-only" in message.lower(), message

"""Hostile inventory files through the real `siaga import`: bounded, and never a traceback.

Issue #10: a 1.7 KB workbook declaring A1:GR1048576 ran 106 s and reached 7.4 GB; seven
damaged files ended in a traceback; an unclosed CSV quote swallowed the rest of the file.
Memory is the child's own peak RSS as its kernel memory map counts it (VmHWM, read by the
child as it exits), never wall-clock time. Not wait4's ru_maxrss: Linux carries the parent's
high-water mark across fork and exec into it, so a child of a 350 MB pytest reads 350 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from audit import services
from tests.faults.helpers import ROOT
from tests.hostile import files

PEAK_RSS_LIMIT_MB = 300  # the bound for any input under the upload size limit


# Runs the real CLI and, as the process exits, writes its own VmHWM (peak RSS, kB) to argv[1].
_MEASURED = """
import atexit, re, sys
out = sys.argv.pop(1)
def peak():
    status = open("/proc/self/status").read()
    open(out, "w").write(re.search(r"VmHWM:\\s+(\\d+)", status).group(1))
atexit.register(peak)
from audit.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _import(tmp_path: Path, name: str, data: bytes) -> tuple[int, str, float]:
    """`siaga import` of `data` in a child process: exit code, stderr, its peak RSS in MB."""
    path = tmp_path / name
    path.write_bytes(data)
    peak = tmp_path / "peak.txt"
    done = subprocess.run([sys.executable, "-c", _MEASURED, str(peak), "import", str(path),
                           "--engagement", "PT Hostile", "--db", str(tmp_path / "s.duckdb")],
                          cwd=ROOT, capture_output=True, text=True, timeout=240,
                          env={**os.environ, "SIAGA_LANG": "en"})
    return done.returncode, done.stderr, int(peak.read_text()) / 1024


@pytest.mark.timeout(300)
def test_a_declared_million_rows_costs_only_the_rows_present(tmp_path):
    code, err, peak_mb = _import(tmp_path, "dimension.xlsx", files.declared_huge())
    assert "Traceback" not in err, err
    assert peak_mb < PEAK_RSS_LIMIT_MB, f"peak RSS {peak_mb:.0f} MB"
    # the cell on row 1,048,576 was really read (a row without a platform), and the two
    # good rows were imported
    assert code == 2 and "Row 1048576" in err, err
    store = services.open_store(tmp_path / "s.duckdb")
    assert [a.asset_id for a in store.list_assets(store.find_engagement("PT Hostile").id)] \
        == ["web", "ig"]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("damage", sorted(files.DAMAGED))
def test_a_damaged_sheet_is_refused_on_its_row(tmp_path, damage):
    row, sheet = files.DAMAGED[damage]
    code, err, _ = _import(tmp_path, "damaged.xlsx", files.workbook(sheet))
    assert code == 2 and "Traceback" not in err, err
    assert f"damaged.xlsx: Row {row} (sheet 'Inventory'): the workbook is damaged" in err, err


@pytest.mark.timeout(300)
def test_utf16_with_an_odd_byte_count_is_refused(tmp_path):
    code, err, _ = _import(tmp_path, "odd.csv", files.UTF16_ODD)
    assert code == 2 and "Traceback" not in err, err
    assert "odd.csv: odd.csv starts as UTF-16 text but breaks off at byte 7" in err, err


@pytest.mark.timeout(300)
def test_an_unclosed_quote_is_an_error_on_the_row_where_it_opens(tmp_path):
    code, err, _ = _import(tmp_path, "quote.csv", files.UNCLOSED_QUOTE)
    assert code == 2 and "Traceback" not in err, err
    assert "quote.csv: Row 3: a quote" in err, err
    store = services.open_store(tmp_path / "s.duckdb")
    assert store.list_assets(store.find_engagement("PT Hostile").id) == []

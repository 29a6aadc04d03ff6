"""Hostile inventory files through the real `siaga import`: bounded, and never a traceback.

Issue #10: a 1.7 KB workbook declaring A1:GR1048576 ran 106 s and reached 7.4 GB; seven
damaged files ended in a traceback; an unclosed CSV quote swallowed the rest of the file.
Memory is measured as the child's own peak RSS (wait4), never as wall-clock time.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from audit import services
from tests.faults.helpers import ROOT, siaga_cmd
from tests.hostile import files

PEAK_RSS_LIMIT_MB = 300  # the bound for any input under the upload size limit


def _import(tmp_path: Path, name: str, data: bytes) -> tuple[int, str, float]:
    """`siaga import` of `data` in a child process: exit code, stderr, its peak RSS in MB."""
    path = tmp_path / name
    path.write_bytes(data)
    with (tmp_path / "err.txt").open("w+b") as err:
        proc = subprocess.Popen(siaga_cmd("import", str(path), "--engagement", "PT Hostile",
                                          "--db", str(tmp_path / "s.duckdb")),
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err,
                                env={**os.environ, "SIAGA_LANG": "en"})
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return proc.returncode, err.read().decode(), usage.ru_maxrss / 1024


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

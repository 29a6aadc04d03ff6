"""Inventory import: read_inventory on a large xlsx (and saved into DuckDB), beside openpyxl
reading the same cells."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from bench.harness import timed


def measure(path: str, repeats: int = 3) -> dict[str, Any]:
    from audit.inventory import read_inventory

    data = Path(path).read_bytes()
    wall, samples, result = timed(lambda: read_inventory(data, Path(path).name), repeats)
    return {"wall_s": wall, "samples": samples, "rows": result.rows_read,
            "assets": len(result.assets), "errors": len(result.errors)}


def measure_saved(path: str, db: str, repeats: int = 3) -> dict[str, Any]:
    """What `siaga import` does: read, validate and save into a real DuckDB file (the
    second and later runs update the same 10,000 assets, as a re-import does)."""
    from audit import services

    data = Path(path).read_bytes()
    store = services.open_store(db)
    eid = services.create_engagement(store, "bench import").id
    wall, samples, result = timed(
        lambda: services.import_inventory(store, eid, data, Path(path).name), repeats)
    return {"wall_s": wall, "samples": samples, "assets": len(store.list_assets(eid)),
            "errors": len(result.errors)}


def measure_bare(path: str, repeats: int = 3) -> dict[str, Any]:
    """The floor: openpyxl read-only iterating every value of the same file."""
    from openpyxl import load_workbook

    data = Path(path).read_bytes()

    def read() -> int:
        wb = load_workbook(BytesIO(data), read_only=True, data_only=True)
        cells = sum(len(row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
        wb.close()
        return cells

    wall, samples, cells = timed(read, repeats)
    return {"wall_s": wall, "samples": samples, "cells": cells}

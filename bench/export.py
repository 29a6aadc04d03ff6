"""Workbook export of a large engagement, beside a bare openpyxl dump of the same cells."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.data import _engagement, evaluated_results, inventory_assets
from bench.harness import timed


def build_report(n: int):
    """A Report of `n` assets with every applicable check's result (no database needed)."""
    from audit.findings import build_findings
    from audit.models import Run
    from audit.report import Report
    from audit.scoring import score, score_to_dict

    assets = inventory_assets(n)
    results = evaluated_results(assets)
    scored = score(results, assets, {})
    now = datetime.now(UTC).replace(tzinfo=None)
    run = Run(id=1, engagement_id=1, started=now, finished=now, status="completed",
              score=score_to_dict(scored))
    return Report(engagement=_engagement(), run=run, assets=assets, answers={},
                  results=results, score=scored, findings=build_findings(results, assets),
                  history=[run])


def measure(n: int, out: str, repeats: int = 1) -> dict[str, Any]:
    from audit.export.workbook import write_workbook

    report = build_report(n)
    wall, samples, _ = timed(lambda: write_workbook(report, out, "en"), repeats)
    return {"wall_s": wall, "samples": samples, "assets": len(report.assets),
            "results": len(report.results), "bytes": Path(out).stat().st_size}


def measure_bare(src: str, out: str, write_only: bool, repeats: int = 1) -> dict[str, Any]:
    """Every value of our workbook's sheets written again by openpyxl with no styling."""
    from openpyxl import Workbook, load_workbook

    wb = load_workbook(src, read_only=True)
    sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)])
              for ws in wb.worksheets]
    wb.close()

    def dump() -> None:
        book = Workbook(write_only=write_only)
        if not write_only:
            book.remove(book.active)
        for title, rows in sheets:
            ws = book.create_sheet(title)
            for row in rows:
                ws.append(row)
        book.save(out)

    wall, samples, _ = timed(dump, repeats)
    return {"wall_s": wall, "samples": samples,
            "cells": sum(len(r) for _, rows in sheets for r in rows),
            "rows": {title: len(rows) for title, rows in sheets}}

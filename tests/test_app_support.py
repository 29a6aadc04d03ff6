"""The app's table rows (audit/app_support.py) over a real demo report: each row says what
rendering that one result or finding on its own says, though a table renders every shared
title, sentence and label once."""

from __future__ import annotations

import pytest

from audit import app_support, services
from audit.findings import render_finding
from audit.i18n import t
from audit.scoring import default_specs


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    store = services.open_store(tmp_path_factory.mktemp("rows") / "s.duckdb")
    return services.build_report(store, services.load_demo(store).id)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_result_rows_say_what_each_result_says_alone(report, lang):
    specs = default_specs()
    kinds = {a.asset_id: a.kind for a in report.assets}
    rows = app_support.result_rows(report, lang)
    assert len(rows) == len(report.results)
    for row, r in zip(rows, report.results, strict=True):
        spec = specs[r.check_id]
        assert row["asset"] == app_support.asset_label(r.asset_id, report.assets, lang)
        assert row["check"] == spec.title_for(lang, kinds.get(r.asset_id, ""),
                                              str(r.values.get("where") or ""))
        assert row["detail"] == spec.render(r.reason, r.values, lang)
        assert row["status_label"] == t(f"status.{r.status}", lang)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_finding_rows_say_what_each_finding_says_alone(report, lang):
    specs = default_specs()
    rows = app_support.finding_rows(report, lang)
    findings = [f for f in report.findings if f.check_id in specs]
    assert len(rows) == len(findings) > 0
    for row, f in zip(rows, findings, strict=True):
        assert row.items() >= render_finding(f, specs[f.check_id], lang).items()
        assert row["asset"] == app_support.asset_label(f.asset_id, report.assets, lang)


def test_asset_labels_are_asset_label(report):
    labels = app_support.asset_labels(report.assets, "id")
    for asset_id in ["", "unknown-id", *(a.asset_id for a in report.assets)]:
        assert labels[asset_id] == app_support.asset_label(asset_id, report.assets, "id")

"""Readiness figures are pure functions over a Score: checked without Streamlit."""

from __future__ import annotations

from datetime import datetime

from audit import charts
from audit.i18n import t
from audit.models import Asset, Result, Run
from audit.report import DimensionScore, Score


def make_score(overall: float | None = 55.0, band: str | None = "developing") -> Score:
    dims = {d: DimensionScore(d, s, 1.0, 1.0, s, s) for d, s in
            (("governance", 40.0), ("access", 80.0), ("technical", None))}
    return Score(overall=overall, band=band, coverage=0.8, min_score=50, max_score=60,
                 provisional=False, dimensions=dims, cap=None, verified_share=0.5,
                 self_reported_share=0.5,
                 asset_dimensions={"web": {"governance": 40.0, "technical": 90.0}})


def test_gauge_shows_value_and_band_in_the_language():
    fig = charts.gauge(make_score(), "id")
    indicator = fig.data[0]
    assert indicator.value == 55.0
    assert indicator.title.text == t("band.developing", "id")
    assert indicator.title.font.color == charts.BAND_COLORS["developing"]


def test_gauge_without_a_score_says_not_enough_data():
    fig = charts.gauge(make_score(None, None), "en")
    assert fig.data[0].title.text == t("app.readiness.no_score", "en")


def test_radar_closes_the_shape_and_leaves_out_unscored_dimensions():
    trace = charts.radar(make_score(), "en").data[0]
    assert list(trace.theta) == [t("dimension.governance", "en"), t("dimension.access", "en"),
                                 t("dimension.governance", "en")]
    assert list(trace.r) == [40.0, 80.0, 40.0]


def test_heatmap_rows_are_assets_and_blank_where_nothing_applies():
    assets = [Asset("web", "website", name="Main site", kind="website"),
              Asset("ig", "instagram", kind="social")]
    trace = charts.heatmap(make_score(), assets, "en").data[0]
    assert list(trace.y) == ["Main site"]  # ig has no scored dimension
    assert list(trace.x) == [t("dimension.governance", "en"), t("dimension.technical", "en")]
    assert list(trace.z[0]) == [40.0, 90.0]


def test_status_by_kind_stacks_counts_per_kind_with_the_organisation_last():
    assets = [Asset("web", "website", kind="website")]
    results = [Result("web", "web.hsts", "pass", ""), Result("web", "web.meta", "fail", ""),
               Result("", "crisis.playbook", "fail", "")]
    fig = charts.status_by_kind(results, assets, "en")
    bars = {bar.name: list(bar.y) for bar in fig.data}
    assert bars == {t("status.pass", "en"): [1, 0], t("status.fail", "en"): [1, 1]}
    assert list(fig.data[0].x) == [t("kind.website", "en"), t("org.asset", "en")]
    assert fig.layout.barmode == "stack"


def test_trend_plots_overall_and_coverage_per_run():
    runs = [Run(i, 1, datetime(2025, 1, i), None, "completed",
                score={"overall": 40.0 + i, "coverage": 0.5}) for i in (1, 2)]
    runs.append(Run(3, 1, datetime(2025, 1, 3), None, "interrupted", score={"overall": None}))
    score, coverage = charts.trend(runs, "en").data
    assert list(score.y) == [41.0, 42.0]
    assert list(coverage.y) == [50.0, 50.0]

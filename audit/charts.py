"""Plotly figures for the Readiness page: pure functions over a Score or a Report.

Kept out of the pages so each figure is tested without Streamlit, and every label
comes from `audit.i18n` in the page's language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

import plotly.graph_objects as go

from audit.i18n import day_name, month_name, t
from audit.models import STATUSES, Asset, Result, Run
from audit.report import Score
from audit.watch.calendar import CalendarEvent

# Band ranges as in SPEC section 5; colours run red -> green and read on white.
BANDS = (("vulnerable", 0, 40, "#c0392b"), ("developing", 40, 60, "#e67e22"),
         ("prepared", 60, 80, "#f1c40f"), ("resilient", 80, 100, "#27ae60"))
BAND_COLORS = {name: color for name, _, _, color in BANDS}
STATUS_COLORS = {"pass": "#27ae60", "warn": "#f1c40f", "fail": "#c0392b",
                 "unknown": "#95a5a6", "error": "#8e44ad", "not_applicable": "#d5d8dc"}
SCORE_SCALE = [[0.0, "#c0392b"], [0.4, "#e67e22"], [0.6, "#f1c40f"], [1.0, "#27ae60"]]
DIMENSION_ORDER = ("governance", "access", "technical", "presence", "crisis")
ORGANIZATION = "organization"  # the kind shown for questionnaire results

_LAYOUT = {"margin": {"l": 40, "r": 40, "t": 40, "b": 40}, "height": 360}


def _layout(lang: str, **extra: object) -> dict[str, object]:
    """The common layout; decimals and thousands as the language writes them (53,9)."""
    return {**_LAYOUT, "separators": ",." if lang == "id" else ".,", **extra}


def _date_axis(days: Sequence[date], lang: str) -> dict[str, object]:
    """Ticks on the first of each month the dates span, named in `lang` ("Des 2026"):
    plotly's own date ticks are English only."""
    if not days:
        return {}
    first, last = min(days), max(days)
    ticks, month = [], date(first.year, first.month, 1)
    while month <= last:
        ticks.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    if len(ticks) > 12:  # a long span: every few months, still named
        ticks = ticks[::-(-len(ticks) // 12)]
    return {"tickvals": ticks, "ticktext": [month_name(d, lang) for d in ticks]}


def band_color(band: str | None) -> str:
    return BAND_COLORS.get(band or "", "#95a5a6")


def gauge(score: Score, lang: str) -> go.Figure:
    """The overall score on a 0-100 dial coloured by band, with the band's name."""
    band = t(f"band.{score.band}", lang) if score.band else t("app.readiness.no_score", lang)
    fig = go.Figure(go.Indicator(
        mode="gauge+number", value=score.overall if score.overall is not None else 0,
        number={"suffix": " / 100", "valueformat": ".1f"},
        title={"text": band, "font": {"color": band_color(score.band), "size": 22}},
        gauge={"axis": {"range": [0, 100]}, "bar": {"color": "#2c3e50", "thickness": 0.3},
               "steps": [{"range": [lo, hi], "color": color} for _, lo, hi, color in BANDS]},
    ))
    fig.update_layout(**_layout(lang))
    return fig


def _dimensions(score: Score) -> list[str]:
    return [d for d in DIMENSION_ORDER if d in score.dimensions] + \
        [d for d in score.dimensions if d not in DIMENSION_ORDER]


def radar(score: Score, lang: str) -> go.Figure:
    """Each scored dimension on its own spoke; a dimension with nothing scored is left out
    rather than drawn as a misleading 0."""
    dims = [d for d in _dimensions(score) if score.dimensions[d].score is not None]
    labels = [t(f"dimension.{d}", lang) for d in dims]
    values = [score.dimensions[d].score for d in dims]
    fig = go.Figure(go.Scatterpolar(r=[*values, values[0]] if values else [],
                                    theta=[*labels, labels[0]] if labels else [],
                                    fill="toself", line={"color": band_color(score.band)},
                                    name=t("app.chart.score", lang)))
    fig.update_layout(polar={"radialaxis": {"range": [0, 100]}}, showlegend=False,
                      **_layout(lang))
    return fig


def heatmap(score: Score, assets: Sequence[Asset], lang: str) -> go.Figure:
    """Assets (rows) by dimension (columns), coloured by score; blank where nothing applies.

    Only dimensions some asset has are columns (crisis preparedness is organisation-wide).
    """
    scored = [a for a in assets if score.asset_dimensions.get(a.asset_id)]
    present = {d for a in scored for d in score.asset_dimensions[a.asset_id]}
    dims = [d for d in _dimensions(score) if d in present]
    z = [[score.asset_dimensions[a.asset_id].get(d) for d in dims] for a in scored]
    fig = go.Figure(go.Heatmap(
        z=z, x=[t(f"dimension.{d}", lang) for d in dims],
        y=[a.name or a.asset_id for a in scored], zmin=0, zmax=100, colorscale=SCORE_SCALE,
        hoverongaps=False, texttemplate="%{z:.0f}",
        colorbar={"title": {"text": t("app.chart.score", lang)}}))
    fig.update_layout(**_layout(lang, height=max(360, 28 * len(scored) + 120)))
    fig.update_yaxes(autorange="reversed")
    return fig


def status_by_kind(results: Sequence[Result], assets: Sequence[Asset],
                   lang: str) -> go.Figure:
    """How many checks passed, warned, failed or stayed undecided, per kind of asset."""
    kinds = {a.asset_id: a.kind for a in assets}
    counts = Counter((kinds.get(r.asset_id, ORGANIZATION) if r.asset_id else ORGANIZATION,
                      r.status) for r in results)
    kind_ids = sorted({k for k, _ in counts}, key=lambda k: (k == ORGANIZATION, k))
    x = [t("org.asset", lang) if k == ORGANIZATION else t(f"kind.{k}", lang) for k in kind_ids]
    fig = go.Figure([
        go.Bar(name=t(f"status.{s}", lang), x=x, y=[counts[(k, s)] for k in kind_ids],
               marker_color=STATUS_COLORS[s])
        for s in STATUSES if any(counts[(k, s)] for k in kind_ids)
    ])
    fig.update_layout(barmode="stack", yaxis_title=t("app.chart.checks", lang),
                      **_layout(lang))
    return fig


def trend(history: Sequence[Run], lang: str) -> go.Figure:
    """The overall score and coverage of every finished run, oldest first."""
    runs = [r for r in history if r.score and r.score.get("overall") is not None]
    when = [r.started for r in runs]
    fig = go.Figure([
        go.Scatter(x=when, y=[r.score["overall"] for r in runs], mode="lines+markers",
                   name=t("app.chart.score", lang), line={"color": "#2c3e50"}),
        go.Scatter(x=when, y=[round(100 * (r.score.get("coverage") or 0), 1) for r in runs],
                   mode="lines+markers", name=t("app.chart.coverage", lang),
                   line={"color": "#95a5a6", "dash": "dot"}),
    ])
    for _, lo, hi, color in BANDS:
        fig.add_hrect(y0=lo, y1=hi, fillcolor=color, opacity=0.08, line_width=0)
    fig.update_layout(yaxis={"range": [0, 100]}, **_layout(lang))
    if when:  # each run's day, its month named in the page's language
        fig.update_xaxes(tickvals=when, ticktext=[day_name(w, lang) for w in when])
    return fig


KIND_COLORS = {"certificate": "#2980b9", "domain": "#8e44ad", "campaign": "#16a085"}


def expiry_timeline(events: Sequence[CalendarEvent], lang: str) -> go.Figure:
    """Every expiry (and campaign launch) on one date axis, a row per kind."""
    fig = go.Figure()
    for kind, color in KIND_COLORS.items():
        shown = [e for e in events if e.kind == kind]
        if not shown:
            continue
        fig.add_trace(go.Scatter(
            x=[e.day for e in shown], y=[t(f"watch.kind.{kind}", lang)] * len(shown),
            mode="markers", name=t(f"watch.kind.{kind}", lang),
            marker={"size": 14, "color": color}, text=[e.title(lang) for e in shown],
            hovertemplate="%{x|%Y-%m-%d}: %{text}<extra></extra>"))
    fig.update_layout(**_layout(lang, height=240), showlegend=False)
    fig.update_xaxes(**_date_axis([e.day for e in events], lang))
    return fig

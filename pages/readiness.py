"""Readiness: the score with its honesty notes (coverage, range, cap) and five charts."""

from __future__ import annotations

import streamlit as st

from audit import app_support, charts, services
from audit.scoring import provisional_notes
from audit.textformat import share_text
from pages import _ui as ui
from pages import _watch as watch

# Band -> badge colour, matching the gauge's red-to-green bands.
BADGE = {"vulnerable": "red", "developing": "orange", "prepared": "yellow",
         "resilient": "green"}

store = ui.store()
current = ui.require_engagement()
lang = ui.lang()

st.title(ui.tr("app.readiness.title"))
report = services.build_report(store, current.id)
score = report.score
if report.run is None:
    st.info(ui.tr("app.readiness.empty"))
    st.page_link("pages/checks.py", label=ui.tr("app.nav.checks"), icon=":material/radar:")
    st.stop()

st.caption(ui.tr("app.readiness.run", id=report.run.number,
                 started=f"{report.run.started:%Y-%m-%d %H:%M}"))
overall, coverage, spread, verified = st.columns(4)
if score.overall is None:
    overall.metric(ui.tr("app.readiness.overall"), "—")
    st.warning(ui.tr("app.readiness.no_score_help"))
else:
    overall.metric(ui.tr("app.readiness.overall"), f"{ui.num(score.overall)} / 100")
    overall.badge(ui.tr(f"band.{score.band}"), color=BADGE[score.band])
    spread.metric(ui.tr("app.readiness.range"), f"{score.min_score:.0f}–{score.max_score:.0f}",
                  help=ui.tr("app.readiness.range_help"))
coverage.metric(ui.tr("app.readiness.coverage"), f"{score.coverage:.0%}",
                help=ui.tr("app.readiness.coverage_help"))
verified.metric(ui.tr("app.readiness.verified"), share_text(score.verified_share, lang),
                help=ui.tr("app.readiness.verified_help"))
for note in provisional_notes(score, lang):
    st.warning(note)
if score.cap:
    cap_text = ui.tr("app.readiness.cap" if score.cap.binding else "app.readiness.cap_standing",
                     band=ui.tr(f"band.{score.cap.band}"),
                     check=app_support.check_title(score.cap.check_id, lang),
                     asset=app_support.asset_label(score.cap.asset_id, report.assets, lang),
                     count=score.cap.count)
    (st.error if score.cap.binding else st.warning)(cap_text)
st.caption(ui.tr("app.readiness.evidence", attested=f"{score.attested_share:.0%}",
                 verified=share_text(score.verified_share, lang),
                 self_reported=share_text(score.self_reported_share, lang)))

left, right = st.columns(2)
with left:
    st.subheader(ui.tr("app.readiness.gauge"))
    st.caption(ui.tr("app.readiness.gauge_help"))
    st.plotly_chart(charts.gauge(score, lang), key="chart_gauge")
with right:
    st.subheader(ui.tr("app.readiness.radar"))
    st.caption(ui.tr("app.readiness.radar_help"))
    st.plotly_chart(charts.radar(score, lang), key="chart_radar")

st.subheader(ui.tr("app.readiness.heatmap"))
st.caption(ui.tr("app.readiness.heatmap_help"))
st.plotly_chart(charts.heatmap(score, report.assets, lang), key="chart_heatmap")

st.subheader(ui.tr("app.readiness.status"))
st.caption(ui.tr("app.readiness.status_help"))
st.plotly_chart(charts.status_by_kind(report.results, report.assets, lang), key="chart_status")

st.subheader(ui.tr("app.readiness.trend"))
if len(report.history) >= 2:
    st.caption(ui.tr("app.readiness.trend_help", runs=len(report.history)))
    st.plotly_chart(charts.trend(report.history, lang), key="chart_trend")
else:
    st.caption(ui.tr("app.readiness.trend_empty"))

if report.changes is not None:
    old, change = report.previous_run, report.changes
    st.subheader(ui.tr("app.compare.title", id=old.number, started=f"{old.started:%Y-%m-%d}"))
    moved, fixed, new, still = st.columns(4)
    moved.metric(ui.tr("app.readiness.overall"),
                 "—" if score.overall is None else ui.num(score.overall),
                 delta=None if change.overall is None else ui.num(change.overall, sign=True))
    fixed.metric(ui.tr("app.compare.fixed_count"), len(change.fixed))
    new.metric(ui.tr("app.compare.new_count"), len(change.new))
    still.metric(ui.tr("app.compare.open_count"), len(change.still_open),
                 help=ui.tr("app.compare.unchecked_help", count=len(change.unchecked)))
    rows = app_support.comparison_rows(change, report.assets, lang)
    if rows:
        st.dataframe(rows, hide_index=True, key="compare_table")

watch.timeline_section(store, current, report)

"""Checks: run the audit in the background with live progress, then browse the results."""

from __future__ import annotations

import streamlit as st

from audit import app_support, services
from audit.i18n import t
from pages import _progress as progress
from pages import _ui as ui

DEFAULTS = services.ProbeSettings()  # the CLI's defaults, so both start the same
WATCHING = progress.WATCHING

store = ui.store()
current = ui.require_engagement()
lang = ui.lang()

st.title(ui.tr("app.checks.title"))
st.write(ui.tr("app.checks.intro"))
report = services.build_report(store, current.id)  # one connection for the page's reads
assets = report.assets
if not assets:
    st.info(ui.tr("app.checks.no_assets"))
    st.page_link("pages/inventory.py", label=ui.tr("app.nav.inventory"),
                 icon=":material/inventory_2:")


def _running() -> bool:
    live = services.active_run(current.id)
    return live is not None and live.status == "running"


with st.expander(ui.tr("app.checks.settings"), expanded=report.run is None):
    left, middle, right = st.columns(3)
    timeout = left.number_input(ui.tr("app.checks.timeout"), min_value=1.0, max_value=120.0,
                                value=DEFAULTS.timeout_s, step=1.0, key="checks_timeout",
                                help=ui.tr("app.checks.timeout_help"))
    concurrency = middle.number_input(ui.tr("app.checks.concurrency"), min_value=1,
                                      max_value=64, value=services.DEFAULT_CONCURRENCY,
                                      step=1, key="checks_concurrency",
                                      help=ui.tr("app.checks.concurrency_help"))
    per_host = right.number_input(ui.tr("app.checks.per_host"), min_value=1, max_value=16,
                                  value=services.DEFAULT_PER_HOST, step=1,
                                  key="checks_per_host", help=ui.tr("app.checks.per_host_help"))
    allow_private = st.checkbox(ui.tr("app.checks.allow_private"), key="checks_private",
                                help=ui.tr("app.checks.allow_private_help"))
    allow_hosts = st.text_input(ui.tr("app.checks.allow_hosts"), key="checks_hosts",
                                help=ui.tr("app.checks.allow_hosts_help"))
    ca_bundle = st.text_input(ui.tr("app.checks.ca_bundle"), key="checks_ca",
                              value=app_support.default_ca_bundle(),
                              help=ui.tr("app.checks.ca_bundle_help"))

with st.expander(ui.tr("canary.page.title")):
    st.caption(ui.tr("canary.page.intro"))
    if st.button(ui.tr("canary.page.run"), icon=":material/troubleshoot:", key="checks_canary"):
        with st.spinner(ui.tr("canary.page.run")):
            canary_rows = services.run_canary(services.ProbeSettings(
                timeout_s=float(timeout), ca_bundle=ca_bundle.strip() or None), lang=lang)
        verdicts = {True: "canary.page.holds", False: "canary.page.broken",
                    None: "canary.page.unverified"}
        st.dataframe(
            [{ui.tr("canary.page.col.platform"): r.label,
              ui.tr("canary.page.col.account"): f"@{r.handle}",
              ui.tr("canary.page.col.rule"): ui.tr(verdicts[r.holds]),
              ui.tr("canary.page.col.detail"): r.detail} for r in canary_rows],
            hide_index=True, width="stretch")

resumable = services.resumable_run(store, current.id)
run_column, resume_column = st.columns(2)
start = run_column.button(ui.tr("app.checks.run"), type="primary", icon=":material/play_arrow:",
                          disabled=_running() or not assets, key="checks_run")
resume = resumable is not None and resume_column.button(
    ui.tr("app.checks.resume", id=resumable.id), icon=":material/replay:",
    disabled=_running() or not assets, key="checks_resume",
    help=ui.tr("app.checks.resume_help"))
if start or resume:
    settings = services.ProbeSettings(timeout_s=float(timeout), allow_private=allow_private,
                                      allowed_hosts=services.allowed_hosts(allow_hosts),
                                      ca_bundle=ca_bundle.strip() or None)
    try:
        state = services.start_audit(store, current.id, settings, int(concurrency),
                                     int(per_host), resume=bool(resume))
    except services.StoreError as exc:
        ui.show_error(exc)
    else:
        st.session_state[WATCHING] = state.run_id
        st.rerun()  # redraw with the Run button disabled while the run is live


progress.progress(current.id)

# -- results of the latest run -----------------------------------------------------------
if report.run is None:
    st.caption(ui.tr("app.checks.no_runs"))
    st.stop()
run = report.run
st.subheader(ui.tr("app.checks.results"))
st.caption(ui.tr(f"app.checks.run_status.{run.status}", id=run.number,
                 started=f"{run.started:%Y-%m-%d %H:%M}", count=len(report.results)))
if (live := services.active_run(current.id)) and live.error:
    st.error(ui.tr("app.checks.run_error", error=ui.md(live.error_text(lang))))
rows = app_support.result_rows(report, lang)
query = ui.search_box(st, "f_search")
by_status, by_kind, by_check, by_owner, by_severity = st.columns(5)
statuses = ui.filter_select(by_status, "app.checks.filter.status",
                           sorted({r["status"] for r in rows}), "f_status",
                           ui.words("status"))
kinds = ui.filter_select(
    by_kind, "app.checks.filter.kind", sorted({r["kind"] for r in rows}), "f_kind",
    ui.kind_words())
titles = {r["check_id"]: r["check"] for r in rows}
checks = ui.filter_select(by_check, "app.checks.filter.check", sorted(titles, key=titles.get),
                          "f_check", titles.get)
nobody = ui.tr("app.findings.no_owner")
owners = ui.filter_select(by_owner, "app.findings.filter.owner",
                          sorted({r["owner"] or nobody for r in rows}), "f_owner")
severities = ui.filter_select(
    by_severity, "app.findings.filter.severity",
    [s for s in app_support.SEVERITIES if any(r["severity"] == s for r in rows)], "f_severity",
    ui.words("severity"))
shown = [r for r in rows if (not statuses or r["status"] in statuses)
         and (not kinds or r["kind"] in kinds) and (not checks or r["check_id"] in checks)
         and (not owners or (r["owner"] or nobody) in owners)
         and (not severities or r["severity"] in severities)
         and app_support.matches(r, query, ("asset", "check", "detail", "owner"))]
st.caption(ui.tr("app.checks.shown", shown=len(shown), total=len(rows)))
# headers and severity words once, not once per row (each ui.tr reads the session state)
asset_col, owner_col, check_col, severity_col, status_col, detail_col = (
    ui.tr(f"app.col.{c}") for c in ("asset", "owner", "check", "severity", "status", "detail"))
severity_words = {s: t(f"severity.{s}", lang) if s else "" for s in {r["severity"] for r in shown}}
st.dataframe(
    [{asset_col: r["asset"], owner_col: r["owner"], check_col: r["check"],
      severity_col: severity_words[r["severity"]], status_col: r["status_label"],
      detail_col: r["detail"]} for r in shown],
    hide_index=True, width="stretch", height=ui.table_height(len(shown)))

"""Findings: the prioritised action plan, filtered, with accepted/fixed marks and notes."""

from __future__ import annotations

import streamlit as st

from audit import app_support, services
from audit.i18n import t
from audit.models import FINDING_STATES
from pages import _ui as ui
from pages import _watch as watch

store = ui.store()
current = ui.require_engagement()
lang = ui.lang()

st.title(ui.tr("app.findings.title"))
st.write(ui.tr("app.findings.intro"))
report = services.build_report(store, current.id)
if report.run is None:
    st.info(ui.tr("app.findings.no_run"))
    st.page_link("pages/checks.py", label=ui.tr("app.nav.checks"), icon=":material/radar:")
    st.stop()
rows = app_support.finding_rows(report, lang)
if not rows:
    st.success(ui.tr("app.findings.none"))
    st.stop()

query = ui.search_box(st, "ff_search")
owner_col, severity_col, kind_col, dimension_col, state_col = st.columns(5)
nobody = ui.tr("app.findings.no_owner")
owners = ui.filter_select(owner_col, "app.findings.filter.owner",
                         sorted({r["owner"] or nobody for r in rows}), "ff_owner")
severities = ui.filter_select(
    severity_col, "app.findings.filter.severity",
    [s for s in app_support.SEVERITIES if any(r["severity_id"] == s for r in rows)],
    "ff_severity", ui.words("severity"))
kinds = ui.filter_select(
    kind_col, "app.checks.filter.kind", sorted({r["kind"] for r in rows}), "ff_kind",
    ui.kind_words())
dimensions = ui.filter_select(dimension_col, "app.findings.filter.dimension",
                              sorted({r["dimension_id"] for r in rows}), "ff_dimension",
                              ui.words("dimension"))
states = ui.filter_select(state_col, "app.findings.filter.state", FINDING_STATES, "ff_state",
                          ui.words("finding_state"))
shown = [r for r in rows if (not owners or (r["owner"] or nobody) in owners)
         and (not severities or r["severity_id"] in severities)
         and (not dimensions or r["dimension_id"] in dimensions)
         and (not states or r["state_id"] in states)
         and (not kinds or r["kind"] in kinds)
         and app_support.matches(r, query, ("asset", "title", "seen", "owner", "note"))]
st.caption(ui.tr("app.findings.shown", shown=len(shown), total=len(rows)))
groups = app_support.group_rows(report, shown, lang)
# one line per check; each expands to its rows below
st.dataframe(
    [{ui.tr("app.col.rank"): rank, ui.tr("app.col.check"): g["title"],
      ui.tr("app.col.count"): len(g["rows"]), ui.tr("app.col.asset"): g["assets"],
      ui.tr("app.col.severity"): g["severity"], ui.tr("app.col.owner"): g["owners"],
      ui.tr("app.col.fix"): g["fix"]}
     for rank, g in enumerate(groups, start=1)],
    hide_index=True, width="stretch", key="ff_groups", height=ui.table_height(len(groups)))
# headers once, not once per row (each ui.tr reads the session state)
columns = {c: ui.tr(f"app.col.{c}") for c in ("asset", "owner", "status", "detail", "state",
                                                "assignee", "due", "note")}
for rank, group in enumerate(groups, start=1):
    # the label holds only our own text (check title, severity, a count), never user text
    with st.expander(ui.tr("app.findings.group", rank=rank, title=group["title"],
                           severity=group["severity"], count=len(group["rows"]))):
        st.dataframe(
            [{columns["asset"]: r["asset"], columns["owner"]: r["owner"] or nobody,
              columns["status"]: r["status"], columns["detail"]: r["seen"],
              columns["state"]: r["state"], columns["assignee"]: r["assignee"],
              columns["due"]: r["due"], columns["note"]: r["note"]}
             for r in group["rows"]], hide_index=True, width="stretch")
        st.text(ui.tr("app.findings.why") + " " + group["why"])

if shown:
    st.subheader(ui.tr("app.findings.update"))
    by_key = {f'{r["asset_id"]}|{r["check_id"]}': r for r in shown}
    picks = {k: f'{r["title"]} — {r["asset"]}' for k, r in by_key.items()}  # no page globals
    key = st.selectbox(ui.tr("app.findings.pick"), list(by_key), key="ff_pick",
                       format_func=picks.__getitem__)
    chosen = by_key[key]
    st.markdown(f'**{ui.tr("app.findings.why")}** {chosen["why"]}')
    st.markdown(f'**{ui.tr("app.findings.fix")}** {chosen["fix"]}')
    with st.form("finding_state"):
        state = st.radio(ui.tr("app.col.state"), FINDING_STATES, horizontal=True,
                         index=FINDING_STATES.index(chosen["state_id"]),
                         format_func=ui.words("finding_state"), key=f"fs_{key}")
        note = st.text_input(ui.tr("app.col.note"), value=chosen["note"], key=f"fn_{key}")
        who, when = st.columns(2)
        assignee = who.text_input(ui.tr("app.col.assignee"), value=chosen["assignee"],
                                  key=f"fa_{key}")
        due = when.date_input(ui.tr("app.col.due"), value=chosen["due_date"], key=f"fd_{key}")
        if st.form_submit_button(ui.tr("app.findings.save"), type="primary"):
            services.set_finding_state(store, current.id, chosen["asset_id"],
                                       chosen["check_id"], state, note.strip())
            services.set_finding_plan(store, current.id, chosen["asset_id"],
                                      chosen["check_id"], assignee, due)
            ui.notify(ui.tr("app.findings.saved", state=t(f"finding_state.{state}", lang)))
            st.rerun()

watch.lookalikes_section(store, current, report)
watch.impostors_section(store, current, report)

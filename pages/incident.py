"""Incident desk: open an incident, work the first-hour checklist, keep the log, close it with
the root cause and download the post-incident report. Thin over audit.services."""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from audit import services
from audit.i18n import t
from audit.incidents.checklist import step_text
from audit.incidents.model import LOG_KINDS, ROOT_CAUSES, TIERS
from pages import _ui as ui

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

store = ui.store()
current = ui.require_engagement()
lang = ui.lang()
st.title(ui.tr("incident.app.title"))
st.write(ui.tr("incident.app.intro"))
incidents = services.list_incidents(store, current.id)

with st.expander(ui.tr("incident.app.open"), expanded=not incidents), st.form("incident_open"):
    title = st.text_input(ui.tr("incident.field.title"), key="inc_title")
    tier = st.radio(ui.tr("incident.field.tier"), TIERS, horizontal=True, key="inc_tier",
                    format_func=lambda n: t(f"incident.tier.{n}", lang))
    st.caption(" · ".join(f"**{t(f'incident.tier.{n}', lang)}**: "
                          f"{t(f'incident.tier_help.{n}', lang)}" for n in TIERS))
    origin = st.text_input(ui.tr("incident.field.origin"), key="inc_origin",
                           placeholder="https://")
    campaign = st.text_input(ui.tr("incident.field.campaign"), key="inc_campaign")
    screenshot = st.file_uploader(ui.tr("incident.app.screenshot"), type=["png", "jpg", "jpeg"],
                                  key="inc_shot")
    drill = st.toggle(ui.tr("incident.drill"), key="inc_drill")
    if st.form_submit_button(ui.tr("incident.app.open"), type="primary"):
        try:
            opened = services.open_incident(
                store, current.id, title, tier, origin_url=origin, campaign=campaign,
                drill=drill, screenshot=screenshot.getvalue() if screenshot else None,
                lang=lang)
        except ValueError:
            st.error(ui.tr("incident.app.need_title"))
        else:
            st.session_state["inc_pick"] = opened.id
            st.toast(ui.tr("incident.app.opened", id=opened.id))
            st.rerun()

if not incidents:
    st.info(ui.tr("incident.app.none"))
    st.stop()

by_id = {i.id: i for i in incidents}
picked = st.selectbox(ui.tr("incident.app.pick"), list(by_id), key="inc_pick",
                      format_func=lambda i: f"#{i} {by_id[i].title} · "
                                            f"{t(f'incident.status.{by_id[i].status}', lang)}")
incident = by_id[picked]
now = datetime.now(UTC).replace(tzinfo=None)
elapsed = int(((incident.closed_at or now) - incident.opened_at).total_seconds() // 60)
closed = incident.status == "closed"
end = incident.closed_at or now
states = {s.step_id: s.state(incident.opened_at, end, closed) for s in incident.steps}
late = [s for s in incident.steps if states[s.step_id] == "late"]
done = sum(1 for s in incident.steps if s.done_at)
head = st.columns(3)
head[0].metric(ui.tr("incident.app.elapsed"),
               ui.tr("incident.app.elapsed_value", hours=elapsed // 60, minutes=elapsed % 60))
head[1].metric(ui.tr("incident.field.status"), t(f"incident.status.{incident.status}", lang))
head[2].metric(ui.tr("incident.field.tier"), t(f"incident.tier.{incident.tier}", lang))
st.progress(done / max(1, len(incident.steps)),
            text=ui.tr("incident.app.progress", done=done, total=len(incident.steps),
                       late=len(late)))

statement = services.holding_statement(store, current.id)
if not statement:
    st.warning(ui.tr("incident.app.statement_unapproved"))
with st.expander(ui.tr("incident.app.statement")), st.form("inc_statement"):
    text = st.text_area(ui.tr("incident.app.statement"), value=statement, key="inc_stmt_text")
    if st.form_submit_button(ui.tr("incident.app.save_statement")):
        services.set_holding_statement(store, current.id, text)
        st.rerun()

st.subheader(ui.tr("incident.app.checklist"))
MARKS = {"done": ":green[:material/check_circle:]", "late": ":red[:material/schedule:]",
         "open": ":material/radio_button_unchecked:", "missed": ":gray[:material/block:]"}
for step in incident.steps:
    state = states[step.step_id]
    row = st.columns([0.06, 0.74, 0.2])
    row[0].markdown(MARKS[state], help=t(f"incident.step_state.{state}", lang))
    row[1].text(step_text(step, lang))
    if step.kind == "statement":
        row[1].code(step.values.get("text", ""), language=None, wrap_lines=True)
    if step.done_at:
        row[1].caption(f"{t('incident.step_state.' + state, lang)} {step.done_at:%H:%M} "
                       f"{ui.md(step.done_by)}".strip())
    if not closed:
        label = ui.tr("incident.app.undo" if step.done_at else "incident.app.mark_done")
        if row[2].button(label, key=f"inc_step_{incident.id}_{step.step_id}"):
            services.mark_step(store, current.id, incident.id, step.step_id,
                               done=step.done_at is None)
            st.rerun()

st.subheader(ui.tr("incident.app.log"))
if incident.log:
    st.dataframe([{ui.tr("incident.col.time"): e.at, ui.tr("incident.col.what"):
                   t(f"incident.log.{e.kind}", lang), ui.tr("incident.app.log_text"): e.text,
                   ui.tr("incident.col.by"): e.by} for e in incident.log],
                 hide_index=True, width="stretch")
if incident.status != "closed":
    with st.form("inc_log", clear_on_submit=True):
        kind = st.selectbox(ui.tr("incident.col.what"), LOG_KINDS, key="inc_log_kind",
                            format_func=lambda k: t(f"incident.log.{k}", lang))
        entry = st.text_input(ui.tr("incident.app.log_text"), key="inc_log_text")
        by = st.text_input(ui.tr("incident.app.by"), key="inc_log_by")
        if st.form_submit_button(ui.tr("incident.app.log_add")) and entry.strip():
            services.log_incident(store, current.id, incident.id, entry, kind, by)
            st.rerun()
    if incident.status == "open" and st.button(ui.tr("incident.app.contain"), key="inc_contain"):
        services.contain_incident(store, current.id, incident.id)
        st.rerun()
    with st.form("inc_close"):
        causes = st.multiselect(ui.tr("incident.field.root_causes"), ROOT_CAUSES,
                                key="inc_causes", format_func=lambda c: t(f"incident.root.{c}",
                                                                          lang))
        note = st.text_area(ui.tr("incident.field.root_note"), key="inc_close_note")
        if st.form_submit_button(ui.tr("incident.app.close")):
            if not causes:
                st.error(ui.tr("incident.app.close_need_cause"))
            else:
                services.close_incident(store, current.id, incident.id, causes, note)
                st.rerun()

downloads = st.columns(2)
stem = f"siaga-incident-{current.id}-{incident.id}"
downloads[0].download_button(
    ui.tr("incident.app.report_xlsx"), key="inc_dl_xlsx", on_click="ignore", mime=XLSX,
    data=lambda: services.incident_report_bytes(store, current.id, incident.id, "xlsx", lang),
    file_name=f"{stem}.xlsx", icon=":material/download:")
downloads[1].download_button(
    ui.tr("incident.app.report_pdf"), key="inc_dl_pdf", on_click="ignore",
    mime="application/pdf",
    data=lambda: services.incident_report_bytes(store, current.id, incident.id, "pdf", lang),
    file_name=f"{stem}.pdf", icon=":material/picture_as_pdf:")

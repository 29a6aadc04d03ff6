"""The watch's page sections: lookalike marks and impostors (Findings), the expiry
timeline (Readiness) and the calendar download (Export). Thin over audit.services."""

from __future__ import annotations

from datetime import date

import streamlit as st

from audit import charts, services
from audit.i18n import t
from audit.models import IMPOSTOR_STATUSES, LOOKALIKE_MARKS, Engagement, Impostor
from audit.report import Report
from pages import _ui as ui


def lookalikes_section(store: services.Store, current: Engagement, report: Report) -> None:
    lang = ui.lang()
    st.subheader(ui.tr("watch.app.lookalikes"))
    st.caption(ui.tr("watch.app.lookalikes_help"))
    if not report.lookalikes:
        st.info(ui.tr("watch.sheet.lookalikes_empty"))
        return
    col = {c: ui.tr(f"watch.col.{c}") for c in (  # once, not once per row
        "domain", "imitates", "serves", "addresses", "mail_hosts", "mark", "note")}
    st.dataframe([{
        col["domain"]: row.domain, col["imitates"]: row.base,
        col["serves"]: ", ".join(t(f"watch.serves.{s}", lang) for s in row.serves)
        or t("watch.serves.nothing", lang),
        col["addresses"]: ", ".join(row.addresses),
        col["mail_hosts"]: ", ".join(row.mail_hosts),
        col["mark"]: t(f"watch.mark.{row.mark}", lang),
        col["note"]: row.note} for row in report.lookalikes],
        hide_index=True, width="stretch")
    by_domain = {row.domain: row for row in report.lookalikes}
    with st.form("lookalike_mark"):
        domain = st.selectbox(ui.tr("watch.col.domain"), list(by_domain), key="lk_domain")
        mark = st.radio(ui.tr("watch.col.mark"), LOOKALIKE_MARKS, horizontal=True,
                        format_func=ui.words("watch.mark"), key="lk_mark")
        note = st.text_input(ui.tr("watch.col.note"), key="lk_note")
        if st.form_submit_button(ui.tr("watch.app.save_mark")):
            services.set_lookalike_mark(store, current.id, domain, mark, note.strip())
            st.toast(ui.tr("watch.app.mark_saved", domain=ui.md(domain)))
            st.rerun()


def impostors_section(store: services.Store, current: Engagement, report: Report) -> None:
    lang = ui.lang()
    st.subheader(ui.tr("watch.app.impostors"))
    st.caption(ui.tr("watch.app.impostors_help"))
    live = [i for i in report.impostors if i.is_live]
    if live:
        st.warning(ui.tr("watch.app.live_impostors", count=len(live)))
    if report.impostors:
        col = {c: ui.tr(f"watch.col.{c}") for c in (  # once, not once per row
            "target", "platform", "first_seen", "reported_on", "status", "note")}
        st.dataframe([{
            col["target"]: i.target, col["platform"]: i.platform,
            col["first_seen"]: i.first_seen, col["reported_on"]: i.reported_on,
            col["status"]: t(f"watch.impostor.{i.status}", lang),
            col["note"]: i.note} for i in report.impostors],
            hide_index=True, width="stretch")
    with st.expander(ui.tr("watch.app.add_impostor")), st.form("impostor_add"):
        target = st.text_input(ui.tr("watch.col.target"), key="imp_target")
        platform = st.text_input(ui.tr("watch.col.platform"), key="imp_platform")
        first_seen = st.date_input(ui.tr("watch.col.first_seen"), value=None, key="imp_seen")
        reported = st.date_input(ui.tr("watch.col.reported_on"), value=None, key="imp_rep")
        status = st.selectbox(ui.tr("watch.col.status"), IMPOSTOR_STATUSES, key="imp_status",
                              format_func=ui.words("watch.impostor"))
        note = st.text_input(ui.tr("watch.col.note"), key="imp_note")
        if st.form_submit_button(ui.tr("watch.app.save_impostor")):
            try:
                services.save_impostor(store, current.id, Impostor(
                    target=target.strip(), platform=platform.strip(), first_seen=first_seen,
                    reported_on=reported, status=status, note=note.strip()))
            except ValueError as exc:
                ui.show_error(exc)
            else:
                st.toast(ui.tr("watch.app.impostor_saved"))
                st.rerun()


def timeline_section(store: services.Store, current: Engagement, report: Report) -> None:
    events = services.calendar_events(store, current.id, report)
    st.subheader(ui.tr("watch.app.timeline"))
    st.caption(ui.tr("watch.app.timeline_help"))
    if not events:
        st.info(ui.tr("watch.sheet.calendar_empty"))
        return
    st.plotly_chart(charts.expiry_timeline(events, ui.lang()), width="stretch",
                    key="expiry_timeline")


def calendar_download(store: services.Store, current: Engagement, lang: str) -> None:
    with st.container(border=True):
        st.subheader(ui.tr("watch.app.timeline"))
        st.caption(ui.tr("watch.app.timeline_help"))
        st.download_button(
            ui.tr("watch.app.download_calendar"), key="dl_calendar", on_click="ignore",
            data=lambda: services.calendar_bytes(store, current.id, lang),
            file_name=f"siaga-calendar-{current.id}-{date.today():%Y%m%d}.ics",
            mime="text/calendar", icon=":material/event:")

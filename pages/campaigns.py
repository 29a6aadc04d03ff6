"""Campaigns: the countdown, who has the brief, the tracker round trip and the brief packs."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from audit import services
from pages import _ui as ui

FLASH = "campaigns_flash"
IMPORTED = "campaigns_tracker_result"  # the last tracker import, shown after the rerun

store = ui.store()
current = ui.require_engagement()
lang = ui.lang()
today = date.today()

st.title(ui.tr("campaigns.app.title"))
st.caption(ui.tr("campaigns.app.intro"))
if flash := st.session_state.pop(FLASH, None):
    st.success(flash)


def _done(message: str) -> None:
    st.session_state[FLASH] = message
    st.rerun()


def _refused(exc: Exception) -> None:
    text = exc.message(lang) if isinstance(exc, services.CampaignError | services.StoreError) \
        else str(exc)
    st.error(ui.tr("app.error", error=ui.md(text)))


def _day(value: date | None) -> str:
    """A date as the tracker writes it; blank, not "None", when nothing is recorded yet."""
    return value.isoformat() if value else ""


def _state(state: str) -> str:
    return ui.tr(f"campaigns.state.{state}")


campaigns = services.list_campaigns(store, current.id)
with st.expander(ui.tr("campaigns.app.new"), expanded=not campaigns), st.form("campaign_new"):
    name = st.text_input(ui.tr("campaigns.col.campaign"), key="cn_name")
    launch_col, end_col, agency_col = st.columns(3)
    launch = launch_col.date_input(ui.tr("campaigns.col.launch"),
                                   value=today + timedelta(days=7), key="cn_launch")
    end = end_col.date_input(ui.tr("campaigns.col.end"), value=None, key="cn_end")
    agency = agency_col.text_input(ui.tr("campaigns.pack.agency"), key="cn_agency")
    st.caption(ui.tr("campaigns.app.new_help"))
    if st.form_submit_button(ui.tr("campaigns.app.create"), type="primary"):
        try:
            created = services.add_campaign(store, current.id, name, launch, end,
                                            agency=agency.strip())
            st.session_state["cp_pick"] = created.id
            _done(ui.tr("campaigns.app.created", name=ui.md(created.name)))
        except (services.CampaignError, services.StoreError) as exc:
            _refused(exc)

if not campaigns:
    st.info(ui.tr("campaigns.app.none"))
    st.stop()

views = {c.id: (c, services.campaign_channels(store, c)) for c in campaigns}
st.dataframe([{ui.tr("campaigns.col.campaign"): c.name,
               ui.tr("campaigns.col.launch"): _day(c.launch),
               ui.tr("campaigns.col.end"): _day(c.end),
               ui.tr("campaigns.col.phase"): services.campaign_phase(c, today, lang),
               **{_state(s): n for s, n in services.state_counts(rows).items()}}
              for c, rows in views.values()], hide_index=True, width="stretch",
             key="campaign_list")

if st.session_state.get("cp_pick") not in views:
    st.session_state["cp_pick"] = next(iter(views))
names = {cid: c.name for cid, (c, _) in views.items()}  # a lambda would hold page globals
picked = st.selectbox(ui.tr("campaigns.app.pick"), list(views), key="cp_pick",
                      format_func=names.__getitem__)
campaign, rows = views[picked]
st.subheader(campaign.name)
st.write(ui.md(services.campaign_phase(campaign, today, lang)))
matrix, edit, brief, tracker, pack = st.tabs(
    [ui.tr(f"campaigns.app.tab.{k}") for k in ("matrix", "edit", "brief", "tracker", "pack")])

with matrix:
    counts = services.state_counts(rows)
    metrics = st.columns(len(counts))
    for column, (state, count) in zip(metrics, counts.items(), strict=True):
        column.metric(_state(state), count)
    col = {c: ui.tr(f"campaigns.col.{c}") for c in (  # once, not once per channel
        "channel", "asset_id", "holder", "contact", "state", "briefed_on", "acknowledged_on",
        "note")}
    st.dataframe([{col["channel"]: r.label_in(lang), col["asset_id"]: r.asset_id,
                   col["holder"]: r.holder, col["contact"]: r.phone,
                   col["state"]: _state(r.state),
                   col["briefed_on"]: _day(r.briefing.briefed_on),
                   col["acknowledged_on"]: _day(r.briefing.acknowledged_on),
                   col["note"]: r.briefing.note} for r in rows],
                 hide_index=True, width="stretch", key="campaign_matrix")

with edit, st.form(f"campaign_edit_{campaign.id}"):
    messages = st.text_area(ui.tr("campaigns.pack.messages"),
                            "\n".join(campaign.key_messages),
                            help=ui.tr("campaigns.app.messages_help"), key="ce_messages")
    escalation = st.text_input(ui.tr("campaigns.pack.escalate"), campaign.escalation,
                               key="ce_escalation")
    question, answer = ui.tr("campaigns.app.question"), ui.tr("campaigns.app.answer")
    faq = st.data_editor([{question: f.question, answer: f.answer} for f in campaign.faq]
                         or [{question: "", answer: ""}], num_rows="dynamic",
                         width="stretch", key=f"ce_faq_{campaign.id}")
    if st.form_submit_button(ui.tr("campaigns.app.save"), type="primary"):
        campaign.key_messages = [m.strip() for m in messages.splitlines() if m.strip()]
        campaign.escalation = escalation.strip()
        campaign.faq = [services.FaqEntry(str(r.get(question) or "").strip(),
                                          str(r.get(answer) or "").strip())
                        for r in faq if str(r.get(question) or "").strip()]
        services.update_campaign(store, campaign)
        _done(ui.tr("campaigns.app.saved", name=ui.md(campaign.name)))

with brief:
    labels = {r.asset_id: r for r in rows}
    channel_names = {a: r.label_in(lang) for a, r in labels.items()}
    with st.form(f"campaign_brief_{campaign.id}"):
        channel = st.selectbox(ui.tr("campaigns.col.channel"), list(labels), key="cb_channel",
                               format_func=channel_names.__getitem__)
        left, right = st.columns(2)
        holder = left.text_input(ui.tr("campaigns.col.holder"), key="cb_holder",
                                 placeholder=labels[channel].holder)
        briefed_by = right.text_input(ui.tr("campaigns.col.briefed_by"), key="cb_by")
        briefed_on = left.date_input(ui.tr("campaigns.col.briefed_on"), value=today,
                                     key="cb_on")
        method = right.selectbox(ui.tr("campaigns.col.method"), services.METHODS,
                                 key="cb_method",
                                 format_func=ui.words("campaigns.method"))
        acknowledged = left.date_input(ui.tr("campaigns.col.acknowledged_on"), value=None,
                                       key="cb_ack")
        note = right.text_input(ui.tr("campaigns.col.note"), key="cb_note")
        if st.form_submit_button(ui.tr("campaigns.app.record"), type="primary"):
            if acknowledged and acknowledged < briefed_on:
                st.error(ui.tr("campaigns.app.ack_before"))
            else:
                services.record_briefing(store, services.Briefing(
                    campaign.id, channel, holder.strip() or labels[channel].holder, briefed_on,
                    briefed_by.strip(), method, acknowledged, note.strip()))
                _done(ui.tr("campaigns.app.recorded",
                            channel=ui.md(labels[channel].label_in(lang))))

with tracker:
    st.write(ui.tr("campaigns.app.tracker_help"))
    st.download_button(ui.tr("campaigns.app.tracker_download"),
                       services.tracker_workbook(store, campaign, current.language),
                       file_name=f"tracker-{campaign.id}.xlsx", key="tracker_download",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       icon=":material/download:")
    upload = st.file_uploader(ui.tr("campaigns.app.tracker_upload"), type=["xlsx", "csv"],
                              key=f"tracker_upload_{campaign.id}")
    if upload is not None and st.button(ui.tr("campaigns.app.tracker_import"),
                                        key="tracker_import", type="primary"):
        # rerun after saving, so the matrix above shows what was imported
        st.session_state[IMPORTED] = services.import_tracker(store, campaign, upload.getvalue(),
                                                             upload.name)
        st.rerun()
    if (result := st.session_state.pop(IMPORTED, None)) is not None:
        st.success(ui.tr("campaigns.cli.imported", count=len(result.briefings),
                         rows=result.rows_read, errors=len(result.errors),
                         name=ui.md(campaign.name)))
        if result.errors:
            st.warning(ui.tr("campaigns.app.tracker_errors"))
            st.dataframe([{ui.tr("app.inventory.err.row"): e.row,
                           ui.tr("app.inventory.err.column"): e.column,
                           ui.tr("app.inventory.err.problem"): e.message(lang)}
                          for e in result.errors], hide_index=True, width="stretch",
                         key="tracker_errors")

with pack:
    channels = {r.asset_id: r.label for r in rows}
    chosen = st.selectbox(ui.tr("campaigns.col.channel"), list(channels), key="cp_channel",
                          format_func=channels.get)
    brief_pack = services.brief_pack(store, campaign, chosen)  # the engagement's language
    st.caption(ui.tr("campaigns.app.pack_help"))
    st.code(brief_pack.text, language=None, wrap_lines=True)
    st.download_button(ui.tr("campaigns.app.pack_download"), brief_pack.html,
                       file_name=brief_pack.filename, mime="text/html", key="pack_download",
                       icon=":material/print:")

"""The Inventory page's evidence panel: a note, a link or a screenshot behind one asset's
attested answer, and the consultant's verification of it. Thin over audit.services."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from audit import services
from audit.models import Asset, Engagement
from pages import _ui as ui

IMAGE_TYPES = ["png", "jpg", "jpeg", "webp"]  # the picker's filter; the bytes are sniffed


def evidence_panel(store: services.Store, current: Engagement,
                   listed: Sequence[Asset]) -> None:
    """`listed`: the engagement's assets, as the page has just read them."""
    lang = ui.lang()
    st.subheader(ui.tr("evidence.app.title"))
    st.caption(ui.tr("evidence.app.intro"))
    assets = {a.asset_id: a for a in listed}
    names = services.attestation_names(lang)
    rows = services.evidence_rows(store, current.id, lang, assets=listed)
    left, right = st.columns(2)
    asset_id = left.selectbox(ui.tr("evidence.app.asset"), list(assets), key="ev_asset",
                              format_func=lambda a: f"{assets[a].name or a} ({a})")
    check_id = right.selectbox(ui.tr("evidence.app.answer"), list(names), key="ev_check",
                               format_func=names.__getitem__)
    asset = assets[asset_id]
    value = services.attestation_value(asset, check_id, lang)
    st.markdown(ui.tr("evidence.app.value", value=ui.md(value or ui.tr("evidence.app.blank"))))
    row = next((r for r in rows if (r.asset_id, r.check_id) == (asset_id, check_id)), None)
    stored = row.evidence if row else services.AssetEvidence(asset_id, check_id)
    if row and row.state != "not_verified":
        when = stored.verified_at.date().isoformat() if stored.verified_at else "–"
        if row.state == "verified":
            st.success(ui.tr("evidence.app.holds", by=ui.md(stored.verified_by), on=when))
        else:
            st.warning(ui.tr("evidence.app.stale", by=ui.md(stored.verified_by), on=when,
                             value=ui.md(stored.value)))
    key = f"{asset_id}_{check_id}"
    with st.form(f"evidence_form_{key}"):
        note = st.text_area(ui.tr("evidence.app.note"), value=stored.note, key=f"ev_note_{key}")
        link = st.text_input(ui.tr("evidence.app.link"), value=stored.link,
                             key=f"ev_link_{key}")
        by = st.text_input(ui.tr("evidence.app.by"),
                           value=stored.verified_by or current.consultant, key=f"ev_by_{key}")
        verified = st.checkbox(ui.tr("evidence.app.verified"),
                               value=bool(row and row.state == "verified"),
                               key=f"ev_verified_{key}")
        image = st.file_uploader(ui.tr("evidence.app.image"), type=IMAGE_TYPES,
                                 key=f"ev_image_{key}")
        remove = st.checkbox(ui.tr("evidence.app.remove_image"), key=f"ev_remove_{key}") \
            if stored.image_size else False
        if st.form_submit_button(ui.tr("evidence.app.save"), type="primary"):
            try:
                services.save_asset_evidence(
                    store, current.id, asset_id, check_id, verified=verified, note=note,
                    link=link, by=by, image=image.getvalue() if image is not None else None,
                    remove_image=remove)
            except services.EvidenceError as exc:
                st.error(exc.message(lang))
            else:
                ui.notify(ui.tr("evidence.app.saved", answer=names[check_id],
                                asset=ui.md(asset.name or asset_id)))
                st.rerun()
    if stored.image_size:
        shown = services.evidence_image(store, current.id, asset_id, check_id)
        if shown is not None:
            st.image(shown[0], caption=names[check_id], width=480)
    if rows:
        st.markdown(f"**{ui.tr('evidence.app.list')}**")
        col = {c: ui.tr(f"evidence.col.{c}") for c in (  # once, not once per row
            "asset", "answer", "value", "state", "by", "on", "note", "link", "image")}
        states = {s: ui.tr(f"evidence.state.{s}") for s in {r.state for r in rows}}
        st.dataframe([{
            col["asset"]: r.asset, col["answer"]: r.answer, col["value"]: r.value,
            col["state"]: states[r.state],
            col["by"]: r.evidence.verified_by if r.evidence.verified else "",
            col["on"]: r.evidence.verified_at if r.evidence.verified else None,
            col["note"]: r.evidence.note, col["link"]: r.evidence.link,
            col["image"]: "✓" if r.evidence.image_size else "",
        } for r in rows], hide_index=True, width="stretch")

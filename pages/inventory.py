"""Inventory: edit the asset table, import an intake file, download the template."""

from __future__ import annotations

import streamlit as st

from audit import app_support, services
from audit.inventory import column_label, value_label
from audit.models import ASSET_COLUMNS, IMPORTANCE, LOADED, TRISTATE
from pages import _evidence as evidence
from pages import _ui as ui

DRAFT = "inventory_draft"  # rows the user saved with errors, shown again until fixed
VERSION = "inventory_version"  # bumped after a save or import so the editor reloads
FLASH = "inventory_flash"
BASELINE = "inventory_loaded"  # the rows under the editor's unsaved edits, and its key
EDITS = ("edited_rows", "added_rows", "deleted_rows")  # the editor's pending change set
PROBLEM = "problem"

store = ui.store()
current = ui.require_engagement()
lang = ui.lang()
version = st.session_state.setdefault(VERSION, 0)

st.title(ui.tr("app.inventory.title"))
st.caption(ui.tr("app.inventory.intro", name=ui.md(current.name)))
if flash := st.session_state.pop(FLASH, None):
    st.success(flash)


def _error_rows(result: services.ImportResult) -> list[dict[str, object]]:
    """Row-level problems as a table: spreadsheet row, column, what is wrong."""
    return [{ui.tr("app.inventory.err.row"): e.row,
             ui.tr("app.inventory.err.column"):
                 column_label(e.column, lang) if e.column in ASSET_COLUMNS else e.column,
             ui.tr("app.inventory.err.problem"): e.message(lang)} for e in result.errors]


def _messages(items: list[object]) -> list[str]:
    return [i.message(lang) if hasattr(i, "message") else str(i) for i in items]


def _bump(flash: str) -> None:
    st.session_state[VERSION] = version + 1
    st.session_state[FLASH] = flash
    st.rerun()


def _baseline(editor: str) -> list[dict[str, object]]:
    """The rows the editor shows: kept while it holds unsaved edits (Streamlit applies them
    by position, so the rows under them must not move), else fresh from the database."""
    pending = st.session_state.get(editor) or {}
    kept = st.session_state.get(BASELINE)
    if kept and kept["key"] == editor and any(pending.get(k) for k in EDITS):
        return kept["rows"]
    rows = draft["rows"] if draft else app_support.asset_rows(assets)
    st.session_state[BASELINE] = {"key": editor, "rows": rows}
    return rows


# -- the editable table -----------------------------------------------------------------
assets = services.list_assets(store, current.id)  # once: the editor, the evidence panel
draft = st.session_state.get(DRAFT)
if draft and draft["engagement"] != current.id:
    draft = None
editor_key = f"inventory_editor_{current.id}_{version}"
baseline = _baseline(editor_key)
if not baseline:
    st.info(ui.tr("app.inventory.empty"))

config = {c: st.column_config.TextColumn(column_label(c, lang)) for c in ASSET_COLUMNS}
config.update({
    "asset_id": st.column_config.TextColumn(column_label("asset_id", lang), required=True),
    "platform": st.column_config.SelectboxColumn(
        column_label("platform", lang), options=app_support.platforms(), required=True,
        format_func=lambda pid: app_support.platform_label(pid, lang)),
    "url": st.column_config.LinkColumn(column_label("url", lang)),
    "admins": st.column_config.NumberColumn(column_label("admins", lang), min_value=0,
                                            step=1, format="%d"),
    "response_sla_hours": st.column_config.NumberColumn(
        column_label("response_sla_hours", lang), min_value=0),
    "last_post": st.column_config.DateColumn(column_label("last_post", lang),
                                             format="YYYY-MM-DD"),
    "importance": st.column_config.SelectboxColumn(
        column_label("importance", lang), options=list(IMPORTANCE),
        format_func=lambda v: value_label("importance", v, lang)),
    PROBLEM: st.column_config.TextColumn(ui.tr("app.inventory.err.problem"), disabled=True,
                                         width="large"),
})
for column in ("two_factor", "shared_login", "verified", "monitored", "campaign_briefed"):
    config[column] = st.column_config.SelectboxColumn(
        column_label(column, lang), options=list(TRISTATE),
        format_func=lambda v, c=column: value_label(c, v, lang))

config[LOADED] = None  # hidden: the version each row was loaded from
frame = app_support.rows_frame(baseline)
if draft:
    st.error(ui.tr("app.inventory.draft", count=len(draft["errors"])))
    st.dataframe(draft["errors"], hide_index=True, width="stretch")
    frame = app_support.draft_frame(baseline, draft["problems"])
edited = st.data_editor(frame, key=editor_key, num_rows="dynamic", hide_index=True,
                        column_config=config, width="stretch")
save, discard = st.columns([1, 4])
if save.button(ui.tr("app.inventory.save"), type="primary", key="inventory_save"):
    rows = app_support.editor_rows(edited.to_dict("records"))
    result = services.save_inventory(store, current.id, rows, loaded=baseline)
    if result.errors:
        st.session_state[DRAFT] = {
            "engagement": current.id, "rows": result.rows, "errors": _error_rows(result),
            "problems": app_support.problems_by_row(result.errors, lang)}
        _bump(ui.tr("app.inventory.saved_partly", saved=len(result.assets)))
    st.session_state.pop(DRAFT, None)
    _bump(ui.tr("app.inventory.saved", count=len(result.assets)))
if draft and discard.button(ui.tr("app.inventory.discard"), key="inventory_discard"):
    st.session_state.pop(DRAFT, None)
    _bump(ui.tr("app.inventory.discarded"))

# -- import an intake file ---------------------------------------------------------------
st.divider()
st.subheader(ui.tr("app.inventory.import.title"))
st.write(ui.tr("app.inventory.import.intro"))
st.download_button(ui.tr("app.inventory.template"), data=lambda: services.intake_template(lang),
                   file_name=ui.tr("app.inventory.template_file"), on_click="ignore",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   icon=":material/download:")
upload = st.file_uploader(ui.tr("app.inventory.import.file"), type=["csv", "xlsx"],
                          key=f"inventory_upload_{version}")
if upload is not None:
    preview = services.preview_inventory(upload.getvalue(), upload.name)
    valid = len(preview.assets)
    st.write(ui.tr("app.inventory.import.summary", rows=preview.rows_read, valid=valid,
                   errors=len(preview.errors)))
    for notice in _messages(list(preview.notices)):
        st.info(ui.md(notice))
    if preview.errors:  # "valid rows can be imported now" only when there are some
        st.warning(ui.tr("app.inventory.import.errors" if valid else
                         "app.inventory.import.none_valid"))
        st.dataframe(_error_rows(preview), hide_index=True, width="stretch")
    if valid:
        st.dataframe(app_support.asset_frame(preview.assets), hide_index=True,
                     width="stretch", column_config=config)
    if st.button(ui.tr("app.inventory.import.button", count=valid), type="primary",
                 disabled=valid == 0, key="inventory_import"):
        result = services.import_inventory(store, current.id, upload.getvalue(), upload.name)
        _bump(ui.tr("app.inventory.import.done", count=len(result.assets),
                    answers=len(result.answers)))

# -- evidence behind the answers (after the import, so its uploader stays the page's first) --
if assets:
    st.divider()
    evidence.evidence_panel(store, current, assets)

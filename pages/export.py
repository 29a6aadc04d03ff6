"""Export: the audit workbook, the results JSON and the intake template, in either language."""

from __future__ import annotations

import json
import re
from datetime import date

import streamlit as st

from audit import services
from audit.i18n import LANGUAGES, t
from pages import _ui as ui
from pages import _watch as watch

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

store = ui.store()
current = ui.require_engagement()

st.title(ui.tr("app.export.title"))
st.write(ui.tr("app.export.intro"))
lang = st.radio(ui.tr("app.export.language"), LANGUAGES, horizontal=True,
                index=LANGUAGES.index(current.language if current.language in LANGUAGES
                                      else ui.lang()),
                format_func=lambda code: t(f"lang.{code}", code), key=f"export_lang_{current.id}",
                on_change=lambda: services.set_language(  # the engagement's deliverable default
                    store, current.id, st.session_state[f"export_lang_{current.id}"]))
slug = re.sub(r"[^a-z0-9]+", "-", current.name.lower()).strip("-") or "siaga"
stem = f"siaga-{slug}-{date.today():%Y%m%d}"
has_run = bool(services.list_runs(store, current.id))

with st.container(border=True):
    st.subheader(ui.tr("app.export.workbook"))
    st.caption(ui.tr("app.export.workbook_help"))
    if not has_run:
        st.info(ui.tr("app.export.no_run"))
    st.download_button(
        ui.tr("app.export.workbook_button"), key="dl_workbook", on_click="ignore",
        data=lambda: services.workbook_bytes(store, current.id, lang=lang),
        file_name=f"{stem}.xlsx", mime=XLSX, type="primary", icon=":material/download:")

with st.container(border=True):
    st.subheader(ui.tr("app.export.pdf"))
    st.caption(ui.tr("app.export.pdf_help"))
    st.download_button(
        ui.tr("app.export.pdf_button"), key="dl_pdf", on_click="ignore",
        data=lambda: services.pdf_bytes(store, current.id, lang=lang),
        file_name=f"{stem}.pdf", mime="application/pdf", type="primary",
        icon=":material/picture_as_pdf:")
    logo = st.file_uploader(ui.tr("app.export.logo"), type=["png", "jpg", "jpeg"],
                            key=f"logo_{current.id}", help=ui.tr("app.export.logo_help"))
    if logo is not None:
        try:
            services.set_logo(store, current.id, logo.getvalue())
            st.caption(ui.tr("app.export.logo_saved"))
        except services.StoreError as exc:
            ui.show_error(exc)
    elif services.get_logo(store, current.id) and st.button(
            ui.tr("app.export.logo_remove"), key="logo_remove"):
        services.set_logo(store, current.id, None)
        st.rerun()

with st.container(border=True):
    st.subheader(ui.tr("app.export.json"))
    st.caption(ui.tr("app.export.json_help"))
    st.download_button(
        ui.tr("app.export.json_button"), key="dl_json", on_click="ignore",
        data=lambda: json.dumps(services.export_json(store, current.id, lang=lang),
                                ensure_ascii=False, indent=2, default=str).encode("utf-8"),
        file_name=f"{stem}.json", mime="application/json", icon=":material/data_object:")

with st.container(border=True):
    st.subheader(ui.tr("app.export.template"))
    st.caption(ui.tr("app.export.template_help"))
    st.download_button(
        ui.tr("app.export.template_button"), key="dl_template", on_click="ignore",
        data=lambda: services.intake_template(lang),
        file_name=t("app.inventory.template_file", lang), mime=XLSX,
        icon=":material/table_view:")

watch.calendar_download(store, current, lang)

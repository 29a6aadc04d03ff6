"""Home: what Siaga does, the demo in one click, create or open an engagement."""

from __future__ import annotations

import streamlit as st

from audit import app_support, services
from audit.i18n import LANGUAGES, t
from pages import _ui as ui

store = ui.store()
st.title(ui.tr("app.home.title"))
st.write(ui.tr("app.home.intro"))

current = ui.engagement()
if current:
    st.success(ui.tr("app.home.current", name=ui.md(current.name)))
    st.write(ui.tr("app.home.next"))
    for page, key, icon in (("pages/inventory.py", "inventory", "inventory_2"),
                            ("pages/questionnaire.py", "questionnaire", "checklist"),
                            ("pages/checks.py", "checks", "radar"),
                            ("pages/readiness.py", "readiness", "speed"),
                            ("pages/findings.py", "findings", "task_alt"),
                            ("pages/export.py", "export", "download")):
        st.page_link(page, label=ui.tr(f"app.home.step.{key}"), icon=f":material/{icon}:")

demo, create = st.columns(2, gap="large")
with demo, st.container(border=True):
    st.subheader(ui.tr("app.home.demo.title"))
    st.write(ui.tr("app.home.demo.body"))
    if st.button(ui.tr("app.home.demo.button"), type="primary", key="load_demo"):
        with st.spinner(ui.tr("app.home.demo.loading")):
            ui.choose(services.load_demo(store))

with create, st.container(border=True):
    st.subheader(ui.tr("app.home.create.title"))
    with st.form("create_engagement", clear_on_submit=False):
        name = st.text_input(ui.tr("app.home.create.name"), key="new_name",
                             placeholder=ui.tr("app.home.create.name_hint"))
        client = st.text_input(ui.tr("app.home.create.client"), key="new_client")
        industry = st.text_input(ui.tr("app.home.create.industry"), key="new_industry")
        domains = st.text_input(ui.tr("app.home.create.domains"), key="new_domains",
                                help=ui.tr("app.home.create.domains_help"))
        consultant = st.text_input(ui.tr("app.home.create.consultant"), key="new_consultant")
        language = st.selectbox(ui.tr("app.home.create.language"), LANGUAGES,
                                index=LANGUAGES.index(ui.lang()), key="new_language",
                                format_func=lambda code: t(f"lang.{code}", code))
        submitted = st.form_submit_button(ui.tr("app.home.create.button"), type="primary")
    if submitted:
        if not name.strip():
            st.error(ui.tr("app.home.create.need_name"))
        else:
            try:
                created = services.create_engagement(
                    store, name, client=client.strip(), industry=industry.strip(),
                    domains=[d.strip().lower() for d in domains.replace(";", ",").split(",")
                             if d.strip()],
                    consultant=consultant.strip(), language=language)
            except services.StoreError as exc:
                ui.show_error(exc)
            else:
                ui.choose(created)

if current:
    with st.expander(ui.tr("app.manage.title"), icon=":material/settings:"):
        st.text(current.name)
        new_name = st.text_input(ui.tr("app.manage.rename"), value=current.name,
                                 key=f"rename_{current.id}")
        if st.button(ui.tr("app.manage.rename_button"), key="rename",
                     disabled=new_name.strip() in ("", current.name)):
            try:
                services.rename_engagement(store, current.id, new_name)
            except services.StoreError as exc:
                ui.show_error(exc)
            else:
                ui.notify(ui.tr("app.manage.renamed"))
                st.rerun()
        st.caption(ui.tr("app.manage.archive_help"))
        if st.button(ui.tr("app.manage.archive_button"), key="archive",
                     icon=":material/archive:"):
            services.archive_engagement(store, current.id)
            ui.notify(ui.tr("app.manage.archived"))
            st.rerun()
        goes = app_support.contents_sentence(services.engagement_contents(store, current.id),
                                             ui.lang())
        sure = st.checkbox(ui.tr("app.manage.delete_confirm", contents=goes),
                           key=f"delete_sure_{current.id}")
        if st.button(ui.tr("app.manage.delete_button"), key="delete", type="primary",
                     icon=":material/delete:", disabled=not sure):
            try:
                services.delete_engagement(store, current.id)
            except services.StoreError as exc:
                ui.show_error(exc)
            else:
                ui.notify(ui.tr("app.manage.deleted", contents=goes))
                st.rerun()

engagements = services.active_engagements(store)
st.subheader(ui.tr("app.home.open.title"))
if not engagements:
    st.caption(ui.tr("app.home.open.empty"))
for item in engagements:
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.write(ui.tr("app.home.open.row", name=ui.md(item.name), client=ui.md(item.client or "—"),
                     created=f"{item.created:%Y-%m-%d}" if item.created else "—"))
    if right.button(ui.tr("app.home.open.button"), key=f"open_{item.id}",
                    disabled=current is not None and current.id == item.id):
        ui.choose(item)

archived = [e for e in services.list_engagements(store) if e.archived is not None]
if archived:
    with st.expander(ui.tr("app.home.archived", count=len(archived)),
                     icon=":material/inventory:"):
        for item in archived:
            left, right = st.columns([4, 1], vertical_alignment="center")
            left.text(item.name)
            if right.button(ui.tr("app.home.restore"), key=f"restore_{item.id}"):
                services.archive_engagement(store, item.id, archived=False)
                ui.choose(item)

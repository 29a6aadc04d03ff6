"""Siaga's Streamlit frame: page config, access gate, engagement picker, language, navigation.

Each page under pages/ only arranges widgets over audit.services; this file runs
before every page, once per rerun.
"""

from __future__ import annotations

import streamlit as st

from audit import services
from audit.i18n import LANGUAGES, t
from pages import _ui as ui

st.set_page_config(page_title="Siaga", page_icon=":material/shield:", layout="wide")


def _auth_configured() -> bool:
    """An OIDC provider in secrets.toml turns on the login gate; no secrets file is local mode."""
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - a missing or unreadable secrets file means local mode
        return False


def _gate() -> None:
    """Hosted deployments require st.login; locally the sidebar says no login is needed."""
    if not _auth_configured():
        return
    if not st.user.get("is_logged_in", False):
        st.title("Siaga")
        st.write(ui.tr("app.login.prompt"))
        st.button(ui.tr("app.login.button"), on_click=st.login, type="primary")
        st.stop()
    st.sidebar.caption(ui.tr("app.login.as", name=st.user.get("name") or st.user.get("email")))
    st.sidebar.button(ui.tr("app.login.logout"), on_click=st.logout)


def _apply_pending_choice() -> None:
    """A page chose an engagement (created, demo, opened): apply it before the picker draws."""
    pending = st.session_state.pop(ui.SELECT, None)
    if pending:
        st.session_state[ui.ENGAGEMENT], st.session_state[ui.LANG] = pending


def _on_pick(store: services.Store) -> None:
    """Switching engagement switches to that engagement's language."""
    eid = st.session_state.get(ui.ENGAGEMENT)
    if eid is not None:
        st.session_state[ui.LANG] = store.get_engagement(eid).language


def _on_language(store: services.Store) -> None:
    """The chosen language is remembered as the engagement's language (exports default to it)."""
    eid = st.session_state.get(ui.ENGAGEMENT)
    if eid is not None:
        services.set_language(store, eid, st.session_state[ui.LANG])


def _sidebar(store: services.Store) -> None:
    st.session_state.setdefault(ui.LANG, "en")
    engagements = {e.id: e.name for e in store.list_engagements()}
    if st.session_state.get(ui.ENGAGEMENT) not in engagements:
        st.session_state[ui.ENGAGEMENT] = None
    if engagements:
        st.sidebar.selectbox(ui.tr("app.picker"), list(engagements), key=ui.ENGAGEMENT,
                             format_func=engagements.get, placeholder=ui.tr("app.picker.none"),
                             on_change=_on_pick, args=(store,))
    else:
        st.sidebar.caption(ui.tr("app.picker.empty"))
    st.sidebar.radio(t("app.language", ui.lang()), LANGUAGES, key=ui.LANG, horizontal=True,
                     format_func=lambda code: t(f"lang.{code}", code),
                     on_change=_on_language, args=(store,))


def main() -> None:
    try:
        store = ui.store()
    except services.StoreError as exc:
        st.error(t("app.error.store", ui.lang(), error=str(exc)))
        st.stop()
    _apply_pending_choice()
    _gate()
    _sidebar(store)
    if not _auth_configured():
        st.sidebar.caption(ui.tr("app.local_mode"))
    pages = [
        st.Page("pages/home.py", title=ui.tr("app.nav.home"), icon=":material/home:",
                default=True),
        st.Page("pages/inventory.py", title=ui.tr("app.nav.inventory"),
                icon=":material/inventory_2:"),
        st.Page("pages/questionnaire.py", title=ui.tr("app.nav.questionnaire"),
                icon=":material/checklist:"),
        st.Page("pages/checks.py", title=ui.tr("app.nav.checks"), icon=":material/radar:"),
        st.Page("pages/readiness.py", title=ui.tr("app.nav.readiness"),
                icon=":material/speed:"),
        st.Page("pages/findings.py", title=ui.tr("app.nav.findings"),
                icon=":material/task_alt:"),
        st.Page("pages/export.py", title=ui.tr("app.nav.export"), icon=":material/download:"),
    ]
    st.navigation(pages).run()


main()

"""Siaga's Streamlit frame: page config, access gate, engagement picker, language, navigation.

Each page under pages/ only arranges widgets over audit.services; this file runs
before every page, once per rerun.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from audit import services
from audit.i18n import LANGUAGES, t
from pages import _ui as ui

# A bundled file, served by this server: a :material/: or emoji icon makes the browser fetch
# the favicon from an outside host, and Siaga promises nothing leaves the machine.
FAVICON = Path(__file__).resolve().parent / "audit" / "data" / "favicon.png"
st.set_page_config(page_title="Siaga", page_icon=str(FAVICON), layout="wide")


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
    who = st.user.get("name") or st.user.get("email")
    st.sidebar.caption(ui.tr("app.login.as", name=ui.md(who)))
    st.sidebar.button(ui.tr("app.login.logout"), on_click=st.logout)


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _served_to_others() -> str | None:
    """The address the server listens on when other machines can reach it, else None.

    `make run` and .streamlit/config.toml bind 127.0.0.1; no address at all is Streamlit's
    default, every interface."""
    address = st.get_option("server.address") or ""
    return None if address in LOOPBACK or address.startswith("127.") else address


URL_ENGAGEMENT, URL_LANG = "engagement", "lang"  # ?engagement=<id>&lang=<code>: bookmarks
URL_READ = "_url_read"  # set once the session has taken its engagement and language from the URL


def _from_url() -> None:
    """A reload or a bookmark opens the engagement and language its address names."""
    if st.session_state.get(URL_READ):
        return
    st.session_state[URL_READ] = True
    params = st.query_params
    if params.get(URL_LANG) in LANGUAGES:
        st.session_state[ui.LANG] = params[URL_LANG]
    wanted = params.get(URL_ENGAGEMENT, "")
    if wanted.isdigit():
        st.session_state[ui.ENGAGEMENT] = int(wanted)


def _to_url() -> None:
    """Keep the address naming the current engagement and language (every page, every rerun)."""
    eid = st.session_state.get(ui.ENGAGEMENT)
    wanted = {URL_LANG: ui.lang(), **({URL_ENGAGEMENT: str(eid)} if eid is not None else {})}
    if dict(st.query_params) != wanted:
        st.query_params.from_dict(wanted)


def _apply_pending_choice() -> None:
    """A page chose an engagement (created, demo, opened): apply it before the picker draws."""
    pending = st.session_state.pop(ui.SELECT, None)
    if pending is not None:
        st.session_state[ui.ENGAGEMENT] = pending


def _on_pick() -> None:
    st.session_state[ui.ENGAGEMENT] = st.session_state[ui.PICKER]


def _sidebar(store: services.Store) -> None:
    """The picker shows ENGAGEMENT, which only the user's pick or a page's choice changes.

    The widget has its own key, set from ENGAGEMENT before it is drawn on every run, so the
    browser is always told the selection: never left to the widget's default (the first
    option, the demo) after a relabelled rerun, nor to a stale value the browser still shows
    after a page chose another engagement (which its next rerun would send back)."""
    st.session_state.setdefault(ui.LANG, "en")
    engagements = {e.id: e.name for e in services.active_engagements(store)}
    if st.session_state.get(ui.ENGAGEMENT) not in engagements:
        st.session_state[ui.ENGAGEMENT] = None
    current = st.session_state[ui.ENGAGEMENT]
    st.session_state[ui.PICKER] = current  # None shows the placeholder
    if engagements:
        ids = list(engagements)
        st.sidebar.selectbox(ui.tr("app.picker"), ids, key=ui.PICKER,
                             format_func=engagements.get, placeholder=ui.tr("app.picker.none"),
                             on_change=_on_pick)
    else:
        st.sidebar.caption(ui.tr("app.picker.empty"))
    st.sidebar.radio(t("app.language", ui.lang()), LANGUAGES, key=ui.LANG, horizontal=True,
                     format_func=lambda code: t(f"lang.{code}", code))


def main() -> None:
    try:
        store = ui.store()
    except services.StoreError as exc:
        st.error(t("app.error.store", ui.lang(), error=exc.message(ui.lang())))
        st.stop()
    _from_url()
    _apply_pending_choice()
    _gate()
    _sidebar(store)
    _to_url()
    ui.show_notice()
    if not _auth_configured():
        address = _served_to_others()
        if address is not None:  # on every page: anyone on the network can use this app
            st.warning(ui.tr("app.exposed", address=address or "0.0.0.0"),
                       icon=":material/public:")
        else:
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
        st.Page("pages/campaigns.py", title=ui.tr("app.nav.campaigns"),
                icon=":material/campaign:"),
        st.Page("pages/export.py", title=ui.tr("app.nav.export"), icon=":material/download:"),
        st.Page("pages/incident.py", title=ui.tr("app.nav.incident"),
                icon=":material/emergency:"),
    ]
    with ui.gc_paused():  # the page's own objects go by reference counting (pages/_ui.py)
        st.navigation(pages).run()


main()

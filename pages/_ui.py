"""What every page shares: the cached store, the language, the chosen engagement.

Not a page (st.navigation lists the pages explicitly). Session state holds only
the engagement id, the language and UI filters; DuckDB is the source of truth.
"""

from __future__ import annotations

import functools
import gc
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import streamlit as st

from audit import services
from audit.i18n import number, t
from audit.models import Engagement

ENGAGEMENT = "engagement_id"  # session key of the current engagement (the frame owns it)
PICKER = "engagement_picker"  # widget key of the sidebar picker, drawn from ENGAGEMENT
LANG = "lang"  # session key of the language switch
SELECT = "_select_engagement"  # pending choice, applied by the frame before the picker draws
HOME = "pages/home.py"


@st.cache_resource
def _open(path: str) -> services.Store:
    return services.open_store(path or None)


def store() -> services.Store:
    """One Store per database path for the whole server (a connection per call inside).

    Every page starts here, so this is also where a page run alone is sent back through
    the entry script (see _through_the_entry_script)."""
    _through_the_entry_script()
    return _open(os.environ.get("SIAGA_DB", ""))


def _through_the_entry_script() -> None:
    """Rerun through streamlit_app.py when Streamlit ran this page on its own.

    Streamlit decides once per server process, at its first session, whether the app uses
    the old pages/ folder convention: a pages/ folder exists here, so until the entry
    script's st.navigation has run once, a deep link such as /readiness?engagement=2 runs
    pages/readiness.py alone, without the frame that reads the address, draws the picker and
    applies the language, and the bookmark opened "choose an engagement first" (Streamlit
    1.67, streamlit/runtime/scriptrunner/script_runner.py `_mpa_v1`). Clearing that flag is
    what st.navigation itself does; the rerun keeps the address and runs the frame."""
    from streamlit.runtime.pages_manager import PagesManager

    if getattr(PagesManager, "uses_pages_directory", False):
        PagesManager.uses_pages_directory = False
        st.rerun()


_GC_LOCK = threading.Lock()
_gc_pauses = 0  # page runs in progress (several sessions run at once, one thread each)
_gc_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run a page without Python's cyclic garbage collector, and let it run again after.

    A page over 28,000 results makes several hundred thousand short-lived objects (the
    report, its table rows, the frames); each few hundred allocations start a collection
    that walks the young objects, and the old generation is walked whole again and again
    as those survive: a third of the Checks and Findings pages' time. What those objects
    leave is freed by reference counting as the page ends; the rare cycles wait for the
    first collection after the last page run in progress ends."""
    global _gc_pauses, _gc_was_enabled
    with _GC_LOCK:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def lang() -> str:
    return st.session_state.get(LANG, "en")


def num(value: float, digits: int = 1, sign: bool = False) -> str:
    """A decimal as the interface language writes it ("53,9" in Indonesian)."""
    return number(value, lang(), digits, sign)


def tr(key: str, **values: object) -> str:
    """A UI string in the session's language."""
    return t(key, lang(), **values)


# Every ASCII punctuation character CommonMark lets a backslash escape: links, images,
# emphasis, code, headings, lists, tables, HTML, LaTeX ($) and Streamlit's :color[...].
_MARKDOWN = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")


# GFM turns bare "http://…", "www.…" and "a@b.c" into links after escapes are undone; an
# invisible word joiner (U+2060) after the scheme's colon, "www" or "@" keeps them text.
_AUTOLINK = re.compile(r"(?i)(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?<=@)")


def md(text: object) -> str:
    """User data (engagement names, headers, asset ids, notes, file names) for an element
    that renders Markdown, escaped so it shows as typed: `![p](http://...)` must not make
    the browser fetch anything, and `**bold**` is not bold (issue #10)."""
    return _MARKDOWN.sub(r"\\\1", _AUTOLINK.sub("\u2060", str(text)))


def choose(engagement: Engagement) -> None:
    """Make `engagement` the current one and rerun, so the frame updates the picker first.

    The interface language stays the user's: an engagement's language is only the default
    of its deliverables (Export)."""
    st.session_state[SELECT] = engagement.id
    st.rerun()


NOTICE = "_notice"  # a confirmation to show once, after the rerun that ends an action


def notify(message: str) -> None:
    """Confirm an action that ends in st.rerun(): the frame shows it as a toast next run.
    Our own words only (st.toast renders Markdown; user text is never put in it)."""
    st.session_state[NOTICE] = message


def show_notice() -> None:
    message = st.session_state.pop(NOTICE, None)
    if message:
        st.toast(message, icon=":material/check_circle:")


def engagement() -> Engagement | None:
    eid = st.session_state.get(ENGAGEMENT)
    if eid is None:
        return None
    try:
        return services.get_engagement(store(), eid)
    except services.StoreError:
        return None


def require_engagement() -> Engagement:
    """The current engagement, or an explanation and a link home, then stop the page."""
    current = engagement()
    if current is None:
        st.info(tr("app.no_engagement"))
        st.page_link(HOME, label=tr("app.nav.home"), icon=":material/home:")
        st.stop()
    return current


def show_error(exc: Exception) -> None:
    """A service refusal in the user's language (store and campaign errors carry a code)."""
    message = getattr(exc, "message", None)
    st.error(tr("app.error", error=md(message(lang()) if callable(message) else str(exc))))


# st.dataframe's default is a 10-row scroll box; a consultant works through hundreds of
# results, so a table gets every row up to about a screen's height (pixels: Streamlit's
# row and header heights).
TABLE_ROW_PX, TABLE_HEADER_PX, TABLE_MAX_PX = 35, 38, 900


def table_height(rows: int) -> int:
    return min(TABLE_HEADER_PX + TABLE_ROW_PX * max(rows, 1) + 2, TABLE_MAX_PX)


def search_box(container: Any, key: str) -> str:
    """A free-text filter over a table's words; returns the query, casefolded."""
    return container.text_input(tr("app.filter.search"), key=key,
                                placeholder=tr("app.filter.search_hint")).strip().casefold()


def _word(prefix: str, lang: str, value: object) -> str:
    return t(f"{prefix}.{value}", lang)


def _kind_word(lang: str, kind: str) -> str:
    return t("org.asset", lang) if kind == "organization" else t(f"kind.{kind}", lang)


# A widget keeps its format_func in the session's widget metadata, which outlives the page
# that drew it. A lambda written in a page holds that page's globals (its report, its 28,000
# rows) for as long, in every session; these formatters hold only their arguments.
def words(prefix: str) -> Callable[[object], str]:
    """A format_func naming ids by the strings `prefix.<id>` in the session's language."""
    return functools.partial(_word, prefix, lang())


def kind_words() -> Callable[[str], str]:
    """A format_func naming asset kinds, "organization" as the organisation."""
    return functools.partial(_kind_word, lang())


def filter_select(container: Any, label_key: str, options: Sequence[Any], key: str,
                  format_func: Callable[[Any], str] = str) -> list[Any]:
    """A multiselect filter; choosing nothing means all, and the placeholder says so."""
    return container.multiselect(tr(label_key), options, key=key, format_func=format_func,
                                 placeholder=tr("app.filter.all"))

"""The Checks page's live run progress: a fragment polling the engagement's run once a
second. Not a page.

It lives here rather than in pages/checks.py because a fragment keeps the function it runs,
and a function written in a page holds that page's globals: the Checks page's report and
its 28,000 table rows stayed alive through the next page's run until Streamlit dropped the
fragment. This one holds an engagement id."""

from __future__ import annotations

import streamlit as st

from audit import services
from pages import _ui as ui

WATCHING = "checks_watching"  # run id this session saw running, to refresh once it ends


@st.fragment(run_every=1)
def progress(engagement_id: int) -> None:
    """Poll the live run once a second; when the run this session watched ends, refresh."""
    live = services.active_run(engagement_id)
    if live is not None and live.status == "running":
        st.session_state[WATCHING] = live.run_id
        share = live.done / live.total if live.total else 0.0
        st.progress(share, text=ui.tr("app.checks.progress", done=live.done, total=live.total))
        if live.current:
            st.caption(ui.tr("app.checks.current", assets=ui.md(", ".join(live.current))))
        if st.button(ui.tr("app.checks.cancel"), key="checks_cancel"):
            services.cancel_run(engagement_id)
        return
    if st.session_state.pop(WATCHING, None) is not None:
        st.rerun(scope="app")

"""User text is text (issue #10): engagement names, column headers and asset ids were
rendered as Markdown, so a name like `![p](http://127.0.0.1:PORT/x.png)` made the browser
fetch the URL and `**bold**` rendered bold. A real Chromium, a real listener counting hits.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.e2e.test_browser import (  # noqa: F401 - patient_expect is an autouse fixture
    CHROMIUM,
    CHROMIUM_ARGS,
    SCREENS,
    WAIT_MS,
    patient_expect,
    streamlit_server,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_markdown_in_user_data_is_shown_as_typed(tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from audit import services

    listener = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    bait = f"http://127.0.0.1:{listener.server_address[1]}"
    image_name = f"![p]({bait}/x.png)"
    db = tmp_path / "text.duckdb"
    store = services.open_store(db)
    hostile = services.create_engagement(store, image_name, client=f"[link]({bait}/c)")
    services.create_engagement(store, "**bold**")
    intake = tmp_path / "intake.csv"
    intake.write_text(f"asset_id,platform,url,![h]({bait}/h.png)\n"
                      "web,website,https://contoh.co.id/,x\n", encoding="utf-8")

    try:
        with streamlit_server(tmp_path, {"SIAGA_DB": str(db)}) as app, \
                sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1600})
            page.set_default_timeout(WAIT_MS)
            main = page.locator('[data-testid="stMain"]')

            def shown() -> str:
                """The page's text as a reader sees it (word joiners are invisible)."""
                return main.inner_text().replace("\u2060", "")

            page.goto(f"{app}/?engagement={hostile.id}&lang=en")
            expect(main.get_by_text("Working on:", exact=False)).to_be_visible()
            expect(main.get_by_text("**bold**", exact=True)).to_be_visible()
            home = shown()
            assert f"Working on: {image_name}" in home
            assert f"client: [link]({bait}/c)" in home

            page.locator('[data-testid="stSidebarNav"] a', has_text="Inventory").click()
            expect(main.get_by_text("Every digital asset of", exact=False)).to_be_visible()
            assert f"Every digital asset of {image_name}" in shown()
            page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
                str(intake))
            expect(main.get_by_text("is not an inventory column", exact=False)).to_be_visible()
            assert f"Column '![h]({bait}/h.png)'" in shown()
            page.wait_for_timeout(1000)  # give any image the page would load its chance
            SCREENS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENS / "11-user-text-is-text.png"), full_page=True)
            images = main.locator(f'img[src^="{bait}"]').count()
            links = main.locator(f'a[href^="{bait}"]').count()
            browser.close()
    finally:
        listener.shutdown()
    assert _Counter.hits == [], f"the browser fetched {_Counter.hits}"
    assert images == 0 and links == 0

"""The Campaigns page in a real headless Chromium on the demo, in English then Indonesian:
the matrix, a tracker downloaded, filled with a bad row and imported back, and the brief
pack downloaded. Screenshots go to tests/artifacts/screens/."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS, SCREENS, WAIT_MS, streamlit_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def test_campaigns_page_in_the_browser(tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from audit import services

    db = tmp_path / "campaigns.duckdb"
    services.load_demo(services.open_store(db))
    SCREENS.mkdir(parents=True, exist_ok=True)
    with streamlit_server(tmp_path, {"SIAGA_DB": str(db)}) as app, sync_playwright() as p:
        expect.set_options(timeout=WAIT_MS)
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1600}, accept_downloads=True)
        page.set_default_timeout(WAIT_MS)
        sidebar = page.locator('[data-testid="stSidebar"]')
        main = page.locator('[data-testid="stMain"]')
        # the page's text, not the cells of a table: a data grid keeps its cells in a hidden
        # accessibility table, which get_by_text also finds (first, when it has rendered)
        prose = main.get_by_test_id("stMarkdownContainer")

        def shot(name: str) -> None:
            page.wait_for_timeout(800)  # let fonts and tables settle before the picture
            page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

        page.goto(app)
        sidebar.locator('[data-testid="stSelectbox"]').click()
        page.get_by_role("option", name="Demo: PT Kopi Senja Nusantara", exact=True).click()
        page.locator('[data-testid="stSidebarNav"] a', has_text="Campaigns").click()
        expect(main.get_by_role("heading", name="Promo Senja Ceria Akhir Tahun")).to_be_visible()
        expect(prose.get_by_text("Launches in 3 day(s)")).to_be_visible()
        shot("20-campaigns-matrix-en")

        # Tracker: download, mark WhatsApp CS briefed, break the Shopee row, import it back.
        main.get_by_role("tab", name="Tracker").click()
        with page.expect_download() as download:
            main.get_by_role("button", name="Download tracker (Excel)").click()
        tracker = tmp_path / "tracker.xlsx"
        download.value.save_as(tracker)
        book = openpyxl.load_workbook(tracker)
        sheet = book.worksheets[0]
        rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
        sheet.cell(rows["wa-cs"], 4).value = "2026-11-30"
        sheet.cell(rows["shopee"], 4).value = "besok"
        book.save(tracker)
        main.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
            str(tracker))
        main.get_by_role("button", name="Import tracker").click()
        expect(main.get_by_text("Some rows were not imported")).to_be_visible()
        expect(main.get_by_text("(1 with errors)", exact=False)).to_be_visible()
        shot("21-campaigns-tracker-bad-row-en")

        # Brief pack: the text to copy, in the engagement's language, and the printable page.
        main.get_by_role("tab", name="Brief pack").click()
        expect(main.get_by_text("Di semua 140 gerai Kopi Senja", exact=False)).to_be_visible()
        with page.expect_download() as download:
            main.get_by_role("button", name="Download printable page").click()
        printable = tmp_path / "pack.html"
        download.value.save_as(printable)
        shot("22-campaigns-pack-en")

        sidebar.get_by_role("radiogroup").get_by_text("Bahasa Indonesia").click()
        expect(main.get_by_role("heading", name="Kampanye: semua kanal mendapat brief "
                                                "sebelum peluncuran")).to_be_visible()
        expect(prose.get_by_text("Diluncurkan 3 hari lagi")).to_be_visible()
        main.get_by_role("tab", name="Pelacak").click()
        expect(main.get_by_role("button", name="Unduh pelacak (Excel)")).to_be_visible()
        main.get_by_role("tab", name="Kanal").click()
        shot("23-campaigns-matrix-id")
        browser.close()

    states = {c.asset_id: c.state for c in services.campaign_channels(
        services.open_store(db), services.list_campaigns(services.open_store(db), 1)[0])}
    assert states["wa-cs"] == "briefed" and states["shopee"] == "not_briefed"
    assert "Kenapa diskon saya tidak muncul di aplikasi?" in printable.read_text("utf-8")

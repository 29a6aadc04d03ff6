"""The whole audit in a real headless Chromium against `streamlit run` on a fresh database.

The inventory's websites are a local HTTPS server with a trustme certificate; the app
trusts its CA through SIAGA_CA_BUNDLE (the Checks page's default CA bundle). A
screenshot of every page is saved to tests/artifacts/screens/.
"""

from __future__ import annotations

import os
import re
import socket
import ssl
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pytest
import trustme
from pytest_httpserver import HTTPServer

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "artifacts" / "screens"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
WAIT_MS = 60_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]

PAGE = """<!doctype html><html><head><title>Bank Sejahtera</title>
<meta name="description" content="Bank Sejahtera"><meta property="og:title" content="Bank">
</head><body><a href="https://www.instagram.com/banksejahtera/">Instagram</a></body></html>"""


@pytest.fixture(autouse=True)
def patient_expect() -> Iterator[None]:
    """expect() waits as long as the page does: a loaded machine is slow, never wrong."""
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    yield
    expect.set_options(timeout=5_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def https_site(tmp_path: Path) -> Iterator[tuple[HTTPServer, Path]]:
    """A local HTTPS website and the PEM of the CA that signed its certificate."""
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca_pem = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_pem))
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.expect_request("/").respond_with_data(
        PAGE, content_type="text/html",
        headers={"Strict-Transport-Security": "max-age=31536000",
                 "X-Content-Type-Options": "nosniff"})
    server.start()
    yield server, ca_pem
    server.clear()
    server.stop()


@contextmanager
def streamlit_server(tmp_path: Path, env: dict[str, str]) -> Iterator[str]:
    """`streamlit run streamlit_app.py` on a free port; yields its address once healthy."""
    port = free_port()
    log = (tmp_path / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
         "--server.headless", "true", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                pass
            assert proc.poll() is None, (tmp_path / "streamlit.log").read_text()
            assert time.monotonic() < deadline, "streamlit did not become healthy"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture
def app_url(tmp_path: Path, https_site: tuple[HTTPServer, Path]) -> Iterator[str]:
    """The app on a fresh database file, trusting the local HTTPS site's CA."""
    with streamlit_server(tmp_path, {"SIAGA_DB": str(tmp_path / "e2e.duckdb"),
                                     "SIAGA_CA_BUNDLE": str(https_site[1])}) as url:
        yield url


def test_full_audit_in_the_browser(app_url: str, https_site: tuple[HTTPServer, Path],
                                   tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    site = f"https://127.0.0.1:{https_site[0].port}/"
    inventory = tmp_path / "inventory.csv"
    inventory.write_text(
        "asset_id,platform,name,url,owner,backup_owner,two_factor,importance\n"
        f"web-main,website,Main website,{site},Rina,Budi,yes,primary\n", encoding="utf-8")
    SCREENS.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 2000}, accept_downloads=True)
        page.set_default_timeout(WAIT_MS)
        main = page.locator('[data-testid="stMain"]')

        def shot(name: str) -> None:
            page.wait_for_timeout(800)  # let charts and fonts settle before the picture
            page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

        def go(label: str) -> None:
            page.locator('[data-testid="stSidebarNav"] a', has_text=label).first.click()

        # Home: a first-time user sees what Siaga is and creates an engagement.
        page.goto(app_url)
        expect(page.get_by_text("Siaga lists a company's digital assets")).to_be_visible()
        shot("01-home-empty")
        page.get_by_label("Engagement name").fill("Bank Sejahtera intake")
        page.get_by_label("Client").fill("PT Bank Sejahtera")
        page.get_by_role("button", name="Create engagement").click()
        expect(page.get_by_text("Working on: Bank Sejahtera intake")).to_be_visible()
        shot("02-home-engagement")

        # Inventory: import a CSV after its preview.
        go("Inventory")
        expect(page.get_by_text("No assets yet")).to_be_visible()
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
            str(inventory))
        page.get_by_role("button", name="Import 1 valid row").click()
        expect(page.get_by_text("Imported 1 asset")).to_be_visible()
        shot("03-inventory")

        # Questionnaire: answer two questions.
        go("Questionnaire")
        questions = main.locator('[data-testid="stRadio"]')
        questions.nth(0).get_by_text("Yes", exact=True).click()
        expect(page.get_by_text("1 of 11 questions answered")).to_be_visible()
        questions.nth(1).get_by_text("Partly", exact=True).click()
        expect(page.get_by_text("2 of 11 questions answered")).to_be_visible()
        shot("04-questionnaire")

        # Checks: allow the local server, run, wait for the run to complete.
        go("Checks")
        page.get_by_text("Allow private and local addresses").click()
        page.get_by_role("button", name="Run checks").click()
        expect(page.get_by_text("completed,")).to_be_visible()
        expect(main.get_by_text("Results of the latest run")).to_be_visible()
        shot("05-checks")

        # Readiness: the score is on the dashboard.
        go("Readiness")
        metric = main.locator('[data-testid="stMetricValue"]').first
        expect(metric).to_contain_text("/ 100")
        expect(main.locator(".js-plotly-plot").first).to_be_visible()
        shot("06-readiness")

        go("Findings")
        expect(main.get_by_text("Findings: action plan")).to_be_visible()
        shot("07-findings")

        # Switch to Bahasa Indonesia, then download the workbook from Export.
        page.locator('[data-testid="stSidebar"]').get_by_text("Bahasa Indonesia").click()
        expect(page.locator('[data-testid="stSidebarNav"]')).to_contain_text("Ekspor")
        go("Ekspor")
        expect(main.get_by_text("Laporan audit (Excel)")).to_be_visible()
        shot("08-export-id")
        with page.expect_download() as download:
            page.get_by_role("button", name="Unduh laporan Excel").click()
        workbook_path = tmp_path / "audit.xlsx"
        download.value.save_as(workbook_path)
        go("Kesiapan")
        expect(main.get_by_text("Skor kesiapan")).to_be_visible()
        shot("09-readiness-id")
        browser.close()

    workbook = openpyxl.load_workbook(workbook_path)
    assert len(workbook.sheetnames) >= 5
    cells = [str(c.value) for ws in workbook.worksheets for row in ws.iter_rows()
             for c in row if c.value is not None]
    assert any("Bank Sejahtera" in c for c in cells)


def test_first_session_opens_the_picked_client_and_fetches_nothing_from_outside(
        tmp_path: Path) -> None:
    """The first browser session after a server start: the client picked is the one shown,
    a reload keeps it and the language, loading the demo keeps the language, and every
    request the page makes goes to the app's own address."""
    from playwright.sync_api import expect, sync_playwright

    from audit import services

    db = tmp_path / "clients.duckdb"
    store = services.open_store(db)
    services.load_demo(store)  # first in the picker, in Indonesian
    services.create_engagement(store, "PT Klien Nusantara", language="id")
    services.create_engagement(store, "PT Lain", language="en")
    SCREENS.mkdir(parents=True, exist_ok=True)

    with streamlit_server(tmp_path, {"SIAGA_DB": str(db)}) as app, sync_playwright() as p:
        own = urllib.parse.urlsplit(app).netloc
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        page = context.new_page()
        page.on("websocket", lambda socket: requested.append(socket.url))
        page.set_default_timeout(WAIT_MS)
        sidebar = page.locator('[data-testid="stSidebar"]')
        main = page.locator('[data-testid="stMain"]')

        def pick(name: str) -> None:
            sidebar.locator('[data-testid="stSelectbox"]').click()
            page.get_by_role("option", name=name, exact=True).click()

        page.goto(app)
        expect(page.get_by_text("Siaga lists a company's digital assets")).to_be_visible()
        pick("PT Klien Nusantara")  # the first click of the session, not the demo
        expect(main.get_by_text("Working on: PT Klien Nusantara")).to_be_visible()
        expect(main.get_by_text("Working on: Demo", exact=False)).to_have_count(0)

        sidebar.get_by_role("radiogroup").get_by_text("Bahasa Indonesia").click()
        expect(main.get_by_text("Sedang dikerjakan: PT Klien Nusantara")).to_be_visible()
        page.locator('[data-testid="stSidebarNav"] a', has_text="Kesiapan").click()
        expect(main.get_by_role("heading", name="Kesiapan")).to_be_visible()
        expect(page).to_have_url(re.compile(r"/readiness\?"))
        page.reload()  # a refresh, or the bookmark of this address
        expect(main.get_by_role("heading", name="Kesiapan")).to_be_visible()
        expect(sidebar.get_by_role("combobox")).to_have_value("PT Klien Nusantara")
        page.screenshot(path=str(SCREENS / "10-reload-keeps-client-id.png"), full_page=True)

        sidebar.get_by_role("radiogroup").get_by_text("English").click()
        page.locator('[data-testid="stSidebarNav"] a', has_text="Home").click()
        page.get_by_role("button", name="Load the demo engagement").click()
        expect(main.get_by_text("Working on: Demo: PT Kopi Senja Nusantara")).to_be_visible()
        expect(page.locator('[data-testid="stSidebarNav"]')).to_contain_text("Readiness")
        demo = "Demo: PT Kopi Senja Nusantara"
        expect(sidebar.get_by_role("combobox")).to_have_value(demo)  # the picker follows
        icons = page.locator('link[rel~="icon"]').evaluate_all("ls => ls.map(l => l.href)")
        page.locator('[data-testid="stSidebarNav"] a', has_text="Checks").click()
        expect(sidebar.get_by_role("combobox")).to_have_value(demo)  # still the demo
        results = main.locator('[data-testid="stDataFrame"]').first
        expect(results).to_be_visible()
        assert results.bounding_box()["height"] > 20 * 35  # the page's height, not 10 rows
        page.screenshot(path=str(SCREENS / "12-checks-results-tall.png"), full_page=True)
        page.screenshot(path=str(SCREENS / "11-demo-keeps-english.png"), full_page=True)
        browser.close()

    outside = sorted({urllib.parse.urlsplit(u).netloc for u in requested + icons} - {own})
    assert requested and not outside, f"requests to other hosts: {outside}"


def test_a_bookmark_is_the_servers_first_request(tmp_path: Path) -> None:
    """A bookmark of a client's Readiness page opened in a new browser right after the server
    starts (no visit to the home page first) shows that client, in the bookmarked language.

    Streamlit runs a page of the pages/ folder on its own until the entry script has run once
    in the process, which lost the address's engagement and language."""
    from playwright.sync_api import expect, sync_playwright

    from audit import services

    db = tmp_path / "bookmark.duckdb"
    store = services.open_store(db)
    services.load_demo(store)
    client = services.create_engagement(store, "PT Klien Nusantara", language="en")
    with streamlit_server(tmp_path, {"SIAGA_DB": str(db)}) as app, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for lang, heading in (("id", "Kesiapan"), ("en", "Readiness")):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.set_default_timeout(WAIT_MS)
            page.goto(f"{app}/readiness?engagement={client.id}&lang={lang}")
            main = page.locator('[data-testid="stMain"]')
            sidebar = page.locator('[data-testid="stSidebar"]')
            expect(main.get_by_role("heading", name=heading)).to_be_visible()
            expect(sidebar.get_by_role("combobox")).to_have_value("PT Klien Nusantara")
            expect(page).to_have_url(re.compile(rf"engagement={client.id}&lang={lang}"))
            context.close()
        browser.close()

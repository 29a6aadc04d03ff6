"""The Incident desk and the watch in a real headless Chromium on the demo: the closed drill's
checklist, opening a tier-1 incident and ticking a step, in English then Indonesian; the
lookalike domains on Findings. Screenshots go to tests/artifacts/screens/."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS, SCREENS, WAIT_MS, streamlit_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def test_incident_desk_and_watch_in_the_browser(tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from audit import services
    from audit.i18n import t

    db = tmp_path / "incident.duckdb"
    store = services.open_store(db)
    demo = services.load_demo(store)
    SCREENS.mkdir(parents=True, exist_ok=True)
    with streamlit_server(tmp_path, {"SIAGA_DB": str(db)}) as app, sync_playwright() as p:
        expect.set_options(timeout=WAIT_MS)
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1600})
        page.set_default_timeout(WAIT_MS)
        main = page.locator('[data-testid="stMain"]')

        def shot(name: str) -> None:
            page.wait_for_timeout(800)  # let fonts and tables settle before the picture
            page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

        page.goto(f"{app}/incident?engagement={demo.id}&lang=en")
        expect(main.get_by_role("heading", name="Incident desk")).to_be_visible()
        expect(main.get_by_text("Verify the facts with the team").first).to_be_visible()
        expect(main.get_by_text(t("incident.status.closed", "en")).first).to_be_visible()
        shot("30-incident-drill-en")

        main.locator('[data-testid="stExpander"] summary',
                     has_text=t("incident.app.open", "en")).click()
        main.get_by_label(t("incident.field.title", "en")).fill("Boycott call on X")
        main.get_by_role("radiogroup", name=t("incident.field.tier", "en")).get_by_text(
            t("incident.tier.1", "en")).click()
        main.get_by_role("button", name=t("incident.app.open", "en")).click()
        expect(main.get_by_text("Tier 1: call legal counsel").first).to_be_visible()
        opened = services.list_incidents(store, demo.id)[0]
        assert opened.title == "Boycott call on X" and opened.tier == 1
        main.get_by_role("button", name=t("incident.app.mark_done", "en")).first.click()
        expect(main.get_by_text("1 of ").first).to_be_visible()
        assert services.get_incident(store, demo.id, opened.id).steps[0].done_at is not None
        shot("31-incident-open-en")

        page.goto(f"{app}/incident?engagement={demo.id}&lang=id")
        expect(main.get_by_role("heading", name="Meja insiden")).to_be_visible()
        expect(main.get_by_text("Tingkat 1: hubungi tim hukum").first).to_be_visible()
        shot("32-incident-open-id")

        page.goto(f"{app}/findings?engagement={demo.id}&lang=en")
        expect(main.get_by_role("heading", name=t("watch.app.lookalikes", "en"))).to_be_visible()
        expect(main.get_by_text(t("watch.app.live_impostors", "en", count=1))).to_be_visible()
        shot("33-findings-watch-en")
        browser.close()

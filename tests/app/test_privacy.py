"""Served to other machines without a login, every page says so (issue #10)."""

from __future__ import annotations

import pytest
from streamlit import config

from audit.i18n import t


@pytest.mark.parametrize("page", ["home", "inventory", "checks", "export"])
def test_every_page_says_when_it_is_open_to_the_network_without_login(app, page):
    config.set_option("server.address", "0.0.0.0")  # restored by the app fixture
    at = app()
    if page != "home":
        at = at.switch_page(f"pages/{page}.py").run()
    assert t("app.exposed", "en", address="0.0.0.0") in [w.value for w in at.warning]


def test_a_loopback_app_shows_no_network_warning(app):
    opening = t("app.exposed", "en", address="127.0.0.1").split("(")[0]
    assert not [w.value for w in app().warning if w.value.startswith(opening)]


def test_the_checks_page_allows_named_hosts_only(app, store, httpserver):
    """The app's twin of `--allow-host`: the named host is reached, the guard stays on."""
    from audit import services
    from tests.app.test_pages import open_page, wait_for_run

    httpserver.expect_request("/").respond_with_data("<title>Intranet</title>",
                                                     content_type="text/html")
    acme = services.create_engagement(store, "PT Intranet").id
    services.save_inventory(store, acme, [
        {"asset_id": "web", "platform": "website", "owner": "Rina",
         "url": f"http://127.0.0.1:{httpserver.port}/"}])
    at = open_page(app(), acme, "checks")
    at.text_input(key="checks_hosts").input("127.0.0.1")
    at.button(key="checks_run").click().run()
    assert wait_for_run(acme).status == "completed"
    run = store.list_runs(acme)[-1]
    assert run.settings["allowed_hosts"] == ["127.0.0.1"]
    assert run.settings["allow_private"] is False
    assert httpserver.log, "the allowed host was never reached"

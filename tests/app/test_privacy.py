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

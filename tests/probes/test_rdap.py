"""The RDAP probe against a small local RDAP server."""

from __future__ import annotations

import socket

import pytest

from audit.probes import rdap
from audit.probes.config import ProbeSettings
from audit.probes.rdap import probe_rdap

pytestmark = pytest.mark.timeout(20)


def _settings(**kw) -> ProbeSettings:
    return ProbeSettings(allow_private=True, timeout_s=2, **kw)


def test_expiration_and_registrar_are_read(rdap_server) -> None:
    facts = probe_rdap("www.shop.brand.test", _settings(rdap_url=rdap_server.url))
    assert facts == {"domain": "brand.test", "source": f"{rdap_server.url}/domain/brand.test",
                     "expiration": "2027-03-01T00:00:00Z", "registrar": "PT Registrar Nusantara"}


def test_missing_expiration_is_none(rdap_server) -> None:
    facts = probe_rdap("nodate.test", _settings(rdap_url=rdap_server.url + "/"))
    assert (facts["expiration"], facts["registrar"]) == (None, None)
    assert "error" not in facts


def test_unknown_domain_is_not_found(rdap_server) -> None:
    facts = probe_rdap("ghost.test", _settings(rdap_url=rdap_server.url))
    assert facts["error_kind"] == "not_found"
    assert "ghost.test" in facts["error"]


def test_bootstrap_gives_the_base_url(rdap_server) -> None:
    settings = _settings(rdap_bootstrap_url=f"{rdap_server.url}/dns.json")
    assert probe_rdap("brand.test", settings)["expiration"] == "2027-03-01T00:00:00Z"
    assert probe_rdap("nodate.test", settings)["domain"] == "nodate.test"
    assert rdap_server.hits.count("/dns.json") == 1  # cached in-process


def test_bootstrap_is_fetched_on_a_machine_booted_seconds_ago(rdap_server) -> None:
    settings = _settings(rdap_bootstrap_url=f"{rdap_server.url}/dns.json")
    just_booted = 5.0  # time.monotonic() on Linux counts from boot
    bases = rdap._bootstrap_map(settings, clock=lambda: just_booted)
    assert bases["test"] == f"{rdap_server.url}/rdap/"
    assert rdap_server.hits.count("/dns.json") == 1


def test_failed_bootstrap_is_retried_only_after_the_window() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = _settings(rdap_bootstrap_url=f"http://127.0.0.1:{port}/dns.json")
    url = settings.rdap_bootstrap_url
    assert rdap._bootstrap_map(settings, clock=lambda: 5.0) is None
    assert rdap._bootstrap[url][0] == 5.0  # tried once, at that reading
    assert rdap._bootstrap_map(settings, clock=lambda: 5.0 + rdap.BOOTSTRAP_RETRY_S - 1) is None
    assert rdap._bootstrap[url][0] == 5.0  # within the window: not tried again
    assert rdap._bootstrap_map(settings, clock=lambda: 5.0 + rdap.BOOTSTRAP_RETRY_S) is None
    assert rdap._bootstrap[url][0] == 5.0 + rdap.BOOTSTRAP_RETRY_S  # tried again


def test_tld_missing_from_bootstrap_and_table_is_not_found(rdap_server) -> None:
    settings = _settings(rdap_bootstrap_url=f"{rdap_server.url}/dns.json")
    assert probe_rdap("brand.zzz-unknown", settings)["error_kind"] == "not_found"


def test_unreachable_bootstrap_falls_back_to_the_builtin_table() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = _settings(rdap_bootstrap_url=f"http://127.0.0.1:{port}/dns.json")
    assert rdap._base_for("brand.co.id", settings) == "https://rdap.pandi.id/rdap/"
    assert rdap._base_for("brand.com", settings) == "https://rdap.verisign.com/com/v1/"


def test_rdap_goes_through_the_ssrf_guard(rdap_server) -> None:
    facts = probe_rdap("brand.test", ProbeSettings(rdap_url=rdap_server.url, timeout_s=2))
    assert facts["error_kind"] == "blocked"
    assert rdap_server.hits == []


def test_unreachable_rdap_server_is_an_error_not_a_crash() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    facts = probe_rdap("brand.test", _settings(rdap_url=f"http://127.0.0.1:{port}"))
    assert facts["error_kind"] == "refused"


@pytest.mark.parametrize("host", ["127.0.0.1", "[2001:db8::1]", "2001:db8::1"])
def test_ip_address_has_no_registration(rdap_server, host: str) -> None:
    facts = probe_rdap(host, _settings(rdap_url=rdap_server.url))
    assert facts["error_kind"] == "not_found" and "IP address" in facts["error"]
    assert rdap_server.hits == []

"""The SSRF guard refuses every spelling of a non-public address, unless allowed."""

from __future__ import annotations

import ipaddress

import pytest

from audit.probes.config import ProbeSettings
from audit.probes.net import fetch
from audit.probes.ssrf import Blocked, check_url, denied_reason

HOSTILE = [
    "http://127.0.0.1/",
    "http://127.1/",  # short form
    "http://2130706433/",  # decimal
    "http://0177.0.0.1/",  # octal
    "http://017700000001/",  # octal, one number
    "http://0x7f.0.0.1/",  # hex
    "http://0x7f000001/",  # hex, one number
    "http://localhost/",
    "http://LOCALHOST./",
    "http://app.localhost/",
    "http://0.0.0.0/",
    "http://0/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1:8080/admin",
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata
    "http://100.64.0.1/",  # carrier-grade NAT
    "http://192.0.0.8/",  # is_global says True here
    "http://198.18.0.1/",
    "http://224.0.0.1/",  # multicast
    "http://255.255.255.255/",
    "http://240.0.0.1/",
    "http://[::1]/",
    "http://[::]/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://[fe80::1]/",
    "http://[fec0::1]/",
    "http://[ff02::1]/",
    "http://[::ffff:127.0.0.1]/",  # IPv4-mapped
    "http://[::ffff:a9fe:a9fe]/",  # IPv4-mapped metadata, hex
    "http://[::127.0.0.1]/",  # IPv4-compatible
    "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of 169.254.169.254
    "http://[2002:a9fe:a9fe::1]/",  # 6to4 of 169.254.169.254
    "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",  # Teredo
    "http://evil.example@127.0.0.1/",  # userinfo trick
    "http://user:pw@169.254.169.254/",
    "https://127.0.0.1:8443/",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_url_is_refused(url: str) -> None:
    with pytest.raises(Blocked, match="Refused to connect"):
        check_url(url, allow_private=False)


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_url_is_accepted_when_private_allowed(url: str) -> None:
    assert check_url(url, allow_private=True) is None


@pytest.mark.parametrize("url", [
    "http://8.8.8.8/", "https://1.1.1.1:8443/", "http://[2606:4700:4700::1111]/",
    "http://[64:ff9b::808:808]/",  # NAT64 of a public address
    "http://[::ffff:8.8.8.8]/",
])
def test_public_address_is_accepted(url: str) -> None:
    assert check_url(url, allow_private=False) is None


def test_refusal_names_the_address() -> None:
    with pytest.raises(Blocked, match=r"169\.254\.169\.254.*169\.254\.0\.0/16"):
        check_url("http://[64:ff9b::a9fe:a9fe]/", allow_private=False)


def test_allowed_host_is_exempt_but_others_are_not() -> None:
    check_url("http://127.0.0.1/", False, frozenset({"127.0.0.1"}))
    with pytest.raises(Blocked):
        check_url("http://169.254.169.254/", False, frozenset({"127.0.0.1"}))


@pytest.mark.parametrize("address", ["192.0.0.8", "224.0.0.1", "::127.0.0.1",
                                     "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::"])
def test_deny_list_catches_what_is_global_lets_through(address: str) -> None:
    assert denied_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.timeout(10)
def test_fetch_refuses_before_any_request_reaches_the_server(httpserver) -> None:
    httpserver.expect_request("/").respond_with_data("secret")
    attempt = fetch(httpserver.url_for("/"), ProbeSettings(timeout_s=2))
    assert attempt["error_kind"] == "blocked"
    assert "127.0.0.1" in attempt["error"] or "localhost" in attempt["error"]
    assert httpserver.log == []


@pytest.mark.timeout(10)
def test_redirect_to_metadata_is_refused_on_the_hop(httpserver) -> None:
    """The first hop is allowed by name; the redirect target is checked again and refused."""
    httpserver.expect_request("/").respond_with_data(
        "", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    settings = ProbeSettings(timeout_s=2, allowed_hosts=frozenset({"localhost", "127.0.0.1"}))
    attempt = fetch(httpserver.url_for("/"), settings)
    assert attempt["error_kind"] == "blocked"
    assert "169.254.169.254" in attempt["error"]
    assert attempt["chain"][0]["status"] == 302

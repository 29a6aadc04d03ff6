"""The website probe against real local HTTPS servers, judged by the real website checks.

Repeated header lines, several cookies and security.txt only mean something as they
arrive on the wire, so these run a trustme-certified server rather than recorded facts.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from audit.models import Asset
from audit.probes import gather
from audit.probes.config import ProbeSettings
from checks.base import Context
from checks.registry import get

pytestmark = pytest.mark.timeout(30)

TODAY = datetime.now(UTC).date()  # the certificate and Expires below are relative to it
PAGE = ('<html><head><title>Brand</title>'
        '<script src="https://cdn.example.net/widget.js"></script></head></html>')
HEADERS = [
    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
    ("Strict-Transport-Security", "max-age=0"),  # only the first line counts
    ("Content-Security-Policy", "default-src 'self'"),
    ("Content-Security-Policy", "frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer, whimsy"),
    ("Set-Cookie", "lang=id; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Secure; SameSite=Lax"),
    ("Set-Cookie", "sid=abc; Path=/; Secure"),  # a session cookie readable by scripts
]


def _site(https_server, security_txt: tuple[str, int, str] | None):
    server = https_server("good")
    server.expect_request("/").respond_with_data(PAGE, content_type="text/html",
                                                 headers=HEADERS)
    if security_txt:
        body, status, content_type = security_txt
        server.expect_request("/.well-known/security.txt").respond_with_data(
            body, status, content_type=content_type)
    return server


def _judge(server, ca_file: str) -> dict[str, tuple[str, str]]:
    asset = Asset("w1", "website", url=f"https://localhost:{server.port}/", kind="website")
    settings = ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3)
    facts = gather(asset, settings, {"website", "tls"})
    ctx = Context(today=TODAY, own_domains=frozenset({"localhost"}))
    ids = ("web.hsts", "web.security_headers", "web.cookies", "web.mixed_content",
           "web.csp_quality", "web.security_txt")
    return {i: (o.status, o.reason) for i in ids
            for o in [get(i).evaluate(facts, asset, ctx)]}


def test_live_site_is_judged_line_by_line(https_server, ca_file) -> None:
    expires = (TODAY + timedelta(days=100)).isoformat()
    server = _site(https_server, (f"Contact: mailto:security@localhost\nExpires: {expires}"
                                  "T00:00:00Z\n", 200, "text/plain"))
    assert _judge(server, ca_file) == {
        "web.hsts": ("pass", "web.hsts.ok"),
        "web.security_headers": ("pass", "web.security_headers.ok"),
        "web.cookies": ("fail", "web.cookies.session_exposed"),
        "web.mixed_content": ("warn", "web.mixed_content.no_sri"),
        "web.csp_quality": ("pass", "web.csp_quality.ok"),
        "web.security_txt": ("pass", "web.security_txt.ok"),
    }


def test_live_site_keeps_each_header_line(https_server, ca_file) -> None:
    server = _site(https_server, None)
    asset = Asset("w1", "website", url=f"https://localhost:{server.port}/", kind="website")
    facts = gather(asset, ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3),
                   {"website"})
    lines = facts["website"]["main"]["header_lines"]
    assert [v for k, v in lines if k == "set-cookie"] == [HEADERS[-2][1], HEADERS[-1][1]]
    assert [v for k, v in lines if k == "strict-transport-security"] == [
        "max-age=31536000; includeSubDomains", "max-age=0"]


def test_live_site_without_security_txt_fails_it(https_server, ca_file) -> None:
    server = _site(https_server, None)  # pytest-httpserver answers 500 to an unexpected path
    server.expect_request("/.well-known/security.txt").respond_with_data("nope", 404)
    assert _judge(server, ca_file)["web.security_txt"] == ("fail", "web.security_txt.absent")


def test_live_expired_certificate_fails_hsts_and_security_txt(https_server, ca_file) -> None:
    server = https_server("expired")
    server.expect_request("/").respond_with_data(PAGE, content_type="text/html",
                                                 headers=HEADERS)
    judged = _judge(server, ca_file)
    assert judged["web.hsts"] == ("fail", "web.hsts.cert_errors")
    assert judged["web.security_txt"] == ("fail", "web.security_txt.no_https")


def test_a_website_costs_two_https_requests(https_server, ca_file) -> None:
    """The page and security.txt over HTTPS, nothing more (http://host/ is the third fetch,
    the TLS probe's handshake sends no request): the README's 4 to 6 requests per site."""
    server = _site(https_server, ("Contact: mailto:a@localhost\n", 200, "text/plain"))
    settings = ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3)
    facts = gather(Asset("w1", "website", url=f"https://localhost:{server.port}/",
                         kind="website"), settings, {"website", "tls"})
    assert facts["website"]["security_txt"]["status"] == 200
    assert [request.path for request, _ in server.log] == ["/", "/.well-known/security.txt"]

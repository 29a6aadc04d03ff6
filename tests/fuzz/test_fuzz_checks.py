"""Fuzz the HTML and header parsers the web checks use, inside otherwise healthy facts."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from audit.models import STATUSES, Asset
from checks.base import Context
from checks.registry import BY_ID
from tests.fuzz.strategies import FUZZ, HUGE, TEXT, URL_LIKE

URL = "https://www.contoh.co.id/"
ASSET = Asset(asset_id="web", platform="website", kind="website", url=URL, owner="Dewi")
CTX = Context(today=date(2026, 6, 1), own_domains=frozenset({"contoh.co.id"}),
              dominant_handle="contoh",
              inventory_profiles=frozenset({("instagram", "contoh"), ("x", "contoh")}))
HTML_CHECKS = ("web.meta", "web.social_links")
HEADER_CHECKS = ("web.security_headers", "web.hsts")

ATTR = st.builds(lambda name, quote, value: f" {name}={quote}{value}{quote}",
                 st.sampled_from(["name", "property", "content", "href", "rel", "NAME",
                                  "Content", "href ", "x"]),
                 st.sampled_from(['"', "'", ""]),
                 st.one_of(TEXT, URL_LIKE, st.sampled_from(
                     ["description", "og:title", "og:image", "twitter:card",
                      "https://instagram.com/contoh", "//x.com/contoh", "javascript:alert(1)",
                      "http://[::1", "https://www.facebook.com/profile.php?id=12"])))
TAG = st.builds(lambda open_, name, attrs, close: f"{open_}{name}{''.join(attrs)}{close}",
                st.sampled_from(["<", "</", "<!", "<?", "< "]),
                st.sampled_from(["title", "meta", "a", "link", "head", "body", "script",
                                 "style", "html", "TITLE", "svg", "![CDATA[", "--", "base"]),
                st.lists(ATTR, max_size=4), st.sampled_from([">", "/>", "", " >", "-->"]))
HTML = st.one_of(
    TEXT, HUGE,
    st.lists(st.one_of(TAG, TEXT, st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&#99999999;",
                                                   "&", "<!--", "]]>", "\x00"])),
             max_size=40).map("".join))
HEADER_NAME = st.one_of(st.sampled_from([
    "strict-transport-security", "content-security-policy", "x-frame-options",
    "x-content-type-options", "referrer-policy", "content-type", "Strict-Transport-Security",
]), TEXT)
HEADER_VALUE = st.one_of(TEXT, HUGE, st.sampled_from([
    "max-age=31536000", "max-age=-1", "max-age=99999999999999999999999", "max-age=\"1\"",
    "max-age=1e9", "max-age=,", "max-age=0x10", "max-age=١٢٣", "includeSubDomains;max-age",
    "nosniff", "DENY", "frame-ancestors 'none'", "default-src 'self'; frame-ancestors",
    ";;;", "", " ", "no-referrer, unsafe-url"]))
HEADERS = st.dictionaries(HEADER_NAME, HEADER_VALUE, max_size=8)


def _facts(html: str, headers: dict[str, str], final_url: str = URL) -> dict:
    attempt = {"url": URL, "chain": [{"url": URL, "status": 200, "location": None}],
               "status": 200, "final_url": final_url, "headers": headers, "elapsed_ms": 120.0,
               "html": html, "content_type": "text/html; charset=utf-8", "error": None,
               "error_kind": None}
    http = {**attempt, "url": "http://www.contoh.co.id/",
            "chain": [{"url": "http://www.contoh.co.id/", "status": 301, "location": URL},
                      {"url": URL, "status": 200, "location": None}]}
    return {"website": {"url": URL, "main": attempt, "http": http}}


def _evaluate(check_id: str, facts: dict) -> None:
    spec = BY_ID[check_id]
    outcome = spec.evaluate(facts, ASSET, CTX)
    assert outcome.status in STATUSES
    assert outcome.status != "error", outcome  # healthy facts: the page is merely odd
    for lang in ("en", "id"):
        assert isinstance(spec.render(outcome.reason, outcome.values, lang), str)


@FUZZ
@given(HTML, st.one_of(st.just(URL), URL_LIKE))
def test_html_parsers(html, final_url):
    facts = _facts(html, {"content-type": "text/html"}, final_url)
    for check_id in HTML_CHECKS:
        _evaluate(check_id, facts)


@FUZZ
@given(HEADERS)
def test_header_parsers(headers):
    facts = _facts("<title>x</title>", headers)
    for check_id in HEADER_CHECKS:
        _evaluate(check_id, facts)

"""Website and profile probes, and gather() choosing probes per asset."""

from __future__ import annotations

import threading

import pytest

from audit.models import Asset
from audit.probes import gather
from audit.probes.config import ProbeSettings
from audit.probes.website import http_url, probe_website, site_url

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(("given", "expected"), [
    ("brand.co.id", "https://brand.co.id"),
    (" https://brand.co.id/promo ", "https://brand.co.id/promo"),
    ("http://brand.co.id", "http://brand.co.id"),
])
def test_site_url_assumes_https(given: str, expected: str) -> None:
    assert site_url(given) == expected


@pytest.mark.parametrize(("given", "expected"), [
    ("https://brand.co.id/promo?x=1", "http://brand.co.id/"),
    ("https://brand.co.id:8443/", "http://brand.co.id/"),  # an https port is not an http port
    ("http://brand.co.id:8080/a", "http://brand.co.id:8080/"),
    ("https://[2001:db8::1]/", "http://[2001:db8::1]/"),
])
def test_http_url_is_the_bare_host(given: str, expected: str) -> None:
    assert http_url(given) == expected


def test_website_http_entry_redirecting_to_https(httpserver, https_server, ca_file) -> None:
    secure = https_server("good")
    secure.expect_request("/").respond_with_data("<title>Brand</title>",
                                                 content_type="text/html")
    https_url = f"https://localhost:{secure.port}/"
    httpserver.expect_request("/").respond_with_data("", 301, headers={"Location": https_url})
    settings = ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3)
    facts = probe_website(f"http://localhost:{httpserver.port}/", settings)
    assert facts["main"]["final_url"] == https_url
    assert facts["main"]["html"] == "<title>Brand</title>"
    assert facts["http"]["chain"][0] == {"url": f"http://localhost:{httpserver.port}/",
                                         "status": 301, "location": https_url}


def test_website_asset_gathers_website_tls_and_rdap(https_server, ca_file, rdap_server) -> None:
    secure = https_server("expiring_9_days")
    secure.expect_request("/").respond_with_data("<p>hi</p>", content_type="text/html")
    asset = Asset("w1", "website", url=f"https://localhost:{secure.port}/", kind="website")
    settings = ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3,
                             rdap_url=rdap_server.url)
    facts = gather(asset, settings, ["website", "tls", "rdap", "mail", "profile"])
    assert set(facts) == {"website", "tls", "rdap"}
    assert facts["website"]["main"]["status"] == 200
    assert (facts["tls"]["host"], facts["tls"]["port"]) == ("localhost", secure.port)
    assert facts["tls"]["verified"] is True
    assert facts["rdap"]["domain"] == "localhost"


def test_only_the_needed_probes_run(https_server, ca_file) -> None:
    asset = Asset("w1", "website", url=f"https://localhost:{https_server('good').port}/",
                  kind="website")
    settings = ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3)
    assert set(gather(asset, settings, ["tls"])) == {"tls"}
    assert gather(asset, settings, []) == {}


def test_email_asset_gathers_mail_from_its_handle(dns_server) -> None:
    asset = Asset("e1", "email", handle="good.test", kind="email")
    facts = gather(asset, ProbeSettings(dns_server=dns_server, timeout_s=2), ["mail", "tls"])
    assert list(facts) == ["mail"]
    assert facts["mail"]["mx"][0]["exchange"] == "mx1.good.test"


@pytest.mark.timeout(30)
def test_rdap_cache_looks_a_domain_up_once_across_threads(rdap_server) -> None:
    settings = ProbeSettings(allow_private=True, timeout_s=3, rdap_url=rdap_server.url)
    cache: dict = {}
    assets = [Asset(f"a{i}", "website", url=f"https://{host}/", kind="website")
              for i, host in enumerate(["brand.test", "www.brand.test", "shop.brand.test"] * 4)]
    results: list[dict] = []
    threads = [threading.Thread(target=lambda a=a: results.append(
        gather(a, settings, ["rdap"], cache=cache))) for a in assets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r["rdap"]["expiration"] for r in results] == ["2027-03-01T00:00:00Z"] * 12
    assert rdap_server.hits == ["/domain/brand.test"]


def test_profile_markers_are_matched_after_entity_decoding(httpserver, settings) -> None:
    httpserver.expect_request("/gone/").respond_with_data(
        "<h2>SORRY, THIS PAGE ISN&#39;T AVAILABLE.</h2>", content_type="text/html")
    asset = Asset("s1", "instagram", handle="gone", url=httpserver.url_for("/gone/"),
                  kind="social")
    facts = gather(asset, settings, ["profile"])["profile"]
    assert (facts["status"], facts["rule"]) == (200, "page")
    assert facts["missing_marker"] == "Sorry, this page isn't available"
    assert facts["exists_marker"] is None and facts["wall_marker"] is None


def test_profile_of_hostile_server_is_an_error(raw_server, settings) -> None:
    server = raw_server(lambda conn, stop: stop.wait(30))
    asset = Asset("s1", "instagram", handle="brand", url=server.url, kind="social")
    facts = gather(asset, settings, ["profile"])["profile"]
    assert facts["error_kind"] == "timeout" and facts["missing_marker"] is None


def test_gather_profile_url_from_the_settings_template(httpserver) -> None:
    httpserver.expect_request("/ig/brand").respond_with_data("<p>Brand</p>",
                                                             content_type="text/html")
    settings = ProbeSettings(allow_private=True, timeout_s=2,
                             profile_urls={"instagram": httpserver.url_for("/ig/{handle}")})
    asset = Asset("s1", "instagram", handle="@brand", kind="social")
    facts = gather(asset, settings, ["profile"])["profile"]
    assert (facts["url"], facts["status"]) == (httpserver.url_for("/ig/brand"), 200)


def test_gather_profile_without_url_or_handle_is_an_error(settings) -> None:
    facts = gather(Asset("s1", "instagram", kind="social"), settings, ["profile"])
    assert facts["profile"]["error_kind"] == "invalid_url"


def test_gather_never_raises(settings) -> None:
    asset = Asset("s1", "no-such-platform", handle="x", kind="social")
    facts = gather(asset, settings, ["profile"])
    assert facts["profile"]["error_kind"] == "invalid_url"

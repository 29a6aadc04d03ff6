"""web.* checks as pure functions over healthy facts with one thing broken per test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from checkfacts import day

from checks.registry import get

Mutate = Callable[[dict[str, Any]], None]


def main(**over: Any) -> Mutate:
    def mutate(facts: dict[str, Any]) -> None:
        facts["website"]["main"].update(over)
    return mutate


def http(**over: Any) -> Mutate:
    def mutate(facts: dict[str, Any]) -> None:
        facts["website"]["http"].update(over)
    return mutate


def tls(**over: Any) -> Mutate:
    def mutate(facts: dict[str, Any]) -> None:
        facts["tls"].update(over)
    return mutate


def headers(**over: str | None) -> Mutate:
    def mutate(facts: dict[str, Any]) -> None:
        found = facts["website"]["main"]["headers"]
        for name, value in over.items():
            name = name.replace("_", "-")
            if value is None:
                found.pop(name, None)
            else:
                found[name] = value
    return mutate


def lines(*pairs: tuple[str, str]) -> Mutate:
    """Replace headers by these raw lines (as the probe records them), joined headers too;
    the healthy headers of other names stay."""
    def mutate(facts: dict[str, Any]) -> None:
        found = facts["website"]["main"]
        named = {name for name, _ in pairs}
        kept = [(k, v) for k, v in found["headers"].items() if k not in named]
        found["header_lines"] = [list(pair) for pair in [*kept, *pairs]]
        joined: dict[str, str] = {}
        for name, value in [*kept, *pairs]:
            joined[name] = f"{joined[name]}, {value}" if name in joined else value
        found["headers"] = joined
    return mutate


def sectxt(**over: Any) -> Mutate:
    def mutate(facts: dict[str, Any]) -> None:
        facts["website"]["security_txt"].update(over)
    return mutate


def cookies(*set_cookie: str) -> Mutate:
    """The final response sets exactly these cookies, one Set-Cookie line each."""
    return lines(*(("set-cookie", line) for line in set_cookie))


def page(html: str) -> Mutate:
    return main(html=html)


def csp(value: str | None) -> Mutate:
    return headers(content_security_policy=value)


def replace(probe: str, value: Any) -> Mutate:
    def mutate(facts: dict[str, Any]) -> None:
        facts[probe] = value
    return mutate


def drop(probe: str) -> Mutate:
    def mutate(facts: dict[str, Any]) -> None:
        del facts[probe]
    return mutate


def fails(kind: str, error: str = "boom") -> dict[str, Any]:
    return {"status": None, "final_url": None, "error": error, "error_kind": kind}


REDIRECT = {"url": "http://www.brand.co.id/", "status": 301}
SERVED = {"url": "https://www.brand.co.id/", "status": 200, "location": None}

CASES = [
    # web.reachable
    ("web.reachable", None, "pass", "web.reachable.ok", "healthy_site_is_reachable"),
    ("web.reachable", main(status=404), "fail", "web.reachable.http_status", "not_found_fails"),
    ("web.reachable", main(status=503), "fail", "web.reachable.http_status", "server_error_fails"),
    ("web.reachable", main(status=204), "pass", "web.reachable.ok", "any_2xx_passes"),
    ("web.reachable", main(**fails("dns")), "fail", "web.reachable.dns", "dns_failure_fails"),
    ("web.reachable", main(**fails("refused")), "fail", "web.reachable.refused",
     "refused_connection_fails"),
    ("web.reachable", main(**fails("timeout")), "fail", "web.reachable.timeout", "timeout_fails"),
    ("web.reachable", main(**fails("redirect_loop")), "fail", "web.reachable.redirect_loop",
     "redirect_loop_fails"),
    ("web.reachable", main(**fails("too_many_redirects")), "fail",
     "web.reachable.too_many_redirects", "eleven_redirects_fail"),
    ("web.reachable", main(**fails("tls")), "fail", "web.reachable.tls",
     "tls_failure_on_only_scheme_fails"),
    ("web.reachable", lambda f: (main(**fails("tls"))(f), http(
        status=200, final_url="http://www.brand.co.id/",
        chain=[{"url": "http://www.brand.co.id/", "status": 200, "location": None}])(f)),
     "fail", "web.reachable.tls", "inventoried_https_failing_tls_fails_whatever_http_does"),
    ("web.reachable", lambda f: (main(**fails("refused"))(f), http(
        status=200, final_url="http://www.brand.co.id/",
        chain=[{"url": "http://www.brand.co.id/", "status": 200, "location": None}])(f)),
     "fail", "web.reachable.refused", "inventoried_https_refused_fails_whatever_http_does"),
    ("web.reachable", main(url="http://www.brand.co.id/", final_url="http://www.brand.co.id/",
                           chain=[{"url": "http://www.brand.co.id/", "status": 200,
                                   "location": None}]),
     "pass", "web.reachable.ok", "inventoried_http_url_answering_passes"),
    ("web.reachable", main(**fails("blocked")), "error", "probe_error",
     "ssrf_blocked_url_is_an_error_not_a_fail"),
    ("web.reachable", main(status=200, error="body too large", error_kind="too_large"),
     "pass", "web.reachable.ok", "oversized_body_with_200_still_reachable"),
    ("web.reachable", drop("website"), "error", "probe_error", "missing_website_facts_error"),
    ("web.reachable", replace("website", {"error": "bad url", "error_kind": "invalid_url"}),
     "error", "probe_error", "failed_website_probe_errors"),
    ("web.reachable", main(status=301, final_url="https://brand.co.id/", error="blocked",
                           error_kind="blocked"),
     "error", "probe_error", "redirect_into_blocked_address_is_an_error"),
    ("web.reachable", main(status=200, error="connection reset", error_kind="other"),
     "pass", "web.reachable.ok", "reset_while_reading_body_still_answered"),
    # web.https_redirect
    ("web.https_redirect", None, "pass", "web.https_redirect.ok", "same_host_https_redirect"),
    ("web.https_redirect", http(chain=[{**REDIRECT, "location": "https://WWW.brand.co.id/x"},
                                       SERVED]),
     "pass", "web.https_redirect.ok", "host_case_is_ignored"),
    ("web.https_redirect", http(chain=[{**REDIRECT, "location": "https://brand.co.id/"},
                                       SERVED]),
     "warn", "web.https_redirect.indirect", "first_redirect_to_other_host_warns"),
    ("web.https_redirect", http(chain=[{**REDIRECT, "location": "/beranda"},
                                       {"url": "http://www.brand.co.id/beranda", "status": 301,
                                        "location": "https://www.brand.co.id/beranda"},
                                       SERVED]),
     "warn", "web.https_redirect.indirect", "first_redirect_staying_on_http_warns"),
    ("web.https_redirect", http(chain=[{**REDIRECT, "location": "http://promo.example.net/"},
                                       {"url": "http://promo.example.net/", "status": 200,
                                        "location": None}],
                                final_url="http://promo.example.net/"),
     "fail", "web.https_redirect.never_https", "redirect_that_never_reaches_https_fails"),
    ("web.https_redirect", http(chain=[{"url": "http://www.brand.co.id/", "status": 200,
                                        "location": None}],
                                final_url="http://www.brand.co.id/"),
     "fail", "web.https_redirect.no_redirect", "http_serving_content_fails"),
    ("web.https_redirect", http(chain=[], **fails("refused")), "pass",
     "web.https_redirect.no_http", "nothing_listening_on_http_passes"),
    ("web.https_redirect", http(chain=[], **fails("timeout")), "error", "probe_error",
     "http_timeout_is_an_error"),
    ("web.https_redirect", lambda f: f["website"].pop("http"), "error", "probe_error",
     "missing_http_attempt_errors"),
    # web.tls_valid
    ("web.tls_valid", None, "pass", "web.tls_valid.ok", "trusted_certificate_passes"),
    ("web.tls_valid", tls(verified=False, verify_code=10, not_after=day(-3)), "fail",
     "web.tls_valid.expired", "expired_certificate_fails"),
    ("web.tls_valid", tls(not_after=day(-1)), "fail", "web.tls_valid.expired",
     "certificate_expired_since_probe_fails"),
    ("web.tls_valid", tls(verified=False, verify_code=9, not_before=day(5)), "fail",
     "web.tls_valid.not_yet_valid", "not_yet_valid_certificate_fails"),
    ("web.tls_valid", tls(verified=False, verify_code=18, self_signed=True), "fail",
     "web.tls_valid.self_signed", "self_signed_certificate_fails"),
    ("web.tls_valid", tls(verified=False, verify_code=None, self_signed=True), "fail",
     "web.tls_valid.self_signed", "self_signed_flag_without_code_fails"),
    ("web.tls_valid", tls(verified=False, verify_code=62, sans=["other.example"]), "fail",
     "web.tls_valid.hostname_mismatch", "hostname_mismatch_fails"),
    ("web.tls_valid", tls(verified=False, verify_code=20,
                          verify_error="unable to get local issuer certificate"),
     "fail", "web.tls_valid.untrusted", "untrusted_chain_fails"),
    ("web.tls_valid", replace("tls", {"host": "www.brand.co.id", "error": "refused",
                                      "error_kind": "refused"}),
     "fail", "web.tls_valid.refused", "no_https_fails"),
    ("web.tls_valid", replace("tls", {"error": "handshake failure", "error_kind": "tls"}),
     "fail", "web.tls_valid.tls", "failed_handshake_fails"),
    ("web.tls_valid", replace("tls", {"error": "timed out", "error_kind": "timeout"}),
     "error", "probe_error", "tls_timeout_is_an_error"),
    ("web.tls_valid", drop("tls"), "error", "probe_error", "missing_tls_facts_error"),
    # web.tls_expiry
    ("web.tls_expiry", tls(not_after=day(30)), "pass", "web.tls_expiry.ok",
     "thirty_days_left_passes"),
    ("web.tls_expiry", tls(not_after=day(29)), "warn", "web.tls_expiry.soon",
     "twenty_nine_days_left_warns"),
    ("web.tls_expiry", tls(not_after=day(7)), "warn", "web.tls_expiry.soon",
     "seven_days_left_warns"),
    ("web.tls_expiry", tls(not_after=day(6)), "fail", "web.tls_expiry.imminent",
     "six_days_left_fails"),
    ("web.tls_expiry", tls(not_after=day(0)), "fail", "web.tls_expiry.imminent",
     "expiring_today_fails"),
    ("web.tls_expiry", tls(not_after=day(-1), verified=False, verify_code=10), "fail",
     "web.tls_expiry.expired", "expired_yesterday_fails"),
    ("web.tls_expiry", tls(not_after=f"{day(45)}T23:59:59+00:00", verified=False,
                           verify_code=18, self_signed=True),
     "pass", "web.tls_expiry.ok", "untrusted_certificate_still_reports_days"),
    ("web.tls_expiry", tls(not_after=None), "error", "web.tls_expiry.no_date",
     "unreadable_expiry_date_errors"),
    ("web.tls_expiry", replace("tls", {"error": "refused", "error_kind": "refused"}),
     "not_applicable", "web.tls_expiry.no_https", "no_https_has_nothing_to_expire"),
    ("web.tls_expiry", replace("tls", {"error": "handshake", "error_kind": "tls"}),
     "error", "probe_error", "failed_handshake_cannot_read_expiry"),
    # web.hsts
    ("web.hsts", None, "pass", "web.hsts.ok", "one_year_max_age_passes"),
    ("web.hsts", headers(strict_transport_security="max-age=15552000"), "pass", "web.hsts.ok",
     "max_age_at_observatory_cut_off_passes"),
    ("web.hsts", headers(strict_transport_security="max-age=15551999"), "warn",
     "web.hsts.max_age_short", "max_age_just_below_cut_off_warns"),
    ("web.hsts", headers(strict_transport_security="max-age=0"), "fail",
     "web.hsts.max_age_zero", "zero_max_age_fails"),
    ("web.hsts", headers(strict_transport_security="max-age=1"), "warn",
     "web.hsts.max_age_short", "one_second_max_age_warns"),
    ("web.hsts", lines(("strict-transport-security", "max-age=31536000"),
                       ("strict-transport-security", "max-age=0")),
     "pass", "web.hsts.ok", "only_the_first_header_line_counts"),
    ("web.hsts", lines(("strict-transport-security", "max-age=0"),
                       ("strict-transport-security", "max-age=31536000")),
     "fail", "web.hsts.max_age_zero", "a_later_good_line_does_not_rescue_the_first"),
    ("web.hsts", lines(("strict-transport-security", "max-age=31536000; max-age=31536000")),
     "fail", "web.hsts.malformed", "repeated_directive_is_malformed"),
    ("web.hsts", lines(("strict-transport-security", "max-age=31536000; includesubdomains; "
                                                      "includeSubDomains")),
     "fail", "web.hsts.malformed", "directive_names_are_case_insensitive_when_repeated"),
    ("web.hsts", headers(strict_transport_security="max-age=31536000, max-age=0"), "fail",
     "web.hsts.malformed", "comma_joined_value_from_old_facts_is_malformed"),
    ("web.hsts", headers(strict_transport_security="MAX-AGE=31536000;;preload; foo=\"a;b\""),
     "pass", "web.hsts.ok", "empty_directives_and_unknown_quoted_values_are_fine"),
    ("web.hsts", headers(strict_transport_security="max-age=-1"), "fail", "web.hsts.malformed",
     "negative_max_age_is_malformed"),
    ("web.hsts", headers(strict_transport_security="max-age =  31536000 ; includeSubDomains"),
     "pass", "web.hsts.ok", "whitespace_around_equals_is_allowed"),
    ("web.hsts", main(**fails("refused")), "fail", "web.hsts.no_https",
     "https_refused_fails_not_errors"),
    ("web.hsts", lambda f: (main(**fails("tls"))(f),
                            tls(verified=False, verify_code=18, self_signed=True)(f)),
     "fail", "web.hsts.cert_errors", "certificate_errors_fail_per_rfc_6797_8_1"),
    ("web.hsts", headers(strict_transport_security='max-age="31536000"; preload'), "pass",
     "web.hsts.ok", "quoted_max_age_passes"),
    ("web.hsts", headers(strict_transport_security=None), "fail", "web.hsts.missing",
     "missing_header_fails"),
    ("web.hsts", headers(strict_transport_security="max-age=abc"), "fail",
     "web.hsts.malformed", "non_numeric_max_age_fails"),
    ("web.hsts", headers(strict_transport_security="max-age=1; max-age=2"), "fail",
     "web.hsts.malformed", "duplicate_max_age_fails"),
    ("web.hsts", headers(strict_transport_security="includeSubDomains"), "fail",
     "web.hsts.malformed", "header_without_max_age_fails"),
    ("web.hsts", main(final_url="http://www.brand.co.id/"), "fail", "web.hsts.no_https",
     "site_not_on_https_fails"),
    ("web.hsts", main(**fails("timeout")), "error", "probe_error",
     "no_response_is_an_error"),
    ("web.hsts", main(status=301, headers={}, error="TLS failed", error_kind="tls"), "fail",
     "web.hsts.no_https", "tls_failing_on_a_redirect_hop_is_not_https"),
    ("web.hsts", main(url="http://www.brand.co.id/", **fails("refused")), "error",
     "probe_error", "http_inventoried_site_refusing_tells_nothing_about_hsts"),
    # web.security_headers
    ("web.security_headers", None, "pass", "web.security_headers.ok", "all_four_pass"),
    ("web.security_headers", headers(x_frame_options=None), "pass", "web.security_headers.ok",
     "csp_frame_ancestors_counts_as_frame_protection"),
    ("web.security_headers", headers(referrer_policy=None), "warn",
     "web.security_headers.partial", "three_of_four_warns"),
    ("web.security_headers", headers(referrer_policy=None, x_content_type_options=None),
     "warn", "web.security_headers.partial", "two_of_four_warns"),
    ("web.security_headers", headers(referrer_policy=None, x_content_type_options=None,
                                     content_security_policy=None),
     "fail", "web.security_headers.missing", "one_of_four_fails"),
    ("web.security_headers", headers(referrer_policy=None, x_content_type_options=None,
                                     content_security_policy=None, x_frame_options=None),
     "fail", "web.security_headers.missing", "none_fails"),
    ("web.security_headers", headers(content_security_policy=None,
                                     x_frame_options="ALLOW-FROM https://x.example"),
     "warn", "web.security_headers.partial", "allow_from_is_not_frame_protection"),
    ("web.security_headers", headers(x_content_type_options="sniff"), "warn",
     "web.security_headers.partial", "nosniff_must_be_nosniff"),
    ("web.security_headers", headers(referrer_policy="unsafe-url"), "warn",
     "web.security_headers.partial", "unsafe_referrer_policy_does_not_count"),
    ("web.security_headers", headers(referrer_policy="no-referrer, unsafe-url"), "warn",
     "web.security_headers.partial", "last_referrer_policy_wins"),
    ("web.security_headers", headers(referrer_policy="no-referrer, whimsy"), "pass",
     "web.security_headers.ok", "unknown_last_referrer_token_is_skipped"),
    ("web.security_headers", headers(referrer_policy="no-referrer,"), "pass",
     "web.security_headers.ok", "empty_last_referrer_token_is_skipped"),
    ("web.security_headers", headers(referrer_policy="whimsy"), "warn",
     "web.security_headers.partial", "unknown_referrer_policy_does_not_count"),
    ("web.security_headers", lines(("referrer-policy", "unsafe-url"),
                                   ("referrer-policy", "same-origin")),
     "pass", "web.security_headers.ok", "referrer_policy_lines_read_as_one_list"),
    ("web.security_headers", headers(x_frame_options="DENY", content_security_policy=(
        "default-src 'self'; frame-ancestors *")),
     "pass", "web.security_headers.ok", "x_frame_options_deny_counts"),
    ("web.security_headers", headers(x_frame_options="whimsy", content_security_policy=(
        "default-src 'self'; frame-ancestors *")),
     "warn", "web.security_headers.partial", "frame_ancestors_star_is_not_protection"),
    ("web.security_headers", headers(x_frame_options=None, content_security_policy=(
        "default-src 'self'; frame-ancestors https:")),
     "warn", "web.security_headers.partial", "frame_ancestors_bare_scheme_is_not_protection"),
    ("web.security_headers", headers(x_frame_options=None, content_security_policy=(
        "default-src 'self', FRAME-ANCESTORS 'none'")),
     "pass", "web.security_headers.ok", "frame_ancestors_in_a_second_comma_policy_counts"),
    ("web.security_headers", lambda f: (headers(x_frame_options=None)(f), lines(
        ("content-security-policy", "default-src 'self'"),
        ("content-security-policy", "frame-ancestors 'self'"))(f)),
     "pass", "web.security_headers.ok", "frame_ancestors_in_a_second_header_line_counts"),
    ("web.security_headers", lambda f: (headers(x_frame_options=None,
                                                content_security_policy=None)(f), main(
        html='<meta http-equiv="Content-Security-Policy" '
             'content="default-src \'self\'; frame-ancestors \'none\'">')(f)),
     "warn", "web.security_headers.partial", "meta_csp_counts_but_its_frame_ancestors_not"),
    ("web.security_headers", headers(content_security_policy=None,
                                     content_security_policy_report_only="default-src 'self'"),
     "warn", "web.security_headers.partial", "report_only_csp_never_counts"),
    ("web.security_headers", headers(content_security_policy=" ; , "),
     "warn", "web.security_headers.partial", "empty_csp_does_not_count"),
    ("web.security_headers", headers(x_frame_options="SAMEORIGIN, SAMEORIGIN",
                                     content_security_policy="default-src 'self'"),
     "warn", "web.security_headers.partial", "repeated_frame_option_is_invalid_as_observatory"),
    ("web.security_headers", lines(("x-frame-options", "DENY"), ("x-frame-options", "DENY"),
                                   ("content-security-policy", "default-src 'self'")),
     "warn", "web.security_headers.partial", "frame_option_on_two_lines_is_invalid"),
    ("web.security_headers", headers(content_security_policy="default-src 'self'; "
                                     "default-src 'none'"),
     "warn", "web.security_headers.partial", "csp_with_a_repeated_directive_is_invalid"),
    ("web.security_headers", headers(content_security_policy="default-src 'self'; "
                                     "report-uri /a; report-uri /b"),
     "pass", "web.security_headers.ok", "repeated_report_uri_is_allowed"),
    ("web.security_headers", headers(content_security_policy="script-src 'strict-dynamic'"),
     "warn", "web.security_headers.partial", "strict_dynamic_without_nonce_is_invalid"),
    ("web.security_headers", headers(content_security_policy="frame-anchestors 'none'",
                                     x_frame_options=None),
     "warn", "web.security_headers.partial", "csp_of_unknown_directives_counts_not_framing"),
    ("web.security_headers", headers(x_frame_options="DENY, SAMEORIGIN",
                                     content_security_policy="default-src 'self'"),
     "warn", "web.security_headers.partial", "conflicting_frame_options_do_not_count"),
    ("web.security_headers", headers(x_content_type_options="NoSniff, nosniff"), "pass",
     "web.security_headers.ok", "duplicated_nosniff_any_case_counts"),
    ("web.security_headers", headers(x_content_type_options="nosniff, whimsy"), "warn",
     "web.security_headers.partial", "nosniff_beside_another_value_does_not_count"),
    # web.meta
    ("web.meta", None, "pass", "web.meta.ok", "all_four_tags_pass"),
    ("web.meta", main(html="<html><head><title>Brand</title></head></html>"), "warn",
     "web.meta.partial", "title_only_warns"),
    ("web.meta", main(html="<html><head><title>  </title></head><body>hi</body></html>"),
     "fail", "web.meta.none", "blank_title_and_nothing_else_fails"),
    ("web.meta", main(html="", content_type="application/pdf"), "fail", "web.meta.no_html",
     "no_html_fails"),
    ("web.meta", main(html="<<title>>\x00<meta name=description content='x' <og:title <</a"),
     "warn", "web.meta.partial", "garbage_html_is_read_as_far_as_possible"),
    ("web.meta", main(**fails("dns")), "error", "probe_error", "unreachable_site_errors"),
    # web.response_time
    ("web.response_time", main(elapsed_ms=999.0), "pass", "web.response_time.fast",
     "just_under_one_second_passes"),
    ("web.response_time", main(elapsed_ms=1000.0), "warn", "web.response_time.slow",
     "one_second_warns"),
    ("web.response_time", main(elapsed_ms=2999.0), "warn", "web.response_time.slow",
     "just_under_three_seconds_warns"),
    ("web.response_time", main(elapsed_ms=3000.0), "fail", "web.response_time.very_slow",
     "three_seconds_fails"),
    ("web.response_time", main(**fails("timeout")), "fail", "web.response_time.timeout",
     "timeout_fails"),
    ("web.response_time", main(elapsed_ms=None), "error", "probe_error",
     "missing_timing_errors"),
    ("web.response_time", main(**fails("dns")), "error", "probe_error",
     "dns_failure_is_not_a_timing"),
    ("web.response_time", main(status=301, elapsed_ms=0.0, error="reset", error_kind="other"),
     "error", "probe_error", "failed_fetch_has_no_timing"),
    # web.social_links
    ("web.social_links", None, "pass", "web.social_links.ok",
     "links_to_inventoried_accounts_pass"),
    ("web.social_links", main(html='<a href="https://twitter.com/Brand_ID">X</a>'), "pass",
     "web.social_links.ok", "handle_is_normalised_before_comparing"),
    ("web.social_links", main(html='<a href="https://www.tiktok.com/@oldbrand">t</a>'),
     "warn", "web.social_links.unknown_only", "links_only_to_unknown_accounts_warn"),
    ("web.social_links", main(html='<a href="https://www.instagram.com/brandid">i</a>'
                                   '<a href="https://facebook.com/brand.lama">f</a>'),
     "warn", "web.social_links.some_unknown", "extra_unknown_account_warns"),
    ("web.social_links", main(html='<a href="/kontak">Kontak</a>'
                                   '<a href="https://www.instagram.com/">Instagram</a>'
                                   '<a href="mailto:halo@brand.co.id">email</a>'),
     "fail", "web.social_links.none", "no_profile_links_fails"),
    ("web.social_links", main(html=""), "fail", "web.social_links.none",
     "no_html_means_no_links"),
    ("web.social_links", main(html='<a href="http://[::1">x</a><a href="javascript:0">y</a>'
                                   '<a href=https://x.com/brandid>ok</a>'),
     "pass", "web.social_links.ok", "broken_hrefs_are_skipped"),
    ("web.social_links", main(**fails("timeout")), "error", "probe_error",
     "unreachable_page_errors"),
    # web.security_txt
    ("web.security_txt", None, "pass", "web.security_txt.ok", "contact_and_future_expires_pass"),
    ("web.security_txt", sectxt(text="Contact: https://brand.co.id/lapor\n"
                                     "Expires: 2026-02-01T00:00:00Z\n"),
     "warn", "web.security_txt.expired", "expired_file_warns"),
    ("web.security_txt", sectxt(text="Expires: 2027-02-01T00:00:00Z\n"), "warn",
     "web.security_txt.no_contact", "missing_contact_warns"),
    ("web.security_txt", sectxt(text="Contact: mailto:security@brand.co.id\n"), "warn",
     "web.security_txt.no_expires", "missing_expires_warns"),
    ("web.security_txt", sectxt(text="Contact: mailto:a@brand.co.id\nExpires: besok\n"), "warn",
     "web.security_txt.no_expires", "unparsable_expires_warns"),
    ("web.security_txt", sectxt(text="Contact: mailto:a@brand.co.id\n"
                                     "Expires: 2027-01-01T00:00:00Z\n"
                                     "Expires: 2028-01-01T00:00:00Z\n"),
     "warn", "web.security_txt.no_expires", "two_expires_fields_warn"),
    ("web.security_txt", sectxt(text="# Contact: nobody\n-----BEGIN PGP SIGNATURE-----\n"
                                     "Contact: mailto:a@brand.co.id\n"
                                     "expires: 2027-01-01T00:00:00+07:00\n"),
     "pass", "web.security_txt.ok", "comments_skipped_and_field_names_any_case"),
    ("web.security_txt", sectxt(content_type="text/html"), "warn",
     "web.security_txt.wrong_type", "complete_file_with_wrong_type_warns"),
    ("web.security_txt", sectxt(status=404, text="Not found"), "fail",
     "web.security_txt.absent", "not_found_fails"),
    ("web.security_txt", sectxt(status=410), "fail", "web.security_txt.absent", "gone_fails"),
    ("web.security_txt", sectxt(content_type="text/html", text="<html>Halaman tidak ada</html>"),
     "fail", "web.security_txt.not_a_file", "soft_404_html_page_fails"),
    ("web.security_txt", sectxt(**fails("refused")), "fail", "web.security_txt.no_https",
     "https_refused_means_no_security_txt"),
    ("web.security_txt", sectxt(final_url="http://www.brand.co.id/.well-known/security.txt"),
     "warn", "web.security_txt.not_https", "served_over_http_after_redirect_warns"),
    ("web.security_txt", sectxt(status=403), "unknown", "web.security_txt.unclear",
     "forbidden_proves_nothing"),
    ("web.security_txt", sectxt(status=503), "unknown", "web.security_txt.unclear",
     "server_error_proves_nothing"),
    ("web.security_txt", sectxt(**fails("timeout")), "error", "probe_error",
     "timeout_is_an_error"),
    ("web.security_txt", lambda f: f["website"].pop("security_txt"), "error", "probe_error",
     "facts_without_security_txt_error"),
    # web.cookies
    ("web.cookies", None, "pass", "web.cookies.ok", "protected_session_cookie_passes"),
    ("web.cookies", cookies("sid=1; Secure; HttpOnly; SameSite=Strict",
                            "lang=id; Max-Age=86400; Secure; SameSite=Lax"),
     "pass", "web.cookies.ok", "persistent_cookie_need_not_be_httponly"),
    ("web.cookies", cookies("sid=1; Secure; HttpOnly"), "warn", "web.cookies.weak",
     "cookie_without_samesite_warns"),
    ("web.cookies", cookies("sid=1; Secure; HttpOnly; SameSite=Whatever"), "warn",
     "web.cookies.weak", "invalid_samesite_value_warns"),
    ("web.cookies", cookies("lang=id; Expires=Wed, 21 Oct 2026 07:28:00 GMT; SameSite=Lax"),
     "warn", "web.cookies.weak", "non_session_cookie_without_secure_warns"),
    ("web.cookies", cookies("sid=1; HttpOnly; SameSite=Lax"), "fail",
     "web.cookies.session_exposed", "session_cookie_without_secure_fails"),
    ("web.cookies", cookies("sid=1; Secure; SameSite=Lax"), "fail",
     "web.cookies.session_exposed", "session_cookie_without_httponly_fails"),
    ("web.cookies", cookies("pref=1; Secure; SameSite=Lax"), "fail",
     "web.cookies.session_exposed", "cookie_without_expiry_is_session_like"),
    ("web.cookies", cookies("AUTH_TOKEN=1; Max-Age=3600; Secure; SameSite=Lax"), "fail",
     "web.cookies.session_exposed", "auth_named_persistent_cookie_is_session_like"),
    ("web.cookies", cookies("sid=1; Secure; HttpOnly; SameSite=Lax", "PHPSESSID=2; path=/"),
     "fail", "web.cookies.session_exposed", "each_line_is_judged_on_its_own"),
    ("web.cookies", headers(set_cookie="a=1; Max-Age=9; Secure; SameSite=Lax, "
                                       "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure; "
                                       "SameSite=Lax"),
     "pass", "web.cookies.ok", "joined_value_from_old_facts_is_split_per_cookie"),
    ("web.cookies", headers(set_cookie=None), "not_applicable", "web.cookies.none",
     "no_cookie_is_not_applicable"),
    ("web.cookies", cookies("no equals sign; Secure"), "not_applicable", "web.cookies.none",
     "line_browsers_ignore_is_no_cookie"),
    ("web.cookies", cookies("__Host-sid=1; HttpOnly; Path=/; SameSite=Lax"), "not_applicable",
     "web.cookies.all_rejected", "host_prefix_without_secure_is_refused_by_browsers"),
    ("web.cookies", cookies("__Host-sid=1; Secure; HttpOnly; Path=/; Domain=brand.co.id"),
     "not_applicable", "web.cookies.all_rejected", "host_prefix_with_domain_is_refused"),
    ("web.cookies", cookies("__secure-sid=1; HttpOnly; SameSite=Lax",
                            "sid=1; Secure; SameSite=Lax"),
     "fail", "web.cookies.session_exposed", "refused_cookie_aside_the_rest_is_judged"),
    ("web.cookies", cookies("__Host-sid=1; Secure; HttpOnly; Path=/; SameSite=Lax"), "pass",
     "web.cookies.ok", "well_formed_host_prefix_passes"),
    ("web.cookies", cookies("remember_login=1; Max-Age=86400; Secure; SameSite=Lax"), "fail",
     "web.cookies.session_exposed", "login_named_cookie_is_session_like_as_observatory"),
    ("web.cookies", main(**fails("timeout")), "error", "probe_error", "no_response_errors"),
    # web.mixed_content
    ("web.mixed_content", None, "pass", "web.mixed_content.ok", "page_without_scripts_passes"),
    ("web.mixed_content", page('<script src="/app.js"></script>'
                               '<script src="https://cdn.brand.co.id/x.js"></script>'
                               '<script src="https://cdn.example.net/l.js" '
                               'integrity="sha384-abc" crossorigin></script>'
                               '<link rel="stylesheet" href="//fonts.example.net/f.css">'),
     "pass", "web.mixed_content.ok", "own_and_sri_scripts_pass"),
    ("web.mixed_content", page('<script src="https://cdn.example.net/l.js"></script>'), "warn",
     "web.mixed_content.no_sri", "third_party_script_without_sri_warns"),
    ("web.mixed_content", page('<script src="http://www.brand.co.id/a.js"></script>'), "fail",
     "web.mixed_content.insecure", "script_over_http_fails"),
    ("web.mixed_content", page('<link rel="Stylesheet" href="http://cdn.example.net/s.css">'),
     "fail", "web.mixed_content.insecure", "stylesheet_over_http_fails"),
    ("web.mixed_content", page('<iframe src="http://video.example.net/e"></iframe>'), "fail",
     "web.mixed_content.insecure", "iframe_over_http_fails"),
    ("web.mixed_content", page('<form action="http://www.brand.co.id/login"></form>'), "fail",
     "web.mixed_content.insecure", "form_posting_over_http_fails"),
    ("web.mixed_content", page('<img src="http://www.brand.co.id/a.png">'
                               '<a href="http://example.net/">x</a>'),
     "pass", "web.mixed_content.ok", "passive_images_and_links_are_not_active_content"),
    ("web.mixed_content", lambda f: (page('<script src="http://www.brand.co.id/a.js"></script>')(f),
                                     csp("default-src 'self'; upgrade-insecure-requests")(f)),
     "pass", "web.mixed_content.ok", "upgrade_insecure_requests_covers_http_urls"),
    ("web.mixed_content", main(final_url="http://www.brand.co.id/"), "not_applicable",
     "web.mixed_content.not_https", "http_page_is_not_applicable"),
    ("web.mixed_content", main(html=""), "not_applicable", "web.mixed_content.no_html",
     "no_html_is_not_applicable"),
    ("web.mixed_content", main(truncated=True), "unknown", "web.mixed_content.truncated",
     "clean_start_of_a_truncated_page_proves_nothing"),
    ("web.mixed_content", main(**fails("dns")), "error", "probe_error", "unreachable_errors"),
    # web.csp_quality
    ("web.csp_quality", None, "pass", "web.csp_quality.ok", "default_src_self_passes"),
    ("web.csp_quality", csp("script-src 'self' 'unsafe-inline' 'nonce-r4nd'"), "pass",
     "web.csp_quality.ok", "unsafe_inline_with_nonce_is_ignored"),
    ("web.csp_quality", csp("script-src 'unsafe-inline' 'sha256-abc='"), "pass",
     "web.csp_quality.ok", "unsafe_inline_with_hash_is_ignored"),
    ("web.csp_quality", csp("script-src 'strict-dynamic' 'nonce-x' 'unsafe-inline' https: *"),
     "pass", "web.csp_quality.ok", "strict_dynamic_ignores_hosts_and_schemes"),
    ("web.csp_quality", csp("default-src 'self'; script-src 'self' 'unsafe-eval'"), "warn",
     "web.csp_quality.weak", "unsafe_eval_warns"),
    ("web.csp_quality", csp("script-src https:"), "warn", "web.csp_quality.weak",
     "bare_https_scheme_warns"),
    ("web.csp_quality", csp("script-src 'self' 'unsafe-inline'"), "fail",
     "web.csp_quality.unrestricted", "unsafe_inline_without_nonce_fails"),
    ("web.csp_quality", csp("default-src *"), "fail", "web.csp_quality.unrestricted",
     "wildcard_fails"),
    ("web.csp_quality", csp("script-src http: 'self'"), "fail", "web.csp_quality.unrestricted",
     "bare_http_scheme_fails"),
    ("web.csp_quality", csp("img-src 'self'; frame-ancestors 'none'"), "fail",
     "web.csp_quality.no_script_directive", "no_script_or_default_src_fails"),
    ("web.csp_quality", csp("default-src 'self'; script-src *"), "fail",
     "web.csp_quality.unrestricted", "script_src_overrides_default_src"),
    ("web.csp_quality", csp("default-src *, script-src 'self'"), "pass", "web.csp_quality.ok",
     "strictest_of_several_enforced_policies_decides"),
    ("web.csp_quality", csp("default-src 'self'; script-src 'self'; script-src *"), "fail",
     "web.csp_quality.invalid", "repeated_directive_is_invalid"),
    ("web.csp_quality", csp("script-src 'strict-dynamic' https:"), "fail",
     "web.csp_quality.invalid", "strict_dynamic_without_nonce_or_hash_is_invalid"),
    ("web.csp_quality", csp("script-src 'self', "), "fail", "web.csp_quality.invalid",
     "empty_policy_after_a_comma_is_invalid"),
    ("web.csp_quality", csp("default-src http:, default-src https:"), "pass",
     "web.csp_quality.ok", "policies_merge_by_intersection_as_the_observatory"),
    ("web.csp_quality", csp("script-src 'self' https://*.*"), "warn", "web.csp_quality.weak",
     "any_https_host_pattern_warns"),
    ("web.csp_quality", lambda f: (csp(None)(f), page(
        '<meta http-equiv="content-security-policy" content="frame-ancestors \'none\'">')(f)),
     "not_applicable", "web.csp_quality.no_csp", "meta_of_header_only_directives_is_no_csp"),
    ("web.csp_quality", lambda f: (csp(None)(f), page(
        '<meta http-equiv="content-security-policy" content="script-src \'self\'; '
        'script-src *">')(f)),
     "fail", "web.csp_quality.invalid", "repeated_directive_in_meta_is_invalid"),
    ("web.csp_quality", lambda f: (csp(None)(f), page(
        '<meta http-equiv="content-security-policy" content="script-src \'unsafe-eval\'">')(f)),
     "warn", "web.csp_quality.weak", "meta_csp_is_enforced"),
    ("web.csp_quality", lambda f: (csp(None)(f), headers(
        content_security_policy_report_only="script-src 'self'")(f)),
     "not_applicable", "web.csp_quality.no_csp", "report_only_is_not_enforced"),
    ("web.csp_quality", main(**fails("dns")), "error", "probe_error", "unreachable_errors"),
]


@pytest.mark.parametrize(("check_id", "mutate", "status", "reason"),
                         [pytest.param(*case[:4], id=case[4]) for case in CASES])
def test_web_check(judge, facts, check_id, mutate, status, reason):
    if mutate:
        mutate(facts)
    outcome = judge(check_id, facts)
    assert (outcome.status, outcome.reason) == (status, reason), outcome


def test_tls_expiry_reports_days_and_date(judge, facts):
    tls(not_after=day(9))(facts)
    outcome = judge("web.tls_expiry", facts)
    assert (outcome.values["days"], outcome.values["date"]) == (9, day(9))
    assert get("web.tls_expiry").render(outcome.reason, outcome.values, "en") == \
        f"Certificate expires in 9 days ({day(9)})."
    assert get("web.tls_expiry").render(outcome.reason, outcome.values, "id") == \
        f"Sertifikat kedaluwarsa dalam 9 hari ({day(9)})."


def test_tls_expiry_of_untrusted_certificate_says_untrusted(judge, facts):
    tls(verified=False, verify_code=18, not_after=day(3))(facts)
    outcome = judge("web.tls_expiry", facts)
    assert (outcome.status, outcome.values["days"], outcome.values["trusted"]) == ("fail", 3, False)


def test_security_headers_lists_what_is_missing(judge, facts):
    headers(referrer_policy=None, x_content_type_options=None)(facts)
    outcome = judge("web.security_headers", facts)
    assert outcome.values["missing"] == "X-Content-Type-Options: nosniff, Referrer-Policy"


def test_social_links_lists_accounts_missing_from_inventory(judge, facts):
    main(html='<a href="https://www.tiktok.com/@oldbrand">t</a>'
              '<a href="https://t.me/brand_cs">tg</a>')(facts)
    outcome = judge("web.social_links", facts)
    assert outcome.values["unknown"] == "telegram @brandcs, tiktok @oldbrand"


def test_https_redirect_resolves_relative_location(judge, facts):
    http(chain=[{**REDIRECT, "location": "//www.brand.co.id/"}, SERVED])(facts)
    outcome = judge("web.https_redirect", facts)
    assert outcome.status == "warn"  # scheme-relative keeps http
    assert outcome.values["location"] == "http://www.brand.co.id/"

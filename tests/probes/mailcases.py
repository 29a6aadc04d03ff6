"""Mail-domain cases shaped after checkdmarc's own tests (tests/test_spf.py, test_dmarc.py of
domainaware/checkdmarc) and the issue's families, each with the verdict CHECKS.md gives.

A case is (id, check, zone, domain, expected status); the zone is in the RFC 7208 suite's
format (tests/probes/spfzone.py serves it). Where checkdmarc and the RFC part ways, the
expected verdict follows the RFC, as CHECKS.md says.
"""

from __future__ import annotations

from typing import Any

D = "brand.test"


def txt(*records: str) -> list[dict[str, Any]]:
    return [{"TXT": r} for r in records]


def spf_case(case_id: str, record: str, status: str, **zone: Any) -> tuple:
    """An SPF case: `record` at brand.test, `zone` more names (dots written as __)."""
    names = {k.replace("__", "."): v for k, v in zone.items()}
    return (case_id, "mail.spf", {D: txt(record), **names}, D, status)


def dmarc_case(case_id: str, records: list[str], status: str, domain: str = D,
               **zone: Any) -> tuple:
    names = {k.replace("__", "."): v for k, v in zone.items()}
    return (case_id, "mail.dmarc", {f"_dmarc.{domain}": txt(*records), **names}, domain, status)


A1 = [{"A": "192.0.2.10"}]
MANY = " ".join(f"include:s{i}.test" for i in range(6))
SIX_INCLUDES = {f"s{i}__test": txt("v=spf1 a mx -all") + A1 + [{"MX": [10, "mx.s.test"]}]
                for i in range(6)}  # each include costs 3 lookups: itself, a, mx

CASES: list[tuple] = [
    # SPF, after checkdmarc tests/test_spf.py
    spf_case("uppercase_mechanism", "v=spf1 IP4:192.0.2.8 -ALL", "pass"),
    spf_case("uppercase_version", "V=SPF1 ip4:192.0.2.8 -all", "pass"),
    spf_case("split_record", "v=spf1 ip4:192.0.2.8 include:_spf.sf.test -all", "pass",
             _spf__sf__test=txt("v=spf1 ip4:198.51.100.0/24 ~all")),
    spf_case("unknown_modifier_after_all", "v=spf1 ip4:192.0.2.110 -all MS=83859DAEBD1978F9A7A",
             "pass"),
    spf_case("junk_word_after_all", "v=spf1 ip4:192.0.2.110 -all moo", "fail"),
    spf_case("all_with_value", "v=spf1 -all:foobar", "fail"),
    spf_case("include_nxdomain", "v=spf1 include:example.doesnotexist ~all", "fail"),
    spf_case("include_without_spf", "v=spf1 include:nospf.test ~all", "fail",
             nospf__test=txt("hello")),
    spf_case("too_many_lookups_over_includes", f"v=spf1 {MANY} ~all", "fail", **SIX_INCLUDES),
    spf_case("ten_lookups_over_includes", "v=spf1 include:s0.test include:s1.test "
             "include:s2.test a ip4:192.0.2.1 ~all", "pass",
             **{k: v for k, v in SIX_INCLUDES.items() if k[:2] in ("s0", "s1", "s2")}),
    spf_case("eleven_lookups_over_includes", "v=spf1 include:s0.test include:s1.test "
             "include:s2.test a mx ~all", "fail",
             **{k: v for k, v in SIX_INCLUDES.items() if k[:2] in ("s0", "s1", "s2")}),
    spf_case("too_many_void_lookups", "v=spf1 a:v1.test mx:v2.test a:v3.test ~all", "fail"),
    spf_case("two_void_lookups", "v=spf1 a:v1.test a:v2.test ~all", "pass"),
    spf_case("empty_include_then_name", "v=spf1 mx a:mail.brand.test include: trust.test ~all",
             "fail"),
    spf_case("hostname_in_ip4", "v=spf1 ip4:192.0.2.236 +ip4:relay.mail.test ~all", "fail"),
    spf_case("ipv6_in_ip4", "v=spf1 ip4:1200:0000:AB00:1234:0000:2552:7777:1313 ~all", "fail"),
    spf_case("ip4_cidr_99", "v=spf1 ip4:192.0.2.236/99 ~all", "fail"),
    spf_case("bad_ipv6", "v=spf1 ip6:1200:0000:AB00:1234:O000:2552:7777:1313 ~all", "fail"),
    spf_case("ipv4_in_ip6", "v=spf1 ip6:192.0.2.236 ~all", "fail"),
    spf_case("ip6_cidr_130", "v=spf1 ip6:2001:db8::/130 ~all", "fail"),
    spf_case("missing_space_before_all", "v=spf1 ip4:192.0.2.8~all", "fail"),
    spf_case("self_include_loop", f"v=spf1 include:{D}", "fail"),
    spf_case("include_loop_via_two", "v=spf1 include:l1.test -all", "fail",
             l1__test=txt("v=spf1 include:l2.test -all"),
             l2__test=txt("v=spf1 include:l1.test -all")),
    spf_case("mx_without_mx_records", "v=spf1 mx ~all", "pass"),
    spf_case("macro_exists", "v=spf1 exists:%{i}.spf.hc.test ~all", "pass"),
    spf_case("macro_in_a", "v=spf1 a:%{l}.brand.test -all", "pass"),
    spf_case("broken_macro_in_a", "v=spf1 a:%{?} -all", "fail"),
    spf_case("broken_macro_in_include", "v=spf1 include:%{?}._spf.brand.test -all", "fail"),
    spf_case("broken_macro_in_exists", "v=spf1 exists:%{?}._spf.brand.test -all", "fail"),
    spf_case("broken_macro_in_redirect", "v=spf1 redirect=%{?}._spf.brand.test", "fail"),
    spf_case("valid_macro_in_exp", "v=spf1 -all exp=%{d}", "pass"),
    spf_case("unknown_macro_letter_in_exp", "v=spf1 -all exp=%{z}", "fail"),
    spf_case("macro_c_outside_exp", "v=spf1 a:%{c}.brand.test -all", "fail"),
    spf_case("neutral_all", "v=spf1 ip4:192.0.2.1 ?all", "warn"),
    spf_case("softfail_all", "v=spf1 ip4:192.0.2.1 ~all", "pass"),
    spf_case("plus_all", "v=spf1 +all", "fail"),
    spf_case("no_all", "v=spf1 ip4:192.0.2.1", "warn"),
    spf_case("redirect_followed", "v=spf1 redirect=_spf.brand.test", "pass",
             _spf__brand__test=txt("v=spf1 ip4:192.0.2.0/24 -all")),
    spf_case("redirect_to_plus_all", "v=spf1 redirect=_spf.brand.test", "fail",
             _spf__brand__test=txt("v=spf1 +all")),
    spf_case("redirect_ignored_with_all", "v=spf1 -all redirect=_spf.brand.test", "pass",
             _spf__brand__test=txt("v=spf1 +all")),
    spf_case("redirect_loop", "v=spf1 redirect=r1.test", "fail",
             r1__test=txt(f"v=spf1 redirect={D}")),
    spf_case("redirect_nxdomain", "v=spf1 redirect=gone.test", "fail"),
    spf_case("include_of_plus_all", "v=spf1 include:open.test -all", "fail",
             open__test=txt("v=spf1 +all")),
    spf_case("ptr_mechanism", "v=spf1 ptr -all", "pass"),
    spf_case("too_many_mx_hosts", "v=spf1 mx:big.test -all", "fail",
             big__test=[{"MX": [i, f"mx{i}.big.test"]} for i in range(11)]),
    ("two_spf_records", "mail.spf", {D: txt("v=spf1 -all", "v=spf1 ~all")}, D, "fail"),
    ("leading_space_is_not_spf", "mail.spf", {D: txt(" v=spf1 -all")}, D, "fail"),
    ("spf10_is_not_spf", "mail.spf", {D: txt("v=spf10 -all")}, D, "fail"),
    ("no_spf_record", "mail.spf", {D: txt("google-site-verification=x")}, D, "fail"),
    ("spf_lookup_servfail", "mail.spf", {D: ["TIMEOUT"]}, D, "error"),
    # DMARC, after checkdmarc tests/test_dmarc.py
    dmarc_case("mixed_formatting", ["v=DMARC1;p=ReJect"], "pass"),
    dmarc_case("invalid_policy", ["v=DMARC1; p=foo; rua=mailto:d@brand.test"], "fail"),
    dmarc_case("grammar_error_p_without_value", ["v=DMARC1; p"], "fail"),
    dmarc_case("duplicate_tags", ["v=DMARC1; p=reject; p=none"], "fail"),
    dmarc_case("unknown_tag_ignored", ["v=DMARC1; p=reject; xyz=foo"], "pass"),
    dmarc_case("spf_record_at_dmarc", ["v=spf1 include:brand.test -all"], "fail"),
    dmarc_case("sp_none_under_reject", ["v=DMARC1; p=reject; sp=none"], "warn"),
    dmarc_case("invalid_sp", ["v=DMARC1; p=reject; sp=invalid"], "fail"),
    dmarc_case("leading_whitespace", [" v=DMARC1; p=reject"], "fail"),
    dmarc_case("multiple_records", ["v=DMARC1; p=reject", "v=DMARC1; p=none"], "fail"),
    dmarc_case("unrelated_records_ignored", ["v=DMARC1; p=reject", "some other txt"], "pass"),
    dmarc_case("p_none", ["v=DMARC1; p=none"], "warn"),
    dmarc_case("pct_50", ["v=DMARC1; p=reject; pct=50"], "warn"),
    dmarc_case("pct_100", ["v=DMARC1; p=quarantine; pct=100"], "pass"),
    dmarc_case("pct_not_a_number", ["v=DMARC1; p=reject; pct=abc"], "pass"),
    dmarc_case("p_not_second", ["v=DMARC1; sp=quarantine; p=reject"], "pass"),
    dmarc_case("version_lower_case", ["v=dmarc1; p=reject"], "fail"),
    ("dmarc_nxdomain", "mail.dmarc", {D: A1}, D, "fail"),
    ("subdomain_uses_organisational_record", "mail.dmarc",
     {"_dmarc.brand.test": txt("v=DMARC1; p=reject"), "mail.brand.test": A1},
     "mail.brand.test", "warn"),
    ("subdomain_gets_organisational_sp_none", "mail.dmarc",
     {"_dmarc.brand.test": txt("v=DMARC1; p=reject; sp=none"), "mail.brand.test": A1},
     "mail.brand.test", "warn"),
    ("subdomain_own_record_wins", "mail.dmarc",
     {"_dmarc.mail.brand.test": txt("v=DMARC1; p=reject"),
      "_dmarc.brand.test": txt("v=DMARC1; p=none")}, "mail.brand.test", "pass"),
    ("subdomain_no_record_anywhere", "mail.dmarc", {"mail.brand.test": A1},
     "mail.brand.test", "fail"),
    # MX (RFC 5321 5.1, RFC 7505)
    ("mx_resolving", "mail.mx", {D: [{"MX": [10, "mx.brand.test"]}], "mx.brand.test": A1}, D,
     "pass"),
    ("mx_host_missing", "mail.mx", {D: [{"MX": [10, "gone.brand.test"]}]}, D, "fail"),
    ("mx_host_without_address", "mail.mx",
     {D: [{"MX": [10, "mx.brand.test"]}], "mx.brand.test": txt("x")}, D, "fail"),
    ("mx_one_of_two_resolving", "mail.mx",
     {D: [{"MX": [10, "gone.brand.test"]}, {"MX": [20, "mx.brand.test"]}],
      "mx.brand.test": [{"AAAA": "2001:db8::1"}]}, D, "pass"),
    ("implicit_mx", "mail.mx", {D: A1}, D, "warn"),
    ("no_mx_no_address", "mail.mx", {D: txt("v=spf1 -all")}, D, "fail"),
    ("null_mx", "mail.mx", {D: [{"MX": [0, "."]}]}, D, "fail"),
    ("null_mx_mixed", "mail.mx", {D: [{"MX": [0, "."]}, {"MX": [10, "mx.brand.test"]}],
                                  "mx.brand.test": A1}, D, "fail"),
    ("mx_ip_literal", "mail.mx", {D: [{"MX": [10, "192.0.2.25"]}]}, D, "fail"),
    ("mx_servfail", "mail.mx", {D: ["TIMEOUT"]}, D, "error"),
]

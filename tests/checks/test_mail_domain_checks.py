"""mail.* and domain.expiry as pure functions over healthy facts with one thing broken.

The mail facts carry the DNS answers the probe recorded (facts["mail"]["dns"]); the
checks replay them, so each case below is the DNS a receiver would see.
"""

from __future__ import annotations

from typing import Any

import pytest
from checkfacts import day, healthy_asset, healthy_facts

from checks.registry import get


def records(name: str, value: Any):
    def mutate(facts: dict[str, Any]) -> None:
        facts["mail"][name] = value
    return mutate


def both(*mutations):
    def mutate(facts: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(facts)
    return mutate


def dns(**by_name: Any):
    """answers() with the name spelt out: dns(**{"TXT x.example": [...]})."""
    def mutate(facts: dict[str, Any]) -> None:
        facts["mail"]["dns"].update(by_name)
    return mutate


def lookup_failed(name: str):
    def mutate(facts: dict[str, Any]) -> None:
        facts["mail"][name] = None
        facts["mail"]["errors"] = {name: "SERVFAIL from 127.0.0.1"}
    return mutate


def expiring(value: Any):
    def mutate(facts: dict[str, Any]) -> None:
        facts["rdap"]["expiration"] = value
    return mutate


def spf(*terms: str) -> list[str]:
    return [" ".join(("v=spf1", *terms))]


def spf_with(*terms: str, **zone: list[str]):
    """The domain's SPF record is `terms`; `zone` adds TXT answers by name."""
    return both(records("spf", spf(*terms)),
                dns(**{f"TXT {name}": value for name, value in zone.items()}))


def includes(count: int, lookups_each: int = 0) -> Any:
    """`count` includes, each with `lookups_each` `a` terms of its own (names resolving)."""
    names = [f"_spf{i}.example.com" for i in range(count)]
    zone = {f"TXT {n}": spf(*(["a"] * lookups_each), "-all") for n in names}
    zone.update({f"A {n}": ["192.0.2.1"] for n in names})
    return [f"include:{n}" for n in names], zone


def spf_includes(count: int, lookups_each: int = 0):
    terms, zone = includes(count, lookups_each)
    return both(records("spf", spf(*terms, "-all")), dns(**zone))


NOWHERE = "NXDOMAIN"
MX1 = {"preference": 10, "exchange": "mx1.brand.co.id"}

CASES = [
    # mail.mx
    ("mail.mx", None, "pass", "mail.mx.ok", "mx_records_pass"),
    ("mail.mx", both(records("mx", []), dns(**{"A brand.co.id": ["203.0.113.5"],
                                               "AAAA brand.co.id": []})),
     "warn", "mail.mx.implicit", "no_mx_but_an_address_is_implicit_mx"),
    ("mail.mx", both(records("mx", []), dns(**{"A brand.co.id": NOWHERE,
                                               "AAAA brand.co.id": NOWHERE})),
     "fail", "mail.mx.missing", "no_mx_and_no_address_fails"),
    ("mail.mx", records("mx", []), "error", "probe_error",
     "no_mx_with_unrecorded_address_lookups_errors"),
    ("mail.mx", records("mx", [{"preference": 0, "exchange": "."}]), "fail", "mail.mx.null",
     "null_mx_fails"),
    ("mail.mx", records("mx", [{"preference": 0, "exchange": "."}, MX1]), "fail",
     "mail.mx.null_mixed", "null_mx_mixed_with_real_mx_fails"),
    ("mail.mx", records("mx", [{"preference": 10, "exchange": "192.0.2.25"}]), "fail",
     "mail.mx.ip_literal", "mx_naming_an_ip_literal_fails"),
    ("mail.mx", dns(**{"A mx1.brand.co.id": NOWHERE, "A mx2.brand.co.id": []}), "fail",
     "mail.mx.no_address", "every_mx_host_without_address_fails"),
    ("mail.mx", dns(**{"A mx1.brand.co.id": NOWHERE}), "pass", "mail.mx.ok",
     "one_mx_host_with_an_address_is_enough"),
    ("mail.mx", dns(**{"A mx1.brand.co.id": [], "A mx2.brand.co.id": [],
                       "AAAA mx2.brand.co.id": ["2001:db8::25"]}), "pass", "mail.mx.ok",
     "an_ipv6_only_mx_host_counts"),
    ("mail.mx", dns(**{"A mx1.brand.co.id": NOWHERE,
                       "A mx2.brand.co.id": {"error": "DNS lookup timed out"}}),
     "error", "probe_error", "mx_host_lookup_timeout_is_not_proof_of_no_address"),
    ("mail.mx", lookup_failed("mx"), "error", "probe_error", "failed_mx_lookup_errors"),
    ("mail.mx", lambda f: f.pop("mail"), "error", "probe_error", "missing_mail_facts_error"),
    # mail.spf: the effective all
    ("mail.spf", None, "pass", "mail.spf.ok", "hard_fail_all_over_includes_passes"),
    ("mail.spf", records("spf", spf("mx", "~all")), "pass", "mail.spf.ok",
     "soft_fail_all_passes"),
    ("mail.spf", records("spf", spf("mx", "?all")), "warn", "mail.spf.neutral_all",
     "neutral_all_warns"),
    ("mail.spf", records("spf", spf("mx")), "warn", "mail.spf.no_all", "no_all_warns"),
    ("mail.spf", spf_with("redirect=_spf.example.com",
                          **{"_spf.example.com": spf("ip4:192.0.2.0/24", "-all")}),
     "pass", "mail.spf.redirect", "redirect_to_a_strict_record_passes"),
    ("mail.spf", spf_with("redirect=_spf.example.com",
                          **{"_spf.example.com": spf("+all")}),
     "fail", "mail.spf.pass_all", "redirect_to_plus_all_fails"),
    ("mail.spf", spf_with("redirect=_spf.example.com",
                          **{"_spf.example.com": spf("?all")}),
     "warn", "mail.spf.neutral_all", "redirect_to_neutral_all_warns"),
    ("mail.spf", spf_with("-all", "redirect=_spf.example.com",
                          **{"_spf.example.com": spf("+all")}),
     "pass", "mail.spf.ok", "redirect_is_ignored_when_all_is_present"),
    ("mail.spf", spf_with("include:evil.example", "-all",
                          **{"evil.example": spf("+all")}),
     "fail", "mail.spf.pass_all", "include_of_plus_all_lets_everyone_pass"),
    ("mail.spf", records("spf", spf("ip4:0.0.0.0/0", "-all")), "fail", "mail.spf.pass_all",
     "ip4_zero_prefix_is_plus_all"),
    ("mail.spf", records("spf", spf("+all")), "fail", "mail.spf.pass_all", "plus_all_fails"),
    ("mail.spf", both(records("spf", spf("a", "all")), dns(**{"A brand.co.id": []})),
     "fail", "mail.spf.pass_all",
     "bare_all_means_plus_all"),
    ("mail.spf", records("spf", ["V=SPF1 MX -ALL"]), "pass", "mail.spf.ok",
     "version_is_case_insensitive"),
    # mail.spf: no record, several records
    ("mail.spf", records("spf", []), "fail", "mail.spf.missing", "no_spf_fails"),
    ("mail.spf", records("spf", ["google-site-verification=abc"]), "fail", "mail.spf.missing",
     "non_spf_txt_is_not_spf"),
    ("mail.spf", records("spf", [" v=spf1 -all"]), "fail", "mail.spf.missing",
     "record_with_a_leading_space_is_not_spf"),
    ("mail.spf", records("spf", ["v=spf10 -all"]), "fail", "mail.spf.missing",
     "spf10_is_not_spf1"),
    ("mail.spf", records("spf", spf("-all") + spf("mx", "-all")), "fail", "mail.spf.multiple",
     "two_spf_records_fail"),
    # mail.spf: syntax (RFC 7208 4.6, 5, 7)
    *[("mail.spf", records("spf", [record]), "fail", "mail.spf.syntax", name) for name, record in (
        ("misspelt_mechanism_fails", "v=spf1 inculde:_spf.google.com -all"),
        ("empty_include_fails", "v=spf1 include: -all"),
        ("hostname_in_ip4_fails", "v=spf1 ip4:mail.brand.co.id -all"),
        ("cidr_99_fails", "v=spf1 ip4:192.0.2.0/99 -all"),
        ("ipv6_address_in_ip4_fails", "v=spf1 ip4:2001:db8::1 -all"),
        ("bad_macro_fails", "v=spf1 exists:%{q}.brand.co.id -all"),
        ("trailing_garbage_after_all_fails", "v=spf1 -all moo"),
        ("all_with_a_value_fails", "v=spf1 -all:foobar"),
        ("numeric_top_label_fails", "v=spf1 a:192.0.2.1 -all"),
        ("duplicate_redirect_fails", "v=spf1 redirect=a.example redirect=b.example"),
        ("qualified_modifier_fails", "v=spf1 -redirect=a.example"),
        ("cidr_with_leading_zero_fails", "v=spf1 ip4:192.0.2.0/024 -all"),
    )],
    ("mail.spf", spf_with("include:_spf.example.com", "-all",
                          **{"_spf.example.com": spf("ip4:192.0.2.300", "-all")}),
     "fail", "mail.spf.syntax", "syntax_error_inside_an_include_fails"),
    # mail.spf: the 10-lookup budget over the whole tree (RFC 7208 4.6.4)
    ("mail.spf", spf_includes(10), "pass", "mail.spf.ok", "ten_lookups_pass"),
    ("mail.spf", spf_includes(11), "fail", "mail.spf.too_many_lookups",
     "eleven_top_level_lookups_fail"),
    ("mail.spf", spf_includes(6, lookups_each=1), "fail", "mail.spf.too_many_lookups",
     "six_includes_expanding_to_twelve_lookups_fail"),
    ("mail.spf", spf_includes(5, lookups_each=1), "pass", "mail.spf.ok",
     "five_includes_expanding_to_ten_lookups_pass"),
    # mail.spf: void lookups, missing targets, loops
    ("mail.spf", both(records("spf", spf("a:x1.example", "a:x2.example", "a:x3.example",
                                         "-all")),
                      dns(**{"A x1.example": NOWHERE, "A x2.example": [],
                             "A x3.example": NOWHERE})),
     "fail", "mail.spf.void_lookups", "three_void_lookups_fail"),
    ("mail.spf", both(records("spf", spf("a:x1.example", "a:x2.example", "-all")),
                      dns(**{"A x1.example": NOWHERE, "A x2.example": []})),
     "pass", "mail.spf.ok", "two_void_lookups_pass"),
    ("mail.spf", spf_with("include:_spf.example.com", "-all",
                          **{"_spf.example.com": ["google-site-verification=x"]}),
     "fail", "mail.spf.target_missing", "include_without_spf_fails"),
    ("mail.spf", spf_with("include:gone.example", "-all", **{"gone.example": NOWHERE}),
     "fail", "mail.spf.target_nxdomain", "include_of_nxdomain_fails"),
    ("mail.spf", spf_with("redirect=gone.example", **{"gone.example": NOWHERE}),
     "fail", "mail.spf.target_nxdomain", "redirect_to_nxdomain_fails"),
    ("mail.spf", spf_with("redirect=_spf.example.com", **{"_spf.example.com": []}),
     "fail", "mail.spf.target_missing", "redirect_without_spf_fails"),
    ("mail.spf", spf_with("include:a.example", "-all",
                          **{"a.example": spf("include:b.example", "-all"),
                             "b.example": spf("include:a.example", "-all")}),
     "fail", "mail.spf.loop", "include_loop_fails"),
    ("mail.spf", spf_with("include:a.example", "-all",
                          **{"a.example": spf("include:a.example", "-all")}),
     "fail", "mail.spf.loop", "self_include_fails"),
    ("mail.spf", lookup_failed("spf"), "error", "probe_error", "failed_txt_lookup_errors"),
    ("mail.spf", dns(**{"TXT _netblocks.google.com": {"error": "timed out"}}), "error",
     "probe_error", "include_lookup_timeout_errors"),
    ("mail.spf", records("spf", spf("include:unrecorded.example", "-all")), "error",
     "probe_error", "include_not_recorded_errors"),
    # mail.dmarc
    ("mail.dmarc", None, "pass", "mail.dmarc.ok", "reject_passes"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=quarantine; pct=100"]), "pass",
     "mail.dmarc.ok", "quarantine_at_pct_100_passes"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=quarantine; pct=99"]), "warn",
     "mail.dmarc.partial_pct", "pct_99_warns"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; pct=0"]), "warn",
     "mail.dmarc.partial_pct", "pct_0_warns"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=none; rua=mailto:d@brand.co.id"]), "warn",
     "mail.dmarc.monitor_only", "policy_none_warns"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1;p=REJECT"]), "pass", "mail.dmarc.ok",
     "policy_value_case_is_ignored"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; pct=abc"]), "pass", "mail.dmarc.ok",
     "invalid_pct_is_ignored"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; pct=150"]), "pass", "mail.dmarc.ok",
     "out_of_range_pct_is_ignored"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; sp=none"]), "warn",
     "mail.dmarc.sp_none", "sp_none_under_reject_warns"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; sp=quarantine"]), "pass",
     "mail.dmarc.ok", "sp_quarantine_under_reject_passes"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; sp=never"]), "fail",
     "mail.dmarc.bad_sp", "invalid_sp_fails"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; p=none"]), "fail",
     "mail.dmarc.repeated_tag", "repeated_p_fails"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; rua=mailto:a@x.example; "
                                     "rua=mailto:b@x.example"]), "fail",
     "mail.dmarc.repeated_tag", "repeated_rua_fails"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=block"]), "fail", "mail.dmarc.no_policy",
     "invalid_policy_fails"),
    ("mail.dmarc", records("dmarc", []), "fail", "mail.dmarc.missing", "no_dmarc_fails"),
    ("mail.dmarc", records("dmarc", ["p=reject; v=DMARC1"]), "fail", "mail.dmarc.not_dmarc1",
     "version_not_first_fails"),
    ("mail.dmarc", records("dmarc", [" v=DMARC1; p=reject"]), "fail", "mail.dmarc.not_dmarc1",
     "leading_space_is_not_dmarc"),
    ("mail.dmarc", records("dmarc", ["v=DMARC2; p=reject"]), "fail", "mail.dmarc.not_dmarc1",
     "wrong_version_fails"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject", "v=DMARC1; p=none"]), "fail",
     "mail.dmarc.multiple", "two_dmarc_records_fail"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject", "hello"]), "pass",
     "mail.dmarc.ok", "other_txt_beside_dmarc_is_discarded"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; rua=mailto:d@brand.co.id"]), "fail",
     "mail.dmarc.no_policy", "missing_policy_fails"),
    ("mail.dmarc", lookup_failed("dmarc"), "error", "probe_error", "failed_dmarc_lookup_errors"),
    # domain.expiry
    ("domain.expiry", None, "pass", "domain.expiry.ok", "a_year_left_passes"),
    ("domain.expiry", expiring(f"{day(60)}T00:00:00Z"), "pass", "domain.expiry.ok",
     "sixty_days_left_passes"),
    ("domain.expiry", expiring(f"{day(59)}T00:00:00Z"), "warn", "domain.expiry.soon",
     "fifty_nine_days_left_warns"),
    ("domain.expiry", expiring(day(14)), "warn", "domain.expiry.soon",
     "fourteen_days_left_warns"),
    ("domain.expiry", expiring(day(13)), "fail", "domain.expiry.imminent",
     "thirteen_days_left_fails"),
    ("domain.expiry", expiring(day(-2)), "fail", "domain.expiry.expired", "expired_fails"),
    ("domain.expiry", expiring(None), "unknown", "domain.expiry.no_date",
     "registry_without_date_is_unknown"),
    ("domain.expiry", expiring("sometime next year"), "unknown", "domain.expiry.no_date",
     "unparseable_date_is_unknown"),
    ("domain.expiry", lambda f: f.update(rdap={"domain": "brand.corp", "error_kind": "not_found",
                                               "error": "No RDAP service is known"}),
     "unknown", "domain.expiry.not_found", "tld_without_rdap_is_unknown"),
    ("domain.expiry", lambda f: f.update(rdap={"error": "RDAP 503", "error_kind": "other"}),
     "error", "probe_error", "rdap_failure_errors"),
]


@pytest.mark.parametrize(("check_id", "mutate", "status", "reason"),
                         [pytest.param(*case[:4], id=case[4]) for case in CASES])
def test_mail_and_domain_check(judge, facts, check_id, mutate, status, reason):
    if mutate:
        mutate(facts)
    outcome = judge(check_id, facts)
    assert (outcome.status, outcome.reason) == (status, reason), outcome


def test_domain_expiry_applies_to_email_domains(judge, facts):
    outcome = judge("domain.expiry", facts, healthy_asset("email"))
    assert outcome.values["domain"] == "brand.co.id"
    assert outcome.values["days"] == 365


def subdomain(dmarc_here: list[str], organisational: Any) -> tuple[dict[str, Any], Any]:
    """Facts of promo.brand.co.id with its own _dmarc answer and its parent's."""
    facts = healthy_facts()
    facts["mail"].update(domain="promo.brand.co.id", dmarc=dmarc_here)
    facts["mail"]["dns"]["TXT _dmarc.brand.co.id"] = organisational
    return facts, healthy_asset("email", handle="promo.brand.co.id")


def test_subdomain_without_dmarc_uses_the_organisational_record_and_says_which(judge):
    facts, asset = subdomain([], ["v=DMARC1; p=reject"])
    outcome = judge("mail.dmarc", facts, asset)
    assert (outcome.status, outcome.reason) == ("warn", "mail.dmarc.organisational")
    assert outcome.values["found_at"] == "brand.co.id"


def test_subdomain_gets_the_organisational_sp_not_its_p(judge):
    facts, asset = subdomain([], ["v=DMARC1; p=reject; sp=none"])
    outcome = judge("mail.dmarc", facts, asset)
    assert (outcome.status, outcome.reason) == ("warn", "mail.dmarc.monitor_only")
    assert outcome.values["applied"] == "none"


def test_subdomain_without_dmarc_anywhere_fails(judge):
    facts, asset = subdomain([], "NXDOMAIN")
    assert judge("mail.dmarc", facts, asset).reason == "mail.dmarc.missing"


def test_subdomain_with_its_own_record_ignores_the_organisational_one(judge):
    facts, asset = subdomain(["v=DMARC1; p=reject"], ["v=DMARC1; p=none"])
    outcome = judge("mail.dmarc", facts, asset)
    assert (outcome.status, outcome.values["found_at"]) == ("pass", "promo.brand.co.id")


def test_organisational_lookup_failure_is_an_error_not_a_missing_record(judge):
    facts, asset = subdomain([], {"error": "DNS lookup of TXT _dmarc.brand.co.id timed out"})
    outcome = judge("mail.dmarc", facts, asset)
    assert (outcome.status, outcome.reason) == ("error", "probe_error")


def test_too_many_lookups_names_the_count_and_each_include(judge, facts):
    spf_includes(6, lookups_each=1)(facts)
    outcome = judge("mail.spf", facts)
    assert outcome.values["lookups"] == 12
    assert outcome.values["includes"] == 6
    assert outcome.values["breakdown"].startswith("_spf0.example.com (2), _spf1.example.com (2)")
    text = get("mail.spf").render(outcome.reason, outcome.values, "en")
    assert "needs 12 DNS lookups (the limit is 10) over 6 includes" in text


def test_spf_evidence_is_the_count_and_the_tree(judge, facts):
    outcome = judge("mail.spf", facts)
    assert outcome.evidence["lookups"] == "2 of 10"
    assert "records" not in outcome.evidence  # the one record heads the tree
    assert outcome.evidence["tree"] == [
        "brand.co.id (2): v=spf1 include:_spf.google.com -all",
        "  include _spf.google.com (2): v=spf1 include:_netblocks.google.com ~all",
        "    include _netblocks.google.com (1): v=spf1 ip4:192.0.2.0/24 ~all",
    ]


def test_runaway_tree_stops_counting_at_the_audit_cap(judge, facts):
    spf_includes(30)(facts)
    outcome = judge("mail.spf", facts)
    assert (outcome.reason, outcome.values["lookups"]) == ("mail.spf.too_many_lookups", "20+")


def test_void_lookups_name_the_empty_names(judge, facts):
    both(records("spf", spf("a:x1.example", "mx:x2.example", "exists:x3.example", "-all")),
         dns(**{"A x1.example": NOWHERE, "MX x2.example": [], "A x3.example": NOWHERE}))(facts)
    outcome = judge("mail.spf", facts)
    assert outcome.values["names"] == "x1.example, x2.example, x3.example"


def test_neutral_policy_quotes_the_record_that_holds_it(judge, facts):
    spf_with("redirect=_spf.example.com", **{"_spf.example.com": spf("?all")})(facts)
    outcome = judge("mail.spf", facts)
    assert outcome.values["record"] == "v=spf1 ?all"

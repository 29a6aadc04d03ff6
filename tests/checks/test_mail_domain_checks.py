"""mail.* and domain.expiry as pure functions over healthy facts with one thing broken."""

from __future__ import annotations

from typing import Any

import pytest
from checkfacts import day, healthy_asset

from checks.mail import spf_lookups


def records(name: str, value: Any):
    def mutate(facts: dict[str, Any]) -> None:
        facts["mail"][name] = value
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


def includes(count: int) -> tuple[str, ...]:
    return tuple(f"include:_spf{i}.example.com" for i in range(count))


CASES = [
    # mail.mx
    ("mail.mx", None, "pass", "mail.mx.ok", "mx_records_pass"),
    ("mail.mx", records("mx", []), "fail", "mail.mx.missing", "no_mx_fails"),
    ("mail.mx", records("mx", [{"preference": 0, "exchange": "."}]), "fail", "mail.mx.null",
     "null_mx_fails"),
    ("mail.mx", lookup_failed("mx"), "error", "probe_error", "failed_mx_lookup_errors"),
    ("mail.mx", lambda f: f.pop("mail"), "error", "probe_error", "missing_mail_facts_error"),
    # mail.spf
    ("mail.spf", None, "pass", "mail.spf.ok", "hard_fail_all_passes"),
    ("mail.spf", records("spf", spf("mx", "~all")), "pass", "mail.spf.ok",
     "soft_fail_all_passes"),
    ("mail.spf", records("spf", spf("mx", "?all")), "warn", "mail.spf.neutral_all",
     "neutral_all_warns"),
    ("mail.spf", records("spf", spf("mx")), "warn", "mail.spf.no_all", "no_all_warns"),
    ("mail.spf", records("spf", spf("redirect=_spf.example.com")), "pass",
     "mail.spf.redirect", "redirect_delegates_the_policy"),
    ("mail.spf", records("spf", spf(*includes(10), "-all")), "pass", "mail.spf.ok",
     "ten_lookups_pass"),
    ("mail.spf", records("spf", spf(*includes(11), "-all")), "warn",
     "mail.spf.too_many_lookups", "eleven_lookups_warn"),
    ("mail.spf", records("spf", []), "fail", "mail.spf.missing", "no_spf_fails"),
    ("mail.spf", records("spf", ["google-site-verification=abc"]), "fail", "mail.spf.missing",
     "non_spf_txt_is_not_spf"),
    ("mail.spf", records("spf", spf("-all") + spf("mx", "-all")), "fail", "mail.spf.multiple",
     "two_spf_records_fail"),
    ("mail.spf", records("spf", spf("+all")), "fail", "mail.spf.pass_all", "plus_all_fails"),
    ("mail.spf", records("spf", spf("a", "all")), "fail", "mail.spf.pass_all",
     "bare_all_means_plus_all"),
    ("mail.spf", records("spf", ["V=SPF1 MX -ALL"]), "pass", "mail.spf.ok",
     "spf_is_case_insensitive"),
    ("mail.spf", lookup_failed("spf"), "error", "probe_error", "failed_txt_lookup_errors"),
    # mail.dmarc
    ("mail.dmarc", None, "pass", "mail.dmarc.ok", "reject_passes"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=quarantine; pct=100"]), "pass",
     "mail.dmarc.ok", "quarantine_at_pct_100_passes"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=quarantine; pct=99"]), "warn",
     "mail.dmarc.partial_pct", "pct_99_warns"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=none; rua=mailto:d@brand.co.id"]), "warn",
     "mail.dmarc.monitor_only", "policy_none_warns"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1;p=REJECT"]), "pass", "mail.dmarc.ok",
     "policy_value_case_is_ignored"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject; pct=abc"]), "pass", "mail.dmarc.ok",
     "invalid_pct_is_ignored"),
    ("mail.dmarc", records("dmarc", []), "fail", "mail.dmarc.missing", "no_dmarc_fails"),
    ("mail.dmarc", records("dmarc", ["p=reject; v=DMARC1"]), "fail", "mail.dmarc.not_dmarc1",
     "version_not_first_fails"),
    ("mail.dmarc", records("dmarc", ["v=DMARC2; p=reject"]), "fail", "mail.dmarc.not_dmarc1",
     "wrong_version_fails"),
    ("mail.dmarc", records("dmarc", ["v=DMARC1; p=reject", "v=DMARC1; p=none"]), "fail",
     "mail.dmarc.multiple", "two_dmarc_records_fail"),
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


@pytest.mark.parametrize(("record", "expected"), [
    ("v=spf1 -all", 0),
    ("v=spf1 include:a.example a mx ptr exists:%{i}.x.example redirect=b.example", 6),
    ("v=spf1 +a/24 ~mx:mail.example//64 ?include:c.example ip4:192.0.2.1 exp=e.example -all", 3),
])
def test_spf_counts_only_dns_querying_terms(record, expected):
    assert spf_lookups(record) == expected


def test_domain_expiry_applies_to_email_domains(judge, facts):
    outcome = judge("domain.expiry", facts, healthy_asset("email"))
    assert outcome.values["domain"] == "brand.co.id"
    assert outcome.values["days"] == 365

"""The mail probe against a real dnslib DNS server on 127.0.0.1."""

from __future__ import annotations

import pytest
from spfzone import normalise, suite_dns

from audit.probes.config import ProbeSettings
from audit.probes.mail import MAX_QUERIES, probe_mail

pytestmark = pytest.mark.timeout(20)


@pytest.fixture
def dns_settings(dns_server) -> ProbeSettings:
    return ProbeSettings(dns_server=dns_server, timeout_s=2)


def test_good_domain_has_mx_spf_and_dmarc(dns_settings) -> None:
    facts = probe_mail("Good.Test.", dns_settings)
    assert facts["domain"] == "good.test"
    assert facts["mx"] == [{"preference": 10, "exchange": "mx1.good.test"},
                           {"preference": 20, "exchange": "mx2.good.test"}]
    assert facts["spf"] == ["v=spf1 include:_spf.good.test -all"]  # other TXT filtered out
    assert facts["dmarc"] == ["v=DMARC1; p=reject; rua=mailto:d@good.test"]
    assert facts["errors"] == {}


def test_null_mx_is_kept_as_a_dot(dns_settings) -> None:
    assert probe_mail("nullmx.test", dns_settings)["mx"] == [{"preference": 0, "exchange": "."}]


def test_missing_records_are_empty_lists_not_errors(dns_settings) -> None:
    facts = probe_mail("nospf.test", dns_settings)
    assert (facts["spf"], facts["dmarc"], facts["errors"]) == ([], [], {})


def test_unknown_domain_is_empty_everywhere(dns_settings) -> None:
    facts = probe_mail("nowhere.test", dns_settings)
    assert (facts["mx"], facts["spf"], facts["dmarc"]) == ([], [], [])


def test_two_spf_records_are_both_reported(dns_settings) -> None:
    assert len(probe_mail("twospf.test", dns_settings)["spf"]) == 2


def test_split_txt_record_is_joined(dns_settings) -> None:
    (spf,) = probe_mail("long.test", dns_settings)["spf"]
    assert spf.startswith("v=spf1 ip4:192.0.2.1 ")
    assert spf.endswith("ip4:192.0.2.1 ip4:198.51.100.1 -all")


def test_dmarc_p_none_is_reported(dns_settings) -> None:
    assert probe_mail("dmarcnone.test", dns_settings)["dmarc"] == ["v=DMARC1; p=none"]


def test_servfail_is_none_with_a_sentence(dns_settings) -> None:
    facts = probe_mail("servfail.test", dns_settings)
    assert facts["mx"] is None and facts["spf"] is None
    assert "SERVFAIL" in facts["errors"]["mx"]


def test_silent_server_is_a_timeout_not_a_missing_record(silent_udp) -> None:
    facts = probe_mail("good.test", ProbeSettings(dns_server=silent_udp, timeout_s=0.5))
    assert (facts["mx"], facts["spf"], facts["dmarc"]) == (None, None, None)
    assert "timed out" in facts["errors"]["mx"]
    assert set(facts["errors"]) == {"mx", "spf", "dmarc"}


# -- the receiver's walk over a served zone (tests/probes/spfzone.py) ---------------------


@pytest.fixture
def zone_dns():
    """(resolver, settings): set resolver.zone, then probe; resolver.asked lists questions."""
    with suite_dns() as (resolver, address):
        yield resolver, ProbeSettings(dns_server=address, timeout_s=5)


def serve(resolver, zonedata: dict) -> None:
    resolver.zone = normalise(zonedata)
    resolver.asked.clear()


BRAND = {
    "brand.test": [{"MX": [10, "mx1.brand.test"]}, {"MX": [20, "mx2.brand.test"]},
                   {"TXT": "v=spf1 include:_spf.saas.test redirect=_spf.brand.test"}],
    "mx1.brand.test": [{"A": "192.0.2.25"}],
    "mx2.brand.test": [{"AAAA": "2001:db8::25"}],
    "_spf.saas.test": [{"TXT": "v=spf1 ip4:198.51.100.0/24 ~all"}],
    "_spf.brand.test": [{"TXT": "v=spf1 a:out.brand.test -all"}],
    "out.brand.test": [{"A": "192.0.2.26"}],
    "_dmarc.brand.test": [{"TXT": "v=DMARC1; p=reject"}],
}


def test_probe_resolves_mx_hosts_up_to_the_first_with_an_address(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, BRAND)
    answers = probe_mail("brand.test", settings)["dns"]
    assert answers["A mx1.brand.test"] == ["192.0.2.25"]
    assert "AAAA mx1.brand.test" not in answers and "A mx2.brand.test" not in answers


def test_probe_tries_the_next_mx_host_and_aaaa(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, {**BRAND, "mx1.brand.test": [{"TXT": "no address"}]})
    answers = probe_mail("brand.test", settings)["dns"]
    assert (answers["A mx1.brand.test"], answers["AAAA mx1.brand.test"]) == ([], [])
    assert answers["A mx2.brand.test"] == []
    assert answers["AAAA mx2.brand.test"] == ["2001:db8::25"]


def test_mx_hosts_are_asked_after_spf_and_dmarc(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, BRAND)
    probe_mail("brand.test", settings)
    assert resolver.asked.index("TXT _dmarc.brand.test") < resolver.asked.index(
        "A mx1.brand.test")


def test_probe_walks_includes_and_redirects(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, BRAND)
    answers = probe_mail("brand.test", settings)["dns"]
    assert answers["TXT _spf.saas.test"] == ["v=spf1 ip4:198.51.100.0/24 ~all"]
    assert answers["TXT _spf.brand.test"] == ["v=spf1 a:out.brand.test -all"]
    assert answers["A out.brand.test"] == ["192.0.2.26"]


def test_probe_without_mx_asks_for_the_domains_own_address(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, {"implicit.test": [{"A": "192.0.2.30"}]})
    facts = probe_mail("implicit.test", settings)
    assert facts["mx"] == [] and facts["dns"]["A implicit.test"] == ["192.0.2.30"]


def test_subdomain_without_dmarc_asks_its_organisational_domain(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, {"promo.brand.test": [{"TXT": "v=spf1 -all"}],
                     "_dmarc.brand.test": [{"TXT": "v=DMARC1; p=quarantine"}]})
    facts = probe_mail("promo.brand.test", settings)
    assert facts["dmarc"] == []
    assert facts["dns"]["TXT _dmarc.brand.test"] == ["v=DMARC1; p=quarantine"]


def test_subdomain_with_its_own_dmarc_does_not_ask_further(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, {"_dmarc.promo.brand.test": [{"TXT": "v=DMARC1; p=reject"}]})
    probe_mail("promo.brand.test", settings)
    assert "TXT _dmarc.brand.test" not in resolver.asked


def test_leading_space_record_is_not_spf(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, {"space.test": [{"TXT": " v=spf1 -all"}]})
    assert probe_mail("space.test", settings)["spf"] == []


def test_runaway_spf_tree_costs_a_bounded_number_of_questions(zone_dns) -> None:
    resolver, settings = zone_dns
    zone = {f"n{i}.test": [{"TXT": f"v=spf1 include:n{i + 1}.test include:m{i}.test -all"}]
            for i in range(60)}
    zone.update({f"m{i}.test": [{"TXT": "v=spf1 a mx exists:x.test -all"}] for i in range(60)})
    zone["runaway.test"] = [{"TXT": "v=spf1 include:n0.test -all"}, {"MX": [10, "mx.test"]}]
    serve(resolver, zone)
    facts = probe_mail("runaway.test", settings)
    assert len(resolver.asked) <= MAX_QUERIES
    assert len(resolver.asked) == len(set(resolver.asked))  # each question asked once
    assert facts["errors"] == {}


def test_every_question_goes_to_the_configured_server(zone_dns) -> None:
    resolver, settings = zone_dns
    serve(resolver, BRAND)
    facts = probe_mail("brand.test", settings)
    assert sorted(resolver.asked) == sorted(facts["dns"])


def test_one_deadline_covers_the_whole_domain(silent_udp) -> None:
    facts = probe_mail("good.test", ProbeSettings(dns_server=silent_udp, timeout_s=0.5))
    errors = [a["error"] for a in facts["dns"].values()]
    assert all(isinstance(a, dict) for a in facts["dns"].values())
    assert any("timeout for this domain was used up" in e for e in errors)
    assert sum("timed out" in e for e in errors) <= 2  # the rest were never sent


@pytest.mark.parametrize("domain", ["a..brand.test", "x" * 64 + ".brand.test", "localhost"])
def test_invalid_domain_sends_no_question(zone_dns, domain) -> None:
    resolver, settings = zone_dns
    serve(resolver, {})
    facts = probe_mail(domain, settings)
    assert (facts["mx"], facts["spf"], facts["dmarc"], facts["invalid"]) == ([], [], [], True)
    assert resolver.asked == []

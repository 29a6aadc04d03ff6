"""The mail probe against a real dnslib DNS server on 127.0.0.1."""

from __future__ import annotations

import pytest

from audit.probes.config import ProbeSettings
from audit.probes.mail import probe_mail

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

"""The lookalike watch against a real DNS server on loopback (tests/lookalike_dns.py): three
lookalikes that serve something, one registered but idle, NXDOMAIN for the rest."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from audit.probes.config import ProbeSettings
from audit.probes.lookalikes import MAX_PERMUTATIONS, permutations, probe_lookalikes, watchable
from tests.lookalike_dns import BRAND, IDLE, SERVING, LookalikeZone, serving

SERVED = {**SERVING, **IDLE}


@pytest.fixture
def zone() -> Iterator[tuple[LookalikeZone, tuple[str, int]]]:
    with serving(SERVED) as served:
        yield served


def test_the_served_names_are_among_the_permutations_tried():
    names = {p["domain"] for p in permutations([BRAND])[0]}
    assert {n.rstrip(".") for n in SERVED} <= names


def test_only_the_registered_lookalikes_are_reported_with_what_they_serve(zone):
    resolver, server = zone
    facts = probe_lookalikes([BRAND], ProbeSettings(dns_server=server, timeout_s=2))
    found = {f["domain"]: (f["a"], f["mx"]) for f in facts["found"]}
    assert found == {
        "brand-kopl.co.id": (["192.0.2.10"], ["mx.brand-kopl.co.id"]),
        "brandkopi.co.id": (["192.0.2.11"], []),
        "brand-kop.co.id": ([], ["mail.example.net"]),
        "brand-kopii.co.id": ([], []),
    }
    assert facts["domains"] == [BRAND]
    assert facts["checked"] == MAX_PERMUTATIONS < facts["generated"]
    assert facts["unanswered_count"] == 0
    # Bounded: one query per absent name (NXDOMAIN on A ends it), at most three per found one.
    assert len(resolver.queries) <= facts["checked"] + 2 * len(SERVED)
    tried = {p["domain"] + "." for p in permutations([BRAND])[0]}
    assert {name for name, _ in resolver.queries} == tried


def test_a_dns_server_that_never_answers_leaves_every_name_unanswered():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    try:
        facts = probe_lookalikes([BRAND], ProbeSettings(dns_server=sock.getsockname(),
                                                        timeout_s=0.3))
    finally:
        sock.close()
    assert facts["found"] == []
    assert facts["unanswered_count"] == facts["checked"] > 0


@pytest.mark.parametrize("domain, expected", [
    ("brand.co.id", True), ("kopisenja.com", True),
    ("kopisenja.example", False), ("shop.test", False), ("localhost", False),
    ("127.0.0.1", False), ("::1", False), ("intranet.local", False), ("com", False),
])
def test_special_use_names_and_addresses_are_never_watched(domain, expected):
    assert watchable(domain) is expected


def test_no_watchable_domain_sends_no_query(zone):
    resolver, server = zone
    facts = probe_lookalikes(["kopisenja.example", "127.0.0.1"],
                             ProbeSettings(dns_server=server, timeout_s=2))
    assert facts["domains"] == [] and facts["found"] == [] and resolver.queries == []

"""A dnslib server that serves one zone at a time in the RFC 7208 test suite's format.

The suite (tests/probes/data/rfc7208-tests.json, converted from pyspf's
rfc7208-tests.yml; see data/README.md) describes each scenario's DNS as
{name: [{TYPE: value}, ..., "TIMEOUT"]}. This server answers from it the way pyspf's
own test driver does: a name missing from the zone is NXDOMAIN, a TIMEOUT entry (or a
name starting "error.") is a server failure, an SPF-type record stands in for TXT
when the name has no TXT (RFC 7208 dropped type 99), and a CNAME is followed once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from dnslib import AAAA, CNAME, MX, PTR, QTYPE, RCODE, RR, TXT, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer

Zone = dict[str, list[Any]]

_RDATA = {"A": A, "AAAA": AAAA, "CNAME": CNAME, "PTR": PTR}


def _txt(value: Any) -> TXT:
    strings = value if isinstance(value, list) else [value]
    return TXT([s.encode("utf-8") for s in strings])


def _rdata(rtype: str, value: Any) -> Any:
    if rtype == "MX":
        return MX(value[1], value[0])
    if rtype in ("TXT", "SPF"):
        return _txt(value)
    return _RDATA[rtype](value)


def normalise(zonedata: dict[str, list[Any]]) -> Zone:
    """Lower-case names; SPF records copied to TXT where a name has no TXT of its own."""
    zone: Zone = {}
    for name, entries in zonedata.items():
        has_txt = any(isinstance(e, dict) and "TXT" in e for e in entries)
        out: list[Any] = []
        for entry in entries:
            if isinstance(entry, dict):
                ((rtype, value),) = entry.items()
                if rtype == "SPF":
                    if has_txt:
                        continue
                    rtype = "TXT"
                if value == "NONE":
                    continue
                out.append((rtype, value))
            else:
                out.append(entry)
        zone[name.lower().rstrip(".")] = out
    return zone


class SuiteResolver(BaseResolver):
    """Answers from `self.zone`, which a test swaps before it asks."""

    def __init__(self) -> None:
        self.zone: Zone = {}
        self.asked: list[str] = []  # "TYPE name" of every question received, in order
        self.lock = threading.Lock()

    def _answers(self, name: str, qtype: str, depth: int = 0) -> list[tuple[str, str, Any]] | str:
        entries = self.zone.get(name)
        if entries is None:
            return "SERVFAIL" if name.startswith("error.") else "NXDOMAIN"
        out: list[tuple[str, str, Any]] = []
        for entry in entries:
            if entry == "TIMEOUT":
                if not out:
                    return "SERVFAIL"
                break
            rtype, value = entry
            if value == "TIMEOUT":
                if rtype == qtype:
                    return "SERVFAIL"
                continue
            if rtype == qtype:
                out.append((name, rtype, value))
            elif rtype == "CNAME" and depth == 0:
                out.append((name, rtype, value))
                chased = self._answers(value.lower().rstrip("."), qtype, 1)
                if isinstance(chased, list):
                    out.extend(chased)
        return out

    def resolve(self, request, handler):  # noqa: ANN001 -- dnslib's interface
        reply = request.reply()
        name = b".".join(request.q.qname.label).decode("utf-8", "replace").lower()  # unescaped
        qtype = QTYPE[request.q.qtype]
        with self.lock:
            self.asked.append(f"{qtype} {name}")
            answers = self._answers(name, qtype)
        if isinstance(answers, str):
            reply.header.rcode = getattr(RCODE, answers)
            return reply
        for owner, rtype, value in answers:
            reply.add_answer(RR(owner + ".", getattr(QTYPE, rtype), rdata=_rdata(rtype, value),
                                ttl=60))
        return reply


@contextmanager
def suite_dns() -> Iterator[tuple[SuiteResolver, tuple[str, int]]]:
    resolver = SuiteResolver()
    server = DNSServer(resolver, address="127.0.0.1", port=0,
                       logger=DNSLogger(log="-request,-reply,-truncated,-error"))
    server.start_thread()
    try:
        yield resolver, ("127.0.0.1", server.server.server_address[1])
    finally:
        server.stop()

"""A real DNS server on loopback (dnslib) that registers a few lookalikes of a brand domain
and answers NXDOMAIN for every other name; shared by the probe and the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from dnslib import MX, QTYPE, RCODE, RR, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer

BRAND = "brand-kopi.co.id"
# Three lookalikes that serve something: a website and mail, a website, mail only.
SERVING = {
    "brand-kopl.co.id.": {"A": [A("192.0.2.10")], "MX": [MX("mx.brand-kopl.co.id.", 10)]},
    "brandkopi.co.id.": {"A": [A("192.0.2.11")]},
    "brand-kop.co.id.": {"MX": [MX("mail.example.net.", 5)]},
}
IDLE = {"brand-kopii.co.id.": {}}  # registered, no records: NOERROR with an empty answer


class LookalikeZone(BaseResolver):
    def __init__(self, names: dict[str, dict[str, list]]) -> None:
        self.names = names
        self.queries: list[tuple[str, str]] = []

    def resolve(self, request, handler):  # noqa: ANN001 -- dnslib's interface
        reply = request.reply()
        name, qtype = str(request.q.qname).lower(), QTYPE[request.q.qtype]
        self.queries.append((name, qtype))
        if name not in self.names:
            reply.header.rcode = RCODE.NXDOMAIN
            return reply
        for rdata in self.names[name].get(qtype, []):
            reply.add_answer(RR(request.q.qname, getattr(QTYPE, qtype), rdata=rdata, ttl=60))
        return reply


@contextmanager
def serving(names: dict[str, dict[str, list]]) -> Iterator[tuple[LookalikeZone, tuple[str, int]]]:
    """The zone and the (host, port) of its server, for ProbeSettings.dns_server."""
    zone = LookalikeZone(names)
    server = DNSServer(zone, address="127.0.0.1", port=0,
                       logger=DNSLogger(log="-request,-reply,-truncated,-error", prefix=False))
    server.start_thread()
    try:
        yield zone, ("127.0.0.1", server.server.server_address[1])
    finally:
        server.stop()

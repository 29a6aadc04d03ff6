"""Real local servers for the probe tests: HTTPS with trustme certificates, raw hostile
sockets, a dnslib DNS server and a small RDAP server. Everything listens on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme
from dnslib import MX, QTYPE, RCODE, RR, TXT
from dnslib.server import BaseResolver, DNSServer
from pytest_httpserver import HTTPServer

from audit.probes.config import ProbeSettings

NOW = datetime.now(UTC)


@pytest.fixture
def settings() -> ProbeSettings:
    """Guard lifted (the servers are on loopback), short deadline so hostile tests end fast."""
    return ProbeSettings(allow_private=True, timeout_s=1.5, max_bytes=100_000)


# ------------------------------------------------------------------ TLS


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def _server_context(ca: trustme.CA, *names: str, **dates: datetime) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(*names, **dates).configure_cert(context)
    return context


CERTS: dict[str, Callable[[trustme.CA], ssl.SSLContext]] = {
    "good": lambda ca: _server_context(ca, "localhost", "127.0.0.1"),
    "expired": lambda ca: _server_context(ca, "localhost", not_before=NOW - timedelta(days=90),
                                          not_after=NOW - timedelta(days=1)),
    "not_yet_valid": lambda ca: _server_context(ca, "localhost",
                                                not_before=NOW + timedelta(days=10),
                                                not_after=NOW + timedelta(days=400)),
    "expiring_9_days": lambda ca: _server_context(ca, "localhost",
                                                  not_before=NOW - timedelta(days=80),
                                                  not_after=NOW + timedelta(days=9)),
    "wrong_host": lambda ca: _server_context(ca, "other.example"),
    "untrusted_ca": lambda ca: _server_context(trustme.CA(), "localhost"),
}


def _self_signed_context() -> ssl.SSLContext:
    """A certificate that is its own issuer: a fresh CA's root served as the leaf."""
    own = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with own.cert_pem.tempfile() as cert, own.private_key_pem.tempfile() as key:
        context.load_cert_chain(cert, key)
    return context


@pytest.fixture
def https_server(ca: trustme.CA) -> Iterator[Callable[[str], HTTPServer]]:
    """Factory: a separate pytest-httpserver instance serving the named certificate.

    Separate instances because pytest-httpserver's HTTPS switch is session-wide.
    """
    servers: list[HTTPServer] = []

    def start(cert: str) -> HTTPServer:
        context = _self_signed_context() if cert == "self_signed" else CERTS[cert](ca)
        server = HTTPServer(host="127.0.0.1", ssl_context=context)
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.clear()
        server.stop()


# ------------------------------------------------------------------ raw hostile sockets


class RawServer:
    """Accepts TCP connections and hands each socket to `handle` in its own thread."""

    def __init__(self, handle: Callable[[socket.socket, threading.Event], None]) -> None:
        self.handle = handle
        self.stop = threading.Event()
        self.sent = 0  # bytes handlers report as sent (the 1 GB body test reads it)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._run, args=(conn,), daemon=True).start()

    def _run(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):  # the client hung up, as it should
            self.handle(conn, self.stop)

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.fixture
def raw_server() -> Iterator[Callable[..., RawServer]]:
    servers: list[RawServer] = []

    def start(handle: Callable[[socket.socket, threading.Event], None]) -> RawServer:
        server = RawServer(handle)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


# ------------------------------------------------------------------ DNS


ZONE: dict[tuple[str, str], list] = {
    ("good.test.", "MX"): [MX("mx1.good.test.", 10), MX("mx2.good.test.", 20)],
    ("good.test.", "TXT"): [TXT("google-site-verification=abc"),
                            TXT("v=spf1 include:_spf.good.test -all")],
    ("_dmarc.good.test.", "TXT"): [TXT("v=DMARC1; p=reject; rua=mailto:d@good.test")],
    ("nullmx.test.", "MX"): [MX(".", 0)],
    ("nospf.test.", "MX"): [MX("mx.nospf.test.", 10)],
    ("nospf.test.", "TXT"): [TXT("hello=world")],
    ("twospf.test.", "TXT"): [TXT("v=spf1 -all"), TXT("v=spf1 include:x.test ~all")],
    ("long.test.", "TXT"): [TXT(["v=spf1 " + "ip4:192.0.2.1 " * 15, "ip4:198.51.100.1 -all"])],
    ("_dmarc.dmarcnone.test.", "TXT"): [TXT("v=DMARC1; p=none")],
}
KNOWN_NAMES = {name for name, _ in ZONE} | {"dmarcnone.test."}


class ZoneResolver(BaseResolver):
    def resolve(self, request, handler):  # noqa: ANN001 -- dnslib's interface
        reply = request.reply()
        name, qtype = str(request.q.qname).lower(), QTYPE[request.q.qtype]
        if name.startswith("servfail."):
            reply.header.rcode = RCODE.SERVFAIL
        elif name not in KNOWN_NAMES:
            reply.header.rcode = RCODE.NXDOMAIN
        for rdata in ZONE.get((name, qtype), []):
            reply.add_answer(RR(request.q.qname, getattr(QTYPE, qtype), rdata=rdata, ttl=60))
        return reply


@pytest.fixture(scope="session")
def dns_server() -> Iterator[tuple[str, int]]:
    server = DNSServer(ZoneResolver(), address="127.0.0.1", port=0)
    server.start_thread()
    yield "127.0.0.1", server.server.server_address[1]
    server.stop()


@pytest.fixture
def silent_udp() -> Iterator[tuple[str, int]]:
    """A UDP port that receives queries and never answers: a DNS timeout."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    yield "127.0.0.1", sock.getsockname()[1]
    sock.close()


# ------------------------------------------------------------------ RDAP


def rdap_domain(name: str, expiration: str | None, registrar: str | None) -> dict:
    doc: dict = {"objectClassName": "domain", "ldhName": name,
                 "events": [{"eventAction": "registration", "eventDate": "2001-05-01T00:00:00Z"}]}
    if expiration:
        doc["events"].append({"eventAction": "expiration", "eventDate": expiration})
    if registrar:
        doc["entities"] = [{"objectClassName": "entity", "roles": ["registrar"], "handle": "99",
                            "vcardArray": ["vcard", [["version", {}, "text", "4.0"],
                                                     ["fn", {}, "text", registrar]]]}]
    return doc


class RdapServer:
    """http.server answering /domain/NAME from a dict and /dns.json with a bootstrap."""

    def __init__(self, domains: dict[str, dict]) -> None:
        self.domains = domains
        self.hits: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 -- http.server's interface
                outer.hits.append(self.path)
                if self.path == "/dns.json":
                    body = {"version": "1.0", "services": [
                        [["test", "example"], [f"{outer.url}/rdap/"]]]}
                else:
                    body = outer.domains.get(self.path.rsplit("/", 1)[-1].lower())
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rdap+json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def rdap_server() -> Iterator[RdapServer]:
    server = RdapServer({
        "brand.test": rdap_domain("brand.test", "2027-03-01T00:00:00Z", "PT Registrar Nusantara"),
        "nodate.test": rdap_domain("nodate.test", None, None),
    })
    yield server
    server.server.shutdown()
    server.server.server_close()

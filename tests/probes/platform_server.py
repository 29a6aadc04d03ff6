"""A local HTTPS server that answers at the platforms' real host names.

Its certificate (from the test CA) names every platform host, and the probe settings pin
those names to it (ProbeSettings.pinned_hosts, curl's --resolve), so the probe sends the
real Host header and SNI and follows real redirects between platform hosts. Routes are
(host, path) -> answer, optionally narrowed by query parameters.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import trustme

from audit import platforms
from audit.probes.config import ProbeSettings

EXTRA_HOSTS = ("consent.youtube.com", "consent.google.com", "api.x.com", "itunes.apple.com",
               "elsewhere.example")


def platform_hosts() -> list[str]:
    hosts = {h for p in platforms.PLATFORMS.values() for h in (*p.hosts, *p.shared_hosts)}
    return sorted(hosts | set(EXTRA_HOSTS))


@dataclass
class Answer:
    status: int = 200
    body: str = ""
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None
    query: dict[str, str] = field(default_factory=dict)  # parameters the request must carry


class PlatformServer:
    def __init__(self, ca: trustme.CA) -> None:
        self.routes: dict[tuple[str, str], list[Answer]] = {}
        self.hits: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 -- http.server's interface
                host = (self.headers.get("Host") or "").split(":")[0]
                parts = urlsplit(self.path)
                outer.hits.append(f"https://{host}{self.path}")
                answer = outer.find(host, parts.path, dict(parse_qsl(parts.query)))
                data = answer.body.encode()
                self.send_response(answer.status)
                if answer.location:
                    self.send_header("Location", answer.location)
                if data:
                    self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert(*platform_hosts()).configure_cert(context)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def find(self, host: str, path: str, query: dict[str, str]) -> Answer:
        for answer in self.routes.get((host, path), []):
            if all(query.get(k) == v for k, v in answer.query.items()):
                return answer
        return Answer(404, "<title>404 Not Found</title>no route")

    def serve(self, answers: Iterable[tuple[str, Answer]]) -> None:
        """Replace the routes: each (https URL, answer)."""
        self.routes.clear()
        self.hits.clear()
        for url, answer in answers:
            parts = urlsplit(url)
            self.routes.setdefault((parts.hostname or "", parts.path), []).append(answer)

    def settings(self, ca_file: str) -> ProbeSettings:
        pins = {h: f"127.0.0.1:{self.port}" for h in platform_hosts()}
        return ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=5,
                             pinned_hosts=pins)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

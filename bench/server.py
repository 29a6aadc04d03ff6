"""A local HTTP server that answers every request after a fixed delay, and counts them.

Used by the throughput benchmark and the fault tests. It listens on 0.0.0.0, so
every loopback address 127.0.0.1 .. 127.255.255.254 reaches it (Linux routes all
of 127/8 to lo): spreading assets over many addresses keeps the runner's
per-host limit from serializing them. `stop()` closes the listener and every
open connection, so a test can make "the network" disappear midway.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = (
    b"<html><head><title>Bench Co</title>"
    b'<meta name="description" content="A healthy page for benchmarks.">'
    b'<meta property="og:title" content="Bench Co"><meta property="og:image" content="/a.png">'
    b"</head><body><h1>Bench Co</h1>"
    b'<a href="https://www.instagram.com/benchco/">Instagram</a></body></html>'
)
HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Strict-Transport-Security": "max-age=31536000",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Content-Security-Policy": "default-src 'self'",
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    allow_reuse_address = True

    def __init__(self, owner: LatencyServer) -> None:
        self.owner = owner
        super().__init__(("0.0.0.0", 0), _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        """Quiet: thousands of requests would drown the benchmark table."""

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib name
        """Sherlock probes status-code sites with HEAD: the same latency, no body."""
        self.do_GET(send=False)

    def do_GET(self, send: bool = True) -> None:  # noqa: N802 - stdlib name
        owner = self.server.owner
        owner.track(self.connection, opened=True)
        owner.count(self.path)
        if owner.stopped.wait(owner.latency_s):  # the network went away mid-request
            self.close_connection = True
            return
        if self.path.startswith("/rdap/"):
            payload, ctype = json.dumps({"objectClassName": "domain", "events": [
                {"eventAction": "expiration", "eventDate": "2099-01-01T00:00:00Z"}]}).encode(), \
                "application/rdap+json"
            headers = {"Content-Type": ctype}
        else:
            payload, headers = PAGE, HEADERS
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if send:
            self.wfile.write(payload)

    def finish(self) -> None:
        super().finish()
        self.server.owner.track(self.connection, opened=False)


class LatencyServer:
    """Answers GET after `latency_s`; `requests` counts what it received, `paths` per path.

    Raising `latency_s` mid-run (say to an hour) turns it into a black hole: it
    accepts and never answers, until `stop()`.
    """

    def __init__(self, latency_s: float = 0.2) -> None:
        self.latency_s = latency_s
        self.requests = 0
        self.paths: Counter[str] = Counter()  # requests per path: what was fetched twice
        self.stopped = threading.Event()
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._server = _Server(self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    def count(self, path: str = "/") -> None:
        with self._lock:
            self.requests += 1
            self.paths[path] += 1

    def track(self, conn: socket.socket, opened: bool) -> None:
        with self._lock:
            (self._open.add if opened else self._open.discard)(conn)

    def url(self, host: str = "127.0.0.1", path: str = "/") -> str:
        return f"http://{host}:{self.port}{path}"

    def reset(self) -> int:
        """Zero the counter; returns what it was."""
        with self._lock:
            seen, self.requests = self.requests, 0
            self.paths.clear()
        return seen

    def start(self) -> LatencyServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and cut every open connection: the network is gone."""
        self.stopped.set()
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            conns, self._open = list(self._open), set()
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> LatencyServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        if not self.stopped.is_set():
            self.stop()

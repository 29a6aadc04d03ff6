"""The safe HTTP client every probe uses.

Audited sites are untrusted: they may never answer, drip bytes, send a gigabyte or
a gzip bomb, loop redirects or point us at the cloud metadata service. So:

- the SSRF guard runs inside the connection (`_GuardedConnection._new_conn`): the
  name is resolved once, every address checked, and the checked address dialled
  while the hostname stays the TLS SNI / certificate name and the Host header.
  Every redirect hop opens its connection through the same guard.
- `timeout=(connect, read)` only bounds each socket operation, so each fetch also
  has a total deadline (settings.timeout_s): a timer shuts the fetch's sockets
  when it expires, which ends a blocked read however slowly the server drips.
  (Name resolution is the one step it cannot cut short: getaddrinfo has no timeout.)
- bodies are streamed and capped at settings.max_bytes *after* decompression; a
  bigger body is not an error (the page answered): `html` holds the first bytes
  and the Attempt says `"truncated": True`. (error_kind "too_large" is therefore
  never produced by this client.)
- redirects are followed by hand: at most settings.max_redirects, loops detected.
- `trust_env=False`, so REQUESTS_CA_BUNDLE cannot silently override our bundle
  (FIELD-NOTES); `ca_bundle()` honours SSL_CERT_FILE / REQUESTS_CA_BUNDLE explicitly.
- one requests.Session per thread (requests does not promise thread safety, and the
  cookies live there), all of a policy's sessions sharing one adapter: urllib3's pools
  are thread-safe, so a connection to a host is reused by whichever thread fetches
  from that host next. A pool is keyed by scheme, host, port and TLS settings, so a
  connection is only ever reused for the name (and checked address) it was opened to.
"""

from __future__ import annotations

import codecs
import contextlib
import heapq
import json
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urljoin

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util import connection as u3connection
from urllib3.util import parse_url

from audit.probe_errors import info, tls_code
from audit.probes.config import ProbeSettings
from audit.probes.ssrf import Blocked, Guard, resolve

REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 16_384
_ACCEPT = "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# ---------------------------------------------------------------- deadline


class Deadline:
    """A total time budget; when it runs out, every watched socket is shut down.

    Shutting a socket down wakes a thread blocked in recv() on it (it reads EOF),
    which is the only way to bound a read that receives one byte per second.
    Used as a context manager; sockets opened meanwhile in this thread are watched.
    """

    _current = threading.local()

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._done = False  # left before it ran out: the watchdog skips it

    def remaining(self) -> float:
        return max(0.001, self.at - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                _shutdown(sock)
            else:
                self._sockets.append(sock)

    def unwatch(self, sock: socket.socket) -> None:
        with self._lock:
            if sock in self._sockets:
                self._sockets.remove(sock)

    def _expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def __enter__(self) -> Deadline:
        Deadline._current.value = self
        _WATCHDOG.add(self)
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._done = True
            self._sockets.clear()  # the watchdog keeps the deadline until it is due
        Deadline._current.value = None

    @classmethod
    def watch_current(cls, sock: socket.socket | None) -> None:
        deadline = getattr(cls._current, "value", None)
        if deadline is not None and sock is not None:
            deadline.watch(sock)

    @classmethod
    def unwatch_current(cls, sock: socket.socket | None) -> None:
        """A connection goes back to the shared pool: this fetch's deadline no longer
        shuts it (another thread may be using it by then)."""
        deadline = getattr(cls._current, "value", None)
        if deadline is not None and sock is not None:
            deadline.unwatch(sock)


class _Watchdog:
    """One thread that expires every Deadline of the process in time order.

    A threading.Timer per fetch started and ended a thread for each request: ~1.5 ms of
    CPU per profile fetch on a busy 2-core machine (bench/, issue 15)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._thread: threading.Thread | None = None

    def add(self, deadline: Deadline) -> None:
        with self._cond:
            heapq.heappush(self._heap, (deadline.at, id(deadline), deadline))
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="siaga-deadlines",
                                                daemon=True)
                self._thread.start()
            if self._heap[0][2] is deadline:  # due before every other: the wait shortens
                self._cond.notify()  # (waking the thread per fetch cost a GIL handover)

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._heap or self._heap[0][0] > time.monotonic():
                    self._cond.wait(self._heap[0][0] - time.monotonic() if self._heap
                                    else None)
                _, _, due = heapq.heappop(self._heap)
            due._expire()


_WATCHDOG = _Watchdog()


def _shutdown(sock: socket.socket) -> None:
    # The plain-socket shutdown, also for an SSLSocket: it leaves the SSL object alone.
    with contextlib.suppress(OSError):  # already closed
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


# ---------------------------------------------------------------- guarded transport


class _GuardedConnectionMixin:
    """Resolve + check + dial the checked address; the hostname stays for SNI and Host."""

    guard: Guard

    def _new_conn(self) -> socket.socket:
        host, port = self.guard.dial(self.host, self.port)
        try:
            addresses = resolve(host, port, self.guard)
        except socket.gaierror as e:
            raise NameResolutionError(self.host, self, e) from e
        error: OSError | None = None
        for address in addresses:
            try:
                sock = u3connection.create_connection(
                    (address, port), self.timeout,
                    source_address=self.source_address, socket_options=self.socket_options,
                )
            except TimeoutError as e:
                raise ConnectTimeoutError(self, f"Connection to {self.host} timed out") from e
            except OSError as e:
                error = e
                continue
            Deadline.watch_current(sock)
            return sock
        raise NewConnectionError(self, f"Failed to establish a new connection: {error}") from error

    def request(self, *args: Any, **kwargs: Any) -> None:
        Deadline.watch_current(self.sock)  # a pooled connection reused by a later fetch
        super().request(*args, **kwargs)


class _ReleasingPoolMixin:
    def _put_conn(self, conn: Any) -> None:
        Deadline.unwatch_current(getattr(conn, "sock", None))
        super()._put_conn(conn)  # type: ignore[misc]


@cache
def _pool_classes(guard: Guard) -> dict[str, type]:
    """Connection pool classes whose connections carry `guard` (one set per policy)."""
    mixin = {"guard": guard}
    http = type("GuardedHTTPConnection", (_GuardedConnectionMixin, HTTPConnection), mixin)
    https = type("GuardedHTTPSConnection", (_GuardedConnectionMixin, HTTPSConnection), mixin)
    return {
        "http": type("GuardedHTTPPool", (_ReleasingPoolMixin, HTTPConnectionPool),
                     {"ConnectionCls": http}),
        "https": type("GuardedHTTPSPool", (_ReleasingPoolMixin, HTTPSConnectionPool),
                      {"ConnectionCls": https}),
    }


# Shared by every thread's session: pools for this many hosts, each keeping this many idle
# connections (a pool over its size discards the extra connection, it never blocks). With
# a pool per thread, each of 50 threads cycled its 16 pools through the 64 hosts of a
# profile run, so almost every request opened a new connection (bench profiles, issue 15).
POOL_HOSTS = 256
POOL_PER_HOST = 8


class _GuardedAdapter(HTTPAdapter):
    def __init__(self, guard: Guard) -> None:
        self.guard = guard  # read by init_poolmanager, which HTTPAdapter.__init__ calls
        super().__init__(pool_connections=POOL_HOSTS, pool_maxsize=POOL_PER_HOST,
                         max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pool_classes(self.guard)


_local = threading.local()
_adapters_lock = threading.Lock()


@cache
def _adapter(guard: Guard) -> _GuardedAdapter:
    """The one adapter (pool manager) of a policy, shared by every thread's session."""
    return _GuardedAdapter(guard)


def guard_of(settings: ProbeSettings) -> Guard:
    hosts = frozenset(h.strip("[]").rstrip(".").lower() for h in settings.allowed_hosts)
    return Guard(settings.allow_private, hosts, tuple(sorted(settings.pinned_hosts.items())))


def _session(guard: Guard) -> requests.Session:
    sessions: dict[Guard, requests.Session] = _local.__dict__.setdefault("sessions", {})
    session = sessions.get(guard)
    if session is None:
        session = requests.Session()
        session.trust_env = False  # no env proxies, no silent REQUESTS_CA_BUNDLE override
        with _adapters_lock:  # functools.cache may build twice when threads race
            adapter = _adapter(guard)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        sessions[guard] = session
    return session


def ca_bundle(settings: ProbeSettings) -> str | None:
    """The CA file to trust: --ca-bundle, else SSL_CERT_FILE / REQUESTS_CA_BUNDLE, else system.

    None means the system store (ssl's default paths); the HTTP client and the TLS
    probe both use this, so a certificate is judged the same way by both.
    """
    for candidate in (settings.ca_bundle, os.environ.get("SSL_CERT_FILE"),
                      os.environ.get("REQUESTS_CA_BUNDLE")):
        if candidate:
            return candidate
    system = ssl.get_default_verify_paths().cafile
    return system if system and os.path.exists(system) else None


# ---------------------------------------------------------------- fetch


def fetch(url: str, settings: ProbeSettings, *, method: str = "GET") -> dict[str, Any]:
    """Fetch `url` safely and return the Attempt (see audit/probes/__init__.py); never raises.

    `html` holds the first bytes of an HTML body, decoded; other bodies are not read.
    Extra fields: "truncated" (body longer than max_bytes) and "total_ms" (whole fetch,
    redirects and body included; "elapsed_ms" is the final request until its headers).
    """
    attempt, body = _fetch(url, settings, method, lambda ctype: "html" in ctype or not ctype)
    attempt["html"] = body or ""
    return attempt


def fetch_text(url: str, settings: ProbeSettings,
               headers: dict[str, str] | None = None) -> dict[str, Any]:
    """Fetch a small text file (security.txt) or any body the profile probe reads (oEmbed
    and lookup APIs answer JSON): the Attempt with its body in "text"."""
    attempt, body = _fetch(url, settings, "GET", lambda ctype: True, headers)
    attempt["html"], attempt["text"] = "", body or ""
    return attempt


def fetch_json(url: str, settings: ProbeSettings) -> tuple[dict[str, Any], Any]:
    """Fetch a JSON document (RDAP, bootstrap); returns (Attempt, parsed JSON or None)."""
    attempt, body = _fetch(url, settings, "GET", lambda ctype: "json" in ctype or not ctype)
    attempt["html"] = ""
    if body and not attempt["error"]:
        try:
            return attempt, json.loads(body)
        except ValueError:
            attempt["error"], attempt["error_kind"] = f"{url} did not return JSON", "other"
            attempt["error_info"] = info("not_json", url=url)
    return attempt, None


def _fetch(url: str, settings: ProbeSettings, method: str, wanted: Any,
           headers: dict[str, str] | None = None) -> tuple[dict, str | None]:
    attempt: dict[str, Any] = {
        "url": url, "chain": [], "status": None, "final_url": None, "headers": {},
        "header_lines": [],
        "elapsed_ms": 0.0, "total_ms": 0.0, "html": "", "content_type": "",
        "truncated": False, "error": None, "error_kind": None, "error_info": None,
    }
    body: str | None = None
    started = time.monotonic()
    session = _session(guard_of(settings))
    session.cookies.clear()  # cookies from one audited site never reach another
    verify: str | bool = ca_bundle(settings) or True
    current, seen = url, {url}
    with Deadline(settings.timeout_s) as deadline:
        try:
            while True:
                _validate(current)
                timeout = min(settings.timeout_s, deadline.remaining())
                request = requests.Request(method, current, headers={
                    "User-Agent": settings.user_agent, "Accept": _ACCEPT,
                    "Accept-Encoding": "gzip, deflate", **(headers or {}),
                })
                response = session.send(session.prepare_request(request), stream=True,
                                        allow_redirects=False, timeout=timeout, verify=verify)
                location = response.headers.get("location")
                hop = {"url": current, "status": response.status_code, "location": None}
                attempt["chain"].append(hop)
                attempt.update(status=response.status_code, final_url=current)
                if response.status_code in REDIRECTS and location:
                    response.close()
                    hop["location"] = location
                    current = urljoin(current, location)
                    if current in seen:
                        raise _Stop("redirect_loop", f"Redirect loop back to {current}",
                                    url=current)
                    if len(attempt["chain"]) > settings.max_redirects:
                        raise _Stop("too_many_redirects",
                                    f"More than {settings.max_redirects} redirects",
                                    url=url, max=settings.max_redirects)
                    seen.add(current)
                    continue
                attempt["headers"] = {k.lower(): v for k, v in response.headers.items()}
                # requests joins repeated lines with ", ": keep each line where it matters
                # (HSTS: the first line wins; Set-Cookie: one cookie a line).
                attempt["header_lines"] = [[k.lower(), v]
                                           for k, v in response.raw.headers.iteritems()]
                attempt["content_type"] = response.headers.get("content-type", "")
                attempt["elapsed_ms"] = response.elapsed.total_seconds() * 1000
                if method != "HEAD" and wanted(attempt["content_type"].lower()):
                    raw, attempt["truncated"] = _read_capped(response, settings.max_bytes)
                    body = _decode(raw, attempt["content_type"])
                response.close()
                break
        except _Stop as stop:
            attempt["error"], attempt["error_kind"] = stop.sentence, stop.kind
            attempt["error_info"] = stop.info
        except Exception as exc:  # noqa: BLE001 -- a probe never raises; the error is a fact
            attempt["error_kind"], attempt["error"], attempt["error_info"] = classify(
                exc, current, deadline)
    attempt["total_ms"] = (time.monotonic() - started) * 1000
    return attempt, body


class _Stop(Exception):
    def __init__(self, kind: str, sentence: str, **values: Any) -> None:
        super().__init__(sentence)
        self.kind, self.sentence, self.info = kind, sentence, info(kind, **values)


def _validate(url: str) -> None:
    parts = parse_url(url)
    if parts.scheme not in ("http", "https") or not parts.host:
        raise _Stop("invalid_url", f"Not an http(s) URL: {url}", url=url)


def _read_capped(response: requests.Response, limit: int) -> tuple[bytes, bool]:
    """Read at most `limit` decompressed bytes; True when more was on offer."""
    data = bytearray()
    for chunk in response.iter_content(CHUNK):
        data += chunk
        if len(data) > limit:
            return bytes(data[:limit]), True
    return bytes(data), False


def _decode(raw: bytes, content_type: str) -> str:
    """Decode with the header's charset, else a <meta> charset, else UTF-8; never fails."""
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.I)
    meta = _META_CHARSET.search(raw[:2048])
    for name in (match and match.group(1), meta and meta.group(1).decode("ascii")):
        if name:
            try:
                return raw.decode(codecs.lookup(name).name, errors="replace")
            except LookupError:
                continue
    return raw.decode("utf-8", errors="replace")


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (requests nests urllib3 nests socket errors)."""
    todo, seen = [exc], set()
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [c for c in (e.__cause__, e.__context__, getattr(e, "reason", None))
                 if isinstance(c, BaseException)]
        todo += [a for a in e.args if isinstance(a, BaseException)]


def classify(exc: BaseException, url: str,
             deadline: Deadline) -> tuple[str, str, dict[str, Any]]:
    """Map an exception to (error_kind, English sentence, error_info).

    error_kind is the coarse kind the checks judge; error_info's code is finer where the
    reader needs it (a TLS failure says which certificate problem: expired, untrusted...)."""
    try:
        host = parse_url(url).host or url
    except ValueError:
        host = url
    causes = list(_causes(exc))
    for e in causes:
        if isinstance(e, Blocked):
            return "blocked", str(e), info("blocked", host=host)
    if deadline.expired:
        return ("timeout", f"{host} did not finish answering within {deadline.seconds:g} s",
                info("timeout", host=host, s=float(deadline.seconds)))
    for e in causes:
        if isinstance(e, ssl.SSLCertVerificationError):
            return ("tls", f"TLS with {host} failed: {_short(e)}",
                    info(tls_code(e.verify_code), host=host))
    kinds = (
        (NameResolutionError, "dns", f"The name {host} does not resolve"),
        (socket.gaierror, "dns", f"The name {host} does not resolve"),
        (ConnectionRefusedError, "refused", f"{host} refused the connection"),
        (ssl.SSLError, "tls", f"TLS with {host} failed: {{e}}"),
        (requests.exceptions.SSLError, "tls", f"TLS with {host} failed: {{e}}"),
        (requests.exceptions.Timeout, "timeout", f"No answer from {host} within the timeout"),
        (TimeoutError, "timeout", f"No answer from {host} within the timeout"),
        (requests.exceptions.InvalidURL, "invalid_url", f"Invalid URL: {url}"),
        (ValueError, "invalid_url", f"Invalid URL: {url}"),
    )
    for cls, kind, sentence in kinds:
        for e in causes:
            if isinstance(e, cls):
                values = ({"url": url} if kind == "invalid_url" else
                          {"host": host, "s": float(deadline.seconds)} if kind == "timeout"
                          else {"host": host})
                return kind, sentence.format(e=_short(e)), info(kind, **values)
    return "other", f"Request to {host} failed: {_short(exc)}", info("other", host=host)


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "reason", None) or exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."

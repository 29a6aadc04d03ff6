"""The safe client against well-behaved and hostile local servers: nothing hangs."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib

import pytest

from audit.probes.config import ProbeSettings
from audit.probes.net import ca_bundle, fetch

pytestmark = pytest.mark.timeout(20)

HTML_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"


def _read_request(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return
        data += chunk


def test_page_is_fetched_with_headers_and_html(httpserver, settings) -> None:
    httpserver.expect_request("/").respond_with_data(
        "<html><title>Toko</title></html>", content_type="text/html; charset=utf-8",
        headers={"Strict-Transport-Security": "max-age=31536000"})
    attempt = fetch(httpserver.url_for("/"), settings)
    assert attempt["error"] is None
    assert attempt["status"] == 200
    assert attempt["headers"]["strict-transport-security"] == "max-age=31536000"
    assert attempt["html"] == "<html><title>Toko</title></html>"
    assert attempt["chain"] == [{"url": httpserver.url_for("/"), "status": 200,
                                 "location": None}]
    assert attempt["truncated"] is False


def test_user_agent_names_siaga(httpserver, settings) -> None:
    httpserver.expect_request("/", headers={"User-Agent": settings.user_agent}
                              ).respond_with_data("ok")
    assert fetch(httpserver.url_for("/"), settings)["status"] == 200
    assert "Siaga" in settings.user_agent


def test_relative_redirects_are_followed_in_order(httpserver, settings) -> None:
    httpserver.expect_request("/a").respond_with_data("", 301, headers={"Location": "b"})
    httpserver.expect_request("/b").respond_with_data("", 302, headers={"Location": "/c?x=1"})
    httpserver.expect_request("/c").respond_with_data("done", content_type="text/html")
    attempt = fetch(httpserver.url_for("/a"), settings)
    assert [hop["status"] for hop in attempt["chain"]] == [301, 302, 200]
    assert attempt["chain"][1]["location"] == "/c?x=1"
    assert attempt["final_url"] == httpserver.url_for("/c?x=1")
    assert attempt["html"] == "done"


def test_error_status_is_a_response_not_an_error(httpserver, settings) -> None:
    httpserver.expect_request("/").respond_with_data("gone", status=410)
    attempt = fetch(httpserver.url_for("/"), settings)
    assert (attempt["status"], attempt["error"]) == (410, None)


def test_non_html_body_is_not_read(httpserver, settings) -> None:
    httpserver.expect_request("/").respond_with_data(b"\x89PNG", content_type="image/png")
    attempt = fetch(httpserver.url_for("/"), settings)
    assert attempt["status"] == 200 and attempt["html"] == ""


def test_redirect_loop_is_detected(httpserver, settings) -> None:
    httpserver.expect_request("/a").respond_with_data("", 302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", 302, headers={"Location": "/a"})
    attempt = fetch(httpserver.url_for("/a"), settings)
    assert attempt["error_kind"] == "redirect_loop"
    assert len(attempt["chain"]) == 2


def test_thirty_hop_chain_stops_after_the_limit(httpserver, settings) -> None:
    for hop in range(30):
        httpserver.expect_request(f"/hop/{hop}").respond_with_data(
            "", 302, headers={"Location": f"/hop/{hop + 1}"})
    httpserver.expect_request("/hop/30").respond_with_data("finally")
    attempt = fetch(httpserver.url_for("/hop/0"), settings)
    assert attempt["error_kind"] == "too_many_redirects"
    assert len(attempt["chain"]) == settings.max_redirects + 1


def test_ten_redirects_are_allowed(httpserver, settings) -> None:
    for hop in range(10):
        httpserver.expect_request(f"/hop/{hop}").respond_with_data(
            "", 302, headers={"Location": f"/hop/{hop + 1}"})
    httpserver.expect_request("/hop/10").respond_with_data("finally")
    attempt = fetch(httpserver.url_for("/hop/0"), settings)
    assert (attempt["status"], attempt["error"]) == (200, None)


def test_invalid_utf8_is_replaced(httpserver, settings) -> None:
    httpserver.expect_request("/").respond_with_data(
        b"<title>caf\xe9 \xff\xfe</title>", content_type="text/html; charset=utf-8")
    attempt = fetch(httpserver.url_for("/"), settings)
    assert attempt["error"] is None
    assert attempt["html"].startswith("<title>caf\ufffd")


def test_meta_charset_is_honoured(httpserver, settings) -> None:
    httpserver.expect_request("/").respond_with_data(
        b'<meta charset="windows-1252"><title>caf\xe9</title>', content_type="text/html")
    assert "café" in fetch(httpserver.url_for("/"), settings)["html"]


def test_unknown_charset_falls_back_to_utf8(httpserver, settings) -> None:
    httpserver.expect_request("/").respond_with_data(
        "<p>ok é</p>".encode(), content_type="text/html; charset=klingon")
    assert fetch(httpserver.url_for("/"), settings)["html"] == "<p>ok é</p>"


def test_garbage_html_is_returned_as_text(httpserver, settings) -> None:
    garbage = bytes(range(256)) * 50 + b"<<<>>><title<meta <a href=\x00>"
    httpserver.expect_request("/").respond_with_data(garbage, content_type="text/html")
    attempt = fetch(httpserver.url_for("/"), settings)
    assert attempt["error"] is None and isinstance(attempt["html"], str)
    assert len(attempt["html"]) > 1000


def test_not_http_at_all_is_an_error(raw_server, settings) -> None:
    def handle(conn, stop):
        _read_request(conn)
        conn.sendall(b"SSH-2.0-OpenSSH\r\n\r\n")

    attempt = fetch(raw_server(handle).url, settings)
    assert attempt["status"] is None and attempt["error_kind"] == "other"


def test_closed_port_is_refused(settings) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    attempt = fetch(f"http://127.0.0.1:{port}/", settings)
    assert attempt["error_kind"] == "refused"


@pytest.mark.parametrize("url", ["ftp://example.com/", "http://", "not a url", "file:///etc/passwd"])
def test_non_http_url_is_invalid(url, settings) -> None:
    assert fetch(url, settings)["error_kind"] == "invalid_url"


def test_unresolvable_name_is_dns(settings) -> None:
    assert fetch("http://no-such-host.invalid/", settings)["error_kind"] == "dns"


# ------------------------------------------------------------------ hostile servers


def test_server_that_never_answers_times_out(raw_server, settings) -> None:
    def handle(conn, stop):
        stop.wait(30)

    attempt = fetch(raw_server(handle).url, settings)
    assert attempt["error_kind"] == "timeout"
    assert attempt["status"] is None


def test_body_dripping_one_byte_a_second_ends_at_the_deadline(raw_server, settings) -> None:
    def handle(conn, stop):
        _read_request(conn)
        conn.sendall(HTML_HEAD + b"Content-Length: 100000\r\n\r\n")
        while not stop.wait(1):
            conn.sendall(b"x")

    attempt = fetch(raw_server(handle).url, settings)
    assert attempt["error_kind"] == "timeout"
    assert attempt["status"] == 200  # the headers did arrive
    assert "did not finish" in attempt["error"]


def test_headers_dripping_one_byte_a_second_end_at_the_deadline(raw_server, settings) -> None:
    def handle(conn, stop):
        _read_request(conn)
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 1000:
            if stop.wait(1):
                return
            conn.sendall(bytes([byte]))

    attempt = fetch(raw_server(handle).url, settings)
    assert attempt["error_kind"] == "timeout"


def test_one_gigabyte_body_is_capped_not_read(raw_server, settings) -> None:
    gigabyte = 1 << 30
    block = b"<p>" + b"a" * 65_533

    def handle(conn, stop):
        _read_request(conn)
        conn.sendall(HTML_HEAD + f"Content-Length: {gigabyte}\r\n\r\n".encode())
        while server.sent < gigabyte and not stop.is_set():
            conn.sendall(block)
            server.sent += len(block)

    server = raw_server(handle)
    attempt = fetch(server.url, settings)
    assert attempt["error"] is None
    assert attempt["truncated"] is True
    assert len(attempt["html"]) == settings.max_bytes
    time.sleep(0.2)  # let the server notice the closed socket
    assert server.sent < gigabyte // 10


def test_gzip_bomb_is_capped_after_decompression(raw_server, settings) -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    zeros = b"\0" * (1 << 20)
    bomb = b"".join(compressor.compress(zeros) for _ in range(200)) + compressor.flush()
    assert len(bomb) < 1_000_000  # 200 MB inflated from well under 1 MB

    def handle(conn, stop):
        _read_request(conn)
        conn.sendall(HTML_HEAD + b"Content-Encoding: gzip\r\n"
                     + f"Content-Length: {len(bomb)}\r\n\r\n".encode() + bomb)

    attempt = fetch(raw_server(handle).url, settings)
    assert attempt["error"] is None
    assert attempt["truncated"] is True
    assert len(attempt["html"]) == settings.max_bytes


def test_small_gzip_page_is_decoded(raw_server, settings) -> None:
    page = gzip.compress(b"<title>ok</title>")

    def handle(conn, stop):
        _read_request(conn)
        conn.sendall(HTML_HEAD + b"Content-Encoding: gzip\r\n"
                     + f"Content-Length: {len(page)}\r\n\r\n".encode() + page)

    assert fetch(raw_server(handle).url, settings)["html"] == "<title>ok</title>"


def test_concurrent_fetches_use_separate_sessions(httpserver, settings) -> None:
    httpserver.expect_request("/").respond_with_data("<p>ok</p>", content_type="text/html")
    results: list[dict] = []
    threads = [threading.Thread(target=lambda: results.append(
        fetch(httpserver.url_for("/"), settings))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r["status"] for r in results] == [200] * 8


# ------------------------------------------------------------------ HTTPS and CA bundle


def test_https_verifies_against_the_ca_bundle(https_server, ca_file) -> None:
    server = https_server("good")
    server.expect_request("/").respond_with_data("<p>secure</p>", content_type="text/html")
    url = f"https://localhost:{server.port}/"
    trusted = fetch(url, ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3))
    assert (trusted["status"], trusted["html"]) == (200, "<p>secure</p>")
    untrusted = fetch(url, ProbeSettings(allow_private=True, timeout_s=3))
    assert untrusted["error_kind"] == "tls"


def test_requests_ca_bundle_env_is_honoured(https_server, ca_file, monkeypatch) -> None:
    server = https_server("good")
    server.expect_request("/").respond_with_data("ok")
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", ca_file)
    attempt = fetch(f"https://localhost:{server.port}/",
                    ProbeSettings(allow_private=True, timeout_s=3))
    assert attempt["status"] == 200


def test_setting_wins_over_environment(https_server, ca_file, monkeypatch, tmp_path) -> None:
    import trustme

    other = tmp_path / "other.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    monkeypatch.setenv("SSL_CERT_FILE", str(other))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other))
    settings = ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3)
    assert ca_bundle(settings) == ca_file
    server = https_server("good")
    server.expect_request("/").respond_with_data("ok")
    assert fetch(f"https://localhost:{server.port}/", settings)["status"] == 200


def test_wrong_host_certificate_fails_the_fetch(https_server, ca_file) -> None:
    server = https_server("wrong_host")
    server.expect_request("/").respond_with_data("ok")
    attempt = fetch(f"https://localhost:{server.port}/",
                    ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3))
    assert attempt["error_kind"] == "tls"
    assert "localhost" in attempt["error"]


def test_threads_reuse_one_connection_per_host(settings) -> None:
    """Every thread's session shares the pools: a keep-alive connection opened by one
    thread serves the next thread's fetch from the same host (issue 15: with a pool per
    thread, almost every fetch of a 50-thread run opened a new connection)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    opened: list[object] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            opened.append(self.client_address)
            super().setup()

        def do_GET(self) -> None:  # noqa: N802 -- http.server's interface
            body = b"<p>ok</p>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        statuses: list[int | None] = []
        for _ in range(4):  # one thread after another, each with its own session
            thread = threading.Thread(target=lambda: statuses.append(
                fetch(url, settings)["status"]))
            thread.start()
            thread.join()
        assert statuses == [200] * 4
        assert len(opened) == 1
    finally:
        server.shutdown()
        server.server_close()


def test_a_short_deadline_behind_a_longer_one_still_ends_its_fetch(raw_server) -> None:
    """The watchdog is woken only for a deadline due before all it holds: one added while
    it sleeps towards a later one must shorten that sleep, or the fetch runs over."""
    from audit.probes.net import Deadline

    def handle(conn, stop):  # the body would be whole after 8 s
        _read_request(conn)
        conn.sendall(HTML_HEAD + b"Content-Length: 8\r\n\r\n")
        for _ in range(8):
            if stop.wait(1):
                return
            conn.sendall(b"x")

    url = raw_server(handle).url
    with Deadline(60):  # the watchdog now sleeps towards this one
        attempt = fetch(url, ProbeSettings(allow_private=True, timeout_s=2))
    assert attempt["error_kind"] == "timeout", attempt

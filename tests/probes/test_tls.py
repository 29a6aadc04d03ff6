"""The TLS probe reads every certificate, verified or not, from real local TLS servers."""

from __future__ import annotations

import socket
from datetime import UTC, date, datetime, timedelta

import pytest

from audit.probes.config import ProbeSettings
from audit.probes.tls import probe_tls

pytestmark = pytest.mark.timeout(20)


@pytest.fixture
def tls_settings(ca_file) -> ProbeSettings:
    return ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=2)


def _probe(https_server, cert: str, settings: ProbeSettings) -> dict:
    return probe_tls("localhost", https_server(cert).port, settings)


def test_good_certificate_verifies(https_server, tls_settings) -> None:
    facts = _probe(https_server, "good", tls_settings)
    assert facts["verified"] is True
    assert (facts["verify_error"], facts["verify_code"]) == (None, None)
    assert "localhost" in facts["sans"] and "127.0.0.1" in facts["sans"]
    assert facts["self_signed"] is False
    assert "trustme" in facts["issuer"]


def test_expired_certificate_is_read_with_code_10(https_server, tls_settings) -> None:
    facts = _probe(https_server, "expired", tls_settings)
    assert (facts["verified"], facts["verify_code"]) == (False, 10)
    assert "expired" in facts["verify_error"]
    assert datetime.fromisoformat(facts["not_after"]) < datetime.now(UTC)


def test_not_yet_valid_certificate_is_read_with_code_9(https_server, tls_settings) -> None:
    facts = _probe(https_server, "not_yet_valid", tls_settings)
    assert (facts["verified"], facts["verify_code"]) == (False, 9)
    assert datetime.fromisoformat(facts["not_before"]) > datetime.now(UTC)


def test_certificate_expiring_in_nine_days_verifies_and_reports_its_date(
        https_server, tls_settings) -> None:
    facts = _probe(https_server, "expiring_9_days", tls_settings)
    assert facts["verified"] is True
    left = datetime.fromisoformat(facts["not_after"]).date() - date.today()
    assert timedelta(days=8) <= left <= timedelta(days=9)


def test_wrong_host_is_read_with_code_62(https_server, tls_settings) -> None:
    facts = _probe(https_server, "wrong_host", tls_settings)
    assert (facts["verified"], facts["verify_code"]) == (False, 62)
    assert facts["sans"] == ["other.example"]


def test_self_signed_certificate_is_read_with_code_18(https_server, tls_settings) -> None:
    facts = _probe(https_server, "self_signed", tls_settings)
    assert (facts["verified"], facts["verify_code"]) == (False, 18)
    assert facts["self_signed"] is True
    assert facts["issuer"] == facts["subject"]


def test_certificate_from_unknown_ca_is_untrusted(https_server, tls_settings) -> None:
    facts = _probe(https_server, "untrusted_ca", tls_settings)
    assert (facts["verified"], facts["verify_code"]) == (False, 20)
    assert facts["self_signed"] is False


def test_ssl_cert_file_env_is_the_trust_store(https_server, ca_file, monkeypatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    facts = _probe(https_server, "good", ProbeSettings(allow_private=True, timeout_s=2))
    assert facts["verified"] is True


def test_plain_http_port_is_a_tls_error(httpserver, tls_settings) -> None:
    facts = probe_tls("127.0.0.1", httpserver.port, tls_settings)
    assert facts["error_kind"] == "tls"
    assert "verified" not in facts


def test_nothing_listening_is_refused(tls_settings) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert probe_tls("127.0.0.1", port, tls_settings)["error_kind"] == "refused"


def test_silent_server_times_out(raw_server, tls_settings) -> None:
    server = raw_server(lambda conn, stop: stop.wait(30))
    assert probe_tls("127.0.0.1", server.port, tls_settings)["error_kind"] == "timeout"


def test_guard_applies_to_tls(https_server, ca_file) -> None:
    port = https_server("good").port
    facts = probe_tls("localhost", port, ProbeSettings(ca_bundle=ca_file, timeout_s=2))
    assert facts["error_kind"] == "blocked"


def test_unresolvable_host_is_dns(tls_settings) -> None:
    assert probe_tls("no-such-host.invalid", 443, tls_settings)["error_kind"] == "dns"

"""Probe failures reach the reader in their language: real local servers fail in the real
ways (expired, untrusted, self-signed and wrong-name certificates, a refused port, a
silent server, an unknown name), the real checks judge the facts, and the sentence each
reason renders carries no English in Indonesian; the English text stays in the evidence."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime

import pytest

from audit.models import Asset
from audit.probes import gather
from audit.probes.config import ProbeSettings
from checks.base import COMMON_REASONS, CheckSpec, Context, Outcome
from checks.registry import get

pytestmark = pytest.mark.timeout(40)

TODAY = datetime.now(UTC).date()
ENGLISH = ("handshake failed", "failed", "certificate has expired", "certificate verify",
           "Connection refused", "refused the connection", "timed out", "does not resolve",
           "did not", "within", "Hostname mismatch", "self-signed certificate", "unable to")


def _judge(url: str, settings: ProbeSettings, check: str = "web.reachable",
           ) -> tuple[CheckSpec, Outcome]:
    asset = Asset("web", "website", "Site", url=url)
    facts = gather(asset, settings, ("website", "tls"))
    spec = get(check)
    return spec, spec.evaluate(facts, asset, Context(today=TODAY))


def _no_english(text: str) -> None:
    leaks = [w for w in ENGLISH if w.lower() in text.lower()]
    assert not leaks, (leaks, text)


@pytest.mark.parametrize(("cert", "code", "indonesian"), [
    ("expired", "tls_expired",
     "Alamat yang tercatat di inventaris gagal dibuka lewat HTTPS: sertifikat TLS localhost "
     "sudah kedaluwarsa (TLS handshake gagal)."),
    ("untrusted_ca", "tls_untrusted",
     "Alamat yang tercatat di inventaris gagal dibuka lewat HTTPS: sertifikat TLS localhost "
     "tidak diterbitkan oleh otoritas sertifikat (CA) tepercaya (TLS handshake gagal)."),
    ("self_signed", "tls_self_signed",
     "Alamat yang tercatat di inventaris gagal dibuka lewat HTTPS: sertifikat TLS localhost "
     "ditandatangani sendiri (self-signed) sehingga tidak dipercaya browser (TLS handshake "
     "gagal)."),
    ("wrong_host", "tls_hostname",
     "Alamat yang tercatat di inventaris gagal dibuka lewat HTTPS: sertifikat TLS localhost "
     "diterbitkan untuk nama lain (TLS handshake gagal)."),
])
def test_a_bad_certificate_is_named_in_either_language(https_server, ca_file, cert, code,
                                                       indonesian) -> None:
    server = https_server(cert)
    server.expect_request("/").respond_with_data("ok")
    settings = ProbeSettings(allow_private=True, ca_bundle=ca_file, timeout_s=3)
    spec, outcome = _judge(f"https://localhost:{server.port}/", settings)
    assert (outcome.status, outcome.reason) == ("fail", "web.reachable.tls")
    assert outcome.values["error_info"]["code"] == code
    assert spec.render(outcome.reason, outcome.values, "id") == indonesian
    english = spec.render(outcome.reason, outcome.values, "en")
    assert english.startswith("The inventoried address failed over HTTPS: the TLS certificate "
                              "of localhost ")
    # the raw English text is kept, for the evidence
    assert "localhost" in outcome.evidence["main"]["error"]
    tls_spec = get("web.tls_valid")
    tls_outcome = tls_spec.evaluate(gather(Asset("web", "website", "Site",
                                                 url=f"https://localhost:{server.port}/"),
                                           settings, ("website", "tls")),
                                    Asset("web", "website", "Site",
                                          url=f"https://localhost:{server.port}/"),
                                    Context(today=TODAY))
    _no_english(tls_spec.render(tls_outcome.reason, tls_outcome.values, "id"))


def test_refused_timeout_and_dns_name_the_host(raw_server) -> None:
    settings = ProbeSettings(allow_private=True, timeout_s=1.5)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    spec, refused = _judge(f"http://127.0.0.1:{port}/", settings)
    assert spec.render(refused.reason, refused.values, "id") == "127.0.0.1 menolak koneksi."

    silent = raw_server(lambda conn, stop: stop.wait(30))
    spec, timeout = _judge(silent.url, settings, "web.meta")  # a check without own reason
    assert timeout.reason == "probe_error"
    assert spec.render(timeout.reason, timeout.values, "id") == \
        "Tidak dapat diperiksa: 127.0.0.1 tidak merespons dalam 1,5 detik."
    assert spec.render(timeout.reason, timeout.values, "en") == \
        "Could not be checked: 127.0.0.1 did not answer within 1.5 seconds."

    spec, dns = _judge("http://no-such-host.invalid/", settings, "web.meta")
    assert spec.render(dns.reason, dns.values, "id") == \
        "Tidak dapat diperiksa: nama no-such-host.invalid tidak ditemukan di DNS."


def test_a_port_without_tls_is_described_by_the_tls_probe(httpserver) -> None:
    httpserver.expect_request("/").respond_with_data("plain")
    settings = ProbeSettings(allow_private=True, timeout_s=3)
    spec, outcome = _judge(f"https://127.0.0.1:{httpserver.port}/", settings, "web.tls_valid")
    assert outcome.values["error_info"]["code"] in ("tls_not_tls", "tls_closed")
    text = spec.render(outcome.reason, outcome.values, "id")
    assert text.startswith("TLS handshake dengan 127.0.0.1 gagal: ")
    _no_english(text.replace("TLS handshake", ""))


def test_a_result_stored_before_error_codes_renders_without_english() -> None:
    """Old results carry the English sentence and a kind only: the Indonesian sentence says
    what kind of failure it was and points to the evidence; English keeps the sentence."""
    values = {"error": "TLS handshake with a.example failed: certificate has expired",
              "error_kind": "tls"}
    spec = get("web.meta")
    assert spec.render("probe_error", values, "id") == \
        "Tidak dapat diperiksa: koneksi aman (TLS) gagal (rinciannya ada di bukti)."
    assert spec.render("probe_error", values, "en") == \
        "Could not be checked: TLS handshake with a.example failed: certificate has expired."
    unknown_kind = spec.render("probe_error", {"error": "boom", "error_kind": "weird"}, "id")
    assert "boom" not in unknown_kind and "kendala teknis" in unknown_kind
    old_tls = get("web.tls_valid").render(
        "web.tls_valid.untrusted", {"host": "a.example", "verify_error":
                                    "unable to get local issuer certificate"}, "id")
    assert old_tls == "Sertifikat untuk a.example tidak tepercaya: sertifikatnya tidak dapat " \
        "diverifikasi"
    assert "probe_error" in COMMON_REASONS


def test_mail_dns_failures_keep_their_code_through_the_recorded_answers(silent_udp) -> None:
    settings = ProbeSettings(timeout_s=1, dns_server=silent_udp)
    asset = Asset("mail", "email", "Mail", handle="brand.example")
    facts = gather(asset, settings, ("mail",))
    json.dumps(facts)  # still plain JSON
    spec = get("mail.mx")
    outcome = spec.evaluate(facts, asset, Context(today=TODAY))
    assert outcome.reason == "probe_error"
    assert outcome.values["error_info"]["code"] in ("dns_timeout", "dns_time_spent")
    text = spec.render(outcome.reason, outcome.values, "id")
    assert text.startswith("Tidak dapat diperiksa: pencarian DNS MX brand.example ")
    _no_english(text)

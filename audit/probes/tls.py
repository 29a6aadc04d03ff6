"""TLS probe: verify the certificate strictly, then read it even when it fails.

A consultant needs the dates and issuer of an expired or self-signed certificate
too, so after a failed strict handshake we connect once more without verification
only to read the peer certificate, and parse it with `cryptography`.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from audit.probe_errors import info
from audit.probes.config import ProbeSettings
from audit.probes.net import Deadline, ca_bundle, guard_of
from audit.probes.ssrf import Blocked, resolve

if TYPE_CHECKING:
    from cryptography import x509


def probe_tls(host: str, port: int, settings: ProbeSettings) -> dict[str, Any]:
    """Facts about the certificate served at host:port (see the contract); never raises."""
    try:
        strict = _strict_context(ca_bundle(settings))
        try:
            der = _handshake(host, port, strict, settings)
            verified, verify_error, verify_code = True, None, None
        except ssl.SSLCertVerificationError as e:
            verified, verify_error, verify_code = False, e.verify_message, e.verify_code
            loose = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            loose.check_hostname = False
            loose.verify_mode = ssl.CERT_NONE
            der = _handshake(host, port, loose, settings)
        facts = {"host": host, "port": port, "verified": verified,
                 "verify_error": verify_error, "verify_code": verify_code}
        facts.update(describe(der))
        return facts
    except Blocked as e:
        return _error(host, port, str(e), "blocked", "blocked")
    except socket.gaierror:
        return _error(host, port, f"The name {host} does not resolve", "dns", "dns")
    except ConnectionRefusedError:
        return _error(host, port, f"Nothing accepts connections on {host}:{port}", "refused",
                      "tls_refused")
    except TimeoutError:
        return _error(host, port, f"No TLS answer from {host}:{port} in time", "timeout",
                      "timeout", s=float(settings.timeout_s))
    except (ConnectionResetError, ssl.SSLEOFError):
        return _error(host, port, f"{host}:{port} closed the connection during TLS", "tls",
                      "tls_closed")
    except ssl.SSLError as e:  # e.g. plain HTTP on the port: wrong version number
        return _error(host, port, f"{host}:{port} does not speak TLS ({e.reason})", "tls",
                      "tls_not_tls")
    except Exception as e:  # noqa: BLE001 -- a probe never raises; the error is a fact
        return _error(host, port, f"TLS check of {host}:{port} failed: {e}", "other", "other")


@lru_cache(maxsize=8)
def _strict_context(cafile: str | None) -> ssl.SSLContext:
    """One verifying context per CA bundle: loading the bundle costs ~17 ms of CPU, which
    made TLS probes the bottleneck of a 1,000-asset run (bench/). Contexts are thread-safe."""
    return ssl.create_default_context(cafile=cafile)


def _error(host: str, port: int, sentence: str, kind: str, code: str,
           **values: Any) -> dict[str, Any]:
    return {"host": host, "port": port, "error": sentence, "error_kind": kind,
            "error_info": info(code, host=host, port=port, **values)}


def _handshake(host: str, port: int, context: ssl.SSLContext, settings: ProbeSettings) -> bytes:
    """One TLS handshake to a guard-checked address, SNI = host; returns the peer cert (DER)."""
    with Deadline(settings.timeout_s) as deadline:
        try:
            sock = _connect(host, port, settings)
            deadline.watch(sock)
            with contextlib.closing(sock), context.wrap_socket(sock, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
        except OSError as e:
            if deadline.expired:  # the deadline shut the socket mid-handshake
                raise TimeoutError from e
            raise
    if not der:
        raise ssl.SSLError("no peer certificate")
    return der


def _connect(host: str, port: int, settings: ProbeSettings) -> socket.socket:
    """TCP to the first guard-checked address of `host` that accepts."""
    error: OSError = ConnectionRefusedError(f"no address for {host}")
    for address in resolve(host, port, guard_of(settings)):
        try:
            return socket.create_connection((address, port), timeout=settings.timeout_s)
        except TimeoutError:
            raise
        except OSError as e:
            error = e
    raise error


def describe(der: bytes) -> dict[str, Any]:
    """Dates, names and SANs of a DER certificate, as JSON-friendly values."""
    from cryptography import x509  # ~25 ms of imports, only when a certificate is read
    from cryptography.x509.oid import ExtensionOID

    cert = x509.load_der_x509_certificate(der)
    try:
        names = cert.extensions.get_extension_for_oid(ExtensionOID.SUBJECT_ALTERNATIVE_NAME)
        sans = [str(v) for v in names.value.get_values_for_type(x509.DNSName)]
        sans += [str(v) for v in names.value.get_values_for_type(x509.IPAddress)]
    except x509.ExtensionNotFound:
        sans = []
    return {
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "issuer": cert.issuer.rfc4514_string(),
        "subject": cert.subject.rfc4514_string(),
        "sans": sans,
        "self_signed": _self_signed(cert),
    }


def _self_signed(cert: x509.Certificate) -> bool:
    from cryptography.exceptions import InvalidSignature

    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True

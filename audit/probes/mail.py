"""Mail-domain probe: MX, SPF and DMARC records via dnspython.

Query, parse and judge stay apart (checkdmarc's layout): this module only reads
records; checks/mail.py judges them. "No record" ([]) and "could not ask" (None
plus a sentence in errors) are different facts: a missing SPF record is a
finding, a DNS timeout is not.
"""

from __future__ import annotations

from typing import Any

import dns.exception
import dns.resolver

from audit.probes.config import ProbeSettings


def probe_mail(domain: str, settings: ProbeSettings) -> dict[str, Any]:
    """MX, SPF and DMARC facts for `domain` (see the contract); never raises."""
    domain = domain.strip().rstrip(".").lower()
    facts: dict[str, Any] = {"domain": domain, "mx": None, "spf": None, "dmarc": None,
                             "errors": {}}
    try:
        resolver = _resolver(settings)
    except Exception as e:  # noqa: BLE001 -- e.g. no /etc/resolv.conf: every lookup failed
        facts["errors"] = {k: f"No DNS resolver available: {e}" for k in ("mx", "spf", "dmarc")}
        return facts
    mx = _lookup(resolver, domain, "MX", facts["errors"], "mx")
    if mx is not None:
        facts["mx"] = sorted(
            ({"preference": r.preference, "exchange": _name(r.exchange)} for r in mx),
            key=lambda r: (r["preference"], r["exchange"]),
        )
    txt = _lookup(resolver, domain, "TXT", facts["errors"], "spf")
    if txt is not None:
        facts["spf"] = [t for t in map(_joined, txt) if _is_spf(t)]
    dmarc = _lookup(resolver, f"_dmarc.{domain}", "TXT", facts["errors"], "dmarc")
    if dmarc is not None:
        facts["dmarc"] = [_joined(r) for r in dmarc]
    return facts


def _resolver(settings: ProbeSettings) -> dns.resolver.Resolver:
    if settings.dns_server is None:
        resolver = dns.resolver.Resolver()  # the system's configuration
    else:
        resolver = dns.resolver.Resolver(configure=False)
        host, port = settings.dns_server
        resolver.nameservers = [host]
        resolver.port = port
    resolver.timeout = settings.timeout_s
    resolver.lifetime = settings.timeout_s
    return resolver


def _lookup(resolver: dns.resolver.Resolver, name: str, rdtype: str,
            errors: dict[str, str], key: str) -> list[Any] | None:
    """The records, [] when the name or type does not exist, None (+ errors[key]) on failure."""
    try:
        return list(resolver.resolve(name, rdtype))
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except dns.exception.Timeout:
        errors[key] = f"DNS lookup of {rdtype} {name} timed out"
    except dns.resolver.NoNameservers:
        errors[key] = f"DNS servers failed to answer {rdtype} {name} (SERVFAIL or refused)"
    except dns.exception.DNSException as e:
        errors[key] = f"DNS lookup of {rdtype} {name} failed: {e}"
    return None


def _name(name: dns.name.Name) -> str:
    """'mx.example.com' without the final dot; the root (null MX, RFC 7505) stays '.'."""
    text = name.to_text()
    return text if text == "." else text.rstrip(".")


def _joined(record: Any) -> str:
    """A TXT record's strings joined: long SPF records arrive split in 255-byte pieces."""
    return b"".join(record.strings).decode("utf-8", errors="replace")


def _is_spf(text: str) -> bool:
    lowered = text.strip().lower()
    return lowered == "v=spf1" or lowered.startswith("v=spf1 ")

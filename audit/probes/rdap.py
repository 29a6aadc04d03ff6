"""RDAP probe: when does the registration of a domain expire, and with which registrar.

A small client of our own (FIELD-NOTES: `whoisit` cannot take a custom base URL
and keeps global state). The base URL comes from --rdap-url, else IANA's
bootstrap file (fetched once per process through the safe client), else a
built-in table for common TLDs so an offline or firewalled audit still works.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Callable
from typing import Any

from audit.platforms import registrable_domain
from audit.probe_errors import info
from audit.probes.config import ProbeSettings
from audit.probes.net import fetch_json

# TLD -> RDAP base, used when the IANA bootstrap cannot be fetched. Sources: the
# IANA bootstrap file (dns.json) as published; .id is run by PANDI.
FALLBACK_BASES = {
    "com": "https://rdap.verisign.com/com/v1/",
    "net": "https://rdap.verisign.com/net/v1/",
    "org": "https://rdap.publicinterestregistry.org/rdap/",
    "id": "https://rdap.pandi.id/rdap/",
    "io": "https://rdap.identitydigital.services/rdap/",
    "info": "https://rdap.identitydigital.services/rdap/",
    "app": "https://pubapi.registry.google/rdap/",
    "dev": "https://pubapi.registry.google/rdap/",
    "xyz": "https://rdap.centralnic.com/xyz/",
}
BOOTSTRAP_RETRY_S = 600  # a failed bootstrap fetch is retried after 10 minutes, not per asset

# url -> (monotonic time of the last fetch, map or None when it failed); a url missing here
# was never tried, so nothing is assumed about how long the machine has been up
_bootstrap: dict[str, tuple[float, dict[str, str] | None]] = {}
_bootstrap_lock = threading.Lock()


def probe_rdap(domain: str, settings: ProbeSettings) -> dict[str, Any]:
    """Expiration date and registrar of the registrable domain of `domain`; never raises."""
    if _is_ip(domain):  # an intranet or bare-IP site has no registration to expire
        return {"domain": domain, "error_kind": "not_found",
                "error": f"{domain} is an IP address, not a registered domain",
                "error_info": info("rdap_ip", domain=domain)}
    name = registrable_domain(domain)
    try:
        base = settings.rdap_url or _base_for(name, settings)
        if base is None:
            return {"domain": name, "error": f"No RDAP service is known for {name}",
                    "error_kind": "not_found", "error_info": info("rdap_no_service", domain=name)}
        source = f"{base.rstrip('/')}/domain/{name}"
        attempt, data = fetch_json(source, settings)
        if attempt["status"] == 404:
            return {"domain": name, "source": source, "error_kind": "not_found",
                    "error": f"The registry has no record of {name}",
                    "error_info": info("rdap_no_record", domain=name)}
        if attempt["error"] or attempt["status"] != 200 or not isinstance(data, dict):
            return {"domain": name, "source": source,
                    "error_kind": attempt["error_kind"] or "other",
                    "error": attempt["error"] or f"RDAP answered {attempt['status']} for {name}",
                    "error_info": attempt["error_info"] or info(
                        "rdap_status", domain=name, status=attempt["status"])}
        return {"domain": name, "source": source, "expiration": _expiration(data),
                "registrar": _registrar(data)}
    except Exception as e:  # noqa: BLE001 -- a probe never raises; the error is a fact
        return {"domain": name, "error": f"RDAP lookup of {name} failed: {e}",
                "error_kind": "other", "error_info": info("crashed", probe="RDAP")}


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _base_for(name: str, settings: ProbeSettings) -> str | None:
    tld = name.rsplit(".", 1)[-1]
    bases = _bootstrap_map(settings) or FALLBACK_BASES
    return bases.get(tld) or FALLBACK_BASES.get(tld)


def _bootstrap_map(settings: ProbeSettings,
                   clock: Callable[[], float] = time.monotonic) -> dict[str, str] | None:
    """TLD -> base URL from the bootstrap file, cached per process (a retry after failure).

    `clock` reads a monotonic clock whose zero is arbitrary (seconds since boot on Linux),
    so only differences between two readings mean anything."""
    url = settings.rdap_bootstrap_url
    with _bootstrap_lock:  # held while fetching, so concurrent assets fetch it once
        tried = _bootstrap.get(url)
        if tried is not None and (tried[1] is not None or clock() - tried[0] < BOOTSTRAP_RETRY_S):
            return tried[1]
        bases = _parse_bootstrap(fetch_json(url, settings)[1])
        _bootstrap[url] = (clock(), bases)
        return bases


def _parse_bootstrap(data: Any) -> dict[str, str] | None:
    """IANA dns.json: {"services": [[["tld", ...], ["https://base/", ...]], ...]}."""
    if not isinstance(data, dict):
        return None
    bases: dict[str, str] = {}
    for service in data.get("services") or []:
        try:
            tlds, urls = service[0], service[1]
        except (IndexError, TypeError):
            continue
        url = next((u for u in urls if str(u).startswith("https://")), None) or next(
            iter(urls), None)
        for tld in tlds if url else ():
            bases[str(tld).lower()] = str(url)
    return bases or None


def _expiration(data: dict[str, Any]) -> str | None:
    for event in data.get("events") or []:
        if isinstance(event, dict) and event.get("eventAction") == "expiration":
            return event.get("eventDate")
    return None


def _registrar(data: dict[str, Any]) -> str | None:
    """The registrar entity's vCard "fn" (full name), when the registry publishes one."""
    for entity in data.get("entities") or []:
        if not isinstance(entity, dict) or "registrar" not in (entity.get("roles") or []):
            continue
        try:
            for prop in entity["vcardArray"][1]:
                if prop[0] == "fn":
                    return str(prop[3])
        except (KeyError, IndexError, TypeError):
            pass
        return entity.get("handle")
    return None

"""Website probe: the asset URL as given (https:// assumed), the plain http:// entry and
the site's security.txt.

Three fetches because the checks ask three questions: does the site work (main), does
someone typing the bare name get sent to HTTPS (http), and can a researcher who finds a
breach tell someone (security_txt, RFC 9116). With their redirects and the TLS probe's
handshake, a typical site costs 4 to 6 requests, each within --timeout.
"""

from __future__ import annotations

from typing import Any

from urllib3.util import parse_url

from audit.probes.config import ProbeSettings
from audit.probes.net import fetch, fetch_text


def site_url(url: str) -> str:
    """The URL to audit: https:// assumed when the inventory gives a bare name."""
    url = url.strip()
    return url if "://" in url else f"https://{url}"


def http_url(url: str) -> str:
    """http://host/ for the https-redirect question; a port is kept only on an http:// URL."""
    parts = parse_url(url)
    if not parts.host:
        raise ValueError(f"No host in URL {url!r}")
    port = f":{parts.port}" if parts.port and parts.scheme == "http" else ""
    return f"http://{parts.host}{port}/"  # parse_url keeps IPv6 brackets


def security_txt_url(url: str) -> str:
    """https://host[:port]/.well-known/security.txt of a URL (RFC 9116 §3: over HTTPS only).

    The port is kept only from an https:// URL; an http:// site is asked on 443.
    """
    parts = parse_url(url)
    if not parts.host:
        raise ValueError(f"No host in URL {url!r}")
    port = f":{parts.port}" if parts.port and parts.scheme == "https" else ""
    return f"https://{parts.host}{port}/.well-known/security.txt"


def probe_website(url: str, settings: ProbeSettings) -> dict[str, Any]:
    """{"url", "main", "http", "security_txt"} Attempts (see the contract); never raises."""
    url = site_url(url)
    main = fetch(url, settings)
    try:
        plain = http_url(url)
    except ValueError:
        return {"url": url, "main": main, "http": main}
    final = main.get("final_url") or ""
    # Asked where the site ended up when that is HTTPS (www. or another host), else its own.
    where = security_txt_url(final if final.startswith("https://") else url)
    # The same URL twice would tell nothing new: reuse the attempt.
    return {"url": url, "main": main, "http": main if plain == url else fetch(plain, settings),
            "security_txt": fetch_text(where, settings)}

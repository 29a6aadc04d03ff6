"""Website probe: the asset URL as given (https:// assumed) and the plain http:// entry.

Two attempts because the checks ask two questions: does the site work (main)
and does someone typing the bare name get sent to HTTPS (http).
"""

from __future__ import annotations

from typing import Any

from urllib3.util import parse_url

from audit.probes.config import ProbeSettings
from audit.probes.net import fetch


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


def probe_website(url: str, settings: ProbeSettings) -> dict[str, Any]:
    """{"url", "main": Attempt, "http": Attempt} (see the contract); never raises."""
    url = site_url(url)
    main = fetch(url, settings)
    try:
        plain = http_url(url)
    except ValueError:
        return {"url": url, "main": main, "http": main}
    # The same URL twice would tell nothing new: reuse the attempt.
    return {"url": url, "main": main, "http": main if plain == url else fetch(plain, settings)}

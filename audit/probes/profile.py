"""Social profile probe: does the profile page answer, and does it say "not found"?

Platforms often answer 200 with their own "this page isn't available" text, or a
login wall, so the first bytes of HTML are searched for the catalog's markers.
Judging (404 = fail; login wall, 401/403/429 = unknown) is left to the check.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from audit.probes.config import ProbeSettings
from audit.probes.net import fetch


def probe_profile(url: str, not_found_markers: Iterable[str],
                  login_wall_markers: Iterable[str], settings: ProbeSettings) -> dict[str, Any]:
    """Status, final URL and the first marker of each family seen on the page; never raises."""
    try:
        attempt = fetch(url, settings)
        page = attempt["html"].lower()
        return {
            "url": url, "status": attempt["status"], "final_url": attempt["final_url"],
            "not_found_marker": _first_seen(not_found_markers, page),
            "login_wall_marker": _first_seen(login_wall_markers, page),
            "error": attempt["error"], "error_kind": attempt["error_kind"],
        }
    except Exception as e:  # noqa: BLE001 -- a probe never raises; the error is a fact
        return {"url": url, "status": None, "final_url": None, "not_found_marker": None,
                "login_wall_marker": None, "error": f"Profile check failed: {e}",
                "error_kind": "other"}


def _first_seen(markers: Iterable[str], page: str) -> str | None:
    return next((m for m in markers if m and m.lower() in page), None)

"""Social profile probe: one request per asset, and what its answer shows.

The platform's rule (audit/data/platforms.json) says which URL to ask -- the profile
page, or a better probe that *replaces* it (TikTok oEmbed, X's availability API, the
iTunes lookup) -- and which markers to look for. The body is searched after HTML entity
decoding and quote folding (Instagram writes `isn&#39;t`, catalogs write `’`), JSON
bodies included. Judging (CHECKS.md: exists proof -> pass, absence proof -> fail,
anything else unknown) is left to checks/social.py.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from audit.platforms import Marker, Platform, ProfileRule
from audit.probe_errors import info
from audit.probes.config import ProbeSettings
from audit.probes.net import fetch_text

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'",
                         "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u2033": '"', "\u00a0": " "})
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
MARKER_FAMILIES = ("exists", "missing", "wall", "challenge")


def fold(text: str) -> str:
    """Text as markers are compared: entities decoded, curly quotes straightened, case folded."""
    return html.unescape(text).translate(_QUOTES).casefold()


def empty_facts(page_url: str | None, rule: str | None, handle: str) -> dict[str, Any]:
    """The profile fact shape with nothing seen yet (see audit/probes/__init__.py)."""
    return {"url": page_url, "probe_url": None, "rule": rule, "handle": handle,
            "status": None, "final_url": None, "content_type": "", "title": "",
            **{f"{family}_marker": None for family in MARKER_FAMILIES},
            "wall_url": None, "missing_url": None, "exists_url": None,
            "error": None, "error_kind": None}


def choose_rule(platform: Platform, handle: str, page_url: str,
                guessed: bool) -> ProfileRule | None:
    """The first rule of the platform that can judge this asset (None: no rule can)."""
    return next((r for r in platform.profile_rules if r.applies(handle, page_url, guessed)),
                None)


def probe_url(rule: ProfileRule, handle: str, page_url: str, settings: ProbeSettings) -> str:
    """The one URL to fetch: the rule's probe URL, or the page pinned to the market.

    The storefront named in the user's own URL wins over the engagement's market, and
    query parameters the URL already carries (Play's gl/hl) are kept.
    """
    country, lang = settings.market_country, settings.market_language
    found = rule.storefront.search(page_url) if rule.storefront and page_url else None
    if found:
        country = found.group("country")
    if rule.probe_url:
        return rule.probe_url.format(handle=quote(handle, safe="@._-"), country=country.lower(),
                                     lang=lang)
    if not rule.query:
        return page_url
    parts = urlsplit(page_url)
    given = dict(parse_qsl(parts.query))
    extra = [(k, v.format(country=country, lang=lang)) for k, v in rule.query if k not in given]
    query = "&".join(filter(None, [parts.query, urlencode(extra)]))
    return parts._replace(query=query).geturl()


def probe_profile(platform: Platform, handle: str, page_url: str, settings: ProbeSettings,
                  *, guessed: bool = False) -> dict[str, Any]:
    """Fetch what the platform's rule asks for and record which markers it shows; never raises.

    `guessed` says the page URL was built from the handle, not given in the inventory.
    No request is made when no rule fits or the rule judges without one (WhatsApp).
    """
    rule = choose_rule(platform, handle, page_url, guessed)
    facts = empty_facts(page_url or None, rule.name if rule else None, handle)
    if rule is None or rule.judge != "page":
        return facts
    try:
        url = probe_url(rule, handle, page_url, settings)
        facts["probe_url"] = url
        attempt = fetch_text(url, settings, dict(rule.headers))
        body = attempt["text"]
        text = fold(body)
        final = attempt["final_url"] or ""
        facts.update(
            status=attempt["status"], final_url=attempt["final_url"],
            content_type=attempt["content_type"], title=_title(body),
            exists_marker=_first_seen(rule.exists_markers, text, handle),
            missing_marker=_first_seen(rule.missing_markers, text, handle),
            wall_marker=_first_seen(rule.wall_markers, text, handle),
            challenge_marker=_first_seen(rule.challenge_markers, text, handle),
            exists_url=_first_match(rule.exists_url_patterns, final),
            missing_url=_first_match(rule.missing_url_patterns, final),
            wall_url=_first_match(rule.wall_url_patterns, final),
            error=attempt["error"], error_kind=attempt["error_kind"],
        )
        if attempt["error"]:
            facts["error_info"] = attempt["error_info"]
    except Exception as e:  # noqa: BLE001 -- a probe never raises; the error is a fact
        facts.update(error=f"Profile check failed: {e}", error_kind="other",
                     error_info=info("crashed", probe="profile"))
    return facts


def _first_seen(markers: tuple[Marker, ...], text: str, handle: str) -> str | None:
    """The first marker whose every part is in the folded text, shown as its parts joined."""
    for marker in markers:
        parts = [fold(part.replace("{handle}", handle)) for part in marker]
        if all(part in text for part in parts):
            return " + ".join(marker).replace("{handle}", handle)
    return None


def _first_match(patterns: tuple[re.Pattern[str], ...], url: str) -> str | None:
    return next((p.pattern for p in patterns if url and p.search(url)), None)


def _title(body: str) -> str:
    found = _TITLE.search(body[:200_000])
    title = " ".join(html.unescape(found.group(1)).split()) if found else ""
    return title if len(title) <= 120 else title[:119] + "…"

"""Probes: the only network code. Each gathers facts once per asset; checks read them.

`gather(asset, settings, needs)` returns {probe_name: facts}. A probe never raises:
a failure is a fact {"error": "human sentence", "error_kind": code}. Facts are
JSON-serialisable dicts (they are stored as evidence and replayed by golden tests).

Fact shapes, the contract between probes and checks:

website  {"url": str,                       # the URL fetched (asset url, https:// assumed)
          "main": Attempt,                  # fetch of "url", following redirects
          "http": Attempt,                  # fetch of http://<host>/ with redirects followed
          "security_txt": Attempt}          # https://<final https host>/.well-known/security.txt,
                                            # its body in "text" (older facts: absent)
  Attempt = {"url", "chain": [{"url", "status", "location"}],   # every hop, in order
             "status": int | None, "final_url": str | None,
             "headers": {lowercase-name: value},  # repeated lines joined with ", "
             "header_lines": [[lowercase-name, value]],  # each line as sent (older: absent)
             "elapsed_ms": float,           # final request, sent until its headers arrived
             "html": str,                   # first bytes of the body, decoded, "" if not HTML
             "content_type": str,
             "truncated": bool,             # body longer than max_bytes: html holds the start
             "total_ms": float,             # whole fetch: every hop and the body read
             "error": str | None,
             "error_kind": None | "dns" | "refused" | "timeout" | "tls" | "redirect_loop"
                          | "too_many_redirects" | "blocked" | "too_large" | "invalid_url"
                          | "other",
             "error_info": {"code", **values} | None}  # the failure for the reader
                                            # (audit/probe_errors.py; older facts: absent)
  On an error, status / final_url / chain describe the last response received (a
  blocked redirect keeps its 3xx hop). "timeout" also covers the total deadline
  (settings.timeout_s per fetch, redirects included), so a dripping server ends.
  "too_large" is never produced: an oversized body is truncated, not an error.
tls      {"host", "port", "verified": bool, "verify_error": str | None,
          "verify_code": int | None,        # OpenSSL code: 10 expired, 18 self-signed, 62 name
          "not_before": ISO date, "not_after": ISO date, "issuer": str, "subject": str,
          "sans": [str], "self_signed": bool}   # or {"host", "port", "error", "error_kind"}
  tls error_kind: "refused" (nothing listens: http-only site) | "tls" (the handshake failed
                  for a reason other than the certificate, e.g. plain HTTP on the port)
                  | "dns" | "timeout" | "blocked" | "other"; a bad certificate is not an
                  error: it is verified False with verify_error / verify_code
mail     {"domain", "mx": [{"preference": int, "exchange": str}] | None,
          "spf": [str] | None,              # every TXT at the domain starting v=spf1 (joined)
          "dmarc": [str] | None,            # every TXT at _dmarc.<domain>
          "errors": {"mx"|"spf"|"dmarc": str},  # None list + error = lookup failed
          "dns": {"TYPE name": [str] | "NXDOMAIN" | {"error": str}},
          "invalid": True}                  # only when the domain is not a valid name
  dns holds every answer the probe got (MX hosts' A/AAAA, the whole SPF include/redirect
  walk, the organisational domain's _dmarc): checks/mail.py replays it (audit/spf.py).
rdap     {"domain": registrable domain, "expiration": ISO datetime | None,
          "registrar": str | None, "source": url}  # or {"domain", "error", "error_kind"}
  rdap error_kind: "not_found" (404, or no RDAP service for the TLD) or an Attempt kind
profile  {"url": str | None,               # the profile page (given, or built from the handle)
          "probe_url": str | None,          # what was fetched instead (oEmbed, API), or the
                                            # page pinned to the market; None = no request
          "rule": str | None,               # the platform rule applied (platforms.json);
                                            # None = no rule can judge this asset
          "handle": str, "status", "final_url", "content_type", "title",
          "exists_marker" | "missing_marker" | "wall_marker" | "challenge_marker": str | None,
          "exists_url" | "missing_url" | "wall_url": str | None,  # pattern the final URL hit
          "error", "error_kind"}            # error_kind "invalid_url": no URL and no template

Which probes run (only those in `needs`): website and tls for platform website (tls
host:port from the final https:// URL, else the asset's); mail for platform email
(domain = handle, else the URL's host); rdap for both (registrable domain, once per
`cache`); profile for kinds social / messaging / listing (asset.url, else
settings.profile_urls[platform], else the catalog's URL for the handle's shape).
Error sentences are English (evidence); "error_info" {"code", **values} renders the
reader's sentence in either language (audit/probe_errors.py, audit/locale/errors.py).
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterable
from typing import Any

from urllib3.util import parse_url

from audit import platforms
from audit.models import Asset
from audit.probe_errors import info
from audit.probes.config import ProbeSettings
from audit.probes.profile import empty_facts, probe_profile
from audit.probes.rdap import probe_rdap
from audit.probes.tls import probe_tls
from audit.probes.website import probe_website, site_url

PROFILE_KINDS = ("social", "messaging", "listing")


def gather(asset: Asset, settings: ProbeSettings, needs: Iterable[str], *,
           cache: dict | None = None) -> dict[str, dict[str, Any]]:
    """Run the probes in `needs` that fit this asset; never raises.

    `cache` is shared by every asset of one run (thread-safe), so a registrable
    domain is looked up in RDAP once per engagement.
    """
    facts: dict[str, dict[str, Any]] = {}
    for name in _ordered(needs):
        try:
            result = _probe(name, asset, settings, facts, cache)
        except Exception as e:  # noqa: BLE001 -- one broken probe must not lose the others
            result = {"error": f"The {name} probe failed: {e}", "error_kind": "other",
                      "error_info": info("crashed", probe=name)}
        if result is not None:
            facts[name] = result
    return facts


def gather_organization(domains: Iterable[str], settings: ProbeSettings,
                        needs: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Engagement-level facts (the lookalike watch over the main domains); never raises."""
    facts: dict[str, dict[str, Any]] = {}
    if "lookalikes" in set(needs):
        try:
            # dnspython and dnstwist (~0.15 s of imports) load when DNS is asked, as in mail
            from audit.probes.lookalikes import probe_lookalikes

            facts["lookalikes"] = probe_lookalikes(sorted(domains), settings)
        except Exception as e:  # noqa: BLE001 -- a broken probe gives an error fact
            facts["lookalikes"] = {"error": f"The lookalikes probe failed: {e}",
                                   "error_kind": "other",
                                   "error_info": info("crashed", probe="lookalikes")}
    return facts


def _ordered(needs: Iterable[str]) -> list[str]:
    """Website before tls: the TLS host is taken from where the website ended up."""
    order = ("website", "tls", "mail", "rdap", "profile")
    wanted = set(needs)
    return [n for n in order if n in wanted]


def _probe(name: str, asset: Asset, settings: ProbeSettings, facts: dict,
           cache: dict | None) -> dict[str, Any] | None:
    website, email = asset.platform == "website", asset.platform == "email"
    if name == "website" and website:
        return probe_website(asset.url or asset.handle, settings)
    if name == "tls" and website:
        return probe_tls(*_tls_target(asset, facts.get("website")), settings)
    if name == "mail" and email:
        from audit.probes.mail import probe_mail  # dnspython only when an email asset needs it

        return probe_mail(_domain(asset), settings)
    if name == "rdap" and (website or email):
        return _cached(cache, ("rdap", platforms.registrable_domain(_domain(asset))),
                       lambda: probe_rdap(_domain(asset), settings))
    if name == "profile" and asset.kind in PROFILE_KINDS:
        return _profile(asset, settings)
    return None


def _domain(asset: Asset) -> str:
    """The asset's domain: the handle of an email asset, else the host of its URL."""
    if asset.platform == "email" and asset.handle:
        return asset.handle.lstrip("@").split("@")[-1]
    host = parse_url(site_url(asset.url or asset.handle)).host
    return (host or asset.handle).strip("[]")


def _tls_target(asset: Asset, website: dict | None) -> tuple[str, int]:
    """Host and port of the final https:// URL if the site ended on one, else the asset's."""
    final = ((website or {}).get("main") or {}).get("final_url") or ""
    url = final if final.startswith("https://") else site_url(asset.url or asset.handle)
    parts = parse_url(url)
    port = parts.port if parts.scheme == "https" and parts.port else 443
    return (parts.host or _domain(asset)).strip("[]"), port


def _profile(asset: Asset, settings: ProbeSettings) -> dict[str, Any]:
    try:
        entry = platforms.get(asset.platform)
    except KeyError:
        entry = None
    handle = profile_handle(asset)
    template = settings.profile_urls.get(asset.platform)
    built = (template.format(handle=handle) if template else entry.url_for(handle)) \
        if entry is not None and handle else ""
    url = asset.url or built
    if entry is None or not (url or handle):
        facts = empty_facts(None, None, handle)
        facts.update(error_kind="invalid_url",
                     error=f"No profile URL for {asset.platform} handle {asset.handle!r}",
                     error_info=info("no_profile_url", platform=asset.platform,
                                     handle=asset.handle))
        return facts
    # A URL equal to the one the handle gives was filled in at import, not typed.
    return probe_profile(entry, handle, url, settings, guessed=url == built)


def profile_handle(asset: Asset) -> str:
    """The handle read from the asset's URL (the canonical one), else the one typed."""
    try:
        seen = platforms.recognise(asset.url, asset.platform) if asset.url else None
    except KeyError:  # an unknown platform id
        seen = None
    return seen.handle if seen and seen.handle else asset.handle.strip().lstrip("@")


def _cached(cache: dict | None, key: tuple, compute: Any) -> dict[str, Any]:
    """Compute once per key across threads: the first caller computes, the others wait."""
    if cache is None:
        return compute()
    future: concurrent.futures.Future = concurrent.futures.Future()
    winner = cache.setdefault(key, future)  # atomic on a dict: exactly one caller wins
    if winner is future:
        try:
            future.set_result(compute())
        except BaseException as e:
            future.set_exception(e)
    return winner.result()

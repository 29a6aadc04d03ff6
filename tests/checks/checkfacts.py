"""Healthy facts, assets and context for the pure check tests, and an outcome validator.

Every test starts from a site, mail domain and account that pass everything and breaks
exactly one thing, so each test names one behaviour. Test modules import these helpers;
conftest.py turns them into fixtures.
"""

from __future__ import annotations

import json
import string
from datetime import date, timedelta
from typing import Any

from audit.models import STATUSES, Asset
from audit.textformat import fill
from checks.base import COMMON_REASONS, CheckSpec, Context, Outcome

TODAY = date(2026, 3, 1)
SITE_URL = "https://www.brand.co.id/"

HEALTHY_HTML = """<!doctype html><html><head>
<title>Brand Indonesia</title>
<meta name="description" content="Produk resmi Brand Indonesia">
<meta property="og:title" content="Brand Indonesia">
<meta property="og:image" content="https://www.brand.co.id/og.png">
</head><body>
<a href="https://www.instagram.com/brandid/">Instagram</a>
<a href="https://x.com/BrandID">X</a>
<a href="/tentang">Tentang kami</a>
</body></html>"""

HEALTHY_HEADERS = {
    "content-type": "text/html; charset=utf-8",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "content-security-policy": "default-src 'self'; frame-ancestors 'self'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "SAMEORIGIN",
    "referrer-policy": "strict-origin-when-cross-origin",
    "set-cookie": "sid=f00d; Path=/; Secure; HttpOnly; SameSite=Lax",
}

SECURITY_TXT = ("Contact: mailto:security@brand.co.id\n"
                "Expires: 2027-01-31T17:00:00.000Z\n"
                "Preferred-Languages: id, en\n")


def day(offset: int) -> str:
    """ISO date `offset` days from TODAY."""
    return (TODAY + timedelta(days=offset)).isoformat()


def attempt(url: str, chain: list[dict[str, Any]], **over: Any) -> dict[str, Any]:
    final = chain[-1]
    fetched = {"url": url, "chain": chain, "status": final["status"], "final_url": final["url"],
               "headers": dict(HEALTHY_HEADERS), "elapsed_ms": 250.0, "html": HEALTHY_HTML,
               "content_type": "text/html; charset=utf-8", "error": None, "error_kind": None}
    fetched.update(over)
    return fetched


def healthy_facts() -> dict[str, dict[str, Any]]:
    """Facts of every probe as a well-run site, mail domain and account would give them."""
    return {
        "website": {
            "url": SITE_URL,
            "main": attempt(SITE_URL, [{"url": SITE_URL, "status": 200, "location": None}]),
            "http": attempt("http://www.brand.co.id/", [
                {"url": "http://www.brand.co.id/", "status": 301, "location": SITE_URL},
                {"url": SITE_URL, "status": 200, "location": None},
            ]),
            "security_txt": {**attempt(f"{SITE_URL}.well-known/security.txt", [
                {"url": f"{SITE_URL}.well-known/security.txt", "status": 200, "location": None}],
                headers={"content-type": "text/plain; charset=utf-8"}, html="",
                content_type="text/plain; charset=utf-8"), "text": SECURITY_TXT},
        },
        "tls": {"host": "www.brand.co.id", "port": 443, "verified": True, "verify_error": None,
                "verify_code": None, "not_before": day(-60), "not_after": day(90),
                "issuer": "CN=R11,O=Let's Encrypt", "subject": "CN=www.brand.co.id",
                "sans": ["www.brand.co.id", "brand.co.id"], "self_signed": False},
        "mail": {"domain": "brand.co.id",
                 "mx": [{"preference": 10, "exchange": "mx1.brand.co.id"},
                        {"preference": 20, "exchange": "mx2.brand.co.id"}],
                 "spf": ["v=spf1 include:_spf.google.com -all"],
                 "dmarc": ["v=DMARC1; p=reject; rua=mailto:dmarc@brand.co.id"],
                 "errors": {}, "dns": {  # what the probe records: the checks replay it
                     "A mx1.brand.co.id": ["203.0.113.10"], "AAAA mx1.brand.co.id": [],
                     "A mx2.brand.co.id": ["203.0.113.11"], "AAAA mx2.brand.co.id": [],
                     "TXT _spf.google.com": ["v=spf1 include:_netblocks.google.com ~all"],
                     "TXT _netblocks.google.com": ["v=spf1 ip4:192.0.2.0/24 ~all"]}},
        "rdap": {"domain": "brand.co.id", "expiration": f"{day(365)}T00:00:00Z",
                 "registrar": "PT Registrar Indonesia", "source": "http://127.0.0.1/rdap"},
        "profile": {"url": "https://www.instagram.com/brandid/",
                    "probe_url": "https://www.instagram.com/brandid/", "rule": "page",
                    "handle": "brandid", "status": 200,
                    "final_url": "https://www.instagram.com/brandid/",
                    "content_type": "text/html", "title": "Brand (@brandid)",
                    "exists_marker": "Posts - See Instagram photos and videos from",
                    "missing_marker": None, "wall_marker": None, "challenge_marker": None,
                    "exists_url": None, "missing_url": None, "wall_url": None,
                    "error": None, "error_kind": None},
    }


GOVERNED = {
    "owner": "Sari Wulandari", "backup_owner": "Budi Santoso", "two_factor": "yes",
    "shared_login": "no", "admins": 3, "recovery_contact": "social@brand.co.id",
    "verified": "yes", "last_post": TODAY - timedelta(days=10), "monitored": "yes",
    "response_sla_hours": 12.0, "campaign_briefed": "yes", "importance": "primary",
}


def healthy_asset(platform: str = "instagram", **over: Any) -> Asset:
    """A well-governed asset of one platform."""
    kinds = {"website": "website", "email": "email", "whatsapp": "messaging",
             "tokopedia": "listing"}
    where = {"website": ("www.brand.co.id", SITE_URL), "email": ("brand.co.id", ""),
             "whatsapp": ("6281234567890", "https://wa.me/6281234567890"),
             "tokopedia": ("brandid", "https://www.tokopedia.com/brandid")}
    handle, url = where.get(platform, ("brandid", f"https://www.{platform}.com/brandid/"))
    fields = {"asset_id": f"{platform}-1", "platform": platform, "name": "Brand",
              "handle": handle, "url": url, "kind": kinds.get(platform, "social"),
              **GOVERNED, **over}
    return Asset(**fields)


def context(**over: Any) -> Context:
    fields: dict[str, Any] = {
        "today": TODAY, "own_domains": frozenset({"brand.co.id"}), "dominant_handle": "brandid",
        "inventory_profiles": frozenset({("instagram", "brandid"), ("x", "brandid")}),
    }
    fields.update(over)
    return Context(**fields)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def checked(spec: CheckSpec, outcome: Any) -> Outcome:
    """Assert an outcome is well formed: valid status, declared reason, renders, is JSON."""
    assert isinstance(outcome, Outcome), outcome
    assert outcome.status in STATUSES, outcome
    template = spec.reasons.get(outcome.reason) or COMMON_REASONS.get(outcome.reason)
    assert template is not None, f"{spec.id} returned undeclared reason {outcome.reason!r}"
    for lang in ("en", "id"):
        missing = placeholders(template[lang]) - set(outcome.values)
        assert not missing, f"{outcome.reason} lacks values {missing}"
        fill(template[lang], outcome.values)
    json.dumps({"values": outcome.values, "evidence": outcome.evidence})
    return outcome



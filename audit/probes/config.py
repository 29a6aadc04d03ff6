"""Every network endpoint is a setting, so the whole suite runs against local servers."""

from __future__ import annotations

from dataclasses import dataclass, field

IANA_RDAP_BOOTSTRAP = "https://data.iana.org/rdap/dns.json"
USER_AGENT = "Siaga/0.1 (digital asset readiness audit; +https://github.com/siaga-audit)"


@dataclass(frozen=True)
class ProbeSettings:
    timeout_s: float = 10.0  # connect and read, per request; also the total deadline per fetch
    max_bytes: int = 2_000_000  # cap on body bytes read (after decompression)
    max_redirects: int = 10  # CHECKS.md web.reachable
    ca_bundle: str | None = None  # PEM; None = SSL_CERT_FILE / REQUESTS_CA_BUNDLE / system
    dns_server: tuple[str, int] | None = None  # None = system resolver
    rdap_url: str | None = None  # base URL overriding the IANA bootstrap
    allow_private: bool = False  # lift the SSRF guard (intranet audits, tests)
    # Hosts (names or literal IPs) exempt from the SSRF guard while it stays on for every
    # other hop: an intranet host, or a test's 127.0.0.1 server redirecting elsewhere.
    allowed_hosts: frozenset[str] = frozenset()
    rdap_bootstrap_url: str = IANA_RDAP_BOOTSTRAP  # TLD -> RDAP base map (tests: local copy)
    user_agent: str = USER_AGENT
    # platform id -> profile URL template overriding the catalog's (tests, mirrors).
    profile_urls: dict[str, str] = field(default_factory=dict)
    # host name -> "address:port" dialled instead (tests serve real platform names locally)
    pinned_hosts: dict[str, str] = field(default_factory=dict)
    # The engagement's market: Play Store gl/hl and the App Store storefront (CHECKS.md
    # social.profile_exists). Siaga's engagements are Indonesian, so ID / id by default.
    market_country: str = "ID"
    market_language: str = "id"

"""The platform catalog (audit/data/platforms.json) and URL/handle recognition.

Platform rules are data, like Sherlock's data.json: adding a platform or a URL
form means editing the JSON, not this code. The file is validated when loaded
so a typo fails loudly at start-up rather than mis-recognising accounts later.
"""

from __future__ import annotations

import ipaddress
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

from audit.models import KINDS

CATALOG_PATH = Path(__file__).parent / "data" / "platforms.json"

# Leading 0 of a local Indonesian phone number stands for the country code +62.
PHONE_COUNTRY_CODE = "62"


class CatalogError(ValueError):
    """The platform catalog file is malformed."""


@dataclass(frozen=True)
class UrlPattern:
    """One URL form of a platform: a regex over path+query with a `handle` group."""

    path: re.Pattern[str]
    hosts: frozenset[str] = frozenset()  # empty = every host of the platform
    url: str | None = None  # canonical URL template; None = the platform's profile_url
    keep_url: bool = False  # keep the given URL (canonicalised) instead of a template


@dataclass(frozen=True)
class Platform:
    id: str
    label: str
    kind: str
    hosts: tuple[str, ...]
    profile_url: str | None
    handle_pattern: str
    not_found_markers: tuple[str, ...]
    login_wall_markers: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    url_patterns: tuple[UrlPattern, ...] = ()
    reserved: frozenset[str] = frozenset()  # first path segments that are not handles
    phone: bool = False  # the handle is a phone number (digits only)

    def handle_ok(self, handle: str) -> bool:
        return re.fullmatch(self.handle_pattern, handle) is not None


@dataclass(frozen=True)
class Recognised:
    """A normalised asset reference.

    Websites: handle is the host. Email: handle is the mail domain and url is ""
    (a mail domain has no page). Accounts: url is the canonical profile URL.
    """

    platform: str
    handle: str
    url: str


_REQUIRED = {
    "id": str, "label": str, "kind": str, "hosts": list, "handle_pattern": str,
    "not_found_markers": list, "login_wall_markers": list,
}


def _compile(where: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise CatalogError(f"{where}: regex {pattern!r} does not compile: {exc}") from exc


def _platform(raw: dict) -> Platform:
    where = f"platform {raw.get('id', '?')!r}"
    for name, kind in _REQUIRED.items():
        if not isinstance(raw.get(name), kind):
            raise CatalogError(f"{where}: field {name!r} is missing or not a {kind.__name__}")
    if raw["kind"] not in KINDS:
        raise CatalogError(f"{where}: kind {raw['kind']!r} is not one of {KINDS}")
    profile_url = raw.get("profile_url")
    if profile_url is not None and "{handle}" not in profile_url:
        raise CatalogError(f"{where}: profile_url must contain {{handle}}")
    _compile(where, raw["handle_pattern"])
    patterns = []
    for entry in raw.get("url_patterns", []):
        path = _compile(where, entry.get("path", ""))
        if "handle" not in path.groupindex:
            raise CatalogError(f"{where}: url pattern {entry['path']!r} has no (?P<handle>) group")
        url = entry.get("url")
        if url is None and not entry.get("keep_url") and profile_url is None:
            raise CatalogError(f"{where}: url pattern {entry['path']!r} has no URL to build")
        hosts = frozenset(entry.get("hosts", ()))
        if not hosts <= set(raw["hosts"]):
            raise CatalogError(f"{where}: url pattern hosts {sorted(hosts)} are not official hosts")
        patterns.append(UrlPattern(path, hosts, url, bool(entry.get("keep_url"))))
    return Platform(
        id=raw["id"], label=raw["label"], kind=raw["kind"],
        hosts=tuple(h.lower() for h in raw["hosts"]), profile_url=profile_url,
        handle_pattern=raw["handle_pattern"],
        not_found_markers=tuple(raw["not_found_markers"]),
        login_wall_markers=tuple(raw["login_wall_markers"]),
        aliases=tuple(raw.get("aliases", ())), url_patterns=tuple(patterns),
        reserved=frozenset(r.lower() for r in raw.get("reserved", ())),
        phone=bool(raw.get("phone", False)),
    )


def load_catalog(path: Path = CATALOG_PATH) -> dict[str, Platform]:
    """Read and validate a catalog file; raises CatalogError naming the broken entry."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(f"cannot read platform catalog {path}: {exc}") from exc
    catalog: dict[str, Platform] = {}
    host_owner: dict[str, str] = {}
    name_owner: dict[str, str] = {}
    for entry in raw.get("platforms", []):
        platform = _platform(entry)
        if platform.id in catalog:
            raise CatalogError(f"platform {platform.id!r} is listed twice")
        for host in platform.hosts:
            if host_owner.setdefault(host, platform.id) != platform.id:
                raise CatalogError(f"host {host!r} belongs to {host_owner[host]!r} and "
                                   f"{platform.id!r}")
        for name in {_name_key(n) for n in (platform.id, platform.label, *platform.aliases)}:
            if name_owner.setdefault(name, platform.id) != platform.id:
                raise CatalogError(f"name {name!r} belongs to {name_owner[name]!r} and "
                                   f"{platform.id!r}")
        catalog[platform.id] = platform
    for required in ("website", "email", "other"):
        if required not in catalog:
            raise CatalogError(f"platform catalog lacks the {required!r} platform")
    return catalog


def _name_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


PLATFORMS: dict[str, Platform] = load_catalog()
_BY_HOST = {host: p for p in PLATFORMS.values() for host in p.hosts}
_BY_NAME = {_name_key(n): p for p in PLATFORMS.values() for n in (p.id, p.label, *p.aliases)}


def get(platform_id: str) -> Platform:
    try:
        return PLATFORMS[platform_id]
    except KeyError:
        raise KeyError(f"unknown platform {platform_id!r}; known: {', '.join(PLATFORMS)}") from None


def platform_ids() -> list[str]:
    return list(PLATFORMS)


def kind_of(platform_id: str) -> str:
    return get(platform_id).kind


def lookup(name: str) -> Platform | None:
    """A platform by id, label or alias as people type it ("Twitter", "Situs web", "IG")."""
    return _BY_NAME.get(_name_key(name))


def normalise_handle(handle: str) -> str:
    """Handle for comparison across platforms (CHECKS.md social.handle_consistency)."""
    return re.sub(r"[@._\-\s]", "", handle).lower()


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


def registrable_domain(host: str) -> str:
    """The registered name under its public suffix (shop.brand.co.id -> brand.co.id).

    Unknown TLDs such as .corp follow the PSL default rule (FIELD-NOTES); a bare
    suffix or single label comes back unchanged.
    """
    name = _host(host) or host.strip().lower().rstrip(".")
    return _psl().privatesuffix(name) or name


_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def clean_text(value: str, keep_newlines: bool = False) -> str:
    """Drop control and zero-width characters (copy-pasted handles often carry them)."""
    text = value.replace("\r\n", "\n")
    keep = "\n" if keep_newlines else ""
    text = "".join(c for c in text if c in keep or unicodedata.category(c) != "Cc")
    return text.translate(_INVISIBLE).strip()


def _host(raw: str, single_label: bool = False) -> str | None:
    """Lower-case ASCII (punycode) host, or None if it is not a plausible host name.

    Single-label names (localhost, intranet) count only when typed with a scheme, so a
    bare word is never mistaken for a website.
    """
    host = raw.strip().lower().rstrip(".")
    if not host:
        return None
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    labels = host.split(".")
    if (len(labels) < 2 and not single_label) or not all(map(_LABEL.match, labels)):
        return None
    tld = labels[-1]
    return host if tld.isalpha() or tld.startswith("xn--") else None


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_HOSTLIKE = re.compile(r"^[^\s/@?#:]+\.[^\s/@?#:]+(?::\d+)?(?:[/?#]|$)")
_EMAIL = re.compile(r"^[^\s@/]+@([^\s@/]+)$")


def recognise(value: str, platform: str | None = None) -> Recognised | None:
    """Normalise a URL, host, handle or mail address to (platform, handle, canonical url).

    With `platform` given it wins over the host (an Instagram URL typed in a
    Facebook row stays Facebook, so social.url_platform can flag it). Returns
    None when the value cannot name an asset.
    """
    text = clean_text(value)
    given = get(platform) if platform else None
    if not text:
        return None
    if text.lower().startswith("mailto:") and given is not None and given.kind != "email":
        return None  # a mail link cannot name a website or an account (found by tests/fuzz)
    if (given is not None and given.kind == "email") or text.lower().startswith("mailto:"):
        return _email(text)
    if given is not None and _is_handle(text, given):
        return _from_handle(text, given)
    if _SCHEME.match(text) or text.startswith("//") or _HOSTLIKE.match(text):
        return _from_url(text, given)
    if given is None:
        return _email(text) if _EMAIL.match(text) else None
    return _from_handle(text, given)


def _is_handle(text: str, platform: Platform) -> bool:
    """"brand.id" typed for Instagram is a handle, not a website; "instagram.com" is not."""
    if platform.profile_url is None or "/" in text or _SCHEME.match(text):
        return False
    return platform.handle_ok(text) and _host(text) not in platform.hosts


def _email(text: str) -> Recognised | None:
    text = re.sub(r"^mailto:", "", text, flags=re.I).split("?")[0]
    domain = text.rsplit("@", 1)[-1]
    if "://" in domain or "/" in domain.strip("/"):
        try:
            domain = urlsplit(domain if "://" in domain else "//" + domain).hostname or ""
        except ValueError:  # an unbalanced "[" (found by tests/fuzz)
            return None
    host = _host(domain.strip("/"))
    return Recognised("email", host, "") if host else None


def _from_handle(text: str, platform: Platform) -> Recognised | None:
    handle = text.lstrip("@").strip()
    if platform.phone:
        handle = re.sub(r"[\s()+.-]", "", handle)
        if handle.startswith("0"):
            handle = PHONE_COUNTRY_CODE + handle[1:]
    if platform.kind == "website" or not handle or not platform.handle_ok(handle):
        return None  # a bare word is not a website; host-like values went to _from_url
    url = platform.profile_url.format(handle=handle) if platform.profile_url else ""
    return Recognised(platform.id, handle, url)


def _from_url(text: str, given: Platform | None) -> Recognised | None:
    explicit = bool(_SCHEME.match(text))
    if not explicit:
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or parts.hostname is None:
        return None
    host = _host(parts.hostname, single_label=explicit)
    if host is None:
        return None
    netloc = f"[{host}]" if ":" in host else host
    netloc = netloc if port is None else f"{netloc}:{port}"
    path = parts.path or "/"
    url = f"{parts.scheme.lower()}://{netloc}{path}" + (f"?{parts.query}" if parts.query else "")
    owner = _BY_HOST.get(host)
    platform = given or owner or PLATFORMS["website"]
    if platform.kind == "website":
        return Recognised(platform.id, host, url)
    if owner is platform:
        found = _match(platform, host, parts.path.rstrip("/"), parts.query, url)
        if found:
            return found
    return Recognised(platform.id, "", url)


def _match(platform: Platform, host: str, path: str, query: str, url: str) -> Recognised | None:
    target = (path or "/") + (f"?{query}" if query else "")
    for form in platform.url_patterns:
        if form.hosts and host not in form.hosts:
            continue
        found = form.path.match(target)
        if not found:
            continue
        handle = found.group("handle")
        if handle.lower() in platform.reserved:
            continue
        if form.keep_url:
            return Recognised(platform.id, handle, url)
        template = form.url or platform.profile_url or ""
        return Recognised(platform.id, handle, template.format(handle=handle))
    return None

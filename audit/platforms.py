"""The platform catalog (audit/data/platforms.json) and URL/handle recognition.

Platform rules are data, like Sherlock's data.json: adding a platform or a URL
form means editing the JSON, not this code. The file is validated when loaded
so a typo fails loudly at start-up rather than mis-recognising accounts later.
"""

from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from publicsuffixlist import PublicSuffixList

from audit.models import KINDS

CATALOG_PATH = Path(__file__).parent / "data" / "platforms.json"

# Leading 0 of a local Indonesian phone number stands for the country code +62.
PHONE_COUNTRY_CODE = "62"


class CatalogError(ValueError):
    """The platform catalog file is malformed."""


@dataclass(frozen=True)
class UrlPattern:
    """One URL form of a platform: a regex over path+query with a `handle` group.

    The template may name the pattern's other groups too ({storefront}); an unmatched
    group reads as "". `keep_query` names query parameters carried over from the given
    URL (Play's gl/hl: the user's own storefront is kept, not normalised away).
    """

    path: re.Pattern[str]
    hosts: frozenset[str] = frozenset()  # empty = every host of the platform
    url: str | None = None  # canonical URL template; None = the platform's profile_url
    keep_url: bool = False  # keep the given URL (canonicalised) instead of a template
    keep_query: tuple[str, ...] = ()
    platform: str | None = None  # hands the form to a platform sharing the host (TikTok Shop)


Marker = tuple[str, ...]  # every string must be on the page (one string: a plain marker)


@dataclass(frozen=True)
class ProfileRule:
    """How one probe of a platform tells an existing account from a missing one.

    Data in platforms.json, each rule with the `source` it was taken from (WhatsMyName,
    sherlock, maigret, their issue threads): the check in checks/social.py applies the
    verdict order of CHECKS.md over what the probe saw against these fields.
    """

    name: str
    source: str
    probe_url: str | None = None  # {handle} {country} {lang}; None = the profile page itself
    handle_pattern: re.Pattern[str] | None = None  # the handle this probe can take
    headers: tuple[tuple[str, str], ...] = ()
    query: tuple[tuple[str, str], ...] = ()  # added to the page URL when it lacks them
    storefront: re.Pattern[str] | None = None  # (?P<country>) read from the page URL
    exists_markers: tuple[Marker, ...] = ()
    exists_url_patterns: tuple[re.Pattern[str], ...] = ()
    exists_codes: frozenset[int] = frozenset({200})
    missing_markers: tuple[Marker, ...] = ()
    missing_codes: frozenset[int] = frozenset({404, 410})
    missing_url_patterns: tuple[re.Pattern[str], ...] = ()
    wall_markers: tuple[Marker, ...] = ()
    wall_url_patterns: tuple[re.Pattern[str], ...] = ()
    challenge_markers: tuple[Marker, ...] = ()
    judge: str = "page"  # "page": markers and codes; "phone_number": the number's format
    needs_url: bool = False  # only for a URL the inventory gives (no page is guessed from a handle)
    page_pattern: re.Pattern[str] | None = None  # the profile URLs this probe stands for

    def applies(self, handle: str, page_url: str, guessed: bool) -> bool:
        """Can this rule judge the asset? (one request per asset: the first that can, does)."""
        if self.needs_url and (guessed or not page_url):
            return False
        if page_url and self.page_pattern is not None and not self.page_pattern.search(page_url):
            return False
        if self.probe_url is None or "{handle}" not in self.probe_url:
            return bool(page_url) or self.judge != "page"
        return bool(handle) and (self.handle_pattern is None
                                 or self.handle_pattern.fullmatch(handle) is not None)

    @property
    def proves_existence(self) -> bool:
        return bool(self.exists_markers or self.exists_url_patterns)


@dataclass(frozen=True)
class HandleUrl:
    """A profile URL template for handles of one shape (a Maps place id is no g.page name)."""

    pattern: re.Pattern[str]
    url: str


@dataclass(frozen=True)
class Platform:
    id: str
    label: str
    kind: str
    hosts: tuple[str, ...]
    profile_url: str | None
    handle_pattern: str
    aliases: tuple[str, ...] = ()
    url_patterns: tuple[UrlPattern, ...] = ()
    reserved: frozenset[str] = frozenset()  # first path segments that are not handles
    phone: bool = False  # the handle is a phone number (digits only)
    label_id: str = ""  # the Indonesian label, when it differs
    shared_hosts: tuple[str, ...] = ()  # official, but recognised through the owner's patterns
    handle_urls: tuple[HandleUrl, ...] = ()
    profile_rules: tuple[ProfileRule, ...] = ()

    def handle_ok(self, handle: str) -> bool:
        return re.fullmatch(self.handle_pattern, handle) is not None

    def label_in(self, lang: str) -> str:
        return self.label_id if lang == "id" and self.label_id else self.label

    def names(self) -> tuple[str, ...]:
        """Every name the importer reads as this platform: id, both labels, the aliases."""
        return (self.id, self.label, *((self.label_id,) if self.label_id else ()),
                *self.aliases)

    def url_for(self, handle: str) -> str:
        """The profile URL of a handle: the first template whose shape fits, else profile_url."""
        template = next((h.url for h in self.handle_urls if h.pattern.fullmatch(handle)),
                        self.profile_url)
        return template.format(handle=handle) if template else ""

    def rule(self, name: str) -> ProfileRule | None:
        return next((r for r in self.profile_rules if r.name == name), None)


@dataclass(frozen=True)
class Recognised:
    """A normalised asset reference.

    Websites: handle is the host. Email: handle is the mail domain and url is ""
    (a mail domain has no page). Accounts: url is the canonical profile URL.
    """

    platform: str
    handle: str
    url: str


_REQUIRED = {"id": str, "label": str, "kind": str, "hosts": list, "handle_pattern": str}
_RULE_GROUPS = {"exists": ("markers", "url_patterns", "codes"),
                "missing": ("markers", "url_patterns", "codes"),
                "wall": ("markers", "url_patterns"), "challenge": ("markers",)}
_RULE_FIELDS = {"name", "source", "probe_url", "handle_pattern", "headers", "query",
                "storefront", "judge", "needs_url", "page_pattern", *_RULE_GROUPS}
_JUDGES = ("page", "phone_number")


def _compile(where: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise CatalogError(f"{where}: regex {pattern!r} does not compile: {exc}") from exc


def _markers(where: str, raw: Any) -> tuple[Marker, ...]:
    if not isinstance(raw, list):
        raise CatalogError(f"{where}: markers must be a list")
    markers = []
    for entry in raw:
        marker = (entry,) if isinstance(entry, str) else entry
        if not isinstance(marker, list | tuple) or not marker or not all(
                isinstance(m, str) and m for m in marker):
            raise CatalogError(f"{where}: marker {entry!r} is not a string or a list of strings")
        markers.append(tuple(marker))
    return tuple(markers)


def _codes(where: str, raw: Any) -> frozenset[int]:
    if not isinstance(raw, list) or not all(isinstance(c, int) and 100 <= c <= 999 for c in raw):
        raise CatalogError(f"{where}: codes must be a list of HTTP status codes")
    return frozenset(raw)


def _group(where: str, raw: dict, common: dict, name: str) -> dict[str, Any]:
    """One marker group of a rule, with the catalog-wide entries of that group added."""
    group = raw.get(name, {})
    if not isinstance(group, dict) or set(group) - set(_RULE_GROUPS[name]):
        raise CatalogError(f"{where}: {name!r} takes only {', '.join(_RULE_GROUPS[name])}")
    shared = common.get(name, {}) if raw.get("judge", "page") == "page" else {}
    out: dict[str, Any] = {}
    for key in _RULE_GROUPS[name]:
        here = f"{where} {name}.{key}"
        if key == "markers":
            out[key] = _markers(here, group.get(key, [])) + _markers(here, shared.get(key, []))
        elif key == "url_patterns":
            patterns = group.get(key, []) + shared.get(key, [])
            out[key] = tuple(_compile(here, p) for p in patterns)
        elif key in group:
            out[key] = _codes(here, group[key])
    return out


def _rule(where: str, raw: Any, common: dict) -> ProfileRule:
    if not isinstance(raw, dict):
        raise CatalogError(f"{where}: a profile rule must be an object")
    where = f"{where} rule {raw.get('name', '?')!r}"
    if set(raw) - _RULE_FIELDS:
        raise CatalogError(f"{where}: unknown fields {sorted(set(raw) - _RULE_FIELDS)}")
    for name in ("name", "source"):
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise CatalogError(f"{where}: field {name!r} is missing or empty")
    judge = raw.get("judge", "page")
    if judge not in _JUDGES:
        raise CatalogError(f"{where}: judge {judge!r} is not one of {_JUDGES}")
    probe_url = raw.get("probe_url")
    if probe_url is not None and not str(probe_url).startswith("https://"):
        raise CatalogError(f"{where}: probe_url must be an https:// template")
    storefront = raw.get("storefront")
    if storefront is not None and "country" not in _compile(where, storefront).groupindex:
        raise CatalogError(f"{where}: storefront {storefront!r} has no (?P<country>) group")
    groups = {name: _group(where, raw, common, name) for name in _RULE_GROUPS}
    codes = {f"{name}_codes": groups[name]["codes"] for name in ("exists", "missing")
             if "codes" in groups[name]}
    return ProfileRule(
        name=raw["name"], source=raw["source"], probe_url=probe_url,
        handle_pattern=_compile(where, raw["handle_pattern"]) if "handle_pattern" in raw
        else None,
        headers=tuple(sorted(raw.get("headers", {}).items())),
        query=tuple(raw.get("query", {}).items()),
        storefront=_compile(where, storefront) if storefront else None,
        exists_markers=groups["exists"]["markers"],
        exists_url_patterns=groups["exists"]["url_patterns"],
        missing_markers=groups["missing"]["markers"],
        missing_url_patterns=groups["missing"]["url_patterns"],
        wall_markers=groups["wall"]["markers"], wall_url_patterns=groups["wall"]["url_patterns"],
        challenge_markers=groups["challenge"]["markers"], judge=judge,
        needs_url=bool(raw.get("needs_url", False)),
        page_pattern=_compile(where, raw["page_pattern"]) if "page_pattern" in raw else None,
        **codes,
    )


def _platform(raw: dict, common: dict | None = None) -> Platform:
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
        patterns.append(UrlPattern(path, hosts, url, bool(entry.get("keep_url")),
                                   tuple(entry.get("keep_query", ())), entry.get("platform")))
    handle_urls = []
    for entry in raw.get("handle_urls", []):
        if "{handle}" not in entry.get("url", ""):
            raise CatalogError(f"{where}: handle_urls entry {entry!r} needs a {{handle}} url")
        handle_urls.append(HandleUrl(_compile(where, entry.get("pattern", "")), entry["url"]))
    rules = tuple(_rule(where, r, common or {}) for r in raw.get("profile_rules", []))
    if len({r.name for r in rules}) != len(rules):
        raise CatalogError(f"{where}: two profile rules share a name")
    if raw["kind"] in ("social", "messaging", "listing") and not rules:
        raise CatalogError(f"{where}: an account platform needs profile_rules")
    return Platform(
        id=raw["id"], label=raw["label"], kind=raw["kind"],
        hosts=tuple(h.lower() for h in raw["hosts"]), profile_url=profile_url,
        handle_pattern=raw["handle_pattern"],
        aliases=tuple(raw.get("aliases", ())), url_patterns=tuple(patterns),
        reserved=frozenset(r.lower() for r in raw.get("reserved", ())),
        phone=bool(raw.get("phone", False)), label_id=raw.get("label_id", ""),
        handle_urls=tuple(handle_urls), profile_rules=rules,
        shared_hosts=tuple(h.lower() for h in raw.get("shared_hosts", ())),
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
    common = raw.get("profile_common", {})
    if not isinstance(common, dict) or not str(common.get("source", "")).strip():
        raise CatalogError("profile_common needs a source")
    for entry in raw.get("platforms", []):
        platform = _platform(entry, common)
        if platform.id in catalog:
            raise CatalogError(f"platform {platform.id!r} is listed twice")
        for host in platform.hosts:
            if host_owner.setdefault(host, platform.id) != platform.id:
                raise CatalogError(f"host {host!r} belongs to {host_owner[host]!r} and "
                                   f"{platform.id!r}")
        for name in {_name_key(n) for n in platform.names()}:
            if name_owner.setdefault(name, platform.id) != platform.id:
                raise CatalogError(f"name {name!r} belongs to {name_owner[name]!r} and "
                                   f"{platform.id!r}")
        catalog[platform.id] = platform
    for platform in catalog.values():
        for form in platform.url_patterns:
            target = catalog.get(form.platform or platform.id)
            if target is None or (target is not platform
                                  and not set(platform.hosts) & set(target.shared_hosts)):
                raise CatalogError(f"platform {platform.id!r}: a url pattern hands over to "
                                   f"{form.platform!r}, which does not share its hosts")
    for required in ("website", "email", "other"):
        if required not in catalog:
            raise CatalogError(f"platform catalog lacks the {required!r} platform")
    return catalog


def _name_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


PLATFORMS: dict[str, Platform] = load_catalog()
_BY_HOST = {host: p for p in PLATFORMS.values() for host in p.hosts}
_BY_NAME = {_name_key(n): p for p in PLATFORMS.values() for n in p.names()}


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


# Unicode's control characters (category Cc) are exactly these two ranges; a regex drops
# them at C speed (a per-character category lookup was a third of a 2,048-row import).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str, keep_newlines: bool = False) -> str:
    """Drop control and zero-width characters (copy-pasted handles often carry them)."""
    text = value.replace("\r\n", "\n")
    text = (_CONTROL_BUT_NEWLINE if keep_newlines else _CONTROL).sub("", text)
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


def other_platform(url: str, platform_id: str) -> Platform | None:
    """The platform `url` belongs to when it is not `platform_id` (a tokopedia.com link in a
    Shopee row), else None; the import reports such a row. Websites count as no platform."""
    seen = recognise(url)
    if seen is None or seen.platform in (platform_id, "website", "email"):
        return None
    given = get(platform_id)
    host = (urlsplit(url if "://" in url else "https://" + url).hostname or "").lower()
    return None if host in given.shared_hosts else PLATFORMS[seen.platform]


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
    return Recognised(platform.id, handle, platform.url_for(handle))


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
    if owner is not None and (owner is platform or host in platform.shared_hosts):
        found = _match(owner, host, parts.path.rstrip("/"), parts.query, url)
        if found and (given is None or found.platform == platform.id):
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
        target = PLATFORMS.get(form.platform or "") or platform
        if form.keep_url:
            return Recognised(target.id, handle, url)
        template = form.url or target.profile_url or ""
        built = template.format(**{k: v or "" for k, v in found.groupdict().items()})
        return Recognised(target.id, handle, _with_query(built, query, form.keep_query))
    return None


def _with_query(url: str, query: str, names: tuple[str, ...]) -> str:
    """`url` plus the parameters in `names` that the given query carried, in that order."""
    given = dict(parse_qsl(query))
    kept = [(n, given[n]) for n in names if given.get(n)]
    if not kept:
        return url
    return url + ("&" if "?" in url else "?") + urlencode(kept)

"""How browsers read the response headers the website checks judge: pure parsers, no verdicts.

Kept apart from checks/web.py so the parsing rules (CHECKS.md, "Parsing rules") can be
tested case by case against the Observatory's suites and the RFCs, and so each check
only decides what a parsed value is worth.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from checks.base import as_dict, as_list, as_str

# RFC 9110 §5.6.2 token characters; RFC 6797 §6.1 builds HSTS directives from them.
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_HSTS_DIRECTIVE = re.compile(rf'({_TOKEN})(?:\s*=\s*({_TOKEN}|"(?:[^"\\]|\\.)*"))?')
_DIGITS = re.compile(r"[0-9]+")
_SEMICOLON_OUTSIDE_QUOTES = re.compile(r';(?=(?:[^"]*"[^"]*")*[^"]*$)')
# W3C Referrer Policy §3: every policy token a browser understands.
REFERRER_TOKENS = frozenset({
    "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin", "strict-origin",
    "origin-when-cross-origin", "strict-origin-when-cross-origin", "unsafe-url"})
# The Observatory's CSP parser (mdn-http-observatory src/analyzer/cspParser.js): a policy
# shorter than "img-src" less one character is invalid, and so is a directive repeated in one
# policy (browsers ignore the repeat, the Observatory rejects it "so that people notice it"),
# except report-uri and report-to.
SHORTEST_POLICY = len("img-src") - 1
DUPLICATES_ALLOWED = frozenset({"report-uri", "report-to"})
# Bare schemes (CSP3 §2.3.1 scheme-source): any host of that scheme matches. In script-src,
# http: and data: let anyone's script run (the Observatory's "unsafe" sources); https: only
# asks for TLS, so CHECKS.md counts it as a weakness rather than no restriction.
BARE_SCHEMES = frozenset({"http:", "https:", "data:", "blob:", "filesystem:", "ws:", "wss:"})
UNRESTRICTED_SCRIPT_SCHEMES = frozenset({"http:", "data:"})
# A script host named over http:// or ftp:// can be swapped by anyone on the network path
# (the Observatory's "insecure scheme"); https://* is as broad as https:.
INSECURE_SOURCE_PREFIXES = ("http://", "ftp://", "ftp:")
WEAK_SCRIPT_SOURCES = frozenset({"https:", "https://*", "https://*.*"})


def header_lines(attempt: Mapping[str, Any], name: str) -> list[str]:
    """Every line of header `name` in the attempt, in order, as the server sent them.

    Facts recorded before the probe kept lines ("header_lines") only have the joined
    value; it then stands as one line.
    """
    name = name.lower()
    if "header_lines" in attempt:
        pairs = [as_list(pair) for pair in as_list(attempt.get("header_lines"))]
        return [as_str(p[1]) for p in pairs if len(p) == 2 and as_str(p[0]).lower() == name]
    value = next((as_str(v) for k, v in as_dict(attempt.get("headers")).items()
                  if str(k).lower() == name), "")
    return [value] if value else []


def _comma_tokens(lines: Iterable[str]) -> list[str]:
    """A header list (RFC 9110 §5.3): lines joined by commas, split, trimmed, lowercased."""
    return [token.strip().lower() for line in lines for token in line.split(",")]


# -- Strict-Transport-Security (RFC 6797) --------------------------------------------------


def hsts_max_age(value: str) -> int | None:
    """max-age of one Strict-Transport-Security value, or None when browsers ignore it.

    RFC 6797 §6.1: directives separated by ";" (empty ones allowed), each a token with an
    optional token or quoted-string value, no directive twice (§6.1 rule 2), max-age
    required and made of digits (§6.1.1, quoted allowed).
    """
    seen: dict[str, str | None] = {}
    for part in _SEMICOLON_OUTSIDE_QUOTES.split(value):
        part = part.strip()
        if not part:
            continue
        match = _HSTS_DIRECTIVE.fullmatch(part)
        if not match:
            return None
        name, raw = match.group(1).lower(), match.group(2)
        if name in seen:
            return None
        if raw and raw.startswith('"'):
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        seen[name] = raw
    age = seen.get("max-age")
    return int(age) if age is not None and _DIGITS.fullmatch(age) else None


# -- Content-Security-Policy (CSP3) --------------------------------------------------------

Policy = dict[str, list[str]]  # directive name (lowercase) -> source expressions (lowercase)
NONCE_OR_HASH = ("'nonce-", "'sha256-", "'sha384-", "'sha512-")
# Sources the Observatory calls dangerously broad (csp.js DANGEROUSLY_BROAD).
BROAD_SOURCES = frozenset({"ftp:", "http:", "https:", "*", "http://*", "http://*.*",
                           "https://*", "https://*.*"})


class InvalidPolicy(ValueError):
    """A policy the Observatory reports as csp-header-invalid."""


def parse_policy(text: str) -> Policy:
    """One serialized policy (CSP3 §2.2.1): directives by ";", names and sources
    lowercased; a source list left empty means 'none'. Raises InvalidPolicy as the
    Observatory's parser does: too short, or a directive repeated."""
    text = text.replace("\r", "").replace("\n", "").strip()
    if len(text) < SHORTEST_POLICY:
        raise InvalidPolicy(f"policy too short: {text!r}")
    policy: Policy = {}
    for part in text.split(";"):
        tokens = part.split()
        if not tokens:
            continue
        name = tokens[0].lower()
        if name in policy:
            if name in DUPLICATES_ALLOWED:
                continue
            raise InvalidPolicy(f"directive {name} repeated")
        sources = [t.lower() for t in tokens[1:]]
        policy[name] = sources or (["'none'"] if name.endswith("-src") else [])
    return policy


def merge_policies(policies: list[Policy]) -> Policy:
    """Several enforced policies as one, as the Observatory merges them: a directive only the
    first policy sets keeps its sources; one a later policy sets keeps only the sources every
    setter allows (none left means 'none'). Every directive ends with at least 'none'."""
    merged: Policy = {}
    for index, policy in enumerate(policies):
        for name, sources in policy.items():
            if index == 0:
                merged[name] = list(sources)
            else:
                merged[name] = [s for s in merged.get(name, []) if s in sources]
    return {name: sources or ["'none'"] for name, sources in merged.items()}


# Directives a <meta> policy cannot carry (CSP3 §3.3): browsers ignore them there.
META_IGNORED = frozenset({"frame-ancestors", "report-uri", "sandbox"})


@dataclass(frozen=True)
class Csp:
    """The enforced Content-Security-Policy of a response, read as the Observatory reads it
    (header lines split on ",", CSP3 §3.1, then <meta http-equiv> policies)."""

    policy: Policy | None = None  # header and meta policies merged; None when none counts
    header: Policy = field(default_factory=dict)  # header policies only (frame-ancestors)
    invalid: str | None = None  # why the CSP sent is invalid
    count: int = 0  # policies sent

    @property
    def enforced(self) -> bool:
        return self.policy is not None and self.invalid is None


def read_csp(lines: Iterable[str], meta: Iterable[str] = ()) -> Csp:
    """The CSP a response enforces. A CSP whose policies are all empty once the directives
    a <meta> cannot carry are dropped is no CSP; a policy too short, a repeated directive or
    'strict-dynamic' without a nonce or hash makes it invalid (the Observatory's
    csp-header-invalid); Report-Only lines are never passed in."""
    in_header = [text for line in lines for text in line.split(",")]
    in_meta = [text for content in meta for text in content.split(",")]
    count = len(in_header) + len(in_meta)
    if not count:
        return Csp()
    try:
        parsed_header = [parse_policy(text) for text in in_header]
        parsed_meta = [parse_policy(text) for text in in_meta]
    except InvalidPolicy as error:
        return Csp(invalid=str(error), count=count)
    header = merge_policies(parsed_header)
    meta_only = merge_policies([{k: v for k, v in p.items() if k not in META_IGNORED}
                                for p in parsed_meta])
    if not header and not meta_only:
        return Csp(count=count)
    policy = merge_policies(parsed_header + parsed_meta)
    scripts = script_sources(policy)
    if "'strict-dynamic'" in scripts and not _nonce_or_hash(scripts):
        return Csp(policy, header, "'strict-dynamic' without a nonce or hash", count)
    return Csp(policy, header, None, count)


def script_sources(policy: Policy) -> list[str]:
    """script-src, else default-src, else nothing: ["*"] (every script allowed)."""
    return policy.get("script-src") or policy.get("default-src") or ["*"]


def _nonce_or_hash(sources: Iterable[str]) -> bool:
    return any(s.startswith(NONCE_OR_HASH) for s in sources)


def _lets_anything(sources: list[str]) -> bool:
    return any(s in BROAD_SOURCES or s in BARE_SCHEMES for s in sources)


def frame_ancestors_protects(csp: Csp) -> bool:
    """The enforced header CSP restricts framing: frame-ancestors without * or a scheme."""
    sources = csp.header.get("frame-ancestors")
    return csp.enforced and sources is not None and not _lets_anything(sources)


@dataclass(frozen=True)
class ScriptPolicy:
    """How the enforced CSP restricts scripts: the directive used and what weakens it."""

    directive: str | None  # "script-src", "default-src", or None when neither is set
    unrestricted: tuple[str, ...] = ()  # sources that let any script run
    weak: tuple[str, ...] = ()  # sources that weaken it: 'unsafe-eval', https:

    @property
    def grade(self) -> int:
        """2 restricted, 1 restricted but weakened, 0 unrestricted (higher is stricter)."""
        if self.directive is None or self.unrestricted:
            return 0
        return 1 if self.weak else 2


def script_policy(policy: Policy) -> ScriptPolicy:
    """Judge script-src (else default-src) as browsers apply it (CSP3 §8) and the
    Observatory grades it: nonces or hashes make 'unsafe-inline' ignored; 'strict-dynamic'
    with a nonce or hash makes host and scheme sources, 'self' and 'unsafe-inline' ignored."""
    directive = next((d for d in ("script-src", "default-src") if d in policy), None)
    if directive is None:
        return ScriptPolicy(None)
    sources = policy[directive]
    nonce_or_hash = _nonce_or_hash(sources)
    strict_dynamic = nonce_or_hash and "'strict-dynamic'" in sources
    unrestricted, weak = [], []
    if "'unsafe-inline'" in sources and not nonce_or_hash:
        unrestricted.append("'unsafe-inline'")
    if not strict_dynamic:
        unrestricted += [s for s in sources if s == "*" or s in UNRESTRICTED_SCRIPT_SCHEMES
                         or s.startswith(INSECURE_SOURCE_PREFIXES)
                         or (s in BROAD_SOURCES and s not in WEAK_SCRIPT_SOURCES)]
        weak += [s for s in sources if s in WEAK_SCRIPT_SOURCES]
    if "'unsafe-eval'" in sources:
        weak.append("'unsafe-eval'")
    return ScriptPolicy(directive, tuple(dict.fromkeys(unrestricted)), tuple(weak))


# -- X-Frame-Options, Referrer-Policy, X-Content-Type-Options ------------------------------


def frame_options_protects(lines: Iterable[str]) -> bool:
    """X-Frame-Options DENY or SAMEORIGIN, the header's whole value (any case, trimmed), as
    the Observatory reads it: ALLOW-FROM, a list of values (repeated or conflicting, whether
    on one line or on several) and garbage do not count."""
    value = ", ".join(lines).strip().lower()
    return value in ("deny", "sameorigin")


def referrer_policy(lines: Iterable[str], meta: Iterable[str] = ()) -> str | None:
    """The policy a browser applies: the last token it understands (W3C Referrer Policy
    §11.1), empty and unknown tokens skipped; a <meta name="referrer"> read after the
    header overrides it (HTML §4.2.5.3). None when there is none."""
    known = [token for token in _comma_tokens([*lines, *meta]) if token in REFERRER_TOKENS]
    return known[-1] if known else None


def nosniff(lines: Iterable[str]) -> bool:
    """X-Content-Type-Options is "nosniff", any case, trimmed; a duplicated nosniff still
    counts (CHECKS.md), anything else beside it does not (the Observatory's reading)."""
    tokens = _comma_tokens(lines)
    return bool(tokens) and all(token == "nosniff" for token in tokens)


# -- Set-Cookie (RFC 6265 §5.2) ------------------------------------------------------------


@dataclass(frozen=True)
class Cookie:
    name: str
    attributes: dict[str, str] = field(default_factory=dict)  # lowercase name -> value

    @property
    def persistent(self) -> bool:
        return "expires" in self.attributes or "max-age" in self.attributes

    @property
    def same_site(self) -> str | None:
        value = self.attributes.get("samesite", "").lower()
        return value if value in ("strict", "lax", "none") else None


def rejected_by_browsers(cookie: Cookie) -> str | None:
    """Why a browser refuses to store the cookie (RFC 6265bis §4.1.3, prefixes matched
    case-insensitively): __Secure- needs Secure; __Host- needs Secure, no Domain and
    Path=/. The Observatory's cookie jar (tough-cookie) drops them silently too."""
    name = cookie.name.lower()
    if name.startswith("__host-"):
        if "secure" not in cookie.attributes:
            return "__Host- without Secure"
        if "domain" in cookie.attributes:
            return "__Host- with Domain"
        if cookie.attributes.get("path") != "/":
            return "__Host- without Path=/"
    elif name.startswith("__secure-") and "secure" not in cookie.attributes:
        return "__Secure- without Secure"
    return None


def parse_set_cookie(line: str) -> Cookie | None:
    """One Set-Cookie line as a user agent reads it (RFC 6265 §5.2); None when ignored."""
    pair, _, rest = line.partition(";")
    if "=" not in pair:
        return None
    name = pair.split("=", 1)[0].strip()
    if not name:
        return None
    attributes: dict[str, str] = {}
    for attribute in rest.split(";"):
        key, _, value = attribute.partition("=")
        if key.strip():
            attributes[key.strip().lower()] = value.strip()  # the last one wins (§5.3)
    return Cookie(name, attributes)


# A comma that starts a new cookie in a joined Set-Cookie value (not the one in Expires).
_NEXT_COOKIE = re.compile(r",\s*(?=[^;,=\s]+=)")


def set_cookie_lines(attempt: Mapping[str, Any]) -> list[str]:
    """Each Set-Cookie line; a joined value from older facts is split where cookies begin."""
    if "header_lines" in attempt:
        return header_lines(attempt, "set-cookie")
    return [part for line in header_lines(attempt, "set-cookie")
            for part in _NEXT_COOKIE.split(line) if part.strip()]


# -- security.txt (RFC 9116) ---------------------------------------------------------------


def security_txt_fields(text: str) -> dict[str, list[str]]:
    """Field name (lowercase) -> values of a security.txt (RFC 9116 §2.4); comments and
    the lines of a PGP signature's armour are skipped."""
    fields: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-----")):
            continue
        name, sep, value = line.partition(":")
        if sep and re.fullmatch(r"[A-Za-z0-9-]+", name.strip()):
            fields.setdefault(name.strip().lower(), []).append(value.strip())
    return fields


def parse_expires(value: str) -> date | None:
    """The day of an Expires field (RFC 9116 §2.5.5: an RFC 3339 date-time)."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC).date() if moment.tzinfo else moment.date()

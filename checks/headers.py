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
# CSP3 §2.2: a directive name is 1*( ALPHA / DIGIT / "-" ).
_DIRECTIVE_NAME = re.compile(r"[a-z0-9-]+")
# Directives browsers enforce (CSP3 §6, Mixed Content, Trusted Types): a policy made only of
# unknown names ("defa") restricts nothing and does not count as a CSP.
KNOWN_DIRECTIVES = frozenset({
    "child-src", "connect-src", "default-src", "fenced-frame-src", "font-src", "frame-src",
    "img-src", "manifest-src", "media-src", "object-src", "prefetch-src", "script-src",
    "script-src-elem", "script-src-attr", "style-src", "style-src-elem", "style-src-attr",
    "worker-src", "base-uri", "sandbox", "form-action", "frame-ancestors", "navigate-to",
    "report-uri", "report-to", "upgrade-insecure-requests", "block-all-mixed-content",
    "require-trusted-types-for", "trusted-types", "plugin-types", "require-sri-for"})
# Bare schemes (CSP3 §2.3.1 scheme-source): any host of that scheme matches. In script-src,
# http: and data: let anyone's script run (the Observatory's "unsafe" sources); https: only
# asks for TLS, so CHECKS.md counts it as a weakness rather than no restriction.
BARE_SCHEMES = frozenset({"http:", "https:", "data:", "blob:", "filesystem:", "ws:", "wss:"})
UNRESTRICTED_SCRIPT_SCHEMES = frozenset({"http:", "data:"})
# A script host named over http:// or ftp:// can be swapped by anyone on the network path
# (the Observatory's "insecure scheme"); https://* is as broad as https:.
INSECURE_SOURCE_PREFIXES = ("http://", "ftp://", "ftp:")


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

Policy = dict[str, list[str]]  # directive name (lowercase) -> source expressions


def parse_policy(text: str) -> Policy:
    """One serialized policy (CSP3 §2.2.1): directives by ";", the first of a name wins."""
    policy: Policy = {}
    for part in text.split(";"):
        tokens = part.split()
        if not tokens:
            continue
        name = tokens[0].lower()
        if _DIRECTIVE_NAME.fullmatch(name):
            policy.setdefault(name, tokens[1:])
    return policy


def header_policies(lines: Iterable[str]) -> list[Policy]:
    """Every enforced policy of the Content-Security-Policy lines: several lines, or one
    line holding policies separated by "," (CSP3 §3.1), are each enforced."""
    policies = [parse_policy(text) for line in lines for text in line.split(",")]
    return [policy for policy in policies if KNOWN_DIRECTIVES.intersection(policy)]


# Directives a <meta> policy cannot carry (CSP3 §3.3): browsers ignore them there.
META_IGNORED = frozenset({"frame-ancestors", "report-uri", "sandbox"})


def meta_policies(contents: Iterable[str]) -> list[Policy]:
    """Enforced policies of <meta http-equiv="Content-Security-Policy"> tags, without the
    directives browsers ignore in a meta policy (frame-ancestors among them)."""
    found = []
    for content in contents:
        policy = {k: v for k, v in parse_policy(content).items() if k not in META_IGNORED}
        if KNOWN_DIRECTIVES.intersection(policy):
            found.append(policy)
    return found


def _lets_anything(sources: list[str]) -> bool:
    return any(s == "*" or s.lower() in BARE_SCHEMES for s in sources)


def frame_ancestors_protects(policies: Iterable[Policy]) -> bool:
    """An enforced header policy restricts framing: frame-ancestors without * or a scheme."""
    return any("frame-ancestors" in p and not _lets_anything(p["frame-ancestors"])
               for p in policies)


@dataclass(frozen=True)
class ScriptPolicy:
    """How one policy restricts scripts: the directive used and what weakens it."""

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
    """Judge script-src (else default-src) of one policy as browsers apply it (CSP3 §8):
    nonces or hashes make 'unsafe-inline' ignored; 'strict-dynamic' makes host and scheme
    sources ignored as well."""
    directive = next((d for d in ("script-src", "default-src") if d in policy), None)
    if directive is None:
        return ScriptPolicy(None)
    sources = [s.lower() for s in policy[directive]]
    nonce_or_hash = any(s.startswith(("'nonce-", "'sha256-", "'sha384-", "'sha512-"))
                        for s in sources)
    strict_dynamic = "'strict-dynamic'" in sources
    unrestricted, weak = [], []
    if "'unsafe-inline'" in sources and not (nonce_or_hash or strict_dynamic):
        unrestricted.append("'unsafe-inline'")
    if not strict_dynamic:
        unrestricted += [s for s in sources if s == "*" or s in UNRESTRICTED_SCRIPT_SCHEMES
                         or s.startswith(INSECURE_SOURCE_PREFIXES)]
        weak += [s for s in sources if s in ("https:", "https://*")]
    if "'unsafe-eval'" in sources:
        weak.append("'unsafe-eval'")
    return ScriptPolicy(directive, tuple(unrestricted), tuple(weak))


def strictest(policies: Iterable[Policy]) -> ScriptPolicy | None:
    """Every enforced policy must allow a script, so the strictest one decides."""
    judged = [script_policy(p) for p in policies]
    return max(judged, key=lambda s: s.grade) if judged else None


# -- X-Frame-Options, Referrer-Policy, X-Content-Type-Options ------------------------------


def frame_options_protects(lines: Iterable[str]) -> bool:
    """X-Frame-Options DENY or SAMEORIGIN (HTML §7.1.1.3: the values as a set, so a
    repeated value counts; ALLOW-FROM, conflicting values and garbage do not)."""
    values = {token for token in _comma_tokens(lines) if token}
    return len(values) == 1 and values <= {"deny", "sameorigin"}


def referrer_policy(lines: Iterable[str], meta: Iterable[str] = ()) -> str | None:
    """The policy a browser applies: the last token it understands (W3C Referrer Policy
    §11.1), empty and unknown tokens skipped; a <meta name="referrer"> read after the
    header overrides it (HTML §4.2.5.3). None when there is none."""
    known = [token for token in _comma_tokens([*lines, *meta]) if token in REFERRER_TOKENS]
    return known[-1] if known else None


def nosniff(lines: Iterable[str]) -> bool:
    """X-Content-Type-Options: the first value is "nosniff", any case (Fetch §3.5)."""
    tokens = _comma_tokens(lines)
    return bool(tokens) and tokens[0] == "nosniff"


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

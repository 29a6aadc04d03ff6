"""SPF evaluated the way a receiving mail server does it (RFC 7208), over any DNS lookup.

One evaluator serves two callers, so the probe and the check cannot drift apart:
the mail probe runs it over live DNS to learn which names a receiver queries (and
records every answer), and `checks/mail.py` runs it again over those recorded answers
to judge. Pure: no sockets here, the lookup function is passed in.

`evaluate(lookup, domain)` without an IP is the audit: the sender is a stranger whose
address matches no `ip4`/`ip6`/`a`/`mx`/`ptr` term, so the whole include/redirect tree
is walked and the result is what a forger gets. With an IP it is RFC 7208 check_host()
(the public RFC 7208 test suite drives it that way).
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from audit.probe_errors import dns_error

MAX_LOOKUPS = 10  # RFC 7208 4.6.4: include, a, mx, ptr, exists, redirect per evaluation
MAX_VOID_LOOKUPS = 2  # RFC 7208 4.6.4: queries answering NXDOMAIN or no records
MAX_NAMES = 10  # RFC 7208 4.6.4: MX hosts per mx term, PTR names per ptr term / %{p}
# The audit keeps counting past MAX_LOOKUPS to say how far over a record is ("needs 14"),
# up to this many, then stops: it bounds the queries one domain can cost.
AUDIT_LOOKUP_CAP = 2 * MAX_LOOKUPS
MAX_NAME_LENGTH = 253  # RFC 7208 7.3: longer expansions lose labels on the left

QUALIFIERS = {"+": "pass", "-": "fail", "~": "softfail", "?": "neutral"}
MECHANISMS = frozenset({"all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"})
LOOKUP_TERMS = frozenset({"include", "a", "mx", "ptr", "exists", "redirect"})

Answer = Any  # list[str] (records, maybe none) | "NXDOMAIN" | {"error": sentence}
Lookup = Callable[[str, str], list[str] | None]  # None = NXDOMAIN; raises DnsError


class DnsError(Exception):
    """The question could not be answered (timeout, SERVFAIL, budget spent): a temperror."""


class SpfError(Exception):
    """Evaluation ends in `result` (permerror or temperror) for the reason `code`."""

    def __init__(self, result: str, code: str, **values: Any) -> None:
        super().__init__(code)
        self.result, self.code, self.values = result, code, values


class _Stop(Exception):
    """The audit's lookup cap was reached: stop walking, the verdict is already known."""


# -- answers: the one format the probe records and the check replays -----------------------


def answer_key(name: str, rdtype: str) -> str:
    return f"{rdtype} {name.lower().rstrip('.')}"


def decode(answer: Answer) -> list[str] | None:
    """A recorded answer back to what a lookup returns (None = NXDOMAIN); errors raise."""
    if answer == "NXDOMAIN":
        return None
    if isinstance(answer, list):
        return [str(a) for a in answer]
    error = answer.get("error") if isinstance(answer, Mapping) else None
    raise DnsError(str(error or f"unreadable recorded answer {answer!r}"))


def replay(answers: Mapping[str, Answer]) -> Lookup:
    """A lookup over recorded answers; a question nobody asked live is a DnsError."""
    def lookup(name: str, rdtype: str) -> list[str] | None:
        key = answer_key(name, rdtype)
        if key not in answers:
            raise DnsError(dns_error("dns_not_asked", type=rdtype, name=name))
        return decode(answers[key])
    return lookup


# -- syntax (RFC 7208 4.6, 5, 6, 7.1) ------------------------------------------------------


def is_spf(text: str) -> bool:
    """RFC 7208 4.5: exactly "v=spf1" (any case) then a space or the end; no leading space."""
    return text[:6].lower() == "v=spf1" and (len(text) == 6 or text[6] == " ")


@dataclass(frozen=True)
class Term:
    text: str
    name: str  # lower-case mechanism or modifier name
    qualifier: str = "+"  # "" for modifiers
    value: str | None = None  # domain-spec, network or modifier value
    cidr4: int | None = None
    cidr6: int | None = None

    @property
    def modifier(self) -> bool:
        return self.qualifier == ""


_MODIFIER = re.compile(r"([A-Za-z][A-Za-z0-9_.\-]*)=(.*)", re.S)
_MECHANISM = re.compile(r"([+\-~?]?)([A-Za-z][A-Za-z0-9_.\-]*)(.*)", re.S)
_DUAL_CIDR = re.compile(r"(?::(.*?))?(?:/(0|[1-9][0-9]{0,2}))?(?://(0|[1-9][0-9]{0,2}))?", re.S)
_MACRO = re.compile(r"%\{([slodiphcrtv])([0-9]*)(r?)([.\-+,/_=]*)\}", re.I)
_TOPLABEL = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9\-]*[A-Za-z0-9])?")
_EXP_ONLY = frozenset("crt")


def _syntax(term: str, why: str) -> SpfError:
    return SpfError("permerror", "syntax", term=term, why=why)


def parse(record: str) -> list[Term]:
    """The terms of one SPF record, checked strictly; any error is a permerror (4.6)."""
    terms: list[Term] = []
    seen: set[str] = set()
    for text in record[6:].split(" "):
        if not text:
            continue  # 1*SP between terms, trailing spaces allowed
        if any(not 0x21 <= ord(c) <= 0x7E for c in text):
            raise _syntax(text, "characters outside printable ASCII")
        term = _parse_term(text)
        if term.modifier and term.name in ("redirect", "exp"):
            if term.name in seen:  # RFC 7208 6: each at most once
                raise _syntax(text, f"{term.name}= appears more than once")
            seen.add(term.name)
        terms.append(term)
    return terms


def _parse_term(text: str) -> Term:
    modifier = _MODIFIER.fullmatch(text)
    if modifier:
        name, value = modifier.group(1).lower(), modifier.group(2)
        if name in ("redirect", "exp"):
            _check_domain_spec(text, value)
        else:
            _macro_tokens(text, value, exp=False)  # unknown modifiers: ignored, not unchecked
        return Term(text, name, "", value)
    mechanism = _MECHANISM.fullmatch(text)
    if not mechanism or mechanism.group(2).lower() not in MECHANISMS:
        raise _syntax(text, "unknown mechanism")
    qualifier, name, rest = mechanism.group(1) or "+", mechanism.group(2).lower(), \
        mechanism.group(3)
    if name == "all":
        if rest:
            raise _syntax(text, "all takes no value")
        return Term(text, name, qualifier)
    if name in ("include", "exists"):
        if not rest.startswith(":"):
            raise _syntax(text, f"{name} needs :domain")
        _check_domain_spec(text, rest[1:])
        return Term(text, name, qualifier, rest[1:])
    if name == "ptr":
        if rest and not rest.startswith(":"):
            raise _syntax(text, "ptr takes only :domain")
        if rest:
            _check_domain_spec(text, rest[1:])
        return Term(text, name, qualifier, rest[1:] or None)
    if name in ("ip4", "ip6"):
        return _parse_ip(text, name, qualifier, rest)
    cidr = _DUAL_CIDR.fullmatch(rest)  # a, mx
    if not cidr or (rest and rest[0] not in ":/"):
        raise _syntax(text, f"{name} takes :domain and /cidr only")
    domain, cidr4, cidr6 = cidr.group(1), cidr.group(2), cidr.group(3)
    if domain is not None:
        _check_domain_spec(text, domain)
    c4, c6 = (int(cidr4) if cidr4 else None), (int(cidr6) if cidr6 else None)
    if (c4 is not None and c4 > 32) or (c6 is not None and c6 > 128):
        raise _syntax(text, "CIDR length out of range")
    return Term(text, name, qualifier, domain, c4, c6)


def _parse_ip(text: str, name: str, qualifier: str, rest: str) -> Term:
    if not rest.startswith(":"):
        raise _syntax(text, f"{name} needs :address")
    network, slash, length = rest[1:].rpartition("/") if "/" in rest else (rest[1:], "", "")
    top = 32 if name == "ip4" else 128
    valid_length = re.fullmatch(r"0|[1-9][0-9]{0,2}", length) and int(length) <= top
    if slash and not valid_length:
        raise _syntax(text, "bad CIDR length")
    try:
        if "%" in network:
            raise ValueError("scope")
        (ipaddress.IPv4Address if name == "ip4" else ipaddress.IPv6Address)(network)
    except ValueError:
        raise _syntax(text, f"{network!r} is not an IPv{name[-1]} address") from None
    cidr = int(length) if slash else top
    return Term(text, name, qualifier, network, cidr if name == "ip4" else None,
                cidr if name == "ip6" else None)


def _macro_tokens(term: str, spec: str, exp: bool) -> list[str | tuple[str, int, bool, str]]:
    """Literal text and parsed %{...} macros of a macro-string (RFC 7208 7.1)."""
    tokens: list[str | tuple[str, int, bool, str]] = []
    i = 0
    while i < len(spec):
        char = spec[i]
        if char != "%":
            tokens.append(char)
            i += 1
            continue
        nxt = spec[i + 1:i + 2]
        if nxt in ("%", "_", "-"):
            tokens.append({"%": "%", "_": " ", "-": "%20"}[nxt])
            i += 2
            continue
        macro = _MACRO.match(spec, i)
        if not macro:
            raise _syntax(term, "bad macro")
        letter, digits, reverse, delimiters = macro.groups()
        if letter.lower() in _EXP_ONLY and not exp:
            raise _syntax(term, f"macro %{{{letter}}} is only allowed in exp= text")
        if digits and int(digits) == 0:
            raise _syntax(term, "macro transformer 0")  # RFC 7208 7.3: nonzero
        tokens.append((letter, int(digits or 0), bool(reverse), delimiters))
        i = macro.end()
    return tokens


def _check_domain_spec(term: str, spec: str) -> None:
    """domain-spec = macro-string domain-end; domain-end a macro or "." toplabel ["."]."""
    tokens = _macro_tokens(term, spec, exp=False)
    if not spec:
        raise _syntax(term, "empty domain")
    if isinstance(tokens[-1], tuple) or spec.endswith(("%%", "%_", "%-")):
        return
    tail = spec[:-1] if spec.endswith(".") else spec
    head, dot, top = tail.rpartition(".")
    if not dot or "%" in top or not _TOPLABEL.fullmatch(top) or top.isdigit() or \
            (not re.search(r"[A-Za-z]", top) and "-" not in top):
        raise _syntax(term, "domain does not end in a valid top-level label")


# -- evaluation (RFC 7208 4, 5, 6) ---------------------------------------------------------


@dataclass
class Evaluation:
    """What a receiver concludes, and the tree it walked to get there."""

    result: str  # pass fail softfail neutral none permerror temperror
    code: str = ""  # why a permerror / temperror / none: syntax, multiple, too_many_lookups, ...
    values: dict[str, Any] = field(default_factory=dict)
    lookups: int = 0  # DNS-querying terms counted over the whole tree
    voids: int = 0
    tree: dict[str, Any] = field(default_factory=dict)  # {"name", "record", "lookups", ...}
    capped: bool = False  # the audit stopped counting at AUDIT_LOOKUP_CAP
    matched: str = ""  # the term that decided the result ("" when nothing matched)
    decided_at: str = ""  # the domain whose record holds it (the redirect target, if any)
    void_names: list[str] = field(default_factory=list)


def valid_domain(domain: str) -> bool:
    """RFC 7208 4.3: a multi-label name, no empty or over-long label."""
    labels = domain.rstrip(".").split(".")
    return len(labels) > 1 and len(domain) <= MAX_NAME_LENGTH and \
        all(0 < len(label) <= 63 for label in labels)


def evaluate(lookup: Lookup, domain: str, ip: str | None = None, sender: str = "",
             helo: str = "") -> Evaluation:
    """check_host() for `ip`, or the audit's stranger when `ip` is None; never raises."""
    domain = domain.rstrip(".").lower()
    walk = _Walk(lookup, ip, sender or f"postmaster@{domain}", helo or domain)
    root: dict[str, Any] = {"name": domain, "via": "", "lookups": 0, "children": []}
    try:
        if not valid_domain(domain):
            outcome = Evaluation("none", "bad_domain", {"domain": domain})
        else:
            result = walk.check_host(domain, root, (domain,), top=True)
            outcome = Evaluation(result, "" if result != "none" else root.get("missing", ""))
        if walk.over:
            outcome = Evaluation("permerror", "too_many_lookups")
    except _Stop:
        outcome = Evaluation("permerror", "too_many_lookups")
    except SpfError as e:
        if walk.over:  # the 11th lookup came first: that is where a receiver stopped
            outcome = Evaluation("permerror", "too_many_lookups")
        else:
            outcome = Evaluation(e.result, e.code, dict(e.values))
    outcome.lookups, outcome.voids, outcome.tree = walk.lookups, walk.voids, root
    outcome.capped, outcome.matched, outcome.decided_at = walk.capped, walk.matched, \
        walk.decided_at
    outcome.void_names = walk.void_names
    _total(root)
    return outcome


def _total(node: dict[str, Any]) -> int:
    """Each node's lookups including everything below it (for "_spf.google.com (4)")."""
    node["total"] = node["lookups"] + sum(_total(child) for child in node["children"])
    return node["total"]


class _Walk:
    def __init__(self, lookup: Lookup, ip: str | None, sender: str, helo: str) -> None:
        self.lookup = lookup
        self.ip = _client_ip(ip)
        self.sender = sender if "@" in sender else f"postmaster@{sender}"
        local, _, self.sender_domain = self.sender.rpartition("@")
        self.local = local or "postmaster"
        self.helo = helo
        self.lookups = self.voids = 0
        self.over = self.capped = False
        self.matched = self.decided_at = ""
        self.void_names: list[str] = []

    # -- check_host ----------------------------------------------------------------------

    def check_host(self, domain: str, node: dict[str, Any], stack: tuple[str, ...],
                   top: bool = False) -> str:
        """RFC 7208 4; `top` is the record the result comes from (the domain's or a redirect's)."""
        records = self._query(domain, "TXT")
        if records is None:
            node["missing"] = "nxdomain"
            return "none"
        spf = [r for r in records if is_spf(r)]
        if not spf:
            node["missing"] = "no_spf"
            return "none"
        if len(spf) > 1:
            raise SpfError("permerror", "multiple", domain=domain, count=len(spf))
        node["record"] = spf[0]
        try:
            terms = parse(spf[0])
        except SpfError as e:
            e.values["domain"] = domain
            raise
        mechanisms = [t for t in terms if not t.modifier]
        for term in mechanisms:
            if self._matches(term, domain, node, stack):
                if top:
                    self.matched, self.decided_at = term.text, domain
                return QUALIFIERS[term.qualifier]
        redirect = next((t for t in terms if t.name == "redirect" and t.modifier), None)
        if redirect is None or any(t.name == "all" for t in mechanisms):
            if top:
                self.decided_at = domain
            return "neutral"  # RFC 7208 6.1: redirect is ignored when all is present
        self._count(node)
        target = self._target(redirect.value, domain)
        if target is None:
            return "neutral"  # depends on the client's address: unknowable for the audit
        result = self._descend(target, "redirect", node, stack, top)
        if result == "none":
            raise SpfError("permerror", "redirect_missing", target=target,
                           missing=node["children"][-1].get("missing", "no_spf"))
        return result

    def _descend(self, target: str, via: str, node: dict[str, Any],
                 stack: tuple[str, ...], top: bool = False) -> str:
        if target in stack:
            raise SpfError("permerror", "loop", target=target, chain=" > ".join(stack))
        child: dict[str, Any] = {"name": target, "via": via, "lookups": 0, "children": []}
        node["children"].append(child)
        if not valid_domain(target):
            child["missing"] = "bad_domain"
            return "none"
        return self.check_host(target, child, (*stack, target), top)

    # -- mechanisms (RFC 7208 5) ---------------------------------------------------------

    def _matches(self, term: Term, domain: str, node: dict[str, Any],
                 stack: tuple[str, ...]) -> bool:
        if term.name == "all":
            return True
        if term.name in ("ip4", "ip6"):
            return self._in_network([term.value or ""], term)
        self._count(node)
        if term.name == "include":
            target = self._target(term.value, domain)
            if target is None:
                return False
            result = self._descend(target, "include", node, stack)
            if result == "none":
                raise SpfError("permerror", "include_missing", target=target,
                               missing=node["children"][-1].get("missing", "no_spf"))
            return result == "pass"
        target = self._target(term.value, domain) if term.value else domain
        if target is None:
            return False
        if term.name == "a":
            return self._in_network(self._addresses(target, void=True), term)
        if term.name == "mx":
            return self._mx(target, term)
        if term.name == "exists":
            return bool(self._records(target, "A", void=True))
        return self.ip is not None and any(  # ptr
            name == target or name.endswith("." + target) for name in self._validated_names())

    def _mx(self, target: str, term: Term) -> bool:
        hosts = [r.split()[-1] for r in self._records(target, "MX", void=True)]
        if len(hosts) > MAX_NAMES:
            raise SpfError("permerror", "too_many_mx", target=target, count=len(hosts))
        if self.ip is None:
            return False  # a stranger's address is in no MX host: no need to ask
        return any(self._in_network(self._addresses(h, void=False), term)
                   for h in hosts if h != ".")

    def _in_network(self, addresses: list[str], term: Term) -> bool:
        """Is the client in one of `addresses` widened to the term's CIDR length?"""
        v6 = self.ip is not None and self.ip.version == 6
        length = term.cidr6 if v6 else term.cidr4
        if self.ip is None:  # the stranger matches only a term that covers every address
            return bool(addresses) and 0 in (term.cidr4, term.cidr6)
        for address in addresses:
            try:
                network = ipaddress.ip_network(f"{address}/{length if length is not None else ''}"
                                               .rstrip("/"), strict=False)
            except ValueError:
                continue
            if network.version == self.ip.version and self.ip in network:
                return True
        return False

    # -- DNS -----------------------------------------------------------------------------

    def _count(self, node: dict[str, Any]) -> None:
        self.lookups += 1
        node["lookups"] += 1
        if self.lookups > MAX_LOOKUPS:
            if self.ip is not None:
                raise SpfError("permerror", "too_many_lookups")
            self.over = True  # the audit keeps counting to say by how much
            if self.lookups >= AUDIT_LOOKUP_CAP:
                self.capped = True
                raise _Stop

    def _query(self, name: str, rdtype: str) -> list[str] | None:
        try:
            return self.lookup(name, rdtype)
        except DnsError as e:
            raise SpfError("temperror", "dns", error=str(e)) from None

    def _records(self, name: str, rdtype: str, void: bool) -> list[str]:
        records = self._query(name, rdtype) if valid_domain(name) else []
        if void and not records:
            self.voids += 1
            self.void_names.append(name)
            if self.voids > MAX_VOID_LOOKUPS:
                raise SpfError("permerror", "too_many_void", count=self.voids)
        return records or []

    def _addresses(self, name: str, void: bool) -> list[str]:
        rdtype = "AAAA" if self.ip is not None and self.ip.version == 6 else "A"
        return self._records(name, rdtype, void)

    def _validated_names(self) -> list[str]:
        """RFC 7208 5.5: PTR names of the client whose own addresses include it."""
        if self.ip is None:
            return []
        try:
            names = self.lookup(self.ip.reverse_pointer, "PTR") or []
        except DnsError:
            return []  # a PTR failure makes ptr not match (5.5)
        valid = []
        for name in names[:MAX_NAMES]:
            name = name.rstrip(".").lower()
            try:
                if valid_domain(name) and self._in_network(self._addresses(name, False),
                                                           Term("", "a")):
                    valid.append(name)
            except SpfError:
                continue
        return valid

    # -- macros (RFC 7208 7) -------------------------------------------------------------

    def _target(self, spec: str | None, domain: str) -> str | None:
        """A domain-spec expanded to the name to query; None if it needs the client's IP."""
        expanded = self.expand(spec or domain, domain)
        if expanded is None:
            return None
        expanded = expanded.rstrip(".").lower()
        while len(expanded) > MAX_NAME_LENGTH and "." in expanded:
            expanded = expanded.split(".", 1)[1]  # RFC 7208 7.3: drop labels on the left
        return expanded

    def expand(self, spec: str, domain: str, exp: bool = False) -> str | None:
        out = []
        for token in _macro_tokens(spec, spec, exp):
            if isinstance(token, str):
                out.append(token)
                continue
            letter, digits, reverse, delimiters = token
            value = self._macro_value(letter.lower(), domain)
            if value is None:
                return None
            parts = re.split("[" + re.escape(delimiters) + "]", value) if delimiters \
                else value.split(".")
            if reverse:
                parts.reverse()
            if digits:
                parts = parts[-digits:]
            value = ".".join(parts)
            out.append(urllib.parse.quote(value, safe="-._~") if letter.isupper() else value)
        return "".join(out)

    def _macro_value(self, letter: str, domain: str) -> str | None:
        if letter in "ipvc" and self.ip is None:
            return None
        if letter == "i" and self.ip is not None:
            if self.ip.version == 4:
                return str(self.ip)
            return ".".join(self.ip.exploded.replace(":", ""))
        if letter == "p":
            names = self._validated_names()
            return next((n for n in names if n == domain or n.endswith("." + domain)),
                        names[0] if names else "unknown")
        if letter == "c":
            return str(self.ip)
        if letter == "v":
            return "in-addr" if self.ip is not None and self.ip.version == 4 else "ip6"
        return {"s": self.sender, "l": self.local, "o": self.sender_domain, "d": domain,
                "h": self.helo, "r": "unknown", "t": "0"}[letter]


def _client_ip(ip: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """RFC 7208 5: an IPv4-mapped IPv6 client is an IPv4 client."""
    if ip is None:
        return None
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address

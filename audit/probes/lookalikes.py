"""Lookalike-domain probe: dnstwist's permutations of the main domains, resolved in DNS.

dnstwist (a kept project) generates the permutations; we only resolve them, through the
probe settings' resolver (so --dns-server and the tests' local DNS are honoured), with
bounded count, concurrency and time. A name is *registered* when DNS answers for it at all
(NOERROR), *serves a website* when it has an A/AAAA record and *receives mail* when it has
MX. A name DNS did not answer for is reported as unanswered, never as absent.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from audit.probe_errors import info
from audit.probes.config import ProbeSettings

if TYPE_CHECKING:
    import dns.resolver

# dnspython and dnstwist (~0.15 s of imports) load only when there is a domain to watch:
# most audits' engagement-level checks run without them (bench/, issue 15).

MAX_DOMAINS = 5  # main domains watched per engagement
MAX_PERMUTATIONS = 400  # names resolved per engagement, over all its main domains
WORKERS = 32  # concurrent DNS queries
DEADLINE_FACTOR = 3  # the whole watch ends within 3 x --timeout
# Fuzzers dnstwist offers, in the order we spend the budget on: the cheap, common typos first,
# then homoglyphs (thousands of IDN variants; only the first few fit the budget).
FUZZER_ORDER = ("omission", "repetition", "transposition", "replacement", "insertion",
                "addition", "hyphenation", "vowel-swap", "bitsquatting", "plural", "various",
                "subdomain", "dictionary", "tld-swap", "homoglyph")
# RFC 6761 / RFC 2606 special-use names: nobody can register a lookalike of these.
SPECIAL_USE_SUFFIXES = (".test", ".example", ".invalid", ".localhost", ".local", ".internal",
                        ".home.arpa")


def watchable(domain: str) -> bool:
    """A real, registrable-looking domain (not an IP, not a special-use name)."""
    name = "." + domain.strip().rstrip(".").lower()
    if name.replace(".", "").isdigit() or ":" in name or name.count(".") < 2:
        return False
    return not any(name.endswith(suffix) or name == suffix for suffix in SPECIAL_USE_SUFFIXES)


def permutations(domains: list[str], cap: int = MAX_PERMUTATIONS) -> tuple[list[dict], int]:
    """Up to `cap` permutations (domain, fuzzer, base) over `domains`, and how many there were."""
    import dnstwist

    ranked: list[tuple[int, int, dict]] = []
    seen = {d.lower() for d in domains}
    total = 0
    for base in domains:
        fuzzer = dnstwist.Fuzzer(base)
        fuzzer.generate()
        for position, item in enumerate(fuzzer.permutations()):
            name = _ascii(item["domain"])
            if not name or name in seen or item["fuzzer"].startswith("*"):
                continue
            seen.add(name)
            total += 1
            rank = FUZZER_ORDER.index(item["fuzzer"]) if item["fuzzer"] in FUZZER_ORDER \
                else len(FUZZER_ORDER)
            ranked.append((rank, position, {"domain": name, "fuzzer": item["fuzzer"],
                                            "base": base}))
    ranked.sort(key=lambda entry: entry[:2])
    return [entry[2] for entry in ranked[:cap]], total


def probe_lookalikes(domains: list[str], settings: ProbeSettings) -> dict[str, Any]:
    """Registered lookalikes of `domains` with what each serves; never raises."""
    watched = sorted({d.strip().rstrip(".").lower() for d in domains if watchable(d)})
    watched = watched[:MAX_DOMAINS]
    facts: dict[str, Any] = {"domains": watched, "generated": 0, "checked": 0, "found": [],
                             "unanswered": [], "unanswered_count": 0,
                             "limits": {"permutations": MAX_PERMUTATIONS, "workers": WORKERS,
                                        "deadline_s": DEADLINE_FACTOR * settings.timeout_s}}
    if not watched:
        return facts
    from audit.probes.mail import resolver_for

    names, facts["generated"] = permutations(watched)
    facts["checked"] = len(names)
    ends = time.monotonic() + DEADLINE_FACTOR * settings.timeout_s  # a span, not an uptime
    local = threading.local()

    def resolve(item: dict) -> dict | None:
        if not hasattr(local, "resolver"):
            local.resolver = resolver_for(settings)
        return _resolve(local.resolver, item, ends, settings.timeout_s)

    try:
        with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="siaga-dns") as pool:
            answers = list(pool.map(resolve, names))
    except Exception as e:  # noqa: BLE001 -- e.g. no resolver configured: the watch failed
        return {**facts, "error": f"Lookalike domains could not be resolved: {e}",
                "error_kind": "dns", "error_info": info("lookalikes_dns")}
    for item, answer in zip(names, answers, strict=True):
        if answer is None:
            facts["unanswered"].append(item["domain"])
        elif answer.get("registered"):
            facts["found"].append({**item, **{k: v for k, v in answer.items()
                                              if k != "registered"}})
    facts["unanswered_count"] = len(facts["unanswered"])
    facts["unanswered"] = facts["unanswered"][:20]
    return facts


def _resolve(resolver: dns.resolver.Resolver, item: dict, ends: float,
             timeout: float) -> dict | None:
    """{"registered": False} for NXDOMAIN, the records when the name exists, None unanswered."""
    import dns.exception
    import dns.resolver

    records: dict[str, Any] = {"registered": True, "a": [], "mx": []}
    for rdtype in ("A", "AAAA", "MX"):
        if rdtype == "AAAA" and records["a"]:
            continue
        left = min(timeout, ends - time.monotonic())
        if left <= 0:
            return None
        resolver.lifetime = resolver.timeout = left
        try:
            answer = resolver.resolve(item["domain"], rdtype)
        except dns.resolver.NXDOMAIN:
            return {"registered": False} if rdtype == "A" else records
        except dns.resolver.NoAnswer:
            continue
        except (dns.exception.DNSException, OSError):
            return None
        if rdtype == "MX":
            records["mx"] = sorted(str(r.exchange).rstrip(".") for r in answer)
        else:
            records["a"] += sorted(r.address for r in answer)
    return records


def _ascii(name: str) -> str:
    """The DNS (punycode) form of a permutation, or "" when it cannot be one."""
    try:
        return name.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return ""

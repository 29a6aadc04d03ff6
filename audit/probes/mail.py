"""Mail-domain probe: asks DNS what a receiving mail server would ask, and records it.

Query, parse and judge stay apart (checkdmarc's layout): this module only asks and
records; audit/spf.py walks SPF and checks/mail.py judges, replaying the recorded
answers. "No record" ([]), "no such name" ("NXDOMAIN") and "could not ask"
({"error": sentence}) are different facts: a missing SPF record is a finding, a DNS
timeout is not.

Every question goes to the one configured resolver (--dns-server, else the system's);
the probe never connects to a host or address it learns (MX hosts, SPF networks), so
no learned name reaches the network except as a DNS question. One domain costs at most
MAX_QUERIES questions, all inside one deadline of settings.timeout_s:
  MX 1 + the addresses (A, then AAAA) of the hosts in preference order up to the first
  that has one, at most MAX_MX_HOSTS hosts, or of the domain itself when it has no MX
  (implicit MX): <= 1 + 2 * 10
  SPF: the TXT at the domain + one question per DNS-querying term, counted up to
  spf.AUDIT_LOOKUP_CAP over the whole include/redirect tree: <= 1 + 20
  DMARC: _dmarc.<domain>, then _dmarc.<organisational domain>: <= 2
"""

from __future__ import annotations

import time
from typing import Any

import dns.exception
import dns.name
import dns.resolver

from audit import dmarc as dmarc_rules
from audit import platforms, spf
from audit.probe_errors import dns_error
from audit.probes.config import ProbeSettings

MAX_MX_HOSTS = 10  # RFC 7208 4.6.4's cap on MX names, reused for mail.mx
MAX_QUERIES = (1 + 2 * MAX_MX_HOSTS) + (1 + spf.AUDIT_LOOKUP_CAP) + 2  # see the docstring


def probe_mail(domain: str, settings: ProbeSettings) -> dict[str, Any]:
    """MX, SPF and DMARC facts for `domain` (see the contract); never raises."""
    domain = domain.strip().rstrip(".").lower()
    facts: dict[str, Any] = {"domain": domain, "mx": None, "spf": None, "dmarc": None,
                             "errors": {}, "dns": {}}
    try:
        dns_lookup = Recorder(settings)
    except Exception as e:  # noqa: BLE001 -- e.g. no /etc/resolv.conf: every lookup failed
        facts["errors"] = {k: dns_error("no_resolver", detail=e) for k in ("mx", "spf", "dmarc")}
        return facts
    facts["dns"] = dns_lookup.answers
    if not spf.valid_domain(domain):  # RFC 7208 4.3: an empty or over-long label is "none"
        facts.update(mx=[], spf=[], dmarc=[], invalid=True)  # no question sent
        return facts
    mx = _ask(dns_lookup, domain, "MX", facts["errors"], "mx")
    if mx is not None:
        facts["mx"] = sorted(({"preference": int(p), "exchange": h}
                              for p, h in (r.split(" ", 1) for r in mx)),
                             key=lambda r: (r["preference"], r["exchange"]))
    txt = _ask(dns_lookup, domain, "TXT", facts["errors"], "spf")
    if txt is not None:
        facts["spf"] = [t for t in txt if spf.is_spf(t)]
        spf.evaluate(dns_lookup, domain)  # asks what a receiver asks; the check replays it
    dmarc = _ask(dns_lookup, f"_dmarc.{domain}", "TXT", facts["errors"], "dmarc")
    if dmarc is not None:
        facts["dmarc"] = dmarc
        organisational = platforms.registrable_domain(domain)
        if organisational != domain and not any(dmarc_rules.is_dmarc1(r) for r in dmarc):
            _ask(dns_lookup, f"_dmarc.{organisational}", "TXT", {}, "")  # RFC 7489 6.6.3
    if facts["mx"] is not None:  # last, so a slow host cannot starve SPF and DMARC
        _resolve_hosts(dns_lookup, facts["mx"], domain)
    return facts


def _resolve_hosts(dns_lookup: Recorder, mx: list[dict[str, Any]], domain: str) -> None:
    """A/AAAA of the MX hosts in preference order (of the domain itself when it has no MX),
    up to the first host with an address: one is what mail.mx needs (RFC 5321 5.1)."""
    hosts = [r["exchange"] for r in mx if r["exchange"] != "."]
    for host in hosts[:MAX_MX_HOSTS] if hosts else ([] if mx else [domain]):
        for rdtype in ("A", "AAAA"):
            if _ask(dns_lookup, host, rdtype, {}, ""):  # recorded; mail.mx replays them
                return


class Recorder:
    """A spf.Lookup over the configured resolver that records every answer in `answers`.

    One deadline for the whole domain: each question may use only what is left of
    settings.timeout_s, and at most MAX_QUERIES questions are sent.
    """

    def __init__(self, settings: ProbeSettings) -> None:
        self.resolver = resolver_for(settings)
        self.timeout_s = settings.timeout_s
        self.deadline = time.monotonic() + settings.timeout_s  # relative use only
        self.answers: dict[str, spf.Answer] = {}
        self.sent = 0

    def __call__(self, name: str, rdtype: str) -> list[str] | None:
        key = spf.answer_key(name, rdtype)
        if key not in self.answers:
            self.answers[key] = self._ask(name, rdtype)
        return spf.decode(self.answers[key])

    def _ask(self, name: str, rdtype: str) -> spf.Answer:
        left = self.deadline - time.monotonic()
        if left <= 0:
            return {"error": dns_error("dns_time_spent", type=rdtype, name=name,
                                       s=f"{self.timeout_s:g}")}
        if self.sent >= MAX_QUERIES:
            return {"error": dns_error("dns_budget_spent", type=rdtype, name=name,
                                       max=MAX_QUERIES)}
        self.sent += 1
        try:
            answer = self.resolver.resolve(name, rdtype, lifetime=left, search=False)
        except dns.resolver.NXDOMAIN:
            return "NXDOMAIN"
        except dns.resolver.NoAnswer:
            return []
        except dns.exception.Timeout:
            return {"error": dns_error("dns_timeout", type=rdtype, name=name)}
        except dns.resolver.NoNameservers:
            return {"error": dns_error("dns_servfail", type=rdtype, name=name)}
        except dns.exception.DNSException as e:
            return {"error": dns_error("dns_failed", type=rdtype, name=name, detail=e)}
        return [_text(record, rdtype) for record in answer]


def _ask(lookup: Recorder, name: str, rdtype: str, errors: dict[str, str],
         key: str) -> list[str] | None:
    """The records ([] also for NXDOMAIN), or None with errors[key] when DNS failed."""
    try:
        return lookup(name, rdtype) or []
    except spf.DnsError as e:
        if key:
            errors[key] = str(e)
        return None


def resolver_for(settings: ProbeSettings) -> dns.resolver.Resolver:
    """A resolver honouring --dns-server and --timeout (every DNS probe uses this one)."""
    if settings.dns_server is None:
        resolver = dns.resolver.Resolver()  # the system's configuration
    else:
        resolver = dns.resolver.Resolver(configure=False)
        host, port = settings.dns_server
        resolver.nameservers = [host]
        resolver.port = port
    resolver.timeout = settings.timeout_s
    resolver.lifetime = settings.timeout_s
    return resolver


def _text(record: Any, rdtype: str) -> str:
    """One record as text: TXT strings joined (long SPF arrives split), MX "10 host"."""
    if rdtype == "TXT":
        return b"".join(record.strings).decode("utf-8", errors="replace")
    if rdtype == "MX":
        return f"{record.preference} {_name(record.exchange)}"
    if rdtype == "PTR":
        return _name(record.target)
    return record.to_text()


def _name(name: dns.name.Name) -> str:
    """'mx.example.com' without the final dot; the root (null MX, RFC 7505) stays '.'."""
    text = name.to_text()
    return text if text == "." else text.rstrip(".")

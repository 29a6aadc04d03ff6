"""Email-domain checks (`platform = email`): MX, SPF and DMARC as a receiving server sees them.

The mail probe records every DNS answer it got (facts["mail"]["dns"]); these checks
replay them: audit/spf.py walks the SPF tree over the recorded answers exactly as it
walked live DNS, so the judgement is pure and a stored result can be judged again.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any

from audit import dmarc as dmarc_rules
from audit import platforms, spf
from audit.models import Asset
from audit.probe_errors import dns_error_info
from checks.base import (
    CheckSpec,
    Context,
    Facts,
    Outcome,
    as_dict,
    as_list,
    as_str,
    for_asset,
    probe_facts,
    probe_failed,
    tr,
)

SPF_MAX_LOOKUPS = spf.MAX_LOOKUPS  # RFC 7208 4.6.4
DMARC_FULL_PCT = 100  # RFC 7489 6.3: pct defaults to 100, anything less samples

EMAIL = frozenset({"email"})
MAX_MX_HOSTS = 10  # the probe resolves this many (audit/probes/mail.py)


def _records(facts: Facts, name: str) -> tuple[list[Any], Mapping[str, Any], Outcome | None]:
    """One record set of the mail probe; None with an error means the lookup itself failed."""
    mail, failed = probe_facts(facts, "mail")
    if failed:
        return [], mail, failed
    records = mail.get(name)
    if not isinstance(records, list):
        error = as_str(as_dict(mail.get("errors")).get(name)) or f"no {name} facts"
        return [], mail, _dns_failed(error)
    return [r if isinstance(r, str) else as_dict(r) for r in records], mail, None


def _dns_failed(error: str) -> Outcome:
    """A DNS question that could not be answered: an error outcome, its sentence's code read
    back from the probe's own template (audit/probe_errors.py)."""
    return probe_failed({"error": error, "error_kind": "dns",
                         "error_info": dns_error_info(error)}, "mail")


def _domain(mail: Mapping[str, Any], asset: Asset) -> str:
    return (as_str(mail.get("domain")) or as_str(asset.handle)).rstrip(".").lower()


def _answers(mail: Mapping[str, Any], domain: str) -> dict[str, Any]:
    """The probe's recorded DNS answers; the record lists stand in for their own questions
    when a fact was recorded without them (hand-written or older facts)."""
    answers = dict(as_dict(mail.get("dns")))
    seeds = {("TXT", domain): mail.get("spf"), ("TXT", f"_dmarc.{domain}"): mail.get("dmarc"),
             ("MX", domain): [f"{as_dict(r).get('preference', 0)} {as_dict(r).get('exchange')}"
                              for r in as_list(mail.get("mx"))]
             if isinstance(mail.get("mx"), list) else None}
    for (rdtype, name), records in seeds.items():
        if isinstance(records, list):
            answers.setdefault(spf.answer_key(name, rdtype), records)
    return answers


def _replayed(answers: Mapping[str, Any], name: str, rdtype: str) -> list[str] | None | str:
    """Recorded records (None = NXDOMAIN), or the sentence saying why there are none."""
    try:
        return spf.replay(answers)(name, rdtype)
    except spf.DnsError as e:
        return str(e)


# -- mail.mx -------------------------------------------------------------------------------


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _addresses(answers: Mapping[str, Any], host: str) -> tuple[list[str], str]:
    """A host's A records, else its AAAA records (the probe asks in that order and stops at
    the first answer), and a sentence if a question failed."""
    error = ""
    for rdtype in ("A", "AAAA"):
        records = _replayed(answers, host, rdtype)
        if isinstance(records, list) and records:
            return records, ""
        if isinstance(records, str):
            error = error or records
    return [], error


@for_asset
def _mx(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    records, mail, failed = _records(facts, "mx")
    if failed:
        return failed
    domain = _domain(mail, asset)
    answers = _answers(mail, domain)
    hosts = [as_str(as_dict(r).get("exchange")).strip().rstrip(".") or "." for r in records]
    values: dict[str, Any] = {"domain": domain, "hosts": ", ".join(hosts)}
    evidence: dict[str, Any] = {"mx": [dict(as_dict(r)) for r in records]}
    if mail.get("invalid"):  # not a valid domain name: nothing can deliver to it
        return Outcome("fail", "mail.mx.missing", values, evidence)
    if not hosts:  # RFC 5321 5.1: no MX, then the domain's own address is the mail server
        addresses, error = _addresses(answers, domain)
        evidence["addresses"] = {domain: addresses}
        if addresses:
            return Outcome("warn", "mail.mx.implicit", {**values, "addresses":
                                                        ", ".join(addresses)}, evidence)
        if error:
            return _dns_failed(error)
        return Outcome("fail", "mail.mx.missing", values, evidence)
    if "." in hosts:  # RFC 7505: a null MX says "no mail here" and must stand alone
        reason = "mail.mx.null" if set(hosts) == {"."} else "mail.mx.null_mixed"
        return Outcome("fail", reason, values, evidence)
    literals = [h for h in hosts if _is_ip_literal(h)]
    if literals:  # RFC 5321 5.1 / 7505 3: an MX names a host, never an address
        return Outcome("fail", "mail.mx.ip_literal", {**values, "literals": ", ".join(literals)},
                       evidence)
    resolved: dict[str, list[str]] = {}
    errors: list[str] = []
    for host in hosts[:MAX_MX_HOSTS]:  # in preference order, up to the first with an address
        resolved[host], error = _addresses(answers, host)
        if error:
            errors.append(error)
        if resolved[host]:
            break
    evidence["addresses"] = resolved
    values.update(resolving=host, address=", ".join(resolved[host]),
                  without=", ".join(h for h, a in resolved.items() if not a))
    if resolved[host]:
        return Outcome("pass", "mail.mx.ok", values, evidence)
    if errors:  # could not ask: not proof that the hosts have no address
        return _dns_failed(errors[0])
    return Outcome("fail", "mail.mx.no_address", values, evidence)



MX = CheckSpec(
    id="mail.mx",
    dimension="technical",
    severity="medium",
    platforms=EMAIL,
    needs=("mail",),
    evaluate=_mx,
    title=tr("Domain receives email (MX)", "Domain dapat menerima email (MX)"),
    why=tr(
        "Journalists, regulators and customers write to your published addresses in a crisis; "
        "without mail servers their messages bounce and look like silence.",
        "Saat krisis, wartawan, regulator, dan pelanggan mengirim email ke alamat resmi Anda; "
        "tanpa server email, pesan mereka terpental dan terkesan diabaikan."),
    fix=tr(
        "Publish MX records pointing at your mail provider (Google Workspace, Microsoft 365 or "
        "your host) in the domain's DNS, and make sure each MX host name has an address.",
        "Tambahkan record MX yang mengarah ke penyedia email Anda (Google Workspace, Microsoft "
        "365, atau penyedia hosting) di DNS domain, dan pastikan setiap nama host MX memiliki "
        "alamat IP."),
    reasons={
        "mail.mx.ok": tr("{domain} receives mail via {hosts}; {resolving} resolves to "
                         "{address}.",
                         "{domain} menerima email lewat {hosts}; {resolving} mengarah ke "
                         "{address}."),
        "mail.mx.implicit": tr(
            "{domain} has no MX record; mail is delivered to its own address ({addresses}) "
            "as a fallback (RFC 5321 implicit MX), which is fragile.",
            "{domain} tidak memiliki record MX; email dikirim ke alamat IP domain itu sendiri "
            "({addresses}) sebagai cadangan (MX implisit RFC 5321), dan ini rapuh."),
        "mail.mx.missing": tr("{domain} has no MX record and no address: it cannot receive "
                              "mail.",
                              "{domain} tidak memiliki record MX maupun alamat IP: domain ini "
                              "tidak dapat menerima email."),
        "mail.mx.null": tr("{domain} publishes a null MX: it declares that it takes no mail.",
                           "{domain} memasang null MX: domain ini menyatakan tidak menerima "
                           "email."),
        "mail.mx.null_mixed": tr(
            "{domain} mixes a null MX with other MX records ({hosts}), which is invalid "
            "(RFC 7505): senders may treat the domain as taking no mail.",
            "{domain} mencampur null MX dengan record MX lain ({hosts}); ini tidak valid "
            "(RFC 7505), sehingga pengirim bisa menganggap domain ini tidak menerima email."),
        "mail.mx.ip_literal": tr(
            "An MX record of {domain} names an IP address ({literals}) instead of a host name; "
            "senders do not deliver to it.",
            "Record MX {domain} berisi alamat IP ({literals}), bukan nama host; pengirim tidak "
            "akan mengirim email ke sana."),
        "mail.mx.no_address": tr(
            "None of the MX hosts of {domain} has an address ({without}): mail to it bounces.",
            "Tidak satu pun host MX {domain} memiliki alamat IP ({without}): email ke domain "
            "ini terpental."),
    },
)


# -- mail.spf ------------------------------------------------------------------------------

# Evaluation codes of audit/spf.py -> reason codes of this check (every one a fail).
SPF_PERMERRORS = {
    "syntax": "mail.spf.syntax", "multiple": "mail.spf.multiple",
    "too_many_lookups": "mail.spf.too_many_lookups", "too_many_void": "mail.spf.void_lookups",
    "include_missing": "mail.spf.target_missing", "redirect_missing": "mail.spf.target_missing",
    "loop": "mail.spf.loop", "too_many_mx": "mail.spf.too_many_mx",
}


def _cost(node: Mapping[str, Any]) -> int:
    """Lookups a branch costs: those inside it, plus its own include/redirect term."""
    return int(node.get("total", 0)) + (1 if node.get("via") else 0)


def _tree_lines(node: Mapping[str, Any], depth: int = 0) -> list[str]:
    """The include/redirect tree as indented lines: "include name (cost): record"."""
    via = f"{node['via']} " if node.get("via") else ""
    record = node.get("record") or {"nxdomain": "(no such name)", "no_spf": "(no SPF record)",
                                    "bad_domain": "(not a valid name)"}.get(
        as_str(node.get("missing")), "")
    line = f"{'  ' * depth}{via}{node['name']} ({_cost(node)}): {record}"
    return [line.rstrip()] + [ln for child in as_list(node.get("children"))
                              for ln in _tree_lines(as_dict(child), depth + 1)]


def _record_at(node: Mapping[str, Any], name: str) -> str:
    """The record of `name` along the redirect chain (the one that decided the result)."""
    if node.get("name") == name:
        return as_str(node.get("record"))
    redirects = [as_dict(c) for c in as_list(node.get("children")) if as_dict(c).get("via")
                 == "redirect"]
    return _record_at(redirects[0], name) if redirects else ""


def _breakdown(tree: Mapping[str, Any]) -> str:
    """'_spf.google.com (4), servers.mcsv.net (1)': what each top-level include or redirect
    costs, its own lookup included."""
    children = [as_dict(c) for c in as_list(tree.get("children"))]
    return ", ".join(f"{c['name']} ({_cost(c)})" for c in children) or "-"


@for_asset
def _spf(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    records, mail, failed = _records(facts, "spf")
    if failed:
        return failed
    domain = _domain(mail, asset)
    found = spf.evaluate(spf.replay(_answers(mail, domain)), domain)
    tree = found.tree
    lookups = f"{found.lookups}+" if found.capped else found.lookups
    values: dict[str, Any] = {
        "domain": domain, "count": len([r for r in records if isinstance(r, str)]),
        "max": SPF_MAX_LOOKUPS, "lookups": lookups, "record": as_str(tree.get("record")),
        "includes": len(as_list(tree.get("children"))), "breakdown": _breakdown(tree),
        "all": found.matched or "-", "target": found.decided_at, "result": found.result}
    # Readable in one workbook cell (keys sort: detail, lookups, records, tree, void_lookups):
    # the count and the tree, the records only when there is not exactly one.
    evidence: dict[str, Any] = {"lookups": f"{lookups} of {SPF_MAX_LOOKUPS}",
                                "tree": _tree_lines(tree)}
    if values["count"] != 1:
        evidence["records"] = [r for r in records if isinstance(r, str)]
    if found.voids:
        evidence["void_lookups"] = found.voids
    if found.result == "temperror":
        return _dns_failed(as_str(found.values.get("error")))
    if found.result == "none":
        return Outcome("fail", "mail.spf.missing", values, evidence)
    if found.result == "permerror":
        detail = {k: str(v) for k, v in found.values.items()}
        values.update(where=detail.pop("domain", domain), term=detail.get("term", ""),
                      target=detail.get("target", ""), chain=detail.get("chain", ""),
                      count=detail.get("count", values["count"]),
                      names=", ".join(found.void_names))
        reason = SPF_PERMERRORS.get(found.code, "mail.spf.syntax")
        if found.code.endswith("_missing") and detail.get("missing") == "nxdomain":
            reason = "mail.spf.target_nxdomain"
        return Outcome("fail", reason, values, {**evidence, "detail": detail} if detail
                       else evidence)
    if found.result == "pass":  # a server that matches nothing still passes
        return Outcome("fail", "mail.spf.pass_all", values, evidence)
    if found.result == "neutral":
        reason = "mail.spf.neutral_all" if found.matched else "mail.spf.no_all"
        values["record"] = _record_at(tree, found.decided_at) or values["record"]
        return Outcome("warn", reason, values, evidence)
    reason = "mail.spf.redirect" if found.decided_at != domain else "mail.spf.ok"
    return Outcome("pass", reason, values, evidence)


_RECEIVERS_REJECT = ("Receivers treat the whole SPF record as a permanent error (permerror), "
                     "so it protects nothing.")
_RECEIVERS_REJECT_ID = ("Server penerima menganggap seluruh record SPF sebagai error permanen "
                        "(permerror), sehingga record ini tidak melindungi apa pun.")

SPF = CheckSpec(
    id="mail.spf",
    dimension="technical",
    severity="high",
    platforms=EMAIL,
    needs=("mail",),
    evaluate=_spf,
    title=tr("SPF record", "Record SPF"),
    why=tr(
        "Without a strict SPF record anyone can send email that appears to come from your "
        "domain, a favourite trick for fake statements and phishing during a crisis.",
        "Tanpa record SPF yang ketat, siapa pun bisa mengirim email yang tampak berasal dari "
        "domain Anda. Cara ini sering dipakai untuk menyebarkan pernyataan palsu dan phishing "
        "di tengah krisis."),
    fix=tr(
        "Publish exactly one TXT record `v=spf1 include:<your mail provider> -all` (or ~all "
        "while testing) listing every service that sends mail for you, with at most 10 DNS "
        "lookups counted over every include.",
        "Pasang tepat satu record TXT `v=spf1 include:<penyedia email Anda> -all` (atau ~all "
        "selama uji coba) yang mencantumkan semua layanan pengirim email Anda, dengan maksimal "
        "10 lookup DNS dihitung di semua include."),
    reasons={
        "mail.spf.ok": tr(
            "{domain} has one valid SPF record; a forged sender gets {result} ({all}), "
            "with {lookups} of {max} DNS lookups.",
            "{domain} memiliki satu record SPF yang valid; pengirim palsu mendapat {result} "
            "({all}), dengan {lookups} dari {max} lookup DNS."),
        "mail.spf.redirect": tr(
            "{domain} delegates its SPF policy to {target}, where a forged sender gets "
            "{result} ({all}), with {lookups} of {max} DNS lookups.",
            "{domain} mendelegasikan kebijakan SPF-nya ke {target}; di sana pengirim palsu "
            "mendapat {result} ({all}), dengan {lookups} dari {max} lookup DNS."),
        "mail.spf.neutral_all": tr(
            "The SPF policy of {domain} ends in {all} (neutral), which protects nothing: "
            "{record}",
            "Kebijakan SPF {domain} diakhiri {all} (netral) sehingga tidak melindungi apa pun: "
            "{record}"),
        "mail.spf.no_all": tr(
            "The SPF policy of {domain} has no all mechanism, so forged mail is neutral: "
            "{record}",
            "Kebijakan SPF {domain} tidak memiliki mekanisme all, sehingga email palsu "
            "bernilai netral: {record}"),
        "mail.spf.too_many_lookups": tr(
            "The SPF record of {domain} needs {lookups} DNS lookups (the limit is {max}) over "
            "{includes} includes: {breakdown}. " + _RECEIVERS_REJECT,
            "Record SPF {domain} membutuhkan {lookups} lookup DNS (batasnya {max}) melalui "
            "{includes} include: {breakdown}. " + _RECEIVERS_REJECT_ID),
        "mail.spf.void_lookups": tr(
            "The SPF tree of {domain} asks for {count} names that do not exist or have no "
            "records ({names}); more than 2 is an error. " + _RECEIVERS_REJECT,
            "Pohon SPF {domain} menanyakan {count} nama yang tidak ada atau tidak memiliki "
            "record ({names}); lebih dari 2 dianggap error. " + _RECEIVERS_REJECT_ID),
        "mail.spf.syntax": tr(
            "The SPF record of {where} has an invalid term: {term}. " + _RECEIVERS_REJECT,
            "Record SPF {where} memiliki bagian yang tidak valid: {term}. "
            + _RECEIVERS_REJECT_ID),
        "mail.spf.target_missing": tr(
            "The SPF record of {where} points at {target}, which has no SPF record. "
            + _RECEIVERS_REJECT,
            "Record SPF {where} merujuk ke {target}, yang tidak memiliki record SPF. "
            + _RECEIVERS_REJECT_ID),
        "mail.spf.target_nxdomain": tr(
            "The SPF record of {where} points at {target}, a name that does not exist. "
            + _RECEIVERS_REJECT,
            "Record SPF {where} merujuk ke {target}, nama yang tidak ada. "
            + _RECEIVERS_REJECT_ID),
        "mail.spf.loop": tr(
            "The SPF tree of {domain} loops back to {target} ({chain}). " + _RECEIVERS_REJECT,
            "Pohon SPF {domain} berputar kembali ke {target} ({chain}). "
            + _RECEIVERS_REJECT_ID),
        "mail.spf.too_many_mx": tr(
            "An mx term in the SPF tree of {where} names {target}, which has {count} MX hosts "
            "(the limit is 10). " + _RECEIVERS_REJECT,
            "Mekanisme mx di pohon SPF {where} merujuk ke {target}, yang memiliki {count} "
            "host MX (batasnya 10). " + _RECEIVERS_REJECT_ID),
        "mail.spf.missing": tr("{domain} has no SPF record.",
                               "{domain} tidak memiliki record SPF."),
        "mail.spf.multiple": tr(
            "{where} has {count} SPF records; receivers treat that as an error.",
            "{where} memiliki {count} record SPF; server penerima menganggapnya error."),
        "mail.spf.pass_all": tr(
            "The SPF policy of {domain} lets any server pass ({all}): anyone can send as you.",
            "Kebijakan SPF {domain} meloloskan server mana pun ({all}): siapa pun bisa "
            "mengirim email atas nama Anda."),
    },
)


# -- mail.dmarc ----------------------------------------------------------------------------


def _dmarc_at(answers: Mapping[str, Any], name: str) -> tuple[list[str], list[str], str]:
    """Every TXT at `name`, the v=DMARC1 ones among them, and a sentence if DNS failed."""
    records = _replayed(answers, name, "TXT")
    if isinstance(records, str):
        return [], [], records
    texts = records or []
    return texts, [t for t in texts if dmarc_rules.is_dmarc1(t)], ""


@for_asset
def _dmarc(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    texts, mail, failed = _records(facts, "dmarc")
    if failed:
        return failed
    domain = _domain(mail, asset)
    answers = _answers(mail, domain)
    texts = [r for r in texts if isinstance(r, str)]
    dmarc = [r for r in texts if dmarc_rules.is_dmarc1(r)]
    found_at, organisational = domain, platforms.registrable_domain(domain)
    if not dmarc and organisational != domain and not mail.get("invalid"):  # RFC 7489 6.6.3
        _, dmarc, error = _dmarc_at(answers, f"_dmarc.{organisational}")
        if error:
            return _dns_failed(error)
        found_at = organisational
    values: dict[str, Any] = {"domain": domain, "found_at": found_at, "count": len(dmarc),
                              "record": "; ".join(dmarc or texts)}
    evidence = {"dmarc": texts, "found_at": found_at, "records": dmarc}
    if not dmarc:
        reason = "mail.dmarc.not_dmarc1" if texts else "mail.dmarc.missing"
        return Outcome("fail", reason, values, evidence)
    if len(dmarc) > 1:  # RFC 7489 section 6.6.3: several records means no DMARC at all
        return Outcome("fail", "mail.dmarc.multiple", values, evidence)
    parsed = dmarc_rules.parse(dmarc[0])
    policy, sub = parsed.tags.get("p", "").lower(), parsed.tags.get("sp", "").lower()
    # A subdomain covered by its organisational domain gets sp (else p): RFC 7489 6.6.3.
    applied = (sub or policy) if found_at != domain else policy
    values.update(record=dmarc[0], policy=policy or "-", sp=sub or "-", applied=applied or "-",
                  pct=dmarc_rules.pct(parsed), tag=parsed.repeated)
    if parsed.repeated:
        return Outcome("fail", "mail.dmarc.repeated_tag", values, evidence)
    if policy not in dmarc_rules.POLICIES:
        return Outcome("fail", "mail.dmarc.no_policy", values, evidence)
    if sub and sub not in dmarc_rules.POLICIES:
        return Outcome("fail", "mail.dmarc.bad_sp", values, evidence)
    if applied == "none":
        return Outcome("warn", "mail.dmarc.monitor_only", values, evidence)
    if values["pct"] < DMARC_FULL_PCT:
        return Outcome("warn", "mail.dmarc.partial_pct", values, evidence)
    if found_at != domain:
        return Outcome("warn", "mail.dmarc.organisational", values, evidence)
    if sub == "none":
        return Outcome("warn", "mail.dmarc.sp_none", values, evidence)
    return Outcome("pass", "mail.dmarc.ok", values, evidence)


DMARC = CheckSpec(
    id="mail.dmarc",
    dimension="technical",
    severity="high",
    platforms=EMAIL,
    needs=("mail",),
    evaluate=_dmarc,
    title=tr("DMARC policy", "Kebijakan DMARC"),
    why=tr(
        "DMARC tells receiving servers to reject mail that fakes your domain, so a forged "
        "\"official\" email cannot reach staff, press or customers in your name.",
        "DMARC memerintahkan server penerima untuk menolak email yang memalsukan domain Anda, "
        "sehingga email \"resmi\" palsu tidak sampai ke karyawan, media, atau pelanggan atas "
        "nama Anda."),
    fix=tr(
        "Publish one TXT record at _dmarc.<domain>: start with `v=DMARC1; p=none; "
        "rua=mailto:...` to collect reports, then move to p=quarantine and p=reject with "
        "pct=100 (and no sp=none).",
        "Pasang satu record TXT di _dmarc.<domain>: mulai dengan `v=DMARC1; p=none; "
        "rua=mailto:...` untuk mengumpulkan laporan, lalu naikkan ke p=quarantine dan p=reject "
        "dengan pct=100 (tanpa sp=none)."),
    reasons={
        "mail.dmarc.ok": tr("{domain} enforces DMARC: p={policy}, pct={pct}.",
                            "{domain} menerapkan DMARC: p={policy}, pct={pct}."),
        "mail.dmarc.monitor_only": tr(
            "DMARC for {domain} (record at _dmarc.{found_at}) applies p=none: forged mail is "
            "reported but still delivered.",
            "DMARC untuk {domain} (record di _dmarc.{found_at}) menerapkan p=none: email palsu "
            "hanya dilaporkan, tetap terkirim."),
        "mail.dmarc.partial_pct": tr(
            "{domain} applies DMARC p={applied} to only {pct}% of mail.",
            "{domain} menerapkan DMARC p={applied} hanya pada {pct}% email."),
        "mail.dmarc.organisational": tr(
            "{domain} has no DMARC record of its own; receivers use the one of its "
            "organisational domain {found_at} (p={applied}). Publish one at _dmarc.{domain} "
            "to control it.",
            "{domain} tidak memiliki record DMARC sendiri; server penerima memakai record "
            "domain organisasinya, {found_at} (p={applied}). Pasang record di _dmarc.{domain} "
            "agar bisa dikendalikan sendiri."),
        "mail.dmarc.sp_none": tr(
            "{domain} enforces DMARC p={policy} but sp=none leaves its subdomains open to "
            "forgery.",
            "{domain} menerapkan DMARC p={policy}, tetapi sp=none membiarkan subdomainnya "
            "bisa dipalsukan."),
        "mail.dmarc.missing": tr("{domain} has no DMARC record.",
                                 "{domain} tidak memiliki record DMARC."),
        "mail.dmarc.not_dmarc1": tr(
            "The record at _dmarc.{domain} does not start with v=DMARC1: {record}",
            "Record di _dmarc.{domain} tidak diawali v=DMARC1: {record}"),
        "mail.dmarc.multiple": tr(
            "_dmarc.{found_at} has {count} DMARC records; receivers then ignore DMARC.",
            "_dmarc.{found_at} memiliki {count} record DMARC, sehingga server penerima "
            "mengabaikan DMARC."),
        "mail.dmarc.repeated_tag": tr(
            "The DMARC record of {found_at} repeats the tag {tag}=, which makes it invalid: "
            "{record}",
            "Record DMARC {found_at} mengulang tag {tag}=, sehingga record tidak valid: "
            "{record}"),
        "mail.dmarc.no_policy": tr("The DMARC record of {found_at} has no valid p= policy: "
                                   "{record}",
                                   "Record DMARC {found_at} tidak memiliki kebijakan p= yang "
                                   "valid: {record}"),
        "mail.dmarc.bad_sp": tr("The DMARC record of {found_at} has an invalid sp= value: "
                                "{record}",
                                "Record DMARC {found_at} memiliki nilai sp= yang tidak valid: "
                                "{record}"),
    },
)


CHECKS: tuple[CheckSpec, ...] = (MX, SPF, DMARC)

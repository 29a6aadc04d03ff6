"""Email-domain checks (`platform = email`): MX, SPF and DMARC over the `mail` probe's records.

Parsing follows checkdmarc's split: the probe queries, these functions parse and judge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from audit.models import Asset
from checks.base import (
    CheckSpec,
    Context,
    Facts,
    Outcome,
    as_dict,
    as_str,
    for_asset,
    probe_facts,
    probe_failed,
    tr,
)

# RFC 7208 section 4.6.4: at most 10 terms that cause DNS queries per SPF evaluation.
SPF_MAX_LOOKUPS = 10
SPF_LOOKUP_TERMS = frozenset({"include", "a", "mx", "ptr", "exists", "redirect"})
SPF_ALL_PASS = frozenset({"-all", "~all"})  # fail / softfail everything else (CHECKS.md)
# RFC 7489 section 6.3: p=reject or quarantine enforce; pct defaults to 100.
DMARC_ENFORCING = frozenset({"reject", "quarantine"})
DMARC_POLICIES = DMARC_ENFORCING | {"none"}
DMARC_FULL_PCT = 100

EMAIL = frozenset({"email"})


def _records(facts: Facts, name: str) -> tuple[list[Any], Mapping[str, Any], Outcome | None]:
    """One record set of the mail probe; None with an error means the lookup itself failed."""
    mail, failed = probe_facts(facts, "mail")
    if failed:
        return [], mail, failed
    records = mail.get(name)
    if not isinstance(records, list):
        error = as_str(as_dict(mail.get("errors")).get(name)) or f"no {name} facts"
        return [], mail, probe_failed({"error": error, "error_kind": "dns"}, "mail")
    return [r if isinstance(r, str) else as_dict(r) for r in records], mail, None


def _domain(mail: Mapping[str, Any], asset: Asset) -> str:
    return as_str(mail.get("domain")) or as_str(asset.handle)


# -- mail.mx -------------------------------------------------------------------------------


@for_asset
def _mx(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    records, mail, failed = _records(facts, "mx")
    if failed:
        return failed
    hosts = [as_str(as_dict(r).get("exchange")).strip() for r in records]
    values = {"domain": _domain(mail, asset), "hosts": ", ".join(hosts)}
    evidence = {"mx": [dict(as_dict(r)) for r in records]}
    if not hosts:
        return Outcome("fail", "mail.mx.missing", values, evidence)
    if all(h in (".", "") for h in hosts):  # RFC 7505 null MX: "this domain takes no mail"
        return Outcome("fail", "mail.mx.null", values, evidence)
    return Outcome("pass", "mail.mx.ok", values, evidence)


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
        "your host) in the domain's DNS.",
        "Tambahkan record MX yang mengarah ke penyedia email Anda (Google Workspace, Microsoft "
        "365, atau penyedia hosting) di DNS domain."),
    reasons={
        "mail.mx.ok": tr("{domain} receives mail via {hosts}.",
                         "{domain} menerima email lewat {hosts}."),
        "mail.mx.missing": tr("{domain} has no MX record.",
                              "{domain} tidak memiliki record MX."),
        "mail.mx.null": tr("{domain} publishes a null MX: it declares that it takes no mail.",
                           "{domain} memasang null MX: domain ini menyatakan tidak menerima "
                           "email."),
    },
)


# -- mail.spf ------------------------------------------------------------------------------


def _spf_terms(record: str) -> list[str]:
    return record.split()[1:]  # after "v=spf1"


def _term_name(term: str) -> str:
    """Mechanism or modifier name of one SPF term: "~include:x" -> "include", "a/24" -> "a"."""
    name = term.lstrip("+-~?").lower()
    for separator in (":", "/", "="):
        name = name.split(separator, 1)[0]
    return name


def spf_lookups(record: str) -> int:
    """DNS-querying terms in one record (top level only: includes are not expanded)."""
    return sum(_term_name(term) in SPF_LOOKUP_TERMS for term in _spf_terms(record))


@for_asset
def _spf(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    records, mail, failed = _records(facts, "spf")
    if failed:
        return failed
    spf = [r for r in records if isinstance(r, str) and r.split()[:1] and
           r.split()[0].lower() == "v=spf1"]
    values: dict[str, Any] = {"domain": _domain(mail, asset),
                              "count": len(spf), "max": SPF_MAX_LOOKUPS}
    evidence = {"spf": spf}
    if not spf:
        return Outcome("fail", "mail.spf.missing", values, evidence)
    if len(spf) > 1:
        return Outcome("fail", "mail.spf.multiple", values, evidence)
    record = spf[0]
    terms = _spf_terms(record)
    alls = [t.lower() for t in terms if _term_name(t) == "all"]
    values.update(record=record, all=alls[0] if alls else "", lookups=spf_lookups(record))
    if alls and alls[0] in ("+all", "all"):
        return Outcome("fail", "mail.spf.pass_all", values, evidence)
    if values["lookups"] > SPF_MAX_LOOKUPS:
        return Outcome("warn", "mail.spf.too_many_lookups", values, evidence)
    if alls and alls[0] == "?all":
        return Outcome("warn", "mail.spf.neutral_all", values, evidence)
    if not alls:
        redirect = [t.split("=", 1)[1] for t in terms if _term_name(t) == "redirect" and "=" in t]
        if redirect:  # the policy lives in the redirected record (RFC 7208 section 6.1)
            return Outcome("pass", "mail.spf.redirect", {**values, "target": redirect[0]},
                           evidence)
        return Outcome("warn", "mail.spf.no_all", values, evidence)
    return Outcome("pass", "mail.spf.ok", values, evidence)


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
        "domain Anda; trik favorit untuk pernyataan palsu dan phishing di tengah krisis."),
    fix=tr(
        "Publish exactly one TXT record `v=spf1 include:<your mail provider> -all` (or ~all "
        "while testing) listing every service that sends mail for you, with at most 10 lookups.",
        "Pasang tepat satu record TXT `v=spf1 include:<penyedia email Anda> -all` (atau ~all "
        "selama uji coba) yang mencantumkan semua layanan pengirim email Anda, dengan maksimal "
        "10 lookup."),
    reasons={
        "mail.spf.ok": tr("{domain} has one SPF record ending in {all}.",
                          "{domain} memiliki satu record SPF yang diakhiri {all}."),
        "mail.spf.redirect": tr("{domain} delegates its SPF policy to {target}.",
                                "{domain} mendelegasikan kebijakan SPF-nya ke {target}."),
        "mail.spf.neutral_all": tr(
            "The SPF record of {domain} ends in ?all, which protects nothing: {record}",
            "Record SPF {domain} diakhiri ?all sehingga tidak melindungi apa pun: {record}"),
        "mail.spf.no_all": tr("The SPF record of {domain} has no all mechanism: {record}",
                              "Record SPF {domain} tidak memiliki mekanisme all: {record}"),
        "mail.spf.too_many_lookups": tr(
            "The SPF record of {domain} needs {lookups} DNS lookups (more than {max}), so "
            "receivers may ignore it.",
            "Record SPF {domain} membutuhkan {lookups} lookup DNS (lebih dari {max}), "
            "sehingga server penerima bisa mengabaikannya."),
        "mail.spf.missing": tr("{domain} has no SPF record.",
                               "{domain} tidak memiliki record SPF."),
        "mail.spf.multiple": tr(
            "{domain} has {count} SPF records; receivers treat that as an error.",
            "{domain} memiliki {count} record SPF; server penerima menganggapnya kesalahan."),
        "mail.spf.pass_all": tr(
            "The SPF record of {domain} ends in {all}, which lets anyone send as you: {record}",
            "Record SPF {domain} diakhiri {all} sehingga siapa pun bisa mengirim atas nama "
            "Anda: {record}"),
    },
)


# -- mail.dmarc ----------------------------------------------------------------------------


def dmarc_tags(record: str) -> dict[str, str]:
    """Tag-value pairs of a DMARC record, names lower-cased (RFC 7489 section 6.4)."""
    tags: dict[str, str] = {}
    for part in record.split(";"):
        name, sep, value = part.partition("=")
        if sep:
            tags.setdefault(name.strip().lower(), value.strip())
    return tags


def _is_dmarc1(record: str) -> bool:
    """v=DMARC1 must be the first tag, and its value is case-sensitive (RFC 7489 6.4)."""
    name, _, value = record.split(";", 1)[0].partition("=")
    return name.strip().lower() == "v" and value.strip() == "DMARC1"


@for_asset
def _dmarc(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    records, mail, failed = _records(facts, "dmarc")
    if failed:
        return failed
    texts = [r for r in records if isinstance(r, str)]
    dmarc = [r for r in texts if _is_dmarc1(r)]
    values: dict[str, Any] = {"domain": _domain(mail, asset),
                              "count": len(dmarc), "record": "; ".join(texts)}
    evidence = {"dmarc": texts}
    if not texts:
        return Outcome("fail", "mail.dmarc.missing", values, evidence)
    if not dmarc:
        return Outcome("fail", "mail.dmarc.not_dmarc1", values, evidence)
    if len(dmarc) > 1:  # RFC 7489 section 6.6.3: several records means no DMARC at all
        return Outcome("fail", "mail.dmarc.multiple", values, evidence)
    tags = dmarc_tags(dmarc[0])
    policy = tags.get("p", "").lower()
    pct_text = tags.get("pct", "")
    pct = int(pct_text) if pct_text.isdigit() else DMARC_FULL_PCT  # invalid pct is ignored
    values.update(record=dmarc[0], policy=policy or "-", pct=pct)
    if policy not in DMARC_POLICIES:
        return Outcome("fail", "mail.dmarc.no_policy", values, evidence)
    if policy == "none":
        return Outcome("warn", "mail.dmarc.monitor_only", values, evidence)
    if pct < DMARC_FULL_PCT:
        return Outcome("warn", "mail.dmarc.partial_pct", values, evidence)
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
        "Publish a TXT record at _dmarc.<domain>: start with `v=DMARC1; p=none; rua=mailto:...` "
        "to collect reports, then move to p=quarantine and p=reject with pct=100.",
        "Pasang record TXT di _dmarc.<domain>: mulai dengan `v=DMARC1; p=none; rua=mailto:...` "
        "untuk mengumpulkan laporan, lalu naikkan ke p=quarantine dan p=reject dengan pct=100."),
    reasons={
        "mail.dmarc.ok": tr("{domain} enforces DMARC: p={policy}, pct={pct}.",
                            "{domain} menerapkan DMARC: p={policy}, pct={pct}."),
        "mail.dmarc.monitor_only": tr(
            "{domain} has DMARC p=none: forged mail is reported but still delivered.",
            "DMARC {domain} masih p=none: email palsu hanya dilaporkan, tetap terkirim."),
        "mail.dmarc.partial_pct": tr(
            "{domain} applies DMARC p={policy} to only {pct}% of mail.",
            "{domain} menerapkan DMARC p={policy} hanya pada {pct}% email."),
        "mail.dmarc.missing": tr("{domain} has no DMARC record.",
                                 "{domain} tidak memiliki record DMARC."),
        "mail.dmarc.not_dmarc1": tr(
            "The record at _dmarc.{domain} does not start with v=DMARC1: {record}",
            "Record di _dmarc.{domain} tidak diawali v=DMARC1: {record}"),
        "mail.dmarc.multiple": tr(
            "{domain} has {count} DMARC records; receivers then ignore DMARC.",
            "{domain} memiliki {count} record DMARC, sehingga server penerima mengabaikan DMARC."),
        "mail.dmarc.no_policy": tr("The DMARC record of {domain} has no valid p= policy: "
                                   "{record}",
                                   "Record DMARC {domain} tidak memiliki kebijakan p= yang valid: "
                                   "{record}"),
    },
)


CHECKS: tuple[CheckSpec, ...] = (MX, SPF, DMARC)

"""Impersonation watch: registered lookalikes of the engagement's main domains.

Facts come from audit/probes/lookalikes.py (dnstwist permutations resolved in DNS); the
consultant's marks (the client's own / handled / open) come in through ctx.lookalike_marks
so a re-audit keeps them. A lookalike that serves a website (A/AAAA) or receives mail (MX)
and is not marked fails; one that is only registered warns; nothing found passes only when
DNS answered for every permutation tried.
"""

from __future__ import annotations

from typing import Any

from audit.models import Asset
from checks.base import (
    CheckSpec,
    Context,
    Facts,
    Outcome,
    as_dict,
    as_list,
    as_str,
    probe_facts,
    tr,
)

CLEARED_MARKS = ("own", "handled")  # the client's own domain, or reported / taken down
MAX_NAMED = 10  # domains named in a sentence; the evidence keeps every one


def serves(entry: Any) -> list[str]:
    """What a found lookalike serves: "website" (an address) and/or "mail" (MX)."""
    data = as_dict(entry)
    return [label for label, key in (("website", "a"), ("mail", "mx")) if as_list(data.get(key))]


def _named(entries: list[dict]) -> str:
    """The first few domains by name; the evidence keeps every one."""
    names = [entry["domain"] for entry in entries[:MAX_NAMED]]
    more = len(entries) - MAX_NAMED
    return ", ".join(names) + (f" (+{more})" if more > 0 else "")


def _lookalikes(facts: Facts, asset: Asset | None, ctx: Context) -> Outcome:
    data, failed = probe_facts(facts, "lookalikes")
    if failed:
        return failed
    domains = [as_str(d) for d in as_list(data.get("domains"))]
    if not domains:
        return Outcome("not_applicable", "presence.lookalike_domains.no_domains")
    found = [dict(as_dict(e)) for e in as_list(data.get("found"))
             if as_str(as_dict(e).get("domain"))]
    for entry in found:
        entry["mark"] = ctx.lookalike_marks.get(entry["domain"], "open")
    open_ = [e for e in found if e["mark"] not in CLEARED_MARKS
             and e["domain"] not in ctx.own_domains]
    serving = [e for e in open_ if serves(e)]
    checked = int(data.get("checked") or 0)
    unanswered = int(data.get("unanswered_count") or 0)
    evidence = {"domains": domains, "checked": checked, "generated": data.get("generated"),
                "unanswered": unanswered, "found": found, "limits": data.get("limits")}
    values = {"domains": ", ".join(domains), "checked": checked, "count": len(open_),
              "unanswered": unanswered, "cleared": len(found) - len(open_)}
    if serving:
        return Outcome("fail", "presence.lookalike_domains.serving",
                       {**values, "count": len(serving), "list": _named(serving),
                        "web": sum("website" in serves(e) for e in serving),
                        "mail": sum("mail" in serves(e) for e in serving)}, evidence)
    if open_:
        return Outcome("warn", "presence.lookalike_domains.registered",
                       {**values, "list": _named(open_)}, evidence)
    if unanswered:
        return Outcome("unknown", "presence.lookalike_domains.unanswered", values, evidence)
    if found:
        return Outcome("pass", "presence.lookalike_domains.all_cleared", values, evidence)
    return Outcome("pass", "presence.lookalike_domains.none", values, evidence)


LOOKALIKE_DOMAINS = CheckSpec(
    id="presence.lookalike_domains",
    dimension="presence",
    severity="medium",
    scope="organization",
    needs=("lookalikes",),
    evaluate=_lookalikes,
    title=tr("No unhandled lookalike domains", "Penanganan domain tiruan"),
    why=tr(
        "In a crisis, impostor sites and mailboxes on lookalike domains multiply the damage: "
        "angry customers are sent fake statements, refund forms and phishing mail that read "
        "as the brand's own.",
        "Saat krisis, situs dan kotak email palsu di domain tiruan memperbesar kerusakan: "
        "pelanggan yang marah menerima pernyataan palsu, formulir refund, dan email phishing "
        "yang seolah-olah dari brand sendiri.",
    ),
    fix=tr(
        "For each lookalike found: if it is yours, mark it as the client's own; otherwise "
        "report it to the registrar and hosting provider (and PANDI for .id names), keep the "
        "evidence, and mark it handled with a note. Register the most likely typos yourself.",
        "Untuk setiap domain tiruan yang ditemukan: jika milik klien, tandai sebagai milik "
        "sendiri; jika bukan, laporkan ke registrar dan penyedia hosting (dan PANDI untuk "
        "domain .id), simpan buktinya, lalu tandai sudah ditangani beserta catatannya. "
        "Daftarkan sendiri salah ketik yang paling mungkin.",
    ),
    reasons={
        "presence.lookalike_domains.serving": tr(
            "Lookalike domains live and not marked: {list} ({web} with a website, {mail} "
            "receiving mail).",
            "Domain tiruan yang aktif dan belum ditandai: {list} ({web} dengan situs web, "
            "{mail} menerima email).",
        ),
        "presence.lookalike_domains.registered": tr(
            "Lookalike domains registered, with no website and no mail yet: {list}.",
            "Domain tiruan sudah terdaftar, belum ada situs web maupun email: {list}.",
        ),
        "presence.lookalike_domains.unanswered": tr(
            "No lookalike found among {checked} permutations of {domains}, but DNS gave no "
            "answer for {unanswered} of them, so they could not be ruled out.",
            "Tidak ada domain tiruan di antara {checked} variasi {domains}, tetapi DNS tidak "
            "menjawab untuk {unanswered} di antaranya, jadi belum dapat dinilai.",
        ),
        "presence.lookalike_domains.all_cleared": tr(
            "Every lookalike of {domains} found is marked as the client's own or handled "
            "({cleared}).",
            "Semua domain tiruan {domains} yang ditemukan sudah ditandai milik sendiri atau "
            "sudah ditangani ({cleared}).",
        ),
        "presence.lookalike_domains.none": tr(
            "None of {checked} permutations of {domains} is registered.",
            "Tidak ada satu pun dari {checked} variasi {domains} yang terdaftar.",
        ),
        "presence.lookalike_domains.no_domains": tr(
            "No main domain to watch (no website or email domain in the inventory).",
            "Tidak ada domain utama untuk dipantau (belum ada situs web atau domain email di "
            "inventaris).",
        ),
    },
)

CHECKS: tuple[CheckSpec, ...] = (LOOKALIKE_DOMAINS,)

"""Campaign coordination checks (CHECKS.md "Coordination — campaigns"): organisation-level,
judged from the engagement's campaign records, not from a yes/no answer.

The runner passes the records as facts["campaigns"] (audit.campaigns.model.campaign_facts):
one dict per campaign with its launch and end dates (ISO), its channels (asset_id, channel,
holder, state = not_briefed / briefed / acknowledged) and FAQ counts. Both checks look only
at campaigns in the window on the run's date; with none there they are not_applicable and
crisis.campaign_comms stands alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from audit.models import Asset
from checks.base import CheckSpec, Context, Facts, Outcome, as_day, as_dict, as_list, as_str, tr

# CHECKS.md: a campaign that launches within 14 days or is live is in the window, and one
# launching within 3 days with an unbriefed channel fails like a live one.
WINDOW_DAYS = 14
URGENT_DAYS = 3


def _in_window(campaigns: Any, today: date) -> list[Mapping[str, Any]]:
    """The campaigns live on `today` or launching within WINDOW_DAYS (malformed ones skipped)."""
    found = []
    for item in as_list(campaigns):
        campaign = as_dict(item)
        launch, end = as_day(campaign.get("launch")), as_day(campaign.get("end"))
        if launch is None:
            continue
        end = end or launch
        if (launch - today).days <= WINDOW_DAYS and end >= today:
            found.append(campaign)
    return found


def _channels(campaign: Mapping[str, Any], state: str) -> list[dict[str, str]]:
    return [{"asset_id": as_str(c.get("asset_id")), "channel": as_str(c.get("channel")),
             "holder": as_str(c.get("holder"))}
            for c in map(as_dict, as_list(campaign.get("channels")))
            if as_str(c.get("state")) == state]


def _named(rows: list[dict[str, str]]) -> str:
    """asset ids with their holders: "wa-cs (Andi Pratama), ig-main (no holder)"."""
    return ", ".join(f"{r['asset_id']} ({r['holder'] or '-'})" for r in rows)


def _briefing_coverage(facts: Facts, asset: Asset | None, ctx: Context) -> Outcome:
    """Worst campaign first: an unbriefed channel when it is too late, then one briefed
    too little, then briefs not yet acknowledged."""
    campaigns = _in_window(as_dict(facts).get("campaigns"), ctx.today)
    if not campaigns:
        return Outcome("not_applicable", "campaign.briefing_coverage.no_campaign",
                       {"days": WINDOW_DAYS})
    evidence, late, early, unacknowledged, empty = [], [], [], [], []
    total = 0
    for campaign in campaigns:
        name, launch = as_str(campaign.get("name")), as_day(campaign.get("launch"))
        unbriefed = _channels(campaign, "not_briefed")
        briefed = _channels(campaign, "briefed")
        count = len(as_list(campaign.get("channels")))
        total += count
        evidence.append({"campaign": name, "launch": launch.isoformat(), "channels": count,
                         "unbriefed": unbriefed, "not_acknowledged": briefed})
        values = {"campaign": name, "launch": launch.isoformat(), "total": count}
        if not count:
            empty.append(values)
        elif unbriefed and (launch - ctx.today).days <= URGENT_DAYS:
            live = launch <= ctx.today
            late.append({**values, "live": live, "count": len(unbriefed),
                         "channels": _named(unbriefed)})
        elif unbriefed:
            early.append({**values, "count": len(unbriefed), "channels": _named(unbriefed)})
        elif briefed:
            unacknowledged.append({**values, "count": len(briefed), "channels": _named(briefed)})
    shown = {"campaigns": evidence}
    if late:
        worst = late[0]
        reason = "live" if worst.pop("live") else "imminent"
        return Outcome("fail", f"campaign.briefing_coverage.unbriefed_{reason}", worst, shown)
    if empty:
        return Outcome("unknown", "campaign.briefing_coverage.no_channels", empty[0], shown)
    if early:
        return Outcome("warn", "campaign.briefing_coverage.unbriefed_early", early[0], shown)
    if unacknowledged:
        return Outcome("warn", "campaign.briefing_coverage.not_acknowledged", unacknowledged[0],
                       shown)
    return Outcome("pass", "campaign.briefing_coverage.acknowledged",
                   {"campaigns": len(campaigns), "total": total}, shown)


def _faq_ready(facts: Facts, asset: Asset | None, ctx: Context) -> Outcome:
    """Every campaign in the window has a FAQ, and every question an approved reply."""
    campaigns = _in_window(as_dict(facts).get("campaigns"), ctx.today)
    if not campaigns:
        return Outcome("not_applicable", "campaign.faq_ready.no_campaign", {"days": WINDOW_DAYS})
    evidence, missing, partial = [], [], []
    for campaign in campaigns:
        name = as_str(campaign.get("name"))
        faq = as_dict(campaign.get("faq"))
        questions, answered = faq.get("questions"), faq.get("answered")
        questions = questions if isinstance(questions, int) else 0
        answered = answered if isinstance(answered, int) else 0
        evidence.append({"campaign": name, "questions": questions, "answered": answered})
        if not questions:
            missing.append({"campaign": name})
        elif answered < questions:
            partial.append({"campaign": name, "count": questions - answered,
                            "total": questions})
    shown = {"campaigns": evidence}
    if missing:
        return Outcome("fail", "campaign.faq_ready.missing", missing[0], shown)
    if partial:
        return Outcome("warn", "campaign.faq_ready.unanswered", partial[0], shown)
    return Outcome("pass", "campaign.faq_ready.ready",
                   {"campaigns": len(campaigns),
                    "total": sum(e["questions"] for e in evidence)}, shown)


_NO_CAMPAIGN = tr("No campaign is live or launches within {days} days.",
                  "Tidak ada kampanye yang sedang berjalan atau diluncurkan dalam {days} hari.")

CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec(
        id="campaign.briefing_coverage", dimension="governance", severity="critical",
        scope="organization", evaluate=_briefing_coverage,
        title=tr("Every channel holder has the campaign brief before launch",
                 "Setiap pengelola kanal mendapat brief kampanye sebelum peluncuran"),
        why=tr("A holder who first hears of a campaign from customers improvises; one rude "
               "reply, screenshotted, can travel further than the campaign itself.",
               "Pengelola kanal yang baru tahu soal kampanye dari pelanggan akan "
               "berimprovisasi; satu balasan ketus yang di-screenshot bisa menyebar lebih luas "
               "daripada kampanyenya."),
        fix=tr("Send each channel's brief pack (key messages, FAQ with approved answers, "
               "escalation contact) to its holder, record the briefing in Siaga and ask for an "
               "acknowledgement before launch.",
               "Kirim brief pack setiap kanal (pesan kunci, FAQ dengan jawaban yang sudah "
               "disetujui, kontak eskalasi) ke pengelolanya, catat di Siaga bahwa mereka sudah "
               "mendapat brief, dan minta konfirmasi sebelum peluncuran."),
        reasons={
            "campaign.briefing_coverage.no_campaign": _NO_CAMPAIGN,
            "campaign.briefing_coverage.unbriefed_live": tr(
                "Campaign \"{campaign}\" is live and {count} of its {total} channels were never "
                "briefed: {channels}.",
                "Kampanye \"{campaign}\" sedang berjalan dan {count} dari {total} kanalnya belum "
                "pernah mendapat brief: {channels}."),
            "campaign.briefing_coverage.unbriefed_imminent": tr(
                "Campaign \"{campaign}\" launches on {launch} and {count} of its {total} "
                "channels are not briefed: {channels}.",
                "Kampanye \"{campaign}\" diluncurkan pada {launch} dan {count} dari {total} "
                "kanalnya belum mendapat brief: {channels}."),
            "campaign.briefing_coverage.unbriefed_early": tr(
                "Campaign \"{campaign}\" launches on {launch}; {count} of its {total} channels "
                "are not briefed yet: {channels}.",
                "Kampanye \"{campaign}\" diluncurkan pada {launch}; {count} dari {total} "
                "kanalnya belum mendapat brief: {channels}."),
            "campaign.briefing_coverage.not_acknowledged": tr(
                "Campaign \"{campaign}\": every channel is briefed, but {count} of {total} "
                "holders have not acknowledged the brief: {channels}.",
                "Kampanye \"{campaign}\": semua kanal sudah mendapat brief, tetapi {count} dari "
                "{total} pengelola belum mengonfirmasi brief-nya: {channels}."),
            "campaign.briefing_coverage.no_channels": tr(
                "Campaign \"{campaign}\" lists no channels, so nobody can say who was briefed.",
                "Kampanye \"{campaign}\" tidak mencantumkan kanal, jadi tidak dapat dinilai "
                "siapa yang sudah mendapat brief."),
            "campaign.briefing_coverage.acknowledged": tr(
                "Every holder of the {total} channels in {campaigns} campaign(s) acknowledged "
                "the brief.",
                "Semua pengelola dari {total} kanal di {campaigns} kampanye sudah mengonfirmasi "
                "brief-nya."),
        },
    ),
    CheckSpec(
        id="campaign.faq_ready", dimension="governance", severity="high",
        scope="organization", evaluate=_faq_ready,
        title=tr("Each campaign has a FAQ with approved answers",
                 "Setiap kampanye punya FAQ dengan jawaban yang sudah disetujui"),
        why=tr("The same questions arrive on every channel within minutes of launch; without "
               "an approved answer each admin writes their own, and the answers contradict "
               "each other in public.",
               "Pertanyaan yang sama masuk di semua kanal beberapa menit setelah peluncuran; "
               "tanpa jawaban yang sudah disetujui, setiap admin menulis versinya sendiri dan "
               "jawabannya saling bertentangan di depan publik."),
        fix=tr("Write the likely questions (price, terms, stock, complaints) with an approved "
               "answer for each, and put them in every channel's brief pack.",
               "Tulis pertanyaan yang paling mungkin muncul (harga, syarat, stok, keluhan) "
               "beserta jawaban yang sudah disetujui, lalu masukkan ke brief pack setiap kanal."),
        reasons={
            "campaign.faq_ready.no_campaign": _NO_CAMPAIGN,
            "campaign.faq_ready.missing": tr(
                "Campaign \"{campaign}\" has no FAQ.",
                "Kampanye \"{campaign}\" belum punya FAQ."),
            "campaign.faq_ready.unanswered": tr(
                "Campaign \"{campaign}\": {count} of its {total} FAQ questions have no approved "
                "answer yet.",
                "Kampanye \"{campaign}\": {count} dari {total} pertanyaan FAQ belum punya "
                "jawaban yang disetujui."),
            "campaign.faq_ready.ready": tr(
                "{total} FAQ questions across {campaigns} campaign(s), each with an approved "
                "answer in the brief pack.",
                "{total} pertanyaan FAQ di {campaigns} kampanye, masing-masing dengan jawaban "
                "yang sudah disetujui di brief pack."),
        },
    ),
)

"""The first-hour checklist, generated from the inventory and the answers when an incident opens.

Pure: assets, answers and the engagement's approved holding statement in, steps out. Every
step has a stable id the CLI names it by (org.verify, tell.<asset_id>, ...), and its text is
rendered later from the step's kind and values, so one stored incident reads in either
language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from audit.i18n import t
from audit.incidents.model import Step
from audit.models import Answer, Asset

# The channels customers write to: every one needs its holder told, in the first hour.
CUSTOMER_FACING = ("social", "messaging", "listing", "email")
PAUSABLE = ("social", "listing")  # scheduled posts and ads run here
AUTO_REPLY = ("messaging", "email", "social")  # where an auto-reply can answer an angry post

# Longest text one post or message may hold, per platform (characters). Sources: X help
# centre (280 for non-Premium posts), Threads (500), Instagram and TikTok captions (2,200),
# LinkedIn posts (3,000), Facebook posts (63,206), YouTube community posts (1,000 shown before
# "Read more"), Google Business Profile updates (1,500), WhatsApp Business API text (4,096),
# Telegram messages (4,096), LINE Official Account text messages (5,000).
LENGTH_LIMITS: Mapping[str, int] = {
    "x": 280, "threads": 500, "instagram": 2200, "tiktok": 2200, "linkedin": 3000,
    "facebook": 63206, "youtube": 1000, "google_business": 1500, "whatsapp": 4096,
    "telegram": 4096, "line": 5000,
}
ORG_FIRST = ("org.verify", "org.capture", "org.convene", "org.legal")
ORG_LAST = ("org.listen",)


def cut(text: str, limit: int | None) -> str:
    """The statement fitted to a platform's limit, cut at a word and marked with an ellipsis."""
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head:
        head = head[: head.rfind(" ")]
    return head.rstrip(" ,.;:") + "…"


def wa_link(phone: str) -> str:
    """A wa.me link for a phone number as people write it (0812…, +62 812-…); "" if none."""
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("0"):
        digits = "62" + digits[1:]  # an Indonesian national number
    return f"https://wa.me/{digits}" if 8 <= len(digits) <= 15 else ""


def escalation_contact(answers: Mapping[str, Answer]) -> str:
    """Who to convene: the note or evidence given with the escalation question."""
    answer = answers.get("crisis.escalation")
    return (answer.note or answer.evidence).strip() if answer else ""


def first_hour_steps(assets: Sequence[Asset], answers: Mapping[str, Answer], tier: int,
                     statement: str) -> list[Step]:
    """Every step of the first hour: the organisation's, then each channel's in inventory
    order (primary channels first)."""
    channels = sorted((a for a in assets if a.kind in CUSTOMER_FACING),
                      key=lambda a: a.importance != "primary")
    steps = [Step(step_id, step_id, values=_org_values(step_id, answers))
             for step_id in ORG_FIRST if step_id != "org.legal" or tier == 1]
    for asset in channels:
        channel = asset.name or asset.handle or asset.asset_id
        holder = {"channel": channel, "platform": asset.platform, "holder": asset.owner,
                  "backup": asset.backup_owner, "phone": asset.owner_phone,
                  "wa": wa_link(asset.owner_phone) or wa_link(asset.backup_phone)}
        steps.append(Step(f"tell.{asset.asset_id}", "tell", asset.asset_id, holder))
        if asset.kind in PAUSABLE:
            steps.append(Step(f"pause.{asset.asset_id}", "pause", asset.asset_id,
                              {"channel": channel}))
        if asset.kind in AUTO_REPLY:
            steps.append(Step(f"autoreply.{asset.asset_id}", "autoreply", asset.asset_id,
                              {"channel": channel}))
        limit = LENGTH_LIMITS.get(asset.platform)
        steps.append(Step(f"statement.{asset.asset_id}", "statement", asset.asset_id,
                          {"channel": channel, "limit": limit or 0,
                           "text": cut(statement, limit)}))
    steps += [Step(step_id, step_id) for step_id in ORG_LAST]
    return steps


def _org_values(step_id: str, answers: Mapping[str, Answer]) -> dict[str, str]:
    if step_id == "org.convene":
        return {"contact": escalation_contact(answers)}
    return {}


def step_text(step: Step, lang: str) -> str:
    """The step as a sentence in `lang` (the statement's own text is shown beside it)."""
    values = step.values
    if step.kind == "tell":
        if not values.get("holder"):
            return t("incident.step.tell_nobody", lang, channel=values.get("channel", ""))
        return t("incident.step.tell", lang, holder=values["holder"],
                 phone=values.get("phone") or t("incident.no_phone", lang),
                 channel=values.get("channel", ""), wa=values.get("wa", "")).rstrip()
    if step.kind == "org.convene" and not values.get("contact"):
        return t("incident.step.org.convene_nobody", lang)
    if step.kind == "statement" and not values.get("limit"):
        return t("incident.step.statement_nolimit", lang, channel=values.get("channel", ""))
    return t(f"incident.step.{step.kind}", lang, **values)

"""Campaign and briefing records, and the pure rules the page, the tracker and the checks share.

A briefing is one campaign x channel: who holds the channel, when they were briefed, by
whom and how, and when they acknowledged the brief. A channel with no briefing record is
simply not briefed yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from audit import platforms
from audit.i18n import Explained, t
from audit.models import Asset

# SPEC section 9 names meeting, email and WhatsApp; a phone call and "other" happen too.
METHODS = ("meeting", "email", "whatsapp", "phone", "other")
STATES = ("not_briefed", "briefed", "acknowledged")
# Where customers ask questions and someone answers in the brand's name (the default
# channel list): social accounts, chat numbers, marketplace listings and the mail domain.
# A website only publishes; its contact form lands in one of these.
CUSTOMER_FACING_KINDS = frozenset({"social", "messaging", "listing", "email"})
# A campaign saved without an end date is treated as running this long after launch: a
# typical promo period, so an old open-ended campaign leaves the checks' window.
OPEN_ENDED_DAYS = 30


class CampaignError(Explained, ValueError):
    """Invalid campaign input, explained in the user's language (the CLI exits 2)."""


@dataclass
class FaqEntry:
    question: str
    answer: str = ""  # the approved reply; blank until it is approved


@dataclass
class Campaign:
    id: int
    engagement_id: int
    name: str
    launch: date
    end: date | None = None
    owner: str = ""  # the marketing PIC
    agency: str = ""
    channels: list[str] = field(default_factory=list)  # asset ids
    key_messages: list[str] = field(default_factory=list)
    faq: list[FaqEntry] = field(default_factory=list)
    escalation: str = ""  # who to call when a question or complaint goes beyond the FAQ
    notes: str = ""

    @property
    def ends(self) -> date:
        """The last day of the campaign (launch + OPEN_ENDED_DAYS when no end was given)."""
        return self.end or self.launch + timedelta(days=OPEN_ENDED_DAYS)

    def phase(self, today: date) -> str:
        """upcoming, live or ended on `today`."""
        if today < self.launch:
            return "upcoming"
        return "live" if today <= self.ends else "ended"

    def days_to_launch(self, today: date) -> int:
        return (self.launch - today).days


@dataclass
class Briefing:
    campaign_id: int
    asset_id: str
    holder: str = ""
    briefed_on: date | None = None
    briefed_by: str = ""
    method: str = ""
    acknowledged_on: date | None = None
    note: str = ""

    @property
    def state(self) -> str:
        if self.acknowledged_on:
            return "acknowledged"
        return "briefed" if self.briefed_on else "not_briefed"


@dataclass
class Channel:
    """One row of a campaign's matrix: the channel, its holder and its briefing."""

    asset_id: str
    label: str  # platform and name, as a holder recognises the channel
    holder: str
    phone: str  # the PIC's contact (phone or email) from the inventory
    briefing: Briefing
    platform: str = ""  # the asset's platform id, so the label reads in either language

    @property
    def state(self) -> str:
        return self.briefing.state

    def label_in(self, lang: str) -> str:
        """The label with the platform named in `lang` ("Situs web: Situs utama")."""
        platform = platforms.PLATFORMS.get(self.platform)
        prefix = f"{platform.label}: " if platform else ""
        if platform is None or not self.label.startswith(prefix):
            return self.label
        return f"{platform.label_in(lang)}: {self.label[len(prefix):]}"


@dataclass
class CampaignView:
    """A campaign with its channels x briefing state, as the report and the page show it."""

    campaign: Campaign
    channels: list[Channel]


def default_channels(assets: Iterable[Asset]) -> list[str]:
    """Every customer-facing asset, in inventory order."""
    return [a.asset_id for a in assets if a.kind in CUSTOMER_FACING_KINDS]


def default_holder(asset: Asset | None) -> str:
    """The asset's PIC and backup, as the inventory names them."""
    if asset is None:
        return ""
    names = [n for n in (asset.owner.strip(), asset.backup_owner.strip()) if n]
    if len(names) == 2 and names[0].casefold() == names[1].casefold():
        names = names[:1]
    return " / ".join(names)


def channel_label(asset: Asset | None, asset_id: str) -> str:
    if asset is None:
        return asset_id
    platform = platforms.PLATFORMS.get(asset.platform)
    name = asset.name or asset.handle or asset.url or asset.asset_id
    return f"{platform.label if platform else asset.platform}: {name}"


def channels(campaign: Campaign, briefings: Iterable[Briefing],
             assets: Sequence[Asset]) -> list[Channel]:
    """The campaign's channels in its order, each with its briefing (blank when none)."""
    by_asset = {a.asset_id: a for a in assets}
    recorded = {b.asset_id: b for b in briefings if b.campaign_id == campaign.id}
    rows = []
    for asset_id in campaign.channels:
        asset = by_asset.get(asset_id)
        briefing = recorded.get(asset_id) or Briefing(campaign.id, asset_id)
        rows.append(Channel(asset_id, channel_label(asset, asset_id),
                            briefing.holder or default_holder(asset),
                            asset.owner_contact if asset else "", briefing,
                            asset.platform if asset else ""))
    return rows


def campaign_facts(campaigns: Iterable[Campaign], briefings: Iterable[Briefing],
                   assets: Sequence[Asset]) -> list[dict[str, Any]]:
    """The campaign records as plain JSON data: the facts checks/campaign.py judges."""
    briefings = list(briefings)
    return [{
        "name": c.name,
        "launch": c.launch.isoformat(),
        "end": c.ends.isoformat(),
        "channels": [{"asset_id": ch.asset_id, "channel": ch.label, "holder": ch.holder,
                      "state": ch.state} for ch in channels(c, briefings, assets)],
        "faq": {"questions": len(c.faq),
                "answered": sum(1 for f in c.faq if f.answer.strip())},
    } for c in campaigns]


def campaign_phase(campaign: Campaign, today: date, lang: str) -> str:
    """The countdown in words: launches in N days, launches today, live until, ended on."""
    phase = campaign.phase(today)
    if phase == "upcoming":
        return t("campaigns.phase.upcoming", lang, days=campaign.days_to_launch(today))
    if phase == "live" and campaign.launch == today:
        return t("campaigns.phase.today", lang)
    return t(f"campaigns.phase.{phase}", lang, end=campaign.ends.isoformat())


def state_counts(rows: Iterable[Channel]) -> Mapping[str, int]:
    """Channels per briefing state (every state present, zero included)."""
    counts = dict.fromkeys(STATES, 0)
    for row in rows:
        counts[row.state] += 1
    return counts


def validate(campaign: Campaign, assets: Sequence[Asset]) -> None:
    """Refuse a campaign with no name, an end before its launch, or unknown channels."""
    if not campaign.name.strip():
        raise CampaignError("campaigns.error.no_name")
    if campaign.end and campaign.end < campaign.launch:
        raise CampaignError("campaigns.error.end_before_launch", end=campaign.end.isoformat(),
                            launch=campaign.launch.isoformat())
    known = [a.asset_id for a in assets]
    unknown = [c for c in campaign.channels if c not in known]
    if unknown:
        raise CampaignError("campaigns.error.unknown_channels", ids=", ".join(unknown),
                            known=", ".join(known) or "-")
    if len(set(campaign.channels)) != len(campaign.channels):
        raise CampaignError("campaigns.error.repeated_channel")

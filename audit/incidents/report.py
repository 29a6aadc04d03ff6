"""The post-incident report: what happened when, how fast each channel answered, what was
late or missed, why it happened, and which Siaga findings made it worse.

Pure over an Incident and the engagement's latest findings; the workbook and PDF writers
only lay it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from audit.incidents.model import Incident, Step
from audit.report import Finding

# Findings that make an incident worse, as the seed's incident showed: channels nobody owns or
# was briefed, hijackable accounts, no prepared words and no way to escalate.
AGGRAVATING = ("gov.campaign_briefed", "gov.owner", "gov.backup_owner", "gov.monitored",
               "gov.response_sla", "gov.two_factor", "gov.shared_login",
               "campaign.briefing_coverage", "campaign.faq_ready", "crisis.holding_statements",
               "crisis.escalation", "crisis.approval_flow", "crisis.listening",
               "crisis.campaign_comms", "crisis.playbook", "crisis.training")


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    minutes: int  # since the incident opened
    what: str  # "opened", "step", "log", "contained", "closed"
    text_key: str  # a step kind, a log kind, or the status
    values: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ChannelResponse:
    asset_id: str
    channel: str
    first_minutes: int | None  # to the first step done for this channel; None = never


@dataclass
class PostIncident:
    incident: Incident
    timeline: list[TimelineEntry]
    responses: list[ChannelResponse]
    late: list[Step]  # done, but after the first hour
    missed: list[Step]  # never done
    recommendations: list[Finding]
    now: datetime  # the report's moment: the close time once closed


def _minutes(incident: Incident, at: datetime) -> int:
    return max(0, int((at - incident.opened_at).total_seconds() // 60))


def post_incident(incident: Incident, findings: Sequence[Finding], now: datetime,
                  ) -> PostIncident:
    """The report as of `now` (the close time once closed)."""
    end = incident.closed_at or now
    entries = [TimelineEntry(incident.opened_at, 0, "opened", "opened",
                             {"title": incident.title})]
    entries += [TimelineEntry(s.done_at, _minutes(incident, s.done_at), "step", s.kind,
                              {**s.values, "by": s.done_by, "note": s.note})
                for s in incident.steps if s.done_at]
    entries += [TimelineEntry(e.at, _minutes(incident, e.at), "log", e.kind,
                              {"text": e.text, "by": e.by}) for e in incident.log]
    if incident.closed_at:
        entries.append(TimelineEntry(incident.closed_at, _minutes(incident, incident.closed_at),
                                     "closed", "closed", {}))
    channels = {s.asset_id: s.values.get("channel", s.asset_id)
                for s in incident.steps if s.asset_id}
    responses = []
    for asset_id, channel in channels.items():
        done = [s.done_at for s in incident.steps if s.asset_id == asset_id and s.done_at]
        responses.append(ChannelResponse(asset_id, str(channel),
                                         _minutes(incident, min(done)) if done else None))
    in_incident = set(channels)
    recommendations = [f for f in findings if f.state == "open" and f.check_id in AGGRAVATING
                       and (not f.asset_id or f.asset_id in in_incident)]
    return PostIncident(
        incident=incident, timeline=sorted(entries, key=lambda e: e.at),
        responses=responses,
        late=[s for s in incident.steps if s.done_at and s.late(incident.opened_at, end)],
        missed=[s for s in incident.steps if not s.done_at], recommendations=recommendations,
        now=end)

"""The expiry calendar: certificate and domain expiries of the latest run and campaign
launches, as iCalendar.

The quietest outages are a certificate or a domain that lapses during a campaign, so every
date the run saw becomes an all-day event with reminders 30 and 7 days before (the
certificate monitors' warn and alarm points, CHECKS.md web.tls_expiry). The file is written
by icalendar (a kept library) and re-imports as updates: each event's UID is stable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from audit.i18n import t
from audit.models import Asset, Result
from audit.report import Report

ALARM_DAYS = (30, 7)
# Check id -> event kind, for the checks whose values carry the expiry date.
EXPIRY_CHECKS = {"web.tls_expiry": "certificate", "domain.expiry": "domain"}


@dataclass(frozen=True)
class CalendarEvent:
    day: date
    kind: str  # "certificate", "domain" or "campaign"
    subject: str  # the host, the domain or the campaign's name
    asset_id: str = ""

    @property
    def uid(self) -> str:
        return f"{self.kind}-{self.subject}-{self.asset_id}@siaga".replace(" ", "_")

    def title(self, lang: str) -> str:
        return t(f"watch.calendar.event.{self.kind}", lang, subject=self.subject)


def expiry_events(results: list[Result], assets: list[Asset]) -> list[CalendarEvent]:
    """One event per certificate and per registrable domain, sorted by date."""
    names = {a.asset_id: a for a in assets}
    events: dict[tuple[str, str], CalendarEvent] = {}
    for result in results:
        kind = EXPIRY_CHECKS.get(result.check_id)
        day = _day(result.values.get("date")) if kind else None
        if day is None:
            continue
        subject = str(result.values.get("host") or result.values.get("domain") or "")
        if not subject:
            asset = names.get(result.asset_id)
            subject = (asset.name or asset.url or asset.asset_id) if asset else result.asset_id
        events.setdefault((kind, subject), CalendarEvent(day, kind, subject, result.asset_id))
    return sorted(events.values(), key=lambda e: (e.day, e.kind, e.subject))


def report_events(report: Report) -> list[CalendarEvent]:
    """The report's expiries and its campaigns' launch days, soonest first."""
    launches = [CalendarEvent(view.campaign.launch, "campaign", view.campaign.name)
                for view in report.campaigns]
    return sorted([*expiry_events(report.results, report.assets), *launches],
                  key=lambda e: (e.day, e.kind, e.subject))


def calendar_ics(events: list[CalendarEvent], engagement: str, lang: str,
                 stamp: datetime) -> bytes:
    """The events as an .ics file with a 30- and a 7-day reminder on each."""
    cal = Calendar()
    cal.add("prodid", "-//Siaga//expiry calendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", t("watch.calendar.name", lang, engagement=engagement))
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.title(lang))
        event.add("description", t(f"watch.calendar.why.{item.kind}", lang))
        for days in ALARM_DAYS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(days=-days))
            alarm.add("description", t("watch.calendar.alarm", lang, days=days,
                                       title=item.title(lang)))
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None

"""An incident, its steps and its log, as stored per engagement."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

TIERS = (1, 2, 3)  # 1 severe, 2 moderate, 3 contained (SPEC section 10)
STATUSES = ("open", "contained", "closed")
ROOT_CAUSES = ("coordination", "assets", "users")  # the seed's three families
LOG_KINDS = ("event", "decision", "statement", "reply")
LATE_AFTER = timedelta(minutes=60)  # a first-hour step not done by then is late


@dataclass
class Step:
    """One checklist step; its text is rendered from `kind` and `values` in either language."""

    step_id: str  # stable: "org.verify", "tell.<asset_id>", ... (the CLI names steps by it)
    kind: str  # org.verify, org.capture, org.convene, org.legal, org.listen, tell, pause,
    #            autoreply, statement
    asset_id: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    done_at: datetime | None = None
    done_by: str = ""
    note: str = ""

    def late(self, opened_at: datetime, now: datetime) -> bool:
        """Not done within the first hour (done after it, or still open past it)."""
        due = opened_at + LATE_AFTER
        return (self.done_at or now) > due

    def state(self, opened_at: datetime, now: datetime, closed: bool) -> str:
        """done, late (done after the first hour, or still open past it), open, or missed
        (never done in an incident now closed)."""
        if self.done_at is None and closed:
            return "missed"
        if self.late(opened_at, now):
            return "late"
        return "done" if self.done_at else "open"


@dataclass
class LogEntry:
    at: datetime
    text: str
    kind: str = "event"
    by: str = ""


@dataclass
class Incident:
    title: str
    tier: int
    opened_at: datetime
    id: int = 0  # per engagement; 0 until stored
    origin_url: str = ""
    origin_platform: str = ""
    origin_author: str = ""
    screenshot: bytes | None = None
    campaign: str = ""
    status: str = "open"
    drill: bool = False
    closed_at: datetime | None = None
    root_causes: list[str] = field(default_factory=list)
    root_cause_note: str = ""
    steps: list[Step] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)

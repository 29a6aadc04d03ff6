"""Domain types shared by every layer: plain dataclasses, no I/O."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

STATUSES = ("pass", "warn", "fail", "unknown", "error", "not_applicable")
TRISTATE = ("yes", "no", "unknown")
ANSWERS = ("yes", "partial", "no", "unknown")
IMPORTANCE = ("primary", "secondary")
KINDS = ("social", "website", "email", "messaging", "listing")
RUN_STATUSES = ("running", "completed", "interrupted")
FINDING_STATES = ("open", "accepted", "fixed")

# Inventory columns, in the order of the intake template and the exported Inventory sheet.
ASSET_COLUMNS = (
    "asset_id", "platform", "name", "handle", "url", "owner", "owner_contact", "owner_phone",
    "department", "backup_owner", "backup_phone", "agency", "two_factor", "shared_login",
    "admins", "recovery_contact",
    "verified", "last_post", "monitored", "response_sla_hours", "campaign_briefed",
    "importance", "notes",
)
# Key of an inventory-editor row holding the Asset.token() it was loaded from.
LOADED = "_loaded"
ANSWER_COLUMNS = ("question_id", "answer", "note", "evidence", "verified")


@dataclass
class Asset:
    """One digital asset of the client, as in the inventory (SPEC section 3)."""

    asset_id: str
    platform: str
    name: str = ""
    handle: str = ""
    url: str = ""
    owner: str = ""
    owner_contact: str = ""
    owner_phone: str = ""  # the number to call in the first hour (the call sheet)
    department: str = ""
    backup_owner: str = ""
    backup_phone: str = ""
    agency: str = ""
    two_factor: str = "unknown"
    shared_login: str = "unknown"
    admins: int | None = None
    recovery_contact: str = ""
    verified: str = "unknown"
    last_post: date | None = None
    monitored: str = "unknown"
    response_sla_hours: float | None = None
    campaign_briefed: str = "unknown"
    importance: str = "secondary"
    notes: str = ""
    kind: str = ""

    def to_row(self) -> dict[str, Any]:
        # Every field is a str, number, date or None: a shallow copy is the row, and
        # asdict's deep copy was most of storing a 2,048-row inventory (bench/).
        return {name: getattr(self, name) for name in _ASSET_FIELDS}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Asset:
        return cls(**{k: v for k, v in row.items() if k in _ASSET_FIELD_SET})

    def version(self) -> str:
        """A fingerprint of the saved values: the editor sends back the version it loaded,
        so a row changed by another window or `siaga import` meanwhile is a conflict, not
        a silent overwrite. Content, not a clock, so it needs no schema change."""
        values = [getattr(self, c) for c in ASSET_COLUMNS]
        plain = ["" if v is None else v for v in values]
        return hashlib.sha256(json.dumps(plain, default=str).encode()).hexdigest()[:16]

    def token(self) -> str:
        """What an editor row remembers of the asset it was loaded from (see version)."""
        return f"{self.version()}:{self.asset_id}"


_ASSET_FIELDS = tuple(f.name for f in fields(Asset))
_ASSET_FIELD_SET = frozenset(_ASSET_FIELDS)


@dataclass(frozen=True)
class AssetChange:
    """One edit of the inventory editor: `base` is the token of the asset the row was loaded
    from (None for a new row), `new` the asset to save (None to delete it)."""

    base: str | None
    new: Asset | None


@dataclass(frozen=True)
class AssetConflict:
    """A change not applied because the stored asset moved on since the editor loaded it."""

    index: int  # position of the change in the change set
    asset_id: str
    code: str  # i18n key of the explanation


def split_token(token: str) -> tuple[str, str]:
    """(version, asset_id) of an Asset.token()."""
    version, _, asset_id = token.partition(":")
    return version, asset_id


@dataclass
class Engagement:
    """One audit of one client."""

    id: int
    name: str
    client: str = ""
    industry: str = ""
    domains: list[str] = field(default_factory=list)
    consultant: str = ""
    language: str = "en"
    created: datetime | None = None
    notes: str = ""
    archived: datetime | None = None  # hidden from the picker, kept in the database


@dataclass
class Answer:
    """An engagement-level questionnaire answer (crisis preparedness)."""

    question_id: str
    answer: str = ""  # "" = not answered yet; "unknown" = answered "don't know"
    note: str = ""
    evidence: str = ""
    verified: bool = False


@dataclass
class AssetEvidence:
    """Evidence behind one attested cell of one asset (audit/evidence.py), kept by (asset,
    check) across re-audits. `value` is the cell's value it verified."""

    asset_id: str
    check_id: str
    verified: bool = False
    verified_by: str = ""
    verified_at: datetime | None = None
    value: str = ""
    note: str = ""
    link: str = ""
    image_type: str = ""  # image/png, image/jpeg or image/webp; "" without an image
    image_size: int = 0  # bytes of the stored image (the bytes are fetched on their own)
    updated_at: datetime | None = None


@dataclass
class Run:
    id: int
    engagement_id: int
    started: datetime
    finished: datetime | None
    status: str
    settings: dict[str, Any] = field(default_factory=dict)
    tool_version: str = ""
    score: dict[str, Any] | None = None
    number: int = 0  # 1, 2, ... within the engagement: what people call "audit #N"


@dataclass
class Result:
    """One check outcome for one asset (asset_id '' for organization-level checks)."""

    asset_id: str
    check_id: str
    status: str
    reason: str
    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)
    observed_at: datetime | None = None
    duration_ms: float = 0.0


IMPOSTOR_STATUSES = ("live", "reported", "taken_down")  # reported = told the platform, still up
LOOKALIKE_MARKS = ("open", "own", "handled")


@dataclass
class Impostor:
    """A known impostor account or page the client reported, kept beside the inventory."""

    target: str  # handle or URL
    platform: str = ""
    first_seen: date | None = None
    reported_on: date | None = None
    status: str = "live"
    note: str = ""
    id: int = 0  # 0 until stored

    @property
    def is_live(self) -> bool:
        """Still up: a reported one stays live until the platform takes it down."""
        return self.status != "taken_down"


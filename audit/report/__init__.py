"""The scored view of one engagement that the CLI, app, JSON and workbook all read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from audit.campaigns.model import CampaignView
from audit.models import Answer, Asset, AssetEvidence, Engagement, Impostor, Result, Run

if TYPE_CHECKING:
    from audit.history import Comparison
    from audit.watch.lookalikes import LookalikeRow


@dataclass
class DimensionScore:
    id: str
    score: float | None  # 0-100; None when nothing in it could be scored
    coverage: float  # 0-1: scored weight / applicable weight
    weight: float  # dimension weight in the overall score
    min_score: float | None  # if every excluded check failed
    max_score: float | None  # if every excluded check passed


@dataclass
class Cap:
    check_id: str
    asset_id: str  # "" for the questionnaire
    band: str  # the band it caps at ("developing")
    count: int = 1  # how many critical failures would each set the cap
    binding: bool = True  # False when the score's own band is Developing or lower already


@dataclass
class Score:
    overall: float | None
    band: str | None  # vulnerable / developing / prepared / resilient
    coverage: float
    min_score: float | None
    max_score: float | None
    provisional: bool  # coverage below 70 %
    dimensions: dict[str, DimensionScore]
    cap: Cap | None
    verified_share: float  # share of attested weight resting on consultant-verified answers
    self_reported_share: float
    assets: dict[str, float | None] = field(default_factory=dict)  # per-asset score 0-100
    attested_share: float = 0.0  # share of all scored weight resting on attested checks
    unanswered_questions: int = 0  # questionnaire questions nobody answered yet
    unanswered_cells: int = 0  # attested inventory cells left blank
    # asset_id -> dimension -> score 0-100 (the dashboard heatmap); only dimensions it has
    asset_dimensions: dict[str, dict[str, float | None]] = field(default_factory=dict)


@dataclass
class Finding:
    asset_id: str  # "" for organisation-level (questionnaire) checks
    check_id: str
    status: str  # warn / fail / unknown (attested)
    severity: str
    dimension: str
    priority: float  # higher = fix first
    owner: str
    reason: str
    values: dict[str, Any]
    state: str = "open"  # open / accepted / fixed
    note: str = ""
    assignee: str = ""  # who fixes it (the action plan), kept across re-audits
    due: date | None = None  # by when; past it and not fixed, the finding is overdue
    kind: str = ""  # the asset's kind ("website", "email", ...): titles are worded per kind

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.due < today and self.state != "fixed"


@dataclass
class FindingGroup:
    """All findings from one check: one line a reader scans, expandable to its rows."""

    check_id: str
    severity: str
    dimension: str
    priority: float  # the highest priority among its findings
    findings: list[Finding]  # highest priority first

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def asset_ids(self) -> list[str]:
        return [f.asset_id for f in self.findings]

    @property
    def owners(self) -> list[str]:
        """Distinct owners in priority order, blanks left out."""
        return list(dict.fromkeys(f.owner for f in self.findings if f.owner))


@dataclass
class Report:
    engagement: Engagement
    run: Run | None
    assets: list[Asset]
    answers: dict[str, Answer]
    results: list[Result]
    score: Score
    findings: list[Finding]
    history: list[Run]  # completed/interrupted runs with their score snapshots, oldest first
    previous_run: Run | None = None  # the finished run before `run`, if any
    changes: Comparison | None = None  # `previous_run` -> `run`: fixed, new, still open
    groups: list[FindingGroup] = field(default_factory=list)  # `findings` grouped by check
    lookalikes: list[LookalikeRow] = field(default_factory=list)  # found, with today's marks
    impostors: list[Impostor] = field(default_factory=list)  # the client's known impostors
    campaigns: list[CampaignView] = field(default_factory=list)  # with their briefings
    # evidence behind asset attestations (audit/evidence.py), verified or not
    evidence: list[AssetEvidence] = field(default_factory=list)

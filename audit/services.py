"""Use cases shared by the CLI and the app: the only layer either of them calls.

Each function takes the Store first and returns plain objects; none prints or
draws. Long work (a run) happens in `run_audit` (blocking, CLI) or
`start_audit` (background thread, app) over the same Runner.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from audit import canary
from audit.campaigns import model as campaign_model
from audit.campaigns.model import (
    METHODS,
    STATES,
    Briefing,
    Campaign,
    CampaignError,
    Channel,
    FaqEntry,
    campaign_phase,
    state_counts,
)
from audit.demo import (
    DEMO_BASELINE_DAYS,
    DEMO_DRILL,
    DEMO_NAME,
    DEMO_OWN_LOOKALIKE,
    demo_answers,
    demo_assets,
    demo_campaign,
    demo_engagement_fields,
    demo_facts,
    demo_impostors,
    demo_organization_facts,
)
from audit.evidence import (
    ATTESTATIONS,
    EvidenceError,
    attested_value,
    check_image,
    check_link,
    in_inventory_order,
    verified_cells,
)
from audit.evidence import names as evidence_names
from audit.evidence import state as evidence_state
from audit.export.results_json import results_json
from audit.findings import build_findings, group_findings
from audit.history import Standing, compare_statuses, statuses
from audit.i18n import t
from audit.incidents.checklist import first_hour_steps
from audit.incidents.model import LOG_KINDS, ROOT_CAUSES, TIERS, Incident, LogEntry
from audit.incidents.report import PostIncident, post_incident
from audit.inventory import (
    ImportResult,
    RowError,
    read_answers,
    read_inventory,
    validate_rows,
    value_label,
)
from audit.models import (
    ASSET_COLUMNS,
    IMPOSTOR_STATUSES,
    LOADED,
    LOOKALIKE_MARKS,
    Answer,
    Asset,
    AssetChange,
    AssetEvidence,
    Engagement,
    Impostor,
    Result,
    Run,
)
from audit.platforms import get as get_platform
from audit.platforms import platform_ids
from audit.probes.config import ProbeSettings
from audit.report import Report
from audit.runner import DEFAULT_CONCURRENCY, DEFAULT_PER_HOST, Runner, RunState
from audit.scoring import latest, score
from audit.store import Store, StoreError
from audit.watch.lookalikes import LookalikeRow, lookalike_rows
from checks.base import Context
from checks.crisis import recent_drill
from checks.social import PROFILE_EXISTS

if TYPE_CHECKING:
    from audit.campaigns import pack as campaign_pack
    from audit.campaigns.tracker import FaqImport, TrackerImport
    from audit.export.template import write_template
    from audit.watch.calendar import CalendarEvent

# The writers of files (openpyxl, reportlab, icalendar) are imported where a file is made:
# `siaga audit` and every page that writes none do not pay ~1 s of imports on 2 busy cores
# (bench/, issue 15). The names stay reachable as before (services.TrackerImport, ...).
_LAZY = {"TrackerImport": "audit.campaigns.tracker", "FaqImport": "audit.campaigns.tracker",
         "write_template": "audit.export.template"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "ImportResult", "Store", "StoreError", "ProbeSettings", "RunState", "Report",
    "open_store", "allowed_hosts", "create_engagement", "load_demo", "import_inventory",
    "preview_inventory", "one_connection",
    "save_inventory", "SavedInventory", "save_answers", "import_answers", "run_audit",
    "start_audit",    "active_run", "cancel_run", "build_report", "export_workbook", "export_json",
    "intake_template", "set_finding_state", "compare", "write_template", "workbook_bytes",
    "set_language", "DEFAULT_CONCURRENCY", "DEFAULT_PER_HOST", "NothingToResume", "RecordRefused",
    "resumable_run", "ensure_engagement", "find_engagement", "get_engagement",
    "list_engagements", "list_assets", "list_answers", "list_runs", "preview_answers",
    "store_inventory",
    "export_pdf", "pdf_bytes", "set_logo", "get_logo", "set_finding_plan",
    "Campaign", "CampaignError", "Briefing", "Channel", "FaqEntry", "TrackerImport",
    "FaqImport", "add_campaign", "list_campaigns", "find_campaign", "update_campaign",
    "campaign_channels", "record_briefing", "tracker_workbook", "import_tracker", "read_faq",
    "brief_pack", "METHODS", "STATES", "campaign_phase", "state_counts", "add_demo_campaign",
    "active_engagements", "rename_engagement", "archive_engagement",
    "delete_engagement", "engagement_contents", "runs_matching",
    "run_canary", "canary_platforms", "CanaryRow",
    "EvidenceError", "ATTESTATIONS", "AssetEvidence", "save_asset_evidence",
    "list_asset_evidence", "evidence_image", "EvidenceRow", "evidence_rows",
    "attestation_names", "attestation_value",
]


@dataclass(frozen=True)
class CanaryRow:
    """One known account checked by the canary; `holds` None: could not be verified."""

    platform: str
    label: str
    handle: str
    expect: str  # "exists" | "missing"
    status: str
    reason: str
    detail: str
    holds: bool | None
    platform_state: str  # "holds" | "broken" | "unverified"


class NothingToResume(StoreError):
    """A resume was asked for, but the engagement's latest run is not interrupted."""


class RecordRefused(StoreError, ValueError):
    """A record refused as given (an impostor without its account), in either language."""


def open_store(path: str | Path | None = None, read_only: bool = False) -> Store:
    """Open (and migrate) the database; runs left 'running' by a dead process are closed.

    `read_only` for commands that only read: an existing file is opened without writing,
    so a read-only file, folder or disk still reads (a missing file is created as usual)."""
    store = Store(path)
    if read_only and store.path.is_file():
        store = Store(store.path, read_only=True)
        store.migrate()
        return store
    store.migrate()
    store.recover_interrupted()
    return store


def one_connection(store: Store) -> AbstractContextManager[None]:
    """Keep one connection open for this thread's calls in the block (each still its own
    transaction): a command's few quick steps then open the file once, not once a step
    (~15-50 ms each, with a checkpoint at every close). The file is locked meanwhile, so
    the block holds no network and no waiting on the user."""
    return store.holding()


def allowed_hosts(text: str) -> frozenset[str]:
    """Hosts exempt from the SSRF guard, from "a.internal, 10.0.0.5 [::1]" (the CLI's
    --allow-host values or the app's field): only these, the guard stays on for the rest."""
    return frozenset(h.strip("[]").rstrip(".").lower() for h in re.split(r"[\s,;]+", text)
                     if h.strip("[]"))


def create_engagement(store: Store, name: str, **fields: Any) -> Engagement:
    name = name.strip()
    if not name:
        raise StoreError("store.error.engagement_needs_name")
    return store.create_engagement(name, **fields)


def ensure_engagement(store: Store, name: str, language: str = "en") -> Engagement:
    """The named engagement, created (client named alike) when there is none yet."""
    return store.find_engagement(name.strip()) or create_engagement(store, name, client=name,
                                                                    language=language)


# Reads the CLI and the pages make, so neither calls the store itself (tests/test_layers.py).
def find_engagement(store: Store, name: str) -> Engagement | None:
    return store.find_engagement(name)


def get_engagement(store: Store, engagement_id: int) -> Engagement:
    return store.get_engagement(engagement_id)


def list_engagements(store: Store) -> list[Engagement]:
    return store.list_engagements()


def list_assets(store: Store, engagement_id: int) -> list[Asset]:
    return store.list_assets(engagement_id)


def list_answers(store: Store, engagement_id: int) -> dict[str, Answer]:
    return store.list_answers(engagement_id)


def list_runs(store: Store, engagement_id: int) -> list[Run]:
    return store.list_runs(engagement_id)


def active_engagements(store: Store) -> list[Engagement]:
    """The engagements the picker offers: every one not archived."""
    return [e for e in store.list_engagements() if e.archived is None]


def rename_engagement(store: Store, engagement_id: int, name: str) -> Engagement:
    name = name.strip()
    if not name:
        raise StoreError("store.error.engagement_needs_name")
    store.rename_engagement(engagement_id, name)
    return store.get_engagement(engagement_id)


def archive_engagement(store: Store, engagement_id: int, archived: bool = True) -> None:
    """Hide an engagement from the picker (or bring it back); nothing of it is deleted."""
    store.set_archived(engagement_id, archived)


# What deleting an engagement removes, in the words the confirmation uses; a table another
# capability adds is counted under its own name.
CONTENT_TABLES = ("assets", "runs", "results", "answers", "finding_states")


def engagement_contents(store: Store, engagement_id: int) -> dict[str, int]:
    """Rows per kind (assets, runs, results, answers, finding_states, ...) that go with it."""
    rows = store.engagement_rows(engagement_id)
    known = {t: rows.pop(t, 0) for t in CONTENT_TABLES}
    return {**known, **{t: n for t, n in sorted(rows.items()) if n}}


def delete_engagement(store: Store, engagement_id: int) -> None:
    """Delete the engagement and everything recorded for it; refused while a run is live."""
    store.delete_engagement(engagement_id)
    _ACTIVE.pop(engagement_id, None)


def runs_matching(store: Store, engagement_id: int, value: int) -> list[Run]:
    """The engagement's runs that `value` names: as its audit number (#1 is its first) or as
    a run's database id. Two when it names different runs both ways (ambiguous)."""
    runs = store.list_runs(engagement_id)
    found = [r for r in runs if r.number == value] + [r for r in runs if r.id == value]
    return list({r.id: r for r in found}.values())


def load_demo(store: Store) -> Engagement:
    """The fictional demo client, created once; loading it again just selects it."""
    engagement = store.find_engagement(DEMO_NAME)
    if engagement is not None and engagement.archived is not None:
        store.set_archived(engagement.id, False)  # asked for again: back in the picker
    if engagement is None:
        engagement = store.create_engagement(DEMO_NAME, **demo_engagement_fields())
        store.upsert_assets(engagement.id, demo_assets())
        store.set_lookalike_mark(engagement.id, DEMO_OWN_LOOKALIKE, "own",
                                 "Domain cadangan milik klien.")
        for impostor in demo_impostors():
            store.save_impostor(engagement.id, impostor)
        add_demo_campaign(store, engagement.id)
    if not store.list_runs(engagement.id):
        _record_demo_runs(store, engagement)
    return engagement


def add_demo_campaign(store: Store, engagement_id: int, today: date | None = None) -> None:
    """The demo's campaign (launching in a few days) and the briefings recorded so far."""
    campaign, briefings = demo_campaign(today)
    campaign.engagement_id = engagement_id
    saved = store.save_campaign(campaign)
    for briefing in briefings:
        briefing.campaign_id = saved.id
    store.save_briefings(briefings)


def _record_demo_runs(store: Store, engagement: Engagement) -> None:
    """Replay the demo's recorded facts: an intake audit 90 days ago, then today's.

    Recorded facts stand in for the network, so the demo needs none, and two runs let a
    new user see the trend and the run comparison at once."""
    def recorded(baseline: bool) -> Callable[..., dict]:
        return lambda asset, *_, **__: demo_facts(asset, baseline=baseline)

    store.save_answers(engagement.id, demo_answers(baseline=True))
    intake = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=DEMO_BASELINE_DAYS)
    Runner(store, ProbeSettings(), gather_facts=recorded(True), replayed_at=intake,
           gather_org=demo_organization_facts).run(engagement)
    store.save_answers(engagement.id, demo_answers())
    _record_demo_drill(store, engagement.id)
    Runner(store, ProbeSettings(), gather_facts=recorded(False),
           gather_org=demo_organization_facts).run(engagement)


def _record_demo_drill(store: Store, engagement_id: int) -> None:
    """A drill held after the intake, closed with a root cause: the incident desk's record
    and, from today's audit on, the verified evidence for crisis.simulation."""
    drill = DEMO_DRILL
    opened = _now().replace(second=0, microsecond=0) - timedelta(days=drill["days_ago"])
    store.set_holding_statement(engagement_id, drill["statement"])
    incident = open_incident(store, engagement_id, drill["title"], drill["tier"],
                             origin_url=drill["origin"], origin_platform="x", drill=True,
                             campaign=drill["campaign"], opened_at=opened)
    for step_id, minutes, by in drill["done"]:
        if any(s.step_id == step_id for s in incident.steps):
            mark_step(store, engagement_id, incident.id, step_id, by=by,
                      at=opened + timedelta(minutes=minutes))
    for minutes, kind, text in drill["log"]:
        log_incident(store, engagement_id, incident.id, text, kind, "Dewi Lestari",
                     at=opened + timedelta(minutes=minutes))
    close_incident(store, engagement_id, incident.id, drill["root_causes"], drill["note"],
                   at=opened + timedelta(minutes=drill["closed_after"]))


# -- inventory and answers ------------------------------------------------------------------
def preview_inventory(data: bytes, filename: str) -> ImportResult:
    """Parse and validate without saving, so the user sees every problem first."""
    return read_inventory(data, filename)


def import_inventory(store: Store, engagement_id: int, data: bytes, filename: str,
                     ) -> ImportResult:
    """Save every valid row (update by asset_id, never duplicate) and any answers sheet."""
    result = read_inventory(data, filename)
    store_inventory(store, engagement_id, result.assets, result.answers, result.evidence)
    return result


def preview_answers(data: bytes, filename: str) -> ImportResult:
    """Parse and validate an answers file without saving."""
    return read_answers(data, filename)


def store_inventory(store: Store, engagement_id: int, assets: Sequence[Asset],
                    answers: Sequence[Answer] = (),
                    evidence: Sequence[AssetEvidence] = ()) -> None:
    """Save parsed assets (by asset_id), answers and the evidence columns' verifications
    together: one transaction, one connection (each open costs ~10 ms and the file is held
    meanwhile)."""
    with store.transaction():
        store.upsert_assets(engagement_id, assets)
        if answers:
            store.save_answers(engagement_id, answers)
        if evidence:
            _merge_evidence(store, engagement_id, evidence)


def _merge_evidence(store: Store, engagement_id: int, claims: Sequence[AssetEvidence]) -> None:
    """The template's evidence columns over what is stored: a blank note keeps the stored
    one, an image is never touched, a verification already standing for the same value
    keeps its date and verifier; a "no" unverifies only what was recorded."""
    stored = {(e.asset_id, e.check_id): e for e in store.list_asset_evidence(engagement_id)}
    consultant = store.get_engagement(engagement_id).consultant
    merged = []
    for claim in claims:
        old = stored.get((claim.asset_id, claim.check_id))
        if old is None and not claim.verified and not (claim.note or claim.link):
            continue
        base = old or AssetEvidence(claim.asset_id, claim.check_id)
        merged.append(_verification(base, claim.value, claim.verified,
                                    claim.verified_by or base.verified_by or consultant,
                                    note=claim.note or base.note, link=claim.link or base.link))
    store.save_asset_evidence(engagement_id, merged)


def _verification(base: AssetEvidence, value: str, verified: bool, by: str, *, note: str,
                  link: str) -> AssetEvidence:
    """`base` with a new note, link and verification; the date moves only when the
    verification is new (or of a new value)."""
    standing = base.verified and base.value == value
    return replace(base, verified=verified, value=value if verified else base.value,
                   verified_by=by if verified else base.verified_by,
                   verified_at=(base.verified_at if standing else _now()) if verified
                   else base.verified_at, note=note.strip(), link=link)


@dataclass(frozen=True)
class EvidenceRow:
    """One attestation's evidence as the app lists it, in words."""

    asset_id: str
    check_id: str
    asset: str  # the asset's name
    answer: str  # the attestation's name
    value: str  # the cell's value now, in words
    state: str  # verified / stale / not_verified
    evidence: AssetEvidence


def attestation_names(lang: str) -> Mapping[str, str]:
    """check id -> the attestation's name in `lang`, in the panel's order."""
    return evidence_names(lang)


def attestation_value(asset: Asset, check_id: str, lang: str) -> str:
    """The attested cell of `asset` in words ("" when blank)."""
    column = ATTESTATIONS[check_id]
    return value_label(column, getattr(asset, column), lang)


def evidence_rows(store: Store, engagement_id: int, lang: str,
                  assets: Sequence[Asset] | None = None) -> list[EvidenceRow]:
    """Every attestation with evidence, by asset (inventory order) and attestation, with
    whether its verification still holds for the answer the cell has now; `assets`, the
    engagement's list_assets when the caller has just read it (the Inventory page), is not
    read again."""
    if assets is not None:
        stored = store.list_asset_evidence(engagement_id)
    else:
        with store.reading():
            assets = store.list_assets(engagement_id)
            stored = store.list_asset_evidence(engagement_id)
    names = evidence_names(lang)
    return [EvidenceRow(item.asset_id, item.check_id, asset.name or asset.asset_id,
                        names[item.check_id], attestation_value(asset, item.check_id, lang),
                        evidence_state(item, asset), item)
            for asset, item in in_inventory_order(assets, stored)]


def list_asset_evidence(store: Store, engagement_id: int) -> list[AssetEvidence]:
    """Every attestation's evidence in the engagement (image sizes, not their bytes)."""
    return store.list_asset_evidence(engagement_id)


def evidence_image(store: Store, engagement_id: int, asset_id: str,
                   check_id: str) -> tuple[bytes, str] | None:
    """The screenshot attached to one attestation and its MIME type, if any."""
    return store.evidence_image(engagement_id, asset_id, check_id)


def save_asset_evidence(store: Store, engagement_id: int, asset_id: str, check_id: str, *,
                        verified: bool, note: str = "", link: str = "", by: str = "",
                        image: bytes | None = None, remove_image: bool = False,
                        ) -> AssetEvidence:
    """Record the evidence behind one asset's attested answer (the app's evidence panel).

    The note and link replace what was stored; `image` (PNG, JPEG or WebP, at most 5 MB,
    sniffed from its bytes) replaces the stored screenshot, `remove_image` drops it, and
    neither keeps it. Verified means the answer the cell holds now; a blank cell cannot be
    verified. EvidenceError says what was refused, and nothing is saved then."""
    if check_id not in ATTESTATIONS:
        raise EvidenceError("evidence.error.unknown_attestation", check=check_id,
                            known=", ".join(ATTESTATIONS))
    link = check_link(link)
    kind = check_image(image) if image is not None else ""
    with store.transaction():
        asset = next((a for a in store.list_assets(engagement_id) if a.asset_id == asset_id),
                     None)
        if asset is None:
            raise EvidenceError("evidence.error.unknown_asset", asset=asset_id)
        value = attested_value(asset, check_id)
        if verified and not value:
            raise EvidenceError("evidence.error.blank", asset=asset.name or asset_id,
                                attestation=check_id)
        old = next((e for e in store.list_asset_evidence(engagement_id)
                    if (e.asset_id, e.check_id) == (asset_id, check_id)), None)
        base = old or AssetEvidence(asset_id, check_id)
        consultant = store.get_engagement(engagement_id).consultant
        saved = _verification(base, value, verified,
                              by.strip() or base.verified_by or consultant, note=note,
                              link=link)
        images: dict[tuple[str, str], bytes | None] = {}
        if image is not None:
            images[(asset_id, check_id)] = image
            saved = replace(saved, image_type=kind, image_size=len(image))
        elif remove_image:
            images[(asset_id, check_id)] = None
            saved = replace(saved, image_type="", image_size=0)
        store.save_asset_evidence(engagement_id, [saved], images)
    return saved


@dataclass
class SavedInventory(ImportResult):
    """A Save's outcome, plus what a draft kept for fixing needs for its next Save: the
    editor's rows (a saved row now remembers the version stored) and the rows to compare
    them with (a saved row as saved; an unsaved one as first loaded, so it stays a change)."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    loaded: list[dict[str, Any]] = field(default_factory=list)


def save_inventory(store: Store, engagement_id: int, rows: Sequence[dict[str, Any]],
                   loaded: Sequence[dict[str, Any]] = ()) -> SavedInventory:
    """Save the editor's own edits as a change set against the rows it loaded.

    `loaded` are the rows the editor showed (app_support.asset_rows: each carries the
    version of its asset under LOADED), `rows` the editor's rows now: a loaded row missing
    from them was deleted, one whose values differ was changed, one without a version is
    new. Unchanged rows are not written; assets the editor never showed are not touched; a
    row with errors keeps its saved version; a row changed elsewhere since it was loaded
    is a conflict naming the row, never overwritten.
    """
    checked = validate_rows(rows)
    result = SavedInventory(assets=checked.assets, errors=checked.errors,
                            rows_read=checked.rows_read, asset_rows=checked.asset_rows,
                            rows=[dict(r) for r in rows])
    before = {r[LOADED]: r for r in loaded if r.get(LOADED)}
    changes: list[AssetChange] = []
    where: list[int] = []  # editor row index of each change, -1 for a deletion
    for asset, number in zip(checked.assets, checked.asset_rows, strict=True):
        row = rows[number - 2]
        base = row.get(LOADED) or None
        if base not in before or not _same_row(row, before[base]):
            changes.append(AssetChange(base, asset))
            where.append(number - 2)
    shown = {r.get(LOADED) for r in rows}
    for token in before.keys() - shown:
        changes.append(AssetChange(token, None))
        where.append(-1)
    conflicts = store.apply_asset_changes(engagement_id, changes)
    failed = {c.index for c in conflicts}
    written = {row: change.new.token()
               for index, (change, row) in enumerate(zip(changes, where, strict=True))
               if index not in failed and change.new is not None}
    for row, token in written.items():
        result.rows[row][LOADED] = token
    result.loaded = [row if index in written else before[row[LOADED]]
                     for index, row in enumerate(result.rows)
                     if index in written or row.get(LOADED) in before]
    result.errors = sorted(result.errors + [
        RowError(where[c.index] + 2 if where[c.index] >= 0 else 0, "asset_id", c.code,
                 {"asset_id": c.asset_id}) for c in conflicts], key=lambda e: e.row)
    return result


def _same_row(row: Mapping[str, Any], loaded: Mapping[str, Any]) -> bool:
    """The editor row still holds the values it was loaded with (blank is blank)."""
    def plain(value: Any) -> Any:
        return "" if value is None else value

    return all(plain(row.get(c)) == plain(loaded.get(c)) for c in ASSET_COLUMNS)


def save_answers(store: Store, engagement_id: int, answers: Sequence[Answer]) -> None:
    store.save_answers(engagement_id, answers)


def import_answers(store: Store, engagement_id: int, data: bytes, filename: str,
                   ) -> ImportResult:
    result = read_answers(data, filename)
    store.save_answers(engagement_id, result.answers)
    return result


# -- runs -------------------------------------------------------------------------------
def resumable_run(store: Store, engagement_id: int) -> Run | None:
    """The run a resume continues: the latest run, when it was interrupted (an older
    interrupted run stays as it is once a newer run exists)."""
    runs = store.list_runs(engagement_id)
    return runs[-1] if runs and runs[-1].status == "interrupted" else None


def _resume_id(store: Store, engagement_id: int, resume: bool) -> int | None:
    if not resume:
        return None
    run = resumable_run(store, engagement_id)
    if run is None:
        raise NothingToResume("store.error.nothing_to_resume")
    return run.id


def run_audit(store: Store, engagement_id: int, settings: ProbeSettings,
              concurrency: int = DEFAULT_CONCURRENCY,
              progress: Callable[[RunState], None] | None = None,
              per_host: int = DEFAULT_PER_HOST, resume: bool = False) -> RunState:
    """Run the checks in this thread (the CLI); Ctrl-C marks the run interrupted.

    With `resume`, the latest run (interrupted) continues: only its assets without
    results are checked. The state holds what a new run stored, for build_report."""
    resume_id = _resume_id(store, engagement_id, resume)
    runner = Runner(store, settings, concurrency, per_host)
    return runner.run(store.get_engagement(engagement_id), progress, resume=resume_id,
                      keep_results=True)


_ACTIVE: dict[int, tuple[Runner, RunState]] = {}  # engagement id -> live run in this process
_ACTIVE_LOCK = threading.Lock()


def start_audit(store: Store, engagement_id: int, settings: ProbeSettings,
                concurrency: int = DEFAULT_CONCURRENCY, per_host: int = DEFAULT_PER_HOST,
                resume: bool = False) -> RunState:
    """Start (or with `resume`, continue) a run in a background thread (the app) and
    return its live state at once.

    Results stream into the database, so a rerun or a closed tab loses nothing;
    a second start for the same engagement while one is live is refused.
    """
    with _ACTIVE_LOCK:
        live = _ACTIVE.get(engagement_id)
        if live and live[1].status == "running":
            raise StoreError("store.error.run_live")
        resume_id = _resume_id(store, engagement_id, resume)
        runner = Runner(store, settings, concurrency, per_host)
        started = threading.Event()
        holder: list[RunState] = []
        refused: list[StoreError] = []  # a refusal before the run started, in either language

        def on_start(state: RunState) -> None:
            holder.append(state)
            _ACTIVE[engagement_id] = (runner, state)
            started.set()

        def target() -> None:
            try:
                runner.run(store.get_engagement(engagement_id), on_start=on_start,
                           resume=resume_id)
            except Exception as exc:  # noqa: BLE001 - reported through the state
                if isinstance(exc, StoreError):
                    refused.append(exc)
                if holder:
                    holder[0].status, holder[0].error = "interrupted", str(exc)
                    holder[0].failure = exc
                else:
                    holder.append(RunState(run_id=0, total=0, status="interrupted",
                                           error=str(exc)))
            finally:
                started.set()

        threading.Thread(target=target, name=f"siaga-run-{engagement_id}", daemon=True).start()
        started.wait()
    if holder[0].error and holder[0].run_id == 0:
        if refused:
            raise refused[0]
        raise StoreError("store.error.run_failed", detail=holder[0].error)
    return holder[0]


def active_run(engagement_id: int) -> RunState | None:
    live = _ACTIVE.get(engagement_id)
    return live[1] if live else None


def cancel_run(engagement_id: int) -> None:
    live = _ACTIVE.get(engagement_id)
    if live:
        live[0].cancel_event.set()


# -- reports ------------------------------------------------------------------------------
def build_report(store: Store, engagement_id: int, run_id: int | None = None,
                 since_run_id: int | None = None,
                 results: Sequence[Result] | None = None) -> Report:
    """Everything a deliverable shows, for one run (default: the latest), with its changes
    since `since_run_id` (default: the finished run before it).

    `results`: the run's results when the caller holds them (RunState.results, in the
    store's order), so they are not read again: the CLI's summary after its run (its
    results then carry no evidence)."""
    with store.reading():  # one connection and one snapshot for all the queries below
        return _report(store, engagement_id, run_id, since_run_id, results)


def _report(store: Store, engagement_id: int, run_id: int | None,
            since_run_id: int | None, held: Sequence[Result] | None = None) -> Report:
    engagement = store.get_engagement(engagement_id)
    runs = store.list_runs(engagement_id)

    def run_by_id(wanted: int) -> Run:
        found = next((r for r in runs if r.id == wanted), None)
        if found is None:
            raise StoreError("store.error.run_elsewhere", run=wanted, name=engagement.name)
        return found

    run = run_by_id(run_id) if run_id else (runs[-1] if runs else None)
    assets = store.list_assets(engagement_id)
    answers = store.list_answers(engagement_id)
    results = list(held) if held is not None and run else \
        store.list_results(run.id) if run else []
    states = store.finding_states(engagement_id)
    history = [r for r in runs if r.status != "running" and r.score is not None]
    evidence = store.list_asset_evidence(engagement_id)
    cells = verified_cells(assets, evidence)
    current = latest(results)  # deduplicated once for the score, the findings and the changes
    now = score(current, assets, answers, verified_cells=cells)
    previous = run_by_id(since_run_id) if since_run_id else next(
        (r for r in reversed(history) if run and r.id < run.id), None)
    changes = None
    if previous is not None and run is not None:
        changes = compare_statuses(store.list_statuses(previous.id), statuses(current),
                                   _standing(store, previous, assets, answers, cells),
                                   Standing.of(now))
    findings = build_findings(current, assets, states=states,
                              plans=store.finding_plans(engagement_id))
    briefings = store.list_briefings(engagement_id)
    campaigns = [campaign_model.CampaignView(c, campaign_model.channels(c, briefings, assets))
                 for c in store.list_campaigns(engagement_id)]
    return Report(engagement=engagement, run=run, assets=assets, answers=answers,
                  results=results, score=now, findings=findings, history=history,
                  previous_run=previous, changes=changes, groups=group_findings(findings),
                  lookalikes=lookalike_rows(results, store.lookalike_marks(engagement_id),
                                            store.lookalike_notes(engagement_id)),
                  impostors=store.list_impostors(engagement_id), campaigns=campaigns,
                  evidence=evidence)


def _standing(store: Store, run: Run, assets: Sequence[Asset], answers: Mapping[str, Answer],
              cells: Collection[tuple[str, str]]) -> Standing | None:
    """An earlier run's score as a comparison reads it: the snapshot the run stored when it
    ended when that holds it, else the run scored again. The two agree: the overall,
    dimension and coverage figures depend on its results and the catalog alone."""
    stored = Standing.of_snapshot(run.score)
    if stored is not None:
        return stored
    before = store.list_results(run.id, evidence=False)  # scored only
    return Standing.of(score(before, assets, answers, verified_cells=cells))


def export_workbook(store: Store, engagement_id: int, out: str | Path | BinaryIO,
                    run_id: int | None = None, lang: str | None = None) -> None:
    from audit.export.workbook import write_workbook
    report = build_report(store, engagement_id, run_id)
    write_workbook(report, out, lang or report.engagement.language)


def workbook_bytes(store: Store, engagement_id: int, run_id: int | None = None,
                   lang: str | None = None) -> bytes:
    """The workbook in memory, for the app's download button (built on click)."""
    buffer = BytesIO()
    export_workbook(store, engagement_id, buffer, run_id, lang)
    return buffer.getvalue()


def export_pdf(store: Store, engagement_id: int, out: str | Path | BinaryIO,
               run_id: int | None = None, lang: str | None = None) -> None:
    """The client report (PDF) in the engagement's language unless `lang` says otherwise."""
    from audit.report.pdf import write_pdf
    report = build_report(store, engagement_id, run_id)
    write_pdf(report, out, lang or report.engagement.language, store.get_logo(engagement_id))


def pdf_bytes(store: Store, engagement_id: int, run_id: int | None = None,
              lang: str | None = None) -> bytes:
    """The PDF in memory, for the app's download button (built on click)."""
    buffer = BytesIO()
    export_pdf(store, engagement_id, buffer, run_id, lang)
    return buffer.getvalue()


LOGO_MAX_BYTES = 2_000_000  # a cover logo; a larger upload is refused rather than stored
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


def set_logo(store: Store, engagement_id: int, logo: bytes | None) -> None:
    """The logo on the report's cover (PNG or JPEG bytes); None removes it."""
    if logo is not None and (len(logo) > LOGO_MAX_BYTES or not logo.startswith(_IMAGE_MAGIC)):
        raise StoreError("store.error.logo")
    store.set_logo(engagement_id, logo)


def get_logo(store: Store, engagement_id: int) -> bytes | None:
    return store.get_logo(engagement_id)


def export_json(store: Store, engagement_id: int, run_id: int | None = None,
                lang: str | None = None) -> dict[str, Any]:
    report = build_report(store, engagement_id, run_id)
    return results_json(report, lang or report.engagement.language)


def intake_template(lang: str = "en") -> bytes:
    from audit.export.template import write_template
    buffer = BytesIO()
    write_template(buffer, lang)
    return buffer.getvalue()


def set_finding_state(store: Store, engagement_id: int, asset_id: str, check_id: str,
                      state: str, note: str = "") -> None:
    """Accepted/fixed marks are keyed by asset and check, so they survive re-audits."""
    if state not in ("open", "accepted", "fixed"):
        raise ValueError(f"Unknown finding state {state!r}")
    store.set_finding_state(engagement_id, asset_id, check_id, state, note)


def set_finding_plan(store: Store, engagement_id: int, asset_id: str, check_id: str,
                     assignee: str, due: date | None) -> None:
    """Who fixes a finding and by when; keyed like its state, so it survives re-audits."""
    store.set_finding_plan(engagement_id, asset_id, check_id, assignee.strip(), due)


def compare(store: Store, engagement_id: int, old_run: int | None = None,
            new_run: int | None = None) -> Report | None:
    """The report of `new_run` (default: the latest) with its changes since `old_run`
    (default: the finished run before it); None when there is nothing to compare with."""
    report = build_report(store, engagement_id, new_run, since_run_id=old_run)
    return report if report.changes is not None else None


def set_language(store: Store, engagement_id: int, lang: str) -> None:
    store.update_engagement(engagement_id, language=lang)



# -- impersonation watch and the expiry calendar (SPEC section 11) ----------------------------
def set_lookalike_mark(store: Store, engagement_id: int, domain: str, mark: str,
                       note: str = "") -> None:
    """The client's own / handled / open mark on a found lookalike; kept across re-audits."""
    if mark not in LOOKALIKE_MARKS:
        raise ValueError(f"Unknown lookalike mark {mark!r}")
    store.set_lookalike_mark(engagement_id, domain.strip().rstrip(".").lower(), mark, note)


def lookalikes(store: Store, engagement_id: int, run_id: int | None = None,
               ) -> list[LookalikeRow]:
    """The lookalikes the run (default: the latest) found, with today's marks."""
    return build_report(store, engagement_id, run_id).lookalikes


def save_impostor(store: Store, engagement_id: int, impostor: Impostor) -> int:
    if not impostor.target.strip():
        raise RecordRefused("store.error.impostor_target")
    if impostor.status not in IMPOSTOR_STATUSES:
        raise RecordRefused("store.error.impostor_status", status=impostor.status,
                            known=", ".join(IMPOSTOR_STATUSES))
    return store.save_impostor(engagement_id, impostor)


def list_impostors(store: Store, engagement_id: int) -> list[Impostor]:
    return store.list_impostors(engagement_id)


def calendar_events(store: Store, engagement_id: int, report: Report | None = None,
                    ) -> list[CalendarEvent]:
    """Every certificate and domain expiry of the latest run and every campaign launch;
    `report`, the engagement's latest build_report when the caller holds it (a page), saves
    building it again."""
    from audit.watch.calendar import report_events
    return report_events(report if report is not None and report.engagement.id == engagement_id
                         else build_report(store, engagement_id))


def calendar_bytes(store: Store, engagement_id: int, lang: str | None = None) -> bytes:
    """The expiry calendar as an .ics file, stamped with the latest run's time."""
    from audit.watch.calendar import calendar_ics, report_events
    report = build_report(store, engagement_id)
    stamp = (report.run.finished or report.run.started) if report.run else \
        report.engagement.created
    return calendar_ics(report_events(report), report.engagement.name,
                        lang or report.engagement.language, stamp)


# -- campaigns (SPEC section 9) ----------------------------------------------------------------
def add_campaign(store: Store, engagement_id: int, name: str, launch: date,
                 end: date | None = None, channels: Sequence[str] | None = None,
                 **fields: Any) -> Campaign:
    """A new campaign; its channels default to every customer-facing asset."""
    assets = store.list_assets(engagement_id)
    campaign = Campaign(0, engagement_id, name.strip(), launch, end,
                        channels=list(campaign_model.default_channels(assets)
                                      if channels is None else channels), **fields)
    campaign_model.validate(campaign, assets)
    return store.save_campaign(campaign)


def update_campaign(store: Store, campaign: Campaign) -> Campaign:
    """Save an edited campaign (key messages, FAQ, dates, channels)."""
    campaign_model.validate(campaign, store.list_assets(campaign.engagement_id))
    return store.save_campaign(campaign)


def list_campaigns(store: Store, engagement_id: int) -> list[Campaign]:
    return store.list_campaigns(engagement_id)


def find_campaign(store: Store, engagement_id: int, name: str) -> Campaign:
    """The engagement's campaign of that name; CampaignError lists the names there are."""
    found = store.list_campaigns(engagement_id)
    match = next((c for c in found if c.name == name.strip()), None)
    if match is None:
        raise CampaignError("campaigns.error.unknown_campaign", name=name,
                            known=", ".join(c.name for c in found) or "-")
    return match


def campaign_channels(store: Store, campaign: Campaign) -> list[Channel]:
    """The campaign's channels x briefing state, with each holder's name and contact."""
    with store.reading():
        return campaign_model.channels(campaign, store.list_briefings(campaign.engagement_id),
                                       store.list_assets(campaign.engagement_id))


def record_briefing(store: Store, briefing: Briefing) -> None:
    """Record one channel's briefing (replacing what was recorded before)."""
    campaign = store.get_campaign(briefing.campaign_id)
    if briefing.asset_id not in campaign.channels:
        raise CampaignError("campaigns.error.not_a_channel", asset=briefing.asset_id,
                            name=campaign.name, known=", ".join(campaign.channels))
    store.save_briefings([briefing])


def tracker_workbook(store: Store, campaign: Campaign, lang: str) -> bytes:
    """The briefing tracker to send round: one row per channel, as recorded so far."""
    from audit.campaigns import tracker as campaign_tracker
    return campaign_tracker.write_tracker(campaign, campaign_channels(store, campaign), lang)


def import_tracker(store: Store, campaign: Campaign, data: bytes, filename: str,
                   ) -> TrackerImport:
    """Save every valid row of a filled tracker; bad rows are reported, not saved."""
    from audit.campaigns import tracker as campaign_tracker
    result = campaign_tracker.read_tracker(data, filename, campaign,
                                           campaign_channels(store, campaign))
    store.save_briefings(result.briefings)
    return result


def read_faq(data: bytes, filename: str) -> FaqImport:
    """FAQ entries (question, answer) from a CSV or workbook, validated, not saved."""
    from audit.campaigns import tracker as campaign_tracker
    return campaign_tracker.read_faq(data, filename)


def brief_pack(store: Store, campaign: Campaign, asset_id: str,
               lang: str | None = None) -> campaign_pack.BriefPack:
    """One channel's brief pack in the engagement's language (or `lang`)."""
    from audit.campaigns import pack as campaign_pack
    rows = {c.asset_id: c for c in campaign_channels(store, campaign)}
    if asset_id not in rows:
        raise CampaignError("campaigns.error.not_a_channel", asset=asset_id, name=campaign.name,
                            known=", ".join(campaign.channels))
    engagement = store.get_engagement(campaign.engagement_id)
    asset = next((a for a in store.list_assets(campaign.engagement_id)
                  if a.asset_id == asset_id), None)
    return campaign_pack.brief_pack(campaign, rows[asset_id], asset, engagement,
                                    lang or engagement.language)


# -- platform-rule canary -------------------------------------------------------------------
def run_canary(settings: ProbeSettings, platform: str | None = None,
               lang: str = "en") -> list[CanaryRow]:
    """Re-check the profile rules against the built-in known accounts (network needed).

    One row per known account, with the verdict in words and whether the rule still holds,
    and the platform's overall state (holds / broken / unverified)."""
    results = canary.run_canary(settings, platform)
    states = canary.by_platform(results)
    return [CanaryRow(r.account.platform, get_platform(r.account.platform).label_in(lang),
                      r.account.handle, r.account.expect, r.status, r.reason,
                      PROFILE_EXISTS.render(r.reason, r.values, lang), r.holds,
                      states[r.account.platform])
            for r in results]


def canary_platforms() -> list[str]:
    """The platforms the canary has known accounts for, in catalog order."""
    known = {a.platform for a in canary.load_accounts()}
    return [p for p in platform_ids() if p in known]


# -- incidents (SPEC section 10) ----------------------------------------------------------------
def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def holding_statement(store: Store, engagement_id: int) -> str:
    """The engagement's approved holding statement ("" when none is approved yet)."""
    return store.holding_statement(engagement_id)


def set_holding_statement(store: Store, engagement_id: int, text: str) -> None:
    store.set_holding_statement(engagement_id, text.strip())


def open_incident(store: Store, engagement_id: int, title: str, tier: int, *,
                  origin_url: str = "", origin_platform: str = "", origin_author: str = "",
                  campaign: str = "", drill: bool = False, screenshot: bytes | None = None,
                  opened_at: datetime | None = None, lang: str | None = None) -> Incident:
    """Open an incident and generate its first-hour checklist from the inventory."""
    if not title.strip():
        raise ValueError("An incident needs a title.")
    if tier not in TIERS:
        raise ValueError(f"The severity tier is 1, 2 or 3, not {tier!r}.")
    engagement = store.get_engagement(engagement_id)
    statement = store.holding_statement(engagement_id) or t(
        "incident.default_statement", lang or engagement.language)
    incident = Incident(title=title.strip(), tier=tier, opened_at=opened_at or _now(),
                        origin_url=origin_url.strip(), origin_platform=origin_platform.strip(),
                        origin_author=origin_author.strip(), campaign=campaign.strip(),
                        drill=drill, screenshot=screenshot)
    incident.steps = first_hour_steps(store.list_assets(engagement_id),
                                      store.list_answers(engagement_id), tier, statement)
    incident.id = store.open_incident(engagement_id, incident)
    return incident


def simulation_drill(store: Store, engagement_id: int,
                     today: date | None = None) -> tuple[str, date] | None:
    """The closed drill that proves crisis.simulation today (the check's own 12-month rule)."""
    ctx = Context(today=today or date.today(), drills=tuple(store.closed_drills(engagement_id)))
    return recent_drill(ctx)


def list_incidents(store: Store, engagement_id: int) -> list[Incident]:
    return store.list_incidents(engagement_id)


def get_incident(store: Store, engagement_id: int, incident_id: int) -> Incident:
    found = next((i for i in store.list_incidents(engagement_id) if i.id == incident_id), None)
    if found is None:
        raise KeyError(incident_id)
    return found


def mark_step(store: Store, engagement_id: int, incident_id: int, step_id: str,
              done: bool = True, by: str = "", note: str = "",
              at: datetime | None = None) -> None:
    """Record one checklist step done (or undo it); KeyError for an unknown step."""
    if not store.mark_step(engagement_id, incident_id, step_id, (at or _now()) if done else None,
                           by.strip(), note.strip()):
        raise KeyError(step_id)


def log_incident(store: Store, engagement_id: int, incident_id: int, text: str,
                 kind: str = "event", by: str = "", at: datetime | None = None) -> LogEntry:
    if not text.strip():
        raise ValueError("A log entry needs its text.")
    if kind not in LOG_KINDS:
        raise ValueError(f"Unknown log kind {kind!r}")
    entry = LogEntry(at or _now(), text.strip(), kind, by.strip())
    store.add_log(engagement_id, incident_id, entry)
    return entry


def contain_incident(store: Store, engagement_id: int, incident_id: int) -> None:
    store.update_incident(engagement_id, incident_id, status="contained")


def close_incident(store: Store, engagement_id: int, incident_id: int,
                   root_causes: Sequence[str], note: str = "",
                   at: datetime | None = None) -> None:
    """Close with the root causes (the seed's three families); a closed drill is evidence
    for crisis.simulation from the next audit on."""
    unknown = [c for c in root_causes if c not in ROOT_CAUSES]
    if unknown or not root_causes:
        raise ValueError(f"Root causes are {', '.join(ROOT_CAUSES)}; got {list(root_causes)}")
    store.update_incident(engagement_id, incident_id, status="closed",
                          closed_at=at or _now(), root_causes=list(root_causes),
                          root_cause_note=note.strip())


def incident_report(store: Store, engagement_id: int, incident_id: int,
                    now: datetime | None = None) -> PostIncident:
    incident = get_incident(store, engagement_id, incident_id)
    return post_incident(incident, build_report(store, engagement_id).findings, now or _now())


def incident_report_bytes(store: Store, engagement_id: int, incident_id: int, fmt: str,
                          lang: str | None = None) -> bytes:
    """The post-incident report as .xlsx or .pdf, in the engagement's language by default."""
    from audit.incidents.pdf import write_incident_pdf
    from audit.incidents.workbook import write_incident_workbook
    report = incident_report(store, engagement_id, incident_id)
    engagement = store.get_engagement(engagement_id)
    buffer = BytesIO()
    writer = write_incident_workbook if fmt == "xlsx" else write_incident_pdf
    writer(report, engagement, buffer, lang or engagement.language)
    return buffer.getvalue()

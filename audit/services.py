"""Use cases shared by the CLI and the app: the only layer either of them calls.

Each function takes the Store first and returns plain objects; none prints or
draws. Long work (a run) happens in `run_audit` (blocking, CLI) or
`start_audit` (background thread, app) over the same Runner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from audit.demo import (
    DEMO_BASELINE_DAYS,
    DEMO_NAME,
    demo_answers,
    demo_assets,
    demo_engagement_fields,
    demo_facts,
)
from audit.export.results_json import results_json
from audit.export.template import write_template
from audit.export.workbook import write_workbook
from audit.findings import build_findings, group_findings
from audit.history import compare_runs
from audit.inventory import ImportResult, read_answers, read_inventory, validate_rows
from audit.models import Answer, Engagement, Run
from audit.probes.config import ProbeSettings
from audit.report import Report
from audit.runner import Runner, RunState
from audit.scoring import score
from audit.store import Store, StoreError

__all__ = [
    "ImportResult", "Store", "StoreError", "ProbeSettings", "RunState", "Report",
    "open_store", "create_engagement", "load_demo", "import_inventory", "preview_inventory",
    "save_inventory", "save_answers", "import_answers", "run_audit", "start_audit",
    "active_run", "cancel_run", "build_report", "export_workbook", "export_json",
    "intake_template", "set_finding_state", "compare", "write_template", "workbook_bytes",
    "set_language",
]


def open_store(path: str | Path | None = None) -> Store:
    """Open (and migrate) the database; runs left 'running' by a dead process are closed."""
    store = Store(path)
    store.migrate()
    store.recover_interrupted()
    return store


def create_engagement(store: Store, name: str, **fields: Any) -> Engagement:
    name = name.strip()
    if not name:
        raise StoreError("An engagement needs a name.")
    return store.create_engagement(name, **fields)


def load_demo(store: Store) -> Engagement:
    """The fictional demo client, created once; loading it again just selects it."""
    engagement = store.find_engagement(DEMO_NAME)
    if engagement is None:
        engagement = store.create_engagement(DEMO_NAME, **demo_engagement_fields())
        store.upsert_assets(engagement.id, demo_assets())
    if not store.list_runs(engagement.id):
        _record_demo_runs(store, engagement)
    return engagement


def _record_demo_runs(store: Store, engagement: Engagement) -> None:
    """Replay the demo's recorded facts: an intake audit 90 days ago, then today's.

    Recorded facts stand in for the network, so the demo needs none, and two runs let a
    new user see the trend and the run comparison at once."""
    def recorded(baseline: bool) -> Callable[..., dict]:
        return lambda asset, *_, **__: demo_facts(asset, baseline=baseline)

    store.save_answers(engagement.id, demo_answers(baseline=True))
    intake = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=DEMO_BASELINE_DAYS)
    Runner(store, ProbeSettings(), gather_facts=recorded(True), replayed_at=intake).run(
        engagement)
    store.save_answers(engagement.id, demo_answers())
    Runner(store, ProbeSettings(), gather_facts=recorded(False)).run(engagement)


# -- inventory and answers ------------------------------------------------------------------
def preview_inventory(data: bytes, filename: str) -> ImportResult:
    """Parse and validate without saving, so the user sees every problem first."""
    return read_inventory(data, filename)


def import_inventory(store: Store, engagement_id: int, data: bytes, filename: str,
                     ) -> ImportResult:
    """Save every valid row (update by asset_id, never duplicate) and any answers sheet."""
    result = read_inventory(data, filename)
    store.upsert_assets(engagement_id, result.assets)
    if result.answers:
        store.save_answers(engagement_id, result.answers)
    return result


def save_inventory(store: Store, engagement_id: int, rows: Sequence[dict[str, Any]],
                   ) -> ImportResult:
    """Save the edited table: valid rows replace the inventory; a row with errors keeps
    its previously saved version, so an edit never loses data."""
    result = validate_rows(rows)
    saved = {a.asset_id: a for a in store.list_assets(engagement_id)}
    valid_ids = {a.asset_id for a in result.assets}
    bad_ids = {str(rows[e.row - 2].get("asset_id") or "") for e in result.errors
               if 2 <= e.row < len(rows) + 2}
    kept = [saved[i] for i in bad_ids if i in saved and i not in valid_ids]
    store.replace_assets(engagement_id, [*result.assets, *kept])
    return result


def save_answers(store: Store, engagement_id: int, answers: Sequence[Answer]) -> None:
    store.save_answers(engagement_id, answers)


def import_answers(store: Store, engagement_id: int, data: bytes, filename: str,
                   ) -> ImportResult:
    result = read_answers(data, filename)
    store.save_answers(engagement_id, result.answers)
    return result


# -- runs -------------------------------------------------------------------------------
def run_audit(store: Store, engagement_id: int, settings: ProbeSettings,
              concurrency: int, progress: Callable[[RunState], None] | None = None,
              ) -> RunState:
    """Run the checks in this thread (the CLI); Ctrl-C marks the run interrupted."""
    runner = Runner(store, settings, concurrency)
    return runner.run(store.get_engagement(engagement_id), progress)


_ACTIVE: dict[int, tuple[Runner, RunState]] = {}  # engagement id -> live run in this process
_ACTIVE_LOCK = threading.Lock()


def start_audit(store: Store, engagement_id: int, settings: ProbeSettings,
                concurrency: int) -> RunState:
    """Start a run in a background thread (the app) and return its live state at once.

    Results stream into the database, so a rerun or a closed tab loses nothing;
    a second start for the same engagement while one is live is refused.
    """
    with _ACTIVE_LOCK:
        live = _ACTIVE.get(engagement_id)
        if live and live[1].status == "running":
            raise StoreError("A run is already in progress for this engagement.")
        runner = Runner(store, settings, concurrency)
        started = threading.Event()
        holder: list[RunState] = []

        def on_start(state: RunState) -> None:
            holder.append(state)
            _ACTIVE[engagement_id] = (runner, state)
            started.set()

        def target() -> None:
            try:
                runner.run(store.get_engagement(engagement_id), on_start=on_start)
            except Exception as exc:  # noqa: BLE001 - reported through the state
                if holder:
                    holder[0].status, holder[0].error = "interrupted", str(exc)
                else:
                    holder.append(RunState(run_id=0, total=0, status="interrupted",
                                           error=str(exc)))
            finally:
                started.set()

        threading.Thread(target=target, name=f"siaga-run-{engagement_id}", daemon=True).start()
        started.wait()
    if holder[0].error and holder[0].run_id == 0:
        raise StoreError(holder[0].error)
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
                 since_run_id: int | None = None) -> Report:
    """Everything a deliverable shows, for one run (default: the latest), with its changes
    since `since_run_id` (default: the finished run before it)."""
    with store.reading():  # one connection and one snapshot for all the queries below
        return _report(store, engagement_id, run_id, since_run_id)


def _report(store: Store, engagement_id: int, run_id: int | None,
            since_run_id: int | None) -> Report:
    engagement = store.get_engagement(engagement_id)
    runs = store.list_runs(engagement_id)

    def run_by_id(wanted: int) -> Run:
        found = next((r for r in runs if r.id == wanted), None)
        if found is None:
            raise StoreError(f"Run {wanted} does not belong to engagement {engagement.name}.")
        return found

    run = run_by_id(run_id) if run_id else (runs[-1] if runs else None)
    assets = store.list_assets(engagement_id)
    answers = store.list_answers(engagement_id)
    results = store.list_results(run.id) if run else []
    states = store.finding_states(engagement_id)
    history = [r for r in runs if r.status != "running" and r.score is not None]
    now = score(results, assets, answers)
    previous = run_by_id(since_run_id) if since_run_id else next(
        (r for r in reversed(history) if run and r.id < run.id), None)
    changes = None
    if previous is not None and run is not None:
        before = store.list_results(previous.id)
        changes = compare_runs(before, results, score(before, assets, answers), now)
    findings = build_findings(results, assets, states=states)
    return Report(engagement=engagement, run=run, assets=assets, answers=answers,
                  results=results, score=now, findings=findings, history=history,
                  previous_run=previous, changes=changes, groups=group_findings(findings))


def export_workbook(store: Store, engagement_id: int, out: str | Path | BinaryIO,
                    run_id: int | None = None, lang: str | None = None) -> None:
    report = build_report(store, engagement_id, run_id)
    write_workbook(report, out, lang or report.engagement.language)


def workbook_bytes(store: Store, engagement_id: int, run_id: int | None = None,
                   lang: str | None = None) -> bytes:
    """The workbook in memory, for the app's download button (built on click)."""
    buffer = BytesIO()
    export_workbook(store, engagement_id, buffer, run_id, lang)
    return buffer.getvalue()


def export_json(store: Store, engagement_id: int, run_id: int | None = None,
                lang: str | None = None) -> dict[str, Any]:
    report = build_report(store, engagement_id, run_id)
    return results_json(report, lang or report.engagement.language)


def intake_template(lang: str = "en") -> bytes:
    buffer = BytesIO()
    write_template(buffer, lang)
    return buffer.getvalue()


def set_finding_state(store: Store, engagement_id: int, asset_id: str, check_id: str,
                      state: str, note: str = "") -> None:
    """Accepted/fixed marks are keyed by asset and check, so they survive re-audits."""
    if state not in ("open", "accepted", "fixed"):
        raise ValueError(f"Unknown finding state {state!r}")
    store.set_finding_state(engagement_id, asset_id, check_id, state, note)


def compare(store: Store, engagement_id: int, old_run: int | None = None,
            new_run: int | None = None) -> Report | None:
    """The report of `new_run` (default: the latest) with its changes since `old_run`
    (default: the finished run before it); None when there is nothing to compare with."""
    report = build_report(store, engagement_id, new_run, since_run_id=old_run)
    return report if report.changes is not None else None


def set_language(store: Store, engagement_id: int, lang: str) -> None:
    store.update_engagement(engagement_id, language=lang)


"""Run every applicable check on every asset: gather facts once, evaluate many.

A bounded thread pool works through the assets; a per-host semaphore keeps one
platform from being hammered. Workers hand each asset's results to the run's one
writer (audit/writer.py), which stores them in batches, so a closed browser tab or
a killed process loses at most the batch being written. The run ends completed,
or interrupted when cancelled or crashed; an interrupted run can be resumed, and
then only the assets without results are checked.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from audit import __version__
from audit.campaigns.model import campaign_facts
from audit.evidence import verified_cells
from audit.models import Answer, Asset, Engagement, Result
from audit.platforms import get as get_platform
from audit.platforms import normalise_handle, registrable_domain
from audit.probes import gather, gather_organization
from audit.probes.config import ProbeSettings
from audit.scoring import score, snapshot
from audit.store import Store
from audit.writer import ResultWriter
from checks.base import CheckSpec, Context, Outcome
from checks.registry import applicable, organization_checks, probes_needed

DEFAULT_CONCURRENCY = 16
PROGRESS_S = 0.1  # how often a run's progress is looked at (the writer commits every 0.25 s)
DEFAULT_PER_HOST = 4

Progress = Callable[["RunState"], None]


@dataclass
class RunState:
    """Live progress of one run, shared with the CLI's bar and the app's poller."""

    run_id: int
    total: int
    done: int = 0
    current: list[str] = field(default_factory=list)  # asset ids being checked now
    statuses: Counter[str] = field(default_factory=Counter)
    status: str = "running"
    error: str = ""  # English, for logs; `failure` renders it in the reader's language
    failure: BaseException | None = None
    # With run(keep_results=True): what this run stored, in the store's order, without
    # evidence (its report needs no second reading); None for a resumed run.
    results: list[Result] | None = None

    def error_text(self, lang: str) -> str:
        """What stopped the run, in `lang` when it is a store refusal (it has a code)."""
        message = getattr(self.failure, "message", None)
        return message(lang) if callable(message) else self.error


def build_context(engagement: Engagement, assets: Sequence[Asset],
                  answers: dict[str, Answer], today: date,
                  lookalike_marks: dict[str, str] | None = None,
                  drills: Sequence[tuple[str, date]] = ()) -> Context:
    """Engagement-wide facts the pure checks need: own domains, dominant handle, profiles."""
    domains = {d.lower().strip() for d in engagement.domains if d.strip()}
    handles: Counter[str] = Counter()
    profiles: set[tuple[str, str]] = set()
    for asset in assets:
        if asset.kind in ("website", "email"):
            host = asset.handle if asset.kind == "email" and asset.handle else \
                urlsplit(asset.url).hostname or ""
            if host:
                domains.add(registrable_domain(host))
        elif asset.handle:
            handle = normalise_handle(asset.handle)
            profiles.add((asset.platform, handle))
            if asset.kind == "social":
                handles[handle] += 1
    dominant = handles.most_common(1)[0][0] if handles else ""
    return Context(today=today, own_domains=frozenset(domains), dominant_handle=dominant,
                   inventory_profiles=frozenset(profiles), answers=dict(answers),
                   lookalike_marks=dict(lookalike_marks or {}), drills=tuple(drills))


def evaluate(spec: CheckSpec, facts: dict, asset: Asset | None, ctx: Context) -> Outcome:
    """Evaluate one check; a bug inside it becomes an `error` result for that check alone."""
    try:
        return spec.evaluate(facts, asset, ctx)
    except Exception as exc:  # noqa: BLE001 - a broken check must not stop the run
        error = f"{type(exc).__name__}: {exc}"  # English: shown as is in English only
        return Outcome("error", "check_crashed", {"error": error}, {"error": error})


def _result(spec: CheckSpec, asset_id: str, outcome: Outcome, started: float) -> Result:
    return Result(asset_id=asset_id, check_id=spec.id, status=outcome.status,
                  reason=outcome.reason, values=dict(outcome.values),
                  evidence=dict(outcome.evidence),
                  observed_at=datetime.now(UTC).replace(tzinfo=None),
                  duration_ms=(time.perf_counter() - started) * 1000)


Gather = Callable[..., dict]  # (asset, settings, needs, cache=...) -> facts, like probes.gather
GatherOrganization = Callable[..., dict]  # (domains, settings, needs) -> engagement-level facts


def check_asset(asset: Asset, ctx: Context, settings: ProbeSettings, cache: dict,
                gather_facts: Gather = gather) -> list[Result]:
    """Gather the facts this asset's checks need, once, then evaluate each check."""
    started = time.perf_counter()
    specs = applicable(asset)
    facts = gather_facts(asset, settings, probes_needed(specs), cache=cache)
    return [_result(spec, asset.asset_id, evaluate(spec, facts, asset, ctx), started)
            for spec in specs]


# During a run the cycle collector's first generation waits for this many allocations
# (Python's default is 700): a 2,048-asset run allocates millions of short-lived, acyclic
# objects, and the default made ~430 collections that re-scanned what survived.
RUN_GC_THRESHOLD = 10_000
_relaxed = {"runs": 0, "threshold": gc.get_threshold()}
_relaxed_lock = threading.Lock()


@contextmanager
def _collector_relaxed() -> Iterator[None]:
    """Collect cycles less often while runs check assets, and never re-scan what existed
    before (gc.freeze: the inventory, the catalog, the modules). Runs may overlap in the
    app: the first to start relaxes the collector, the last to end restores it."""
    with _relaxed_lock:
        if _relaxed["runs"] == 0:
            _relaxed["threshold"] = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(RUN_GC_THRESHOLD, *_relaxed["threshold"][1:])
        _relaxed["runs"] += 1
    try:
        yield
    finally:
        with _relaxed_lock:
            _relaxed["runs"] -= 1
            if _relaxed["runs"] == 0:
                gc.set_threshold(*_relaxed["threshold"])
                gc.unfreeze()


def host_key(asset: Asset) -> str:
    """The host a probe will hit; the per-host limit is keyed on it."""
    host = urlsplit(asset.url).hostname if asset.url else None
    if host:
        return host.lower()
    try:
        return get_platform(asset.platform).hosts[0]
    except (KeyError, IndexError):
        return asset.platform


class Runner:
    """One audit run over an engagement's inventory and questionnaire."""

    def __init__(self, store: Store, settings: ProbeSettings,
                 concurrency: int = DEFAULT_CONCURRENCY, per_host: int = DEFAULT_PER_HOST,
                 today: date | None = None, gather_facts: Gather = gather,
                 replayed_at: datetime | None = None,
                 gather_org: GatherOrganization = gather_organization) -> None:
        self.store = store
        self.gather_facts = gather_facts  # replaced by recorded facts for the demo and goldens
        self.gather_org = gather_org
        self.settings = settings
        self.concurrency = max(1, concurrency)
        self.per_host = max(1, per_host)
        self.today = today or date.today()
        self.replayed_at = replayed_at  # a replay of recorded facts dated in the past (demo)
        self.cancel_event = threading.Event()

    def run(self, engagement: Engagement, progress: Progress | None = None,
            on_start: Callable[[RunState], None] | None = None,
            resume: int | None = None, keep_results: bool = False) -> RunState:
        """Run all checks, or with `resume` (an interrupted run's id) those not yet stored.

        Returns the final state; never leaves a run marked 'running'. The state's status
        changes only once finish_run has stored it, so whoever polls the state and then
        reads the database sees the same run."""
        # One connection for the reads before the run: a call each on its own connection
        # re-opened the file and checkpointed it at close, ~15-50 ms apiece (bench/). Let go
        # before any network, so the app's turn on the file comes between batches.
        with self.store.holding():
            assets = self.store.list_assets(engagement.id)
            answers = self.store.list_answers(engagement.id)
            ctx = build_context(engagement, assets, answers, self.today,
                                self.store.lookalike_marks(engagement.id),
                                self.store.closed_drills(engagement.id))
            if resume is None:
                run_settings = {**asdict(self.settings), "concurrency": self.concurrency,
                                "per_host": self.per_host}
                run_id = self.store.start_run(engagement.id, run_settings, __version__,
                                              started=self.replayed_at)
                stored: dict[str, Counter[str]] = {}
            else:
                run_id = resume
                self.store.resume_run(run_id)
                self.store.replay_journal(run_id)  # what a failed writer handed over
                stored = self.store.stored_statuses(run_id)
            state = RunState(run_id=run_id, total=len(assets),
                             done=sum(a.asset_id in stored for a in assets))
            for counts in stored.values():
                state.statuses.update(counts)
            records = self._organization_facts(engagement, assets) if "" not in stored else {}
        if on_start:
            on_start(state)
        final, error = "interrupted", ""
        # What this run stored, without evidence: the end-of-run score reads no more (a
        # resumed run reads what was stored before it from the store).
        written: list[Result] = []
        try:
            with ResultWriter(self.store, run_id,
                              on_stored=lambda batch: self._stored(state, batch, written)
                              ) as writer:
                if "" not in stored:
                    writer.write(self._organization(ctx, records))
                self._assets([a for a in assets if a.asset_id not in stored], ctx, state,
                             writer, progress)
            if progress:  # the writer committed the last batch as it closed
                progress(state)
            final = "interrupted" if self.cancel_event.is_set() else "completed"
        except BaseException as exc:
            error = f"{type(exc).__name__}: {exc}"
            state.failure = exc
            raise
        finally:
            try:
                with self.store.holding():
                    cells = verified_cells(assets,
                                           self.store.list_asset_evidence(engagement.id))
                    ordered = None if resume is not None else \
                        sorted(written, key=lambda r: (r.asset_id, r.check_id))
                    ended = self._snapshot(run_id, assets, answers, ordered, cells)
                    self.store.finish_run(run_id, final, ended, finished=self.replayed_at)
                state.results = ordered if keep_results else None
            finally:
                state.error = error
                state.status = final
        return state

    @staticmethod
    def _stored(state: RunState, batch: Sequence[Sequence[Result]],
                written: list[Result]) -> None:
        """The writer committed a batch: only now does the progress count it."""
        for results in batch:
            if results and results[0].asset_id:
                state.done += 1
            state.statuses.update(r.status for r in results)
            written += [Result(r.asset_id, r.check_id, r.status, r.reason, r.values)
                        for r in results]

    def _snapshot(self, run_id: int, assets: Sequence[Asset], answers: dict[str, Answer],
                  written: list[Result] | None = None,
                  cells: frozenset[tuple[str, str]] = frozenset()) -> dict:
        """The score as it stood when the run ended, kept for the history and trend: over
        `written` (everything this run stored, in the store's order: by asset and check)
        when given, else over what the store holds (bench/: at 2,048 assets, reading them
        back cost as much CPU as the score). `cells`: the verified asset attestations."""
        results = written if written is not None else \
            self.store.list_results(run_id, evidence=False)
        return snapshot(score(results, assets, answers, verified_cells=cells))

    def _organization_facts(self, engagement: Engagement, assets: Sequence[Asset]) -> dict:
        """What the organisation-level checks judge besides the answers: campaign records."""
        return {"campaigns": campaign_facts(self.store.list_campaigns(engagement.id),
                                            self.store.list_briefings(engagement.id), assets)}

    def _organization(self, ctx: Context, records: dict) -> list[Result]:
        """The engagement-level checks: the questionnaire, the campaign records (`records`)
        and the lookalike watch."""
        started = time.perf_counter()
        specs = organization_checks()
        facts = {**self.gather_org(ctx.own_domains, self.settings, probes_needed(specs)),
                 **records}
        return [_result(spec, "", evaluate(spec, facts, None, ctx), started) for spec in specs]

    def _assets(self, assets: Sequence[Asset], ctx: Context, state: RunState,
                writer: ResultWriter, progress: Progress | None) -> None:
        limits: dict[str, threading.Semaphore] = {}
        limits_lock = threading.Lock()
        cache: dict = {}

        def work(asset: Asset) -> None:
            if self.cancel_event.is_set():
                return
            key = host_key(asset)
            with limits_lock:
                sem = limits.setdefault(key, threading.Semaphore(self.per_host))
            with sem:
                if self.cancel_event.is_set():
                    return
                state.current.append(asset.asset_id)
                try:
                    results = check_asset(asset, ctx, self.settings, cache, self.gather_facts)
                finally:
                    state.current.remove(asset.asset_id)
            writer.write(results)  # outside the host's limit: it only guards requests

        # `concurrency` threads take the assets one by one from a shared queue. (A future
        # per asset, waited on with FIRST_COMPLETED after each one, re-registered a waiter
        # on every pending future each time: quadratic in the assets, ~10 % of a 2,000-asset
        # run's CPU, bench/.)
        queue = iter(interleave_hosts(assets))
        queue_lock = threading.Lock()
        changed = threading.Condition()
        counts = {"exited": 0}

        def take() -> Asset | None:
            with queue_lock:
                return next(queue, None)

        def loop() -> None:
            try:
                while not self.cancel_event.is_set() and (asset := take()) is not None:
                    work(asset)
            finally:
                with changed:
                    counts["exited"] += 1
                    changed.notify()

        workers = min(self.concurrency, len(assets))
        with _collector_relaxed(), ThreadPoolExecutor(max_workers=max(1, workers),
                                                      thread_name_prefix="siaga-check") as pool:
            futures = [pool.submit(loop) for _ in range(workers)]
            try:
                # Progress counts what is stored, which moves a batch at a time: looked at
                # every PROGRESS_S (a wake-up of this thread per finished asset was a GIL
                # handover per asset for nothing). A worker's exit wakes it at once.
                reported, seen_exits = state.done, 0
                while True:
                    with changed:
                        if counts["exited"] == seen_exits and seen_exits < workers:
                            changed.wait(PROGRESS_S)
                        exited = counts["exited"]
                    if exited > seen_exits:  # a worker ended: its error (the store's) stops
                        seen_exits = exited  # the run
                        for future in futures:
                            if future.done():
                                future.result()
                    if state.done != reported and progress:
                        reported = state.done
                        progress(state)
                    if exited == workers:
                        break
            except BaseException:
                self.cancel_event.set()
                raise


def interleave_hosts(assets: Sequence[Asset]) -> list[Asset]:
    """Round-robin over hosts, so workers do not queue behind one host's limit while
    others sit idle (an inventory lists its 40 Instagram accounts together)."""
    by_host: dict[str, list[Asset]] = defaultdict(list)
    for asset in assets:
        by_host[host_key(asset)].append(asset)
    queues = list(by_host.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues
            if i < len(q)]

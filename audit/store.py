"""DuckDB storage: the only module with SQL.

DuckDB locks a database file per process (FIELD-NOTES), so the app and the CLI
can only share one file by taking turns: every operation opens a connection,
does its work in one transaction and closes it. A lock held by another process
is waited for with a bounded retry, then reported as StoreBusy. Threads in one
process share DuckDB's cached database instance, each with its own connection.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import fields
from datetime import UTC, date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

import duckdb
import platformdirs

from audit.campaigns.model import Briefing, Campaign, FaqEntry
from audit.i18n import Explained
from audit.incidents.model import Incident, LogEntry, Step
from audit.journal import journal_path
from audit.models import (
    ASSET_COLUMNS,
    Answer,
    Asset,
    AssetChange,
    AssetConflict,
    AssetEvidence,
    Engagement,
    Impostor,
    Result,
    Run,
    split_token,
)

DEFAULT_LOCK_WAIT_S = 15.0
RETRY_MAX_S = 0.05  # longest pause between two attempts to open a file another process holds
# DuckDB 2.0 races when one thread opens a file while another closes its last connection
# ("Unique file handle conflict"): open and close one at a time within the process.
_OPEN_CLOSE = threading.Lock()


class StoreError(Explained):
    """A storage problem or refusal explained for the user (bad path, newer schema, a name
    taken, ...), its sentences in audit/locale/errors.py."""


class StoreBusy(StoreError):
    """Another process held the database lock longer than we are willing to wait."""


def default_db_path() -> Path:
    """SIAGA_DB, else siaga.duckdb in the user's data directory."""
    env = os.environ.get("SIAGA_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("siaga")) / "siaga.duckdb"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# Each migration is (version, statements). Never edit a released one; append.
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, (
        """CREATE TABLE engagements (
            id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, client VARCHAR,
            industry VARCHAR, domains VARCHAR[], consultant VARCHAR, language VARCHAR,
            created TIMESTAMP, notes VARCHAR)""",
        "CREATE SEQUENCE engagement_ids START 1",
        """CREATE TABLE assets (
            engagement_id INTEGER NOT NULL, asset_id VARCHAR NOT NULL, platform VARCHAR,
            kind VARCHAR, name VARCHAR, handle VARCHAR, url VARCHAR, owner VARCHAR,
            owner_contact VARCHAR, department VARCHAR, backup_owner VARCHAR, agency VARCHAR,
            two_factor VARCHAR, shared_login VARCHAR, admins INTEGER, recovery_contact VARCHAR,
            verified VARCHAR, last_post DATE, monitored VARCHAR, response_sla_hours DOUBLE,
            campaign_briefed VARCHAR, importance VARCHAR, notes VARCHAR, position INTEGER,
            updated_at TIMESTAMP, PRIMARY KEY (engagement_id, asset_id))""",
        """CREATE TABLE answers (
            engagement_id INTEGER NOT NULL, question_id VARCHAR NOT NULL, answer VARCHAR,
            note VARCHAR, evidence VARCHAR, verified BOOLEAN, updated_at TIMESTAMP,
            PRIMARY KEY (engagement_id, question_id))""",
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY, engagement_id INTEGER NOT NULL, started TIMESTAMP,
            finished TIMESTAMP, status VARCHAR, settings JSON, tool_version VARCHAR,
            pid INTEGER, score JSON)""",
        "CREATE SEQUENCE run_ids START 1",
        """CREATE TABLE results (
            run_id INTEGER NOT NULL, asset_id VARCHAR NOT NULL, check_id VARCHAR NOT NULL,
            status VARCHAR NOT NULL, reason VARCHAR, "values" JSON, evidence JSON,
            observed_at TIMESTAMP, duration_ms DOUBLE)""",
        """CREATE TABLE finding_states (
            engagement_id INTEGER NOT NULL, asset_id VARCHAR NOT NULL, check_id VARCHAR NOT NULL,
            state VARCHAR NOT NULL, note VARCHAR, updated_at TIMESTAMP,
            PRIMARY KEY (engagement_id, asset_id, check_id))""",
    )),
    (2, (  # runs numbered per engagement (a client's first audit is #1); archived engagements
        "ALTER TABLE runs ADD COLUMN number INTEGER",
        """UPDATE runs SET number = numbered.n FROM (
            SELECT id, row_number() OVER (PARTITION BY engagement_id ORDER BY id) AS n
            FROM runs) AS numbered WHERE runs.id = numbered.id""",
        "ALTER TABLE engagements ADD COLUMN archived TIMESTAMP",
    )),
    (4, (
        # the first-hour call sheet: a number to call for the holder and the backup
        "ALTER TABLE assets ADD COLUMN owner_phone VARCHAR",
        "ALTER TABLE assets ADD COLUMN backup_phone VARCHAR",
        # the report cover's optional logo (an image file's bytes)
        "ALTER TABLE engagements ADD COLUMN logo BLOB",
        # the action plan: who fixes a finding and by when, kept across re-audits
        "ALTER TABLE finding_states ADD COLUMN assignee VARCHAR",
        "ALTER TABLE finding_states ADD COLUMN due DATE",
        # An empty answer now means "not answered yet" (left out of the score). Before,
        # a stored empty answer was read as "don't know" (scored 0): keep that meaning.
        "UPDATE answers SET answer = 'unknown' WHERE answer IS NULL OR trim(answer) = ''",
    )),
    (5, (  # campaigns (#18): SPEC section 9
        """CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY, engagement_id INTEGER NOT NULL, name VARCHAR NOT NULL,
            launch DATE NOT NULL, end_date DATE, owner VARCHAR, agency VARCHAR,
            channels VARCHAR[], key_messages VARCHAR[], faq JSON, escalation VARCHAR,
            notes VARCHAR, updated_at TIMESTAMP)""",
        "CREATE SEQUENCE campaign_ids START 1",
        """CREATE TABLE briefings (
            campaign_id INTEGER NOT NULL, asset_id VARCHAR NOT NULL, holder VARCHAR,
            briefed_on DATE, briefed_by VARCHAR, method VARCHAR, acknowledged_on DATE,
            note VARCHAR, updated_at TIMESTAMP, PRIMARY KEY (campaign_id, asset_id))""",
    )),
    (7, (
        # The engagement's approved holding statement, posted on every channel in the
        # first hour of an incident (cut to each platform's length).
        "ALTER TABLE engagements ADD COLUMN holding_statement VARCHAR",
        """CREATE TABLE incidents (
            engagement_id INTEGER NOT NULL, id INTEGER NOT NULL, title VARCHAR NOT NULL,
            tier INTEGER NOT NULL, opened_at TIMESTAMP NOT NULL, origin_url VARCHAR,
            origin_platform VARCHAR, origin_author VARCHAR, screenshot BLOB, campaign VARCHAR,
            status VARCHAR NOT NULL, drill BOOLEAN NOT NULL, closed_at TIMESTAMP,
            root_causes VARCHAR[], root_cause_note VARCHAR, PRIMARY KEY (engagement_id, id))""",
        """CREATE TABLE incident_steps (
            engagement_id INTEGER NOT NULL, incident_id INTEGER NOT NULL,
            step_id VARCHAR NOT NULL, position INTEGER NOT NULL, kind VARCHAR NOT NULL,
            asset_id VARCHAR, "values" JSON, done_at TIMESTAMP, done_by VARCHAR, note VARCHAR,
            PRIMARY KEY (engagement_id, incident_id, step_id))""",
        """CREATE TABLE incident_log (
            engagement_id INTEGER NOT NULL, incident_id INTEGER NOT NULL,
            logged_at TIMESTAMP NOT NULL, kind VARCHAR NOT NULL, text VARCHAR NOT NULL,
            author VARCHAR)""",
    )),
    (8, (
        # The consultant's mark on a found lookalike domain (own / handled / open), kept
        # across re-audits like finding states.
        """CREATE TABLE lookalike_marks (
            engagement_id INTEGER NOT NULL, domain VARCHAR NOT NULL, mark VARCHAR NOT NULL,
            note VARCHAR, updated_at TIMESTAMP, PRIMARY KEY (engagement_id, domain))""",
        # Impostor accounts the client knows of, beside the inventory.
        """CREATE TABLE impostors (
            engagement_id INTEGER NOT NULL, id INTEGER NOT NULL, platform VARCHAR,
            target VARCHAR NOT NULL, first_seen DATE, reported_on DATE, status VARCHAR,
            note VARCHAR, updated_at TIMESTAMP, PRIMARY KEY (engagement_id, id))""",
    )),
    (9, (
        # Evidence behind an asset's attested cell (2FA, shared login, admins, recovery
        # contact, briefed): a note, a link, a screenshot, and the consultant's verification
        # of the value the cell held (audit/evidence.py). Kept across re-audits.
        """CREATE TABLE asset_evidence (
            engagement_id INTEGER NOT NULL, asset_id VARCHAR NOT NULL, check_id VARCHAR NOT NULL,
            verified BOOLEAN NOT NULL, verified_by VARCHAR, verified_at TIMESTAMP,
            value VARCHAR, note VARCHAR, link VARCHAR, image BLOB, image_type VARCHAR,
            updated_at TIMESTAMP, PRIMARY KEY (engagement_id, asset_id, check_id))""",
    )),
)
LATEST_VERSION = MIGRATIONS[-1][0]
RESULT_COLUMNS = ("run_id", "asset_id", "check_id", "status", "reason", "values", "evidence",
                  "observed_at", "duration_ms")
_RESULT_NAMES = ", ".join(f'"{c}"' for c in RESULT_COLUMNS)


def _json(value: Any) -> str:
    """JSON for stored settings, values and evidence; sets become sorted lists."""
    def default(obj: Any) -> Any:
        if isinstance(obj, set | frozenset):
            return sorted(obj, key=str)
        return str(obj)

    return json.dumps(value, default=default)


# Evidence is what a reviewer opens to see why; a page body stored whole in two results'
# evidence made one gzip-bomb asset 22.9 MB of JSON (issue #10). A long text is stored once
# per asset (later results point to it) and each result's evidence is capped, saying so.
EVIDENCE_MAX_BYTES = 64 * 1024
EVIDENCE_SHARED_CHARS = 1_024  # texts at least this long are stored once per asset


def _evidence_json(results: Sequence[Result]) -> list[str]:
    """Each result's evidence as JSON: shared long texts once, each at most the cap."""
    first: dict[tuple[str, int, int], str] = {}  # (asset, length, hash) -> where it is

    def once(value: Any, result: Result, path: str) -> Any:
        if isinstance(value, str) and len(value) >= EVIDENCE_SHARED_CHARS:
            here = f"{result.check_id}: {path}"
            where = first.setdefault((result.asset_id, len(value), hash(value)), here)
            return value if where == here else {"same_as": where}
        if isinstance(value, dict):
            return {k: once(v, result, f"{path}.{k}" if path else str(k))
                    for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [once(v, result, f"{path}[{i}]") for i, v in enumerate(value)]
        return value

    return [_capped(once(r.evidence, r, "")) for r in results]


def _capped(evidence: Any) -> str:
    """JSON of `evidence`, its longest texts cut until it fits EVIDENCE_MAX_BYTES."""
    text = _json(evidence)
    if len(text.encode()) <= EVIDENCE_MAX_BYTES:
        return text
    note = {"capped": f"evidence cut to {EVIDENCE_MAX_BYTES // 1024} KB of "
                      f"{len(text.encode()) / 2**20:.1f} MB", "original_bytes": len(text.encode())}

    def cut(value: Any, limit: int) -> Any:
        if isinstance(value, str) and len(value) > limit:
            return value[:limit] + "…"
        if isinstance(value, dict):
            return {k: cut(v, limit) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [cut(v, limit) for v in value]
        return value

    limit = EVIDENCE_MAX_BYTES // 4
    while limit >= 16:
        shorter = cut(evidence, limit)
        text = _json({**shorter, "_cap": note} if isinstance(shorter, dict)
                     else {"evidence": shorter, "_cap": note})
        if len(text.encode()) <= EVIDENCE_MAX_BYTES:
            return text
        limit //= 4
    return _json({"_cap": note})  # too many small parts to keep any of them


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
            rows: Sequence[Sequence[Any]]) -> None:
    """Insert rows as one statement whose parameters are whole columns, unnested side by
    side. executemany runs one statement per row (10,000 inventory rows took 11 s), and a
    multi-row VALUES list binds every cell as its own parameter: 337 results (one batch
    of the run's writer) took ~150 ms that way, ~20 ms as columns (bench/)."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    unnested = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    con.execute(f"INSERT INTO {table} ({names}) SELECT {unnested}",
                [list(column) for column in zip(*rows, strict=True)])


def _is_read_only_error(exc: Exception) -> bool:
    text = str(exc)
    return "Read-only file system" in text or "Permission denied" in text


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "lock" in text.lower() and ("Conflicting" in text or "Could not set lock" in text)


def _journal_asset(raw: bytes, run_id: int) -> str | None:
    """The asset of one journal line when it is whole, of this run and as result_rows
    makes it (so the insert cannot fail on it), else None."""
    try:
        rows = json.loads(b"[" + raw + b"]")
        if not rows or not all(_journal_row(r, run_id) for r in rows):
            return None
    except (ValueError, TypeError):
        return None
    assets = {r[1] for r in rows}
    return assets.pop() if len(assets) == 1 else None


def _journal_row(row: Any, run_id: int) -> bool:
    if not (isinstance(row, list) and len(row) == len(RESULT_COLUMNS) and row[0] == run_id
            and all(isinstance(row[i], str) for i in (1, 2, 3, 5, 6, 7))
            and (row[4] is None or isinstance(row[4], str))
            and (row[8] is None or isinstance(row[8], int | float))):
        return False
    json.loads(row[5])
    json.loads(row[6])
    datetime.fromisoformat(row[7])
    return True


class Store:
    """Short-lived connections over one DuckDB file, safe across threads and processes."""

    def __init__(self, path: str | os.PathLike[str] | None = None,
                 lock_wait_s: float = DEFAULT_LOCK_WAIT_S, read_only: bool = False) -> None:
        self.path = Path(path).expanduser() if path else default_db_path()
        self.lock_wait_s = lock_wait_s
        # For commands that only read (engagements, export, compare): they work on a file
        # or disk that cannot be written, and say so if a write is attempted (issue #10).
        self.read_only = read_only
        self._migrated = False
        self._migrate_lock = threading.Lock()
        self._shared = threading.local()  # the connection of an open reading() block

    # -- connections -------------------------------------------------------
    def _open(self) -> duckdb.DuckDBPyConnection:
        try:
            if not self.read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("store.error.mkdir", path=self.path,
                             detail=exc.strerror or exc) from exc
        deadline = time.monotonic() + self.lock_wait_s
        delay = 0.02
        while True:
            try:
                with _OPEN_CLOSE:
                    return duckdb.connect(str(self.path), read_only=self.read_only)
            except duckdb.IOException as exc:
                if _is_lock_error(exc):
                    self._signal_waiting()
                    if time.monotonic() >= deadline:
                        raise StoreBusy("store.error.busy", path=self.path,
                                        s=round(self.lock_wait_s)) from exc
                    time.sleep(delay)
                    # a run's writer lets go once it sees the signal, for >= 0.1 s
                    # (audit/writer.py): retrying at least every 50 ms catches it
                    delay = min(delay * 2, RETRY_MAX_S)
                    continue
                if _is_read_only_error(exc):
                    raise self._cannot_write(exc) from exc
                raise StoreError("store.error.open", path=self.path, detail=exc) from exc
            except duckdb.Error as exc:
                raise StoreError("store.error.open", path=self.path, detail=exc) from exc

    @property
    def waiting_path(self) -> Path:
        """Beside the file: a process that found it locked appends a byte here, so the
        process holding it (a run's writer) lets go at once instead of after its cap."""
        return self.path.with_name(self.path.name + ".wait")

    def _signal_waiting(self) -> None:
        # a read-only folder: the holder's cap (writer.HOLD_S) still frees the file
        with suppress(OSError), open(self.waiting_path, "ab") as signal:
            signal.write(b".")

    def waiting_mark(self) -> tuple[int, int]:
        """What the waiting signal looks like now; a change means another process waits."""
        try:
            stat = os.stat(self.waiting_path)
        except OSError:
            return (0, 0)
        return (stat.st_mtime_ns, stat.st_size)

    def clear_waiting(self) -> None:
        with suppress(OSError):
            self.waiting_path.unlink()

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction on a fresh connection; committed on success, rolled back on error.

        Inside a reading() block on this thread, the block's connection and transaction;
        inside a holding() block, the held connection (still one transaction per call)."""
        shared = getattr(self._shared, "con", None)
        if shared is not None:
            yield shared
            return
        self.migrate()
        held = getattr(self._shared, "held", None)
        con = held if held is not None else self._open()
        try:
            con.execute("BEGIN TRANSACTION")
            yield con
            con.execute("COMMIT")
        except duckdb.InvalidInputException as exc:  # a write on a read-only connection
            with suppress(duckdb.Error):
                con.execute("ROLLBACK")
            if "read-only" in str(exc):
                raise self._cannot_write(exc) from exc
            raise
        except (duckdb.IOException, duckdb.TransactionException) as exc:  # disk full, I/O
            with suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise StoreError("store.error.write", path=self.path, detail=exc) from exc
        except BaseException:
            with suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise
        finally:
            if held is None:
                with _OPEN_CLOSE:
                    con.close()

    @contextmanager
    def holding(self) -> Iterator[None]:
        """Keep one connection open for this thread's store calls in the block, each still
        its own transaction: a run's writer commits several batches for one ~10 ms open
        (audit/writer.py). The file is locked meanwhile, so the block must stay short."""
        if getattr(self._shared, "con", None) is not None or \
                getattr(self._shared, "held", None) is not None:
            yield
            return
        self.migrate()
        self._shared.held = self._open()
        try:
            yield
        finally:
            con, self._shared.held = self._shared.held, None
            with _OPEN_CLOSE:
                con.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run this thread's store calls in the block on one connection, as one transaction
        (committed at the end, rolled back on error). Nested blocks join the outer one."""
        if getattr(self._shared, "con", None) is not None:
            yield
            return
        with self.connect() as con:
            self._shared.con = con
            try:
                yield
            finally:
                self._shared.con = None

    def _cannot_write(self, exc: Exception) -> StoreError:
        return StoreError("store.error.read_only", path=self.path, detail=exc)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Run this thread's store calls in the block on one connection and one snapshot.

        Opening a connection re-opens the database instance when none is open (~14 ms), so
        a page that makes several queries (build_report's six) shares one. The block is
        short: the connection closes at its end, so other processes get their turn.
        The cycle collector is paused meanwhile (see _collector_paused).
        """
        with _collector_paused(), self.transaction():
            yield

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.connect() as con:
            cur = con.execute(sql, params)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    # -- migrations --------------------------------------------------------
    def schema_version(self, con: duckdb.DuckDBPyConnection) -> int:
        con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                    "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
        row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> None:
        """Bring the file to the latest schema; refuse a file written by a newer Siaga."""
        if self._migrated:
            return
        with self._migrate_lock:
            if self._migrated:
                return
            if self.read_only:
                self._check_schema()
                self._migrated = True
                return
            con = self._open()
            try:
                con.execute("BEGIN TRANSACTION")
                current = self.schema_version(con)
                if current > LATEST_VERSION:
                    con.execute("ROLLBACK")
                    raise StoreError("store.error.newer", path=self.path, current=current,
                                     latest=LATEST_VERSION)
                for version, statements in MIGRATIONS:
                    if version <= current:
                        continue
                    for statement in statements:
                        con.execute(statement)
                    con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [version, _now()])
                con.execute("COMMIT")
            except duckdb.Error as exc:
                raise StoreError("store.error.prepare", path=self.path, detail=exc) from exc
            finally:
                with _OPEN_CLOSE:
                    con.close()
            self._migrated = True

    def _check_schema(self) -> None:
        """Read-only: the file must already be at this version's schema (no upgrade)."""
        con = self._open()
        try:
            row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
            current = int(row[0] or 0)
        except duckdb.Error as exc:
            raise StoreError("store.error.not_siaga", path=self.path, detail=exc) from exc
        finally:
            with _OPEN_CLOSE:
                con.close()
        if current > LATEST_VERSION:
            raise StoreError("store.error.newer", path=self.path, current=current,
                             latest=LATEST_VERSION)
        if current < LATEST_VERSION:
            raise StoreError("store.error.older_read_only", path=self.path, current=current,
                             latest=LATEST_VERSION)

    # -- engagements -------------------------------------------------------
    def create_engagement(self, name: str, client: str = "", industry: str = "",
                          domains: Iterable[str] = (), consultant: str = "",
                          language: str = "en", notes: str = "") -> Engagement:
        with self.connect() as con:
            if con.execute("SELECT 1 FROM engagements WHERE name = ?", [name]).fetchone():
                raise StoreError("store.error.engagement_exists", name=name)
            eid = con.execute("SELECT nextval('engagement_ids')").fetchone()[0]
            con.execute(
                "INSERT INTO engagements (id, name, client, industry, domains, consultant, "
                "language, created, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [eid, name, client, industry, list(domains), consultant, language, _now(),
                 notes],
            )
        return self.get_engagement(eid)

    def _engagement(self, row: dict[str, Any]) -> Engagement:
        row["domains"] = list(row["domains"] or [])
        known = {f.name for f in fields(Engagement)}  # the logo's bytes stay in the file
        return Engagement(**{k: ("" if v is None and k not in ("created", "archived") else v)
                             for k, v in row.items() if k in known})

    def set_logo(self, engagement_id: int, logo: bytes | None) -> None:
        """The report cover's logo (image bytes), or None to remove it."""
        with self.connect() as con:
            con.execute("UPDATE engagements SET logo = ? WHERE id = ?", [logo, engagement_id])

    def get_logo(self, engagement_id: int) -> bytes | None:
        rows = self.query("SELECT logo FROM engagements WHERE id = ?", [engagement_id])
        return bytes(rows[0]["logo"]) if rows and rows[0]["logo"] is not None else None

    def get_engagement(self, engagement_id: int) -> Engagement:
        rows = self.query("SELECT * FROM engagements WHERE id = ?", [engagement_id])
        if not rows:
            raise StoreError("store.error.no_engagement", id=engagement_id)
        return self._engagement(rows[0])

    def find_engagement(self, name: str) -> Engagement | None:
        rows = self.query("SELECT * FROM engagements WHERE name = ?", [name])
        return self._engagement(rows[0]) if rows else None

    def list_engagements(self) -> list[Engagement]:
        return [self._engagement(r) for r in self.query("SELECT * FROM engagements ORDER BY id")]

    def update_engagement(self, engagement_id: int, **changes: Any) -> None:
        allowed = {"client", "industry", "domains", "consultant", "language", "notes"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"Cannot change {sorted(bad)}")
        if not changes:
            return
        sets = ", ".join(f"{k} = ?" for k in changes)
        with self.connect() as con:
            con.execute(f"UPDATE engagements SET {sets} WHERE id = ?",
                        [*changes.values(), engagement_id])

    def rename_engagement(self, engagement_id: int, name: str) -> None:
        """A new name; refused when another engagement has it (names identify them)."""
        with self.connect() as con:
            taken = con.execute("SELECT 1 FROM engagements WHERE name = ? AND id <> ?",
                                [name, engagement_id]).fetchone()
            if taken:
                raise StoreError("store.error.engagement_exists", name=name)
            con.execute("UPDATE engagements SET name = ? WHERE id = ?", [name, engagement_id])

    def set_archived(self, engagement_id: int, archived: bool) -> None:
        with self.connect() as con:
            con.execute("UPDATE engagements SET archived = ? WHERE id = ?",
                        [_now() if archived else None, engagement_id])

    def _engagement_tables(self, con: duckdb.DuckDBPyConnection,
                           column: str) -> list[str]:
        """Tables holding a column (engagement_id, run_id): new capabilities' tables too."""
        return [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.columns WHERE column_name = ? "
            "AND table_schema = current_schema() ORDER BY table_name", [column]).fetchall()]

    def _engagement_parts(self, con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
        """(table, WHERE clause on the engagement id) for every row an engagement owns:
        tables with engagement_id, and their children by the naming rule `runs.id` ->
        `run_id` (results), `campaigns.id` -> `campaign_id` (briefings); children first."""
        owners = self._engagement_tables(con, "engagement_id")
        parents = set(self._engagement_tables(con, "id"))
        children = [(child, f'{parent[:-1]}_id IN (SELECT id FROM "{parent}" '
                            "WHERE engagement_id = ?)")
                    for parent in owners if parent in parents and parent.endswith("s")
                    for child in self._engagement_tables(con, f"{parent[:-1]}_id")]
        return children + [(table, "engagement_id = ?") for table in owners]

    def engagement_rows(self, engagement_id: int) -> dict[str, int]:
        """Rows per table that belong to the engagement: what deleting it removes."""
        with self.connect() as con:
            return {t: con.execute(f'SELECT count(*) FROM "{t}" WHERE {where}',
                                   [engagement_id]).fetchone()[0]
                    for t, where in self._engagement_parts(con)}

    def delete_engagement(self, engagement_id: int) -> None:
        """The engagement and every row of it, in one transaction (all or nothing); refused
        while a run of it is live in any process."""
        with self.connect() as con:
            self._refuse_live_run(con, engagement_id)
            for table, where in self._engagement_parts(con):
                con.execute(f'DELETE FROM "{table}" WHERE {where}', [engagement_id])
            con.execute("DELETE FROM engagements WHERE id = ?", [engagement_id])

    # -- assets ------------------------------------------------------------
    def upsert_assets(self, engagement_id: int, assets: Sequence[Asset]) -> None:
        """Insert or update by asset_id, in one transaction; other assets are untouched."""
        if assets:
            with self.connect() as con:
                self._write_assets(con, engagement_id, assets)

    def replace_assets(self, engagement_id: int, assets: Sequence[Asset]) -> None:
        """Make the inventory exactly `assets` (the app's Save) in one transaction, so a
        failure leaves the saved inventory as it was; kept assets keep their place."""
        with self.connect() as con:
            con.execute("DELETE FROM assets WHERE engagement_id = ? "
                        "AND NOT list_contains(?, asset_id)",
                        [engagement_id, [a.asset_id for a in assets]])
            self._write_assets(con, engagement_id, assets)

    def _write_assets(self, con: duckdb.DuckDBPyConnection, engagement_id: int,
                      assets: Sequence[Asset]) -> None:
        positions = dict(con.execute(
            "SELECT asset_id, position FROM assets WHERE engagement_id = ?",
            [engagement_id]).fetchall())
        last = max(positions.values(), default=0)
        now = _now()
        rows = []
        for asset in assets:
            position = positions.get(asset.asset_id)
            if position is None:
                last += 1
                position = last
            data = asset.to_row()
            rows.append([engagement_id, *(data[c] for c in ASSET_COLUMNS), asset.kind,
                         position, now])
        con.execute("DELETE FROM assets WHERE engagement_id = ? AND list_contains(?, asset_id)",
                    [engagement_id, [a.asset_id for a in assets]])
        _insert(con, "assets", ("engagement_id", *ASSET_COLUMNS, "kind", "position",
                                "updated_at"), rows)

    def apply_asset_changes(self, engagement_id: int, changes: Sequence[AssetChange],
                            ) -> list[AssetConflict]:
        """Apply an editor's own edits against the versions it loaded, in one transaction.

        A change whose stored asset was changed or deleted since (by another window or
        `siaga import`), or a new id already taken, is not applied and comes back as a
        conflict; assets the editor never showed are never touched (issue #10: a Save
        that replaced the whole inventory lost 29 of 50 assets imported meanwhile).
        """
        conflicts: list[AssetConflict] = []
        with self.connect() as con:
            current = {a.asset_id: a for a in self._assets(con, engagement_id)}
            gone: set[str] = set()
            writes: dict[str, Asset] = {}
            # Deletions first, so a row deleted and re-added under its id in one save works.
            order = sorted(range(len(changes)), key=lambda i: changes[i].new is not None)
            for index in order:
                change = changes[index]
                base_id = split_token(change.base)[1] if change.base else None
                code = self._conflict(change, current)
                if code:
                    named = change.new.asset_id if code == "inventory.conflict_exists" and \
                        change.new else base_id
                    conflicts.append(AssetConflict(index, named or "", code))
                    continue
                if base_id in current and (change.new is None
                                           or change.new.asset_id != base_id):
                    gone.add(base_id)
                    del current[base_id]
                if change.new is not None:
                    writes[change.new.asset_id] = current[change.new.asset_id] = change.new
                    gone.discard(change.new.asset_id)
            if gone:
                con.execute("DELETE FROM assets WHERE engagement_id = ? "
                            "AND list_contains(?, asset_id)", [engagement_id, sorted(gone)])
            if writes:
                self._write_assets(con, engagement_id, list(writes.values()))
        return sorted(conflicts, key=lambda c: c.index)

    @staticmethod
    def _conflict(change: AssetChange, current: dict[str, Asset]) -> str:
        """Why `change` cannot be applied to the stored assets, or '' when it can."""
        new = change.new
        if change.base:
            version, base_id = split_token(change.base)
            stored = current.get(base_id)
            if stored is None:
                return "" if new is None else "inventory.conflict_deleted"
            if stored.version() != version and not (new and new.token() == stored.token()):
                return ("inventory.conflict_not_deleted" if new is None
                        else "inventory.conflict_changed")
            if new is None or new.asset_id == base_id:
                return ""
        taken = current.get(new.asset_id) if new else None
        if taken is not None and new is not None and taken.token() != new.token():
            return "inventory.conflict_exists"
        return ""

    def delete_assets(self, engagement_id: int, asset_ids: Iterable[str]) -> None:
        with self.connect() as con:
            con.executemany("DELETE FROM assets WHERE engagement_id = ? AND asset_id = ?",
                            [[engagement_id, a] for a in asset_ids])

    def list_assets(self, engagement_id: int) -> list[Asset]:
        with self.connect() as con:
            return self._assets(con, engagement_id)

    @staticmethod
    def _assets(con: duckdb.DuckDBPyConnection, engagement_id: int) -> list[Asset]:
        cur = con.execute(
            f"SELECT {', '.join(ASSET_COLUMNS)}, kind FROM assets WHERE engagement_id = ? "
            "ORDER BY position, asset_id", [engagement_id])
        names = [d[0] for d in cur.description]
        return [Asset.from_row({k: ("" if v is None and k in _TEXT_COLUMNS else v)
                                for k, v in zip(names, row, strict=True)})
                for row in cur.fetchall()]

    # -- answers -----------------------------------------------------------
    def save_answers(self, engagement_id: int, answers: Sequence[Answer]) -> None:
        now = _now()
        with self.connect() as con:
            con.executemany(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)",
                [[engagement_id, a.question_id, a.answer, a.note, a.evidence, a.verified, now]
                 for a in answers])

    def list_answers(self, engagement_id: int) -> dict[str, Answer]:
        rows = self.query(
            "SELECT question_id, answer, note, evidence, verified FROM answers "
            "WHERE engagement_id = ?", [engagement_id])
        return {r["question_id"]: Answer(r["question_id"], r["answer"] or "",
                                         r["note"] or "", r["evidence"] or "",
                                         bool(r["verified"])) for r in rows}

    # -- runs and results ----------------------------------------------------
    def start_run(self, engagement_id: int, settings: dict[str, Any], tool_version: str,
                  started: datetime | None = None) -> int:
        """Open a run; refuses a second concurrent run for the same engagement.

        `started` is only given for replayed runs (the demo's earlier audit)."""
        with self.connect() as con:
            self._refuse_live_run(con, engagement_id)
            run_id = con.execute("SELECT nextval('run_ids')").fetchone()[0]
            number = con.execute("SELECT coalesce(max(number), 0) + 1 FROM runs "
                                 "WHERE engagement_id = ?", [engagement_id]).fetchone()[0]
            con.execute(
                "INSERT INTO runs (id, engagement_id, started, status, settings, tool_version, "
                "pid, number) VALUES (?, ?, ?, 'running', ?, ?, ?, ?)",
                [run_id, engagement_id, started or _now(), _json(settings), tool_version,
                 os.getpid(), number])
        return run_id

    def resume_run(self, run_id: int) -> None:
        """Mark an interrupted run running again, by this process; refuses when another
        run of its engagement is live, or the run is not interrupted."""
        with self.connect() as con:
            row = con.execute("SELECT engagement_id, status FROM runs WHERE id = ?",
                              [run_id]).fetchone()
            if row is None:
                raise StoreError("store.error.no_run", id=run_id)
            engagement_id, status = row
            if status != "interrupted":
                raise StoreError("store.error.not_interrupted", number=run_id)
            self._refuse_live_run(con, engagement_id)
            con.execute("UPDATE runs SET status = 'running', pid = ?, finished = NULL, "
                        "score = NULL WHERE id = ?", [os.getpid(), run_id])

    def stored_statuses(self, run_id: int) -> dict[str, Counter[str]]:
        """Per asset ('' for the organization) the statuses already stored in a run: what
        a resumed run need not check again (an asset's results are written together)."""
        rows = self.query("SELECT asset_id, status, count(*) AS n FROM results "
                          "WHERE run_id = ? GROUP BY asset_id, status", [run_id])
        stored: dict[str, Counter[str]] = {}
        for r in rows:
            stored.setdefault(r["asset_id"], Counter())[r["status"]] = int(r["n"])
        return stored

    @staticmethod
    def _refuse_live_run(con: duckdb.DuckDBPyConnection, engagement_id: int) -> None:
        """A live run of the engagement refuses a second one; a dead one is interrupted."""
        busy = con.execute(
            "SELECT id, pid, number FROM runs WHERE engagement_id = ? AND status = 'running'",
            [engagement_id]).fetchall()
        for run_id, pid, number in busy:
            if pid and _pid_alive(pid):
                raise StoreError("store.error.run_in_progress", number=number)
            con.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", [run_id])

    def add_results(self, run_id: int, results: Sequence[Result]) -> None:
        """Write results in one transaction: a run's writer stores a batch of assets at
        once (audit/writer.py), so an asset is never half-written."""
        if results:
            self.add_result_rows([self.result_rows(run_id, results)])

    @staticmethod
    def result_rows(run_id: int, results: Sequence[Result]) -> str:
        """Results as add_result_rows stores them: one JSON text of their rows (values and
        evidence made here). A run's workers make their own, so the writer's turn on the
        file is the insert alone, and DuckDB parses the text without holding Python's
        lock: passed as lists, converting the cells held it ~40 % of each insert, which
        every check thread waited on (bench/, issue 15)."""
        now = _now()
        evidence = _evidence_json(results)
        return json.dumps([[run_id, r.asset_id, r.check_id, r.status, r.reason, _json(r.values),
                            e, (r.observed_at or now).isoformat(), r.duration_ms]
                           for r, e in zip(results, evidence, strict=True)])[1:-1]

    def add_result_rows(self, rows: Sequence[str]) -> None:
        """Store the rows of result_rows texts, in one transaction."""
        rows = [r for r in rows if r]
        if not rows:
            return
        with self.connect() as con:
            con.execute(
                f"INSERT INTO results ({_RESULT_NAMES}) "
                "SELECT r[1]::INTEGER, r[2], r[3], r[4], r[5], r[6]::JSON, r[7]::JSON, "
                "r[8]::TIMESTAMP, r[9]::DOUBLE "
                "FROM (SELECT unnest(from_json(?::JSON, '[[\"VARCHAR\"]]')) AS r)",
                ["[" + ",".join(rows) + "]"])

    def finish_run(self, run_id: int, status: str, score: dict[str, Any] | None = None,
                   finished: datetime | None = None) -> None:
        with self.connect() as con:
            con.execute("UPDATE runs SET status = ?, finished = ?, score = ? WHERE id = ?",
                        [status, finished or _now(), _json(score) if score is not None else None,
                         run_id])

    def recover_interrupted(self) -> int:
        """Mark runs whose process died (kill -9, power loss) as interrupted, and store what
        their journals hold (audit/journal.py). Returns how many runs were marked."""
        rows = self.query("SELECT id, pid FROM runs WHERE status = 'running'")
        dead = [r["id"] for r in rows if not (r["pid"] and _pid_alive(r["pid"]))]
        if dead:
            with self.connect() as con:
                con.executemany("UPDATE runs SET status = 'interrupted', finished = ? "
                                "WHERE id = ?", [[_now(), d] for d in dead])
        # A dead run's journal holds what its writer had not committed. A run that ended
        # (interrupted after a failed write) keeps its journal for its resume, which scores
        # it anew; one whose run is gone (engagement deleted) is removed by the replay.
        journaled = self._journaled_runs()
        if journaled:
            known = {r["id"] for r in self.query("SELECT id FROM runs")}
            for run_id in sorted(j for j in journaled if j in dead or j not in known):
                self.replay_journal(run_id)
        return len(dead)

    def _journaled_runs(self) -> set[int]:
        prefix, suffix = f"{self.path.name}.run", ".journal"
        try:
            names = [p.name for p in self.path.parent.iterdir()]
        except OSError:
            return set()
        ids = (n.removeprefix(prefix).removesuffix(suffix) for n in names
               if n.startswith(prefix) and n.endswith(suffix))
        return {int(i) for i in ids if i.isdigit()}

    def replay_journal(self, run_id: int) -> int:
        """Store the assets a run's journal holds that the database lacks, then delete the
        journal: the results of a run whose process died before its writer committed them.
        A line that does not parse (cut short by the kill) is skipped: its asset is checked
        again on resume. Returns how many assets were stored."""
        path = journal_path(self.path, run_id)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return 0
        except OSError as exc:
            raise StoreError("store.error.open", path=path, detail=exc.strerror or exc) from exc
        lines: dict[str, str] = {}
        for raw in data.split(b"\n"):
            asset = _journal_asset(raw, run_id)
            if asset is not None:
                lines.setdefault(asset, raw.decode("utf-8"))
        with self.transaction():  # the check and the insert together (two recovering apps)
            known = self.query("SELECT id FROM runs WHERE id = ?", [run_id])
            stored = self.stored_statuses(run_id)
            missing = [text for asset, text in lines.items() if asset not in stored] \
                if known else []
            self.add_result_rows(missing)
        path.unlink(missing_ok=True)
        return len(missing)

    def _run(self, row: dict[str, Any]) -> Run:
        row.pop("pid", None)
        row["settings"] = json.loads(row["settings"] or "{}")
        row["score"] = json.loads(row["score"]) if row["score"] else None
        return Run(**row)

    def list_runs(self, engagement_id: int) -> list[Run]:
        return [self._run(r) for r in self.query(
            "SELECT * FROM runs WHERE engagement_id = ? ORDER BY id", [engagement_id])]

    def get_run(self, run_id: int) -> Run:
        rows = self.query("SELECT * FROM runs WHERE id = ?", [run_id])
        if not rows:
            raise StoreError("store.error.no_run", id=run_id)
        return self._run(rows[0])

    def list_results(self, run_id: int, evidence: bool = True) -> list[Result]:
        """A run's results by (asset, check). Without `evidence`, only what scoring and a
        comparison read (status, reason, values): a report's previous run skips decoding
        its evidence and timestamps (about half the cost of listing it)."""
        columns = '"values", evidence, observed_at, duration_ms' if evidence else '"values"'
        with _collector_paused():  # alone (a page's results table) as in a reading() block
            return self._results(run_id, columns, evidence)

    def _results(self, run_id: int, columns: str, evidence: bool) -> list[Result]:
        with self.connect() as con:
            rows = _fetch_rows(con.execute(
                f"SELECT asset_id, check_id, status, reason, {columns} FROM results "
                "WHERE run_id = ?", [run_id]))
        # Sorting here and decoding each JSON column in one call is ~4x faster than ORDER BY
        # plus a json.loads per cell (bench/: the dashboard at 1M results); the columns are
        # Result's fields in order.
        rows.sort(key=itemgetter(0, 1))
        values = json.loads("[" + ",".join(r[4] or "{}" for r in rows) + "]")
        if not evidence:
            return [Result(a, c, s, reason, v)
                    for (a, c, s, reason, _), v in zip(rows, values, strict=True)]
        evidences = json.loads("[" + ",".join(r[5] or "{}" for r in rows) + "]")
        return [Result(a, c, s, reason, v, e, at, ms)
                for (a, c, s, reason, _, _, at, ms), v, e in zip(rows, values, evidences,
                                                                  strict=True)]

    def list_statuses(self, run_id: int) -> dict[tuple[str, str], str]:
        """A run's status by (asset_id, check_id), a later duplicate winning as in
        list_results: what a comparison with a later run reads (~8x cheaper than
        list_results without evidence; in stored order, not sorted)."""
        with self.connect() as con:
            rows = _fetch_rows(con.execute("SELECT asset_id, check_id, status FROM results "
                                           "WHERE run_id = ?", [run_id]))
        return {(a, c): s for a, c, s in rows}

    def count_results(self, run_id: int) -> dict[str, int]:
        """Results per asset so far; the app polls this for live progress."""
        rows = self.query("SELECT count(DISTINCT asset_id) AS n FROM results WHERE run_id = ?",
                          [run_id])
        return {"assets_done": int(rows[0]["n"])}

    # -- finding states ------------------------------------------------------
    def set_finding_state(self, engagement_id: int, asset_id: str, check_id: str,
                          state: str, note: str = "") -> None:
        """State and note; an assignee and due date already set are kept."""
        with self.connect() as con:
            con.execute("INSERT INTO finding_states (engagement_id, asset_id, check_id, state, "
                        "note, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE "
                        "SET state = excluded.state, note = excluded.note, "
                        "updated_at = excluded.updated_at",
                        [engagement_id, asset_id, check_id, state, note, _now()])

    def set_finding_plan(self, engagement_id: int, asset_id: str, check_id: str,
                         assignee: str, due: date | None) -> None:
        """Who fixes a finding and by when; its state and note are kept (open if new)."""
        with self.connect() as con:
            con.execute("INSERT INTO finding_states (engagement_id, asset_id, check_id, state, "
                        "note, assignee, due, updated_at) VALUES (?, ?, ?, 'open', '', ?, ?, ?) "
                        "ON CONFLICT DO UPDATE SET assignee = excluded.assignee, "
                        "due = excluded.due, updated_at = excluded.updated_at",
                        [engagement_id, asset_id, check_id, assignee, due, _now()])

    def finding_plans(self, engagement_id: int,
                      ) -> dict[tuple[str, str], tuple[str, date | None]]:
        rows = self.query("SELECT asset_id, check_id, assignee, due FROM finding_states "
                          "WHERE engagement_id = ? AND (assignee <> '' OR due IS NOT NULL)",
                          [engagement_id])
        return {(r["asset_id"], r["check_id"]): (r["assignee"] or "", r["due"]) for r in rows}

    def finding_states(self, engagement_id: int) -> dict[tuple[str, str], tuple[str, str]]:
        rows = self.query("SELECT asset_id, check_id, state, note FROM finding_states "
                          "WHERE engagement_id = ?", [engagement_id])
        return {(r["asset_id"], r["check_id"]): (r["state"], r["note"] or "") for r in rows}

    # -- evidence behind asset attestations -------------------------------------
    _EVIDENCE = ("verified", "verified_by", "verified_at", "value", "note", "link")

    def save_asset_evidence(self, engagement_id: int, items: Sequence[AssetEvidence],
                            images: Mapping[tuple[str, str], bytes | None] | None = None,
                            ) -> None:
        """Insert or replace evidence by (asset, check), all in one transaction. An image
        is written only for the keys in `images` (None removes it); others keep theirs."""
        images = images or {}
        now = _now()
        with self.connect() as con:
            for item in items:
                key = (item.asset_id, item.check_id)
                values = [getattr(item, c) for c in self._EVIDENCE]
                con.execute(
                    "INSERT INTO asset_evidence (engagement_id, asset_id, check_id, "
                    f"{', '.join(self._EVIDENCE)}, image, image_type, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                    + ", ".join(f"{c} = excluded.{c}" for c in self._EVIDENCE)
                    + (", image = excluded.image, image_type = excluded.image_type"
                       if key in images else "") + ", updated_at = excluded.updated_at",
                    [engagement_id, *key, *values, images.get(key),
                     item.image_type if images.get(key) is not None else "", now])

    def list_asset_evidence(self, engagement_id: int) -> list[AssetEvidence]:
        """Every evidence row of the engagement (image sizes, not bytes), by asset and check."""
        rows = self.query(
            f"SELECT asset_id, check_id, {', '.join(self._EVIDENCE)}, "
            "coalesce(image_type, '') AS image_type, coalesce(octet_length(image), 0) "
            "AS image_size, updated_at FROM asset_evidence WHERE engagement_id = ? "
            "ORDER BY asset_id, check_id", [engagement_id])
        return [AssetEvidence(**{k: ("" if v is None and k not in ("verified_at", "updated_at")
                                     else v) for k, v in r.items()}) for r in rows]

    def evidence_image(self, engagement_id: int, asset_id: str,
                       check_id: str) -> tuple[bytes, str] | None:
        rows = self.query("SELECT image, image_type FROM asset_evidence WHERE engagement_id = ? "
                          "AND asset_id = ? AND check_id = ? AND image IS NOT NULL",
                          [engagement_id, asset_id, check_id])
        return (bytes(rows[0]["image"]), rows[0]["image_type"]) if rows else None

    # -- campaigns -----------------------------------------------------------
    def save_campaign(self, campaign: Campaign) -> Campaign:
        """Insert (id 0) or update one campaign; names are unique within an engagement."""
        faq = _json([[f.question, f.answer] for f in campaign.faq])
        fields = [campaign.name, campaign.launch, campaign.end, campaign.owner, campaign.agency,
                  list(campaign.channels), list(campaign.key_messages), faq,
                  campaign.escalation, campaign.notes, _now()]
        with self.connect() as con:
            clash = con.execute("SELECT id FROM campaigns WHERE engagement_id = ? AND name = ? "
                                "AND id <> ?", [campaign.engagement_id, campaign.name,
                                                campaign.id]).fetchone()
            if clash:
                raise StoreError("store.error.campaign_exists", name=campaign.name)
            if campaign.id:
                con.execute("UPDATE campaigns SET name = ?, launch = ?, end_date = ?, owner = ?, "
                            "agency = ?, channels = ?, key_messages = ?, faq = ?, "
                            "escalation = ?, notes = ?, updated_at = ? WHERE id = ?",
                            [*fields, campaign.id])
                campaign_id = campaign.id
            else:
                campaign_id = con.execute("SELECT nextval('campaign_ids')").fetchone()[0]
                con.execute("INSERT INTO campaigns (id, engagement_id, name, launch, end_date, "
                            "owner, agency, channels, key_messages, faq, escalation, notes, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [campaign_id, campaign.engagement_id, *fields])
        return self.get_campaign(campaign_id)

    def _campaign(self, row: dict[str, Any]) -> Campaign:
        faq = [FaqEntry(q, a) for q, a in json.loads(row["faq"] or "[]")]
        return Campaign(id=row["id"], engagement_id=row["engagement_id"], name=row["name"],
                        launch=row["launch"], end=row["end_date"], owner=row["owner"] or "",
                        agency=row["agency"] or "", channels=list(row["channels"] or []),
                        key_messages=list(row["key_messages"] or []), faq=faq,
                        escalation=row["escalation"] or "", notes=row["notes"] or "")

    def get_campaign(self, campaign_id: int) -> Campaign:
        rows = self.query("SELECT * FROM campaigns WHERE id = ?", [campaign_id])
        if not rows:
            raise StoreError("store.error.no_campaign", id=campaign_id)
        return self._campaign(rows[0])

    def list_campaigns(self, engagement_id: int) -> list[Campaign]:
        """The engagement's campaigns, by launch date."""
        return [self._campaign(r) for r in self.query(
            "SELECT * FROM campaigns WHERE engagement_id = ? ORDER BY launch, id",
            [engagement_id])]

    def save_briefings(self, briefings: Sequence[Briefing]) -> None:
        """Record briefings (one per campaign x channel, replacing the earlier record)."""
        if not briefings:
            return
        now = _now()
        with self.connect() as con:
            con.executemany(
                "INSERT OR REPLACE INTO briefings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[b.campaign_id, b.asset_id, b.holder, b.briefed_on, b.briefed_by, b.method,
                  b.acknowledged_on, b.note, now] for b in briefings])

    def list_briefings(self, engagement_id: int) -> list[Briefing]:
        """Every briefing of the engagement's campaigns."""
        rows = self.query(
            "SELECT b.campaign_id, b.asset_id, b.holder, b.briefed_on, b.briefed_by, b.method, "
            "b.acknowledged_on, b.note FROM briefings b JOIN campaigns c ON c.id = b.campaign_id "
            "WHERE c.engagement_id = ? ORDER BY b.campaign_id, b.asset_id", [engagement_id])
        return [Briefing(**{k: ("" if v is None and k not in ("briefed_on", "acknowledged_on")
                                else v) for k, v in r.items()}) for r in rows]


    # -- impersonation watch -----------------------------------------------------------
    def set_lookalike_mark(self, engagement_id: int, domain: str, mark: str,
                           note: str = "") -> None:
        with self.connect() as con:
            con.execute("INSERT OR REPLACE INTO lookalike_marks VALUES (?, ?, ?, ?, ?)",
                        [engagement_id, domain, mark, note, _now()])

    def lookalike_marks(self, engagement_id: int) -> dict[str, str]:
        rows = self.query("SELECT domain, mark FROM lookalike_marks WHERE engagement_id = ?",
                          [engagement_id])
        return {r["domain"]: r["mark"] for r in rows}

    def lookalike_notes(self, engagement_id: int) -> dict[str, str]:
        rows = self.query("SELECT domain, note FROM lookalike_marks WHERE engagement_id = ?",
                          [engagement_id])
        return {r["domain"]: r["note"] or "" for r in rows}

    def save_impostor(self, engagement_id: int, impostor: Impostor) -> int:
        """Insert (id 0) or update one impostor record; returns its id."""
        with self.connect() as con:  # one transaction: the id and the row together
            new_id = impostor.id or int(con.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM impostors WHERE engagement_id = ?",
                [engagement_id]).fetchone()[0])
            con.execute("INSERT OR REPLACE INTO impostors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [engagement_id, new_id, impostor.platform, impostor.target,
                         impostor.first_seen, impostor.reported_on, impostor.status,
                         impostor.note, _now()])
        return new_id

    def list_impostors(self, engagement_id: int) -> list[Impostor]:
        rows = self.query("SELECT id, platform, target, first_seen, reported_on, status, note "
                          "FROM impostors WHERE engagement_id = ? ORDER BY id", [engagement_id])
        return [Impostor(**{**r, "note": r["note"] or "", "platform": r["platform"] or ""})
                for r in rows]


    # -- incidents ----------------------------------------------------------------------
    def holding_statement(self, engagement_id: int) -> str:
        rows = self.query("SELECT holding_statement FROM engagements WHERE id = ?",
                          [engagement_id])
        return (rows[0]["holding_statement"] or "") if rows else ""

    def set_holding_statement(self, engagement_id: int, text: str) -> None:
        with self.connect() as con:
            con.execute("UPDATE engagements SET holding_statement = ? WHERE id = ?",
                        [text, engagement_id])

    def open_incident(self, engagement_id: int, incident: Incident) -> int:
        """Store a new incident with its first-hour steps in one transaction; its id."""
        with self.connect() as con:
            new_id = int(con.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM incidents WHERE engagement_id = ?",
                [engagement_id]).fetchone()[0])
            con.execute(f"INSERT INTO incidents VALUES ({', '.join('?' * 15)})",
                        [engagement_id, new_id, incident.title, incident.tier,
                         incident.opened_at, incident.origin_url, incident.origin_platform,
                         incident.origin_author, incident.screenshot, incident.campaign,
                         incident.status, incident.drill, incident.closed_at,
                         incident.root_causes, incident.root_cause_note])
            _insert(con, "incident_steps", INCIDENT_STEP_COLUMNS, [
                (engagement_id, new_id, s.step_id, i, s.kind, s.asset_id, _json(s.values),
                 s.done_at, s.done_by, s.note) for i, s in enumerate(incident.steps)])
        return new_id

    def update_incident(self, engagement_id: int, incident_id: int, **changes: Any) -> None:
        allowed = {"status", "closed_at", "root_causes", "root_cause_note", "screenshot",
                   "campaign", "origin_url", "origin_platform", "origin_author"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)} of an incident")
        with self.connect() as con:
            for column, value in changes.items():
                con.execute(f"UPDATE incidents SET {column} = ? "  # noqa: S608 - names above
                            "WHERE engagement_id = ? AND id = ?",
                            [value, engagement_id, incident_id])

    def mark_step(self, engagement_id: int, incident_id: int, step_id: str,
                  done_at: datetime | None, done_by: str = "", note: str = "") -> bool:
        """Record a step done (or undone with done_at None); False when there is no such step."""
        with self.connect() as con:
            found = con.execute(
                "UPDATE incident_steps SET done_at = ?, done_by = ?, note = ? "
                "WHERE engagement_id = ? AND incident_id = ? AND step_id = ? RETURNING 1",
                [done_at, done_by, note, engagement_id, incident_id, step_id]).fetchall()
        return bool(found)

    def add_log(self, engagement_id: int, incident_id: int, entry: LogEntry) -> None:
        with self.connect() as con:
            con.execute("INSERT INTO incident_log VALUES (?, ?, ?, ?, ?, ?)",
                        [engagement_id, incident_id, entry.at, entry.kind, entry.text,
                         entry.by])

    def closed_drills(self, engagement_id: int) -> list[tuple[str, date]]:
        """(title, day closed) of every closed drill: evidence for crisis.simulation."""
        rows = self.query("SELECT title, closed_at FROM incidents WHERE engagement_id = ? "
                          "AND drill AND status = 'closed' AND closed_at IS NOT NULL",
                          [engagement_id])
        return [(r["title"], r["closed_at"].date()) for r in rows]

    def list_incidents(self, engagement_id: int) -> list[Incident]:
        """Every incident with its steps and log, newest first."""
        with self.reading():
            rows = self.query("SELECT * FROM incidents WHERE engagement_id = ? ORDER BY id DESC",
                              [engagement_id])
            steps = self.query("SELECT * FROM incident_steps WHERE engagement_id = ? "
                               "ORDER BY incident_id, position", [engagement_id])
            log = self.query("SELECT * FROM incident_log WHERE engagement_id = ? "
                             "ORDER BY incident_id, logged_at", [engagement_id])
        incidents = []
        for row in rows:
            incident = Incident(
                title=row["title"], tier=row["tier"], opened_at=row["opened_at"], id=row["id"],
                origin_url=row["origin_url"] or "", origin_platform=row["origin_platform"] or "",
                origin_author=row["origin_author"] or "", screenshot=row["screenshot"],
                campaign=row["campaign"] or "", status=row["status"], drill=bool(row["drill"]),
                closed_at=row["closed_at"], root_causes=list(row["root_causes"] or []),
                root_cause_note=row["root_cause_note"] or "")
            incident.steps = [Step(s["step_id"], s["kind"], s["asset_id"] or "",
                                   json.loads(s["values"] or "{}"), s["done_at"],
                                   s["done_by"] or "", s["note"] or "")
                              for s in steps if s["incident_id"] == row["id"]]
            incident.log = [LogEntry(e["logged_at"], e["text"], e["kind"], e["author"] or "")
                            for e in log if e["incident_id"] == row["id"]]
            incidents.append(incident)
        return incidents


INCIDENT_STEP_COLUMNS = ("engagement_id", "incident_id", "step_id", "position", "kind",
                         "asset_id", "values", "done_at", "done_by", "note")
_TEXT_COLUMNS = frozenset(ASSET_COLUMNS) - {"admins", "last_post", "response_sla_hours"}


def _fetch_rows(cursor: duckdb.DuckDBPyConnection,
                columnar: bool | None = None) -> list[tuple[Any, ...]]:
    """fetchall()'s rows (None for NULL, str, float, naive datetime). Built from the
    columns when numpy is loaded already (the app, through pandas): DuckDB converts a
    column at a time ~1.4x faster than a row at a time (17,500 results: 21 against 30 ms,
    bench/ dashboard); a CLI process does not import numpy for it (~40 ms)."""
    if not ("numpy" in sys.modules if columnar is None else columnar):
        return cursor.fetchall()
    columns = cursor.fetchnumpy()
    return list(zip(*(column.tolist() for column in columns.values()), strict=True))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a block builds many acyclic objects.

    Rows, Results and their dicts hold no cycles, so reference counting frees them; the
    collections their allocation triggers only re-scan the heap: ~40 % of build_report at
    1M results (bench/). Whoever paused it re-enables it, so it never stays off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""Glue between the services and the app's pages: plain data for tables, no widgets.

The pages must not import `checks/` (STYLE.md layers), yet they need check titles,
questions and rendered findings. These helpers read the registry through the
scoring module and return plain dicts and strings, so pages only arrange widgets.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from audit.findings import render_finding, render_group
from audit.history import Comparison
from audit.i18n import STRINGS, t
from audit.models import ASSET_COLUMNS, LOADED, Asset
from audit.platforms import get as get_platform
from audit.platforms import platform_ids
from audit.report import Report
from audit.scoring import default_specs

if TYPE_CHECKING:  # pandas (~0.5 s to import) only where a page builds a frame: not the CLI
    import pandas as pd

CA_BUNDLE_ENV = "SIAGA_CA_BUNDLE"  # PEM file the app's Checks page trusts by default


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    help: str


def _text(text: Mapping[str, str], lang: str) -> str:
    return text.get(lang) or text["en"]


def questions(lang: str) -> list[Question]:
    """The crisis questionnaire in the registry's order, in one language."""
    from checks.crisis import QUESTIONS  # late: the registry imports every check family

    return [Question(q.id, _text(q.title, lang), _text(q.why, lang)) for q in QUESTIONS]


def check_title(check_id: str, lang: str) -> str:
    spec = default_specs().get(check_id)
    return _text(spec.title, lang) if spec else check_id


def platforms() -> list[str]:
    return platform_ids()


def platform_label(platform_id: str, lang: str = "en") -> str:
    """The catalog's label in `lang` ("Situs web"), or the id itself when it is unknown."""
    try:
        return get_platform(platform_id).label_in(lang)
    except KeyError:
        return platform_id


def default_ca_bundle() -> str:
    """The CA bundle the Checks page starts with: SIAGA_CA_BUNDLE, else the system store."""
    return os.environ.get(CA_BUNDLE_ENV, "")


def asset_label(asset_id: str, assets: Sequence[Asset], lang: str) -> str:
    """How an asset is named in tables: its name (or id); '' is the organisation."""
    if not asset_id:
        return t("org.asset", lang)
    asset = next((a for a in assets if a.asset_id == asset_id), None)
    return f"{asset.name} ({asset_id})" if asset and asset.name else asset_id


class _Labels(dict[str, str]):
    """asset_label for many rows: every asset's label once, an unknown id as itself."""

    def __missing__(self, asset_id: str) -> str:
        return asset_id


def asset_labels(assets: Sequence[Asset], lang: str) -> Mapping[str, str]:
    """asset_label of every asset (and '' for the organisation), looked up in constant time:
    a table of 28,000 results searched the asset list once per row before."""
    labels = _Labels({a.asset_id: f"{a.name} ({a.asset_id})" if a.name else a.asset_id
                      for a in reversed(assets)})  # reversed: the first of a duplicate id wins
    labels[""] = t("org.asset", lang)
    return labels


SEVERITIES = ("critical", "high", "medium", "low")  # most severe first, as filters list them


def matches(row: Mapping[str, Any], query: str, fields: Sequence[str]) -> bool:
    """A table's search: `query` (casefolded) appears in one of the row's `fields`."""
    return not query or any(query in str(row.get(f) or "").casefold() for f in fields)


def result_rows(report: Report, lang: str) -> list[dict[str, Any]]:
    """One row per result with raw ids (for filters) and rendered words (for display)."""
    specs = default_specs()
    kinds = {a.asset_id: a.kind for a in report.assets}
    owners = {a.asset_id: a.owner for a in report.assets}
    labels = asset_labels(report.assets, lang)
    status_labels: dict[str, str] = {}
    titles: dict[tuple[str, str, str], str] = {}  # (check, kind, where): most rows share one
    details: dict[tuple[str, str, str], str] = {}  # (check, reason, values): ~1 in 6 differ
    rows = []
    for r in report.results:
        spec = specs.get(r.check_id)
        kind = kinds.get(r.asset_id, "")
        if spec:
            where = str(r.values.get("where") or "")
            title = titles.get((r.check_id, kind, where))
            if title is None:
                title = titles[r.check_id, kind, where] = spec.title_for(lang, kind, where)
            said = (r.check_id, r.reason, repr(r.values))  # JSON values: repr tells them apart
            detail = details.get(said)
            if detail is None:
                detail = details[said] = spec.render(r.reason, r.values, lang)
        else:
            title, detail = r.check_id, r.reason
        status_label = status_labels.get(r.status)
        if status_label is None:
            status_label = status_labels[r.status] = t(f"status.{r.status}", lang)
        rows.append({
            "status": r.status, "kind": kinds.get(r.asset_id, "organization"),
            "check_id": r.check_id, "owner": owners.get(r.asset_id, ""),
            "severity": spec.severity if spec else "",
            "asset": labels[r.asset_id], "check": title, "status_label": status_label,
            "detail": detail,
        })
    return rows


def finding_rows(report: Report, lang: str, today: date | None = None,
                 ) -> list[dict[str, Any]]:
    """The action plan in words, keeping raw ids for filters and for set_finding_state;
    a due date before `today` (default: today) and not fixed reads as overdue."""
    today = today or date.today()
    specs = default_specs()
    kinds = {a.asset_id: a.kind for a in report.assets}
    labels = asset_labels(report.assets, lang)
    rendered: dict[tuple[Any, ...], dict[str, Any]] = {}  # what render_finding reads of one
    rows = []
    for f in report.findings:
        spec = specs.get(f.check_id)
        if spec is None:
            continue
        said = (f.check_id, f.kind, f.reason, repr(f.values), f.status, f.severity,
                f.dimension, f.state)
        words = rendered.get(said)
        if words is None:
            words = rendered[said] = render_finding(f, spec, lang)
        rows.append({**words, "asset_id": f.asset_id, "check_id": f.check_id,
                     "asset": labels[f.asset_id],
                     "owner": f.owner, "severity_id": f.severity, "dimension_id": f.dimension,
                     "kind": kinds.get(f.asset_id, "organization"),
                     "state_id": f.state, "note": f.note, "priority": f.priority,
                     "assignee": f.assignee, "due_date": f.due,
                     "due": (t("app.findings.overdue", lang, due=f.due.isoformat())
                             if f.overdue(today) else f.due.isoformat() if f.due else "")})
    return rows


def group_rows(report: Report, rows: Sequence[dict[str, Any]], lang: str,
               ) -> list[dict[str, Any]]:
    """Findings grouped by check (the report's order), each with the given finding rows
    that belong to it; a group none of whose rows is given (filtered out) is left out."""
    specs = default_specs()
    by_key = {(r["asset_id"], r["check_id"]): r for r in rows}
    labels = asset_labels(report.assets, lang)
    groups = []
    for group in report.groups:
        spec = specs.get(group.check_id)
        members = [by_key[f.asset_id, f.check_id] for f in group.findings
                   if (f.asset_id, f.check_id) in by_key]
        if spec is None or not members:
            continue
        names = [labels[a] for a in group.asset_ids]
        groups.append({**render_group(group, spec, names, lang), "check_id": group.check_id,
                       "severity_id": group.severity, "rows": members})
    return groups


def asset_rows(assets: Iterable[Asset]) -> list[dict[str, Any]]:
    """The inventory as editor rows: the intake columns, and the version each was loaded
    from (a hidden column), so a Save is a change set against what the user saw."""
    return [{**{c: getattr(a, c) for c in ASSET_COLUMNS}, LOADED: a.token()} for a in assets]


def rows_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Inventory rows as a typed frame, so the editor knows dates and numbers even when empty."""
    import pandas as pd

    columns = [*ASSET_COLUMNS, LOADED]
    frame = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=columns)
    frame["admins"] = pd.to_numeric(frame["admins"], errors="coerce").astype("Int64")
    frame["response_sla_hours"] = pd.to_numeric(frame["response_sla_hours"], errors="coerce")
    frame["last_post"] = pd.to_datetime(frame["last_post"], errors="coerce")
    text = [c for c in columns if c not in ("admins", "response_sla_hours", "last_post")]
    frame[text] = frame[text].astype(object)
    return frame


def asset_frame(assets: Iterable[Asset]) -> pd.DataFrame:
    return rows_frame(asset_rows(assets))


def problems_by_row(errors: Iterable[Any], lang: str) -> dict[int, str]:
    """Row errors joined per editor row (error row 2 is the first row, as in a spreadsheet)."""
    problems: dict[int, list[str]] = {}
    for e in errors:
        problems.setdefault(e.row - 2, []).append(e.message(lang))
    return {row: "; ".join(messages) for row, messages in problems.items()}


def draft_frame(rows: Sequence[Mapping[str, Any]], problems: Mapping[int, str]) -> pd.DataFrame:
    """Unsaved rows with a Problem column first, so each error sits beside its row."""
    frame = rows_frame(rows)
    frame.insert(0, "problem", [problems.get(i, "") for i in range(len(rows))])
    return frame


def _plain(value: Any) -> Any:
    """A cell from the editor as a plain value: NaN/NA/NaT become None, timestamps dates."""
    import pandas as pd

    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return None
    if isinstance(value, datetime):
        return value.date()
    if hasattr(value, "item") and not isinstance(value, str | date):  # numpy scalars
        return value.item()
    return value


def editor_rows(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Editor records back to service rows: intake columns and the loaded version, blank
    rows dropped."""
    rows = []
    for record in records:
        row = {c: _plain(record.get(c)) for c in ASSET_COLUMNS}
        if any(v not in (None, "") for v in row.values()):
            rows.append({**row, LOADED: _plain(record.get(LOADED))})
    return rows


def comparison_rows(change: Comparison, assets: Sequence[Asset],
                    lang: str) -> list[dict[str, str]]:
    """Fixed and new findings between two runs, in words under translated headers."""
    labels = asset_labels(assets, lang)
    rows = []
    for state, keys in (("fixed", change.fixed), ("new", change.new)):
        for asset_id, check_id in keys:
            rows.append({t("scoring.history.change", lang): t(f"scoring.history.{state}", lang),
                         t("app.col.asset", lang): labels[asset_id],
                         t("app.col.check", lang): check_title(check_id, lang)})
    return rows


def contents_sentence(contents: dict[str, int], lang: str) -> str:
    """'24 assets, 2 audits (650 results), 8 answers': what goes with an engagement."""
    return ", ".join(t(f"contents.{kind}", lang, count=n) if f"contents.{kind}" in STRINGS
                     else f"{n} {kind}" for kind, n in contents.items() if n) \
        or t("contents.nothing", lang)

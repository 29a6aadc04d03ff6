"""The briefing-tracker workbook (write and read back) and the FAQ file (`--faq`).

The tracker has one row per campaign channel with the columns of SPEC section 6, named
exactly as there (TRACKER_COLUMNS), so outside tools can fill it too. Reading follows the
inventory's rules (audit/inventory.py): the same file guards (size, zip bomb, formulas,
Excel errors, over-long cells), a bad cell rejects its row with one error naming row and
column, and every valid row is kept.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from openpyxl import Workbook

from audit.campaigns.model import METHODS, Briefing, Campaign, Channel, FaqEntry
from audit.export import styles
from audit.export.table import Column, Document, print_setup, set_widths, write_table
from audit.i18n import LANGUAGES, t
from audit.inventory import (
    HEADER_SEARCH_ROWS,
    RowError,
    _Bad,
    _Cell,
    _check_size,
    _check_zip,
    _csv_rows,
    _date,
    _is_zip,
    _keep_first,
    _Layout,
    _nonempty,
    _Refused,
    _Row,
    _sheet_rows,
    _text,
    _word,
)

TRACKER_COLUMNS = ("asset_id", "channel", "holder", "briefed_on", "briefed_by", "method",
                   "acknowledged_on", "note")
FAQ_COLUMNS = ("question", "answer")
DATE_COLUMNS = frozenset({"briefed_on", "acknowledged_on"})
# Words people type for a method, in both languages, beyond the method ids themselves.
METHOD_WORDS = {
    "meeting": ("rapat", "pertemuan", "tatap muka", "meet", "zoom", "briefing"),
    "email": ("e-mail", "surel", "mail"),
    "whatsapp": ("wa", "whats app", "pesan wa"),
    "phone": ("telepon", "telpon", "call", "panggilan"),
    "other": ("lainnya", "lain"),
}


@dataclass
class TrackerImport:
    briefings: list[Briefing] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0


@dataclass
class FaqImport:
    faq: list[FaqEntry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0


# -- writing --------------------------------------------------------------------------


def method_label(method: str, lang: str) -> str:
    return t(f"campaigns.method.{method}", lang) if method in METHODS else method


def write_tracker(campaign: Campaign, rows: Sequence[Channel], lang: str) -> bytes:
    """The tracker for one campaign: the table to fill in, then a sheet saying how."""
    wb = Workbook(write_only=True)
    styles.register(wb)
    columns = [Column(name, style=styles.DATE if name in DATE_COLUMNS else
                      styles.WRAP if name == "note" else styles.TEXT,
                      check="date" if name in DATE_COLUMNS else "",
                      choices=[method_label(m, lang) for m in METHODS] if name == "method"
                      else ())
               for name in TRACKER_COLUMNS]
    write_table(wb, t("campaigns.tracker.sheet", lang), columns, (
        [r.asset_id, r.label_in(lang), r.holder, r.briefing.briefed_on, r.briefing.briefed_by,
         method_label(r.briefing.method, lang) if r.briefing.method else "",
         r.briefing.acknowledged_on, r.briefing.note] for r in rows),
        t("campaigns.tracker.invalid_entry", lang))
    ws = wb.create_sheet(t("campaigns.tracker.help_sheet", lang))
    set_widths(ws, (24, 90))
    print_setup(ws)
    doc = Document(ws)
    doc.line([t("campaigns.tracker.title", lang, name=campaign.name)], styles.TITLE, height=26)
    dates = campaign.launch.isoformat() + (f" – {campaign.end.isoformat()}" if campaign.end
                                           else "")
    doc.line([(t("campaigns.field.dates", lang), styles.LABEL), dates], styles.TEXT)
    for step in ("columns", "dates", "method", "import"):
        text = t(f"campaigns.tracker.help.{step}", lang,
                 methods=", ".join(method_label(m, lang) for m in METHODS))
        doc.line([text], styles.WRAP, merge="A:B", height=30)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# -- reading --------------------------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _method(cell: _Cell) -> str:
    word = _word(_text(cell))
    if not word:
        return ""
    for method in METHODS:
        words = {method, *METHOD_WORDS[method], *(_word(method_label(method, lang))
                                                  for lang in LANGUAGES)}
        if word in words:
            return method
    raise _Bad("campaigns.tracker.bad_method")


Rows = list[tuple[int, list[_Cell]]]


def _rows(data: bytes, filename: str, headers: dict[str, str], first: str) -> Rows:
    """Every row of a CSV, or of the workbook's first sheet whose header names `first`."""
    _check_size(data)
    if not _is_zip(data, filename):
        return _csv_rows(data, filename, headers)
    import openpyxl

    _check_zip(data, filename)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many types on damaged files; all mean the same
        raise _Refused("inventory.bad_workbook") from None
    try:
        sheets = [_sheet_rows(ws) for ws in book.worksheets]
    finally:
        book.close()
    return next((rows for rows in sheets if _header(rows, first) is not None),
                sheets[0] if sheets else [])


def _header(rows: Rows, first: str) -> int | None:
    """Index of the early row that names the key column `first`."""
    return next((index for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS])
                 if any(_key(_text(c)) == _key(first) for c in cells)), None)


def _layout(data: bytes, filename: str, columns: Sequence[str]) -> _Layout:
    """Locate the header (it must name the first column) and map the known columns."""
    headers = {_key(c): c for c in columns}
    rows = _rows(data, filename, headers, columns[0])
    found = _header(rows, columns[0])
    if found is None:
        raise _Refused("campaigns.file.no_header", expected=", ".join(columns))
    number, cells = rows[found]
    layout = _Layout(number, {}, {}, [r for r in rows[found + 1:] if _nonempty(r[1])])
    for index, cell in enumerate(cells):
        column = headers.get(_key(_text(cell)))
        if column is not None and column not in layout.labels:
            layout.columns[index] = column
            layout.labels[column] = _text(cell)
    return layout


def read_tracker(data: bytes, filename: str, campaign: Campaign,
                 rows: Sequence[Channel]) -> TrackerImport:
    """Briefings from a filled tracker; rows with a bad cell are reported, not imported."""
    try:
        layout = _layout(data, filename, TRACKER_COLUMNS)
    except _Refused as refused:
        return TrackerImport(errors=[refused.error])
    holders = {r.asset_id: r.holder for r in rows}
    result = TrackerImport(rows_read=len(layout.data))
    found = []
    for number, cells in layout.data:
        row = _Row(number, cells, layout)
        asset_id = row.get("asset_id") or ""
        briefed_on = row.get("briefed_on", _date)
        acknowledged_on = row.get("acknowledged_on", _date)
        method = row.get("method", _method) or ""
        holder, briefed_by, note = (row.get(c) or "" for c in ("holder", "briefed_by", "note"))
        if not asset_id:
            row.error("asset_id", "campaigns.tracker.no_asset")
        elif asset_id not in holders:
            row.error("asset_id", "campaigns.tracker.not_a_channel", value=asset_id,
                      campaign=campaign.name, known=", ".join(holders) or "-")
        _check_dates(row, briefed_on, acknowledged_on)
        result.errors += row.errors
        if not row.errors:
            found.append((asset_id, number, Briefing(
                campaign.id, asset_id, holder or holders[asset_id], briefed_on, briefed_by,
                method, acknowledged_on, note)))
    result.briefings, duplicates = _keep_first(found, "asset_id", "campaigns.tracker.duplicate",
                                               "asset_id", layout)
    result.errors = sorted(result.errors + duplicates, key=lambda e: e.row)
    return result


def _check_dates(row: _Row, briefed_on: date | None, acknowledged_on: date | None) -> None:
    if acknowledged_on is None or row.errors:
        return
    if briefed_on is None:
        row.error("acknowledged_on", "campaigns.tracker.ack_without_brief")
    elif acknowledged_on < briefed_on:
        row.error("acknowledged_on", "campaigns.tracker.ack_before_brief",
                  acknowledged=acknowledged_on.isoformat(), briefed=briefed_on.isoformat())


def read_faq(data: bytes, filename: str) -> FaqImport:
    """FAQ entries (question, answer); a question may wait for its approved answer."""
    try:
        layout = _layout(data, filename, FAQ_COLUMNS)
    except _Refused as refused:
        return FaqImport(errors=[refused.error])
    result = FaqImport(rows_read=len(layout.data))
    for number, cells in layout.data:
        row = _Row(number, cells, layout)
        question, answer = row.get("question") or "", row.get("answer") or ""
        if not question:
            row.error("question", "campaigns.faq.no_question")
        result.errors += row.errors
        if not row.errors:
            result.faq.append(FaqEntry(question, answer))
    return result

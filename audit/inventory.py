"""Read an inventory (and questionnaire answers) from CSV or XLSX into validated objects.

Choices, so the user always knows what happened to each row:
- A bad cell rejects its whole row with one RowError per bad cell (row and column as
  the user sees them, header = row 1); every valid row is still imported. Half an
  asset (say, 2FA silently dropped) would read as "unknown" and mislead the score.
- Formulas are never evaluated: a formula cell is rejected like any bad cell.
- A password-like column refuses the whole file: Siaga never stores credentials.
- Non-UTF-8 CSV is refused (no guessing with cp1252: a wrong guess garbles names
  silently); UTF-16 with a byte-order mark, as Excel's "Unicode Text" writes, is read.
- Unknown columns are not errors: they come back as notices.
- Duplicate asset IDs: the first row is kept and every row involved is reported.
- Questionnaire rows with no answer, note or evidence are skipped (an unfilled
  template row says nothing).
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from audit import platforms
from audit.i18n import LANGUAGES, t
from audit.models import ANSWER_COLUMNS, ASSET_COLUMNS, Answer, Asset, AssetEvidence

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 5_000
HEADER_SEARCH_ROWS = 10  # a title or instruction line may sit above the header
# Zip-bomb guard (FIELD-NOTES: no library limits decompressed size). A 50,000-row
# inventory unpacks to well under 100 MB at a ratio below 30:1.
ZIP_MAX_ENTRIES = 1_000
ZIP_MAX_UNCOMPRESSED = 300 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_RATIO_FLOOR = 10 * 1024 * 1024  # tiny files may compress well; judge the ratio above this

# Crisis questionnaire ids (CHECKS.md). checks/crisis.py will own them; question_ids()
# prefers the check registry as soon as it exists.
QUESTION_IDS = (
    "crisis.playbook", "crisis.escalation", "crisis.holding_statements", "crisis.approval_flow",
    "crisis.spokesperson", "crisis.listening", "crisis.campaign_comms", "crisis.training",
    "crisis.simulation", "crisis.agency_access", "crisis.inventory_review",
)

SHEETS = {"inventory": ("inventory", "inventaris"), "questionnaire": ("questionnaire", "kuesioner")}

# Extra header spellings beyond the column name and its labels in both languages.
ASSET_ALIASES: dict[str, tuple[str, ...]] = {
    "asset_id": ("id", "kode aset"),
    "platform": ("channel", "kanal", "jenis platform"),
    "name": ("nama akun", "nama aset", "account name", "display name"),
    "handle": ("akun", "username", "nama pengguna", "akun handle"),
    "url": ("link", "tautan", "alamat", "profile url", "website url"),
    "owner": ("pemilik akun", "penanggung jawab", "pic"),
    "owner_contact": ("kontak", "owner email", "email pic"),
    "owner_phone": ("no. hp", "no hp", "nomor hp", "hp", "whatsapp", "wa", "no. wa",
                    "telepon", "no. telepon", "phone", "owner phone", "mobile"),
    "department": ("divisi", "dept", "unit"),
    "backup_owner": ("backup", "cadangan", "pic cadangan"),
    "backup_phone": ("no. hp cadangan", "no hp cadangan", "hp cadangan", "whatsapp cadangan",
                     "telepon cadangan", "backup phone", "backup whatsapp", "backup mobile"),
    "agency": ("vendor",),
    "two_factor": ("2fa", "two factor", "mfa", "verifikasi dua langkah"),
    "shared_login": ("akun bersama", "shared account"),
    "admins": ("admin", "number of admins", "admin count"),
    "recovery_contact": ("recovery email", "email pemulihan", "recovery phone"),
    "verified": ("verifikasi", "centang biru", "verified badge"),
    "last_post": ("postingan terakhir", "last posted", "last activity"),
    "monitored": ("monitoring", "dipantau"),
    "response_sla_hours": ("response sla", "sla", "sla hours", "response target"),
    "campaign_briefed": ("briefed", "campaign briefed"),
    "importance": ("kepentingan", "prioritas", "priority"),
    "notes": ("keterangan", "note", "comments"),
}
# Indonesian column labels that templates already sent to clients carry: when a label in
# audit/locale/inventory.py changes, its old text moves here so those templates still import.
OLD_LABELS: dict[str, tuple[str, ...]] = {
    "url": ("Tautan/URL",),
    "owner": ("Pemilik",),
    "owner_contact": ("Kontak pemilik",),
    "backup_owner": ("Pemilik cadangan",),
    "campaign_briefed": ("Diberi brief kampanye",),
}
ANSWER_ALIASES: dict[str, tuple[str, ...]] = {
    "question_id": ("id", "kode pertanyaan"),
    "answer": ("jawaban",),
    "note": ("notes", "keterangan"),
    "evidence": ("tautan bukti", "link bukti"),
    "verified": ("diverifikasi", "sudah diverifikasi"),
}
# The evidence columns of the Inventory sheet (audit/evidence.py): which of the row's attested
# answers the consultant verified, the note or link behind them, and who verified them.
# Optional: a template without them imports as before.
EVIDENCE_COLUMNS = ("evidence_verified", "evidence_note", "evidence_by")
EVIDENCE_ALIASES: dict[str, tuple[str, ...]] = {
    "evidence_verified": ("verified answers", "verified attestations", "evidence verified",
                          "isian diverifikasi", "jawaban terverifikasi"),
    "evidence_note": ("evidence", "bukti", "evidence note", "evidence link", "catatan bukti",
                      "tautan bukti", "link bukti"),
    "evidence_by": ("verified by", "diverifikasi oleh", "verifier", "pemeriksa"),
}
_ALL = {"all", "semua", "yes", "ya", "y", "all of them", "semuanya"}
_NONE = {"no", "tidak", "none", "belum", "n"}

# Known columns we read past without a notice (derived or descriptive).
IGNORED = {
    "asset": ("kind", "jenis", "jenis aset", "no", "nomor"),
    "answer": ("question", "pertanyaan", "dimension", "dimensi", "severity", "no", "nomor"),
}

# Header words and phrases that mean "this column holds a secret".
SECRET_WORDS = {
    "password", "passwords", "passwd", "pwd", "pass", "sandi", "pin", "secret", "token",
    "otp", "passcode", "passphrase", "credential", "credentials", "kredensial",
}
SECRET_PHRASES = (
    "password", "katasandi", "apikey", "secretkey", "accesstoken", "2facode", "recoverycode",
    "backupcode", "kodepemulihan", "kodeotp", "privatekey", "kodecadangan",
)

_YES = {"yes", "y", "true", "1", "ya", "iya", "sudah", "aktif"}
_NO = {"no", "n", "false", "0", "tidak", "tdk", "gak", "nggak", "ga", "belum", "tidak aktif"}
_UNKNOWN = {"", "?", "-", "unknown", "tidak tahu", "tdk tahu", "gak tahu", "belum tahu",
            "n/a", "na", "don't know", "dont know", "not sure", "tidak yakin"}
_PARTIAL = {"partial", "partly", "partially", "sebagian", "parsial"}
_IMPORTANCE = {"primary": "primary", "utama": "primary", "main": "primary", "primer": "primary",
               "secondary": "secondary", "pendukung": "secondary", "sekunder": "secondary"}
_TRISTATE_COLUMNS = ("two_factor", "shared_login", "verified", "monitored", "campaign_briefed")


@dataclass
class RowError:
    row: int  # as the user sees it in the spreadsheet (header = 1); 0 for the whole file
    column: str  # the header as written in the file, "" for whole-file problems
    code: str
    values: dict[str, Any] = field(default_factory=dict)
    sheet: str = ""  # set for problems on a workbook's questionnaire sheet

    def message(self, lang: str = "en") -> str:
        sheet = t("inventory.in_sheet", lang, name=self.sheet) if self.sheet else ""
        return t(self.code, lang, row=self.row, column=self.column, sheet=sheet, **self.values)


@dataclass
class ImportResult:
    assets: list[Asset] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    # what the evidence columns say of the rows' attested answers (value = the cell now)
    evidence: list[AssetEvidence] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0
    notices: list[RowError] = field(default_factory=list)  # non-blocking (unknown columns)
    asset_rows: list[int] = field(default_factory=list)  # the row each asset came from

    @property
    def ok(self) -> bool:
        return not self.errors


class _Refused(Exception):
    """The whole file is refused; carries the one error that says why."""

    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.error = RowError(values.pop("row", 0), values.pop("column", ""), code, values,
                              values.pop("sheet", ""))


@dataclass
class _Cell:
    value: Any
    formula: bool = False
    error: bool = False


Rows = list[tuple[int, list[_Cell]]]


# -- labels shared with the writers ------------------------------------------------


def column_label(column: str, lang: str = "en") -> str:
    """The header for a column in the template and workbook; the reader accepts it back."""
    if column in EVIDENCE_COLUMNS:
        return t(f"evidence.column.{column.removeprefix('evidence_')}", lang)
    if column not in ASSET_COLUMNS and column not in ANSWER_COLUMNS:
        raise KeyError(f"unknown column {column!r}")
    return t(f"inventory.column.{column}", lang)


def sheet_label(sheet: str, lang: str = "en") -> str:
    """'inventory' or 'questionnaire' as the sheet is named in that language."""
    return t(f"inventory.sheet.{sheet}", lang)


def value_label(column: str, value: Any, lang: str = "en") -> str:
    """How a stored value is written in a cell; the reader reads every one of these back."""
    if value is None:
        return ""
    if isinstance(value, bool):  # the questionnaire's `verified` (assets use yes/no/unknown)
        return t(f"inventory.value.{'yes' if value else 'no'}", lang)
    if column in _TRISTATE_COLUMNS or column == "importance":
        return t(f"inventory.value.{value}", lang) if value else ""
    if column == "answer":
        return t(f"answer.{value}", lang) if value else ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def question_ids() -> tuple[str, ...]:
    """Valid questionnaire ids: from the check registry once it exists, else QUESTION_IDS."""
    try:
        from checks.registry import ALL_CHECKS
    except ImportError:
        return QUESTION_IDS
    ids = tuple(c.id for c in ALL_CHECKS if c.id.startswith("crisis."))
    return ids or QUESTION_IDS


# -- entry points -------------------------------------------------------------------


def read_inventory(data: bytes, filename: str) -> ImportResult:
    """Assets from a CSV or the Inventory sheet of a workbook (plus its Questionnaire sheet)."""
    try:
        _check_size(data)
        if _is_zip(data, filename):
            with _Workbook(data, filename) as book:
                rows = book.sheet("inventory", _ASSETS.headers)
                result = _parse_assets(rows)
                answers = book.optional_sheet("questionnaire")
                if answers is not None:
                    _merge_answers(result, _parse_answers(answers[1], sheet=answers[0]))
                return result
        return _parse_assets(_csv_rows(data, filename, _ASSETS.headers))
    except _Refused as refused:
        return ImportResult(errors=[refused.error])


def read_answers(data: bytes, filename: str) -> ImportResult:
    """Questionnaire answers (`--answers`) from a CSV or a workbook's Questionnaire sheet."""
    try:
        _check_size(data)
        if _is_zip(data, filename):
            with _Workbook(data, filename) as book:
                return _parse_answers(book.sheet("questionnaire", _ANSWERS.headers))
        return _parse_answers(_csv_rows(data, filename, _ANSWERS.headers))
    except _Refused as refused:
        return ImportResult(errors=[refused.error])


def _merge_answers(result: ImportResult, answers: ImportResult) -> None:
    result.answers = answers.answers
    result.errors += answers.errors
    result.notices += answers.notices


# -- headers ------------------------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


@dataclass(frozen=True)
class _Columns:
    """The header vocabulary of one sheet kind."""

    headers: dict[str, str]  # header key -> our column
    ignored: frozenset[str]  # header keys read past without a notice
    example: tuple[str, ...]  # columns named when no header is found


def _columns(columns: Iterable[str], aliases: dict[str, tuple[str, ...]],
             ignored: Iterable[str], example: tuple[str, ...]) -> _Columns:
    mapping: dict[str, str] = {}
    for column in columns:
        labels = [column_label(column, lang) for lang in LANGUAGES]
        for name in (column, *labels, *aliases.get(column, ()), *OLD_LABELS.get(column, ())):
            mapping[_key(name)] = column
    return _Columns(mapping, frozenset(map(_key, ignored)), example)


_ASSETS = _columns((*ASSET_COLUMNS, *EVIDENCE_COLUMNS), {**ASSET_ALIASES, **EVIDENCE_ALIASES},
                   IGNORED["asset"],
                   ("platform", "url", "handle", "owner"))
_ANSWERS = _columns(ANSWER_COLUMNS, ANSWER_ALIASES, IGNORED["answer"], ANSWER_COLUMNS)


def looks_secret(header: str) -> bool:
    """True for a header such as "Password", "Kata sandi IG" or "2FA code"."""
    words = re.findall(r"[^\W_]+", header.casefold())
    joined = "".join(words)
    return bool(SECRET_WORDS.intersection(words)) or any(p in joined for p in SECRET_PHRASES)


def _text(cell: _Cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return platforms.clean_text(str(value), keep_newlines=True)


def _find_header(rows: Rows, headers: dict[str, str]) -> int | None:
    """Index in `rows` of the header: the early row naming the most known columns."""
    best, best_hits = None, 0
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(_key(_text(c)) in headers for c in cells)
        if hits > best_hits:
            best, best_hits = index, hits
    return best


@dataclass
class _Layout:
    row: int  # header row number
    columns: dict[int, str]  # cell index -> our column
    labels: dict[str, str]  # our column -> header as written
    data: Rows


def _layout(rows: Rows, vocabulary: _Columns, sheet: str = "") -> tuple[_Layout, ImportResult]:
    """Locate the header, refuse secrets, and report duplicate and unknown columns."""
    headers = vocabulary.headers
    found = _find_header(rows, headers)
    if found is None:
        expected = ", ".join(column_label(c) for c in vocabulary.example)
        raise _Refused("inventory.no_header", expected=expected, sheet=sheet)
    row, cells = rows[found]
    report = ImportResult()
    for cell in cells:
        written = _text(cell)
        if looks_secret(written):
            raise _Refused("inventory.secret_column", row=row, column=written)
    layout = _Layout(row, {}, {}, [r for r in rows[found + 1:] if _nonempty(r[1])])
    for index, cell in enumerate(cells):
        written = _text(cell)
        column = headers.get(_key(written))
        if column is None:
            if written and _key(written) not in vocabulary.ignored:
                report.notices.append(RowError(row, written, "inventory.unknown_column", {},
                                               sheet))
        elif column in layout.labels:
            report.errors.append(RowError(row, written, "inventory.duplicate_column",
                                          {"other": layout.labels[column]}, sheet))
        else:
            layout.columns[index] = column
            layout.labels[column] = written
    if not layout.data:
        raise _Refused("inventory.no_rows", row=row, sheet=sheet)
    return layout, report


def _nonempty(cells: list[_Cell]) -> bool:
    return any(_text(c) for c in cells)


# -- file formats -------------------------------------------------------------------


def _check_size(data: bytes) -> None:
    if not data.strip():
        raise _Refused("inventory.empty")
    if len(data) > MAX_BYTES:
        raise _Refused("inventory.too_large", size_mb=round(len(data) / 2**20, 1),
                       limit_mb=MAX_BYTES // 2**20)


def _is_zip(data: bytes, filename: str) -> bool:
    """Decide the format by content; refuse the formats we can name but not read."""
    if data[:4] == b"PK\x03\x04":
        return True
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # OLE2: Excel 97-2003 .xls
        raise _Refused("inventory.legacy_xls", filename=filename)
    return False


def _decode(data: bytes, filename: str) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel "Unicode Text" is UTF-16 with a BOM
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:  # an odd byte count, a lone surrogate
            raise _Refused("inventory.bad_utf16", filename=filename,
                           position=exc.start + 1) from None
    if b"\x00" in data[:4096]:
        raise _Refused("inventory.unsupported_format", filename=filename)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Refused("inventory.not_utf8", position=exc.start + 1) from None


def _csv_rows(data: bytes, filename: str, headers: dict[str, str]) -> Rows:
    text = _decode(data, filename)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(",;\t", key=first.count)
    if first.count(delimiter) == 0 and _key(first) not in headers:
        raise _Refused("inventory.not_a_table", filename=filename)
    try:
        return _csv_records(text, delimiter, strict=True)
    except csv.Error:  # a stray quote inside a field: read it as Excel does
        return _csv_records(text, delimiter, strict=False)


def _csv_records(text: str, delimiter: str, strict: bool) -> Rows:
    """The CSV's records; strict, a quote never closed is refused on the row it opens
    (unstrict, the csv module swallows the rest of the file into that one cell)."""
    rows: Rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _Refused("inventory.too_many_rows", limit=f"{MAX_ROWS:,}")
            rows.append((number, [_csv_cell(v) for v in record[:MAX_COLUMNS]]))
    except csv.Error as exc:
        if str(exc) == "unexpected end of data":
            raise _Refused("inventory.unclosed_quote", row=number + 1) from None
        if strict:
            raise
        raise _Refused("inventory.bad_csv", row=reader.line_num, detail=str(exc)) from None
    return rows


def _csv_cell(value: str) -> _Cell:
    return _Cell(value, formula=len(value.strip()) > 1 and value.strip().startswith("="))


class _Workbook:
    """An uploaded workbook, checked as a zip before openpyxl unpacks anything."""

    def __init__(self, data: bytes, filename: str) -> None:
        import openpyxl  # only when a workbook arrives; CSV imports do not pay for it

        _check_zip(data, filename)
        try:
            self.book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        except Exception:  # openpyxl raises many types on damaged files; all mean the same
            raise _Refused("inventory.bad_workbook") from None

    def __enter__(self) -> _Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.book.close()

    def _named(self, sheet: str) -> str | None:
        wanted = {_key(n) for n in SHEETS[sheet]}
        return next((n for n in self.book.sheetnames if _key(n) in wanted), None)

    def sheet(self, sheet: str, headers: dict[str, str]) -> Rows:
        """The named sheet, or the first one if its header names known columns."""
        name = self._named(sheet)
        if name is not None:
            return _sheet_rows(self.book[name])
        rows = _sheet_rows(self.book.worksheets[0])
        if _find_header(rows, headers) is None:
            names = " / ".join(f"'{sheet_label(sheet, lang)}'" for lang in LANGUAGES)
            raise _Refused("inventory.no_sheet", expected=names,
                           sheets=", ".join(self.book.sheetnames))
        return rows

    def optional_sheet(self, sheet: str) -> tuple[str, Rows] | None:
        name = self._named(sheet)
        return None if name is None else (name, _sheet_rows(self.book[name]))


def _check_zip(data: bytes, filename: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise _Refused("inventory.bad_workbook") from None
    size = sum(e.file_size for e in entries)
    packed = max(1, sum(e.compress_size for e in entries))
    ratio = size / packed
    if (len(entries) > ZIP_MAX_ENTRIES or size > ZIP_MAX_UNCOMPRESSED
            or (size > ZIP_RATIO_FLOOR and ratio > ZIP_MAX_RATIO)):
        raise _Refused("inventory.unsafe_workbook", size_mb=round(size / 2**20),
                       entries=len(entries), ratio=round(ratio))
    if "xl/workbook.xml" not in {e.filename for e in entries}:
        raise _Refused("inventory.not_a_workbook", filename=filename)


def _sheet_rows(sheet: Any) -> Rows:
    """The sheet's non-empty rows, read as a stream of the rows the XML holds.

    openpyxl's iter_rows trusts the declared <dimension> and pads every row and every gap
    up to it: a 1.7 KB file declaring A1:GR1048576 took 106 s and 7.4 GB (issue #10). The
    sheet parser yields only the rows present; empty ones are skipped, only non-empty ones
    count toward the limit, and cells past MAX_COLUMNS are dropped as they arrive. Damage
    inside the sheet (a bad shared-string index, cell reference, date or number, broken
    XML) refuses the file at the row where it was found.
    """
    from openpyxl.worksheet._reader import WorkSheetParser  # the stream under iter_rows

    rows: Rows = []
    parser = None
    try:
        with sheet._get_source() as source:
            book = sheet.parent
            parser = WorkSheetParser(source, sheet._shared_strings, data_only=False,
                                     epoch=book.epoch, date_formats=book._date_formats,
                                     timedelta_formats=book._timedelta_formats)
            for number, raw in parser.parse():
                cells = _xlsx_cells(raw)
                if not _nonempty(cells):
                    continue
                if len(rows) >= MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise _Refused("inventory.too_many_rows", limit=f"{MAX_ROWS:,}")
                rows.append((number, cells))
    except _Refused:
        raise
    except Exception as exc:  # noqa: BLE001 - any damage in the sheet means the same
        row = getattr(parser, "row_counter", 0)
        if isinstance(exc, SyntaxError):  # broken XML: past the last row read in full
            row += 1
        raise _Refused("inventory.damaged_sheet", row=row, sheet=sheet.title,
                       detail=_shorten(str(exc) or type(exc).__name__, 120)) from None
    return rows


def _xlsx_cells(raw: list[dict[str, Any]]) -> list[_Cell]:
    """A parsed row's cells by column, up to MAX_COLUMNS (gaps are empty cells)."""
    cells: list[_Cell] = []
    for cell in raw:
        column = cell["column"]
        if column > MAX_COLUMNS:
            continue
        cells.extend(_Cell(None) for _ in range(column - 1 - len(cells)))
        kind = cell["data_type"]
        value = _Cell(cell["value"], formula=kind == "f", error=kind == "e")
        if column <= len(cells):
            cells[column - 1] = value
        else:
            cells.append(value)
    return cells


# -- values -------------------------------------------------------------------------


class _Bad(Exception):
    """One cell's value is invalid; carries the error code."""


def _word(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold().replace("’", "'")).strip()


def _tristate_cell(cell: _Cell) -> str:
    """An asset's yes/no field: "" for a cell nobody filled in (not answered yet, left out
    of the score), else yes / no / unknown ("tidak tahu", "?", "-", ...)."""
    return "" if not _word(_text(cell)) else _tristate(cell)


def _tristate(cell: _Cell) -> str:
    if isinstance(cell.value, bool):
        return "yes" if cell.value else "no"
    word = _word(_text(cell))
    for value, words in (("yes", _YES), ("no", _NO), ("unknown", _UNKNOWN)):
        if word in words:
            return value
    raise _Bad("inventory.bad_yes_no")


def _answer(cell: _Cell) -> str:
    """yes / partial / no / unknown ("tidak tahu"), or "" for a cell nobody filled in."""
    word = _word(_text(cell))
    if not word:
        return ""
    if word in _PARTIAL:
        return "partial"
    try:
        return _tristate(cell)
    except _Bad:
        raise _Bad("inventory.bad_answer") from None


def _importance(cell: _Cell) -> str:
    word = _word(_text(cell))
    if not word:
        return "secondary"
    if word not in _IMPORTANCE:
        raise _Bad("inventory.bad_importance")
    return _IMPORTANCE[word]


_DATE_FORMATS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?$"), (1, 2, 3)),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), (3, 2, 1)),  # dd/mm/yyyy
)


def _date(cell: _Cell) -> date | None:
    value = cell.value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(cell)
    if not text:
        return None
    for pattern, (y, m, d) in _DATE_FORMATS:
        found = pattern.match(text)
        if found:
            try:
                return date(int(found[y]), int(found[m]), int(found[d]))
            except ValueError:
                break
    raise _Bad("inventory.bad_date")


def _number(cell: _Cell) -> float | None:
    if isinstance(cell.value, bool):
        raise ValueError
    if isinstance(cell.value, int | float):
        number = float(cell.value)
    else:
        text = _text(cell).casefold()
        text = re.sub(r"\s*(h|hours?|jam)$", "", text)
        if not text:
            return None
        if "," in text and "." not in text:
            text = text.replace(",", ".")  # Indonesian decimal comma
        number = float(text)
    if not math.isfinite(number) or number < 0:
        raise ValueError
    return number


def _count(cell: _Cell) -> int | None:
    try:
        number = _number(cell)
    except ValueError:
        raise _Bad("inventory.bad_count") from None
    if number is not None and not number.is_integer():
        raise _Bad("inventory.bad_count")
    return None if number is None else int(number)


def _hours(cell: _Cell) -> float | None:
    try:
        return _number(cell)
    except ValueError:
        raise _Bad("inventory.bad_hours") from None


_PARSERS = {
    **dict.fromkeys(_TRISTATE_COLUMNS, _tristate_cell),
    "importance": _importance, "last_post": _date, "admins": _count,
    "response_sla_hours": _hours,
}


# -- rows ---------------------------------------------------------------------------


class _Row:
    """One data row: typed values by column, and the errors found on the way."""

    def __init__(self, number: int, cells: list[_Cell], layout: _Layout, sheet: str = "") -> None:
        self.number, self.layout, self.sheet = number, layout, sheet
        self.cells = {column: cells[i] for i, column in layout.columns.items() if i < len(cells)}
        self.errors: list[RowError] = []
        self.notices: list[RowError] = []  # imported anyway, but worth a look

    def error(self, column: str, code: str, **values: Any) -> None:
        self.errors.append(RowError(self.number, self.layout.labels.get(column, ""), code,
                                    values, self.sheet))

    def get(self, column: str, parser: Any = None) -> Any:
        cell = self.cells.get(column)
        if cell is None:  # a column the file does not have: its empty value, parsed once
            return _absent(parser)
        shown = _text(cell)
        if cell.formula:
            self.error(column, "inventory.formula", value=_shorten(shown))
            return None
        if cell.error:
            self.error(column, "inventory.excel_error", value=shown)
            return None
        if len(shown) > MAX_CELL_CHARS:
            self.error(column, "inventory.too_long", length=len(shown), limit=MAX_CELL_CHARS)
            return None
        if parser is None:
            return shown
        try:
            return parser(cell)
        except _Bad as bad:
            self.error(column, str(bad), value=_shorten(shown))
            return None


@cache
def _absent(parser: Any) -> Any:
    """What a column missing from the file reads as (every parser takes an empty cell
    without error; a 2,048-row CSV of 6 columns asked this 35,000 times)."""
    return "" if parser is None else parser(_Cell(None))


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60]


def _asset(row: _Row) -> Asset | None:
    values = {c: row.get(c, _PARSERS.get(c)) for c in ASSET_COLUMNS}
    platform = _platform(row, values["platform"] or "", values["url"] or "",
                         values["handle"] or "")
    if row.errors or platform is None:
        return None
    rec, handle = platform
    kind = platforms.kind_of(rec.platform)
    values.update(
        platform=rec.platform, kind=kind,
        # A website's handle is whatever the user typed (often blank), not its host.
        handle=handle if kind == "website" else rec.handle or handle,
        # A mail domain has no page: keep a typed mailto: link, it names the mailbox.
        url=values["url"] if kind == "email" and values["url"] else rec.url,
    )
    if not values["asset_id"]:
        anchor = rec.handle or handle or values["name"] or f"row{row.number}"
        values["asset_id"] = f"{rec.platform}-{_slug(re.sub(r'^www[.]', '', anchor))}"
    return Asset(**values)


def _platform(row: _Row, name: str, url: str,
              handle: str) -> tuple[platforms.Recognised, str] | None:
    """The row's platform and normalised url/handle, or None with the error recorded."""
    platform = platforms.lookup(name) if name else None
    if name and platform is None:
        known = ", ".join(p.label for p in platforms.PLATFORMS.values())
        row.error("platform", "inventory.unknown_platform", value=_shorten(name), known=known)
        return None
    pid = platform.id if platform else None
    handle = handle.lstrip("@").strip()
    if url:
        rec = platforms.recognise(url, pid)
        if rec is None:
            row.error("url", "inventory.bad_url", value=_shorten(url))
            return None
        other = platforms.other_platform(url, pid) if pid else None
        if other is not None and platform is not None:
            row.notices.append(RowError(row.number, row.layout.labels.get("url", ""),
                                        "inventory.platform_host_mismatch",
                                        {"platform": platform.label, "url": _shorten(url),
                                         "other": other.label}, row.sheet))
        return rec, handle
    if handle:
        rec = platforms.recognise(handle, pid)
        if rec is not None:
            return rec, handle
        if platform is not None:
            row.error("handle", "inventory.bad_handle", value=_shorten(handle),
                      platform=platform.label)
            return None
    if platform is None:
        column = "platform" if "platform" in row.layout.labels else "url"
        row.error(column, "inventory.platform_missing")
        return None
    return platforms.Recognised(platform.id, "", ""), handle


def _rows(layout: _Layout, sheet: str = "") -> Iterator[_Row]:
    for number, cells in layout.data:
        yield _Row(number, cells, layout, sheet)


def _keep_first(items: list[tuple[str, int, Any]], column: str, code: str, key_name: str,
                layout: _Layout, sheet: str = "") -> tuple[list[Any], list[RowError]]:
    """Keep the first item per key; report every row of a repeated key."""
    rows_by_key: dict[str, list[int]] = {}
    kept = []
    for key, number, item in items:
        rows_by_key.setdefault(key, []).append(number)
        if len(rows_by_key[key]) == 1:
            kept.append(item)
    errors = []
    for key, numbers in rows_by_key.items():
        if len(numbers) > 1:
            for number in numbers:
                values = {key_name: key, "rows": ", ".join(map(str, numbers)),
                          "kept": numbers[0]}
                errors.append(RowError(number, layout.labels.get(column, ""), code, values,
                                       sheet))
    errors.sort(key=lambda e: e.row)
    return kept, errors


def _parse_assets(rows: Rows) -> ImportResult:
    return _assets_from(*_layout(rows, _ASSETS))


def _assets_from(layout: _Layout, result: ImportResult) -> ImportResult:
    found = []
    claims: dict[int, list[AssetEvidence]] = {}
    with_evidence = bool(set(EVIDENCE_COLUMNS) & set(layout.labels))
    for row in _rows(layout):
        asset = _asset(row)
        if asset is not None and with_evidence:
            claims[row.number] = _evidence(row, asset)
        if row.errors:
            asset = None
        result.errors += row.errors
        result.notices += row.notices
        if asset is not None:
            found.append((asset.asset_id, row.number, (row.number, asset)))
    kept, duplicates = _keep_first(found, "asset_id", "inventory.duplicate_asset_id",
                                   "asset_id", layout)
    result.asset_rows = [number for number, _ in kept]
    result.assets = [asset for _, asset in kept]
    result.evidence = [e for number in result.asset_rows for e in claims.get(number, ())]
    result.errors = sorted(result.errors + duplicates, key=lambda e: e.row)
    result.rows_read = len(layout.data)
    return result


def _attestation_words() -> dict[str, str]:
    """Every way a cell may name an attestation (column id and labels, aliases, check id)."""
    from audit.evidence import ATTESTATIONS

    words: dict[str, str] = {}
    for check_id, column in ATTESTATIONS.items():
        spellings = (column, check_id, check_id.removeprefix("gov."),
                     *(column_label(column, lang) for lang in LANGUAGES),
                     *ASSET_ALIASES.get(column, ()))
        words.update({_key(w): check_id for w in spellings})
    return words


def _evidence(row: _Row, asset: Asset) -> list[AssetEvidence]:
    """What the row's evidence columns say: the listed attestations verified (or, for "no",
    not), with the note or link and the verifier; [] when the columns are blank."""
    from audit.evidence import ATTESTATIONS, attested_value, split_note

    listed = _word(row.get("evidence_verified") or "")
    note, link = split_note(row.get("evidence_note") or "")
    by = (row.get("evidence_by") or "").strip()
    if not listed:
        if note or link:
            row.error("evidence_note", "evidence.error.note_without_list",
                      verified=row.layout.labels.get("evidence_verified")
                      or column_label("evidence_verified"))
        return []
    verified = listed not in _NONE
    if listed in _ALL or listed in _NONE:
        checks = [c for c in ATTESTATIONS if attested_value(asset, c) or not verified]
    else:
        words = _attestation_words()
        checks = []
        for part in filter(None, (p.strip() for p in re.split(r"[,;/\n]+", listed))):
            check_id = words.get(_key(part))
            if check_id is None:
                row.error("evidence_verified", "evidence.error.bad_list", value=_shorten(part),
                          known=", ".join(ATTESTATIONS.values()))
                return []
            if not attested_value(asset, check_id):
                column = ATTESTATIONS[check_id]
                row.error("evidence_verified", "evidence.error.blank_cell",
                          attestation=row.layout.labels.get(column) or column)
                return []
            checks.append(check_id)
    return [AssetEvidence(asset.asset_id, c, verified=verified, verified_by=by,
                          value=attested_value(asset, c), note=note, link=link)
            for c in dict.fromkeys(checks)]


def _parse_answers(rows: Rows, sheet: str = "") -> ImportResult:
    layout, result = _layout(rows, _ANSWERS, sheet)
    known = question_ids()
    found = []
    for row in _rows(layout, sheet):
        qid = _word(row.get("question_id") or "")
        answer = row.get("answer", _answer)
        note, evidence = row.get("note") or "", row.get("evidence") or ""
        verified = row.get("verified", _tristate) == "yes"
        if not row.errors and not answer and not note and not evidence:
            continue
        if not qid:
            row.error("question_id", "inventory.question_missing")
        elif qid not in known and f"crisis.{qid}" in known:
            qid = f"crisis.{qid}"
        elif qid not in known:
            row.error("question_id", "inventory.unknown_question", value=_shorten(qid),
                      known=", ".join(known))
        result.errors += row.errors
        if not row.errors:
            found.append((qid, row.number, Answer(qid, answer, note, evidence, verified)))
    result.answers, duplicates = _keep_first(found, "question_id", "inventory.duplicate_question",
                                             "value", layout, sheet)
    result.errors = sorted(result.errors + duplicates, key=lambda e: e.row)
    result.rows_read = len(layout.data)
    return result


def validate_rows(rows: Sequence[Mapping[str, Any]]) -> ImportResult:
    """Validate rows edited in the app (keys are ASSET_COLUMNS) with the import's rules.

    Row numbers count like a spreadsheet (first data row = 2) so messages read the same
    as for a file; column names are the column ids the editor shows. Blank rows are
    skipped and an empty table is valid (it clears the inventory).
    """
    data = [(number, [_Cell(_editor_value(row.get(c))) for c in ASSET_COLUMNS])
            for number, row in enumerate(rows, start=2)]
    layout = _Layout(1, dict(enumerate(ASSET_COLUMNS)), {c: c for c in ASSET_COLUMNS},
                     [r for r in data if _nonempty(r[1])])
    return _assets_from(layout, ImportResult())


def _editor_value(value: Any) -> Any:
    """The editor hands back NaN/NaT/NA/None for empty cells; treat them all as blank."""
    try:
        if value is None or bool(value != value):
            return None
    except TypeError:  # pandas.NA refuses to be a truth value
        return None
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime()
    return value

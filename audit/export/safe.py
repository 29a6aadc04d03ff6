"""Every cell of every exported workbook is made here, so nothing untrusted can run.

Bios, page titles and notes are attacker-controlled. A string that starts with
=, +, -, @, tab, CR or LF would be evaluated as a formula by Excel or
LibreOffice (OWASP "CSV injection"); openpyxl even turns a leading "=" into a
formula itself. Such text is written as an explicit text cell with the
`quotePrefix` style, so it shows exactly as typed and is never evaluated.
Control characters Excel rejects are dropped instead of corrupting the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# XML 1.0 forbids C0 controls except tab, LF and CR; Excel refuses the file otherwise.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DIRTY = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")  # _ILLEGAL or CR
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_CHARS = 32767  # Excel's limit on one cell's text
# Excel stops honouring hyperlinks beyond 65,530 per sheet (FIELD-NOTES); keep a margin.
MAX_LINKS_PER_SHEET = 65000
_LINK = re.compile(r"^https?://[^\s\"<>]+$", re.IGNORECASE)


def clean_text(value: object) -> str:
    """Text Excel accepts: controls removed (tab and newline kept), CR-LF as LF, length capped."""
    text = "" if value is None else str(value)
    if _DIRTY.search(text):  # most text is clean: one scan instead of three
        text = _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text[:MAX_CELL_CHARS]


def is_link(text: str) -> bool:
    """Only plain http(s) URLs become hyperlinks; javascript:, file: and the like stay text."""
    return bool(_LINK.match(text))


def excel_datetime(value: datetime) -> datetime:
    """Excel has no time zones: aware times are written in UTC."""
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


class CellMaker:
    """Builds the cells of one write-only sheet; named styles are resolved once, not per cell.

    Cells share one style array per (style, quote) pair instead of a copy each: they are
    written once and never restyled. The sheet's rows must hold only these cells (or None).
    """

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.links = 0
        self._styles: dict[tuple[str | None, bool], Any] = {}
        # openpyxl 3.1's WriteOnlyWorksheet._values_to_row first tries every cell as a plain
        # value and catches the ValueError (formatting the cell's repr): a third of a large
        # export's time. Our rows are ready-made cells that only need their position.
        ws._values_to_row = _placed

    def _style_array(self, style: str | None, quote: bool) -> Any:
        key = (style, quote)
        if key not in self._styles:
            proto = WriteOnlyCell(self.ws)
            if style:
                proto.style = style
            if quote:
                proto.quotePrefix = True
            self._styles[key] = _SharedStyle(proto._style)
        return self._styles[key]

    def __call__(self, value: Any, style: str | None = None, link: bool = False) -> Cell:
        """One cell: numbers and dates stay typed, text is cleaned and neutralised."""
        cell = Cell(self.ws, 1, 1)  # the row and column are set by _placed
        quote = False
        if isinstance(value, bool):
            value = str(value).lower()
        if value is None:
            pass
        elif isinstance(value, str) or not isinstance(value, date | int | float):
            text = clean_text(value)
            quote = text.startswith(FORMULA_TRIGGERS)
            # Set directly, never through .value: openpyxl would make a formula of a leading
            # "=" (and an error cell of "#N/A"); clean_text already did its string checks.
            cell._value = text
            cell.data_type = "s"
            if link and is_link(text) and self.links < MAX_LINKS_PER_SHEET:
                cell.hyperlink = text
                self.links += 1
        elif isinstance(value, datetime):
            cell.value = excel_datetime(value)
        else:
            cell.value = value
        if style or quote:
            cell._style = self._styles.get((style, quote)) or self._style_array(style, quote)
        return cell


class _SharedStyle(StyleArray):
    """A style array shared by many cells and never changed, so hashed once: openpyxl
    looks every written cell's style up by hash, twice."""

    def __init__(self, values: Any) -> None:
        super().__init__()
        self._hash = hash(tuple(self))

    def __hash__(self) -> int:
        return self._hash


def _placed(cells: Iterable[Cell | None], row_idx: int) -> Iterator[Cell]:
    """The cells of one appended row at their positions (see CellMaker.__init__)."""
    for column, cell in enumerate(cells, 1):
        if cell is None:
            continue
        cell.row, cell.column = row_idx, column
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate
        yield cell

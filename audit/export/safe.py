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
from copy import copy
from datetime import UTC, date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# XML 1.0 forbids C0 controls except tab, LF and CR; Excel refuses the file otherwise.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_CHARS = 32767  # Excel's limit on one cell's text
# Excel stops honouring hyperlinks beyond 65,530 per sheet (FIELD-NOTES); keep a margin.
MAX_LINKS_PER_SHEET = 65000
_LINK = re.compile(r"^https?://[^\s\"<>]+$", re.IGNORECASE)


def clean_text(value: object) -> str:
    """Text Excel accepts: controls removed (tab and newline kept), CR-LF as LF, length capped."""
    text = "" if value is None else str(value)
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
    """Builds the cells of one write-only sheet; named styles are resolved once, not per cell."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.links = 0
        self._styles: dict[tuple[str | None, bool], Any] = {}

    def _style_array(self, style: str | None, quote: bool) -> Any:
        key = (style, quote)
        if key not in self._styles:
            proto = WriteOnlyCell(self.ws)
            if style:
                proto.style = style
            if quote:
                proto.quotePrefix = True
            self._styles[key] = proto._style
        return self._styles[key]

    def __call__(self, value: Any, style: str | None = None, link: bool = False) -> WriteOnlyCell:
        """One cell: numbers and dates stay typed, text is cleaned and neutralised."""
        cell = WriteOnlyCell(self.ws)
        quote = False
        if isinstance(value, bool):
            value = str(value).lower()
        if isinstance(value, datetime):
            cell.value = excel_datetime(value)
        elif isinstance(value, date | int | float):
            cell.value = value
        elif value is not None:
            text = clean_text(value)
            quote = text.startswith(FORMULA_TRIGGERS)
            cell.value = text
            cell.data_type = "s"  # never "f": openpyxl would make a formula of a leading "="
            if link and is_link(text) and self.links < MAX_LINKS_PER_SHEET:
                cell.hyperlink = text
                self.links += 1
        if style or quote:
            cell._style = copy(self._style_array(style, quote))
        return cell

"""One table per sheet, written the same way everywhere.

Header row frozen, autofilter over the data, widths fitted to the content (capped),
long text wrapped, typed cells, status colours by conditional formatting and
dropdown validations. Sheets are streamed (openpyxl write-only mode), so a table
of 200,000 results costs about what openpyxl needs to write the bare cells.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.worksheet import Worksheet

from audit.export import styles
from audit.export.safe import CellMaker

WIDTH_SAMPLE = 500  # rows read to fit column widths; the rest stream through
MIN_WIDTH, MAX_WIDTH, WRAP_WIDTH = 8, 45, 60
SPARE_ROWS = 1000  # rows below the data that keep the dropdowns, for the client to add
# Excel refuses an inline dropdown list longer than 255 characters.
MAX_INLINE_LIST = 255
LINE_POINTS = 15  # row height per line of wrapped text


@dataclass(frozen=True)
class Column:
    header: str
    style: str = styles.TEXT
    link: bool = False  # http(s) values become hyperlinks
    colors: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # value -> (bg, fg)
    choices: Sequence[str] = ()  # dropdown list
    check: str = ""  # "whole" / "decimal" / "date": typed-input validation
    width: float | None = None  # fixed width instead of fitting


def _fit(column: Column, values: Iterable[Any]) -> float:
    if column.width:
        return column.width
    cap = WRAP_WIDTH if column.style == styles.WRAP else MAX_WIDTH
    longest = max((_length(v) for v in values), default=0)
    return float(max(MIN_WIDTH, min(cap, max(longest, len(column.header) * 0.8) + 2)))


def _length(value: Any) -> int:
    if value is None:
        return 0
    if hasattr(value, "year"):
        return 16 if hasattr(value, "hour") else 10
    return max((len(line) for line in str(value).split("\n")), default=0)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _validation(column: Column, ref: str, lang_error: str) -> DataValidation | None:
    if column.choices:
        formula = _quoted(",".join(column.choices))
        if len(formula) - 2 > MAX_INLINE_LIST:
            raise ValueError(f"dropdown for {column.header!r} is longer than Excel allows")
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    elif column.check in ("whole", "decimal"):
        dv = DataValidation(type=column.check, operator="greaterThanOrEqual", formula1="0",
                            allow_blank=True)
    elif column.check == "date":
        dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    else:
        return None
    dv.error = lang_error
    dv.showErrorMessage = True
    dv.add(ref)
    return dv


def write_table(wb: Workbook, title: str, columns: Sequence[Column],
                rows: Iterable[Sequence[Any]], invalid_entry: str = "",
                spare_rows: int = 0) -> WriteOnlyWorksheet:
    """A new sheet holding one table; `rows` may be a generator of any length."""
    ws = wb.create_sheet(title)
    cells = CellMaker(ws)
    stream = iter(rows)
    head = list(islice(stream, WIDTH_SAMPLE))
    widths: list[float] = []
    cell_styles: list[str] = []
    for index, column in enumerate(columns, 1):
        width = _fit(column, (row[index - 1] for row in head))
        widths.append(width)
        ws.column_dimensions[get_column_letter(index)].width = width
        # plain text longer than its capped width wraps rather than being cut off
        long = any(_length(row[index - 1]) > width for row in head)
        cell_styles.append(styles.WRAP if column.style == styles.TEXT and long
                           else column.style)
    wrapped = [i for i, style in enumerate(cell_styles) if style == styles.WRAP]
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    print_setup(ws)

    ws.append([cells(c.header, styles.HEADER) for c in columns])
    count = 0
    # One dimension per height, shared by its rows (the streaming writer only reads it):
    # building one per row was a twentieth of a large export.
    heights: dict[int, RowDimension] = {}
    for row in chain(head, stream):
        count += 1
        # Neither Excel nor LibreOffice grows a row for wrapped text written by a streaming
        # writer, so the height is set here from the text it will hold.
        lines = max((_lines(row[i], widths[i]) for i in wrapped), default=1)
        if lines > 1:
            if lines not in heights:
                heights[lines] = RowDimension(ws, ht=lines * LINE_POINTS)
            ws.row_dimensions[count + 1] = heights[lines]
        ws.append([cells(value, style, c.link)
                   for value, style, c in zip(row, cell_styles, columns, strict=True)])

    last_row = count + 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    for index, column in enumerate(columns, 1):
        letter = get_column_letter(index)
        data = f"{letter}2:{letter}{max(last_row, 2)}"
        for value, (bg, fg) in column.colors.items():
            ws.conditional_formatting.add(data, CellIsRule(
                operator="equal", formula=[_quoted(value)],
                fill=PatternFill(fill_type="solid", start_color=bg, end_color=bg),
                font=Font(color=fg)))
        entry = f"{letter}2:{letter}{max(last_row + spare_rows, 2)}"
        dv = _validation(column, entry, invalid_entry)
        if dv is not None:
            ws.data_validations.append(dv)
    return ws


def print_setup(ws: WriteOnlyWorksheet, pages_high: int = 0) -> None:
    """A4 landscape, one page wide; `pages_high` 0 lets long tables run on."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, pages_high
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def set_widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _lines(value: Any, width_chars: float) -> int:
    """Lines a value takes when wrapped in a column `width_chars` wide."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(width_chars * 0.85, 1)  # proportional fonts run wider than the width unit
    return sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))


def wrapped_height(text: str, width_chars: float, line_points: float = LINE_POINTS) -> float:
    """Row height for wrapped text in merged cells, which Excel and LibreOffice never grow."""
    return _lines(text, width_chars) * line_points


class Document:
    """Row-by-row writer for the non-table sheets (cover, methodology, instructions)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.cells = CellMaker(ws)
        self.row = 0

    def line(self, values: Sequence[Any] = (), style: str | None = None,
             height: float | None = None, merge: str = "") -> int:
        """Append one row; a (value, style) tuple overrides `style`; `merge` joins column
        ranges such as "B:D" or "B:D,F:G"."""
        self.row += 1
        if height:
            self.ws.row_dimensions[self.row].height = height
        for span in filter(None, merge.split(",")):
            first, last = span.split(":")
            self.ws.merged_cells.add(f"{first}{self.row}:{last}{self.row}")
        self.ws.append([self.cells(*v) if isinstance(v, tuple) else self.cells(v, style)
                        for v in values])
        return self.row

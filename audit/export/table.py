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
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.worksheet import Worksheet

from audit.export import styles
from audit.export.safe import CellMaker, clean_text
from audit.i18n import t

WIDTH_SAMPLE = 500  # rows read to fit column widths; the rest stream through
MIN_WIDTH, MAX_WIDTH, WRAP_WIDTH = 8, 45, 60
SPARE_ROWS = 1000  # rows below the data that keep the dropdowns, for the client to add
# Excel refuses an inline dropdown list longer than 255 characters.
MAX_INLINE_LIST = 255
LINE_POINTS = 15  # row height per line of wrapped text
# Printing: at most this many columns across the page, and at most this many width units
# in them. Calibri 11 is about 5.25 pt per unit; A4 landscape with 0.4" margins prints
# 784 pt, so 185 units fit at a scale of about 0.75 and the text prints at 8 pt or more.
MAX_PRINT_COLUMNS = 12
PRINT_WIDTH_UNITS = 185
MIN_SHRUNK_WIDTH = 14  # a text column squeezed to fit the page keeps at least this


@dataclass(frozen=True)
class Column:
    header: str
    style: str = styles.TEXT
    link: bool = False  # http(s) values become hyperlinks
    colors: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # value -> (bg, fg)
    choices: Sequence[str] = ()  # dropdown list
    check: str = ""  # "whole" / "decimal" / "date": typed-input validation
    width: float | None = None  # fixed width instead of fitting
    printed: bool = True  # False for machine columns (ids, evidence JSON): kept, not printed
    past_due: bool = False  # a date before today is marked (the action plan's due date)
    help: str = ""  # Excel's input message, shown when a cell of the column is selected


@dataclass(frozen=True)
class Footer:
    """The printed page's footer: the client's name left, "page N of M" right."""

    left: str
    page: str  # with {page} and {pages}, e.g. "Page {page} of {pages}"


def _fit(column: Column, values: Iterable[Any]) -> float:
    if column.width:
        return column.width
    cap = WRAP_WIDTH if column.style == styles.WRAP else MAX_WIDTH
    longest = max((_length(v) for v in values), default=0)
    # the header may wrap between words, never inside one (bold runs ~10 % wider)
    word = max((len(w) for w in column.header.split()), default=0) * 1.1
    return float(max(MIN_WIDTH, word + 2,
                     min(cap, max(longest, len(column.header) * 0.8) + 2)))


def _length(value: Any) -> int:
    if value is None:
        return 0
    if hasattr(value, "year"):
        return 16 if hasattr(value, "hour") else 10
    return max((len(line) for line in str(value).split("\n")), default=0)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


EXCEL_PROMPT_CHARS = 255  # Excel refuses a longer input message


def _validation(column: Column, ref: str, lang_error: str,
                lang: str | None = None) -> DataValidation | None:
    """The cell rule for a column; a wrong entry is answered with what the cell wants (a
    value from the list, a number, a date) in `lang`, or with `lang_error` for all."""
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
    elif column.help:  # any value, only the input message
        dv = DataValidation(allow_blank=True)
    else:
        return None
    if column.choices or column.check:
        kind = "list" if column.choices else column.check
        dv.error = t(f"workbook.invalid_entry.{kind}", lang) if lang else lang_error
        dv.showErrorMessage = True
    if column.help:
        dv.prompt = column.help[:EXCEL_PROMPT_CHARS]
        dv.showInputMessage = True
    dv.add(ref)
    return dv


def print_columns(columns: Sequence[Column]) -> int:
    """How many leading columns print: the printed ones before the first machine column,
    at most MAX_PRINT_COLUMNS (so machine columns go last in a table)."""
    count = 0
    for column in columns[:MAX_PRINT_COLUMNS]:
        if not column.printed:
            break
        count += 1
    return count


def _fit_page(widths: list[float], printed: int) -> list[float]:
    """Narrow the widest printed columns to one common width (they wrap instead) until the
    printed ones fit PRINT_WIDTH_UNITS, so the page is not shrunk below a readable size;
    narrow columns keep their width."""
    widths = list(widths)
    while (excess := sum(widths[:printed]) - PRINT_WIDTH_UNITS) > 0.01:
        ranked = sorted(range(printed), key=lambda i: -widths[i])
        top = widths[ranked[0]]
        if top <= MIN_SHRUNK_WIDTH:
            break
        tied = [i for i in ranked if widths[i] == top]
        below = max((widths[i] for i in ranked if widths[i] < top), default=MIN_SHRUNK_WIDTH)
        level = max(below, MIN_SHRUNK_WIDTH, top - excess / len(tied))
        for i in tied:
            widths[i] = level
    return widths


def write_table(wb: Workbook, title: str, columns: Sequence[Column],
                rows: Iterable[Sequence[Any]], invalid_entry: str = "",
                spare_rows: int = 0, footer: Footer | None = None,
                pages_high: int = 0, lang: str | None = None) -> WriteOnlyWorksheet:
    """A new sheet holding one table; `rows` may be a generator of any length.

    It prints landscape, the header row repeated on every page, the leading printed columns
    only (see print_columns), fitted to the page width without shrinking the text below
    about 8.5 pt; `pages_high` 1 keeps it on one page (the call sheet). With `lang`, a
    validated cell answers a wrong entry in that language with what it wants."""
    ws = wb.create_sheet(title)
    cells = CellMaker(ws)
    stream = iter(rows)
    head = list(islice(stream, WIDTH_SAMPLE))
    printed = print_columns(columns)
    widths = _fit_page([_fit(column, (row[index] for row in head))
                        for index, column in enumerate(columns)], printed)
    cell_styles: list[str] = []
    for index, (column, width) in enumerate(zip(columns, widths, strict=True), 1):
        ws.column_dimensions[get_column_letter(index)].width = width
        # plain text longer than its capped width wraps rather than being cut off
        long = any(_length(row[index - 1]) > width for row in head)
        cell_styles.append(styles.WRAP if column.style == styles.TEXT and long
                           else column.style)
    # rows are as tall as their printed text needs (a long evidence JSON out of the print
    # area would otherwise stretch every printed row); on screen that cell shows its start
    wrapped = [i for i, style in enumerate(cell_styles)
               if style == styles.WRAP and (i < printed or not printed)]
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    print_setup(ws, pages_high, footer)

    header_lines = max(_lines(c.header, w) for c, w in zip(columns, widths, strict=True))
    if header_lines > 1:
        ws.row_dimensions[1] = RowDimension(ws, ht=header_lines * LINE_POINTS)
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
    if printed:
        ws.print_area = f"A1:{get_column_letter(printed)}{last_row}"
    for index, column in enumerate(columns, 1):
        letter = get_column_letter(index)
        data = f"{letter}2:{letter}{max(last_row, 2)}"
        for value, (bg, fg) in column.colors.items():
            ws.conditional_formatting.add(data, CellIsRule(
                operator="equal", formula=[_quoted(value)],
                fill=PatternFill(fill_type="solid", start_color=bg, end_color=bg),
                font=Font(color=fg)))
        if column.past_due:
            ws.conditional_formatting.add(data, FormulaRule(
                formula=[f"AND(ISNUMBER({letter}2),{letter}2<TODAY())"],
                fill=PatternFill(fill_type="solid", start_color=styles.OVERDUE[0],
                                 end_color=styles.OVERDUE[0]),
                font=Font(bold=True, color=styles.OVERDUE[1])))
        entry = f"{letter}2:{letter}{max(last_row + spare_rows, 2)}"
        dv = _validation(column, entry, invalid_entry, lang)
        if dv is not None:
            ws.data_validations.append(dv)
    return ws


def print_setup(ws: WriteOnlyWorksheet, pages_high: int = 0,
                footer: Footer | None = None) -> None:
    """A4 landscape, one page wide; `pages_high` 0 lets long tables run on. The footer
    names the client and numbers the pages."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, pages_high
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.5, 0.6
    ws.page_margins.footer = 0.25
    if footer is not None:
        # "&" starts a header/footer code: a client called "A & B" is written "A && B"
        ws.oddFooter.left.text = clean_text(footer.left).replace("&", "&&")
        ws.oddFooter.left.size = 11  # printed at the page's scale, like the cells
        ws.oddFooter.right.text = footer.page.format(page="&P", pages="&N")
        ws.oddFooter.right.size = 11


def set_widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _lines(value: Any, width_chars: float) -> int:
    """Lines a value takes when wrapped in a column `width_chars` wide."""
    if not isinstance(value, str) or not value:
        return 1
    # about one character per width unit: the unit is a digit's width and lowercase text in
    # Calibri (or its LibreOffice stand-in) runs a little narrower than digits
    per_line = max(width_chars, 1)
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

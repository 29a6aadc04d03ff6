"""Named styles and colours of the exported workbooks, registered once per workbook."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

ACCENT = "1F3A5F"  # deep navy: headers and titles
LIGHT = "E8EEF5"

# Band colours: red, amber, teal, green; read as a traffic light by any client.
BAND_COLORS = {
    "vulnerable": "C0392B",
    "developing": "E67E22",
    "prepared": "2E86AB",
    "resilient": "27AE60",
}
# Status fills used by conditional formatting (background, font).
STATUS_COLORS = {
    "pass": ("C6EFCE", "006100"),
    "warn": ("FFEB9C", "7F6000"),
    "fail": ("FFC7CE", "9C0006"),
    "error": ("F4B6C2", "7A0019"),
    "unknown": ("E7E6E6", "3A3A3A"),
}
SEVERITY_COLORS = {
    "critical": ("FFC7CE", "9C0006"),
    "high": ("FCE4D6", "833C0B"),
    "medium": ("FFEB9C", "7F6000"),
    "low": ("DDEBF7", "1F4E78"),
}
OVERDUE = ("FFC7CE", "9C0006")  # a due date in the past (the action plan)

HEADER = "siaga_header"
TEXT = "siaga_text"  # short text, one line
WRAP = "siaga_wrap"  # long text, wrapped
DATE = "siaga_date"
DATETIME = "siaga_datetime"
INT = "siaga_int"
NUMBER = "siaga_number"
PERCENT = "siaga_percent"
LINK = "siaga_link"
TITLE = "siaga_title"
SUBTITLE = "siaga_subtitle"
LABEL = "siaga_label"
BIG = "siaga_big"
NOTE = "siaga_note"

_thin = Side(style="thin", color="BFC9D4")
_top = Alignment(vertical="top")


def _style(name: str, **attrs: object) -> NamedStyle:
    style = NamedStyle(name=name)
    for key, value in attrs.items():
        setattr(style, key, value)
    return style


def register(wb: Workbook) -> None:
    """Add every named style to the workbook once; cells then refer to them by name."""
    styles = (
        _style(HEADER, font=Font(bold=True, color="FFFFFF"),
               fill=PatternFill("solid", fgColor=ACCENT),
               alignment=Alignment(vertical="center", wrap_text=True),
               border=Border(bottom=_thin)),
        _style(TEXT, alignment=_top),
        _style(WRAP, alignment=Alignment(vertical="top", wrap_text=True)),
        _style(DATE, alignment=_top, number_format="yyyy-mm-dd"),
        _style(DATETIME, alignment=_top, number_format="yyyy-mm-dd hh:mm"),
        _style(INT, alignment=_top, number_format="0"),
        _style(NUMBER, alignment=_top, number_format="0.0"),
        _style(PERCENT, alignment=_top, number_format="0%"),
        _style(LINK, alignment=_top, font=Font(color="0563C1", underline="single")),
        _style(TITLE, font=Font(bold=True, size=20, color=ACCENT)),
        _style(SUBTITLE, font=Font(bold=True, size=13, color=ACCENT),
               alignment=Alignment(vertical="center")),
        _style(LABEL, font=Font(bold=True, color="44546A"), alignment=_top),
        _style(BIG, font=Font(bold=True, size=36, color="FFFFFF"),
               fill=PatternFill("solid", fgColor=ACCENT),
               alignment=Alignment(horizontal="center", vertical="center")),
        _style(NOTE, font=Font(italic=True, color="595959"),
               alignment=Alignment(vertical="top", wrap_text=True)),
    )
    bands = tuple(
        _style(band_style(band), font=Font(bold=True, size=36, color="FFFFFF"),
               fill=PatternFill("solid", fgColor=color),
               alignment=Alignment(horizontal="center", vertical="center"))
        for band, color in BAND_COLORS.items()
    )
    for style in styles + bands:
        wb.add_named_style(style)


def band_style(band: str | None) -> str:
    """The big score cell's style: white on the band's colour (navy when there is no band)."""
    return f"siaga_band_{band}" if band in BAND_COLORS else BIG

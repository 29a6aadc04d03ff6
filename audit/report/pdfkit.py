"""The PDF building blocks the client report and the post-incident report share: the
embedded fonts, paragraph styles, plain tables, page templates and the numbered footer.

The fonts are the Bitstream Vera TTFs reportlab ships, embedded in the file, so Indonesian
text and symbols such as "×" and "—" render the same on any machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageTemplate, Paragraph, Table, TableStyle

from audit.i18n import t

FONT, BOLD = "SiagaVera", "SiagaVera-Bold"
_FONT_FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf"}
MARGIN = 18 * mm
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#595959")
LINE = colors.HexColor("#BFBFBF")


def register_fonts() -> None:
    """Embed reportlab's own TTFs once (Type 1 base fonts cover Latin-1 only)."""
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, filename in _FONT_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=8,
                                    leading=10, textColor=colors.white),
        "muted": ParagraphStyle("muted", parent=base, fontSize=9, leading=12,
                                textColor=MUTED),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=18, leading=23,
                             textColor=ACCENT, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15,
                             spaceBefore=6, spaceAfter=3),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=26,
                                leading=32, textColor=ACCENT),
        "cover": ParagraphStyle("cover", parent=base, fontSize=14, leading=19),
        "big": ParagraphStyle("big", parent=base, fontName=BOLD, fontSize=40, leading=46,
                              alignment=TA_CENTER),
        "band": ParagraphStyle("band", parent=base, fontName=BOLD, fontSize=16, leading=20,
                               alignment=TA_CENTER),
    }


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells default to the embedded font: reportlab's default
    (Helvetica, never embedded) would otherwise be named in every page's fonts."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: user text (names, notes) is escaped, never markup."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def numbered_canvas(client: str, lang: str) -> type[Canvas]:
    """A canvas that writes "page N of M" once it knows M (the pages are kept until save)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.setStrokeColor(LINE)
            self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 10 * mm, t("report.footer", lang, client=client,
                                               page=self._pageNumber, pages=total))

    return NumberedCanvas


def table(header: Sequence[str], rows: Sequence[Sequence[Any]],
           st: dict[str, ParagraphStyle], shares: Sequence[float] | None,
           width: float, padding: float = 2, style: ParagraphStyle | None = None) -> Table:
    """A plain table, header repeated on every page, text wrapped in its cell at 8 pt."""
    columns = len(header)
    fractions = shares or [1 / columns] * columns
    data = [[p(h, st["cell_bold"]) for h in header]]
    data += [[p("" if v is None else str(v), style or st["cell"]) for v in row]
             for row in rows]
    grid = Table(data, colWidths=[width * f for f in fractions], repeatRows=1)
    grid.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]))
    return grid


def page_template(name: str, size: tuple[float, float]) -> PageTemplate:
    frame = Frame(MARGIN, 22 * mm, size[0] - 2 * MARGIN, size[1] - MARGIN - 22 * mm, id=name,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return PageTemplate(id=name, frames=[frame], pagesize=size)

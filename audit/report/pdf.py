"""The client report as PDF (SPEC section 12): what a consultant hands a client's director.

Pages, in the report's language: a cover (client, consultant, optional logo, date,
"confidential"), the score with its band, coverage, range and cap in plain words and the
dimension chart, the findings grouped by check, the one-page first-hour call sheet, and
the methodology. Every page carries the client's name, "confidential" and "page N of M".

reportlab's platypus lays the pages out; the fonts are the Bitstream Vera TTFs reportlab
ships, embedded in the file, so Indonesian text and symbols such as "×" and "—" render
the same on any machine. No browser and no office suite are involved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from audit.export.text import asset_name, spec_of
from audit.findings import render_group
from audit.i18n import t
from audit.inventory import value_label
from audit.methodology import methodology
from audit.models import Asset
from audit.report import FindingGroup, Report
from audit.report.chart import dimension_chart
from audit.scoring import PROVISIONAL_BELOW
from checks.base import DIMENSIONS

FONT, BOLD = "SiagaVera", "SiagaVera-Bold"
_FONT_FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf"}
MARGIN = 18 * mm
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#595959")
LINE = colors.HexColor("#BFBFBF")
SEVERITY_COLORS = {"critical": "#C00000", "high": "#E67E22", "medium": "#B7950B",
                   "low": "#5B7F95"}
BAND_COLORS = {"vulnerable": "#C00000", "developing": "#E67E22", "prepared": "#2E86C1",
               "resilient": "#1E8449"}
MAX_GROUPS = 25  # a leadership report stays short; the workbook holds every row
CALL_SHEET_ROWS = 30  # rows that fit the one-page call sheet at 8 pt


def _register_fonts() -> None:
    """Embed reportlab's own TTFs once (Type 1 base fonts cover Latin-1 only)."""
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, filename in _FONT_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
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


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: user text (names, notes) is escaped, never markup."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _num(value: float | None, lang: str, digits: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "id" else text


def _pct(share: float, lang: str) -> str:
    return _num(100 * share, lang, 0 if round(100 * share, 1).is_integer() else 1) + " %"


def _day(report: Report) -> date:
    run = report.run
    when: datetime | None = (run.finished or run.started) if run is not None else None
    return when.date() if when else date.today()


def _numbered_canvas(client: str, lang: str) -> type[Canvas]:
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


# -- pages ---------------------------------------------------------------------------------

def _cover(report: Report, lang: str, st: dict[str, ParagraphStyle],
           logo: bytes | None) -> list[Flowable]:
    engagement = report.engagement
    client = engagement.client or engagement.name
    story: list[Flowable] = []
    if logo:
        image = ImageReader(BytesIO(logo))
        width, height = image.getSize()
        scale = min(60 * mm / width, 30 * mm / height)
        story += [Image(BytesIO(logo), width * scale, height * scale, hAlign="LEFT"),
                  Spacer(1, 10 * mm)]
    else:
        story.append(Spacer(1, 40 * mm))
    story += [_p(t("report.title", lang), st["title"]), Spacer(1, 6 * mm),
              _p(t("report.subtitle", lang, client=client), st["cover"]), Spacer(1, 16 * mm)]
    rows = [(t("report.client", lang), client),
            (t("report.consultant", lang), engagement.consultant or "–"),
            (t("report.date", lang), _day(report).isoformat())]
    if report.run is not None:
        rows.append((t("report.run", lang), t("report.run_value", lang, run=report.run.id,
                                              date=_day(report).isoformat())))
    table = Table([[_p(k, st["muted"]), _p(v, st["body"])] for k, v in rows],
                  colWidths=[35 * mm, 120 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [table, Spacer(1, 30 * mm),
              _p(t("report.confidential", lang).upper(),
                 ParagraphStyle("conf", parent=st["h2"], textColor=colors.HexColor("#C00000"))),
              _p(t("report.confidential_note", lang, client=client), st["muted"]),
              PageBreak()]
    return story


def _score(report: Report, lang: str, st: dict[str, ParagraphStyle],
           width: float) -> list[Flowable]:
    score = report.score
    band_color = colors.HexColor(BAND_COLORS.get(score.band or "", "#7F7F7F"))
    big = (t("report.score.value", lang, score=_num(score.overall, lang))
           if score.overall is not None else t("report.score.none", lang))
    band = t("report.score.band", lang, band=t(f"band.{score.band}", lang)) if score.band \
        else ""
    box = Table([[Paragraph(escape(big), ParagraphStyle("b", parent=st["big"],
                                                        textColor=band_color))],
                 [Paragraph(escape(band), ParagraphStyle("bd", parent=st["band"],
                                                         textColor=band_color))]],
                colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, band_color),
                             ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story: list[Flowable] = [_p(t("report.score.title", lang), st["h1"]), box,
                             Spacer(1, 5 * mm)]
    lines = [t("report.score.coverage", lang, coverage=_pct(score.coverage, lang))]
    if score.min_score is not None:
        lines.append(t("report.score.range", lang, low=_num(score.min_score, lang),
                       high=_num(score.max_score, lang)))
    if score.coverage < PROVISIONAL_BELOW:
        lines.append(t("report.score.provisional", lang,
                       threshold=_pct(PROVISIONAL_BELOW, lang)))
    if score.unanswered_questions or score.unanswered_cells:
        lines.append(t("report.score.unanswered", lang, questions=score.unanswered_questions,
                       cells=score.unanswered_cells))
    lines.append(_cap_text(report, lang))
    if score.attested_share:
        lines.append(t("report.score.evidence", lang,
                       attested=_pct(score.attested_share, lang),
                       verified=_pct(score.verified_share, lang),
                       self_reported=_pct(score.self_reported_share, lang)))
    story += [_p(line, ParagraphStyle("line", parent=st["body"], spaceAfter=4))
              for line in lines]
    story += [Spacer(1, 5 * mm), _p(t("report.dimensions.title", lang), st["h2"])]
    dims = [score.dimensions[d] for d in DIMENSIONS if d in score.dimensions]
    story.append(dimension_chart([(t(f"dimension.{d.id}", lang), d.score) for d in dims],
                                 width, FONT, BOLD, t("report.score.none", lang),
                                 lambda value: _num(value, lang)))
    header = [t(f"report.col.{c}", lang) for c in ("dimension", "score", "coverage", "range")]
    body = [[t(f"dimension.{d.id}", lang), _num(d.score, lang), _pct(d.coverage, lang),
             "–" if d.min_score is None else f"{_num(d.min_score, lang)} – "
                                              f"{_num(d.max_score, lang)}"] for d in dims]
    story += [Spacer(1, 3 * mm), _table(header, body, st, [0.4, 0.18, 0.18, 0.24], width),
              PageBreak()]
    return story


def _cap_text(report: Report, lang: str) -> str:
    cap = report.score.cap
    if cap is None:
        return t("report.score.no_cap", lang)
    assets = {a.asset_id: a for a in report.assets}
    spec = spec_of(cap.check_id)
    key = "report.score.cap_binding" if cap.binding else "report.score.cap_standing"
    return t(key, lang, band=t(f"band.{cap.band}", lang),
             check=(spec.title.get(lang) or spec.title["en"]) if spec else cap.check_id,
             asset=asset_name(assets.get(cap.asset_id), lang) if cap.asset_id
             else t("org.asset", lang), count=cap.count)


def _findings(report: Report, lang: str, st: dict[str, ParagraphStyle],
              width: float) -> list[Flowable]:
    story: list[Flowable] = [_p(t("report.findings.title", lang), st["h1"]),
                             _p(t("report.findings.intro", lang), st["muted"]),
                             Spacer(1, 4 * mm)]
    groups = report.groups
    if not groups:
        return [*story, _p(t("report.findings.none", lang), st["body"]), PageBreak()]
    assets = {a.asset_id: a for a in report.assets}
    for number, group in enumerate(groups[:MAX_GROUPS], start=1):
        story.append(KeepTogether(_group(number, group, assets, lang, st, width)))
    if len(groups) > MAX_GROUPS:
        story.append(_p(t("report.findings.shown", lang, shown=MAX_GROUPS,
                          rest=len(groups) - MAX_GROUPS), st["muted"]))
    story.append(PageBreak())
    return story


def _group(number: int, group: FindingGroup, assets: dict[str, Asset], lang: str,
           st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    spec = spec_of(group.check_id)
    names = [asset_name(assets[a], lang) if a in assets else (a or t("org.asset", lang))
             for a in group.asset_ids]
    if spec is None:
        return [_p(f"{number}. {group.check_id}", st["h2"])]
    words = render_group(group, spec, names, lang)
    color = colors.HexColor(SEVERITY_COLORS.get(group.severity, "#7F7F7F"))
    head = Table([[Paragraph(f"{number}. {escape(words['title'])}", ParagraphStyle(
        "gh", parent=st["h2"], spaceBefore=0, spaceAfter=0, textColor=colors.white))]],
        colWidths=[width])
    head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), color)]))
    seen = ""
    if group.count == 1:
        first = group.findings[0]
        seen = spec.render(first.reason, first.values, lang)
    rows = [(t("report.findings.severity", lang), words["severity"]),
            (t("report.findings.assets", lang), words["assets"]),
            (t("report.findings.owners", lang),
             words["owners"] or t("report.findings.no_owner", lang))]
    if seen:
        rows.append((t("report.findings.seen", lang), seen))
    rows += [(t("report.findings.why", lang), words["why"]),
             (t("report.findings.fix", lang), words["fix"])]
    body = Table([[_p(k, st["muted"]), _p(v, st["small"])] for k, v in rows],
                 colWidths=[38 * mm, width - 38 * mm])
    body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.5, LINE),
                              ("TOPPADDING", (0, 0), (-1, -1), 2),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [head, body, Spacer(1, 4 * mm)]


def _call_sheet(report: Report, lang: str, st: dict[str, ParagraphStyle],
                width: float) -> list[Flowable]:
    """Who to call per channel, primary channels first, on a landscape page that holds 30
    channels (the page before switched the template to landscape)."""
    story: list[Flowable] = [_p(t("report.roster.title", lang), st["h1"]),
                             _p(t("report.roster.intro", lang), st["muted"])]
    escalation = report.answers.get("crisis.escalation")
    contact = (escalation.note or escalation.evidence) if escalation else ""
    story += [_p(t("report.roster.escalation", lang, contact=contact) if contact
                 else t("report.roster.no_escalation", lang), st["body"]), Spacer(1, 3 * mm)]
    channels = sorted(report.assets, key=lambda a: (a.importance != "primary", a.platform,
                                                    a.asset_id))
    back = [NextPageTemplate("portrait"), PageBreak()]
    if not channels:
        return [*story, _p(t("report.roster.none", lang), st["body"]), *back]
    header = [t(f"report.col.{c}", lang) for c in
              ("channel", "holder", "phone", "backup", "backup_phone", "agency", "two_factor")]
    body = [[asset_name(a, lang), a.owner, a.owner_phone or a.owner_contact, a.backup_owner,
             a.backup_phone, a.agency, value_label("two_factor", a.two_factor, lang)]
            for a in channels]
    # tight rows (8 pt on 8.8 pt lines) so 30 channels fit one page
    story += [_table(header, body, st, [0.20, 0.17, 0.11, 0.15, 0.11, 0.17, 0.09], width,
                     padding=1, style=ParagraphStyle("call", parent=st["cell"],
                                                       leading=8.8)), *back]
    return story


def _methodology(lang: str, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    story: list[Flowable] = [_p(t("report.methodology.title", lang), st["h1"])]
    sections = methodology(lang)
    for section in sections[:-1]:  # the last is the full check table: the workbook has it
        block: list[Flowable] = [_p(section.title, st["h2"])]
        block += [_p(paragraph, st["small"]) for paragraph in section.paragraphs]
        if section.header:
            block.append(_table(list(section.header),
                                [[str(cell) for cell in row] for row in section.rows], st,
                                None, width))
        story += [CondPageBreak(40 * mm), *block]
    story += [Spacer(1, 3 * mm), _p(t("report.methodology.checks", lang), st["muted"])]
    return story


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]],
           st: dict[str, ParagraphStyle], shares: Sequence[float] | None,
           width: float, padding: float = 2, style: ParagraphStyle | None = None) -> Table:
    """A plain table, header repeated on every page, text wrapped in its cell at 8 pt."""
    columns = len(header)
    fractions = shares or [1 / columns] * columns
    data = [[_p(h, st["cell_bold"]) for h in header]]
    data += [[_p("" if v is None else str(v), style or st["cell"]) for v in row]
             for row in rows]
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]))
    return table


def _template(name: str, size: tuple[float, float]) -> PageTemplate:
    frame = Frame(MARGIN, 22 * mm, size[0] - 2 * MARGIN, size[1] - MARGIN - 22 * mm, id=name,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def write_pdf(report: Report, out: str | Path | BinaryIO, lang: str = "en",
              logo: bytes | None = None) -> None:
    """Write the client report as one PDF file (a path or a binary stream)."""
    _register_fonts()
    st = _styles()
    client = report.engagement.client or report.engagement.name
    target = str(out) if isinstance(out, str | Path) else out
    doc = BaseDocTemplate(target, pagesize=A4, title=t("report.title", lang),
                          author=report.engagement.consultant, subject=client,
                          # the embedded font from the first page on: no base font is named
                          initialFontName=FONT)
    doc.addPageTemplates([_template("portrait", A4), _template("landscape", landscape(A4))])
    width = A4[0] - 2 * MARGIN
    story = [*_cover(report, lang, st, logo), *_score(report, lang, st, width),
             *_findings(report, lang, st, width)]
    # the findings end with a page break: switch the template before it takes effect
    story.insert(len(story) - 1, NextPageTemplate("landscape"))
    story += [*_call_sheet(report, lang, st, landscape(A4)[0] - 2 * MARGIN),
              *_methodology(lang, st, width)]
    doc.build(story, canvasmaker=_numbered_canvas(client, lang))

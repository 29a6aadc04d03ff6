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

from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import Flowable

from audit.evidence import tally as evidence_tally
from audit.export.text import asset_name, spec_of
from audit.findings import render_group
from audit.i18n import number as format_number
from audit.i18n import t
from audit.inventory import value_label
from audit.methodology import methodology
from audit.models import Asset
from audit.report import FindingGroup, Report
from audit.report.chart import dimension_chart
from audit.report.pdfkit import (
    BOLD,
    FONT,
    LINE,
    MARGIN,
    numbered_canvas,
    p,
    page_template,
    register_fonts,
    styles,
    table,
    table_style,
)
from audit.scoring import PROVISIONAL_BELOW
from checks.base import DIMENSIONS

SEVERITY_COLORS = {"critical": "#C00000", "high": "#E67E22", "medium": "#B7950B",
                   "low": "#5B7F95"}
BAND_COLORS = {"vulnerable": "#C00000", "developing": "#E67E22", "prepared": "#2E86C1",
               "resilient": "#1E8449"}
MAX_GROUPS = 25  # a leadership report stays short; the workbook holds every row
CALL_SHEET_ROWS = 30  # rows that fit the one-page call sheet at 8 pt


def _num(value: float | None, lang: str, digits: int = 1) -> str:
    if value is None:
        return "–"
    return format_number(value, lang, digits)


def _pct(share: float, lang: str) -> str:
    return _num(100 * share, lang, 0 if round(100 * share, 1).is_integer() else 1) + " %"


def _day(report: Report) -> date:
    run = report.run
    when: datetime | None = (run.finished or run.started) if run is not None else None
    return when.date() if when else date.today()


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
    story += [p(t("report.title", lang), st["title"]), Spacer(1, 6 * mm),
              p(t("report.subtitle", lang, client=client), st["cover"]), Spacer(1, 16 * mm)]
    rows = [(t("report.client", lang), client),
            (t("report.consultant", lang), engagement.consultant or "–"),
            (t("report.date", lang), _day(report).isoformat())]
    if report.run is not None:
        rows.append((t("report.run", lang), t("report.run_value", lang, run=report.run.id,
                                              date=_day(report).isoformat())))
    facts = Table([[p(k, st["muted"]), p(v, st["body"])] for k, v in rows],
                  colWidths=[35 * mm, 120 * mm], hAlign="LEFT")
    facts.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [facts, Spacer(1, 30 * mm),
              p(t("report.confidential", lang).upper(),
                 ParagraphStyle("conf", parent=st["h2"], textColor=colors.HexColor("#C00000"))),
              p(t("report.confidential_note", lang, client=client), st["muted"]),
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
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1.2, band_color),
                             ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story: list[Flowable] = [p(t("report.score.title", lang), st["h1"]), box,
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
    counts = evidence_tally(report.assets, report.evidence,
                            sum(1 for a in report.answers.values() if a.verified))
    if counts.verified_answers or counts.verified_assets:
        lines.append(t("evidence.report.counts", lang, answers=counts.verified_answers,
                       assets=counts.verified_assets, images=counts.with_image))
    story += [p(line, ParagraphStyle("line", parent=st["body"], spaceAfter=4))
              for line in lines]
    story += [Spacer(1, 5 * mm), p(t("report.dimensions.title", lang), st["h2"])]
    dims = [score.dimensions[d] for d in DIMENSIONS if d in score.dimensions]
    story.append(dimension_chart([(t(f"dimension.{d.id}", lang), d.score) for d in dims],
                                 width, FONT, BOLD, t("report.score.none", lang),
                                 lambda value: _num(value, lang)))
    header = [t(f"report.col.{c}", lang) for c in ("dimension", "score", "coverage", "range")]
    body = [[t(f"dimension.{d.id}", lang), _num(d.score, lang), _pct(d.coverage, lang),
             "–" if d.min_score is None else f"{_num(d.min_score, lang)} – "
                                              f"{_num(d.max_score, lang)}"] for d in dims]
    story += [Spacer(1, 3 * mm), table(header, body, st, [0.4, 0.18, 0.18, 0.24], width),
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
    story: list[Flowable] = [p(t("report.findings.title", lang), st["h1"]),
                             p(t("report.findings.intro", lang), st["muted"]),
                             Spacer(1, 4 * mm)]
    groups = report.groups
    if not groups:
        return [*story, p(t("report.findings.none", lang), st["body"]), PageBreak()]
    assets = {a.asset_id: a for a in report.assets}
    for number, group in enumerate(groups[:MAX_GROUPS], start=1):
        story.append(KeepTogether(_group(number, group, assets, lang, st, width)))
    if len(groups) > MAX_GROUPS:
        story.append(p(t("report.findings.shown", lang, shown=MAX_GROUPS,
                          rest=len(groups) - MAX_GROUPS), st["muted"]))
    story.append(PageBreak())
    return story


def _group(number: int, group: FindingGroup, assets: dict[str, Asset], lang: str,
           st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    spec = spec_of(group.check_id)
    names = [asset_name(assets[a], lang) if a in assets else (a or t("org.asset", lang))
             for a in group.asset_ids]
    if spec is None:
        return [p(f"{number}. {group.check_id}", st["h2"])]
    words = render_group(group, spec, names, lang)
    color = colors.HexColor(SEVERITY_COLORS.get(group.severity, "#7F7F7F"))
    head = Table([[Paragraph(f"{number}. {escape(words['title'])}", ParagraphStyle(
        "gh", parent=st["h2"], spaceBefore=0, spaceAfter=0, textColor=colors.white))]],
        colWidths=[width])
    head.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), color)]))
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
    body = Table([[p(k, st["muted"]), p(v, st["small"])] for k, v in rows],
                 colWidths=[38 * mm, width - 38 * mm])
    body.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, -1), (-1, -1), 0.5, LINE),
                              ("TOPPADDING", (0, 0), (-1, -1), 2),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [head, body, Spacer(1, 4 * mm)]


def _call_sheet(report: Report, lang: str, st: dict[str, ParagraphStyle],
                width: float) -> list[Flowable]:
    """Who to call per channel, primary channels first, on a landscape page that holds 30
    channels (the page before switched the template to landscape)."""
    story: list[Flowable] = [p(t("report.roster.title", lang), st["h1"]),
                             p(t("report.roster.intro", lang), st["muted"])]
    escalation = report.answers.get("crisis.escalation")
    contact = (escalation.note or escalation.evidence) if escalation else ""
    story += [p(t("report.roster.escalation", lang, contact=contact) if contact
                 else t("report.roster.no_escalation", lang), st["body"]), Spacer(1, 3 * mm)]
    channels = sorted(report.assets, key=lambda a: (a.importance != "primary", a.platform,
                                                    a.asset_id))
    back = [NextPageTemplate("portrait"), PageBreak()]
    if not channels:
        return [*story, p(t("report.roster.none", lang), st["body"]), *back]
    header = [t(f"report.col.{c}", lang) for c in
              ("channel", "holder", "phone", "backup", "backup_phone", "agency", "two_factor")]
    body = [[asset_name(a, lang), a.owner, a.owner_phone or a.owner_contact, a.backup_owner,
             a.backup_phone, a.agency, value_label("two_factor", a.two_factor, lang)]
            for a in channels]
    # tight rows (8 pt on 8.8 pt lines) so 30 channels fit one page
    story += [table(header, body, st, [0.20, 0.17, 0.11, 0.15, 0.11, 0.17, 0.09], width,
                     padding=1, style=ParagraphStyle("call", parent=st["cell"],
                                                       leading=8.8)), *back]
    return story


def _methodology(lang: str, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    story: list[Flowable] = [p(t("report.methodology.title", lang), st["h1"])]
    sections = methodology(lang)
    for section in sections[:-1]:  # the last is the full check table: the workbook has it
        block: list[Flowable] = [p(section.title, st["h2"])]
        block += [p(paragraph, st["small"]) for paragraph in section.paragraphs]
        if section.header:
            block.append(table(list(section.header),
                                [[str(cell) for cell in row] for row in section.rows], st,
                                None, width))
        story += [CondPageBreak(40 * mm), *block]
    story += [Spacer(1, 3 * mm), p(t("report.methodology.checks", lang), st["muted"])]
    return story


def write_pdf(report: Report, out: str | Path | BinaryIO, lang: str = "en",
              logo: bytes | None = None) -> None:
    """Write the client report as one PDF file (a path or a binary stream)."""
    register_fonts()
    st = styles()
    client = report.engagement.client or report.engagement.name
    target = str(out) if isinstance(out, str | Path) else out
    doc = BaseDocTemplate(target, pagesize=A4, title=t("report.title", lang),
                          author=report.engagement.consultant, subject=client,
                          # the embedded font from the first page on: no base font is named
                          initialFontName=FONT)
    doc.addPageTemplates([page_template("portrait", A4), page_template("landscape", landscape(A4))])
    width = A4[0] - 2 * MARGIN
    story = [*_cover(report, lang, st, logo), *_score(report, lang, st, width),
             *_findings(report, lang, st, width)]
    # the findings end with a page break: switch the template before it takes effect
    story.insert(len(story) - 1, NextPageTemplate("landscape"))
    story += [*_call_sheet(report, lang, st, landscape(A4)[0] - 2 * MARGIN),
              *_methodology(lang, st, width)]
    doc.build(story, canvasmaker=numbered_canvas(client, lang))

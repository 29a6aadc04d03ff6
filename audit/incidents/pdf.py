"""The post-incident report as a PDF (`siaga incident report --out R.pdf`), laid out with the
client report's fonts, styles, tables and numbered footer (audit/report/pdfkit.py)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Spacer

from audit.i18n import t
from audit.incidents.checklist import step_text
from audit.incidents.report import PostIncident
from audit.incidents.workbook import incident_facts, recommendation_rows, timeline_text
from audit.models import Engagement
from audit.report.pdfkit import (
    FONT,
    MARGIN,
    numbered_canvas,
    p,
    page_template,
    register_fonts,
    styles,
    table,
)


def write_incident_pdf(report: PostIncident, engagement: Engagement,
                       out: str | Path | BinaryIO, lang: str) -> None:
    register_fonts()
    st = styles()
    client = engagement.client or engagement.name
    width = A4[0] - 2 * MARGIN
    doc = BaseDocTemplate(str(out) if isinstance(out, str | Path) else out, pagesize=A4,
                          title=t("incident.report.title", lang), author=engagement.consultant,
                          subject=client, initialFontName=FONT)
    doc.addPageTemplates([page_template("portrait", A4)])
    incident = report.incident
    story = [p(t("incident.report.title", lang), st["h1"]),
             p(f"{client}: {incident.title}", st["h2"]), Spacer(1, 3),
             table([t("incident.col.field", lang), t("incident.col.value", lang)],
                    incident_facts(report, lang), st, [0.35, 0.65], width)]
    story += [CondPageBreak(60), p(t("incident.sheet.timeline", lang), st["h2"]),
              table([t("incident.col.time", lang), t("incident.col.minutes", lang),
                      t("incident.col.what", lang), t("incident.col.by", lang)],
                     [(f"{e.at:%H:%M}", e.minutes, timeline_text(e, lang),
                       e.values.get("by", "")) for e in report.timeline],
                     st, [0.1, 0.12, 0.6, 0.18], width)]
    never = t("incident.never", lang)
    story += [CondPageBreak(60), p(t("incident.sheet.responses", lang), st["h2"]),
              table([t("incident.col.channel", lang), t("incident.col.first_response", lang)],
                     [(r.channel, never if r.first_minutes is None else r.first_minutes)
                      for r in report.responses], st, [0.7, 0.3], width)]
    late = report.late + report.missed
    if late:
        story += [CondPageBreak(60),
                  p(f"{t('incident.field.late', lang)} / {t('incident.field.missed', lang)}",
                     st["h2"]),
                  table([t("incident.col.step_id", lang), t("incident.col.step", lang),
                          t("incident.col.state", lang)],
                         [(s.step_id, step_text(s, lang), t(
                             f"incident.step_state.{'late' if s.done_at else 'missed'}", lang))
                          for s in late], st, [0.25, 0.6, 0.15], width)]
    rows = recommendation_rows(report, lang)
    story += [CondPageBreak(60), p(t("incident.sheet.recommendations", lang), st["h2"])]
    story.append(table([t("incident.col.finding", lang), t("incident.col.asset", lang),
                         t("incident.col.fix", lang)], rows, st, [0.35, 0.15, 0.5], width)
                 if rows else p(t("incident.report.no_recommendations", lang), st["body"]))
    doc.build(story, canvasmaker=numbered_canvas(client, lang))

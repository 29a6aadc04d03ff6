"""The post-incident report as workbook sheets: Incident, Timeline, First response, the
first-hour checklist and Recommendations (`siaga incident report --out R.xlsx`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook

from audit.export import styles
from audit.export.intake import RISK, SAFE
from audit.export.table import Column, write_table
from audit.findings import render_finding
from audit.i18n import t
from audit.incidents.checklist import step_text
from audit.incidents.model import Step
from audit.incidents.report import PostIncident, TimelineEntry
from audit.models import Engagement
from checks.registry import BY_ID


def incident_facts(report: PostIncident, lang: str) -> list[tuple[str, str]]:
    """The incident's particulars as (label, value) pairs, shared by the sheet and the PDF."""
    incident = report.incident
    none = t("incident.none", lang)
    return [
        (t("incident.field.title", lang), incident.title),
        (t("incident.field.kind", lang),
         t("incident.drill" if incident.drill else "incident.real", lang)),
        (t("incident.field.tier", lang), t(f"incident.tier.{incident.tier}", lang)),
        (t("incident.field.status", lang), t(f"incident.status.{incident.status}", lang)),
        (t("incident.field.opened", lang), f"{incident.opened_at:%Y-%m-%d %H:%M}"),
        (t("incident.field.closed", lang),
         f"{incident.closed_at:%Y-%m-%d %H:%M}" if incident.closed_at else none),
        (t("incident.field.origin", lang),
         " ".join(v for v in (incident.origin_url, incident.origin_platform,
                              incident.origin_author) if v) or none),
        (t("incident.field.campaign", lang), incident.campaign or none),
        (t("incident.field.root_causes", lang),
         ", ".join(t(f"incident.root.{c}", lang) for c in incident.root_causes) or none),
        (t("incident.field.root_note", lang), incident.root_cause_note or none),
        (t("incident.field.late", lang), str(len(report.late))),
        (t("incident.field.missed", lang), str(len(report.missed))),
    ]


def timeline_text(entry: TimelineEntry, lang: str) -> str:
    if entry.what == "opened":
        return t("incident.what.opened", lang, **entry.values)
    if entry.what == "closed":
        return t("incident.what.closed", lang)
    if entry.what == "log":
        return f"{t(f'incident.log.{entry.text_key}', lang)}: {entry.values.get('text', '')}"
    # a done step: its kind and values say what was done
    return step_text(Step(entry.text_key, entry.text_key, values=dict(entry.values)), lang)


def recommendation_rows(report: PostIncident, lang: str) -> list[tuple[str, str, str]]:
    """(finding title, asset, recommendation) for each open finding that made it worse."""
    rows = []
    for finding in report.recommendations:
        shown = render_finding(finding, BY_ID[finding.check_id], lang)
        rows.append((shown["title"], finding.asset_id or t("org.asset", lang), shown["fix"]))
    return rows


def write_incident_workbook(report: PostIncident, engagement: Engagement,
                            out: str | Path | BinaryIO, lang: str) -> None:
    wb = Workbook(write_only=True)
    styles.register(wb)
    col = lambda key, **kw: Column(t(f"incident.col.{key}", lang), **kw)  # noqa: E731
    write_table(wb, t("incident.sheet.summary", lang),
                [col("field"), col("value", style=styles.WRAP)],
                [(t("workbook.summary.client", lang), engagement.client or engagement.name),
                 *incident_facts(report, lang)])
    write_table(wb, t("incident.sheet.timeline", lang),
                [col("time", style=styles.DATETIME), col("minutes", style=styles.INT),
                 col("what", style=styles.WRAP), col("by")],
                ([e.at, e.minutes, timeline_text(e, lang), e.values.get("by", "")]
                 for e in report.timeline))
    never = t("incident.never", lang)
    write_table(wb, t("incident.sheet.responses", lang),
                [col("channel"), col("first_response", style=styles.INT, colors={never: RISK})],
                ([r.channel, never if r.first_minutes is None else r.first_minutes]
                 for r in report.responses))

    def checklist() -> Iterator[list[Any]]:
        incident = report.incident
        end = incident.closed_at or report.now
        for step in incident.steps:
            state = step.state(incident.opened_at, end, incident.status == "closed")
            text = step_text(step, lang)
            if step.kind == "statement":
                text += "\n" + step.values.get("text", "")
            yield [step.step_id, text, t(f"incident.step_state.{state}", lang), step.done_at,
                   step.done_by, step.note]

    states = {t(f"incident.step_state.{s}", lang): RISK for s in ("late", "open", "missed")}
    states[t("incident.step_state.done", lang)] = SAFE
    write_table(wb, t("incident.sheet.checklist", lang),
                [col("step_id"), col("step", style=styles.WRAP), col("state", colors=states),
                 col("time", style=styles.DATETIME), col("by"), col("note", style=styles.WRAP)],
                checklist())
    rows = recommendation_rows(report, lang) or [
        (t("incident.report.no_recommendations", lang), "", "")]
    write_table(wb, t("incident.sheet.recommendations", lang),
                [col("finding", style=styles.WRAP), col("asset"), col("fix", style=styles.WRAP)],
                rows)
    wb.save(out)

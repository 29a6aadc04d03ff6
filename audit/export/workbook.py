"""The audit workbook: the deliverable the consultant hands the client (SPEC section 6).

Sheets, in the engagement's language: Summary (a one-page A4 cover), Inventory and
Questionnaire (the intake template's own sheets, so they re-import), Results,
Findings, Channel roster, History and Methodology.

The workbook is streamed (openpyxl write-only mode): measured on this machine, it
supports everything used here (frozen panes, autofilter, conditional formatting,
data validation, hyperlinks, merged cells, charts, print setup) as long as column
widths, row heights and frozen panes are set before the first row is written.
Measured with bench/export.py's data (10,000 assets, 139,011 results, 2.67 M cells):
write_workbook 64.6 s, a bare openpyxl write-only dump of the same cells 61.7 s,
a bare normal-mode dump 83.3 s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from audit import platforms
from audit.campaigns.model import campaign_phase
from audit.campaigns.tracker import method_label
from audit.evidence import ATTESTATIONS, in_inventory_order
from audit.evidence import names as attestation_names
from audit.evidence import state as evidence_state
from audit.export import styles
from audit.export.intake import RISK, field_applies, write_inventory, write_questionnaire
from audit.export.table import (
    Column,
    Document,
    Footer,
    print_setup,
    set_widths,
    wrapped_height,
    write_table,
)
from audit.export.text import (
    asset_name,
    compact_json,
    detail,
    result_title,
    spec_of,
    title,
)
from audit.export.watch_sheets import write_watch_sheets
from audit.findings import group_findings, render_finding, render_group
from audit.i18n import number, t
from audit.inventory import column_label, value_label
from audit.methodology import methodology
from audit.models import STATUSES, Asset
from audit.report import Finding, FindingGroup, Report
from audit.scoring import latest, provisional_notes
from audit.textformat import share_text
from checks.base import DIMENSIONS, SEVERITY_WEIGHTS

TOP_FINDINGS = 10


def write_workbook(report: Report, out: str | Path | BinaryIO, lang: str = "en") -> None:
    """Write the whole audit as one .xlsx file (a path or a binary stream)."""
    wb = Workbook(write_only=True)
    styles.register(wb)
    _summary(wb, report, lang)
    write_inventory(wb, report.assets, lang, _footer(report, lang), report.evidence)
    _results(wb, report, lang)
    _findings(wb, report, lang)
    write_questionnaire(wb, report.answers, lang, footer=_footer(report, lang))
    _evidence(wb, report, lang)
    _roster(wb, report, lang)
    _campaigns(wb, report, lang)
    _history(wb, report, lang)
    _changes(wb, report, lang)
    write_watch_sheets(wb, report, lang, _footer(report, lang))
    _methodology(wb, lang, _footer(report, lang))
    wb.save(out)


# -- shared bits -----------------------------------------------------------------------------

def _status_colors(lang: str) -> dict[str, tuple[str, str]]:
    return {t(f"status.{s}", lang): c for s, c in styles.STATUS_COLORS.items()}


def _severity_colors(lang: str) -> dict[str, tuple[str, str]]:
    return {t(f"severity.{s}", lang): c for s, c in styles.SEVERITY_COLORS.items()}


def _platform_label(platform_id: str, lang: str) -> str:
    platform = platforms.PLATFORMS.get(platform_id)
    return platform.label_in(lang) if platform else platform_id


def _run_date(report: Report) -> datetime | date:
    run = report.run
    if run is not None:
        return run.finished or run.started
    return date.today()


# -- Summary ---------------------------------------------------------------------------------

SUMMARY_WIDTHS = (30, 13, 13, 13, 13, 13, 48)  # A..G; A4 landscape at about 95 %
SUMMARY_LAST = get_column_letter(len(SUMMARY_WIDTHS))


def _summary(wb: Workbook, report: Report, lang: str) -> None:
    ws = wb.create_sheet(t("workbook.sheet.summary", lang))
    set_widths(ws, SUMMARY_WIDTHS)
    ws.sheet_view.showGridLines = False
    print_setup(ws, pages_high=1, footer=_footer(report, lang))
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5

    cover = Document(ws)
    engagement, score = report.engagement, report.score
    label = styles.LABEL
    cover.line([t("workbook.summary.title", lang)], styles.TITLE, height=30)
    cover.line([engagement.client or engagement.name], styles.SUBTITLE, height=20)
    cover.line()
    client = engagement.client or engagement.name
    header_width = sum(SUMMARY_WIDTHS[1:4])
    cover.line([(t("workbook.summary.client", lang), label), client,
                None, None, (t("workbook.summary.date", lang), label),
                (_run_date(report), styles.DATE)], styles.WRAP, merge="B:D,F:G",
               height=wrapped_height(client, header_width))
    cover.line([(t("workbook.summary.consultant", lang), label), engagement.consultant,
                None, None, (t("workbook.summary.engagement", lang), label), engagement.name],
               styles.WRAP, merge="B:D,F:G",
               height=max(wrapped_height(engagement.consultant, header_width),
                          wrapped_height(engagement.name, sum(SUMMARY_WIDTHS[5:]))))
    cover.line()

    band_text = t(f"band.{score.band}", lang) if score.band else \
        t("workbook.summary.no_score", lang)
    big = styles.band_style(score.band)
    cover.line([(t("workbook.summary.score", lang), styles.SUBTITLE),
                (score.overall if score.overall is not None else "–", big),
                (band_text, big), (None, big), (None, big), (None, big)],
               height=56, merge="C:F")
    cover.line()
    span = "–" if score.min_score is None else t(
        "workbook.summary.range_value", lang, low=score.min_score, high=score.max_score)
    cover.line([(t("workbook.summary.coverage", lang), label), (score.coverage, styles.PERCENT),
                None, (t("workbook.summary.range", lang), label), None, span],
               styles.TEXT, merge="D:E")
    notes = []
    notes.extend(provisional_notes(score, lang))
    if score.cap is not None:
        cap = score.cap
        key = "workbook.summary.cap" if cap.binding else "workbook.summary.cap_standing"
        notes.append(t(key, lang, band=t(f"band.{cap.band}", lang),
                       check=title(cap.check_id, lang),
                       asset=asset_name(_asset_by_id(report).get(cap.asset_id), lang),
                       count=cap.count))
    notes.append(t("workbook.summary.evidence", lang,
                   verified=share_text(score.verified_share, lang),
                   self=share_text(score.self_reported_share, lang)))
    note_width = sum(SUMMARY_WIDTHS) * 0.9
    for note in notes:
        cover.line([note], styles.NOTE, merge=f"A:{SUMMARY_LAST}",
                   height=wrapped_height(note, note_width))
    cover.line()

    # Dimension table with its chart to the right.
    cover.line([t("workbook.summary.dimensions", lang)], styles.SUBTITLE, height=20)
    cover.line([t(f"workbook.col.{c}", lang) for c in
                ("dimension", "score", "coverage", "weight", "min", "max")], styles.HEADER,
               height=30)
    first = cover.row + 1
    for dim_id in DIMENSIONS:
        dim = score.dimensions.get(dim_id)
        if dim is None:
            continue
        cover.line([(t(f"dimension.{dim_id}", lang), styles.TEXT),
                    (dim.score, styles.NUMBER), (dim.coverage, styles.PERCENT),
                    (number(dim.weight, lang), styles.TEXT), (dim.min_score, styles.NUMBER),
                    (dim.max_score, styles.NUMBER)])
    last = cover.row
    if last >= first:
        ws.add_chart(_dimension_chart(ws, first, last, lang), f"G{first - 1}")
    cover.line()

    # Assets by kind (left); the chart sits beside it.
    cover.line([t("workbook.summary.assets", lang)], styles.SUBTITLE, height=20)
    cover.line([t("workbook.col.kind", lang), t("workbook.col.count", lang)], styles.HEADER)
    kinds = Counter(a.kind or platforms.PLATFORMS[a.platform].kind
                    if a.platform in platforms.PLATFORMS else a.kind for a in report.assets)
    for kind, count in sorted(kinds.items(), key=lambda item: (-item[1], item[0])):
        cover.line([(t(f"kind.{kind}", lang) if kind else "–", styles.TEXT),
                    (count, styles.INT)])
    cover.line()

    # Top findings.
    cover.line([t("workbook.summary.top_findings", lang)], styles.SUBTITLE, height=20)
    top = _groups(report)[:TOP_FINDINGS]
    if not top:
        cover.line([t("workbook.summary.no_findings", lang)], styles.NOTE)
    else:
        cover.line([t("workbook.col.check", lang), t("workbook.col.severity", lang),
                    t("workbook.col.asset", lang), None, t("workbook.col.owner", lang), None,
                    t("workbook.col.fix", lang)], styles.HEADER, height=30)
        for group in top:
            words = _group_words(report, group, lang)
            texts = ((words["title"], SUMMARY_WIDTHS[0]),
                     (words["assets"], sum(SUMMARY_WIDTHS[2:4])),
                     (words["owners"], sum(SUMMARY_WIDTHS[4:6])),
                     (words["fix"], SUMMARY_WIDTHS[6]))
            cover.line([(words["title"], styles.WRAP), (words["severity"], styles.TEXT),
                        (words["assets"], styles.WRAP), None, (words["owners"], styles.WRAP),
                        None, (words["fix"], styles.WRAP)], merge="C:D,E:F",
                       # an even rhythm reads better than rows that jump between heights
                       height=max(2 * 15, *(wrapped_height(text, width)
                                            for text, width in texts)))
        cover.line([t("workbook.summary.more", lang,
                      sheet=t("workbook.sheet.findings", lang))], styles.NOTE,
                   merge=f"A:{SUMMARY_LAST}")
    ws.print_area = f"A1:{SUMMARY_LAST}{cover.row}"


def _dimension_chart(ws: WriteOnlyWorksheet, first: int, last: int, lang: str) -> BarChart:
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = t("workbook.summary.dimensions", lang)
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.x_axis.scaling.orientation = "maxMin"  # first dimension on top, as in the table
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.legend = None
    series = chart.series[0]
    series.graphicalProperties.solidFill = styles.ACCENT
    series.dLbls = DataLabelList()
    series.dLbls.showVal = True
    for flag in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
        setattr(series.dLbls, flag, False)
    chart.y_axis.numFmt = "0"
    chart.width, chart.height = 9.0, 5.6  # inside column G, so it prints with the page
    return chart


def _footer(report: Report, lang: str) -> Footer:
    return Footer(report.engagement.client or report.engagement.name,
                  t("workbook.footer.page", lang))


def _asset_by_id(report: Report) -> dict[str, Asset]:
    return {a.asset_id: a for a in report.assets}


def _groups(report: Report) -> list[FindingGroup]:
    """The report's groups; a Report assembled by hand (bench/) may carry none yet."""
    return report.groups or group_findings(report.findings)


def _group_words(report: Report, group: FindingGroup, lang: str) -> dict[str, Any]:
    """A group in words (the check's own text), or its bare id if the check is gone."""
    assets = _asset_by_id(report)
    names = [asset_name(assets[a], lang) if a in assets else (a or t("org.asset", lang))
             for a in group.asset_ids]
    spec = spec_of(group.check_id)
    if spec is not None:
        return render_group(group, spec, names, lang)
    return {"title": group.check_id, "assets": ", ".join(names), "owners": "",
            "why": "", "fix": "", "severity": t(f"severity.{group.severity}", lang),
            "count": group.count, "headline": group.check_id}


def _finding_words(finding: Finding, lang: str) -> dict[str, str]:
    spec = spec_of(finding.check_id)
    if spec is not None:
        return render_finding(finding, spec, lang)
    return {"title": finding.check_id, "seen": finding.reason, "why": "", "fix": "",
            "status": t(f"status.{finding.status}", lang),
            "severity": t(f"severity.{finding.severity}", lang),
            "state": t(f"finding_state.{finding.state}", lang)}


# -- Results ---------------------------------------------------------------------------------

def _results(wb: Workbook, report: Report, lang: str) -> None:
    col = lambda key, **kw: Column(t(f"workbook.col.{key}", lang), **kw)  # noqa: E731
    # machine columns (ids, evidence JSON) last: kept in the file, out of the print area
    columns = [
        col("asset"), col("platform"), col("check"),
        col("dimension"), col("severity", colors=_severity_colors(lang)),
        col("status", colors=_status_colors(lang)), col("detail", style=styles.WRAP),
        col("observed", style=styles.DATETIME),
        col("asset_id", printed=False), col("check_id", printed=False),
        col("evidence", style=styles.WRAP, width=50, printed=False),
    ]
    write_table(wb, t("workbook.sheet.results", lang), columns, _result_rows(report, lang),
                footer=_footer(report, lang))


def _result_rows(report: Report, lang: str) -> Iterator[list[Any]]:
    assets = _asset_by_id(report)
    order = {a.asset_id: i for i, a in enumerate(report.assets)}
    status = {s: t(f"status.{s}", lang) for s in STATUSES}
    severity = {s: t(f"severity.{s}", lang) for s in SEVERITY_WEIGHTS}
    dimension = {d: t(f"dimension.{d}", lang) for d in DIMENSIONS}
    results = sorted(latest(report.results).values(),
                     key=lambda r: (order.get(r.asset_id, len(order)), r.check_id))
    for r in results:
        asset = assets.get(r.asset_id)
        spec = spec_of(r.check_id)
        yield [asset_name(asset, lang), _platform_label(asset.platform, lang) if asset else "",
               result_title(r, asset, lang),
               dimension.get(spec.dimension, spec.dimension) if spec else "",
               severity.get(spec.severity, spec.severity) if spec else "",
               status.get(r.status, r.status), detail(r, lang), r.observed_at,
               r.asset_id, r.check_id, compact_json(r.evidence)]


# -- Findings --------------------------------------------------------------------------------

def _findings(wb: Workbook, report: Report, lang: str) -> None:
    col = lambda key, **kw: Column(t(f"workbook.col.{key}", lang), **kw)  # noqa: E731
    states = [t(f"finding_state.{s}", lang) for s in ("open", "accepted", "fixed")]
    # ten columns print, wide enough to read; status, note, priority and id stay in the file
    columns = [
        col("severity", colors=_severity_colors(lang)), col("asset"), col("owner"),
        col("check"), col("seen", style=styles.WRAP), col("why", style=styles.WRAP),
        col("fix", style=styles.WRAP), col("state", choices=states),
        col("assignee"), col("due", style=styles.DATE, check="date", past_due=True),
        col("status", colors=_status_colors(lang), printed=False),
        col("note", style=styles.WRAP, width=24, printed=False),
        col("priority", style=styles.NUMBER, printed=False), col("asset_id", printed=False),
    ]
    assets = _asset_by_id(report)
    # grouped by check, as in the Summary and the app, so one problem's rows sit together
    ordered = [f for g in _groups(report) for f in g.findings]

    def rows() -> Iterator[list[Any]]:
        for f in ordered:
            words = _finding_words(f, lang)
            yield [words["severity"], asset_name(assets.get(f.asset_id), lang), f.owner,
                   words["title"], words["seen"], words["why"], words["fix"], words["state"],
                   f.assignee, f.due, words["status"], f.note, f.priority, f.asset_id]

    write_table(wb, t("workbook.sheet.findings", lang), columns, rows(),
                footer=_footer(report, lang), lang=lang)


# -- Evidence behind asset attestations ---------------------------------------------------------

def _evidence(wb: Workbook, report: Report, lang: str) -> None:
    """One row per asset answer with evidence: which one, its value now, whether the
    verification holds (or the answer changed since), by whom and when, the note, the link
    and the screenshot's type and size (the image itself stays in the database)."""
    col = lambda key, **kw: Column(t(f"evidence.col.{key}", lang), **kw)  # noqa: E731
    states = {s: t(f"evidence.state.{s}", lang) for s in ("verified", "not_verified", "stale")}
    # short headers get room to sit on one line (a header row is one line tall here)
    columns = [col("asset"), col("platform"), col("answer"), col("value", width=14),
               col("state", width=16,
                   colors={states["verified"]: styles.STATUS_COLORS["pass"],
                           states["stale"]: styles.STATUS_COLORS["warn"]}),
               col("by"), col("on", style=styles.DATETIME), col("note", style=styles.WRAP),
               col("link", style=styles.LINK, link=True, width=30), col("image"),
               col("asset_id", printed=False), col("check_id", printed=False)]
    words = attestation_names(lang)

    def rows() -> Iterator[list[Any]]:
        ordered = in_inventory_order(report.assets, report.evidence)
        if not ordered:
            yield [t("evidence.none", lang)] + [""] * (len(columns) - 1)
        for asset, item in ordered:
            column = ATTESTATIONS[item.check_id]
            image = t("evidence.image", lang, kind=item.image_type.removeprefix("image/")
                      .upper(), size=max(1, round(item.image_size / 1024))) \
                if item.image_size else ""
            yield [asset_name(asset, lang), _platform_label(asset.platform, lang),
                   words[item.check_id], value_label(column, getattr(asset, column), lang),
                   states[evidence_state(item, asset)],
                   item.verified_by if item.verified else "",
                   item.verified_at if item.verified else None, item.note, item.link, image,
                   item.asset_id, item.check_id]

    write_table(wb, t("evidence.sheet", lang), columns, rows(), footer=_footer(report, lang))


# -- Channel roster --------------------------------------------------------------------------

# The first-hour call sheet: who to call, their numbers, the agency and the access risks;
# the first twelve columns print on one page (30 channels fit), the rest stay in the file.
ROSTER_FIELDS = ("owner", "owner_phone", "backup_owner", "backup_phone", "owner_contact",
                 "agency", "two_factor", "shared_login", "monitored", "recovery_contact",
                 "response_sla_hours")
ROSTER_PRINTED = 9  # fields printed after channel, platform and handle: twelve in all


def _roster(wb: Workbook, report: Report, lang: str) -> None:
    yes, no = value_label("two_factor", "yes", lang), value_label("two_factor", "no", lang)
    columns = [Column(t("workbook.col.asset", lang)), Column(t("workbook.col.platform", lang)),
               Column(t("workbook.col.handle", lang), style=styles.LINK, link=True,
                      width=28)]
    for index, name in enumerate(ROSTER_FIELDS):
        risky = {"two_factor": no, "monitored": no, "shared_login": yes}.get(name)
        columns.append(Column(column_label(name, lang), colors={risky: RISK} if risky else {},
                              printed=index < ROSTER_PRINTED))
    tristate = {"two_factor", "shared_login", "monitored"}
    ordered = sorted(report.assets, key=lambda a: (a.importance != "primary", a.platform,
                                                   a.asset_id))
    def cell(name: str, asset: Asset) -> Any:
        if name not in tristate:
            return getattr(asset, name)
        return value_label(name, getattr(asset, name), lang) if field_applies(name, asset) \
            else "—"

    rows = ([asset_name(a, lang), _platform_label(a.platform, lang), a.url or a.handle]
            + [cell(n, a) for n in ROSTER_FIELDS] for a in ordered)
    write_table(wb, t("workbook.sheet.roster", lang), columns, rows,
                footer=_footer(report, lang), pages_high=1)


# -- Campaigns -------------------------------------------------------------------------------

BRIEFING_COLORS = {"not_briefed": RISK, "briefed": styles.STATUS_COLORS["warn"],
                   "acknowledged": styles.STATUS_COLORS["pass"]}


def _campaigns(wb: Workbook, report: Report, lang: str) -> None:
    """One row per campaign x channel: who holds it and whether they have the brief, with
    the countdown as of the report's date (the records as they stand today)."""
    col = lambda key, **kw: Column(t(f"campaigns.col.{key}", lang), **kw)  # noqa: E731
    states = {s: t(f"campaigns.state.{s}", lang) for s in BRIEFING_COLORS}
    columns = [col("campaign"), col("launch", style=styles.DATE),
               col("end", style=styles.DATE), col("phase"), col("asset_id"), col("channel"),
               col("holder"), col("contact"),
               col("state", colors={states[s]: c for s, c in BRIEFING_COLORS.items()}),
               col("briefed_on", style=styles.DATE), col("briefed_by"), col("method"),
               col("acknowledged_on", style=styles.DATE), col("note", style=styles.WRAP)]
    when = _run_date(report)
    today = when.date() if isinstance(when, datetime) else when
    rows = ([view.campaign.name, view.campaign.launch, view.campaign.end,
             campaign_phase(view.campaign, today, lang), ch.asset_id, ch.label_in(lang), ch.holder,
             ch.phone, states[ch.state], ch.briefing.briefed_on, ch.briefing.briefed_by,
             method_label(ch.briefing.method, lang) if ch.briefing.method else "",
             ch.briefing.acknowledged_on, ch.briefing.note]
            for view in report.campaigns for ch in view.channels)
    write_table(wb, t("workbook.sheet.campaigns", lang), columns, rows,
                footer=_footer(report, lang))


# -- History ---------------------------------------------------------------------------------

def _history(wb: Workbook, report: Report, lang: str) -> None:
    col = lambda key, **kw: Column(t(f"workbook.col.{key}", lang), **kw)  # noqa: E731
    columns = [col("date", style=styles.DATETIME), col("run", style=styles.INT),
               col("run_status"), col("overall", style=styles.NUMBER), col("band"),
               col("coverage", style=styles.PERCENT)]
    columns += [Column(t(f"dimension.{d}", lang), style=styles.NUMBER) for d in DIMENSIONS]

    def rows() -> Iterator[list[Any]]:
        for run in report.history:
            score = run.score or {}
            dims = score.get("dimensions") or {}
            band = score.get("band")
            yield [run.finished or run.started, run.number,
                   t(f"workbook.run_status.{run.status}", lang), score.get("overall"),
                   t(f"band.{band}", lang) if band else "", score.get("coverage")] + [
                (dims.get(d) or {}).get("score") for d in DIMENSIONS]

    write_table(wb, t("workbook.sheet.history", lang), columns, rows(),
                footer=_footer(report, lang))


# -- Changes since the previous run ----------------------------------------------------------

def _changes(wb: Workbook, report: Report, lang: str) -> None:
    """What the re-audit shows: findings fixed, new, or not re-checked since the previous
    run (the one before this report's run), so progress is visible in the deliverable."""
    col = lambda key, **kw: Column(t(f"workbook.col.{key}", lang), **kw)  # noqa: E731
    columns = [col("change"), col("asset_id"), col("asset"), col("check"),
               col("severity", colors=_severity_colors(lang)),
               col("status", colors=_status_colors(lang)), col("seen", style=styles.WRAP)]
    assets = _asset_by_id(report)
    current = {(r.asset_id, r.check_id): r for r in report.results}
    change = report.changes

    def rows() -> Iterator[list[Any]]:
        if change is None:
            yield [t("workbook.changes.first_run", lang), "", "", "", "", "", ""]
            return
        for state, keys in (("fixed", change.fixed), ("new", change.new),
                            ("unchecked", change.unchecked)):
            for asset_id, check_id in keys:
                spec = spec_of(check_id)
                result = current.get((asset_id, check_id))
                yield [t(f"scoring.history.{state}", lang), asset_id,
                       asset_name(assets.get(asset_id), lang),
                       result_title(result, assets.get(asset_id), lang) if result
                       else title(check_id, lang),
                       t(f"severity.{spec.severity}", lang) if spec else "",
                       t(f"status.{result.status}", lang) if result else "",
                       detail(result, lang) if result else ""]

    write_table(wb, t("workbook.sheet.changes", lang), columns, rows(),
                footer=_footer(report, lang))


# -- Methodology -----------------------------------------------------------------------------

METHOD_WIDTHS = (18, 44, 20, 16, 10, 20, 20)


def _methodology(wb: Workbook, lang: str, footer: Footer | None = None) -> None:
    """The published rules as a readable document: sections of paragraphs and small tables."""
    ws = wb.create_sheet(t("workbook.sheet.methodology", lang))
    set_widths(ws, METHOD_WIDTHS)
    print_setup(ws, footer=footer)
    cover = Document(ws)
    last = get_column_letter(len(METHOD_WIDTHS))
    text_width = sum(METHOD_WIDTHS) * 0.9
    for section in methodology(lang):
        cover.line([section.title], styles.SUBTITLE, height=20)
        for paragraph in section.paragraphs:
            cover.line([paragraph], styles.WRAP, merge=f"A:{last}",
                       height=wrapped_height(paragraph, text_width))
        if section.header:
            # LibreOffice and Excel never grow a streamed row: size each to its text
            for row, style in ((section.header, styles.HEADER),
                               *((r, styles.WRAP) for r in section.rows)):
                cover.line(list(row), style, height=max(
                    wrapped_height(str(c), w) for c, w in zip(row, METHOD_WIDTHS, strict=False)))
        cover.line()

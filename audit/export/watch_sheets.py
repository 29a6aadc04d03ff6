"""Workbook sheets of the watch: the expiry Calendar, Lookalike domains, Impostor accounts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openpyxl import Workbook

from audit.export import styles
from audit.export.intake import RISK, SAFE
from audit.export.table import Column, Footer, write_table
from audit.i18n import t
from audit.report import Report
from audit.watch.calendar import report_events


def write_watch_sheets(wb: Workbook, report: Report, lang: str, footer: Footer) -> None:
    """The three sheets print like every other table: the client's name and page numbers."""
    _calendar(wb, report, lang, footer)
    _lookalikes(wb, report, lang, footer)
    _impostors(wb, report, lang, footer)


def _col(key: str, lang: str, **kw: Any) -> Column:
    return Column(t(f"watch.col.{key}", lang), **kw)


def _calendar(wb: Workbook, report: Report, lang: str, footer: Footer) -> None:
    """Every expiry the latest run saw, soonest first, with the days left on the run's day."""
    events = report_events(report)
    today = (report.run.finished or report.run.started).date() if report.run else None

    def rows() -> Iterator[list[Any]]:
        if not events:
            yield [t("watch.sheet.calendar_empty", lang), "", "", None, ""]
        for event in events:
            yield [event.day, t(f"watch.kind.{event.kind}", lang), event.subject,
                   (event.day - today).days if today else None, event.asset_id]

    columns = [_col("date", lang, style=styles.DATE), _col("what", lang), _col("subject", lang),
               _col("days_left", lang, style=styles.INT), _col("asset", lang)]
    write_table(wb, t("watch.sheet.calendar", lang), columns, rows(), footer=footer)


def _lookalikes(wb: Workbook, report: Report, lang: str, footer: Footer) -> None:
    open_label = t("watch.mark.open", lang)

    def rows() -> Iterator[list[Any]]:
        if not report.lookalikes:
            yield [t("watch.sheet.lookalikes_empty", lang), "", "", "", "", "", "", ""]
        for row in report.lookalikes:
            serves = ", ".join(t(f"watch.serves.{s}", lang) for s in row.serves) or \
                t("watch.serves.nothing", lang)
            yield [row.domain, row.base, row.fuzzer, serves, ", ".join(row.addresses),
                   ", ".join(row.mail_hosts), t(f"watch.mark.{row.mark}", lang), row.note]

    columns = [_col("domain", lang), _col("imitates", lang), _col("technique", lang),
               _col("serves", lang), _col("addresses", lang), _col("mail_hosts", lang),
               _col("mark", lang, colors={open_label: RISK}), _col("note", lang, style=styles.WRAP)]
    write_table(wb, t("watch.sheet.lookalikes", lang), columns, rows(), footer=footer)


def _impostors(wb: Workbook, report: Report, lang: str, footer: Footer) -> None:
    live = {t(f"watch.impostor.{s}", lang): RISK for s in ("live", "reported")}
    live[t("watch.impostor.taken_down", lang)] = SAFE

    def rows() -> Iterator[list[Any]]:
        if not report.impostors:
            yield [t("watch.sheet.impostors_empty", lang), "", None, None, "", ""]
        for item in report.impostors:
            yield [item.target, item.platform, item.first_seen, item.reported_on,
                   t(f"watch.impostor.{item.status}", lang), item.note]

    columns = [_col("target", lang, style=styles.LINK, link=True), _col("platform", lang),
               _col("first_seen", lang, style=styles.DATE),
               _col("reported_on", lang, style=styles.DATE),
               _col("status", lang, colors=live), _col("note", lang, style=styles.WRAP)]
    write_table(wb, t("watch.sheet.impostors", lang), columns, rows(), footer=footer)

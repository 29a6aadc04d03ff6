"""The intake template the consultant sends the client (`siaga template OUT.xlsx`).

Inventory and Questionnaire sheets are the very sheets the audit workbook writes
(audit/export/intake.py), so a filled template and an exported workbook import
the same way. Instructions and the two example rows live on their own sheet:
rows there are never imported, so a client who leaves the examples in place
cannot create fake assets. The Instructions sheet comes first and the file opens
on it: the client reads how to fill it in before the columns (the importer finds
the Inventory and Questionnaire sheets by name, in either language).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook

from audit.export import styles
from audit.export.intake import (
    asset_row,
    inventory_columns,
    write_inventory,
    write_questionnaire,
)
from audit.export.table import Document, set_widths, wrapped_height
from audit.i18n import t
from audit.inventory import column_label, sheet_label, value_label
from audit.models import Asset, AssetEvidence


def write_template(out: str | Path | BinaryIO, lang: str = "en") -> None:
    """Write an empty intake workbook in `lang` (a path or a binary stream)."""
    wb = Workbook(write_only=True)
    styles.register(wb)
    _instructions(wb, lang)
    write_inventory(wb, [], lang)
    write_questionnaire(wb, {}, lang, blank=True)
    wb.active = 0
    wb.save(out)


def example_assets(lang: str) -> list[Asset]:
    """Two filled rows that show the expected shape of the data."""
    owner = t("workbook.template.example_owner", lang)
    return [
        Asset("IG-01", "instagram", "Brand Indonesia", "brandindonesia",
              "https://www.instagram.com/brandindonesia", owner, "rina@brand.example",
              t("workbook.template.example_dept", lang), "Budi Santoso", "PT Kreasi Digital",
              two_factor="yes", shared_login="no", admins=3,
              recovery_contact="social@brand.example", verified="yes",
              last_post=date(2025, 1, 15), monitored="yes", response_sla_hours=4,
              campaign_briefed="yes", importance="primary",
              notes=t("workbook.template.example_note", lang)),
        Asset("WEB-01", "website", "brand.example", "", "https://www.brand.example",
              "Andi Pratama", "andi@brand.example", "IT", "", "", two_factor="yes",
              shared_login="no", admins=2, recovery_contact="it@brand.example",
              importance="primary"),
    ]


def example_evidence(lang: str) -> list[AssetEvidence]:
    """The first example's 2FA and admin count, verified by the consultant on a screen share."""
    note = t("evidence.template.example_note", lang)
    return [AssetEvidence("IG-01", check_id, verified=True, verified_by="Dewi Lestari",
                          value=value, note=note)
            for check_id, value in (("gov.two_factor", "yes"), ("gov.admins", "3"))]


def _instructions(wb: Workbook, lang: str) -> None:
    ws = wb.create_sheet(t("workbook.sheet.instructions", lang))
    columns = inventory_columns(lang)
    widths = [max(12.0, len(c.header) * 1.1) for c in columns]
    set_widths(ws, widths)
    text_width = sum(widths[:8])  # the instructions span A:H
    ws.sheet_view.showGridLines = False
    doc = Document(ws)
    last = "H"
    doc.line([t("workbook.template.title", lang)], styles.TITLE, height=30)
    doc.line()
    paragraphs = [
        t("workbook.template.intro", lang, inventory=sheet_label("inventory", lang),
          questionnaire=sheet_label("questionnaire", lang)),
        t("workbook.template.step_ids", lang),
        t("workbook.template.step_unknown", lang,
          unknown=value_label("two_factor", "unknown", lang)),
        t("workbook.template.step_access", lang, two_factor=column_label("two_factor", lang),
          shared_login=column_label("shared_login", lang),
          admins=column_label("admins", lang),
          recovery=column_label("recovery_contact", lang)),
        t("workbook.template.step_email", lang, monitored=column_label("monitored", lang),
          briefed=column_label("campaign_briefed", lang)),
        t("workbook.template.step_secrets", lang),
        t("evidence.template.step", lang, verified=column_label("evidence_verified", lang),
          note=column_label("evidence_note", lang), by=column_label("evidence_by", lang),
          all=t("evidence.value.all", lang),
          example=f"{column_label('two_factor', lang)}, {column_label('admins', lang)}"),
    ]
    for number, text in enumerate(paragraphs, 1):
        line = f"{number}. {text}"
        doc.line([line], styles.WRAP, merge=f"A:{last}", height=wrapped_height(line, text_width))
    doc.line()
    doc.line([t("workbook.template.examples", lang)], styles.SUBTITLE, height=20)
    doc.line([c.header for c in columns], styles.HEADER)
    evidence = example_evidence(lang)
    for asset in example_assets(lang):
        row: list[Any] = asset_row(asset, lang,
                                   [e for e in evidence if e.asset_id == asset.asset_id])
        doc.line([(value, c.style) for value, c in zip(row, columns, strict=True)])

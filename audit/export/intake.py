"""The Inventory and Questionnaire sheets, shared by the intake template and the workbook.

One definition of columns, labels, cell values and dropdowns, so an exported
workbook re-imports through `audit.inventory` exactly like a filled template.
Choice values are written with `audit.inventory.value_label`, the words the
importer reads back (Yes / Ya, Unknown / Tidak tahu, ...); platforms by their label in the
sheet's language (Situs web / Website), which the importer maps back to the catalog id (ids
typed by hand still import).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from openpyxl import Workbook

from audit import platforms
from audit.evidence import holds
from audit.evidence import names as attestation_names
from audit.export import styles
from audit.export.table import SPARE_ROWS, Column, Footer, write_table
from audit.export.text import local
from audit.i18n import t
from audit.inventory import EVIDENCE_COLUMNS, column_label, sheet_label, value_label
from audit.models import (
    ANSWER_COLUMNS,
    ANSWERS,
    ASSET_COLUMNS,
    IMPORTANCE,
    TRISTATE,
    Answer,
    Asset,
    AssetEvidence,
)
from checks.base import CheckSpec
from checks.registry import BY_ID

TRISTATE_COLUMNS = frozenset(
    {"two_factor", "shared_login", "verified", "monitored", "campaign_briefed"})
# The check that reads each yes/no field: where it does not apply to an asset's kind (a
# website has no verified badge), the cell stays blank instead of showing "Unknown".
FIELD_CHECKS = {"two_factor": "gov.two_factor", "shared_login": "gov.shared_login",
                "verified": "gov.verified", "monitored": "gov.monitored",
                "campaign_briefed": "gov.campaign_briefed"}
LONG_TEXT = frozenset({"notes", "evidence_note"})
# The Inventory sheet's columns: the twelve a person prints first (which asset, who holds it,
# how much it matters and its access answers), then the rest of the inventory, then the
# evidence columns. Only the first twelve print; every column stays in the file, and the
# importer reads columns by their header, in any order.
PRINTED_INVENTORY = ("name", "platform", "url", "owner", "backup_owner", "importance",
                     "two_factor", "shared_login", "admins", "recovery_contact",
                     "campaign_briefed", "monitored")
INVENTORY_SHEET = (*PRINTED_INVENTORY,
                   *(c for c in ASSET_COLUMNS if c not in PRINTED_INVENTORY),
                   *EVIDENCE_COLUMNS)
# Colours that flag a risky attested answer in the sheet itself.
RISK = ("FFC7CE", "9C0006")
SAFE = ("C6EFCE", "006100")


def questions() -> list[CheckSpec]:
    """The questionnaire: the attested organisation-level checks, in catalog order (campaign
    checks are organisation-level too, but judged from records, not asked)."""
    return [spec for spec in BY_ID.values() if spec.scope == "organization" and spec.attested]


# Inventory columns whose meaning depends on the asset's kind: the input message says what
# they are about for a website and an email domain (CHECKS.md Access; gov.py's wording).
COLUMN_HELP = {"two_factor": "access", "shared_login": "access", "admins": "access",
               "recovery_contact": "access", "monitored": "mailboxes",
               "campaign_briefed": "mailboxes"}


def _inventory_column(name: str, lang: str) -> Column:
    column = _inventory_column_plain(name, lang)
    if name in COLUMN_HELP:
        column = replace(column, help=t(f"workbook.help.{COLUMN_HELP[name]}", lang))
    return column


def _inventory_column_plain(name: str, lang: str) -> Column:
    header = column_label(name, lang)
    if name == "platform":
        return Column(header, choices=[platforms.get(p).label_in(lang)
                                       for p in platforms.platform_ids()])
    if name in TRISTATE_COLUMNS:
        yes, no = value_label(name, "yes", lang), value_label(name, "no", lang)
        colors = {}
        if name == "shared_login":
            colors = {yes: RISK, no: SAFE}
        elif name != "verified":
            colors = {no: RISK, yes: SAFE}
        return Column(header, choices=[value_label(name, v, lang) for v in TRISTATE],
                      colors=colors)
    if name == "importance":
        return Column(header, choices=[value_label(name, v, lang) for v in IMPORTANCE])
    if name == "admins":
        return Column(header, style=styles.INT, check="whole")
    if name == "response_sla_hours":
        return Column(header, check="decimal")
    if name == "last_post":
        return Column(header, style=styles.DATE, check="date")
    if name == "url":
        return Column(header, style=styles.LINK, link=True)
    return Column(header, style=styles.WRAP if name in LONG_TEXT else styles.TEXT)


def inventory_columns(lang: str) -> list[Column]:
    return [replace(_inventory_column(name, lang), printed=name in PRINTED_INVENTORY)
            for name in INVENTORY_SHEET]


def field_applies(name: str, asset: Asset) -> bool:
    """Whether the check reading this inventory field applies to the asset (True for a field
    no check reads)."""
    check = FIELD_CHECKS.get(name)
    return check is None or BY_ID[check].applies_to(asset)


def evidence_cells(asset: Asset, evidence: Sequence[AssetEvidence], lang: str) -> list[str]:
    """The row's evidence columns from the asset's own evidence: the answers whose
    verification holds, their note or link when they share one (else blank, which
    re-imports as "keep"), and who verified them."""
    held = [e for e in evidence if holds(e, asset)]
    if not held:
        return ["", "", ""]
    words = attestation_names(lang)
    notes = {" ".join(filter(None, (e.note, e.link))) for e in held}
    return [", ".join(words[e.check_id] for e in held), notes.pop() if len(notes) == 1 else "",
            ", ".join(dict.fromkeys(e.verified_by for e in held if e.verified_by))]


def asset_row(asset: Asset, lang: str, evidence: Sequence[AssetEvidence] = ()) -> list[Any]:
    """One inventory row in the sheet's column order: choice fields as words (blank where
    the field does not apply to the asset's kind), dates and numbers typed, then the
    evidence columns (`evidence`: the asset's own)."""
    row: list[Any] = []
    for name in INVENTORY_SHEET[:-len(EVIDENCE_COLUMNS)]:
        value = getattr(asset, name)
        if name in TRISTATE_COLUMNS and not field_applies(name, asset):
            value = ""
        elif name in TRISTATE_COLUMNS or name == "importance":
            value = value_label(name, value, lang) if value else ""
        elif name == "platform" and value in platforms.PLATFORMS:
            value = platforms.get(value).label_in(lang)
        row.append(value)
    return row + evidence_cells(asset, evidence, lang)


def write_inventory(wb: Workbook, assets: Iterable[Asset], lang: str,
                    footer: Footer | None = None,
                    evidence: Sequence[AssetEvidence] = ()) -> None:
    by_asset: dict[str, list[AssetEvidence]] = {}
    for item in evidence:
        by_asset.setdefault(item.asset_id, []).append(item)
    write_table(wb, sheet_label("inventory", lang), inventory_columns(lang),
                (asset_row(a, lang, by_asset.get(a.asset_id, ())) for a in assets),
                spare_rows=SPARE_ROWS, footer=footer, lang=lang)


def questionnaire_columns(lang: str) -> list[Column]:
    labels = {name: column_label(name, lang) for name in ANSWER_COLUMNS}
    word = {v: value_label("answer", v, lang) for v in ANSWERS}
    answer_colors = {word["no"]: RISK, word["yes"]: SAFE,
                     word["partial"]: styles.STATUS_COLORS["warn"],
                     word["unknown"]: styles.STATUS_COLORS["unknown"]}
    return [
        Column(labels["question_id"]),
        Column(t("workbook.col.question", lang), style=styles.WRAP, width=60),
        Column(labels["answer"], choices=list(word.values()), colors=answer_colors),
        Column(labels["note"], style=styles.WRAP, width=40),
        Column(labels["evidence"], style=styles.WRAP, width=40, link=True),
        Column(labels["verified"], choices=[value_label("verified", v, lang)
                                                for v in ("yes", "no")]),
    ]


def answer_rows(answers: Mapping[str, Answer], lang: str,
                blank: bool = False) -> list[list[Any]]:
    """Every question in catalog order, then any stored answer to a question no longer asked."""
    specs = questions()
    known = {spec.id for spec in specs}
    rows = []
    for question_id, text in [(s.id, local(s.title, lang)) for s in specs] + [
            (qid, "") for qid in answers if qid not in known]:
        answer = answers.get(question_id) or Answer(question_id)
        if blank:
            rows.append([question_id, text, "", "", "", ""])
            continue
        verified = value_label("verified", answer.verified, lang)
        rows.append([question_id, text, value_label("answer", answer.answer, lang),
                     answer.note, answer.evidence, verified])
    return rows


def write_questionnaire(wb: Workbook, answers: Mapping[str, Answer], lang: str,
                        blank: bool = False, footer: Footer | None = None) -> None:
    write_table(wb, sheet_label("questionnaire", lang), questionnaire_columns(lang),
                answer_rows(answers, lang, blank), footer=footer, lang=lang)

"""The intake template: sheets, dropdowns, instructions and examples that never import."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from test_workbook import header, validations

from audit import platforms
from audit.export.intake import INVENTORY_SHEET, questions
from audit.export.template import write_template
from audit.i18n import t
from audit.inventory import column_label, read_answers, read_inventory, sheet_label, value_label


def template(lang: str) -> bytes:
    buffer = io.BytesIO()
    write_template(buffer, lang)
    return buffer.getvalue()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_template_opens_on_its_instructions_then_inventory_and_questionnaire(lang):
    wb = load_workbook(io.BytesIO(template(lang)))
    assert wb.sheetnames == [t("workbook.sheet.instructions", lang),
                             sheet_label("inventory", lang), sheet_label("questionnaire", lang)]
    assert wb.active.title == t("workbook.sheet.instructions", lang)
    inventory = wb[sheet_label("inventory", lang)]
    assert header(inventory) == [column_label(c, lang) for c in INVENTORY_SHEET]
    assert inventory.max_row == 1 and inventory.freeze_panes == "A2"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_inventory_dropdowns_cover_platform_choices_numbers_and_dates(lang):
    ws = load_workbook(io.BytesIO(template(lang)))[sheet_label("inventory", lang)]
    dvs = validations(ws)

    def letter(column: str) -> str:
        return ws.cell(1, INVENTORY_SHEET.index(column) + 1).column_letter

    labels = [platforms.get(p).label_in(lang) for p in platforms.platform_ids()]
    assert dvs[letter("platform")].formula1 == '"' + ",".join(labels) + '"'
    if lang == "id":  # the client picks words, not ids like google_business
        assert {"Situs web", "Domain email", "Profil Bisnis Google", "Lainnya"} <= set(labels)
    tristate = ",".join(value_label("two_factor", v, lang) for v in ("yes", "no", "unknown"))
    for column in ("two_factor", "shared_login", "verified", "monitored", "campaign_briefed"):
        assert dvs[letter(column)].formula1 == f'"{tristate}"'
    if lang == "id":
        assert tristate == "Ya,Tidak,Tidak tahu"
    importance = ",".join(value_label("importance", v, lang) for v in ("primary", "secondary"))
    assert dvs[letter("importance")].formula1 == f'"{importance}"'
    assert dvs[letter("last_post")].type == "date"
    assert dvs[letter("admins")].type == "whole"
    assert dvs[letter("response_sla_hours")].type == "decimal"
    # a wrong entry is answered with what the cell wants, not "pick from the list"
    for column, kind in (("platform", "list"), ("last_post", "date"), ("admins", "whole"),
                         ("response_sla_hours", "decimal")):
        assert dvs[letter(column)].error == t(f"workbook.invalid_entry.{kind}", lang)
    assert "list" not in dvs[letter("last_post")].error
    assert str(dvs[letter("platform")].sqref).endswith(":B1001")  # room for the client's rows


@pytest.mark.parametrize("lang", ["en", "id"])
def test_questionnaire_lists_every_question_with_an_answer_dropdown(lang):
    ws = load_workbook(io.BytesIO(template(lang)))[sheet_label("questionnaire", lang)]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [q.id for q in questions()]
    assert all(r[1] and r[2] is None for r in rows)  # question text, answer left blank
    answers = ",".join(value_label("answer", v, lang) for v in ("yes", "partial", "no", "unknown"))
    assert validations(ws)["C"].formula1 == f'"{answers}"'
    if lang == "id":
        assert answers == "Ya,Sebagian,Tidak,Tidak tahu"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_examples_are_on_the_instructions_sheet_and_never_import(lang):
    data = template(lang)
    wb = load_workbook(io.BytesIO(data))
    texts = [c for row in wb[t("workbook.sheet.instructions", lang)].iter_rows(values_only=True)
             for c in row if c]
    assert "IG-01" in texts and "WEB-01" in texts
    assert t("workbook.template.examples", lang) in texts
    imported = read_inventory(data, "template.xlsx")
    assert imported.assets == [] and imported.answers == []
    assert read_answers(data, "template.xlsx").answers == []


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_filled_template_imports(lang):
    from openpyxl import Workbook

    wb = load_workbook(io.BytesIO(template(lang)))
    filled = Workbook()
    filled.remove(filled.active)
    for name in (sheet_label("inventory", lang), sheet_label("questionnaire", lang)):
        target = filled.create_sheet(name)
        for row in wb[name].iter_rows(values_only=True):
            target.append(list(row))
    inv = filled[sheet_label("inventory", lang)]
    row = {"asset_id": "IG-01", "platform": "instagram", "name": "Brand", "handle": "brand",
           "owner": "Rina", "two_factor": value_label("two_factor", "yes", lang),
           "shared_login": value_label("shared_login", "no", lang), "admins": 2,
           "response_sla_hours": 4, "importance": value_label("importance", "primary", lang)}
    row.update(evidence_verified=f"{column_label('two_factor', lang)}, "
                                 f"{column_label('admins', lang)}",
               evidence_note="https://drive.example/ig-security.png", evidence_by="Dewi")
    inv.append([row.get(column) for column in INVENTORY_SHEET])  # the sheet's own order
    quest = filled[sheet_label("questionnaire", lang)]
    quest.cell(2, 3, value_label("answer", "partial", lang))
    buffer = io.BytesIO()
    filled.save(buffer)
    result = read_inventory(buffer.getvalue(), "filled.xlsx")
    assert result.ok, [e.message() for e in result.errors]
    [asset] = result.assets
    assert (asset.two_factor, asset.shared_login, asset.importance) == ("yes", "no", "primary")
    assert [(a.question_id, a.answer) for a in result.answers] == [(questions()[0].id, "partial")]
    # the evidence columns: both answers verified by Dewi, with the link behind them
    assert [(e.check_id, e.verified, e.value, e.link, e.verified_by) for e in result.evidence] \
        == [("gov.two_factor", True, "yes", "https://drive.example/ig-security.png", "Dewi"),
            ("gov.admins", True, "2", "https://drive.example/ig-security.png", "Dewi")]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_access_and_mailbox_columns_say_what_they_mean_per_kind(lang):
    """Selecting a cell of an access column shows, in Excel's input message, what it is about
    for a website (registrar, hosting, CMS) and an email domain (its console; for briefing
    and monitoring, its public mailboxes)."""
    ws = load_workbook(io.BytesIO(template(lang)))[sheet_label("inventory", lang)]
    heads = [c.value for c in ws[1]]
    prompts = {heads[ws[str(dv.sqref).split(":")[0]].column - 1]: dv.prompt
               for dv in ws.data_validations.dataValidation if dv.prompt}
    access = t("workbook.help.access", lang)
    mailboxes = t("workbook.help.mailboxes", lang)
    assert prompts == {column_label("two_factor", lang): access,
                       column_label("shared_login", lang): access,
                       column_label("admins", lang): access,
                       column_label("recovery_contact", lang): access,
                       column_label("monitored", lang): mailboxes,
                       column_label("campaign_briefed", lang): mailboxes}
    assert ("CMS" in access and "registrar" in access and "cs@" in mailboxes)
    assert all(len(p) <= 255 for p in prompts.values())


@pytest.mark.parametrize("lang", ["en", "id"])
def test_platform_labels_of_either_language_and_ids_import(lang):
    """The client picks a label in the template's language; a label of the other language,
    or a catalog id typed by hand, still imports as the same platform."""
    from openpyxl import Workbook

    picked = load_workbook(io.BytesIO(template(lang)))[sheet_label("inventory", lang)]
    headers = [c.value for c in picked[1]]
    filled = Workbook()
    inv = filled.active
    inv.title = sheet_label("inventory", lang)
    inv.append(headers)
    cases = [("GB-1", platforms.get("google_business").label_in(lang), "https://g.page/kopi"),
             ("GB-2", platforms.get("google_business").label_in("en" if lang == "id" else "id"),
              "https://g.page/kopi-dua"),
             ("WEB-1", platforms.get("website").label_in(lang), "https://brand.example/"),
             ("MAIL-1", "Domain email", ""), ("MAIL-2", "Email domain", ""),
             ("WEB-2", "website", "https://two.example/"), ("X-1", "Lainnya", "")]
    for asset_id, label, url in cases:
        row = {"asset_id": asset_id, "platform": label, "url": url,
               "handle": "brand.example" if asset_id.startswith("MAIL") else
               ("brand" if asset_id == "X-1" else "")}
        inv.append([row.get(c, "") for c in INVENTORY_SHEET])
    buffer = io.BytesIO()
    filled.save(buffer)
    result = read_inventory(buffer.getvalue(), "filled.xlsx")
    assert result.ok, [e.message() for e in result.errors]
    assert {a.asset_id: a.platform for a in result.assets} == {
        "GB-1": "google_business", "GB-2": "google_business", "WEB-1": "website",
        "MAIL-1": "email", "MAIL-2": "email", "WEB-2": "website", "X-1": "other"}

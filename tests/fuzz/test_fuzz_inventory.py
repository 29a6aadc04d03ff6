"""Fuzz the inventory import with generated CSV bytes and generated XLSX workbooks."""

from __future__ import annotations

import csv
import io
import zipfile

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from audit.inventory import ImportResult, read_inventory
from audit.models import ASSET_COLUMNS, STATUSES
from tests.fuzz.strategies import CELL, FUZZ, HEADER_NAMES, TEXT

assert STATUSES  # the import must produce assets the rest of the tool accepts


def _check(result: ImportResult) -> None:
    assert isinstance(result, ImportResult)
    ids = [a.asset_id for a in result.assets]
    assert len(ids) == len(set(ids)), "duplicate asset ids let through"
    for asset in result.assets:
        assert asset.asset_id and asset.platform and asset.kind
    for error in result.errors:
        assert error.message("en") and error.message("id")


@FUZZ
@given(st.binary(max_size=4_000), st.sampled_from(["a.csv", "a.xlsx", "a.txt", "A.CSV", ""]))
def test_raw_bytes(data, name):
    _check(read_inventory(data, name))


def _csv_bytes(header: list[str], rows: list[list[object]], encoding: str, delimiter: str,
               ) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


@FUZZ
@given(header=st.lists(st.one_of(st.sampled_from(ASSET_COLUMNS), HEADER_NAMES), min_size=1,
                       max_size=25),
       rows=st.lists(st.lists(st.one_of(TEXT, CELL.map(str)), max_size=26), max_size=20),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]),
       delimiter=st.sampled_from([",", ";", "\t", "|"]))
def test_generated_csv(header, rows, encoding, delimiter):
    _check(read_inventory(_csv_bytes(header, rows, encoding, delimiter), "inventory.csv"))


def _clean(value: object) -> object:
    """openpyxl refuses to write XML-illegal characters; everything else goes in as is."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _xlsx(sheets: list[tuple[str, list[str], list[list[object]]]]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title)
        ws.append([_clean(h) for h in header])
        for row in rows:
            ws.append([_clean(v) for v in row])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


SHEET_TITLE = st.one_of(st.sampled_from(["Inventory", "Inventaris", "Questionnaire", "Sheet",
                                         "Kuesioner", "inventory "]),
                        st.text(st.characters(categories=("L", "N")), min_size=1, max_size=20))


@FUZZ
@given(st.lists(st.tuples(
    SHEET_TITLE,
    st.lists(st.one_of(st.sampled_from(ASSET_COLUMNS), HEADER_NAMES), max_size=25),
    st.lists(st.lists(CELL, max_size=25), max_size=12)),
    min_size=1, max_size=3, unique_by=lambda s: s[0].lower()))
def test_generated_xlsx(sheets):
    _check(read_inventory(_xlsx(sheets), "inventory.xlsx"))


@FUZZ
@given(st.dictionaries(st.sampled_from(["[Content_Types].xml", "xl/workbook.xml",
                                        "xl/worksheets/sheet1.xml", "_rels/.rels",
                                        "xl/sharedStrings.xml", "docProps/app.xml"]),
                       st.binary(max_size=500), max_size=6))
def test_broken_xlsx_container(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    _check(read_inventory(buffer.getvalue(), "inventory.xlsx"))

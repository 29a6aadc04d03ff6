"""Fuzz the inventory import with generated CSV bytes and generated XLSX workbooks."""

from __future__ import annotations

import csv
import io
import zipfile
from xml.sax.saxutils import escape

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from audit.inventory import ImportResult, read_inventory
from audit.models import ASSET_COLUMNS, STATUSES
from tests.fuzz.strategies import CELL, FUZZ, HEADER_NAMES, TEXT
from tests.hostile import files as hostile

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


# Sheet XML shapes that ended in a traceback before (issue #10): any cell reference, type
# and value, any declared dimension; and UTF-16 or quoted CSV cut anywhere.
CELL_REF = st.one_of(
    st.builds(lambda col, row: f"{col}{row}", st.text("ABCZ", min_size=1, max_size=7),
              st.integers(0, 2_000_000)),
    st.text(max_size=8))
CELL_TYPE = st.sampled_from(["n", "s", "str", "b", "d", "e", "inlineStr", "x"])
CELL_VALUE = st.one_of(st.sampled_from(["NaN", "inf", "-1", "99", "0", "1e400", "99999-99-99",
                                        "2024-02-30", "1.5", "", "x"]),
                       st.text(st.characters(codec="ascii", exclude_characters="<&"),
                               max_size=12))


def _cell_xml(ref: str, kind: str, value: str) -> str:
    ref = escape(ref, {'"': "&quot;"})
    if kind == "inlineStr":
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    return f'<c r="{ref}" t="{kind}"><v>{escape(value)}</v></c>'


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 1_100_000),
                          st.lists(st.tuples(CELL_REF, CELL_TYPE, CELL_VALUE), max_size=6)),
                max_size=6),
       st.sampled_from(["A1:D3", "A1:GR1048576", "A1:XFD1048576", "", "ZZZZ0", "A1"]),
       st.integers(0, 200))
def test_generated_sheet_xml(rows, dimension, cut):
    body = "".join(f'<row r="{n}">' + "".join(_cell_xml(*c) for c in cells) + "</row>"
                   for n, cells in rows)
    sheet = hostile.sheet_xml(body, dimension)
    _check(read_inventory(hostile.workbook(sheet), "inventory.xlsx"))
    _check(read_inventory(hostile.workbook(sheet[:len(sheet) - cut]), "inventory.xlsx"))


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([b"\xff\xfe", b"\xfe\xff", b'"', b'a,"b\n"']))
def test_csv_cut_anywhere(tail, head):
    _check(read_inventory(head + tail, "inventory.csv"))

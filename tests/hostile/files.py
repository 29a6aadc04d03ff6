"""Hand-built hostile inventory files (issue #10), shared by the bound tests and the fuzz.

Each workbook is the smallest valid-looking .xlsx container around one sheet XML, so a
test states exactly which part is damaged.
"""

from __future__ import annotations

import io
import zipfile

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Inventory" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
_SHARED = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    'uniqueCount="1"><si><t>website</t></si></sst>')

HEADER = ("asset_id", "platform", "url", "owner")


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _row(number: int, values: tuple[str, ...]) -> str:
    cells = "".join(_inline(f"{chr(65 + i)}{number}", v) for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def sheet_xml(rows: str, dimension: str = "A1:D3") -> str:
    """A worksheet: the header, one good data row, then `rows` (raw <row> XML)."""
    good = ("web", "website", "https://contoh.co.id/", "Dewi")
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{_row(1, HEADER)}{_row(2, good)}'
            f'{rows}</sheetData></worksheet>')


def workbook(sheet: str) -> bytes:
    """An .xlsx holding one sheet named Inventory with this sheet XML."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
                           ("xl/workbook.xml", _WORKBOOK),
                           ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
                           ("xl/sharedStrings.xml", _SHARED),
                           ("xl/worksheets/sheet1.xml", sheet)):
            archive.writestr(name, text)
    return buffer.getvalue()


def declared_huge() -> bytes:
    """Issue #10's 1.7 KB file: dimension A1:GR1048576, two data rows, a cell on the last
    row Excel has."""
    rows = (_row(3, ("ig", "instagram", "https://instagram.com/contoh", "Rina"))
            + '<row r="1048576">' + _inline("A1048576", "x") + "</row>")
    return workbook(sheet_xml(rows, "A1:GR1048576"))


# Damaged sheets: (name, the row at fault, sheet XML). Each must be refused with exit 2.
DAMAGED = {
    "shared string index out of range":
        (3, sheet_xml('<row r="3"><c r="A3" t="s"><v>99</v></c></row>')),
    "cell reference ZZZZZZ1":
        (3, sheet_xml('<row r="3"><c r="ZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>')),
    "date 99999-99-99":
        (3, sheet_xml('<row r="3"><c r="A3" t="d"><v>99999-99-99</v></c></row>')),
    "NaN in a number cell":
        (3, sheet_xml('<row r="3"><c r="A3"><v>NaN</v></c></row>')),
    "broken sheet XML":
        (3, sheet_xml('<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></row>')),
}

# CSV shapes from the fuzz pass: UTF-16 with an odd byte count; an unterminated quote.
UTF16_ODD = b"\xff\xfea\x00,\x00b"
UNCLOSED_QUOTE = (b"asset_id,platform,url,owner,notes\n"
                  b"web,website,https://contoh.co.id/,Dewi,fine\n"
                  b'ig,instagram,https://instagram.com/contoh,Rina,"never closed\n'
                  b"x,x,https://x.com/contoh,Andi,lost\n")

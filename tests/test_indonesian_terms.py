"""The Indonesian glossary (INDONESIAN.md section 3) holds in every Indonesian string: the
locale tables as audit.i18n merges them, every check's title, why, fix and reasons as the
registry holds them, and the demo's Indonesian texts. One term per concept, no calque that
the review flagged.

Old Indonesian column labels live only in audit.inventory.OLD_LABELS (import aliases), so
templates already sent to clients keep importing; a test here imports one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from openpyxl import load_workbook

from audit import demo
from audit.export.template import write_template
from audit.i18n import STRINGS, t
from audit.inventory import OLD_LABELS, read_inventory
from checks.base import COMMON_REASONS
from checks.registry import ALL_CHECKS

# term -> what to write instead (the glossary's choice). Matched as whole words; a term
# with a capital is matched case-sensitively, the others ignoring case.
FORBIDDEN = {
    "engagement": "proyek audit / proyek",
    "Galat": "Error",
    "galat": "error",
    "dilaporkan sendiri": "belum diverifikasi",
    "pernyataan klien": "isian klien",
    "jawaban isian": "isian klien",
    "simulasi meja": "gladi ruang (tabletop exercise)",
    "jam kantor": "jam kerja",
    "rencana tindakan": "rencana aksi",
    "paling tinggi": "dibatasi maksimal {band}",
    "dipastikan": "dapat dinilai / belum dapat dinilai",
    "belum pasti": "belum dapat dinilai",
    "Pemilik": "PIC",
    "pemilik": "PIC",
    "briefing": "brief / mendapat brief",
    "diberi brief": "mendapat brief",
    "lembar kerja": "sheet / berkas Excel",
    "spreadsheet": "berkas Excel",
    "workbook": "laporan audit (Excel) / berkas Excel",
    "Terbuka": "Belum ditangani",
    "Cara memperbaiki": "Rekomendasi",
    "Yang kami temukan": "Kondisi",
    "lapak": "listing",
    "Toko": "Listing",
    "perbarui sertifikat": "perpanjang sertifikat",
    "segera perbarui": "segera perpanjang",
}
# Words the CLI and the product keep on purpose: the flag and command names of SPEC section 6
# (--engagement, siaga engagements), the placeholder {engagement}, Excel's own menu item.
KEPT = re.compile(r"--engagement|siaga engagements?\b|\{engagement\}|Excel Workbook \(\.xlsx\)")


def indonesian_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every Indonesian string the product renders from its tables."""
    for key, entry in STRINGS.items():
        yield key, entry["id"]
    for code, text in COMMON_REASONS.items():
        yield f"reason {code}", text["id"]
    for spec in ALL_CHECKS:
        for part in ("title", "why", "fix"):
            yield f"{spec.id} {part}", getattr(spec, part)["id"]
        for code, text in spec.reasons.items():
            yield f"{spec.id} {code}", text["id"]
        for kind, text in spec.kind_titles.items():
            yield f"{spec.id} title for {kind}", text["id"]
    fields = demo.demo_engagement_fields()
    yield "demo notes", fields["notes"]
    yield "demo industry", fields["industry"]
    for answer in [*demo.demo_answers(), *demo.demo_answers(baseline=True)]:
        yield f"demo answer {answer.question_id}", answer.note


def pattern(term: str) -> re.Pattern[str]:
    flags = 0 if term != term.lower() else re.IGNORECASE
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", flags)


def test_the_tables_are_all_scanned():
    texts = dict(indonesian_texts())
    assert len(texts) > 1000
    assert texts["status.error"] == "Error"  # a locale table
    assert "gov.owner title" in texts and "reason probe_error" in texts  # checks and commons


@pytest.mark.parametrize("term", sorted(FORBIDDEN))
def test_no_glossary_forbidden_term_in_indonesian(term):
    found = pattern(term)
    hits = [f"{where}: {text}" for where, text in indonesian_texts()
            if found.search(KEPT.sub("", text))]
    assert not hits, f"write {FORBIDDEN[term]!r} instead of {term!r}:\n" + "\n".join(hits)


def test_the_glossary_terms_are_the_ones_shown():
    assert t("finding_state.open", "id") == "Belum ditangani"
    assert t("workbook.col.fix", "id") == t("app.col.fix", "id") == "Rekomendasi"
    assert t("workbook.col.seen", "id") == t("workbook.col.detail", "id") == "Kondisi"
    assert t("workbook.col.owner", "id") == t("inventory.column.owner", "id") == "PIC"
    assert t("app.findings.no_owner", "id") == "(belum ada PIC)"
    assert t("workbook.summary.cap", "id", band="Berkembang", check="c", asset="a",
             count=1).startswith("Kategori kesiapan dibatasi maksimal Berkembang")


def test_an_old_indonesian_template_still_imports(tmp_path):
    """A template sent before the labels changed (Pemilik, Tautan/URL, Diberi brief
    kampanye...) imports as today's does: every old label is an alias."""
    path = tmp_path / "templat-lama.xlsx"
    write_template(path, "id")
    book = load_workbook(path)
    sheet = book[t("inventory.sheet.inventory", "id")]
    header_row = next(row for row in sheet.iter_rows(max_row=10)
                      if any(c.value == t("inventory.column.owner", "id") for c in row))
    old = {t(f"inventory.column.{column}", "id"): labels[0]
           for column, labels in OLD_LABELS.items()}
    renamed = []
    for cell in header_row:
        if cell.value in old:
            renamed.append(old[cell.value])
            cell.value = old[cell.value]
    assert sorted(renamed) == sorted(labels[0] for labels in OLD_LABELS.values())
    values = {"asset_id": "IG-01", "platform": "instagram", "handle": "kopisenja",
              "url": "https://www.instagram.com/kopisenja/", "owner": "Rina",
              "owner_contact": "rina@kopisenja.example", "backup_owner": "Andi",
              "campaign_briefed": t("inventory.value.yes", "id")}
    labels = {t(f"inventory.column.{c}", "id"): c for c in values}
    labels.update({old_label: c for c, olds in OLD_LABELS.items() for old_label in olds})
    row = header_row[0].row + 1
    for cell in header_row:
        column = labels.get(cell.value)
        sheet.cell(row=row, column=cell.column, value=values.get(column) if column else None)
    book.save(path)

    result = read_inventory(path.read_bytes(), path.name)
    assert result.ok, result.errors
    assert [n.code for n in result.notices] == []
    asset, = result.assets
    assert (asset.url, asset.owner, asset.owner_contact, asset.backup_owner,
            asset.campaign_briefed) == ("https://www.instagram.com/kopisenja/", "Rina",
                                        "rina@kopisenja.example", "Andi", "yes")

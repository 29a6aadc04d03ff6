"""Inventory and answers import from real CSV and XLSX files, hostile ones included."""

from __future__ import annotations

import csv
import re
import string
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import inventory
from audit.i18n import LANGUAGES
from audit.inventory import (
    MAX_ROWS,
    QUESTION_IDS,
    RowError,
    column_label,
    looks_secret,
    read_answers,
    read_inventory,
    value_label,
)
from audit.locale.inventory import STRINGS
from audit.models import ASSET_COLUMNS, IMPORTANCE, TRISTATE, Answer, Asset
from audit.platforms import PLATFORMS, recognise

HEADER = ["Asset ID", "Platform", "Handle", "URL", "Owner", "Two-factor (2FA)", "Last post",
          "Admins"]


def write_csv(path: Path, rows: list[list], *, delimiter: str = ",", encoding: str = "utf-8",
              ) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def read(path: Path) -> inventory.ImportResult:
    return read_inventory(path.read_bytes(), path.name)


def codes(result: inventory.ImportResult) -> list[tuple[int, str, str]]:
    return [(e.row, e.column, e.code) for e in result.errors]


GOOD = ["ig-main", "Instagram", "@brand", "", "Budi", "yes", "2024-03-31", 3]


# -- whole-file problems ------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \r\n\n  "])
def test_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "inventory.csv"
    path.write_bytes(content)
    assert codes(read(path)) == [(0, "", "inventory.empty")]


def test_header_only_csv_has_no_rows(tmp_path):
    result = read(write_csv(tmp_path / "inventory.csv", [HEADER]))
    assert codes(result) == [(1, "", "inventory.no_rows")]
    assert result.assets == []


def test_header_only_xlsx_has_no_rows(tmp_path):
    result = read(write_xlsx(tmp_path / "inventory.xlsx", {"Inventory": [HEADER]}))
    assert codes(result) == [(1, "", "inventory.no_rows")]


def test_wrong_sheet_name_without_inventory_columns_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "inventory.xlsx",
                      {"Budget": [["Item", "Cost"], ["Ads", 100]], "Notes": [["x"]]})
    result = read(path)
    assert codes(result) == [(0, "", "inventory.no_sheet")]
    assert result.errors[0].values["sheets"] == "Budget, Notes"
    assert "'Inventory'" in result.errors[0].message("en")
    assert "'Inventaris'" in result.errors[0].message("id")


def test_first_sheet_with_inventory_headers_is_used_when_not_named_inventory(tmp_path):
    result = read(write_xlsx(tmp_path / "inventory.xlsx", {"Sheet1": [HEADER, GOOD]}))
    assert result.ok, result.errors
    assert [a.asset_id for a in result.assets] == ["ig-main"]


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "inventory.csv"
    path.write_bytes(b"Platform,URL\n" + b"x" * (inventory.MAX_BYTES + 1))
    result = read(path)
    assert codes(result) == [(0, "", "inventory.too_large")]
    assert result.errors[0].values["limit_mb"] == 20


def test_more_rows_than_the_limit_are_refused(tmp_path):
    rows = [["URL"]] + [[f"site{i}.com"] for i in range(MAX_ROWS + inventory.HEADER_SEARCH_ROWS)]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(0, "", "inventory.too_many_rows")]
    assert "50,000" in result.errors[0].message("en")


def test_ten_thousand_rows_import_from_xlsx(tmp_path):
    rows = [HEADER] + [[f"web-{i}", "website", "", f"site{i}.co.id", f"Owner {i}", "ya",
                        date(2024, 1, 1 + i % 28), i % 7] for i in range(10_000)]
    result = read(write_xlsx(tmp_path / "inventory.xlsx", {"Inventory": rows}))
    assert result.ok, result.errors[:3]
    assert result.rows_read == 10_000
    assert len(result.assets) == 10_000
    assert result.assets[-1].url == "https://site9999.co.id/"


def test_ten_thousand_rows_import_from_csv(tmp_path):
    rows = [HEADER] + [[f"ig-{i}", "instagram", f"brand{i}", "", "Sari", "no", "01/02/2024", 2]
                       for i in range(10_000)]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert result.ok
    assert len(result.assets) == 10_000


def test_non_utf8_csv_is_refused_with_the_fix(tmp_path):
    rows = [HEADER, ["web", "website", "", "brand.co.id", "Café Owner", "yes", "", 1]]
    result = read(write_csv(tmp_path / "inventory.csv", rows, encoding="cp1252"))
    assert codes(result) == [(0, "", "inventory.not_utf8")]
    assert "CSV UTF-8" in result.errors[0].message("en")
    assert "CSV UTF-8" in result.errors[0].message("id")


def test_utf8_with_bom_and_semicolons_imports(tmp_path):
    rows = [HEADER, ["web", "website", "", "bücher.de", "Zoë", "ya", "", 1]]
    result = read(write_csv(tmp_path / "inventory.csv", rows, delimiter=";",
                            encoding="utf-8-sig"))
    assert result.ok, result.errors
    assert result.assets[0].owner == "Zoë"
    assert result.assets[0].url == "https://xn--bcher-kva.de/"


def test_tab_separated_utf16_unicode_text_imports(tmp_path):
    path = tmp_path / "inventory.txt"
    path.write_bytes("Platform\tURL\ninstagram\tinstagram.com/brand\n".encode("utf-16"))
    result = read(path)
    assert result.ok
    assert result.assets[0].handle == "brand"


def test_renamed_text_file_is_not_a_table(tmp_path):
    path = tmp_path / "inventory.xlsx"
    path.write_text("Meeting notes\nCall the agency about the Instagram account\n")
    assert codes(read(path)) == [(0, "", "inventory.not_a_table")]
    assert "inventory.xlsx" in read(path).errors[0].message("en")


def test_csv_renamed_to_xlsx_is_read_by_content(tmp_path):
    path = write_csv(tmp_path / "inventory.xlsx", [HEADER, GOOD])
    assert read(path).ok


def test_binary_file_is_unsupported(tmp_path):
    path = tmp_path / "inventory.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert codes(read(path)) == [(0, "", "inventory.unsupported_format")]


def test_legacy_xls_gets_save_as_xlsx_advice(tmp_path):
    path = tmp_path / "inventory.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = read(path)
    assert codes(result) == [(0, "", "inventory.legacy_xls")]
    assert ".xlsx" in result.errors[0].message("en")


def test_damaged_workbook_is_refused(tmp_path):
    path = tmp_path / "inventory.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"garbage" * 50)
    assert codes(read(path)) == [(0, "", "inventory.bad_workbook")]


def test_zip_that_is_not_a_workbook_is_named(tmp_path):
    path = tmp_path / "inventory.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert codes(read(path)) == [(0, "", "inventory.not_a_workbook")]


def _bomb(path: Path, *, size_mb: int = 0, entries: int = 0) -> Path:
    write_xlsx(path, {"Inventory": [HEADER, GOOD]})
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        if size_mb:
            with archive.open("xl/media/padding.bin", "w") as member:
                for _ in range(size_mb):
                    member.write(b"\x00" * 2**20)
        for index in range(entries):
            archive.writestr(f"xl/media/{index}.bin", b"")
    return path


def test_zip_bomb_by_ratio_is_refused_before_opening(tmp_path):
    result = read(_bomb(tmp_path / "bomb.xlsx", size_mb=16))
    assert codes(result) == [(0, "", "inventory.unsafe_workbook")]
    assert result.errors[0].values["ratio"] > inventory.ZIP_MAX_RATIO
    assert "zip bomb" in result.errors[0].message("en")


def test_zip_bomb_by_entry_count_is_refused(tmp_path):
    result = read(_bomb(tmp_path / "bomb.xlsx", entries=inventory.ZIP_MAX_ENTRIES + 1))
    assert codes(result) == [(0, "", "inventory.unsafe_workbook")]


def test_zip_declaring_huge_total_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(inventory, "ZIP_MAX_UNCOMPRESSED", 2**20)
    result = read(_bomb(tmp_path / "big.xlsx", size_mb=2))
    assert codes(result) == [(0, "", "inventory.unsafe_workbook")]


# -- secrets ------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["Password", "password IG", "Kata sandi", "Sandi akun", "PIN", "Secret", "API key",
     "Access token", "OTP", "2FA code", "Recovery codes", "Kode pemulihan", "Passwd", "Pass"],
)
def test_secret_column_refuses_the_whole_file(tmp_path, header):
    rows = [[*HEADER, header], [*GOOD, "hunter2"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(1, header, "inventory.secret_column")]
    assert result.assets == []
    assert "never stores credentials" in result.errors[0].message("en")
    assert "password manager" in result.errors[0].message("id")


def test_secret_column_in_xlsx_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "inventory.xlsx",
                      {"Inventaris": [[*HEADER, "Kata Sandi"], [*GOOD, "rahasia"]]})
    assert codes(read(path)) == [(1, "Kata Sandi", "inventory.secret_column")]


@pytest.mark.parametrize(
    "header", ["Two-factor (2FA)", "Recovery contact", "Pinned post", "Kontak pemulihan",
               "Shared login", "Login bersama", "Pinterest", "Passion"],
)
def test_ordinary_headers_are_not_secret(header):
    assert not looks_secret(header)


# -- cells --------------------------------------------------------------------


def test_formula_cells_in_xlsx_reject_their_row(tmp_path):
    rows = [HEADER, GOOD,
            ["ig-2", "Instagram", "@other", '=HYPERLINK("http://evil","x")', "", "", "", ""]]
    result = read(write_xlsx(tmp_path / "inventory.xlsx", {"Inventory": rows}))
    assert codes(result) == [(3, "URL", "inventory.formula")]
    assert [a.asset_id for a in result.assets] == ["ig-main"]
    assert "Paste Values" in result.errors[0].message("en")


def test_formula_text_in_csv_rejects_its_row(tmp_path):
    rows = [HEADER, GOOD, ["ig-2", "Instagram", "@other", "", "=1+1", "", "", ""]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(3, "Owner", "inventory.formula")]


def test_excel_error_cell_is_reported(tmp_path):
    path = write_xlsx(tmp_path / "inventory.xlsx", {"Inventory": [HEADER, GOOD]})
    book = openpyxl.load_workbook(path)
    book["Inventory"]["H2"].value = "#N/A"
    book["Inventory"]["H2"].data_type = "e"
    book.save(path)
    assert codes(read(path)) == [(2, "Admins", "inventory.excel_error")]


def test_broken_dates_are_reported_and_valid_rows_kept(tmp_path):
    rows = [HEADER, GOOD,
            ["a", "x", "brand", "", "", "", "31/02/2024", ""],
            ["b", "tiktok", "brand", "", "", "", "2024-13-01", ""],
            ["c", "youtube", "brand", "", "", "", "kemarin", ""],
            ["d", "threads", "brand", "", "", "", "05/13/2024", ""]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(r, "Last post", "inventory.bad_date") for r in (3, 4, 5, 6)]
    assert [a.asset_id for a in result.assets] == ["ig-main"]
    assert "dd/mm/yyyy" in result.errors[0].message("en")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2024-03-31", date(2024, 3, 31)), ("31/03/2024", date(2024, 3, 31)),
     ("31-03-2024", date(2024, 3, 31)), ("1/4/2024", date(2024, 4, 1)),
     ("2024-03-31 00:00:00", date(2024, 3, 31)), ("", None)],
)
def test_date_forms(tmp_path, written, expected):
    rows = [HEADER, ["ig", "instagram", "brand", "", "", "", written, ""]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert result.ok, result.errors
    assert result.assets[0].last_post == expected


def test_real_excel_dates(tmp_path):
    rows = [HEADER, ["ig", "instagram", "brand", "", "", "", datetime(2024, 3, 31), ""],
            ["fb", "facebook", "brand", "", "", "", date(2023, 12, 1), ""]]
    result = read(write_xlsx(tmp_path / "inventory.xlsx", {"Inventory": rows}))
    assert [a.last_post for a in result.assets] == [date(2024, 3, 31), date(2023, 12, 1)]


def test_duplicate_asset_ids_report_both_rows_and_keep_the_first(tmp_path):
    rows = [HEADER, GOOD, ["other", "x", "brand", "", "", "", "", ""],
            ["ig-main", "tiktok", "brand", "", "Sari", "", "", ""]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(2, "Asset ID", "inventory.duplicate_asset_id"),
                             (4, "Asset ID", "inventory.duplicate_asset_id")]
    assert [(a.asset_id, a.platform) for a in result.assets] == [
        ("ig-main", "instagram"), ("other", "x")]
    assert "rows 2, 4" in result.errors[1].message("en")
    assert "baris 2, 4" in result.errors[1].message("id")


def test_generated_ids_are_stable_and_duplicates_caught(tmp_path):
    rows = [["Platform", "URL"], ["", "instagram.com/brand"], ["", "https://www.brand.co.id/"],
            ["", "https://www.instagram.com/brand/?hl=id"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert [a.asset_id for a in result.assets] == ["instagram-brand", "website-brand-co-id"]
    assert codes(result) == [(2, "", "inventory.duplicate_asset_id"),
                             (4, "", "inventory.duplicate_asset_id")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [("yes", "yes"), ("Y", "yes"), ("TRUE", "yes"), ("1", "yes"), ("Ya", "yes"), ("sudah", "yes"),
     ("no", "no"), ("n", "no"), ("False", "no"), ("0", "no"), ("tidak", "no"), ("TDK", "no"),
     # a blank cell is "not answered yet" (""), not "don't know"
     ("unknown", "unknown"), ("", ""), ("?", "unknown"), ("Tidak tahu", "unknown"),
     ("n/a", "unknown"), ("Don’t know", "unknown")],
)
def test_yes_no_unknown_in_both_languages(tmp_path, written, expected):
    rows = [HEADER, ["ig", "instagram", "brand", "", "", written, "", ""]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert result.assets[0].two_factor == expected


def test_excel_booleans_are_yes_no(tmp_path):
    rows = [HEADER, ["ig", "instagram", "brand", "", "", True, "", ""],
            ["fb", "facebook", "brand", "", "", False, "", ""]]
    result = read(write_xlsx(tmp_path / "inventory.xlsx", {"Inventory": rows}))
    assert [a.two_factor for a in result.assets] == ["yes", "no"]


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [("Two-factor (2FA)", "maybe", "inventory.bad_yes_no"),
     ("Admins", "-1", "inventory.bad_count"), ("Admins", "2.5", "inventory.bad_count"),
     ("Admins", "tiga", "inventory.bad_count"),
     ("Response target (hours)", "-4", "inventory.bad_hours"),
     ("Response target (hours)", "soon", "inventory.bad_hours"),
     ("Importance", "vip", "inventory.bad_importance"),
     ("Platform", "MySpace", "inventory.unknown_platform"),
     ("URL", "not a url", "inventory.bad_url"),
     ("Handle", "bad handle!", "inventory.bad_handle")],
)
def test_bad_cell_rejects_its_row_with_row_and_column(tmp_path, column, value, code):
    header = [*HEADER, "Response target (hours)", "Importance"]
    row = dict(zip(header, ["x1", "X", "brand", "", "", "", "", "", "", ""], strict=True))
    row[column] = value
    rows = [header, [*GOOD, "", ""], list(row.values())]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(3, column, code)]
    assert [a.asset_id for a in result.assets] == ["ig-main"]
    for lang in LANGUAGES:
        message = result.errors[0].message(lang)
        assert "3" in message and column in message and value in message


def test_every_bad_cell_of_a_row_is_reported(tmp_path):
    rows = [HEADER, ["a", "instagram", "brand", "", "", "maybe", "never", "-2"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert sorted(codes(result)) == [(2, "Admins", "inventory.bad_count"),
                                     (2, "Last post", "inventory.bad_date"),
                                     (2, "Two-factor (2FA)", "inventory.bad_yes_no")]


def test_numbers_accept_indonesian_decimal_comma_and_units(tmp_path):
    rows = [["Platform", "Handle", "Jumlah admin", "Target respons (jam)"],
            ["instagram", "brand", "3", "1,5"], ["x", "brand", "0", "24 jam"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert [(a.admins, a.response_sla_hours) for a in result.assets] == [(3, 1.5), (0, 24.0)]


def test_platform_blank_is_recognised_from_url(tmp_path):
    rows = [["Platform", "URL", "Handle"], ["", "https://twitter.com/brand", ""],
            ["", "wa.me/6281234567890", ""], ["", "mailto:info@brand.co.id", ""],
            ["", "", "brand.co.id"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert result.ok, result.errors
    assert [(a.platform, a.kind, a.handle, a.url) for a in result.assets] == [
        ("x", "social", "brand", "https://x.com/brand"),
        ("whatsapp", "messaging", "6281234567890", "https://wa.me/6281234567890"),
        ("email", "email", "brand.co.id", "mailto:info@brand.co.id"),
        ("website", "website", "brand.co.id", "https://brand.co.id/"),
    ]


def test_website_handle_stays_as_typed_and_id_comes_from_the_host(tmp_path):
    rows = [["Platform", "URL", "Handle"], ["website", "https://www.brand.co.id/promo", ""]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    asset = result.assets[0]
    assert (asset.asset_id, asset.handle, asset.url) == (
        "website-brand-co-id", "", "https://www.brand.co.id/promo")


def test_platform_blank_and_nothing_recognisable_is_reported(tmp_path):
    rows = [["Platform", "Handle", "Owner"], ["", "@brand", "Budi"], ["", "", "Sari"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(2, "Platform", "inventory.platform_missing"),
                             (3, "Platform", "inventory.platform_missing")]


def test_platform_by_label_alias_and_handle_becomes_profile_url(tmp_path):
    rows = [["Platform", "Handle"], ["Twitter", "@brand"], ["YOUTUBE", "@brand"],
            ["Situs web", "brand.co.id"], ["Lainnya", "brand"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert [(a.platform, a.url) for a in result.assets] == [
        ("x", "https://x.com/brand"), ("youtube", "https://www.youtube.com/@brand"),
        ("website", "https://brand.co.id/"), ("other", "")]


def test_url_wins_over_template_and_platform_given_wins_over_host(tmp_path):
    rows = [["Platform", "URL"], ["facebook", "https://www.instagram.com/brand/"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert (result.assets[0].platform, result.assets[0].url) == (
        "facebook", "https://www.instagram.com/brand/")


def test_indonesian_headers_and_values(tmp_path):
    header = ["ID aset", "Platform", "Nama", "Akun/Handle", "Tautan/URL", "Pemilik",
              "Pemilik cadangan", "Kontak pemilik", "Departemen", "Agensi", "2FA",
              "Login bersama", "Jumlah admin", "Kontak pemulihan", "Terverifikasi",
              "Unggahan terakhir", "Dipantau", "Target respons (jam)", "Diberi brief kampanye",
              "Tingkat kepentingan", "Catatan"]
    row = ["ig-utama", "Instagram", "Brand Indonesia", "@brand.id", "", "Budi", "Sari",
           "budi@brand.co.id", "Pemasaran", "Agensi Kreatif", "ya", "tidak", "2",
           "digital@brand.co.id", "tidak tahu", "15/04/2024", "ya", "2", "tidak", "utama",
           "Akun resmi"]
    result = read(write_xlsx(tmp_path / "inventaris.xlsx", {"Inventaris": [header, row]}))
    assert result.ok, result.errors
    assert result.notices == []
    assert result.assets == [Asset(
        asset_id="ig-utama", platform="instagram", name="Brand Indonesia", handle="brand.id",
        url="https://www.instagram.com/brand.id/", owner="Budi", owner_contact="budi@brand.co.id",
        department="Pemasaran", backup_owner="Sari", agency="Agensi Kreatif", two_factor="yes",
        shared_login="no", admins=2, recovery_contact="digital@brand.co.id", verified="unknown",
        last_post=date(2024, 4, 15), monitored="yes", response_sla_hours=2.0,
        campaign_briefed="no", importance="primary", notes="Akun resmi", kind="social")]


@pytest.mark.parametrize("header", ["two_factor", "TWO FACTOR (2fa)", " two-factor  2FA ",
                                    "Autentikasi dua faktor (2FA)", "2fa"])
def test_headers_ignore_case_space_and_punctuation(tmp_path, header):
    rows = [["platform", "handle", header], ["instagram", "brand", "yes"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert result.assets[0].two_factor == "yes"


def test_unknown_column_is_a_notice_not_an_error(tmp_path):
    rows = [[*HEADER, "Followers"], [*GOOD, "12000"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert result.ok
    assert [(n.row, n.column, n.code) for n in result.notices] == [
        (1, "Followers", "inventory.unknown_column")]


def test_duplicate_column_is_reported_and_first_wins(tmp_path):
    rows = [["Platform", "Handle", "Owner", "Pemilik"], ["instagram", "brand", "Budi", "Sari"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(1, "Pemilik", "inventory.duplicate_column")]
    assert result.assets[0].owner == "Budi"


def test_header_below_a_title_keeps_sheet_row_numbers(tmp_path):
    rows = [["Client inventory — PT Contoh"], [], HEADER, GOOD,
            ["x", "instagram", "brand", "", "", "nope", "", ""]]
    result = read(write_xlsx(tmp_path / "inventory.xlsx", {"Inventory": rows}))
    assert codes(result) == [(5, "Two-factor (2FA)", "inventory.bad_yes_no")]


def test_no_header_is_refused(tmp_path):
    result = read(write_csv(tmp_path / "inventory.csv", [["a", "b"], ["c", "d"]]))
    assert codes(result) == [(0, "", "inventory.no_header")]
    assert "Platform" in result.errors[0].message("en")


def test_control_and_zero_width_characters_are_stripped(tmp_path):
    rows = [["Platform", "Handle", "Owner", "Notes"],
            ["instagram", "\u200bbrand\x07", "Bu\x1bdi", "line one\r\nline two"]]
    path = tmp_path / "inventory.csv"
    write_csv(path, rows)
    result = read(path)
    asset = result.assets[0]
    assert (asset.handle, asset.owner, asset.notes) == ("brand", "Budi", "line one\nline two")


def test_too_long_cell_is_reported(tmp_path):
    rows = [["Platform", "Handle", "Notes"],
            ["instagram", "brand", "x" * (inventory.MAX_CELL_CHARS + 1)]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert codes(result) == [(2, "Notes", "inventory.too_long")]


# -- answers ------------------------------------------------------------------


ANSWERS_HEADER = ["question_id", "answer", "note", "evidence", "verified"]


def test_answers_csv_in_both_languages(tmp_path):
    rows = [ANSWERS_HEADER, ["crisis.playbook", "ya", "Reviewed March", "https://docs/x", "yes"],
            ["crisis.escalation", "Sebagian", "", "", ""], ["training", "tidak", "", "", "no"],
            ["crisis.simulation", "tidak tahu", "nobody knows", "", ""],
            ["crisis.listening", "", "", "", ""]]
    path = write_csv(tmp_path / "answers.csv", rows)
    result = read_answers(path.read_bytes(), path.name)
    assert result.ok, result.errors
    assert result.answers == [
        Answer("crisis.playbook", "yes", "Reviewed March", "https://docs/x", True),
        Answer("crisis.escalation", "partial"), Answer("crisis.training", "no"),
        Answer("crisis.simulation", "unknown", "nobody knows")]


def test_answers_errors_name_row_and_column(tmp_path):
    rows = [["ID pertanyaan", "Jawaban"], ["crisis.playbook", "mungkin"],
            ["crisis.telepathy", "yes"], ["", "yes"], ["crisis.playbook", "no"],
            ["crisis.playbook", "yes"]]
    path = write_csv(tmp_path / "answers.csv", rows)
    result = read_answers(path.read_bytes(), path.name)
    assert codes(result) == [(2, "Jawaban", "inventory.bad_answer"),
                             (3, "ID pertanyaan", "inventory.unknown_question"),
                             (4, "ID pertanyaan", "inventory.question_missing"),
                             (5, "ID pertanyaan", "inventory.duplicate_question"),
                             (6, "ID pertanyaan", "inventory.duplicate_question")]
    assert result.answers == [Answer("crisis.playbook", "no")]
    assert "crisis.playbook" in result.errors[1].message("en")


def test_workbook_questionnaire_sheet_is_read_with_the_inventory(tmp_path):
    questionnaire = [["Pertanyaan", "ID pertanyaan", "Jawaban", "Catatan", "Bukti",
                      "Terverifikasi"],
                     ["Ada playbook?", "crisis.playbook", "Ya", "", "", "Ya"],
                     ["Ada simulasi?", "crisis.simulation", "entah", "", "", ""]]
    path = write_xlsx(tmp_path / "intake.xlsx", {"Inventaris": [HEADER, GOOD],
                                                 "Kuesioner": questionnaire})
    result = read(path)
    assert [a.asset_id for a in result.assets] == ["ig-main"]
    assert result.answers == [Answer("crisis.playbook", "yes", verified=True)]
    assert [(e.row, e.column, e.code, e.sheet) for e in result.errors] == [
        (3, "Jawaban", "inventory.bad_answer", "Kuesioner")]
    assert "sheet 'Kuesioner'" in result.errors[0].message("id")
    assert result.notices == []


def test_read_answers_from_workbook_without_questionnaire_sheet(tmp_path):
    path = write_xlsx(tmp_path / "answers.xlsx", {"Inventory": [HEADER, GOOD]})
    result = read_answers(path.read_bytes(), path.name)
    assert codes(result) == [(0, "", "inventory.no_sheet")]


def test_question_ids_match_checks_md():
    checks_md = Path("/work/shared/CHECKS.md")
    if not checks_md.exists():
        pytest.skip("shared CHECKS.md not present")
    listed = tuple(re.findall(r"`(crisis\.[a-z_]+)`", checks_md.read_text()))
    assert set(QUESTION_IDS) == set(listed)
    assert set(inventory.question_ids()) >= set(listed)


# -- strings ------------------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, entry in STRINGS.items():
        assert set(entry) == set(LANGUAGES), key
        assert _placeholders(entry["en"]) == _placeholders(entry["id"]), key


def test_row_level_messages_name_row_and_column():
    for key, entry in STRINGS.items():
        if key.startswith(("inventory.column.", "inventory.sheet.", "inventory.value.")):
            continue
        placeholders = _placeholders(entry["en"])
        if "row" in placeholders:
            assert "column" in placeholders or key in (
                "inventory.no_rows", "inventory.bad_csv", "inventory.unclosed_quote",
                "inventory.damaged_sheet"), key


def test_row_error_message_renders_values():
    error = RowError(7, "Admins", "inventory.bad_count", {"value": "-1"})
    assert error.message("en").startswith("Row 7, column 'Admins': '-1'")
    assert error.message("id").startswith("Baris 7, kolom 'Admins': '-1'")


def test_column_label_is_accepted_back_in_both_languages():
    for column in ASSET_COLUMNS:
        for lang in LANGUAGES:
            assert inventory._ASSETS.headers[inventory._key(column_label(column, lang))] == column
    with pytest.raises(KeyError):
        column_label("password")


# -- round trip ---------------------------------------------------------------

_TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp")), max_size=25,
).map(str.strip).filter(lambda s: not s.startswith("="))
_DOMAIN = st.builds(
    lambda labels, tld: ".".join([*labels, tld]),
    st.lists(st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True),
             min_size=1, max_size=3),
    st.sampled_from(["com", "co.id", "id", "org", "corp"]),
)


@st.composite
def assets(draw, asset_id: str) -> Asset:
    platform = PLATFORMS[draw(st.sampled_from(sorted(PLATFORMS)))]
    if platform.kind in ("website", "email"):
        rec = recognise(draw(_DOMAIN), platform.id)
    else:
        handle = draw(st.from_regex(platform.handle_pattern, fullmatch=True).filter(
            lambda h: not h.startswith(("=", "@"))))
        rec = recognise(handle, platform.id)
        if rec is None or rec.handle != handle:
            rec = recognise("@" + ("brand" if not platform.phone else "6281234567890"),
                            platform.id) or recognise("1234567", platform.id)
    return Asset(
        asset_id=asset_id, platform=rec.platform, handle=rec.handle, url=rec.url,
        name=draw(_TEXT), owner=draw(_TEXT), owner_contact=draw(_TEXT), department=draw(_TEXT),
        backup_owner=draw(_TEXT), agency=draw(_TEXT), recovery_contact=draw(_TEXT),
        notes=draw(_TEXT),
        two_factor=draw(st.sampled_from(TRISTATE)), shared_login=draw(st.sampled_from(TRISTATE)),
        verified=draw(st.sampled_from(TRISTATE)), monitored=draw(st.sampled_from(TRISTATE)),
        campaign_briefed=draw(st.sampled_from(TRISTATE)),
        admins=draw(st.none() | st.integers(0, 10_000)),
        last_post=draw(st.none() | st.dates(date(1990, 1, 1), date(2100, 12, 31))),
        response_sla_hours=draw(st.none() | st.floats(0, 10_000, allow_nan=False)),
        importance=draw(st.sampled_from(IMPORTANCE)), kind=platform.kind,
    )


@st.composite
def inventories(draw) -> list[Asset]:
    ids = draw(st.lists(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,15}", fullmatch=True),
                        min_size=1, max_size=4, unique=True))
    return [draw(assets(asset_id)) for asset_id in ids]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=inventories(), lang=st.sampled_from(LANGUAGES), delimiter=st.sampled_from(",;\t"))
def test_any_asset_written_with_column_labels_reads_back_equal(tmp_path, items, lang, delimiter):
    rows = [[column_label(c, lang) for c in ASSET_COLUMNS]]
    rows += [[value_label(c, getattr(a, c), lang) for c in ASSET_COLUMNS] for a in items]
    path = write_csv(tmp_path / "inventory.csv", rows, delimiter=delimiter)
    result = read(path)
    assert result.errors == []
    assert result.notices == []
    assert result.assets == items


# -- rows edited in the app ---------------------------------------------------


def test_validate_rows_uses_spreadsheet_row_numbers_and_keeps_valid_rows():
    rows = [{"platform": "instagram", "handle": "brand", "admins": 2.0},
            {"platform": "x", "handle": "brand", "last_post": "yesterday"},
            {"asset_id": float("nan"), "platform": None},
            {"platform": "website", "url": "brand.co.id", "last_post": datetime(2024, 5, 1)}]
    result = inventory.validate_rows(rows)
    assert codes(result) == [(3, "last_post", "inventory.bad_date")]
    assert [(a.asset_id, a.admins, a.last_post) for a in result.assets] == [
        ("instagram-brand", 2, None), ("website-brand-co-id", None, date(2024, 5, 1))]


def test_validate_rows_of_an_empty_table_is_valid():
    result = inventory.validate_rows([])
    assert result.ok and result.assets == []


def test_platform_disagreeing_with_the_url_host_is_reported_by_row(tmp_path):
    rows = [["Platform", "URL", "Owner"],
            ["Shopee", "https://www.tokopedia.com/kopisenja", "Rina"],
            ["Instagram", "https://www.instagram.com/kopisenja/", "Rina"],
            ["TikTok Shop", "https://www.tiktok.com/shop/store/kopi-senja/7495", "Rina"],
            ["Website", "https://www.kopisenja.co.id/", "Rina"]]
    result = read(write_csv(tmp_path / "inventory.csv", rows))
    assert result.ok and len(result.assets) == 4  # reported, not refused
    assert [(n.row, n.code, n.values["other"]) for n in result.notices] == [
        (2, "inventory.platform_host_mismatch", "Tokopedia")]
    assert "Row 2" in result.notices[0].message("en")
    assert "Baris 2" in result.notices[0].message("id")

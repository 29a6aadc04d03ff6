"""Inventory and questionnaire import: column names, validation errors, template instructions.

Every error names the row and column (when there is one) and says how to fix it.
Placeholders available to every message: {row}, {column}, {sheet}.
"""

STRINGS: dict[str, dict[str, str]] = {
    # -- column labels: the intake template, the workbook and the importer share them ----
    "inventory.column.asset_id": {"en": "Asset ID", "id": "ID aset"},
    "inventory.column.platform": {"en": "Platform", "id": "Platform"},
    "inventory.column.name": {"en": "Name", "id": "Nama"},
    "inventory.column.handle": {"en": "Handle", "id": "Nama akun (handle)"},
    "inventory.column.url": {"en": "URL", "id": "URL"},
    "inventory.column.owner": {"en": "Owner", "id": "PIC"},
    "inventory.column.owner_contact": {"en": "Owner contact", "id": "Kontak PIC"},
    "inventory.column.department": {"en": "Department", "id": "Departemen"},
    "inventory.column.owner_phone": {"en": "Owner phone", "id": "No. HP PIC"},
    "inventory.column.backup_phone": {"en": "Backup phone", "id": "No. HP PIC cadangan"},
    "inventory.column.backup_owner": {"en": "Backup owner", "id": "PIC cadangan"},
    "inventory.column.agency": {"en": "Agency", "id": "Agensi"},
    "inventory.column.two_factor": {
        "en": "Two-factor (2FA)", "id": "Autentikasi dua faktor (2FA)",
    },
    "inventory.column.shared_login": {"en": "Shared login", "id": "Login bersama"},
    "inventory.column.admins": {"en": "Admins", "id": "Jumlah admin"},
    "inventory.column.recovery_contact": {"en": "Recovery contact", "id": "Kontak pemulihan"},
    "inventory.column.verified": {"en": "Verified", "id": "Terverifikasi"},
    "inventory.column.last_post": {"en": "Last post", "id": "Unggahan terakhir"},
    "inventory.column.monitored": {"en": "Monitored", "id": "Dipantau"},
    "inventory.column.response_sla_hours": {
        "en": "Response target (hours)", "id": "Target respons (jam)",
    },
    "inventory.column.campaign_briefed": {
        "en": "Briefed on campaigns", "id": "Mendapat brief kampanye",
    },
    "inventory.column.importance": {"en": "Importance", "id": "Tingkat kepentingan"},
    "inventory.column.notes": {"en": "Notes", "id": "Catatan"},
    "inventory.column.question_id": {"en": "Question ID", "id": "ID pertanyaan"},
    "inventory.column.answer": {"en": "Answer", "id": "Jawaban"},
    "inventory.column.note": {"en": "Note", "id": "Catatan"},
    "inventory.column.evidence": {"en": "Evidence", "id": "Bukti"},
    "inventory.sheet.inventory": {"en": "Inventory", "id": "Inventaris"},
    "inventory.sheet.questionnaire": {"en": "Questionnaire", "id": "Kuesioner"},
    "inventory.value.yes": {"en": "Yes", "id": "Ya"},
    "inventory.value.no": {"en": "No", "id": "Tidak"},
    "inventory.value.unknown": {"en": "Unknown", "id": "Tidak tahu"},
    "inventory.value.primary": {"en": "Primary", "id": "Utama"},
    "inventory.value.secondary": {"en": "Secondary", "id": "Pendukung"},
    # -- whole-file problems -------------------------------------------------
    "inventory.empty": {
        "en": "The file is empty. Fill in the Inventory sheet of the intake template and "
              "import it again.",
        "id": "Berkas ini kosong. Isi sheet Inventaris pada templat isian, lalu impor lagi.",
    },
    "inventory.too_large": {
        "en": "The file is {size_mb} MB; the limit is {limit_mb} MB. Remove images and unused "
              "sheets, or split the inventory into several files.",
        "id": "Ukuran berkas {size_mb} MB, padahal batasnya {limit_mb} MB. Hapus gambar dan "
              "sheet yang tidak dipakai, atau pecah inventaris menjadi beberapa berkas.",
    },
    "inventory.too_many_rows": {
        "en": "The sheet has more than {limit} rows, the most Siaga imports at once. Split it "
              "into several files (for example one per brand or department).",
        "id": "Sheet ini berisi lebih dari {limit} baris, batas yang bisa diimpor Siaga sekaligus. "
              "Pecah menjadi beberapa berkas (misalnya per merek atau per departemen).",
    },
    "inventory.unsafe_workbook": {
        "en": "The workbook was refused as unsafe: it would unpack to {size_mb} MB in {entries} "
              "parts (compression ratio {ratio}:1), far beyond any real inventory. This is how a "
              "'zip bomb' looks. Open it in Excel, copy the data into a fresh workbook and "
              "import that.",
        "id": "Berkas Excel ini ditolak karena tidak aman: isinya akan membengkak menjadi "
              "{size_mb} MB dalam {entries} bagian (rasio kompresi {ratio}:1), jauh melebihi "
              "inventaris mana pun. Begitulah ciri 'zip bomb'. Buka di Excel, salin datanya ke "
              "berkas Excel baru, lalu impor berkas baru itu.",
    },
    "inventory.bad_workbook": {
        "en": "The file looks like an Excel workbook but cannot be opened (it may be damaged or "
              "password-protected). Open it in Excel or LibreOffice, save it again as .xlsx "
              "without a password, and import it again.",
        "id": "Berkas ini tampak seperti berkas Excel tetapi tidak bisa dibuka (mungkin rusak "
              "atau dilindungi kata sandi). Buka di Excel atau LibreOffice, simpan ulang sebagai "
              ".xlsx tanpa kata sandi, lalu impor lagi.",
    },
    "inventory.not_a_workbook": {
        "en": "{filename} is a ZIP archive or another document type (for example .docx or .ods), "
              "not an Excel workbook. Save the inventory as .xlsx or as CSV UTF-8.",
        "id": "{filename} adalah arsip ZIP atau jenis dokumen lain (misalnya .docx atau .ods), "
              "bukan berkas Excel. Simpan inventaris sebagai .xlsx atau CSV UTF-8.",
    },
    "inventory.legacy_xls": {
        "en": "{filename} is in the old Excel 97–2003 format (.xls). Open it in Excel, choose "
              "File > Save As > Excel Workbook (.xlsx), and import the new file.",
        "id": "{filename} memakai format Excel 97–2003 yang lama (.xls). Buka di Excel, pilih "
              "File > Save As > Excel Workbook (.xlsx), lalu impor berkas barunya.",
    },
    "inventory.unsupported_format": {
        "en": "{filename} is neither a spreadsheet nor a CSV file (it contains binary data). "
              "Import the intake template saved as .xlsx, or a CSV UTF-8 file.",
        "id": "{filename} bukan berkas Excel maupun CSV (isinya data biner). Impor templat isian "
              "yang disimpan sebagai .xlsx, atau berkas CSV UTF-8.",
    },
    "inventory.not_a_table": {
        "en": "{filename} is plain text, not a table: its first line has no column separators "
              "(comma, semicolon or tab) and no known column name. Import the intake template "
              "(.xlsx) or a CSV whose first row holds the column names.",
        "id": "{filename} berisi teks biasa, bukan tabel: baris pertamanya tidak punya pemisah "
              "kolom (koma, titik koma, atau tab) dan tidak ada nama kolom yang dikenali. Impor "
              "templat isian (.xlsx) atau CSV yang baris pertamanya berisi nama kolom.",
    },
    "inventory.not_utf8": {
        "en": "This CSV is not saved as UTF-8 (byte {position} is not valid UTF-8), so names with "
              "accents or non-Latin letters would come out garbled. Siaga does not guess the "
              "encoding. In Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)' and "
              "import that file.",
        "id": "CSV ini tidak disimpan dalam UTF-8 (byte ke-{position} bukan UTF-8 yang sah), "
              "sehingga nama beraksen atau huruf non-Latin akan rusak. Siaga tidak menebak "
              "encoding. Di Excel pilih File > Save As > 'CSV UTF-8 (Comma delimited)', lalu "
              "impor berkas itu.",
    },
    "inventory.bad_csv": {
        "en": "The CSV cannot be read near row {row}: {detail}. Save it again from Excel as "
              "'CSV UTF-8' and import it again.",
        "id": "CSV tidak bisa dibaca di sekitar baris {row}: {detail}. Simpan ulang dari Excel "
              "sebagai 'CSV UTF-8', lalu impor lagi.",
    },
    "inventory.unclosed_quote": {
        "en": "Row {row}: a quote (\") opens a cell here and is never closed, so the rest of "
              "the file would be read as one cell. Close the quote or remove it, then import "
              "the file again.",
        "id": "Baris {row}: ada tanda kutip (\") yang membuka sel di sini dan tidak pernah "
              "ditutup, sehingga sisa berkas akan terbaca sebagai satu sel. Tutup atau hapus "
              "tanda kutip itu, lalu impor lagi.",
    },
    "inventory.bad_utf16": {
        "en": "{filename} starts as UTF-16 text but breaks off at byte {position} (the file is "
              "cut short or damaged). Save it again from Excel as 'CSV UTF-8' and import it "
              "again.",
        "id": "{filename} diawali sebagai teks UTF-16 tetapi terputus di byte ke-{position} "
              "(berkas terpotong atau rusak). Simpan ulang dari Excel sebagai 'CSV UTF-8', "
              "lalu impor lagi.",
    },
    "inventory.damaged_sheet": {
        "en": "Row {row}{sheet}: the workbook is damaged here and cannot be read ({detail}). "
              "Open it in Excel or LibreOffice, save it again as .xlsx and import it again.",
        "id": "Baris {row}{sheet}: berkas Excel rusak di sini dan tidak bisa dibaca ({detail}). "
              "Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu impor lagi.",
    },
    "inventory.no_sheet": {
        "en": "No sheet named {expected} was found (the workbook has: {sheets}), and the first "
              "sheet has none of the expected columns. Rename the sheet that holds the data to "
              "one of those names.",
        "id": "Tidak ada sheet bernama {expected} (sheet yang ada: {sheets}), dan sheet pertama "
              "tidak memuat kolom yang diharapkan. Ganti nama sheet yang berisi data menjadi "
              "salah satu nama tersebut.",
    },
    "inventory.no_header": {
        "en": "No known column names were found in the first rows{sheet}. The first row must "
              "name the columns, for example: {expected}.",
        "id": "Tidak ada nama kolom yang dikenali di baris-baris awal{sheet}. Baris pertama harus "
              "berisi nama kolom, misalnya: {expected}.",
    },
    "inventory.no_rows": {
        "en": "Row {row} holds the column names but no rows follow{sheet}. Add one row per asset "
              "below the header and import again.",
        "id": "Baris {row} berisi nama kolom, tetapi tidak ada data di bawahnya{sheet}. Tambahkan "
              "satu baris per aset di bawah judul kolom, lalu impor lagi.",
    },
    "inventory.secret_column": {
        "en": "Column '{column}' (row {row}) looks like it holds passwords or other secrets, so "
              "the whole file was refused and nothing was imported. Siaga never stores "
              "credentials: an audit file gets emailed and copied, and a leaked copy must never "
              "leak logins. Delete the column, keep passwords in a password manager, and record "
              "here only who holds access.",
        "id": "Kolom '{column}' (baris {row}) tampaknya berisi kata sandi atau data rahasia lain, "
              "jadi seluruh berkas ditolak dan tidak ada yang diimpor. Siaga tidak pernah "
              "menyimpan kredensial: berkas audit dikirim lewat email dan disalin ke mana-mana, "
              "dan salinan yang bocor tidak boleh ikut membocorkan akses login. Hapus kolom itu, "
              "simpan kata sandi di password manager, dan catat di sini hanya siapa yang "
              "memegang akses.",
    },
    "inventory.duplicate_column": {
        "en": "Column '{column}' (row {row}) means the same as column '{other}', which comes "
              "first; '{column}' was ignored. Keep one of the two.",
        "id": "Kolom '{column}' (baris {row}) sama maknanya dengan kolom '{other}' yang ada lebih "
              "dulu; kolom '{column}' diabaikan. Pertahankan salah satunya saja.",
    },
    "inventory.platform_host_mismatch": {
        "en": "Row {row}, column '{column}': the platform is {platform}, but {url} is a {other} "
              "address. The row was imported as {platform}; check which of the two is right.",
        "id": "Baris {row}, kolom '{column}': platformnya {platform}, tetapi {url} adalah alamat "
              "{other}. Baris ini diimpor sebagai {platform}; periksa mana yang benar.",
    },
    "inventory.unknown_column": {
        "en": "Column '{column}' (row {row}) is not an inventory column and was not imported. "
              "Rename it to one of the template's columns if it should be kept, or move its "
              "content into Notes.",
        "id": "Kolom '{column}' (baris {row}) bukan kolom inventaris sehingga tidak diimpor. Ganti "
              "namanya sesuai kolom di templat jika isinya perlu disimpan, atau pindahkan isinya "
              "ke Catatan.",
    },
    # -- one cell ----------------------------------------------------------
    "inventory.formula": {
        "en": "Row {row}, column '{column}': the cell holds a formula ({value}). Siaga never runs "
              "formulas from imported files. Type the value itself (copy, then Paste Values).",
        "id": "Baris {row}, kolom '{column}': sel berisi rumus ({value}). Siaga tidak pernah "
              "menjalankan rumus dari berkas impor. Ketik nilainya langsung (salin, lalu Paste "
              "Values).",
    },
    "inventory.excel_error": {
        "en": "Row {row}, column '{column}': the cell shows the Excel error {value}. Fix the "
              "cell or clear it.",
        "id": "Baris {row}, kolom '{column}': sel menampilkan error Excel {value}. Perbaiki atau "
              "kosongkan sel itu.",
    },
    "inventory.too_long": {
        "en": "Row {row}, column '{column}': the text is {length} characters long; the limit is "
              "{limit}. Shorten it or link to a document instead.",
        "id": "Baris {row}, kolom '{column}': teksnya {length} karakter, padahal batasnya {limit}. "
              "Persingkat, atau cantumkan tautan ke dokumen.",
    },
    "inventory.bad_date": {
        "en": "Row {row}, column '{column}': '{value}' is not a date. Write it as yyyy-mm-dd "
              "(2024-03-31) or dd/mm/yyyy (31/03/2024).",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan tanggal. Tulis dengan format "
              "yyyy-mm-dd (2024-03-31) atau dd/mm/yyyy (31/03/2024).",
    },
    "inventory.bad_yes_no": {
        "en": "Row {row}, column '{column}': '{value}' is not yes, no or unknown. Use Yes, No or "
              "Unknown (Ya, Tidak or Tidak tahu also work); leave it blank if nobody knows.",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan ya, tidak, atau tidak tahu. Isi "
              "dengan Ya, Tidak, atau Tidak tahu (Yes, No, Unknown juga bisa); kosongkan jika "
              "belum ada yang tahu.",
    },
    "inventory.bad_importance": {
        "en": "Row {row}, column '{column}': '{value}' is not an importance level. Use Primary "
              "for the main brand account or main website, otherwise Secondary.",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan tingkat kepentingan yang dikenal. "
              "Isi Utama untuk akun merek atau situs web utama; untuk aset lainnya, isi Pendukung.",
    },
    "inventory.bad_count": {
        "en": "Row {row}, column '{column}': '{value}' is not a whole number of 0 or more. Write "
              "how many people hold admin access, for example 3.",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan bilangan bulat 0 atau lebih. Tulis "
              "jumlah orang yang memegang akses admin, misalnya 3.",
    },
    "inventory.bad_hours": {
        "en": "Row {row}, column '{column}': '{value}' is not a number of hours. Write a number "
              "of 0 or more, for example 24 or 1.5.",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan jumlah jam. Tulis angka 0 atau "
              "lebih, misalnya 24 atau 1,5.",
    },
    "inventory.unknown_platform": {
        "en": "Row {row}, column '{column}': '{value}' is not a platform Siaga knows. Use one of: "
              "{known}; or leave it blank and put the full link in the URL column.",
        "id": "Baris {row}, kolom '{column}': platform '{value}' tidak dikenal Siaga. Pilih salah "
              "satu: {known}; atau kosongkan dan isi tautan lengkap di kolom URL.",
    },
    "inventory.platform_missing": {
        "en": "Row {row}: the platform is blank and cannot be recognised from the URL or handle. "
              "Choose the platform in column '{column}', or give the full link in the URL column.",
        "id": "Baris {row}: platform kosong dan tidak bisa dikenali dari URL atau nama akun. Pilih "
              "platform di kolom '{column}', atau isi tautan lengkap di kolom URL.",
    },
    "inventory.bad_url": {
        "en": "Row {row}, column '{column}': '{value}' is not a web address. Write the full link, "
              "for example https://www.instagram.com/brand/ or brand.co.id.",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan alamat web. Tulis tautan lengkap, "
              "misalnya https://www.instagram.com/brand/ atau brand.co.id.",
    },
    "inventory.bad_handle": {
        "en": "Row {row}, column '{column}': '{value}' is not a valid {platform} account name. "
              "Check for spaces or typos, or put the full profile link in the URL column.",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan nama akun {platform} yang sah. "
              "Periksa spasi atau salah ketik, atau isi tautan profil lengkap di kolom URL.",
    },
    "inventory.duplicate_asset_id": {
        "en": "Row {row}, column '{column}': "
              "asset ID '{asset_id}' appears on rows {rows}. Only "
              "row {kept} was imported. Give each asset its own ID, or delete the extra row.",
        "id": "Baris {row}, kolom '{column}': ID aset '{asset_id}' muncul di baris {rows}. Hanya "
              "baris {kept} yang diimpor. Beri ID berbeda untuk tiap aset, atau hapus baris yang "
              "ganda.",
    },
    # -- saving the editor over a changed inventory (issue #10) ----------
    "inventory.conflict_changed": {
        "en": "Row {row}, column '{column}': "
              "asset '{asset_id}' was changed elsewhere (another window or `siaga "
              "import`) after you opened this table, so your edit of it was not saved. Discard "
              "the unsaved rows to load its current version, then make your edit again.",
        "id": "Baris {row}, kolom '{column}': "
              "aset '{asset_id}' sudah diubah di tempat lain (jendela lain atau "
              "`siaga import`) setelah tabel ini dibuka, jadi perubahan Anda pada aset ini belum "
              "disimpan. Buang baris yang belum tersimpan untuk memuat versi terbarunya, lalu "
              "ubah lagi.",
    },
    "inventory.conflict_deleted": {
        "en": "Row {row}, column '{column}': "
              "asset '{asset_id}' was deleted elsewhere after you opened this "
              "table, so your edit of it was not saved. Add it again as a new row if it "
              "should stay.",
        "id": "Baris {row}, kolom '{column}': "
              "aset '{asset_id}' sudah dihapus di tempat lain setelah tabel ini "
              "dibuka, jadi perubahan Anda pada aset ini belum disimpan. Tambahkan lagi sebagai "
              "baris baru jika aset ini perlu tetap ada.",
    },
    "inventory.conflict_exists": {
        "en": "Row {row}, column '{column}': "
              "asset ID '{asset_id}' was saved elsewhere after you opened this "
              "table, with other values, so this row was not saved. Discard the unsaved rows "
              "to see it, or give this row another ID.",
        "id": "Baris {row}, kolom '{column}': "
              "ID aset '{asset_id}' sudah disimpan di tempat lain setelah tabel "
              "ini dibuka, dengan isi yang berbeda, jadi baris ini belum disimpan. Buang baris "
              "yang belum tersimpan untuk melihatnya, atau beri baris ini ID lain.",
    },
    "inventory.conflict_not_deleted": {
        "en": "Asset '{asset_id}' was changed elsewhere after you opened this table, so it "
              "was not deleted. Discard the unsaved rows to see its current version, then "
              "delete it again if it should go.",
        "id": "Aset '{asset_id}' sudah diubah di tempat lain setelah tabel ini dibuka, jadi "
              "belum dihapus. Buang baris yang belum tersimpan untuk melihat versi terbarunya, "
              "lalu hapus lagi jika memang perlu.",
    },
    # -- questionnaire answers -------------------------------------------
    "inventory.question_missing": {
        "en": "Row {row}{sheet}: there is an answer but column '{column}' is blank. Fill in the "
              "question ID, for example crisis.playbook.",
        "id": "Baris {row}{sheet}: ada jawaban, tetapi kolom '{column}' kosong. Isi ID "
              "pertanyaannya, misalnya crisis.playbook.",
    },
    "inventory.unknown_question": {
        "en": "Row {row}{sheet}, column '{column}': '{value}' is not a questionnaire question. "
              "Known IDs: {known}.",
        "id": "Baris {row}{sheet}, kolom '{column}': '{value}' bukan pertanyaan kuesioner. ID yang "
              "dikenal: {known}.",
    },
    "inventory.bad_answer": {
        "en": "Row {row}{sheet}, column '{column}': '{value}' is not an answer. Use Yes, Partly, "
              "No or Don't know (Ya, Sebagian, Tidak or Tidak tahu also work).",
        "id": "Baris {row}{sheet}, kolom '{column}': '{value}' bukan jawaban yang dikenal. Isi "
              "dengan Ya, Sebagian, Tidak, atau Tidak tahu (Yes, Partly, No, Don't know juga "
              "bisa).",
    },
    "inventory.duplicate_question": {
        "en": "Row {row}{sheet}, column '{column}': question '{value}' is answered on rows "
              "{rows}. Only row {kept} was imported. Keep one answer per question.",
        "id": "Baris {row}{sheet}, kolom '{column}': pertanyaan '{value}' dijawab di baris {rows}. "
              "Hanya baris {kept} yang diimpor. Cukup satu jawaban per pertanyaan.",
    },
    "inventory.in_sheet": {"en": " (sheet '{name}')", "id": " (sheet '{name}')"},
}

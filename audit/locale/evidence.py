"""Evidence behind asset attestations: refusals, template columns, the workbook sheet, the
PDF count and the Inventory page's evidence panel (audit/evidence.py)."""

STRINGS: dict[str, dict[str, str]] = {
    "contents.asset_evidence": {"en": "{count:evidence record|evidence records}",
                                "id": "{count} catatan bukti"},
    # -- refusals ----------------------------------------------------------------------------
    "evidence.error.image_too_large": {
        "en": "The image is larger than {limit} MB, the most an evidence image may be. Crop "
              "the screenshot or save it as JPEG, then attach it again.",
        "id": "Gambar lebih besar dari {limit} MB, batas ukuran gambar bukti. Potong tangkapan "
              "layar atau simpan sebagai JPEG, lalu lampirkan lagi."},
    "evidence.error.image_type": {
        "en": "Only PNG, JPEG or WebP images can be attached as evidence, and this file is "
              "none of them (its content was checked, not its name).",
        "id": "Hanya gambar PNG, JPEG, atau WebP yang dapat dilampirkan sebagai bukti, dan "
              "berkas ini bukan salah satunya (yang diperiksa isi berkasnya, bukan namanya)."},
    "evidence.error.image_pixels": {
        "en": "The image is {width} × {height} pixels, far larger than a screenshot; attach a "
              "smaller one.",
        "id": "Gambar berukuran {width} × {height} piksel, jauh lebih besar dari tangkapan "
              "layar; lampirkan gambar yang lebih kecil."},
    "evidence.error.image_damaged": {
        "en": "The image could not be read (a damaged or incomplete file). Save it again and "
              "attach it.",
        "id": "Gambar tidak dapat dibaca (berkas rusak atau tidak lengkap). Simpan ulang, lalu "
              "lampirkan lagi."},
    "evidence.error.link": {
        "en": "The evidence link '{link}' is not a web address (http:// or https://).",
        "id": "Tautan bukti '{link}' bukan alamat web (http:// atau https://)."},
    "evidence.error.unknown_attestation": {
        "en": "'{check}' does not take evidence; the answers that do are: {known}.",
        "id": "'{check}' tidak dapat diberi bukti; isian yang dapat diberi bukti: {known}."},
    "evidence.error.unknown_asset": {
        "en": "There is no asset '{asset}' in this engagement.",
        "id": "Tidak ada aset '{asset}' di proyek audit ini."},
    "evidence.error.blank": {
        "en": "'{attestation}' of {asset} is blank: fill in the answer before marking it "
              "verified.",
        "id": "'{attestation}' untuk {asset} masih kosong: isi jawabannya dulu sebelum "
              "menandainya terverifikasi."},
    # -- the intake template's columns and the importer's messages ----------------------------
    "evidence.column.verified": {"en": "Verified answers", "id": "Isian terverifikasi"},
    "evidence.column.note": {"en": "Evidence (note or link)",
                             "id": "Bukti (catatan atau tautan)"},
    "evidence.column.by": {"en": "Verified by", "id": "Diverifikasi oleh"},
    "evidence.value.all": {"en": "all", "id": "semua"},
    "evidence.error.bad_list": {
        "en": "Row {row}, column '{column}'{sheet}: '{value}' names no answer that takes "
              "evidence. Write 'all', or one or more of: {known} (separated by commas); the "
              "column headers work too.",
        "id": "Baris {row}, kolom '{column}'{sheet}: '{value}' tidak menyebut isian yang dapat "
              "diberi bukti. Tulis 'semua', atau satu atau lebih dari: {known} (dipisah koma); "
              "judul kolomnya juga bisa."},
    "evidence.error.note_without_list": {
        "en": "Row {row}, column '{column}'{sheet}: say in '{verified}' which answers this "
              "evidence is for ('all', or names such as 2FA, Admins).",
        "id": "Baris {row}, kolom '{column}'{sheet}: sebutkan di '{verified}' isian mana yang "
              "didukung bukti ini ('semua', atau nama seperti 2FA, Jumlah admin)."},
    "evidence.error.blank_cell": {
        "en": "Row {row}, column '{column}'{sheet}: '{attestation}' is blank in this row, so "
              "it cannot be verified. Fill it in or take it out of the list.",
        "id": "Baris {row}, kolom '{column}'{sheet}: '{attestation}' masih kosong di baris ini, "
              "jadi belum dapat diverifikasi. Isi dulu atau hapus dari daftar."},
    "evidence.template.step": {
        "en": "Evidence (for the consultant): in '{verified}' list the answers of the row you "
              "checked yourself ('{all}', or names such as {example}); put the note or link "
              "in '{note}' and your name in '{by}'. Screenshots are attached in the app.",
        "id": "Bukti (untuk konsultan): di '{verified}' tulis isian pada baris itu yang sudah "
              "Anda periksa sendiri ('{all}', atau nama seperti {example}); tulis catatan atau "
              "tautan di '{note}' dan nama Anda di '{by}'. Tangkapan layar dilampirkan di "
              "aplikasi."},
    "evidence.template.example_note": {
        "en": "Security settings seen on screen share, 10 Jan",
        "id": "Pengaturan keamanan dilihat lewat berbagi layar, 10 Jan"},
    # -- the workbook's Evidence sheet ---------------------------------------------------------
    "evidence.sheet": {"en": "Evidence", "id": "Bukti"},
    "evidence.col.asset": {"en": "Asset", "id": "Aset"},
    "evidence.col.platform": {"en": "Platform", "id": "Platform"},
    "evidence.col.answer": {"en": "Answer", "id": "Isian"},
    "evidence.col.value": {"en": "Value now", "id": "Nilai saat ini"},
    "evidence.col.state": {"en": "Verified", "id": "Terverifikasi"},
    "evidence.col.by": {"en": "Verified by", "id": "Diverifikasi oleh"},
    "evidence.col.on": {"en": "Verified on", "id": "Tanggal verifikasi"},
    "evidence.col.note": {"en": "Note", "id": "Catatan"},
    "evidence.col.link": {"en": "Link", "id": "Tautan"},
    "evidence.col.image": {"en": "Screenshot", "id": "Tangkapan layar"},
    "evidence.col.asset_id": {"en": "Asset ID", "id": "ID aset"},
    "evidence.col.check_id": {"en": "Check ID", "id": "ID pemeriksaan"},
    "evidence.state.verified": {"en": "Verified", "id": "Terverifikasi"},
    "evidence.state.not_verified": {"en": "Not verified", "id": "Belum diverifikasi"},
    "evidence.state.stale": {"en": "Changed since verified", "id": "Berubah sejak diverifikasi"},
    "evidence.image": {"en": "{kind}, {size} KB", "id": "{kind}, {size} KB"},
    "evidence.none": {"en": "No evidence recorded yet.", "id": "Belum ada bukti yang dicatat."},
    # -- the PDF's count -------------------------------------------------------------------------
    "evidence.report.counts": {
        "en": "Verified by the consultant: {answers:questionnaire answer|questionnaire answers} "
              "and {assets:asset answer|asset answers} ({images} with a screenshot).",
        "id": "Terverifikasi oleh konsultan: {answers} jawaban kuesioner dan {assets} isian aset "
              "({images} dengan tangkapan layar)."},
    # -- the Inventory page's evidence panel -----------------------------------------------------
    "evidence.app.title": {"en": "Evidence and verification", "id": "Bukti dan verifikasi"},
    "evidence.app.intro": {
        "en": "Back an asset's answer with a note, a link or a screenshot, and mark it "
              "verified once you have seen it yourself. Verified answers raise the score's "
              "verified share; changing the answer later undoes its verification.",
        "id": "Dukung isian aset dengan catatan, tautan, atau tangkapan layar, lalu tandai "
              "terverifikasi setelah Anda melihatnya sendiri. Isian terverifikasi menaikkan "
              "porsi skor yang terverifikasi; jika isiannya diubah kemudian, verifikasinya "
              "batal."},
    "evidence.app.asset": {"en": "Asset", "id": "Aset"},
    "evidence.app.answer": {"en": "Answer", "id": "Isian"},
    "evidence.app.value": {"en": "Answer in the inventory: **{value}**",
                           "id": "Isian di inventaris: **{value}**"},
    "evidence.app.blank": {"en": "(blank)", "id": "(kosong)"},
    "evidence.app.note": {"en": "Note", "id": "Catatan"},
    "evidence.app.link": {"en": "Link", "id": "Tautan"},
    "evidence.app.verified": {"en": "Verified by me", "id": "Sudah saya verifikasi"},
    "evidence.app.by": {"en": "Verified by", "id": "Diverifikasi oleh"},
    "evidence.app.image": {"en": "Screenshot (PNG, JPEG or WebP, at most 5 MB)",
                           "id": "Tangkapan layar (PNG, JPEG, atau WebP, maksimal 5 MB)"},
    "evidence.app.remove_image": {"en": "Remove the screenshot", "id": "Hapus tangkapan layar"},
    "evidence.app.save": {"en": "Save evidence", "id": "Simpan bukti"},
    "evidence.app.saved": {"en": "Evidence saved for {answer} of {asset}.",
                           "id": "Bukti untuk {answer} pada {asset} tersimpan."},
    "evidence.app.stale": {
        "en": "Verified by {by} on {on} when the answer was '{value}'; it has changed since, "
              "so this verification no longer counts.",
        "id": "Diverifikasi oleh {by} pada {on} saat isiannya '{value}'; isiannya sudah "
              "berubah, jadi verifikasi ini tidak dihitung lagi."},
    "evidence.app.holds": {"en": "Verified by {by} on {on}.",
                           "id": "Diverifikasi oleh {by} pada {on}."},
    "evidence.app.list": {"en": "Evidence recorded", "id": "Bukti yang tercatat"},
}

"""The exported workbook: sheet names, headers and labels."""

STRINGS: dict[str, dict[str, str]] = {
    # -- sheet names (Excel: at most 31 characters, no []:*?/\) ---------------------------
    "workbook.sheet.summary": {"en": "Summary", "id": "Ringkasan"},
    "workbook.sheet.results": {"en": "Results", "id": "Hasil pemeriksaan"},
    "workbook.sheet.findings": {"en": "Findings", "id": "Temuan"},
    "workbook.sheet.roster": {"en": "Channel roster", "id": "Daftar pengelola kanal"},
    "workbook.sheet.history": {"en": "History", "id": "Riwayat"},
    "workbook.sheet.changes": {"en": "Changes", "id": "Perubahan"},
    "workbook.changes.first_run": {
        "en": "This is the first audit of this engagement: changes appear here after a "
              "re-audit.",
        "id": "Ini audit pertama untuk proyek audit ini: perubahan akan muncul di sini setelah "
              "audit ulang.",
    },
    "workbook.col.change": {"en": "Change", "id": "Perubahan"},
    "workbook.sheet.methodology": {"en": "Methodology", "id": "Metodologi"},
    "workbook.sheet.instructions": {"en": "Instructions", "id": "Petunjuk"},
    "workbook.invalid_entry": {
        "en": "Pick a value from the list, or leave the cell empty.",
        "id": "Pilih nilai dari daftar, atau kosongkan sel ini.",
    },
    # what a validated cell answers a wrong entry with, by the kind of cell
    "workbook.invalid_entry.list": {
        "en": "Pick a value from the list, or leave the cell empty.",
        "id": "Pilih nilai dari daftar, atau kosongkan sel ini.",
    },
    "workbook.invalid_entry.whole": {
        "en": "Type a whole number, 0 or more, or leave the cell empty.",
        "id": "Isi dengan angka bulat 0 atau lebih, atau kosongkan sel ini.",
    },
    "workbook.invalid_entry.decimal": {
        "en": "Type a number (0 or more, for example 4 or 1.5), or leave the cell empty.",
        "id": "Isi dengan angka (0 atau lebih, misalnya 4 atau 1,5), atau kosongkan sel ini.",
    },
    "workbook.invalid_entry.date": {
        "en": "Type a date as YYYY-MM-DD (for example 2025-01-31), or leave the cell empty.",
        "id": "Isi dengan tanggal berformat TTTT-BB-HH (misalnya 2025-01-31), atau kosongkan "
              "sel ini.",
    },
    # -- summary ---------------------------------------------------------------------------
    "workbook.summary.title": {
        "en": "Digital asset and crisis-readiness audit",
        "id": "Audit aset digital dan kesiapan krisis",
    },
    "workbook.summary.client": {"en": "Client", "id": "Klien"},
    "workbook.summary.engagement": {"en": "Engagement", "id": "Proyek audit"},
    "workbook.summary.date": {"en": "Date", "id": "Tanggal"},
    "workbook.summary.consultant": {"en": "Consultant", "id": "Konsultan"},
    "workbook.summary.score": {"en": "Readiness score", "id": "Skor kesiapan"},
    "workbook.summary.no_score": {
        "en": "Not enough data for a score yet",
        "id": "Data belum cukup untuk menghitung skor",
    },
    "workbook.summary.coverage": {"en": "Coverage", "id": "Cakupan"},
    "workbook.summary.range": {"en": "Score could still be", "id": "Rentang skor yang mungkin"},
    "workbook.summary.range_value": {"en": "{low} to {high}", "id": "{low} sampai {high}"},
    "workbook.summary.cap": {
        "en": 'Band capped at {band} by a failed critical check: "{check}" ({asset}). Critical '
              "failures in total: {count}.",
        "id": "Kategori kesiapan dibatasi maksimal {band} karena ada pemeriksaan kritis yang "
              'gagal: "{check}" ({asset}). Jumlah kegagalan kritis: {count}.',
    },
    "workbook.summary.cap_standing": {
        "en": "The cap does not lower the band today (the score is not above {band}), but "
              "the band would be capped at {band} even if the score rose, while this "
              "critical check fails: \"{check}\" ({asset}); critical failures in total: "
              "{count}.",
        "id": "Batas ini belum menurunkan kategori saat ini (skornya tidak di atas {band}). "
              "Sekalipun skor naik, kategori kesiapan tetap dibatasi maksimal {band} selama hal "
              'ini belum diperbaiki: "{check}" ({asset}). Jumlah kegagalan kritis: {count}.',
    },
    "workbook.summary.evidence": {
        "en": "Attested answers verified by the consultant: {verified}; self-reported: {self}",
        "id": "Isian klien yang diverifikasi konsultan: {verified}; belum diverifikasi: {self}",
    },
    "workbook.summary.dimensions": {"en": "Score by dimension", "id": "Skor per dimensi"},
    "workbook.summary.assets": {"en": "Assets by kind", "id": "Jumlah aset per jenis"},
    "workbook.summary.top_findings": {
        "en": "Top ten findings", "id": "Sepuluh temuan teratas",
    },
    "workbook.summary.no_findings": {
        "en": "No findings: nothing lost points.",
        "id": "Tidak ada temuan: tidak ada poin yang hilang.",
    },
    "workbook.summary.more": {
        "en": "The full action plan is on the {sheet} sheet.",
        "id": "Rencana aksi lengkap ada di sheet {sheet}.",
    },
    # -- column headers ---------------------------------------------------------------------
    "workbook.col.dimension": {"en": "Dimension", "id": "Dimensi"},
    "workbook.col.score": {"en": "Score", "id": "Skor"},
    "workbook.col.coverage": {"en": "Coverage", "id": "Cakupan"},
    "workbook.col.weight": {"en": "Weight", "id": "Bobot"},
    "workbook.col.min": {"en": "Lowest possible", "id": "Skor terendah"},
    "workbook.col.max": {"en": "Highest possible", "id": "Skor tertinggi"},
    "workbook.col.kind": {"en": "Kind", "id": "Jenis"},
    "workbook.col.count": {"en": "Assets", "id": "Jumlah aset"},
    "workbook.col.asset_id": {"en": "Asset ID", "id": "ID aset"},
    "workbook.col.asset": {"en": "Asset", "id": "Aset"},
    "workbook.col.platform": {"en": "Platform", "id": "Platform"},
    "workbook.col.check_id": {"en": "Check ID", "id": "ID pemeriksaan"},
    "workbook.col.check": {"en": "Check", "id": "Pemeriksaan"},
    "workbook.col.severity": {"en": "Severity", "id": "Tingkat keparahan"},
    "workbook.col.status": {"en": "Status", "id": "Status"},
    "workbook.col.detail": {"en": "Detail", "id": "Kondisi"},
    "workbook.col.evidence": {"en": "Evidence", "id": "Bukti"},
    "workbook.col.observed": {"en": "Observed (UTC)", "id": "Waktu pemeriksaan (UTC)"},
    "workbook.col.priority": {"en": "Priority", "id": "Prioritas"},
    "workbook.col.owner": {"en": "Owner", "id": "PIC"},
    "workbook.col.seen": {"en": "What we saw", "id": "Kondisi"},
    "workbook.col.why": {"en": "Why it matters in a crisis", "id": "Mengapa penting saat krisis"},
    "workbook.col.fix": {"en": "How to fix it", "id": "Rekomendasi"},
    "workbook.col.state": {"en": "State", "id": "Status tindak lanjut"},
    "workbook.col.note": {"en": "Note", "id": "Catatan"},
    "workbook.col.assignee": {"en": "Assigned to", "id": "Ditugaskan ke"},
    "workbook.col.due": {"en": "Due", "id": "Tenggat"},
    "workbook.footer.page": {"en": "Page {page} of {pages}", "id": "Halaman {page} dari {pages}"},
    "workbook.col.question": {"en": "Question", "id": "Pertanyaan"},
    "workbook.col.handle": {"en": "Handle / URL", "id": "Nama akun / URL"},
    "workbook.col.date": {"en": "Date", "id": "Tanggal"},
    "workbook.col.run": {"en": "Run", "id": "Audit #"},
    "workbook.col.run_status": {"en": "Run status", "id": "Status audit"},
    "workbook.col.overall": {"en": "Overall score", "id": "Skor keseluruhan"},
    "workbook.col.band": {"en": "Band", "id": "Kategori"},
    "workbook.run_status.running": {"en": "Running", "id": "Berjalan"},
    "workbook.run_status.completed": {"en": "Completed", "id": "Selesai"},
    "workbook.run_status.interrupted": {"en": "Interrupted", "id": "Terhenti"},
    # -- intake template ------------------------------------------------------------------------
    "workbook.template.title": {
        "en": "Digital asset inventory: intake template",
        "id": "Inventaris aset digital: templat isian",
    },
    "workbook.template.intro": {
        "en": "Please list every digital asset of your organisation on the {inventory} sheet "
              "(one row per account, website, email domain or channel) and answer the "
              "{questionnaire} sheet. Then send the file back to your consultant.",
        "id": "Mohon daftarkan semua aset digital organisasi Anda di sheet {inventory} "
              "(satu baris untuk setiap akun, situs web, domain email, atau kanal) dan isi "
              "sheet {questionnaire}. Setelah itu kirimkan kembali berkas ini ke konsultan "
              "Anda.",
    },
    "workbook.template.step_ids": {
        "en": "Give each asset a short unique ID (for example IG-01). Platform, yes/no fields "
              "and importance have dropdowns; dates are year-month-day.",
        "id": "Beri setiap aset ID singkat yang unik (misalnya IG-01). Kolom Platform, kolom "
              "ya/tidak, dan Tingkat kepentingan memakai daftar pilihan (dropdown); tanggal "
              "ditulis dengan format TTTT-BB-HH (misalnya 2025-01-15).",
    },
    "workbook.template.step_unknown": {
        "en": "If you are not sure, choose \"{unknown}\": an honest gap is better than a guess.",
        "id": "Jika ragu, pilih \"{unknown}\": lebih baik jujur belum tahu daripada menebak.",
    },
    "workbook.template.step_access": {
        "en": "{two_factor}, {shared_login}, {admins} and {recovery} apply to every row: for an "
              "account, the account itself; for a website, its domain-registrar, hosting and "
              "CMS logins; for an email domain, its mail admin console (Google Workspace, "
              "Microsoft 365 or the host's).",
        "id": "Kolom {two_factor}, {shared_login}, {admins}, dan {recovery} berlaku untuk "
              "setiap baris: untuk akun, akun itu sendiri; untuk situs web, login registrar "
              "domain, hosting, dan CMS-nya; untuk domain email, konsol admin emailnya "
              "(Google Workspace, Microsoft 365, atau milik penyedia hosting).",
    },
    "workbook.help.access": {
        "en": "An account: the account itself. A website: its domain-registrar, hosting and "
              "CMS logins. An email domain: its mail admin console.",
        "id": "Akun: akun itu sendiri. Situs web: login registrar domain, hosting, dan "
              "CMS-nya. Domain email: konsol admin emailnya.",
    },
    "workbook.help.mailboxes": {
        "en": "An email domain: its public mailboxes (cs@, info@). Other assets: the channel "
              "itself.",
        "id": "Domain email: kotak masuk publiknya (cs@, info@). Aset lain: kanal itu sendiri.",
    },
    "workbook.template.step_email": {
        "en": "For an email domain, {monitored} and {briefed} are about its public mailboxes "
              "(cs@, info@): whether someone reads them and is briefed before campaigns.",
        "id": "Untuk domain email, kolom {monitored} dan {briefed} menyangkut kotak masuk "
              "publiknya (cs@, info@): apakah ada yang membacanya dan mendapat brief "
              "sebelum kampanye.",
    },
    "workbook.template.step_secrets": {
        "en": "Never write passwords, recovery codes or other secrets in this file.",
        "id": "Jangan pernah menulis kata sandi, kode pemulihan, atau rahasia lain di berkas ini.",
    },
    "workbook.template.examples": {
        "en": "Examples (for reference only: rows on this sheet are never imported)",
        "id": "Contoh (hanya sebagai acuan: baris di sheet ini tidak ikut diimpor)",
    },
    "workbook.template.example_owner": {"en": "Rina Wijaya", "id": "Rina Wijaya"},
    "workbook.template.example_dept": {"en": "Corporate Communications",
                                       "id": "Komunikasi Korporat"},
    "workbook.template.example_note": {
        "en": "Main brand account", "id": "Akun merek utama",
    },
}

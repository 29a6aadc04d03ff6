"""Strings of the client PDF report and of findings grouped by check."""

STRINGS: dict[str, dict[str, str]] = {
    # -- findings grouped by check ------------------------------------------------------------
    "findings.group.assets": {"en": "{count} assets: {names}", "id": "{count} aset: {names}"},
    "findings.group.more": {"en": "{names} and {count} more",
                            "id": "{names} dan {count} lainnya"},
    # -- the PDF report -----------------------------------------------------------------------
    "report.title": {"en": "Digital asset and crisis-readiness audit",
                     "id": "Audit aset digital dan kesiapan krisis"},
    "report.subtitle": {"en": "Report for the leadership of {client}",
                        "id": "Laporan untuk pimpinan {client}"},
    "report.client": {"en": "Client", "id": "Klien"},
    "report.consultant": {"en": "Consultant", "id": "Konsultan"},
    "report.date": {"en": "Date", "id": "Tanggal"},
    "report.run": {"en": "Audit", "id": "Audit"},
    "report.run_value": {"en": "#{run}, {date}", "id": "#{run}, {date}"},
    "report.confidential": {"en": "Confidential", "id": "Rahasia"},
    "report.confidential_note": {
        "en": "Confidential: prepared for {client} only. It lists weaknesses of the "
              "organisation's digital channels; share it on a need-to-know basis.",
        "id": "Rahasia: disusun khusus untuk {client}. Laporan ini memuat kelemahan kanal "
              "digital organisasi; bagikan hanya kepada pihak yang perlu mengetahuinya.",
    },
    "report.footer": {"en": "{client} · Confidential · Page {page} of {pages}",
                      "id": "{client} · Rahasia · Halaman {page} dari {pages}"},
    "report.score.title": {"en": "Readiness score", "id": "Skor kesiapan"},
    "report.score.value": {"en": "{score} / 100", "id": "{score} / 100"},
    "report.score.none": {"en": "Not enough data for a score yet",
                          "id": "Data belum cukup untuk menghitung skor"},
    "report.score.band": {"en": "Band: {band}", "id": "Kategori: {band}"},
    "report.score.coverage": {
        "en": "Coverage: {coverage} of the applicable checks could be assessed.",
        "id": "Cakupan: {coverage} pemeriksaan yang berlaku dapat dinilai.",
    },
    "report.score.range": {
        "en": "Range: once the rest is assessed, the score can still be anywhere from {low} "
              "to {high}.",
        "id": "Rentang: setelah sisanya dinilai, skor masih bisa berada di antara {low} "
              "dan {high}.",
    },
    "report.score.provisional": {
        "en": "Provisional: less than {threshold} of the checks could be assessed, so this "
              "score can still move a lot.",
        "id": "Skor sementara: kurang dari {threshold} pemeriksaan dapat dinilai, sehingga "
              "skor ini masih bisa banyak berubah.",
    },
    "report.score.unanswered": {
        "en": "Provisional until answered: {questions} questionnaire questions and {cells} "
              "inventory cells are not answered yet. They are left out of the score (not "
              "counted as \"no\") and lower the coverage.",
        "id": "Sementara sampai dijawab: {questions} pertanyaan kuesioner dan {cells} isian "
              "inventaris belum dijawab. Semuanya tidak dihitung dalam skor (bukan dianggap "
              "\"tidak\") dan menurunkan cakupan.",
    },
    "report.score.cap_binding": {
        "en": "The band is capped at {band} because a critical check fails: \"{check}\" "
              "({asset}). Critical failures in total: {count}.",
        "id": "Kategori kesiapan dibatasi maksimal {band} karena ada pemeriksaan kritis yang "
              "gagal: \"{check}\" ({asset}). Jumlah kegagalan kritis: {count}.",
    },
    "report.score.cap_standing": {
        "en": "The cap does not lower the band today (the score is not above {band}), but "
              "the band would be capped at {band} even if the score rose, while this "
              "critical check fails: \"{check}\" ({asset}). Critical failures in total: "
              "{count}.",
        "id": "Batas ini belum menurunkan kategori saat ini (skornya tidak di atas {band}). "
              "Sekalipun skor naik, kategori kesiapan tetap dibatasi maksimal {band} selama hal "
              'ini belum diperbaiki: "{check}" ({asset}). Jumlah kegagalan kritis: {count}.',
    },
    "report.score.no_cap": {
        "en": "No critical check fails on a primary asset or in the questionnaire, so the "
              "band is not capped.",
        "id": "Tidak ada pemeriksaan kritis yang gagal pada aset utama atau di kuesioner, "
              "sehingga kategori kesiapan tidak dibatasi.",
    },
    "report.score.evidence": {
        "en": "{attested} of the score comes from client answers; {verified} of those are "
              "verified by the consultant and {self_reported} are not verified yet.",
        "id": "{attested} dari skor berasal dari isian klien; {verified} di antaranya sudah "
              "diverifikasi konsultan dan {self_reported} belum diverifikasi.",
    },
    "report.dimensions.title": {"en": "Score by dimension", "id": "Skor per dimensi"},
    "report.col.dimension": {"en": "Dimension", "id": "Dimensi"},
    "report.col.score": {"en": "Score", "id": "Skor"},
    "report.col.coverage": {"en": "Coverage", "id": "Cakupan"},
    "report.col.range": {"en": "Range", "id": "Rentang"},
    "report.findings.title": {"en": "Findings by check", "id": "Temuan per pemeriksaan"},
    "report.findings.intro": {
        "en": "Each block is one check that lost points, highest priority first, with the "
              "assets concerned, their PIC, why it matters in a crisis and the "
              "recommendation. The full list, row by row, is in the workbook.",
        "id": "Setiap blok adalah satu pemeriksaan yang kehilangan poin, diurutkan dari "
              "prioritas tertinggi, beserta aset yang terkena, PIC-nya, mengapa penting saat "
              "krisis, dan rekomendasinya. Daftar lengkap per baris ada di laporan audit "
              "(Excel).",
    },
    "report.findings.none": {"en": "No findings: nothing lost points.",
                             "id": "Tidak ada temuan: tidak ada poin yang hilang."},
    "report.findings.severity": {"en": "Severity", "id": "Tingkat keparahan"},
    "report.findings.assets": {"en": "Assets", "id": "Aset"},
    "report.findings.owners": {"en": "PIC", "id": "PIC"},
    "report.findings.why": {"en": "Why it matters in a crisis",
                            "id": "Mengapa penting saat krisis"},
    "report.findings.fix": {"en": "Recommendation", "id": "Rekomendasi"},
    "report.findings.seen": {"en": "Condition", "id": "Kondisi"},
    "report.findings.no_owner": {"en": "(no PIC named)", "id": "(belum ada PIC)"},
    "report.findings.shown": {
        "en": "The {shown} highest-priority checks are shown; {rest} more are in the workbook.",
        "id": "Ditampilkan {shown} pemeriksaan dengan prioritas tertinggi; {rest} lainnya ada "
              "di laporan audit (Excel).",
    },
    "report.roster.title": {"en": "First-hour call sheet", "id": "Daftar kontak jam pertama"},
    "report.roster.intro": {
        "en": "Who to call for each channel when something goes wrong. Keep a printed copy "
              "with the crisis team.",
        "id": "Siapa yang harus dihubungi untuk setiap kanal saat terjadi masalah. Simpan salinan "
              "cetaknya di tim krisis.",
    },
    "report.roster.escalation": {"en": "24/7 escalation: {contact}",
                                 "id": "Eskalasi 24/7: {contact}"},
    "report.roster.no_escalation": {
        "en": "24/7 escalation: not recorded (see the crisis.escalation question).",
        "id": "Eskalasi 24/7: belum dicatat (lihat pertanyaan crisis.escalation).",
    },
    "report.roster.none": {"en": "No channels in the inventory.",
                           "id": "Belum ada kanal di inventaris."},
    "report.col.channel": {"en": "Channel", "id": "Kanal"},
    "report.col.holder": {"en": "PIC", "id": "PIC"},
    "report.col.phone": {"en": "Phone", "id": "No. HP"},
    "report.col.backup": {"en": "Backup PIC", "id": "PIC cadangan"},
    "report.col.backup_phone": {"en": "Backup phone", "id": "No. HP cadangan"},
    "report.col.agency": {"en": "Agency", "id": "Agensi"},
    "report.col.two_factor": {"en": "2FA", "id": "2FA"},
    "report.methodology.title": {"en": "Methodology", "id": "Metodologi"},
    "report.methodology.checks": {
        "en": "The list of checks with their weights is in the workbook's Methodology sheet.",
        "id": "Daftar pemeriksaan beserta bobotnya ada di sheet Metodologi pada laporan audit "
              "(Excel).",
    },
}

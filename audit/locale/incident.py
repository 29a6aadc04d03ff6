"""Incident mode: the first-hour steps, the log, the post-incident report, app and CLI texts."""

STRINGS: dict[str, dict[str, str]] = {
    # -- tiers (SPEC section 10), shown where the tier is chosen ----------------------------
    "incident.tier.1": {"en": "Tier 1: severe", "id": "Tingkat 1: berat"},
    "incident.tier.2": {"en": "Tier 2: moderate", "id": "Tingkat 2: sedang"},
    "incident.tier.3": {"en": "Tier 3: contained", "id": "Tingkat 3: terkendali"},
    "incident.tier_help.1": {
        "en": "Customer harm, legal exposure, executive misconduct or media coverage.",
        "id": "Ada pelanggan yang dirugikan, risiko hukum, pelanggaran oleh pimpinan, atau "
              "sudah diliput media.",
    },
    "incident.tier_help.2": {
        "en": "A viral complaint or a coordinated negative campaign.",
        "id": "Keluhan yang viral atau kampanye negatif yang terkoordinasi.",
    },
    "incident.tier_help.3": {
        "en": "A few complaints, not spreading.",
        "id": "Beberapa keluhan, tidak menyebar.",
    },
    "incident.status.open": {"en": "Open", "id": "Berjalan"},
    "incident.status.contained": {"en": "Contained", "id": "Terkendali"},
    "incident.status.closed": {"en": "Closed", "id": "Ditutup"},
    "incident.drill": {"en": "Drill", "id": "Simulasi"},
    "incident.real": {"en": "Real incident", "id": "Insiden nyata"},
    "incident.root.coordination": {"en": "Coordination between teams",
                                   "id": "Koordinasi antartim"},
    "incident.root.assets": {"en": "Management of digital assets",
                             "id": "Pengelolaan aset digital"},
    "incident.root.users": {"en": "Understanding of social-media users",
                            "id": "Pemahaman tentang pengguna media sosial"},
    "incident.log.event": {"en": "Event", "id": "Kejadian"},
    "incident.log.decision": {"en": "Decision", "id": "Keputusan"},
    "incident.log.statement": {"en": "Statement posted", "id": "Pernyataan diunggah"},
    "incident.log.reply": {"en": "Reply", "id": "Balasan"},
    "incident.step_state.done": {"en": "done", "id": "selesai"},
    "incident.step_state.open": {"en": "open", "id": "belum"},
    "incident.step_state.late": {"en": "late", "id": "terlambat"},
    "incident.step_state.missed": {"en": "missed", "id": "terlewat"},
    # -- the first-hour steps -----------------------------------------------------------------
    "incident.step.org.verify": {
        "en": "Verify the facts with the team that owns the issue before anyone replies in "
              "public.",
        "id": "Pastikan faktanya dengan tim yang menangani masalah ini sebelum ada yang "
              "membalas di publik.",
    },
    "incident.step.org.capture": {
        "en": "Capture the inciting post (screenshot, link, time) before it is edited or "
              "deleted.",
        "id": "Simpan unggahan pemicunya (tangkapan layar, tautan, waktu) sebelum diubah atau "
              "dihapus.",
    },
    "incident.step.org.convene": {
        "en": "Convene the crisis team through the escalation contacts: {contact}.",
        "id": "Kumpulkan tim krisis lewat kontak eskalasi: {contact}.",
    },
    "incident.step.org.convene_nobody": {
        "en": "Convene the crisis team. No escalation contact is recorded: name one now.",
        "id": "Kumpulkan tim krisis. Belum ada kontak eskalasi yang tercatat: tunjuk sekarang.",
    },
    "incident.step.org.legal": {
        "en": "Tier 1: call legal counsel before any statement that could admit fault.",
        "id": "Tingkat 1: hubungi tim hukum sebelum ada pernyataan yang bisa dianggap mengakui "
              "kesalahan.",
    },
    "incident.step.org.listen": {
        "en": "Watch mention volume every 15 minutes and log the peaks.",
        "id": "Pantau jumlah mention setiap 15 menit dan catat lonjakannya di log.",
    },
    "incident.step.tell": {
        "en": "Tell {holder} ({phone}), who holds {channel}: no replies beyond the holding "
              "statement until the crisis team says so. {wa}",
        "id": "Kabari {holder} ({phone}), pengelola kanal {channel}: jangan membalas selain "
              "dengan pernyataan awal sampai tim krisis memberi arahan. {wa}",
    },
    "incident.step.tell_nobody": {
        "en": "{channel} has no named holder: find who can log in to it, now.",
        "id": "{channel} belum punya pengelola kanal: cari sekarang siapa yang bisa login.",
    },
    "incident.step.pause": {
        "en": "Pause scheduled posts and ads on {channel}.",
        "id": "Hentikan sementara unggahan terjadwal dan iklan di {channel}.",
    },
    "incident.step.autoreply": {
        "en": "Switch off auto-replies on {channel}: a cheerful bot reply to an angry customer "
              "is the next screenshot.",
        "id": "Matikan balasan otomatis di {channel}: balasan bot yang ceria kepada pelanggan "
              "yang marah bisa menjadi tangkapan layar berikutnya.",
    },
    "incident.step.statement": {
        "en": "Post the holding statement on {channel} (at most {limit} characters):",
        "id": "Unggah pernyataan awal di {channel} (maksimal {limit} karakter):",
    },
    "incident.step.statement_nolimit": {
        "en": "Post the holding statement on {channel}:",
        "id": "Unggah pernyataan awal di {channel}:",
    },
    "incident.no_phone": {"en": "no phone recorded", "id": "nomor belum tercatat"},
    "incident.default_statement": {
        "en": "We know about the concerns shared here and are looking into them now. We will "
              "post an update on this channel as soon as we have verified the facts. Thank you "
              "for your patience.",
        "id": "Kami sudah mengetahui keluhan yang disampaikan di sini dan sedang menanganinya. "
              "Kami akan memberi kabar terbaru di kanal ini setelah faktanya kami pastikan. "
              "Terima kasih atas kesabaran Anda.",
    },
    # -- the post-incident report (workbook sheets, PDF) ------------------------------------
    "incident.report.title": {"en": "Post-incident report", "id": "Laporan pascainsiden"},
    "incident.sheet.summary": {"en": "Incident", "id": "Insiden"},
    "incident.sheet.timeline": {"en": "Timeline", "id": "Kronologi"},
    "incident.sheet.checklist": {"en": "First-hour checklist", "id": "Daftar langkah 1 jam"},
    "incident.sheet.responses": {"en": "First response", "id": "Respons pertama"},
    "incident.sheet.recommendations": {"en": "Recommendations", "id": "Rekomendasi"},
    "incident.col.field": {"en": "Item", "id": "Butir"},
    "incident.col.value": {"en": "Value", "id": "Isi"},
    "incident.col.time": {"en": "Time", "id": "Waktu"},
    "incident.col.minutes": {"en": "Minutes since opening", "id": "Menit sejak dibuka"},
    "incident.col.what": {"en": "What", "id": "Kejadian"},
    "incident.col.by": {"en": "By", "id": "Oleh"},
    "incident.col.step": {"en": "Step", "id": "Langkah"},
    "incident.col.step_id": {"en": "Step id", "id": "ID langkah"},
    "incident.col.state": {"en": "State", "id": "Status"},
    "incident.col.note": {"en": "Note", "id": "Catatan"},
    "incident.col.channel": {"en": "Channel", "id": "Kanal"},
    "incident.col.first_response": {"en": "First response (minutes)",
                                    "id": "Respons pertama (menit)"},
    "incident.col.finding": {"en": "Finding that made it worse",
                             "id": "Temuan yang memperparah"},
    "incident.col.asset": {"en": "Asset", "id": "Aset"},
    "incident.col.fix": {"en": "Recommendation", "id": "Rekomendasi"},
    "incident.field.title": {"en": "Title", "id": "Judul"},
    "incident.field.tier": {"en": "Severity tier", "id": "Tingkat keparahan"},
    "incident.field.kind": {"en": "Kind", "id": "Jenis"},
    "incident.field.opened": {"en": "Opened", "id": "Dibuka"},
    "incident.field.closed": {"en": "Closed", "id": "Ditutup"},
    "incident.field.status": {"en": "Status", "id": "Status"},
    "incident.field.origin": {"en": "Inciting post", "id": "Unggahan pemicu"},
    "incident.field.campaign": {"en": "Linked campaign", "id": "Kampanye terkait"},
    "incident.field.root_causes": {"en": "Root causes", "id": "Akar masalah"},
    "incident.field.root_note": {"en": "Root cause, in words", "id": "Uraian akar masalah"},
    "incident.field.late": {"en": "Steps done after the first hour",
                            "id": "Langkah yang selesai setelah 1 jam pertama"},
    "incident.field.missed": {"en": "Steps never done", "id": "Langkah yang tidak dikerjakan"},
    "incident.what.opened": {"en": "Incident opened: {title}", "id": "Insiden dibuka: {title}"},
    "incident.what.closed": {"en": "Incident closed", "id": "Insiden ditutup"},
    "incident.never": {"en": "no response", "id": "belum direspons"},
    "incident.none": {"en": "none", "id": "tidak ada"},
    "incident.report.no_recommendations": {
        "en": "No open Siaga finding on these channels made this incident worse.",
        "id": "Tidak ada temuan Siaga yang belum ditangani di kanal ini yang memperparah insiden.",
    },
    # -- app -------------------------------------------------------------------------------------
    "incident.app.drill_evidence": {
        "en": "Proven by the drill \"{title}\", closed on {date} (recorded on the Incident "
              "desk): this question passes as verified evidence whatever the answer below.",
        "id": "Terbukti lewat simulasi \"{title}\" yang ditutup pada {date} (tercatat di Meja "
              "insiden): pertanyaan ini lulus sebagai bukti terverifikasi, apa pun jawaban di "
              "bawah.",
    },
    "incident.app.title": {"en": "Incident desk", "id": "Meja insiden"},
    "incident.app.intro": {
        "en": "When a crisis breaks: open an incident, work the first-hour checklist, keep the "
              "log. When it is over, close it with the root cause and download the report.",
        "id": "Saat krisis terjadi: buka insiden, jalankan daftar langkah 1 jam pertama, dan "
              "isi log. Setelah selesai, tutup dengan akar masalahnya lalu unduh laporannya.",
    },
    "incident.app.open": {"en": "Open an incident", "id": "Buka insiden"},
    "incident.app.pick": {"en": "Incident", "id": "Insiden"},
    "incident.app.none": {"en": "No incident recorded yet.", "id": "Belum ada insiden."},
    "incident.app.opened": {"en": "Incident #{id} opened: the first-hour checklist is below.",
                            "id": "Insiden #{id} dibuka: daftar langkah 1 jam ada di bawah."},
    "incident.app.need_title": {"en": "Give the incident a title.",
                                "id": "Isi judul insidennya."},
    "incident.app.elapsed": {"en": "Since opening", "id": "Sejak dibuka"},
    "incident.app.elapsed_value": {"en": "{hours} h {minutes} min",
                                   "id": "{hours} jam {minutes} menit"},
    "incident.app.progress": {"en": "{done} of {total} steps done ({late} late)",
                              "id": "{done} dari {total} langkah selesai ({late} terlambat)"},
    "incident.app.checklist": {"en": "First-hour checklist", "id": "Daftar langkah 1 jam pertama"},
    "incident.app.mark_done": {"en": "Done", "id": "Selesai"},
    "incident.app.undo": {"en": "Undo", "id": "Batalkan"},
    "incident.app.statement_unapproved": {
        "en": "No holding statement is approved for this engagement yet: the text below is "
              "Siaga's default. Approve your own in the box below.",
        "id": "Proyek audit ini belum punya pernyataan awal yang disetujui: teks di bawah "
              "adalah bawaan Siaga. Setujui teks Anda sendiri di kotak di bawah.",
    },
    "incident.app.statement": {"en": "Approved holding statement",
                               "id": "Pernyataan awal yang disetujui"},
    "incident.app.save_statement": {"en": "Save the statement", "id": "Simpan pernyataan"},
    "incident.app.log": {"en": "Log", "id": "Log"},
    "incident.app.log_text": {"en": "What happened", "id": "Yang terjadi"},
    "incident.app.log_add": {"en": "Add to the log", "id": "Tambahkan ke log"},
    "incident.app.by": {"en": "By (name)", "id": "Oleh (nama)"},
    "incident.app.contain": {"en": "Mark contained", "id": "Tandai terkendali"},
    "incident.app.close": {"en": "Close the incident", "id": "Tutup insiden"},
    "incident.app.close_need_cause": {"en": "Pick at least one root cause.",
                                      "id": "Pilih minimal satu akar masalah."},
    "incident.app.report_xlsx": {"en": "Download the post-incident report (Excel)",
                                 "id": "Unduh laporan pascainsiden (Excel)"},
    "incident.app.report_pdf": {"en": "Download the post-incident report (PDF)",
                                "id": "Unduh laporan pascainsiden (PDF)"},
    "incident.app.screenshot": {"en": "Screenshot of the inciting post",
                                "id": "Tangkapan layar unggahan pemicu"},
    # -- CLI --------------------------------------------------------------------------------------
    "incident.cli.opened": {"en": "Incident #{id} opened ({tier}). First-hour steps:",
                            "id": "Insiden #{id} dibuka ({tier}). Langkah 1 jam pertama:"},
    "incident.cli.done": {"en": "Step {step} done at {at}",
                          "id": "Langkah {step} selesai pukul {at}"},
    "incident.cli.logged": {"en": "Logged at {at}", "id": "Tercatat pukul {at}"},
    "incident.cli.closed": {"en": "Incident #{id} closed", "id": "Insiden #{id} ditutup"},
    "incident.cli.no_incident": {
        "en": "Engagement {name} has no incident #{id}. Incidents: {known}",
        "id": "Proyek audit {name} tidak punya insiden #{id}. Insiden yang ada: {known}",
    },
    "incident.cli.no_step": {
        "en": "Incident #{id} has no step {step}. Steps: {known}",
        "id": "Insiden #{id} tidak punya langkah {step}. Langkah yang ada: {known}",
    },
    "incident.cli.bad_cause": {
        "en": "Unknown root cause {value!r}: use coordination, assets or users (comma-separated)",
        "id": "Akar masalah {value!r} tidak dikenal: pakai coordination, assets, atau users "
              "(pisahkan dengan koma)",
    },
    "incident.cli.bad_report": {
        "en": "The report is written as .xlsx or .pdf, not {path}",
        "id": "Laporan ditulis sebagai .xlsx atau .pdf, bukan {path}",
    },
}

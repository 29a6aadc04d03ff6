"""Campaigns: the tracker workbook, the FAQ file, the brief pack, the CLI and the page."""

STRINGS: dict[str, dict[str, str]] = {
    # -- words ---------------------------------------------------------------
    "campaigns.method.meeting": {"en": "Meeting", "id": "Rapat"},
    "campaigns.method.email": {"en": "Email", "id": "Email"},
    "campaigns.method.whatsapp": {"en": "WhatsApp", "id": "WhatsApp"},
    "campaigns.method.phone": {"en": "Phone call", "id": "Telepon"},
    "campaigns.method.other": {"en": "Other", "id": "Lainnya"},
    "campaigns.state.not_briefed": {"en": "Not briefed", "id": "Belum mendapat brief"},
    "campaigns.state.briefed": {"en": "Briefed", "id": "Sudah mendapat brief"},
    "campaigns.state.acknowledged": {"en": "Acknowledged", "id": "Sudah dikonfirmasi"},
    "campaigns.phase.upcoming": {"en": "Launches in {days} day(s)",
                                 "id": "Diluncurkan {days} hari lagi"},
    "campaigns.phase.today": {"en": "Launches today", "id": "Diluncurkan hari ini"},
    "campaigns.phase.live": {"en": "Live until {end}", "id": "Berjalan sampai {end}"},
    "campaigns.phase.ended": {"en": "Ended on {end}", "id": "Berakhir pada {end}"},
    "campaigns.field.dates": {"en": "Dates", "id": "Tanggal"},
    # -- refusals ------------------------------------------------------------
    "campaigns.error.no_name": {"en": "A campaign needs a name.",
                                "id": "Kampanye perlu diberi nama."},
    "campaigns.error.end_before_launch": {
        "en": "The end date {end} is before the launch date {launch}.",
        "id": "Tanggal berakhir {end} lebih awal daripada tanggal peluncuran {launch}.",
    },
    "campaigns.error.unknown_channels": {
        "en": "Not in the inventory: {ids}. Channels are asset IDs, for example: {known}.",
        "id": "Tidak ada di inventaris: {ids}. Kanal diisi dengan ID aset, misalnya: {known}.",
    },
    "campaigns.error.repeated_channel": {
        "en": "A channel is listed twice; list each asset ID once.",
        "id": "Ada kanal yang tercantum dua kali; cantumkan setiap ID aset satu kali saja.",
    },
    "campaigns.error.unknown_campaign": {
        "en": "No campaign named \"{name}\" in this engagement. Campaigns: {known}.",
        "id": "Tidak ada kampanye bernama \"{name}\" di proyek audit ini. Kampanye yang ada: "
              "{known}.",
    },
    "campaigns.error.not_a_channel": {
        "en": "{asset} is not a channel of campaign \"{name}\". Its channels are: {known}.",
        "id": "{asset} bukan kanal kampanye \"{name}\". Kanalnya: {known}.",
    },
    # -- tracker workbook ----------------------------------------------------
    "campaigns.tracker.sheet": {"en": "Briefings", "id": "Brief"},
    "campaigns.tracker.help_sheet": {"en": "How to fill in", "id": "Cara mengisi"},
    "campaigns.tracker.title": {"en": "Briefing tracker: {name}",
                                "id": "Pelacak brief: {name}"},
    "campaigns.tracker.invalid_entry": {
        "en": "Pick a value from the list, or leave the cell blank.",
        "id": "Pilih nilai dari daftar, atau kosongkan sel ini.",
    },
    "campaigns.tracker.help.columns": {
        "en": "One row per channel of the campaign. Keep asset_id as it is; fill in who was "
              "briefed (holder), when (briefed_on), by whom (briefed_by) and how (method), and "
              "the day the holder confirmed they read the brief (acknowledged_on).",
        "id": "Satu baris per kanal kampanye. Jangan ubah asset_id; isi siapa yang mendapat brief "
              "(holder), kapan (briefed_on), oleh siapa (briefed_by), caranya (method), dan "
              "tanggal pengelola kanal mengonfirmasi sudah membaca brief (acknowledged_on).",
    },
    "campaigns.tracker.help.dates": {
        "en": "Dates as yyyy-mm-dd (2025-01-15) or dd/mm/yyyy. Leave briefed_on blank for a "
              "channel not briefed yet.",
        "id": "Tanggal dengan format TTTT-BB-HH (misalnya 2025-01-15) atau HH/BB/TTTT. Kosongkan "
              "briefed_on untuk kanal yang belum mendapat brief.",
    },
    "campaigns.tracker.help.method": {
        "en": "Method: one of {methods}.",
        "id": "Method (cara): salah satu dari {methods}.",
    },
    "campaigns.tracker.help.import": {
        "en": "Import the file back on the Campaigns page, or with: siaga campaign import "
              "--engagement NAME --campaign CAMPAIGN TRACKER.xlsx",
        "id": "Impor kembali berkas ini di halaman Kampanye, atau dengan perintah: siaga "
              "campaign import --engagement NAMA --campaign KAMPANYE TRACKER.xlsx",
    },
    # -- reading the tracker and the FAQ --------------------------------------
    "campaigns.file.no_header": {
        "en": "No header row was found in the first rows. The first row must name the "
              "columns: {expected}.",
        "id": "Baris judul kolom tidak ditemukan di baris-baris awal. Baris pertama harus berisi "
              "nama kolom: {expected}.",
    },
    "campaigns.tracker.no_asset": {
        "en": "Row {row}, column '{column}': the asset ID is blank. Keep the asset_id the "
              "tracker was exported with.",
        "id": "Baris {row}, kolom '{column}': ID aset kosong. Biarkan asset_id seperti saat "
              "pelacak diekspor.",
    },
    "campaigns.tracker.not_a_channel": {
        "en": "Row {row}, column '{column}': '{value}' is not a channel of campaign "
              "\"{campaign}\". Its channels are: {known}.",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan kanal kampanye \"{campaign}\". "
              "Kanalnya: {known}.",
    },
    "campaigns.tracker.bad_method": {
        "en": "Row {row}, column '{column}': '{value}' is not a briefing method. Use Meeting, "
              "Email, WhatsApp, Phone call or Other.",
        "id": "Baris {row}, kolom '{column}': '{value}' bukan cara pemberian brief. Isi dengan "
              "Rapat, Email, WhatsApp, Telepon, atau Lainnya.",
    },
    "campaigns.tracker.ack_without_brief": {
        "en": "Row {row}, column '{column}': an acknowledgement needs the day of the brief. "
              "Fill in briefed_on too.",
        "id": "Baris {row}, kolom '{column}': konfirmasi memerlukan tanggal pemberian brief. "
              "Isi juga briefed_on.",
    },
    "campaigns.tracker.ack_before_brief": {
        "en": "Row {row}, column '{column}': acknowledged on {acknowledged}, before the brief "
              "on {briefed}. Check both dates.",
        "id": "Baris {row}, kolom '{column}': dikonfirmasi pada {acknowledged}, sebelum brief "
              "diberikan pada {briefed}. Periksa kedua tanggal itu.",
    },
    "campaigns.tracker.duplicate": {
        "en": "Row {row}, column '{column}': channel '{asset_id}' appears on rows {rows}. Only "
              "row {kept} was imported. Keep one row per channel.",
        "id": "Baris {row}, kolom '{column}': kanal '{asset_id}' muncul di baris {rows}. Hanya "
              "baris {kept} yang diimpor. Cukup satu baris per kanal.",
    },
    "campaigns.faq.no_question": {
        "en": "Row {row}, column '{column}': there is an answer but no question. Write the "
              "question it answers.",
        "id": "Baris {row}, kolom '{column}': ada jawaban tetapi pertanyaannya kosong. Tulis "
              "pertanyaan yang dijawab.",
    },
    # -- brief pack ----------------------------------------------------------
    "campaigns.pack.title": {"en": "Campaign brief: {name}", "id": "Brief kampanye: {name}"},
    "campaigns.pack.channel": {"en": "Channel", "id": "Kanal"},
    "campaigns.pack.holder": {"en": "Channel holder", "id": "Pengelola kanal"},
    "campaigns.pack.agency": {"en": "Agency", "id": "Agensi"},
    "campaigns.pack.dates_value": {"en": "{launch} to {end}", "id": "{launch} s.d. {end}"},
    "campaigns.pack.open_end": {"en": "no end date set", "id": "tanggal berakhir belum ditentukan"},
    "campaigns.pack.messages": {"en": "Key messages", "id": "Pesan kunci"},
    "campaigns.pack.no_messages": {
        "en": "No key messages yet: ask the campaign PIC before replying to anyone.",
        "id": "Pesan kunci belum ada: tanyakan ke PIC kampanye sebelum membalas siapa pun.",
    },
    "campaigns.pack.faq": {"en": "FAQ with approved answers",
                           "id": "FAQ dan jawaban yang sudah disetujui"},
    "campaigns.pack.no_faq": {
        "en": "No FAQ yet: send every campaign question to the escalation contact.",
        "id": "FAQ belum ada: teruskan setiap pertanyaan soal kampanye ke kontak eskalasi.",
    },
    "campaigns.pack.awaiting_answer": {
        "en": "(answer not approved yet: escalate, do not improvise)",
        "id": "(jawaban belum disetujui: eskalasikan, jangan berimprovisasi)",
    },
    "campaigns.pack.tone": {"en": "Tone on this channel", "id": "Gaya bahasa di kanal ini"},
    "campaigns.pack.limit": {
        "en": "A reply here holds at most {limit} characters: answer in one or two sentences "
              "and link to the campaign page for the terms.",
        "id": "Balasan di sini maksimal {limit} karakter: jawab dalam satu atau dua kalimat dan "
              "beri tautan ke halaman kampanye untuk syarat dan ketentuannya.",
    },
    "campaigns.pack.escalate": {"en": "Escalate to", "id": "Eskalasi ke"},
    "campaigns.pack.no_escalation": {
        "en": "not named yet: ask the campaign PIC today",
        "id": "belum ditentukan: tanyakan ke PIC kampanye hari ini",
    },
    "campaigns.pack.acknowledge": {
        "en": "Please reply \"OK, read\" once you have read this brief.",
        "id": "Mohon balas \"OK, sudah dibaca\" setelah membaca brief ini.",
    },
    # -- tone notes per kind of channel ---------------------------------------
    "campaigns.tone.social.do": {
        "en": "Reply in public once, calmly and briefly, with the approved answer; thank "
              "people for asking.",
        "id": "Balas di kolom komentar satu kali, dengan tenang dan singkat, memakai jawaban "
              "yang sudah disetujui; ucapkan terima kasih atas pertanyaannya.",
    },
    "campaigns.tone.social.dont": {
        "en": "Never argue, joke about a complaint or delete critical comments: every reply "
              "can be screenshotted.",
        "id": "Jangan berdebat, bercanda soal keluhan, atau menghapus komentar kritis: setiap "
              "balasan bisa di-screenshot.",
    },
    "campaigns.tone.social.private": {
        "en": "Ask for order numbers or personal data only by direct message, never in a "
              "public reply.",
        "id": "Minta nomor pesanan atau data pribadi hanya lewat pesan langsung (DM), jangan di "
              "balasan publik.",
    },
    "campaigns.tone.messaging.do": {
        "en": "Answer within the channel's response target with the approved answer, in a "
              "polite and personal tone.",
        "id": "Jawab dalam target respons kanal ini dengan jawaban yang sudah disetujui, dengan "
              "bahasa yang sopan dan personal.",
    },
    "campaigns.tone.messaging.dont": {
        "en": "A chat is private only until it is screenshotted: no sarcasm, no promises the "
              "FAQ does not make.",
        "id": "Chat hanya pribadi sampai ada yang men-screenshot-nya: jangan sarkastis, jangan "
              "menjanjikan hal yang tidak ada di FAQ.",
    },
    "campaigns.tone.messaging.private": {
        "en": "Never ask for passwords, OTP codes or full card numbers.",
        "id": "Jangan pernah meminta kata sandi, kode OTP, atau nomor kartu lengkap.",
    },
    "campaigns.tone.listing.do": {
        "en": "Replies to reviews stay public for years: answer politely, once, and offer the "
              "customer service chat for the details.",
        "id": "Balasan ulasan tampil bertahun-tahun: jawab dengan sopan, satu kali, dan arahkan "
              "ke chat layanan pelanggan untuk detailnya.",
    },
    "campaigns.tone.listing.dont": {
        "en": "Do not dispute a rating or blame the courier in public.",
        "id": "Jangan membantah rating atau menyalahkan kurir di depan publik.",
    },
    "campaigns.tone.listing.private": {
        "en": "Take order numbers and addresses into the marketplace chat, never into the "
              "review reply.",
        "id": "Bahas nomor pesanan dan alamat di chat marketplace, jangan di balasan ulasan.",
    },
    "campaigns.tone.email.do": {
        "en": "Reply from the shared mailbox with the campaign name in the subject and the "
              "approved answer in the body.",
        "id": "Balas dari mailbox bersama, dengan nama kampanye di subjek dan jawaban yang sudah "
              "disetujui di isi email.",
    },
    "campaigns.tone.email.dont": {
        "en": "Emails get forwarded whole: nothing in the thread you would not want public.",
        "id": "Email sering diteruskan utuh: jangan tulis apa pun di utas yang tidak pantas "
              "dibaca publik.",
    },
    "campaigns.tone.email.private": {
        "en": "Send legal threats and press questions straight to the escalation contact.",
        "id": "Teruskan ancaman hukum dan pertanyaan media langsung ke kontak eskalasi.",
    },
    "campaigns.tone.website.do": {
        "en": "Publish the campaign terms on one page and link to it from every reply.",
        "id": "Terbitkan syarat kampanye di satu halaman dan tautkan di setiap balasan.",
    },
    "campaigns.tone.website.dont": {
        "en": "Do not change prices or terms on the page without telling every channel holder.",
        "id": "Jangan mengubah harga atau syarat di halaman tanpa memberi tahu semua pengelola "
              "kanal.",
    },
    "campaigns.tone.website.private": {
        "en": "Forms that collect personal data need the privacy notice beside them.",
        "id": "Formulir yang mengumpulkan data pribadi perlu disertai pemberitahuan privasi.",
    },
    # -- CLI -----------------------------------------------------------------
    "campaigns.cli.bad_date": {
        "en": "{flag} must be a date written YYYY-MM-DD (got {value}).",
        "id": "{flag} harus berupa tanggal dengan format TTTT-BB-HH (nilai yang dimasukkan: "
              "{value}).",
    },
    "campaigns.cli.added": {
        "en": "Campaign \"{name}\" added with {channels} channels and {questions} FAQ questions.",
        "id": "Kampanye \"{name}\" ditambahkan dengan {channels} kanal dan {questions} "
              "pertanyaan FAQ.",
    },
    "campaigns.cli.none": {
        "en": "No campaigns yet in {name}. Add one with: siaga campaign add",
        "id": "Belum ada kampanye di {name}. Tambahkan dengan: siaga campaign add",
    },
    "campaigns.cli.imported": {
        "en": "Imported {count} of {rows} tracker rows into \"{name}\" ({errors} with errors).",
        "id": "{count} dari {rows} baris pelacak diimpor ke \"{name}\" ({errors} baris "
              "bermasalah).",
    },
    # -- the audit workbook's Campaigns sheet ---------------------------------
    "workbook.sheet.campaigns": {"en": "Campaigns", "id": "Kampanye"},
    "campaigns.col.campaign": {"en": "Campaign", "id": "Kampanye"},
    "campaigns.col.launch": {"en": "Launch", "id": "Peluncuran"},
    "campaigns.col.end": {"en": "End", "id": "Berakhir"},
    "campaigns.col.phase": {"en": "Countdown", "id": "Hitung mundur"},
    "campaigns.col.asset_id": {"en": "Asset ID", "id": "ID aset"},
    "campaigns.col.channel": {"en": "Channel", "id": "Kanal"},
    "campaigns.col.holder": {"en": "Channel holder", "id": "Pengelola kanal"},
    "campaigns.col.contact": {"en": "PIC contact", "id": "Kontak PIC"},
    "campaigns.col.state": {"en": "Brief", "id": "Brief"},
    "campaigns.col.briefed_on": {"en": "Briefed on", "id": "Tanggal brief"},
    "campaigns.col.briefed_by": {"en": "Briefed by", "id": "Brief oleh"},
    "campaigns.col.method": {"en": "Method", "id": "Cara"},
    "campaigns.col.acknowledged_on": {"en": "Acknowledged on", "id": "Tanggal konfirmasi"},
    "campaigns.col.note": {"en": "Note", "id": "Catatan"},
    # -- the Campaigns page ---------------------------------------------------
    "campaigns.app.title": {"en": "Campaigns: every channel briefed before launch",
                            "id": "Kampanye: semua kanal mendapat brief sebelum peluncuran"},
    "campaigns.app.intro": {
        "en": "Record each campaign, send its tracker round, and give every channel holder "
              "the brief pack before launch. The audit judges these records on the run's date.",
        "id": "Catat setiap kampanye, edarkan pelacak brief-nya, dan berikan brief pack ke "
              "setiap pengelola kanal sebelum peluncuran. Audit menilai catatan ini pada "
              "tanggal audit dijalankan.",
    },
    "campaigns.app.new": {"en": "New campaign", "id": "Kampanye baru"},
    "campaigns.app.new_help": {
        "en": "Channels default to every customer-facing asset of the inventory (social, chat, "
              "marketplace, email).",
        "id": "Kanal otomatis berisi semua aset inventaris yang berhadapan dengan pelanggan "
              "(media sosial, chat, marketplace, email).",
    },
    "campaigns.app.create": {"en": "Create campaign", "id": "Buat kampanye"},
    "campaigns.app.created": {"en": "Campaign {name} created.",
                              "id": "Kampanye {name} sudah dibuat."},
    "campaigns.app.none": {
        "en": "No campaigns yet. Create one above, or with: siaga campaign add",
        "id": "Belum ada kampanye. Buat di atas, atau dengan perintah: siaga campaign add",
    },
    "campaigns.app.pick": {"en": "Campaign", "id": "Kampanye"},
    "campaigns.app.tab.matrix": {"en": "Channels", "id": "Kanal"},
    "campaigns.app.tab.edit": {"en": "Key messages and FAQ", "id": "Pesan kunci dan FAQ"},
    "campaigns.app.tab.brief": {"en": "Record a briefing", "id": "Catat pemberian brief"},
    "campaigns.app.tab.tracker": {"en": "Tracker", "id": "Pelacak"},
    "campaigns.app.tab.pack": {"en": "Brief pack", "id": "Brief pack"},
    "campaigns.app.messages_help": {"en": "One key message per line.",
                                    "id": "Satu pesan kunci per baris."},
    "campaigns.app.question": {"en": "Question", "id": "Pertanyaan"},
    "campaigns.app.answer": {"en": "Approved answer", "id": "Jawaban yang disetujui"},
    "campaigns.app.save": {"en": "Save", "id": "Simpan"},
    "campaigns.app.saved": {"en": "Campaign {name} saved.", "id": "Kampanye {name} tersimpan."},
    "campaigns.app.record": {"en": "Record briefing", "id": "Simpan catatan brief"},
    "campaigns.app.recorded": {"en": "Briefing recorded for {channel}.",
                               "id": "Catatan brief untuk {channel} tersimpan."},
    "campaigns.app.ack_before": {
        "en": "The acknowledgement date is before the briefing date. Check both dates.",
        "id": "Tanggal konfirmasi lebih awal daripada tanggal brief. Periksa kedua tanggal itu.",
    },
    "campaigns.app.tracker_help": {
        "en": "Download the tracker, let the campaign PIC fill in who was briefed and when, "
              "then import it back. Rows with a problem are listed and not imported; the rest "
              "are saved.",
        "id": "Unduh pelacak, minta PIC kampanye mengisi siapa yang sudah mendapat brief dan "
              "kapan, lalu impor kembali. Baris yang bermasalah ditampilkan dan tidak diimpor; "
              "baris lainnya tetap disimpan.",
    },
    "campaigns.app.tracker_download": {"en": "Download tracker (Excel)",
                                       "id": "Unduh pelacak (Excel)"},
    "campaigns.app.tracker_upload": {"en": "Filled tracker", "id": "Pelacak yang sudah diisi"},
    "campaigns.app.tracker_import": {"en": "Import tracker", "id": "Impor pelacak"},
    "campaigns.app.tracker_errors": {
        "en": "Some rows were not imported. Fix them in the file and import it again.",
        "id": "Beberapa baris tidak diimpor. Perbaiki di berkasnya, lalu impor lagi.",
    },
    "campaigns.app.pack_help": {
        "en": "Copy the text into WhatsApp (the copy button is at the top right), or download "
              "the printable page.",
        "id": "Salin teks ini ke WhatsApp (tombol salin ada di kanan atas), atau unduh halaman "
              "siap cetak.",
    },
    "campaigns.app.pack_download": {"en": "Download printable page",
                                    "id": "Unduh halaman siap cetak"},
}

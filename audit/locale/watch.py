"""Impersonation watch and the expiry calendar: app, CLI, workbook and calendar texts."""

STRINGS: dict[str, dict[str, str]] = {
    # -- calendar (.ics) -------------------------------------------------------------------
    "watch.calendar.name": {"en": "Siaga: expiries of {engagement}",
                            "id": "Siaga: tanggal kedaluwarsa {engagement}"},
    "watch.calendar.event.certificate": {"en": "TLS certificate of {subject} expires",
                                         "id": "Sertifikat TLS {subject} kedaluwarsa"},
    "watch.calendar.event.domain": {"en": "Domain {subject} expires",
                                    "id": "Domain {subject} kedaluwarsa"},
    "watch.calendar.event.campaign": {"en": "Campaign {subject} launches",
                                      "id": "Kampanye {subject} diluncurkan"},
    "watch.calendar.why.certificate": {
        "en": "Renew the certificate before this day, or the site shows a security warning "
              "to every visitor.",
        "id": "Perpanjang sertifikat sebelum tanggal ini; jika tidak, setiap pengunjung akan "
              "melihat peringatan keamanan di situs.",
    },
    "watch.calendar.why.domain": {
        "en": "Renew the domain before this day, or the website and the mailboxes on it stop "
              "working, and anyone may register it.",
        "id": "Perpanjang domain sebelum tanggal ini; jika tidak, situs web dan email di "
              "domain ini berhenti berfungsi, dan siapa pun bisa mendaftarkannya.",
    },
    "watch.calendar.why.campaign": {
        "en": "Every channel holder must have the brief before launch.",
        "id": "Setiap pengelola kanal harus sudah mendapat brief sebelum peluncuran.",
    },
    "watch.calendar.alarm": {"en": "In {days} days: {title}",
                             "id": "{days} hari lagi: {title}"},
    "watch.kind.certificate": {"en": "TLS certificate", "id": "Sertifikat TLS"},
    "watch.kind.domain": {"en": "Domain", "id": "Domain"},
    "watch.kind.campaign": {"en": "Campaign launch", "id": "Peluncuran kampanye"},
    # -- lookalike marks and impostor statuses ------------------------------------------------
    "watch.mark.open": {"en": "Open", "id": "Belum ditangani"},
    "watch.mark.own": {"en": "Client's own", "id": "Milik klien"},
    "watch.mark.handled": {"en": "Handled (reported / taken down)",
                           "id": "Sudah ditangani (dilaporkan / diturunkan)"},
    "watch.serves.website": {"en": "website", "id": "situs web"},
    "watch.serves.mail": {"en": "mail", "id": "email"},
    "watch.serves.nothing": {"en": "registered only", "id": "hanya terdaftar"},
    "watch.impostor.live": {"en": "Live, not reported", "id": "Aktif, belum dilaporkan"},
    "watch.impostor.reported": {"en": "Reported, still live",
                                "id": "Sudah dilaporkan, masih aktif"},
    "watch.impostor.taken_down": {"en": "Taken down", "id": "Sudah diturunkan"},
    # -- columns (app tables and workbook sheets) ---------------------------------------------
    "watch.col.date": {"en": "Date", "id": "Tanggal"},
    "watch.col.what": {"en": "What", "id": "Jenis"},
    "watch.col.subject": {"en": "Host, domain or campaign", "id": "Host, domain, atau kampanye"},
    "watch.col.days_left": {"en": "Days left", "id": "Sisa hari"},
    "watch.col.asset": {"en": "Asset", "id": "Aset"},
    "watch.col.domain": {"en": "Lookalike domain", "id": "Domain tiruan"},
    "watch.col.imitates": {"en": "Imitates", "id": "Meniru"},
    "watch.col.technique": {"en": "Technique", "id": "Teknik"},
    "watch.col.serves": {"en": "Serves", "id": "Yang aktif"},
    "watch.col.addresses": {"en": "Addresses", "id": "Alamat IP"},
    "watch.col.mail_hosts": {"en": "Mail servers (MX)", "id": "Server email (MX)"},
    "watch.col.mark": {"en": "Mark", "id": "Tanda"},
    "watch.col.note": {"en": "Note", "id": "Catatan"},
    "watch.col.platform": {"en": "Platform", "id": "Platform"},
    "watch.col.target": {"en": "Account (handle or URL)", "id": "Akun (nama akun atau URL)"},
    "watch.col.first_seen": {"en": "First seen", "id": "Pertama terlihat"},
    "watch.col.reported_on": {"en": "Reported to the platform on",
                              "id": "Dilaporkan ke platform pada"},
    "watch.col.status": {"en": "Status", "id": "Status"},
    # -- workbook ------------------------------------------------------------------------------
    "watch.sheet.calendar": {"en": "Calendar", "id": "Kalender"},
    "watch.sheet.lookalikes": {"en": "Lookalike domains", "id": "Domain tiruan"},
    "watch.sheet.impostors": {"en": "Impostor accounts", "id": "Akun palsu"},
    "watch.sheet.calendar_empty": {
        "en": "No certificate or domain expiry was seen in the latest audit.",
        "id": "Audit terakhir tidak menemukan tanggal kedaluwarsa sertifikat atau domain.",
    },
    "watch.sheet.lookalikes_empty": {
        "en": "The latest audit found no registered lookalike domain.",
        "id": "Audit terakhir tidak menemukan domain tiruan yang terdaftar.",
    },
    "watch.sheet.impostors_empty": {
        "en": "No impostor account recorded.",
        "id": "Belum ada akun palsu yang dicatat.",
    },
    # -- app -------------------------------------------------------------------------------------
    "watch.app.lookalikes": {"en": "Lookalike domains", "id": "Domain tiruan"},
    "watch.app.lookalikes_help": {
        "en": "Registered permutations of the main domains found by the latest audit. Mark "
              "each as the client's own or as handled (reported, taken down); the marks are "
              "kept for the next audits.",
        "id": "Variasi domain utama yang terdaftar, ditemukan audit terakhir. Tandai setiap "
              "domain sebagai milik klien atau sudah ditangani (dilaporkan, diturunkan); tanda "
              "ini tetap berlaku di audit berikutnya.",
    },
    "watch.app.save_mark": {"en": "Save mark", "id": "Simpan tanda"},
    "watch.app.mark_saved": {"en": "Mark saved for {domain}.",
                             "id": "Tanda untuk {domain} sudah disimpan."},
    "watch.app.impostors": {"en": "Known impostor accounts", "id": "Akun palsu yang diketahui"},
    "watch.app.impostors_help": {
        "en": "Accounts that pretend to be the client, as the client reported them. One that "
              "is still live after being reported is an open item.",
        "id": "Akun yang mengaku sebagai klien, sesuai laporan klien. Akun yang masih aktif "
              "setelah dilaporkan tetap menjadi pekerjaan yang belum selesai.",
    },
    "watch.app.live_impostors": {
        "en": "{count} impostor account(s) still live: report them again and warn customers "
              "on the official channels.",
        "id": "{count} akun palsu masih aktif: laporkan lagi dan peringatkan pelanggan lewat "
              "kanal resmi.",
    },
    "watch.app.add_impostor": {"en": "Record an impostor account",
                               "id": "Catat akun palsu"},
    "watch.app.save_impostor": {"en": "Save", "id": "Simpan"},
    "watch.app.impostor_saved": {"en": "Impostor account recorded.",
                                 "id": "Akun palsu sudah dicatat."},
    "watch.app.timeline": {"en": "Expiry calendar", "id": "Kalender kedaluwarsa"},
    "watch.app.timeline_help": {
        "en": "Certificate and domain expiries seen in the latest audit. Download the calendar "
              "on the Export page: every date comes with reminders 30 and 7 days before.",
        "id": "Tanggal kedaluwarsa sertifikat dan domain dari audit terakhir. Unduh kalendernya "
              "di halaman Ekspor: setiap tanggal punya pengingat 30 dan 7 hari sebelumnya.",
    },
    "watch.app.download_calendar": {"en": "Download the expiry calendar (.ics)",
                                    "id": "Unduh kalender kedaluwarsa (.ics)"},
    # -- CLI --------------------------------------------------------------------------------------
    "watch.cli.calendar_written": {
        "en": "Wrote {path}: {count} dates, each with reminders 30 and 7 days before",
        "id": "Berkas {path} sudah disimpan: {count} tanggal, masing-masing dengan pengingat "
              "30 dan 7 hari sebelumnya",
    },
    "watch.cli.no_lookalikes": {
        "en": "The latest audit of {name} found no registered lookalike domain.",
        "id": "Audit terakhir {name} tidak menemukan domain tiruan yang terdaftar.",
    },
    "watch.cli.unknown_domain": {
        "en": "{domain} is not among the lookalikes the latest audit of {name} found: {found}",
        "id": "{domain} tidak termasuk domain tiruan yang ditemukan audit terakhir {name}: "
              "{found}",
    },
    "watch.cli.domain_and_mark": {
        "en": "--domain and --mark go together: name the lookalike and its mark "
              "(own, handled or open).",
        "id": "--domain dan --mark harus dipakai bersama: sebutkan domain tiruan dan tandanya "
              "(own, handled, atau open).",
    },
    "watch.cli.marked": {"en": "{domain}: {mark}", "id": "{domain}: {mark}"},
    "watch.cli.impostor_saved": {"en": "Recorded impostor #{id}: {target}",
                                 "id": "Akun palsu #{id} sudah dicatat: {target}"},
    "watch.cli.no_impostors": {"en": "No impostor account recorded for {name}.",
                               "id": "Belum ada akun palsu yang dicatat untuk {name}."},
    "watch.cli.bad_date": {
        "en": "{value!r} is not a date: write it as YYYY-MM-DD",
        "id": "{value!r} bukan tanggal: tulis dengan format YYYY-MM-DD",
    },
}

"""The Streamlit app: pages, widgets, empty states and messages."""

STRINGS: dict[str, dict[str, str]] = {
    # -- frame -------------------------------------------------------------
    "app.language": {"en": "Language", "id": "Bahasa"},
    "app.picker": {"en": "Engagement", "id": "Proyek audit"},
    "app.picker.none": {"en": "Choose an engagement", "id": "Pilih proyek audit"},
    "app.picker.empty": {
        "en": "No engagements yet: start on the Home page.",
        "id": "Belum ada proyek audit. Mulai dari halaman Beranda.",
    },
    "app.exposed": {
        "en": "This app is open to other computers on the network (it listens on {address}) "
              "and has no login: anyone who can reach it can read this client's data and run "
              "checks from this computer. Run it with `make run` (127.0.0.1 only), or "
              "configure a login (see the README).",
        "id": "Aplikasi ini terbuka untuk komputer lain di jaringan (mendengarkan di {address}) "
              "dan tanpa login: siapa pun yang bisa menjangkaunya dapat membaca data klien ini "
              "dan menjalankan pemeriksaan dari komputer ini. Jalankan dengan `make run` "
              "(hanya 127.0.0.1), atau pasang login (lihat README).",
    },
    "app.local_mode": {
        "en": "Local mode: no login, data stays in the database on this computer.",
        "id": "Mode lokal: tanpa login, data tersimpan di basis data komputer ini.",
    },
    "app.login.prompt": {
        "en": "This Siaga server is for invited users. Sign in to continue.",
        "id": "Server Siaga ini hanya untuk pengguna yang diundang. Silakan masuk untuk "
              "melanjutkan.",
    },
    "app.login.button": {"en": "Sign in", "id": "Masuk"},
    "app.login.as": {"en": "Signed in as {name}", "id": "Masuk sebagai {name}"},
    "app.login.logout": {"en": "Sign out", "id": "Keluar"},
    "app.no_engagement": {
        "en": "Choose or create an engagement first: everything in Siaga belongs to one "
              "client audit.",
        "id": "Pilih atau buat proyek audit terlebih dahulu: semua data di Siaga terikat pada "
              "satu audit klien.",
    },
    "app.error": {"en": "Could not do that: {error}", "id": "Tidak dapat diproses: {error}"},
    "app.error.store": {
        "en": "The database could not be opened: {error}",
        "id": "Basis data tidak dapat dibuka: {error}",
    },
    "app.nav.home": {"en": "Home", "id": "Beranda"},
    "app.nav.inventory": {"en": "Inventory", "id": "Inventaris"},
    "app.nav.questionnaire": {"en": "Questionnaire", "id": "Kuesioner"},
    "app.nav.checks": {"en": "Checks", "id": "Pemeriksaan"},
    "app.nav.readiness": {"en": "Readiness", "id": "Kesiapan"},
    "app.nav.findings": {"en": "Findings", "id": "Temuan"},
    "app.nav.campaigns": {"en": "Campaigns", "id": "Kampanye"},
    "app.nav.export": {"en": "Export", "id": "Ekspor"},
    "app.nav.incident": {"en": "Incident desk", "id": "Meja insiden"},
    # -- shared table columns ----------------------------------------------
    "app.col.asset": {"en": "Asset", "id": "Aset"},
    "app.col.check": {"en": "Check", "id": "Pemeriksaan"},
    "app.col.status": {"en": "Result", "id": "Hasil"},
    "app.col.detail": {"en": "What we saw", "id": "Kondisi"},
    "app.col.fix": {"en": "How to fix", "id": "Rekomendasi"},
    "app.col.owner": {"en": "Owner", "id": "PIC"},
    "app.col.severity": {"en": "Severity", "id": "Tingkat keparahan"},
    "app.col.state": {"en": "Follow-up", "id": "Tindak lanjut"},
    "app.col.note": {"en": "Note", "id": "Catatan"},
    "app.col.rank": {"en": "#", "id": "#"},
    "app.col.assignee": {"en": "Assigned to", "id": "Ditugaskan ke"},
    "app.col.due": {"en": "Due", "id": "Tenggat"},
    "app.col.count": {"en": "Assets", "id": "Jumlah aset"},
    # -- home --------------------------------------------------------------
    "app.home.title": {"en": "Siaga: crisis-readiness audit", "id": "Siaga: audit kesiapan krisis"},
    "app.home.intro": {
        "en": "Siaga lists a company's digital assets (social accounts, websites, email domains, "
              "messaging channels and listings on marketplaces, app stores and maps) with who "
              "holds each one, checks their health and asks how prepared the team is for a "
              "social-media crisis. It then scores the readiness, ranks what to fix first and "
              "exports the audit as an Excel report.",
        "id": "Siaga mendata aset digital perusahaan (akun media sosial, situs web, domain email, "
              "kanal perpesanan, dan listing di marketplace, app store, atau Google Maps) beserta "
              "pengelolanya masing-masing, memeriksa kondisinya, dan menanyakan seberapa siap tim "
              "menghadapi krisis di media sosial. Hasilnya berupa skor kesiapan, daftar perbaikan "
              "berdasarkan prioritas, dan laporan audit (Excel).",
    },
    "app.home.current": {"en": "Working on: {name}", "id": "Sedang dikerjakan: {name}"},
    "app.home.next": {"en": "The audit, step by step:", "id": "Langkah-langkah audit:"},
    "app.home.step.inventory": {
        "en": "1. Inventory: list every asset and who holds it",
        "id": "1. Inventaris: daftar semua aset dan pengelolanya",
    },
    "app.home.step.questionnaire": {
        "en": "2. Questionnaire: crisis-preparedness questions",
        "id": "2. Kuesioner: pertanyaan kesiapan krisis",
    },
    "app.home.step.checks": {
        "en": "3. Checks: test websites, email domains and accounts",
        "id": "3. Pemeriksaan: uji situs web, domain email, dan akun",
    },
    "app.home.step.readiness": {
        "en": "4. Readiness: the score and charts",
        "id": "4. Kesiapan: skor dan grafik",
    },
    "app.home.step.findings": {
        "en": "5. Findings: what to fix first",
        "id": "5. Temuan: apa yang perlu diperbaiki lebih dulu",
    },
    "app.home.step.export": {
        "en": "6. Export: the audit report for the client",
        "id": "6. Ekspor: laporan audit untuk klien",
    },
    "app.home.demo.title": {"en": "See a finished audit", "id": "Lihat contoh audit lengkap"},
    "app.home.demo.body": {
        "en": "Load a fictional client, PT Kopi Senja Nusantara (a coffee chain with about 25 "
              "assets), already audited, and walk through every page. It needs no internet.",
        "id": "Muat klien fiktif PT Kopi Senja Nusantara (jaringan kedai kopi dengan sekitar "
              "25 aset) yang sudah diaudit, lalu jelajahi setiap halaman. Tidak perlu "
              "koneksi internet.",
    },
    "app.home.demo.button": {
        "en": "Load the demo engagement (PT Kopi Senja Nusantara)",
        "id": "Muat proyek audit demo (PT Kopi Senja Nusantara)",
    },
    "app.home.demo.loading": {"en": "Preparing the demo…", "id": "Menyiapkan demo…"},
    "app.home.create.title": {"en": "Start a new engagement", "id": "Mulai proyek audit baru"},
    "app.home.create.name": {"en": "Engagement name", "id": "Nama proyek audit"},
    "app.home.create.name_hint": {
        "en": "e.g. Bank Sejahtera intake 2025",
        "id": "mis. Audit Bank Sejahtera 2025",
    },
    "app.home.create.client": {"en": "Client", "id": "Klien"},
    "app.home.create.industry": {"en": "Industry", "id": "Industri"},
    "app.home.create.domains": {"en": "Main domains", "id": "Domain utama"},
    "app.home.create.domains_help": {
        "en": "The client's own domains, separated by commas (e.g. bank.co.id, bank.com). "
              "Recovery emails on other domains are flagged.",
        "id": "Domain milik klien, pisahkan dengan koma (mis. bank.co.id, bank.com). Email "
              "pemulihan di domain lain akan ditandai.",
    },
    "app.home.create.consultant": {"en": "Consultant", "id": "Konsultan"},
    "app.home.create.language": {
        "en": "Language of the deliverable",
        "id": "Bahasa laporan",
    },
    "app.home.create.button": {"en": "Create engagement", "id": "Buat proyek audit"},
    "app.home.create.need_name": {
        "en": "Give the engagement a name.",
        "id": "Proyek audit perlu diberi nama.",
    },
    "app.home.open.title": {"en": "Engagements", "id": "Daftar proyek audit"},
    "app.home.open.empty": {
        "en": "None yet. Load the demo or create one above.",
        "id": "Belum ada. Muat demo atau buat proyek audit baru di atas.",
    },
    "app.home.open.row": {
        "en": "**{name}** · client: {client} · created {created}",
        "id": "**{name}** · klien: {client} · dibuat {created}",
    },
    "app.home.open.button": {"en": "Open", "id": "Buka"},
    "app.home.archived": {"en": "Archived ({count})", "id": "Diarsipkan ({count})"},
    "app.home.restore": {"en": "Restore", "id": "Pulihkan"},
    "app.manage.title": {"en": "Rename, archive or delete this engagement",
                         "id": "Ganti nama, arsipkan, atau hapus proyek audit ini"},
    "app.manage.rename": {"en": "New name", "id": "Nama baru"},
    "app.manage.rename_button": {"en": "Rename", "id": "Ganti nama"},
    "app.manage.renamed": {"en": "Engagement renamed.", "id": "Nama proyek audit diganti."},
    "app.manage.archive_help": {
        "en": "Archiving hides the engagement from the picker and keeps everything; restore "
              "it from the list of archived engagements below.",
        "id": "Mengarsipkan menyembunyikan proyek audit dari pilihan dan menyimpan semua "
              "datanya; pulihkan dari daftar yang diarsipkan di bawah.",
    },
    "app.manage.archive_button": {"en": "Archive", "id": "Arsipkan"},
    "app.manage.archived": {"en": "Engagement archived.", "id": "Proyek audit diarsipkan."},
    "app.manage.delete_confirm": {
        "en": "Yes, delete this engagement and with it {contents}, for good.",
        "id": "Ya, hapus proyek audit ini beserta {contents} secara permanen.",
    },
    "app.manage.delete_button": {"en": "Delete", "id": "Hapus"},
    "app.manage.deleted": {"en": "Engagement deleted: {contents}.",
                           "id": "Proyek audit dihapus: {contents}."},
    # -- inventory -----------------------------------------------------------
    "app.inventory.title": {"en": "Asset inventory", "id": "Inventaris aset"},
    "app.inventory.intro": {
        "en": "Every digital asset of {name}, one row each. Edit the table, then press Save. "
              "Passwords are never stored.",
        "id": "Semua aset digital {name}, satu baris per aset. Ubah tabel lalu tekan Simpan. "
              "Kata sandi tidak pernah disimpan.",
    },
    "app.inventory.empty": {
        "en": "No assets yet. Start by downloading the intake template below and sending it "
              "to the client, then import the filled file; or add rows directly in the table "
              "(the + under the table) and press Save.",
        "id": "Belum ada aset. Mulailah dengan mengunduh templat isian di bawah dan "
              "mengirimkannya ke klien, lalu impor berkas yang sudah diisi; atau tambahkan "
              "baris langsung di tabel (tombol + di bawah tabel) lalu tekan Simpan.",
    },
    "app.inventory.save": {"en": "Save", "id": "Simpan"},
    "app.inventory.saved": {"en": "Saved {count} assets.", "id": "{count} aset tersimpan."},
    "app.inventory.saved_partly": {
        "en": "Saved {saved} valid rows. The rows below have problems and were not saved.",
        "id": "{saved} baris yang valid sudah tersimpan. Baris di bawah bermasalah dan belum "
              "disimpan.",
    },
    "app.inventory.draft": {
        "en": "{count:problem|problems} to fix. Rows with a problem keep their last saved version "
              "in the database; fix them in the table (see the Problem column) and save again.",
        "id": "Ada {count} masalah yang perlu diperbaiki. Baris yang bermasalah tetap memakai "
              "versi terakhir yang tersimpan; perbaiki di tabel (lihat kolom Masalah) lalu "
              "simpan lagi.",
    },
    "app.inventory.discard": {"en": "Discard unsaved rows",
                              "id": "Buang baris yang belum tersimpan"},
    "app.inventory.discarded": {
        "en": "Unsaved rows discarded; the table shows the saved inventory.",
        "id": "Baris yang belum tersimpan dibuang; tabel menampilkan inventaris yang tersimpan.",
    },
    "app.inventory.err.row": {"en": "Row", "id": "Baris"},
    "app.inventory.err.column": {"en": "Column", "id": "Kolom"},
    "app.inventory.err.problem": {"en": "Problem", "id": "Masalah"},
    "app.inventory.import.title": {"en": "Import an intake file", "id": "Impor berkas isian"},
    "app.inventory.import.intro": {
        "en": "Upload the filled intake template (XLSX) or any CSV with the same columns. "
              "You see every problem before anything is saved; existing assets with the same "
              "ID are updated, not duplicated.",
        "id": "Unggah templat isian yang sudah diisi (XLSX) atau CSV dengan kolom yang sama. "
              "Semua masalah ditampilkan sebelum data disimpan; aset dengan ID yang sama akan "
              "diperbarui, tidak dibuat ganda.",
    },
    "app.inventory.template": {"en": "Download the intake template", "id": "Unduh templat isian"},
    "app.inventory.template_file": {"en": "siaga-intake-template.xlsx",
                                    "id": "siaga-templat-isian.xlsx"},
    "app.inventory.import.file": {"en": "CSV or XLSX file", "id": "Berkas CSV atau XLSX"},
    "app.inventory.import.summary": {
        "en": "Read {rows} rows: {valid} valid, {errors} problem(s).",
        "id": "Terbaca {rows} baris: {valid} valid, {errors} masalah.",
    },
    "app.inventory.import.errors": {
        "en": "These cells need fixing. Valid rows can be imported now; fix the rest in the "
              "file and import it again.",
        "id": "Sel-sel berikut perlu diperbaiki. Baris yang valid bisa diimpor sekarang; "
              "perbaiki sisanya di berkas lalu impor ulang.",
    },
    "app.inventory.import.none_valid": {
        "en": "Nothing in this file can be imported: fix what is listed below and import it "
              "again.",
        "id": "Tidak ada isi berkas ini yang bisa diimpor: perbaiki yang tercantum di bawah "
              "lalu impor ulang.",
    },
    "app.inventory.import.button": {
        "en": "Import {count:valid row|valid rows}",
        "id": "Impor {count} baris valid",
    },
    "app.inventory.import.done": {
        "en": "Imported {count:asset|assets} and "
              "{answers:questionnaire answer|questionnaire answers}.",
        "id": "Berhasil mengimpor {count} aset dan {answers} jawaban kuesioner.",
    },
    # -- questionnaire -------------------------------------------------------
    "app.questionnaire.title": {"en": "Crisis-preparedness questionnaire",
                                "id": "Kuesioner kesiapan krisis"},
    "app.questionnaire.intro": {
        "en": "Answer with the client. Each answer is saved as soon as you choose it. "
              "\"Don't know\" scores like \"No\": not knowing is itself a gap.",
        "id": "Isi bersama klien. Setiap jawaban langsung tersimpan begitu dipilih. "
              "\"Tidak tahu\" dinilai sama dengan \"Tidak\": tidak tahu pun merupakan celah.",
    },
    "app.questionnaire.progress": {
        "en": "{answered} of {total} questions answered",
        "id": "{answered} dari {total} pertanyaan sudah dijawab",
    },
    "app.questionnaire.answer": {"en": "Answer", "id": "Jawaban"},
    "app.questionnaire.note": {"en": "Note", "id": "Catatan"},
    "app.questionnaire.evidence": {"en": "Evidence", "id": "Bukti"},
    "app.questionnaire.evidence_help": {
        "en": "A document name or link that shows the answer is true.",
        "id": "Nama dokumen atau tautan yang membuktikan jawaban tersebut.",
    },
    "app.questionnaire.verified": {"en": "Verified", "id": "Terverifikasi"},
    "app.questionnaire.verified_help": {
        "en": "Tick when you, the consultant, have seen the evidence yourself.",
        "id": "Centang jika Anda sebagai konsultan sudah melihat buktinya sendiri.",
    },
    # -- checks --------------------------------------------------------------
    "app.checks.title": {"en": "Checks", "id": "Pemeriksaan"},
    "app.checks.intro": {
        "en": "Siaga visits each website, email domain and account once and checks what it "
              "finds. Results are saved as they arrive, so closing this tab loses nothing.",
        "id": "Siaga mengunjungi setiap situs web, domain email, dan akun satu kali lalu "
              "memeriksa hasilnya. Hasil langsung tersimpan, jadi menutup tab ini tidak "
              "menghilangkan apa pun.",
    },
    "app.checks.no_assets": {
        "en": "There is nothing to check yet: add assets on the Inventory page first.",
        "id": "Belum ada yang bisa diperiksa: tambahkan aset di halaman Inventaris dulu.",
    },
    "app.checks.settings": {"en": "Settings", "id": "Pengaturan"},
    "app.checks.timeout": {"en": "Timeout per request (seconds)",
                           "id": "Batas waktu per permintaan (detik)"},
    "app.checks.timeout_help": {
        "en": "How long to wait for one server before the check reports it as unreachable.",
        "id": "Berapa lama menunggu satu server sebelum dianggap tidak dapat dijangkau.",
    },
    "app.checks.concurrency": {"en": "Assets checked at once",
                               "id": "Aset yang diperiksa sekaligus"},
    "app.checks.concurrency_help": {
        "en": "More is faster; each platform still gets at most a few requests at a time.",
        "id": "Makin banyak makin cepat; tiap platform tetap hanya menerima beberapa "
              "permintaan sekaligus.",
    },
    "app.checks.allow_private": {
        "en": "Allow private and local addresses (intranet audits, tests)",
        "id": "Izinkan alamat privat dan lokal (audit intranet, pengujian)",
    },
    "app.checks.allow_private_help": {
        "en": "Off by default: Siaga refuses to connect to internal network addresses so a "
              "hostile URL in an inventory cannot probe your network.",
        "id": "Nonaktif secara bawaan: Siaga menolak terhubung ke alamat jaringan internal "
              "agar URL berbahaya di inventaris tidak bisa dipakai untuk memindai jaringan "
              "Anda.",
    },
    "app.checks.allow_hosts": {
        "en": "Allow only these hosts past the guard (names or IPs, comma-separated)",
        "id": "Izinkan hanya host ini melewati pengaman (nama atau IP, pisahkan dengan koma)",
    },
    "app.checks.allow_hosts_help": {
        "en": "For a local RDAP mirror or one intranet server: the named hosts may be private "
              "addresses, while every other target, redirects included, stays guarded.",
        "id": "Untuk mirror RDAP lokal atau satu server intranet: host yang disebut boleh "
              "beralamat privat, sedangkan semua target lain, termasuk pengalihan, tetap "
              "dijaga.",
    },
    "app.checks.ca_bundle": {"en": "CA bundle (PEM file path)",
                          "id": "CA bundle (lokasi berkas PEM)"},
    "app.checks.ca_bundle_help": {
        "en": "Leave blank to trust the system's certificate authorities. Defaults to the "
              "SIAGA_CA_BUNDLE environment variable.",
        "id": "Kosongkan untuk memakai otoritas sertifikat sistem. Nilai bawaan diambil dari "
              "variabel lingkungan SIAGA_CA_BUNDLE.",
    },
    "app.checks.run": {"en": "Run checks", "id": "Jalankan pemeriksaan"},
    "app.checks.cancel": {"en": "Stop", "id": "Hentikan"},
    "app.checks.resume": {"en": "Resume run #{id}", "id": "Lanjutkan audit #{id}"},
    "app.checks.resume_help": {
        "en": "The run was interrupted: check only the assets it has no results for.",
        "id": "Audit ini terhenti: periksa hanya aset yang belum punya hasil di audit ini.",
    },
    "app.checks.per_host": {"en": "Requests at once per host",
                            "id": "Permintaan sekaligus per host"},
    "app.checks.per_host_help": {
        "en": "The politeness limit: how many requests one platform or site gets at a time.",
        "id": "Batas kesopanan: berapa permintaan yang diterima satu platform atau situs "
              "sekaligus.",
    },
    "app.checks.progress": {
        "en": "Checked {done} of {total} assets",
        "id": "{done} dari {total} aset sudah diperiksa",
    },
    "app.checks.current": {"en": "Now checking: {assets}", "id": "Sedang memeriksa: {assets}"},
    "app.checks.no_runs": {
        "en": "No checks have run yet. Press **Run checks** to start.",
        "id": "Pemeriksaan belum pernah dijalankan. Tekan **Jalankan pemeriksaan** untuk memulai.",
    },
    "app.checks.results": {"en": "Results of the latest run", "id": "Hasil audit terakhir"},
    "app.checks.run_status.completed": {
        "en": "Run #{id}, started {started}: completed, {count:result|results}.",
        "id": "Audit #{id}, dimulai {started}: selesai, {count} hasil.",
    },
    "app.checks.run_status.running": {
        "en": "Run #{id}, started {started}: in progress, {count:result|results} so far.",
        "id": "Audit #{id}, dimulai {started}: sedang berjalan, {count} hasil sejauh ini.",
    },
    "app.checks.run_status.interrupted": {
        "en": "Run #{id}, started {started}: interrupted; the {count:result|results} saved "
              "before it stopped are kept.",
        "id": "Audit #{id}, dimulai {started}: terhenti; {count} hasil yang tersimpan "
              "sebelum terhenti tetap ada.",
    },
    "app.checks.run_error": {"en": "The run stopped: {error}",
                             "id": "Audit terhenti: {error}"},
    "app.checks.filter.status": {"en": "Result", "id": "Hasil"},
    "app.checks.filter.kind": {"en": "Kind of asset", "id": "Jenis aset"},
    "app.checks.filter.check": {"en": "Check", "id": "Pemeriksaan"},
    "app.checks.shown": {
        "en": "Showing {shown} of {total} results.",
        "id": "Menampilkan {shown} dari {total} hasil.",
    },
    # -- readiness -----------------------------------------------------------
    "app.readiness.title": {"en": "Readiness", "id": "Kesiapan"},
    "app.readiness.empty": {
        "en": "No score yet: run the checks first.",
        "id": "Belum ada skor: jalankan pemeriksaan terlebih dahulu.",
    },
    "app.readiness.run": {
        "en": "Scored from run #{id} of {started}, with the current questionnaire answers.",
        "id": "Skor dari audit #{id} ({started}), dengan jawaban kuesioner saat ini.",
    },
    "app.readiness.overall": {"en": "Readiness score", "id": "Skor kesiapan"},
    "app.readiness.no_score": {"en": "Not enough data", "id": "Data belum cukup"},
    "app.readiness.no_score_help": {
        "en": "Not enough data for a score yet: nothing could be scored. Add assets or answer "
              "the questionnaire, then run the checks again.",
        "id": "Data belum cukup untuk menghitung skor. Tambahkan aset atau isi kuesioner, "
              "lalu jalankan pemeriksaan lagi.",
    },
    "app.readiness.coverage": {"en": "Coverage", "id": "Cakupan"},
    "app.readiness.coverage_help": {
        "en": "The share of the checks that could be decided. Checks that could not "
              "(a blocked profile, a timeout) are left out of the score.",
        "id": "Porsi pemeriksaan yang dapat dinilai. Pemeriksaan yang belum dapat dinilai (profil "
              "terblokir, waktu habis) tidak dihitung dalam skor.",
    },
    "app.readiness.range": {"en": "Possible range", "id": "Rentang skor"},
    "app.readiness.range_help": {
        "en": "Where the score would land if every undecided check failed, or passed.",
        "id": "Skor yang mungkin jika semua pemeriksaan yang belum dapat dinilai ternyata gagal, "
              "atau ternyata lulus.",
    },
    "app.readiness.verified": {"en": "Verified answers", "id": "Jawaban terverifikasi"},
    "app.readiness.verified_help": {
        "en": "Share of the typed-in answers that the consultant has verified.",
        "id": "Porsi isian klien yang sudah diverifikasi oleh konsultan.",
    },
    "app.readiness.cap": {
        "en": "The band is capped at {band}: \"{check}\" failed ({asset}). A failed critical "
              "check on a primary asset or in the questionnaire holds the band down whatever "
              "the score; {count} such failure(s) in total. Fix them to lift the cap.",
        "id": "Kategori kesiapan dibatasi maksimal {band} karena ada pemeriksaan kritis yang "
              'gagal: "{check}" ({asset}). Pemeriksaan kritis yang gagal pada aset utama atau di '
              "kuesioner membatasi kategori kesiapan, berapa pun skornya; jumlah kegagalan "
              "kritis: {count}. Perbaiki semuanya agar batas ini dicabut.",
    },
    "app.readiness.cap_standing": {
        "en": "The cap does not lower the band today (the score is not above {band}), but "
              "the band would be capped at {band} even if the score rose, while this "
              "critical check fails: \"{check}\" ({asset}); {count} critical failure(s) in "
              "total.",
        "id": "Batas ini belum menurunkan kategori saat ini (skornya tidak di atas {band}). "
              "Sekalipun skor naik, kategori kesiapan tetap dibatasi maksimal {band} selama hal "
              'ini belum diperbaiki: "{check}" ({asset}); jumlah kegagalan kritis: {count}.',
    },
    "app.readiness.evidence": {
        "en": "{attested} of the score rests on answers people typed in; of those, {verified} "
              "are verified by the consultant and {self_reported} are self-reported.",
        "id": "{attested} dari skor berasal dari isian klien; dari isian itu, {verified} sudah "
              "diverifikasi konsultan dan {self_reported} belum diverifikasi.",
    },
    "app.readiness.gauge": {"en": "Overall score", "id": "Skor keseluruhan"},
    "app.readiness.gauge_help": {
        "en": "The overall score out of 100; the coloured bands are Vulnerable, Developing, "
              "Prepared and Resilient.",
        "id": "Skor keseluruhan dari 100; pita warna menunjukkan kategori Rentan, Berkembang, "
              "Siap, dan Tangguh.",
    },
    "app.readiness.radar": {"en": "Score by dimension", "id": "Skor per dimensi"},
    "app.readiness.radar_help": {
        "en": "Each spoke is one dimension scored 0-100; a dent shows where the team is "
              "weakest.",
        "id": "Setiap jari-jari adalah satu dimensi dengan skor 0-100; bagian yang menjorok "
              "ke dalam menunjukkan titik terlemah tim.",
    },
    "app.readiness.heatmap": {"en": "Assets by dimension", "id": "Aset per dimensi"},
    "app.readiness.heatmap_help": {
        "en": "Each row is an asset and each column a dimension; red cells are where points "
              "were lost, blank cells do not apply.",
        "id": "Setiap baris adalah aset dan setiap kolom adalah dimensi; sel merah "
              "menandai poin yang hilang, sel kosong berarti tidak berlaku.",
    },
    "app.readiness.status": {"en": "Results by kind of asset", "id": "Hasil per jenis aset"},
    "app.readiness.status_help": {
        "en": "How many checks passed, warned, failed or could not be decided, for each kind "
              "of asset and for the organisation's questionnaire.",
        "id": "Jumlah pemeriksaan yang lulus, berstatus peringatan, gagal, atau belum dapat "
              "dinilai, untuk setiap jenis aset dan untuk kuesioner organisasi.",
    },
    "app.readiness.trend": {"en": "Progress across runs", "id": "Perkembangan dari audit ke audit"},
    "app.readiness.trend_help": {
        "en": "The overall score and coverage of each of the {runs} finished runs, oldest "
              "first.",
        "id": "Skor keseluruhan dan cakupan dari {runs} audit yang sudah selesai, dari yang "
              "terlama.",
    },
    "app.readiness.trend_empty": {
        "en": "The trend appears after a second run: re-run the checks after fixes to show "
              "progress.",
        "id": "Grafik tren muncul setelah audit kedua: jalankan pemeriksaan lagi setelah "
              "perbaikan untuk menunjukkan kemajuan.",
    },
    "app.chart.score": {"en": "Score", "id": "Skor"},
    "app.chart.coverage": {"en": "Coverage (%)", "id": "Cakupan (%)"},
    "app.chart.checks": {"en": "Checks", "id": "Pemeriksaan"},
    # -- findings ------------------------------------------------------------
    "app.findings.title": {"en": "Findings: action plan", "id": "Temuan: rencana aksi"},
    "app.findings.intro": {
        "en": "Every lost point, most urgent first: critical problems on primary assets and "
              "problems repeated across many accounts rise to the top.",
        "id": "Setiap poin yang hilang, diurutkan dari yang paling mendesak: masalah kritis "
              "di aset utama dan masalah yang berulang di banyak akun ada di urutan teratas.",
    },
    "app.findings.no_run": {
        "en": "No findings yet: run the checks first.",
        "id": "Belum ada temuan: jalankan pemeriksaan terlebih dahulu.",
    },
    "app.findings.none": {
        "en": "No findings: every decided check passed.",
        "id": "Tidak ada temuan: semua pemeriksaan yang dapat dinilai lulus.",
    },
    "app.findings.no_owner": {"en": "(no PIC yet)", "id": "(belum ada PIC)"},
    "app.findings.filter.owner": {"en": "Owner", "id": "PIC"},
    "app.findings.filter.severity": {"en": "Severity", "id": "Tingkat keparahan"},
    "app.findings.filter.dimension": {"en": "Dimension", "id": "Dimensi"},
    "app.findings.filter.state": {"en": "Follow-up", "id": "Tindak lanjut"},
    "app.findings.shown": {
        "en": "Showing {shown} of {total} findings.",
        "id": "Menampilkan {shown} dari {total} temuan.",
    },
    "app.findings.overdue": {"en": "⚠ overdue ({due})", "id": "⚠ lewat tenggat ({due})"},
    "app.findings.group": {"en": "{rank}. {title} ({severity}, {count})",
                           "id": "{rank}. {title} ({severity}, {count})"},
    "app.findings.update": {"en": "Follow up a finding", "id": "Tindak lanjuti temuan"},
    "app.findings.pick": {"en": "Finding", "id": "Temuan"},
    "app.findings.why": {"en": "Why it matters in a crisis:", "id": "Mengapa penting saat krisis:"},
    "app.findings.fix": {"en": "How to fix:", "id": "Rekomendasi:"},
    "app.findings.save": {"en": "Save follow-up", "id": "Simpan tindak lanjut"},
    "app.findings.saved": {"en": "Follow-up saved: {state}.",
                           "id": "Tindak lanjut tersimpan: {state}."},
    # -- export --------------------------------------------------------------
    "app.export.title": {"en": "Export", "id": "Ekspor"},
    "app.export.intro": {
        "en": "Download the deliverables. Files are built when you click, from the data saved "
              "in the database.",
        "id": "Unduh hasil audit. Berkas dibuat saat tombol diklik, dari data yang tersimpan di "
              "basis data.",
    },
    "app.export.language": {"en": "Language of the files", "id": "Bahasa berkas"},
    "app.export.workbook": {"en": "Audit report (Excel)", "id": "Laporan audit (Excel)"},
    "app.export.workbook_help": {
        "en": "Summary, inventory, results, action plan, questionnaire, channel roster, "
              "history and methodology, ready for the client.",
        "id": "Ringkasan, inventaris, hasil, rencana aksi, kuesioner, daftar pengelola kanal, "
              "riwayat, dan metodologi, siap diserahkan ke klien.",
    },
    "app.export.no_run": {
        "en": "No checks have run yet, so the report will hold the inventory and answers without "
              "a score.",
        "id": "Pemeriksaan belum dijalankan, jadi laporan hanya berisi inventaris dan jawaban "
              "tanpa skor.",
    },
    "app.export.workbook_button": {"en": "Download the Excel report", "id": "Unduh laporan Excel"},
    "app.export.pdf": {"en": "Client report (PDF)", "id": "Laporan klien (PDF)"},
    "app.export.pdf_help": {
        "en": "The report for the client's leadership: score, findings grouped by check, the "
              "first-hour call sheet and the methodology, with page numbers and a "
              "confidential footer.",
        "id": "Laporan untuk pimpinan klien: skor, temuan per pemeriksaan, daftar kontak jam "
              "pertama, dan metodologi, dengan nomor halaman dan catatan rahasia di kaki "
              "halaman.",
    },
    "app.export.pdf_button": {"en": "Download PDF report", "id": "Unduh laporan PDF"},
    "app.export.logo": {"en": "Logo on the report's cover (optional)",
                        "id": "Logo di sampul laporan (opsional)"},
    "app.export.logo_help": {"en": "A PNG or JPEG image; it is kept with this engagement.",
                             "id": "Gambar PNG atau JPEG; disimpan bersama proyek audit ini."},
    "app.export.logo_saved": {"en": "Logo saved; it appears on the next report.",
                              "id": "Logo tersimpan; akan tampil di laporan berikutnya."},
    "app.export.logo_remove": {"en": "Remove the logo", "id": "Hapus logo"},
    "app.export.json": {"en": "Results (JSON)", "id": "Hasil (JSON)"},
    "app.export.json_help": {
        "en": "The score and every check result, for other tools.",
        "id": "Skor dan semua hasil pemeriksaan, untuk diolah alat lain.",
    },
    "app.export.json_button": {"en": "Download JSON", "id": "Unduh JSON"},
    "app.export.template": {"en": "Intake template", "id": "Templat isian"},
    "app.export.template_help": {
        "en": "The blank Excel file the client fills in: inventory and questionnaire, with "
              "dropdowns.",
        "id": "Berkas Excel kosong untuk diisi klien: inventaris dan kuesioner, lengkap dengan "
              "pilihan dropdown.",
    },
    "app.export.template_button": {"en": "Download template", "id": "Unduh templat"},
    "app.compare.title": {
        "en": "Since run #{id} ({started})",
        "id": "Sejak audit #{id} ({started})",
    },
    "app.compare.fixed_count": {"en": "Fixed", "id": "Sudah diperbaiki"},
    "app.compare.new_count": {"en": "New problems", "id": "Masalah baru"},
    "app.compare.open_count": {"en": "Still open", "id": "Masih belum ditangani"},
    "app.compare.unchecked_help": {
        "en": "{count:earlier finding|earlier findings} could not be re-checked this time; "
              "they are not counted as fixed.",
        "id": "{count} temuan sebelumnya tidak dapat diperiksa ulang kali ini; temuan itu "
              "tidak dihitung sebagai sudah diperbaiki.",
    },
    "app.filter.all": {"en": "All", "id": "Semua"},
    "app.filter.search": {"en": "Search", "id": "Cari"},
    "app.filter.search_hint": {"en": "Asset, check, PIC or words in the detail",
                               "id": "Aset, pemeriksaan, PIC, atau kata di kolom Kondisi"},
}

"""Probe failures and store errors, in the reader's language.

A probe failure carries a stable code and its values ("error_info", audit/probe_errors.py);
the sentence shown is rendered here in either language, while the probe's own English text
stays in the evidence. `probe.error.*` are fragments: a check's reason embeds them
("Could not be checked: {error}."), so they start in lower case and end without a period.
Store and CLI errors (audit/store.py StoreError) are full sentences under `store.error.*`.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- network --------------------------------------------------------------------------
    "probe.error.dns": {
        "en": "the name {host} does not resolve in DNS",
        "id": "nama {host} tidak ditemukan di DNS",
    },
    "probe.error.refused": {
        "en": "{host} refused the connection",
        "id": "{host} menolak koneksi",
    },
    "probe.error.timeout": {
        "en": "{host} did not answer within {s} seconds",
        "id": "{host} tidak merespons dalam {s} detik",
    },
    "probe.error.blocked": {
        "en": "{host} was not contacted because it points to this machine or a private "
              "network address",
        "id": "{host} tidak dihubungi karena mengarah ke mesin ini atau ke alamat jaringan "
              "privat",
    },
    "probe.error.redirect_loop": {
        "en": "the redirects loop back to {url}",
        "id": "pengalihan berputar kembali ke {url}",
    },
    "probe.error.too_many_redirects": {
        "en": "{url} redirects more than {max} times",
        "id": "{url} dialihkan lebih dari {max} kali",
    },
    "probe.error.invalid_url": {
        "en": "{url} is not a valid http(s) address",
        "id": "{url} bukan alamat http(s) yang valid",
    },
    "probe.error.not_json": {
        "en": "{url} did not answer in JSON",
        "id": "{url} tidak menjawab dalam format JSON",
    },
    "probe.error.http_status": {
        "en": "{host} answered with HTTP {status}",
        "id": "{host} menjawab dengan HTTP {status}",
    },
    "probe.error.too_large": {
        "en": "the answer from {host} was too large to read",
        "id": "jawaban dari {host} terlalu besar untuk dibaca",
    },
    "probe.error.other": {
        "en": "the request to {host} failed (technical details in the evidence)",
        "id": "permintaan ke {host} gagal karena kendala teknis (rinciannya ada di bukti)",
    },
    # -- TLS ------------------------------------------------------------------------------
    "probe.error.tls": {
        "en": "the TLS handshake with {host} failed",
        "id": "TLS handshake dengan {host} gagal",
    },
    "probe.error.tls_expired": {
        "en": "the TLS certificate of {host} has expired (the TLS handshake failed)",
        "id": "sertifikat TLS {host} sudah kedaluwarsa (TLS handshake gagal)",
    },
    "probe.error.tls_not_yet_valid": {
        "en": "the TLS certificate of {host} is not valid yet (the TLS handshake failed)",
        "id": "sertifikat TLS {host} belum berlaku (TLS handshake gagal)",
    },
    "probe.error.tls_self_signed": {
        "en": "the TLS certificate of {host} is self-signed, so browsers do not trust it "
              "(the TLS handshake failed)",
        "id": "sertifikat TLS {host} ditandatangani sendiri (self-signed) sehingga tidak "
              "dipercaya browser (TLS handshake gagal)",
    },
    "probe.error.tls_untrusted": {
        "en": "the TLS certificate of {host} was not issued by a trusted certificate "
              "authority (the TLS handshake failed)",
        "id": "sertifikat TLS {host} tidak diterbitkan oleh otoritas sertifikat (CA) "
              "tepercaya (TLS handshake gagal)",
    },
    "probe.error.tls_hostname": {
        "en": "the TLS certificate of {host} was issued for another name (the TLS handshake "
              "failed)",
        "id": "sertifikat TLS {host} diterbitkan untuk nama lain (TLS handshake gagal)",
    },
    "probe.error.tls_closed": {
        "en": "{host} closed the connection during the TLS handshake",
        "id": "{host} memutus koneksi saat TLS handshake",
    },
    "probe.error.tls_not_tls": {
        "en": "{host}:{port} does not speak TLS (it may serve plain HTTP on that port)",
        "id": "{host}:{port} tidak melayani TLS (mungkin hanya HTTP biasa di port itu)",
    },
    "probe.error.tls_refused": {
        "en": "nothing accepts connections on {host}:{port}",
        "id": "tidak ada layanan yang menerima koneksi di {host}:{port}",
    },
    # a certificate the TLS probe read but could not verify (verify_code, OpenSSL's numbers)
    "probe.verify.expired": {"en": "the certificate has expired",
                             "id": "sertifikatnya sudah kedaluwarsa"},
    "probe.verify.not_yet_valid": {"en": "the certificate is not valid yet",
                                   "id": "sertifikatnya belum berlaku"},
    "probe.verify.self_signed": {"en": "the certificate is self-signed",
                                 "id": "sertifikatnya ditandatangani sendiri (self-signed)"},
    "probe.verify.untrusted": {
        "en": "the certificate was not issued by a trusted certificate authority",
        "id": "sertifikatnya tidak diterbitkan oleh otoritas sertifikat (CA) tepercaya",
    },
    "probe.verify.hostname": {"en": "the certificate was issued for another name",
                              "id": "sertifikatnya diterbitkan untuk nama lain"},
    "probe.verify.legacy": {"en": "the certificate could not be verified",
                            "id": "sertifikatnya tidak dapat diverifikasi"},
    # -- DNS (mail and lookalike probes) ----------------------------------------------------
    "probe.error.dns_timeout": {
        "en": "the DNS lookup of {type} {name} timed out",
        "id": "pencarian DNS {type} {name} melewati batas waktu",
    },
    "probe.error.dns_servfail": {
        "en": "the DNS servers failed to answer {type} {name}",
        "id": "server DNS gagal menjawab {type} {name}",
    },
    "probe.error.dns_failed": {
        "en": "the DNS lookup of {type} {name} failed",
        "id": "pencarian DNS {type} {name} gagal",
    },
    "probe.error.dns_time_spent": {
        "en": "the DNS lookup of {type} {name} was not sent: the {s}-second limit for this "
              "domain was used up",
        "id": "pencarian DNS {type} {name} tidak dikirim: batas waktu {s} detik untuk domain "
              "ini sudah habis",
    },
    "probe.error.dns_budget_spent": {
        "en": "the DNS lookup of {type} {name} was not sent: this domain already took {max} "
              "questions",
        "id": "pencarian DNS {type} {name} tidak dikirim: domain ini sudah memakai {max} kueri "
              "DNS",
    },
    "probe.error.dns_not_asked": {
        "en": "{type} {name} was not looked up during the audit",
        "id": "{type} {name} tidak ditanyakan ke DNS saat audit",
    },
    "probe.error.dns_failed_plain": {
        "en": "a DNS lookup failed",
        "id": "pencarian DNS gagal",
    },
    "probe.error.no_resolver": {
        "en": "no DNS resolver is available on this machine",
        "id": "tidak ada resolver DNS yang tersedia di mesin ini",
    },
    "probe.error.lookalikes_dns": {
        "en": "the lookalike domains could not be resolved in DNS",
        "id": "domain tiruan tidak dapat dicari di DNS",
    },
    # -- RDAP -------------------------------------------------------------------------------
    "probe.error.rdap_ip": {
        "en": "{domain} is an IP address, not a registered domain",
        "id": "{domain} adalah alamat IP, bukan domain terdaftar",
    },
    "probe.error.rdap_no_service": {
        "en": "no RDAP service is known for {domain}",
        "id": "tidak ada layanan RDAP yang dikenal untuk {domain}",
    },
    "probe.error.rdap_no_record": {
        "en": "the registry has no record of {domain}",
        "id": "registri tidak memiliki data untuk {domain}",
    },
    "probe.error.rdap_status": {
        "en": "the RDAP service answered HTTP {status} for {domain}",
        "id": "layanan RDAP menjawab HTTP {status} untuk {domain}",
    },
    # -- profile and the probes themselves ------------------------------------------------
    "probe.error.no_profile_url": {
        "en": "no profile address can be built for the {platform} handle {handle}",
        "id": "alamat profil untuk nama akun {handle} di {platform} tidak dapat dibentuk",
    },
    "probe.error.crashed": {
        "en": "the {probe} probe stopped on an internal error",
        "id": "pengambilan data {probe} berhenti karena error internal",
    },
    "probe.error.no_facts": {
        "en": "the {probe} probe gave no facts",
        "id": "pengambilan data {probe} tidak menghasilkan data",
    },
    "probe.error.malformed": {
        "en": "the {probe} facts are malformed",
        "id": "data hasil pengambilan {probe} tidak terbaca",
    },
    # results stored before probe errors had a code: a sentence by the coarse kind that does
    # not embed the English text (that stays in the evidence)
    "probe.error.legacy": {
        "en": "a technical problem stopped the check (details in the evidence)",
        "id": "ada kendala teknis yang menghentikan pemeriksaan (rinciannya ada di bukti)",
    },
    "probe.error.legacy.dns": {
        "en": "a DNS lookup failed (details in the evidence)",
        "id": "pencarian DNS gagal (rinciannya ada di bukti)",
    },
    "probe.error.legacy.refused": {
        "en": "the server refused the connection (details in the evidence)",
        "id": "server menolak koneksi (rinciannya ada di bukti)",
    },
    "probe.error.legacy.timeout": {
        "en": "the server did not answer in time (details in the evidence)",
        "id": "server tidak merespons dalam batas waktu (rinciannya ada di bukti)",
    },
    "probe.error.legacy.tls": {
        "en": "the secure connection (TLS) failed (details in the evidence)",
        "id": "koneksi aman (TLS) gagal (rinciannya ada di bukti)",
    },
    "probe.error.legacy.not_found": {
        "en": "the registry has no usable record (details in the evidence)",
        "id": "registri tidak memiliki data yang dapat dipakai (rinciannya ada di bukti)",
    },
    # -- store and service refusals (audit/store.py StoreError) ---------------------------
    "store.error.mkdir": {
        "en": "Cannot create the folder for the database {path}: {detail}",
        "id": "Folder untuk basis data {path} tidak dapat dibuat: {detail}",
    },
    "store.error.busy": {
        "en": "The database {path} is in use by another process (waited {s} s). Close the "
              "other Siaga window or command, or wait for it to finish, then try again.",
        "id": "Basis data {path} sedang dipakai proses lain (sudah menunggu {s} detik). Tutup "
              "jendela atau perintah Siaga yang lain, atau tunggu sampai selesai, lalu coba "
              "lagi.",
    },
    "store.error.read_only": {
        "en": "The database {path} is read-only here (a read-only file, folder or disk), so "
              "this command, which needs to save, cannot run. Commands that only read "
              "(engagements, export, compare) still work; to save, copy the file somewhere "
              "writable and pass it with --db. ({detail})",
        "id": "Basis data {path} hanya dapat dibaca di sini (berkas, folder atau disk "
              "read-only), jadi perintah yang perlu menyimpan ini tidak dapat dijalankan. "
              "Perintah yang hanya membaca (engagements, export, compare) tetap bisa dipakai; "
              "untuk menyimpan, salin berkas ke tempat yang dapat ditulisi lalu berikan "
              "dengan --db. ({detail})",
    },
    "store.error.open": {
        "en": "Cannot open the database {path}: {detail}",
        "id": "Basis data {path} tidak dapat dibuka: {detail}",
    },
    "store.error.write": {
        "en": "Could not write to the database {path}; nothing from this step was saved. "
              "Free some disk space or check the file, then try again. ({detail})",
        "id": "Basis data {path} tidak dapat ditulisi; tidak ada data dari langkah ini yang "
              "tersimpan. Kosongkan sebagian ruang disk atau periksa berkasnya, lalu coba "
              "lagi. ({detail})",
    },
    "store.error.newer": {
        "en": "The database {path} was written by a newer version of Siaga (schema {current}; "
              "this version knows up to {latest}). Upgrade Siaga to open it.",
        "id": "Basis data {path} dibuat oleh versi Siaga yang lebih baru (skema {current}; "
              "versi ini hanya mengenal sampai {latest}). Perbarui Siaga untuk membukanya.",
    },
    "store.error.older_read_only": {
        "en": "The database {path} was written by an older version of Siaga (schema "
              "{current}) and must be upgraded to schema {latest} before this version can "
              "read it, but it is read-only here. Copy it somewhere writable and open it "
              "there once.",
        "id": "Basis data {path} dibuat oleh versi Siaga yang lebih lama (skema {current}) "
              "dan harus diperbarui ke skema {latest} sebelum dapat dibaca versi ini, tetapi "
              "di sini berkas itu hanya dapat dibaca. Salin ke tempat yang dapat ditulisi, "
              "lalu buka sekali di sana.",
    },
    "store.error.prepare": {
        "en": "Cannot prepare the database {path}: {detail}",
        "id": "Basis data {path} tidak dapat disiapkan: {detail}",
    },
    "store.error.not_siaga": {
        "en": "The database {path} is not a Siaga database, or is damaged: {detail}",
        "id": "Berkas {path} bukan basis data Siaga, atau sudah rusak: {detail}",
    },
    "store.error.engagement_exists": {
        "en": 'An engagement named "{name}" already exists.',
        "id": 'Proyek audit bernama "{name}" sudah ada.',
    },
    "store.error.engagement_needs_name": {
        "en": "An engagement needs a name.",
        "id": "Proyek audit perlu diberi nama.",
    },
    "store.error.no_engagement": {
        "en": "No engagement with id {id}.",
        "id": "Tidak ada proyek audit dengan id {id}.",
    },
    "store.error.no_run": {
        "en": "No run with id {id}.",
        "id": "Tidak ada audit dengan id {id}.",
    },
    "store.error.not_interrupted": {
        "en": "Run #{number} was not interrupted; only an interrupted run can be resumed.",
        "id": "Audit #{number} tidak terhenti di tengah jalan; hanya audit yang terhenti yang "
              "dapat dilanjutkan.",
    },
    "store.error.run_in_progress": {
        "en": "A run (#{number}) is already in progress for this engagement. Wait for it to "
              "finish or stop it first.",
        "id": "Audit #{number} untuk proyek ini masih berjalan. Tunggu sampai selesai atau "
              "hentikan dulu.",
    },
    "store.error.run_live": {
        "en": "A run is already in progress for this engagement.",
        "id": "Audit untuk proyek ini masih berjalan.",
    },
    "store.error.nothing_to_resume": {
        "en": "There is no interrupted run to resume: the latest run of this engagement "
              "finished, or it has none yet.",
        "id": "Tidak ada audit terhenti yang dapat dilanjutkan: audit terakhir proyek ini "
              "sudah selesai, atau belum pernah ada audit.",
    },
    "store.error.run_elsewhere": {
        "en": "Run {run} does not belong to engagement {name}.",
        "id": "Audit {run} bukan bagian dari proyek audit {name}.",
    },
    "store.error.run_failed": {
        "en": "The run could not start: {detail}",
        "id": "Audit tidak dapat dimulai: {detail}",
    },
    "store.error.not_saved": {
        "en": "Results could not be saved: {detail}",
        "id": "Hasil pemeriksaan tidak dapat disimpan: {detail}",
    },
    "store.error.logo": {
        "en": "The logo must be a PNG or JPEG image of at most 2 MB.",
        "id": "Logo harus berupa gambar PNG atau JPEG dengan ukuran maksimal 2 MB.",
    },
    "store.error.campaign_exists": {
        "en": 'A campaign named "{name}" already exists in this engagement.',
        "id": 'Kampanye bernama "{name}" sudah ada di proyek audit ini.',
    },
    "store.error.no_campaign": {
        "en": "No campaign with id {id}.",
        "id": "Tidak ada kampanye dengan id {id}.",
    },
    "store.error.impostor_target": {
        "en": "An impostor record needs the account's handle or URL.",
        "id": "Catatan akun palsu perlu nama akun (handle) atau URL-nya.",
    },
    "store.error.impostor_status": {
        "en": "Unknown impostor status {status} (known: {known}).",
        "id": "Status akun palsu {status} tidak dikenal (yang tersedia: {known}).",
    },
}

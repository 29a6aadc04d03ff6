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
}

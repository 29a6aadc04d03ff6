"""Scores, findings, history comparison and the methodology text."""

STRINGS: dict[str, dict[str, str]] = {
    # -- history comparison -------------------------------------------------------------
    "scoring.history.change": {"en": "Change", "id": "Perubahan"},
    "scoring.history.fixed": {"en": "Fixed", "id": "Sudah diperbaiki"},
    "scoring.history.new": {"en": "New", "id": "Baru"},
    "scoring.history.still_open": {"en": "Still open", "id": "Masih belum ditangani"},
    "scoring.history.unchecked": {
        "en": "Could not be rechecked", "id": "Tidak dapat diperiksa ulang",
    },
    # -- methodology: points ------------------------------------------------------------
    "scoring.method.points.title": {"en": "How points are given", "id": "Cara pemberian poin"},
    "scoring.method.points.intro": {
        "en": "Every check result earns points. A dimension score is the weighted average "
              "of the points of its checks, shown from 0 to 100.",
        "id": "Setiap hasil pemeriksaan menghasilkan poin. Skor dimensi adalah rata-rata "
              "tertimbang poin dari pemeriksaan di dalamnya, pada skala 0 sampai 100.",
    },
    "scoring.method.points.attested": {
        "en": "Attested checks are answers people typed (inventory fields and the "
              "questionnaire). Left unknown they score 0: not knowing whether 2FA is on "
              "is itself a gap.",
        "id": "Pemeriksaan berbasis isian klien diambil dari jawaban yang diisi (kolom inventaris "
              'dan kuesioner). Jika jawabannya "tidak tahu" atau kosong, nilainya 0: tidak tahu '
              "apakah 2FA aktif pun sudah merupakan celah.",
    },
    "scoring.col.result": {"en": "Result", "id": "Hasil"},
    "scoring.col.points": {"en": "Points", "id": "Poin"},
    "scoring.col.counted": {"en": "In the score", "id": "Masuk ke skor"},
    "scoring.row.attested_unknown": {
        "en": "Unknown (attested check)", "id": "Tidak tahu (isian klien)",
    },
    "scoring.row.undecided": {
        "en": "Unknown or error (automated check)",
        "id": "Belum diketahui atau error (pemeriksaan otomatis)",
    },
    "scoring.counted.yes": {"en": "Yes", "id": "Ya"},
    "scoring.counted.coverage": {
        "en": "No: lowers coverage", "id": "Tidak: menurunkan cakupan",
    },
    "scoring.counted.not_applicable": {
        "en": "No: does not apply", "id": "Tidak: tidak berlaku",
    },
    # -- methodology: severity ------------------------------------------------------------
    "scoring.method.severity.title": {
        "en": "Severity and weight", "id": "Tingkat keparahan dan bobot",
    },
    "scoring.method.severity.intro": {
        "en": "A check's weight in its dimension follows its severity.",
        "id": "Bobot sebuah pemeriksaan di dalam dimensinya mengikuti tingkat keparahannya.",
    },
    "scoring.col.severity": {"en": "Severity", "id": "Tingkat keparahan"},
    "scoring.col.weight": {"en": "Weight", "id": "Bobot"},
    # -- methodology: dimensions ------------------------------------------------------------
    "scoring.method.dimensions.title": {
        "en": "Dimensions and their weights", "id": "Dimensi dan bobotnya",
    },
    "scoring.method.dimensions.intro": {
        "en": "The overall score is the weighted average of the dimension scores. A "
              "dimension with nothing to score is left out and the remaining weights are "
              "rescaled to add up to 100%.",
        "id": "Skor keseluruhan adalah rata-rata tertimbang skor setiap dimensi. Dimensi "
              "yang tidak memiliki hasil untuk dinilai tidak diikutkan, dan bobot dimensi "
              "lainnya disesuaikan agar totalnya tetap 100%.",
    },
    "scoring.col.dimension": {"en": "Dimension", "id": "Dimensi"},
    "scoring.col.share": {"en": "Share of overall", "id": "Porsi dalam skor keseluruhan"},
    # -- methodology: bands -------------------------------------------------------------------
    "scoring.method.bands.title": {"en": "Readiness bands", "id": "Kategori kesiapan"},
    "scoring.method.bands.intro": {
        "en": "The band is read from the overall score rounded to one decimal.",
        "id": "Kategori kesiapan ditentukan dari skor keseluruhan yang dibulatkan ke satu "
              "desimal.",
    },
    "scoring.col.band": {"en": "Band", "id": "Kategori"},
    "scoring.col.range": {"en": "Score", "id": "Skor"},
    "scoring.band_label": {"en": "{en} ({id})", "id": "{id} ({en})"},
    # -- methodology: cap ---------------------------------------------------------------------
    "scoring.method.cap.title": {
        "en": "Cap for critical failures", "id": "Batas untuk kegagalan kritis",
    },
    "scoring.method.cap.rule": {
        "en": "A failed {severity} check on a primary asset or in the crisis questionnaire "
              "caps the band at {band}, however high the score is. The report names the "
              "check and the asset that set the cap.",
        "id": "Satu saja pemeriksaan {severity} yang gagal pada aset utama atau di kuesioner "
              "kesiapan krisis membatasi kategori kesiapan maksimal {band}, berapa pun skornya. "
              "Laporan menyebutkan pemeriksaan dan aset yang menjadi penyebabnya.",
    },
    "scoring.method.cap.checks": {
        "en": "Checks that can set the cap: {checks}.",
        "id": "Pemeriksaan yang dapat memicu batas ini: {checks}.",
    },
    # -- methodology: coverage ------------------------------------------------------------------
    "scoring.method.coverage.title": {
        "en": "Coverage and what is still unknown", "id": "Cakupan dan hal yang belum diketahui",
    },
    "scoring.method.coverage.rule": {
        "en": "Coverage is the share of the applicable check weight whose result could be "
              "decided. An automated check that could not decide (unknown or error) is left "
              "out of the score and lowers coverage; a check that does not apply changes "
              "neither. Overall coverage weights each dimension as the overall score does.",
        "id": "Cakupan adalah porsi bobot pemeriksaan yang berlaku dan hasilnya dapat dinilai. "
              "Pemeriksaan otomatis yang belum dapat dinilai (belum diketahui atau error) tidak "
              "dihitung dalam skor dan menurunkan cakupan; pemeriksaan yang tidak berlaku tidak "
              "memengaruhi keduanya. Cakupan keseluruhan memakai bobot dimensi yang sama dengan "
              "skor keseluruhan.",
    },
    "scoring.method.coverage.range": {
        "en": "Beside each score we show the range it could still take: the lowest if "
              "every undecided check failed, the highest if every one passed.",
        "id": "Di samping setiap skor ditampilkan rentang yang masih mungkin: terendah jika semua "
              "pemeriksaan yang belum dapat dinilai ternyata gagal, tertinggi jika semuanya lulus.",
    },
    "scoring.method.coverage.provisional": {
        "en": "Below {threshold}% coverage the score is labelled provisional.",
        "id": "Jika cakupan di bawah {threshold}%, skor diberi label sementara.",
    },
    "scoring.method.coverage.unanswered": {
        "en": "A question "
              "never answered, or an attested inventory cell left blank, is not a \"no\": "
              "it is left out of the score, lowers coverage and keeps the score provisional "
              "until it is answered. An answer \"don't know\" is an answer and scores 0.",
        "id": "Pertanyaan "
              "yang belum pernah dijawab, atau isian klien di inventaris yang dibiarkan "
              "kosong, tidak sama dengan \"tidak\": tidak dihitung dalam skor, menurunkan "
              "cakupan, dan membuat skor tetap sementara sampai dijawab. Jawaban \"tidak "
              "tahu\" tetap dihitung sebagai jawaban dengan nilai 0.",
    },
    "scoring.method.coverage.empty": {
        "en": "An engagement with nothing scored yet has no score and no band, rather than "
              "a misleading 0.",
        "id": "Proyek audit yang belum memiliki hasil untuk dinilai tidak diberi skor maupun "
              "kategori, agar tidak muncul angka 0 yang menyesatkan.",
    },
    # -- methodology: evidence --------------------------------------------------------------
    "scoring.method.evidence.title": {
        "en": "Verified and self-reported answers",
        "id": "Jawaban terverifikasi dan yang belum diverifikasi",
    },
    "scoring.method.evidence.rule": {
        "en": "Of the score weight that rests on attested checks, the report shows how much "
              "the consultant verified against evidence and how much is self-reported. A "
              "questionnaire answer counts as verified when the consultant marks it so (a "
              "closed drill proves the simulation question); an asset's 2FA, shared login, "
              "admins, recovery contact or briefing answer counts once the consultant verifies "
              "it (with a note, a link or a screenshot), and only while the inventory still "
              "holds the value that was verified.",
        "id": "Dari bobot skor yang bersumber dari isian klien, laporan menunjukkan berapa yang "
              "sudah diverifikasi konsultan berdasarkan bukti dan berapa yang belum "
              "diverifikasi. Jawaban kuesioner dihitung terverifikasi bila konsultan "
              "menandainya (gladi ruang yang sudah ditutup membuktikan pertanyaan simulasi); "
              "isian 2FA, login bersama, jumlah admin, kontak pemulihan, atau brief pada sebuah "
              "aset dihitung setelah konsultan memverifikasinya (dengan catatan, tautan, atau "
              "tangkapan layar), dan hanya selama inventaris masih memuat nilai yang "
              "diverifikasi.",
    },
    # -- methodology: findings priority ---------------------------------------------------
    "scoring.method.priority.title": {"en": "Priority of findings", "id": "Prioritas temuan"},
    "scoring.method.priority.rule": {
        "en": "Every warning, failure and unanswered attested check becomes a finding. "
              "Priority = severity weight × status factor (fail {fail}, unknown {unknown}, "
              "warning {warn}) × {primary} on a primary asset or the questionnaire. So a "
              "critical finding on a primary asset always comes before a high one on a "
              "secondary asset. Findings are grouped by check: a group ranks by its highest "
              "priority, then by the number of assets it covers. The highest priority comes "
              "first.",
        "id": "Setiap peringatan, kegagalan, dan isian klien yang belum dijawab menjadi "
              "temuan. Prioritas = bobot keparahan × faktor status (gagal {fail}, belum "
              "diketahui {unknown}, peringatan {warn}) × {primary} untuk aset utama atau "
              "kuesioner. Jadi temuan kritis pada aset utama selalu didahulukan dari temuan "
              "tinggi pada aset pendukung. Temuan dikelompokkan per pemeriksaan: urutan "
              "kelompok mengikuti prioritas tertinggi di dalamnya, lalu jumlah aset yang "
              "terkena. Temuan dengan prioritas tertinggi didahulukan.",
    },
    # -- methodology: websites ---------------------------------------------------------------
    "scoring.method.websites.title": {"en": "How websites are checked",
                                      "id": "Cara situs web diperiksa"},
    "scoring.method.websites.requests": {
        "en": "Each website is fetched three times: the address in the inventory (https:// "
              "when none is given), http://host/ and /.well-known/security.txt, each "
              "following at most {redirects} redirects within the timeout, plus one TLS "
              "handshake (two when the certificate fails). The inventoried address decides "
              "whether the site is reachable.",
        "id": "Setiap situs web diambil tiga kali: alamat di inventaris (https:// jika tidak "
              "ditulis), http://host/, dan /.well-known/security.txt, masing-masing mengikuti "
              "paling banyak {redirects} pengalihan dalam batas waktu, ditambah satu TLS "
              "handshake (dua jika sertifikatnya bermasalah). Alamat di inventaris yang "
              "menentukan apakah situs dapat diakses.",
    },
    "scoring.method.websites.headers": {
        "en": "Headers are read as browsers read them: only the first "
              "Strict-Transport-Security header counts, with a max-age of at least "
              "{hsts_days} days over a valid HTTPS connection; every enforced "
              "Content-Security-Policy counts (a Report-Only one never does), and frame "
              "protection in a <meta> CSP does not; the last valid Referrer-Policy wins; "
              "each Set-Cookie line is judged on its own.",
        "id": "Header dibaca seperti browser membacanya: hanya header "
              "Strict-Transport-Security pertama yang dihitung, dengan max-age minimal "
              "{hsts_days} hari lewat koneksi HTTPS yang valid; setiap "
              "Content-Security-Policy yang diberlakukan dihitung (yang Report-Only tidak "
              "pernah), dan perlindungan frame di CSP <meta> tidak dihitung; "
              "Referrer-Policy valid yang terakhir yang berlaku; setiap baris Set-Cookie "
              "dinilai sendiri-sendiri.",
    },
    "scoring.method.websites.observatory": {
        "en": "Where browsers leave room, the Mozilla HTTP Observatory's reading decides: "
              "several Content-Security-Policy policies are merged as it merges them, and a "
              "policy with a repeated directive or 'strict-dynamic' without a nonce or hash "
              "is invalid; X-Frame-Options counts only as exactly DENY or SAMEORIGIN; cookies "
              "that browsers refuse (the __Host- and __Secure- prefix rules of RFC 6265bis) "
              "are not judged.",
        "id": "Jika perilaku browser masih memberi ruang tafsir, cara baca Mozilla HTTP "
              "Observatory yang menentukan: beberapa kebijakan Content-Security-Policy "
              "digabung seperti Observatory menggabungkannya, dan kebijakan dengan direktif "
              "berulang atau 'strict-dynamic' tanpa nonce atau hash dianggap tidak valid; "
              "X-Frame-Options hanya dihitung jika persis DENY atau SAMEORIGIN; cookie yang "
              "ditolak browser (aturan prefiks __Host- dan __Secure- dalam RFC 6265bis) tidak "
              "dinilai.",
    },
    # -- methodology: check table -----------------------------------------------------------
    "scoring.method.checks.title": {"en": "Checks", "id": "Daftar pemeriksaan"},
    "scoring.col.check_id": {"en": "ID", "id": "ID"},
    "scoring.col.check": {"en": "Check", "id": "Pemeriksaan"},
    "scoring.col.source": {"en": "Source", "id": "Sumber"},
    "scoring.col.scope": {"en": "Applies to", "id": "Berlaku untuk"},
    "scoring.source.attested": {"en": "Attested", "id": "Isian klien"},
    "scoring.source.automated": {"en": "Automated", "id": "Otomatis"},
    "scoring.scope.asset": {"en": "Each asset", "id": "Setiap aset"},
    "scoring.scope.organization": {
        "en": "Organisation (questionnaire)", "id": "Organisasi (kuesioner)",
    },
}

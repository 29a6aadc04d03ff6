"""The demo engagement: a fictional Indonesian coffee chain with realistic gaps.

Its probe facts are recorded (relative to the day the demo is loaded), so the
demo shows a complete audit at once without touching the network; the golden
test replays the same facts on a fixed day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from audit import platforms
from audit.campaigns.model import Briefing, Campaign, FaqEntry
from audit.models import Answer, Asset, Impostor
from audit.probe_errors import info
from audit.probes import profile_handle
from audit.probes.config import ProbeSettings
from audit.probes.profile import choose_rule, empty_facts, probe_url

DEMO_NAME = "Demo: PT Kopi Senja Nusantara"
DOMAIN = "kopisenja.example"  # RFC 2606 reserved name: fictional on purpose
MAIN_DMARC = f"v=DMARC1; p=none; rua=mailto:dmarc@{DOMAIN}"
DEMO_BASELINE_DAYS = 90  # the demo's intake audit, replayed as if run this long ago


def demo_engagement_fields() -> dict[str, Any]:
    return {
        "client": "PT Kopi Senja Nusantara",
        "industry": "Ritel makanan & minuman (jaringan kedai kopi, 140 gerai)",
        "domains": [DOMAIN],
        "consultant": "Dewi Lestari",
        "language": "id",
        "notes": "Klien fiktif untuk demo. Audit awal dilakukan setelah kampanye promo viral "
                 "secara negatif: tim CS WhatsApp tidak mendapat brief.",
    }


def _asset(asset_id: str, platform: str, kind: str, **fields: Any) -> Asset:
    return Asset(asset_id=asset_id, platform=platform, kind=kind, **fields)


def demo_assets(today: date | None = None) -> list[Asset]:
    """About 25 assets across every kind, with the gaps a real intake finds."""
    today = today or date.today()

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    # fictional numbers in the 0812-0000-xxxx range, which no operator assigns
    rina = {"owner": "Rina Wulandari", "owner_contact": "rina@kopisenja.example",
            "owner_phone": "0812-0000-1001", "backup_phone": "0812-0000-1002",
            "department": "Digital Marketing"}
    andi = {"owner": "Andi Pratama", "owner_contact": "andi@kopisenja.example",
            "owner_phone": "0812-0000-2001", "department": "Layanan Pelanggan"}
    agency = {"agency": "Ruang Kreatif Agency"}
    return [
        _asset("web-main", "website", "website", name="Situs utama",
               url=f"https://www.{DOMAIN}/", backup_owner="Budi Santoso",
               two_factor="yes", shared_login="no", admins=2, recovery_contact=f"it@{DOMAIN}",
               importance="primary", **{**rina, "department": "IT"}),
        _asset("web-promo", "website", "website", name="Microsite promo Senja Ceria",
               url=f"https://promo.{DOMAIN}/", owner="Ruang Kreatif Agency",
               department="Marketing", **agency, shared_login="yes", admins=1,
               recovery_contact="ruangkreatif.agency@gmail.com",
               notes="Dibuat dan di-hosting oleh agensi"),
        _asset("web-career", "website", "website", name="Situs karier",
               url=f"https://karir.{DOMAIN}/", owner="Sari Utami", department="HR",
               backup_owner="Sari Utami"),
        _asset("mail-main", "email", "email", name="Domain email perusahaan", handle=DOMAIN,
               url=f"mailto:info@{DOMAIN}", owner="Budi Santoso", department="IT",
               backup_owner="Rina Wulandari", two_factor="yes", shared_login="no", admins=3,
               recovery_contact=f"it@{DOMAIN}", monitored="yes", importance="primary"),
        _asset("mail-promo", "email", "email", name="Domain email promo",
               handle=f"promo.{DOMAIN}", owner="Ruang Kreatif Agency", **agency),
        _asset("ig-main", "instagram", "social", name="Instagram utama", handle="kopisenja",
               url="https://www.instagram.com/kopisenja/", backup_owner="Maya Sari",
               two_factor="yes", shared_login="no", admins=3,
               recovery_contact=f"social@{DOMAIN}", verified="yes", last_post=ago(1),
               monitored="yes", response_sla_hours=2, campaign_briefed="yes",
               importance="primary", **rina, **agency),
        _asset("ig-promo", "instagram", "social", name="Instagram promo",
               handle="kopisenja.promo", url="https://www.instagram.com/kopisenja.promo/",
               owner="Ruang Kreatif Agency", **agency, two_factor="no", shared_login="yes",
               admins=1, recovery_contact="kopisenja.promo@gmail.com", verified="no",
               last_post=ago(20), monitored="no", campaign_briefed="yes"),
        _asset("ig-old", "instagram", "social", name="Instagram lama (peluncuran 2019)",
               handle="kopisenja_id", url="https://www.instagram.com/kopisenja_id/",
               owner="", two_factor="unknown", shared_login="unknown", verified="no",
               last_post=ago(900), monitored="no", campaign_briefed="no",
               notes="Tidak ada yang ingat siapa pemegang aksesnya"),
        _asset("fb-main", "facebook", "social", name="Halaman Facebook", handle="kopisenja",
               url="https://www.facebook.com/kopisenja", backup_owner="Maya Sari",
               two_factor="yes", shared_login="no", admins=4,
               recovery_contact=f"social@{DOMAIN}", verified="yes", last_post=ago(3),
               monitored="yes", response_sla_hours=4, campaign_briefed="yes", **rina),
        _asset("x-main", "x", "social", name="X (Twitter)", handle="kopisenja",
               url="https://x.com/kopisenja", backup_owner="Maya Sari", two_factor="yes",
               shared_login="no", admins=2, recovery_contact=f"social@{DOMAIN}",
               verified="no", last_post=ago(2), monitored="yes", response_sla_hours=1,
               campaign_briefed="yes", **rina),
        _asset("x-care", "x", "social", name="X layanan pelanggan", handle="kopisenja_care",
               url="https://x.com/kopisenja_care", backup_owner="Andi Pratama",
               two_factor="no", shared_login="yes", admins=6,
               recovery_contact="cs.kopisenja@yahoo.co.id", verified="no", last_post=ago(5),
               monitored="yes", response_sla_hours=48, campaign_briefed="no", **andi),
        _asset("tt-main", "tiktok", "social", name="TikTok", handle="kopisenja",
               url="https://www.tiktok.com/@kopisenja", owner="Ruang Kreatif Agency",
               **agency, two_factor="unknown", shared_login="yes", admins=1,
               recovery_contact="ruangkreatif.akun@gmail.com", verified="no",
               last_post=ago(4), monitored="unknown", campaign_briefed="yes"),
        _asset("yt-main", "youtube", "social", name="YouTube", handle="kopisenja",
               url="https://www.youtube.com/@kopisenja", backup_owner="", two_factor="yes",
               shared_login="no", admins=2, recovery_contact=f"social@{DOMAIN}",
               verified="no", last_post=ago(140), monitored="no", campaign_briefed="no",
               **rina),
        _asset("li-main", "linkedin", "social", name="Halaman perusahaan LinkedIn",
               handle="kopi-senja-nusantara",
               url="https://www.linkedin.com/company/kopi-senja-nusantara/",
               owner="Sari Utami", department="HR", backup_owner="Rina Wulandari",
               two_factor="yes", shared_login="no", admins=2,
               recovery_contact=f"hr@{DOMAIN}", verified="yes", last_post=ago(30),
               monitored="no", campaign_briefed="no"),
        _asset("th-main", "threads", "social", name="Threads", handle="kopisenja",
               url="https://www.threads.net/@kopisenja", backup_owner="Maya Sari",
               two_factor="yes", shared_login="no", admins=3,
               recovery_contact=f"social@{DOMAIN}", verified="yes", last_post=ago(10),
               monitored="no", campaign_briefed="yes", **rina),
        _asset("wa-cs", "whatsapp", "messaging", name="WhatsApp layanan pelanggan",
               handle="6281200000001", url="https://wa.me/6281200000001",
               backup_owner="Dimas Saputra", two_factor="yes", shared_login="yes", admins=5,
               recovery_contact=f"cs@{DOMAIN}", verified="yes", monitored="yes",
               response_sla_hours=1, campaign_briefed="no", importance="primary", **andi),
        _asset("wa-franchise", "whatsapp", "messaging", name="WhatsApp info kemitraan waralaba",
               handle="6281200000002", url="https://wa.me/6281200000002", owner="Hendra",
               department="Pengembangan Bisnis", two_factor="no", shared_login="no",
               admins=1, recovery_contact="hendra.kopi@gmail.com", monitored="no",
               campaign_briefed="no"),
        _asset("tg-community", "telegram", "messaging", name="Komunitas member Telegram",
               handle="kopisenjacommunity", url="https://t.me/kopisenjacommunity",
               owner="Maya Sari", department="Komunitas", backup_owner="Rina Wulandari",
               two_factor="yes", shared_login="no", admins=3, recovery_contact="",
               monitored="yes", response_sla_hours=24, campaign_briefed="no"),
        _asset("gbp-jakarta", "google_business", "listing",
               name="Profil Bisnis Google: gerai utama Jakarta",
               url="https://g.page/kopisenja-jakarta", handle="kopisenja-jakarta",
               owner="Lina Marlina", department="Operasional", two_factor="unknown",
               shared_login="unknown", monitored="no", campaign_briefed="no",
               last_post=ago(200)),
        _asset("gbp-bandung", "google_business", "listing",
               name="Profil Bisnis Google: gerai Bandung", url="https://g.page/kopisenja-bandung",
               handle="kopisenja-bandung", owner="", two_factor="unknown",
               shared_login="unknown", monitored="no", campaign_briefed="unknown"),
        _asset("app-android", "play_store", "listing", name="Aplikasi Android",
               handle="com.kopisenja.app",
               url="https://play.google.com/store/apps/details?id=com.kopisenja.app",
               owner="Budi Santoso", department="IT", backup_owner="Yoga Prasetyo",
               two_factor="yes", shared_login="no", admins=2,
               recovery_contact=f"it@{DOMAIN}", monitored="yes", response_sla_hours=24,
               campaign_briefed="yes"),
        _asset("app-ios", "app_store", "listing", name="Aplikasi iOS", handle="id1500000001",
               url="https://apps.apple.com/id/app/kopi-senja/id1500000001",
               owner="Budi Santoso", department="IT", backup_owner="Yoga Prasetyo",
               two_factor="yes", shared_login="no", admins=2,
               recovery_contact=f"it@{DOMAIN}", monitored="yes", response_sla_hours=24,
               campaign_briefed="yes"),
        _asset("tokopedia", "tokopedia", "listing", name="Toko resmi Tokopedia",
               handle="kopisenja", url="https://www.tokopedia.com/kopisenja",
               owner="Fajar Nugroho", department="E-commerce", backup_owner="",
               two_factor="yes", shared_login="yes", admins=2,
               recovery_contact=f"ecommerce@{DOMAIN}", monitored="yes",
               response_sla_hours=12, campaign_briefed="yes", last_post=ago(3)),
        _asset("shopee", "shopee", "listing", name="Toko resmi Shopee",
               handle="kopisenjaofficial", url="https://shopee.co.id/kopisenjaofficial",
               owner="Fajar Nugroho", department="E-commerce", backup_owner="Fajar Nugroho",
               two_factor="no", shared_login="yes", admins=1,
               recovery_contact="fajar.ecom@gmail.com", monitored="yes",
               response_sla_hours=12, campaign_briefed="yes", last_post=ago(40)),
    ]


# Lookalikes the demo's watch "found" (documentation addresses, RFC 5737): one live impostor
# site with mail, one registered but idle, and one the client owns (marked in the demo).
DEMO_OWN_LOOKALIKE = "kopi-senja.example"


def demo_organization_facts(*_: Any, **__: Any) -> dict[str, dict[str, Any]]:
    """Recorded engagement-level facts (the lookalike watch), shaped like the probe's."""
    found = [
        {"domain": "kopisenia.example", "fuzzer": "replacement", "base": DOMAIN,
         "a": ["203.0.113.10"], "mx": ["mail.kopisenia.example"]},
        {"domain": "kopiisenja.example", "fuzzer": "repetition", "base": DOMAIN,
         "a": [], "mx": []},
        {"domain": DEMO_OWN_LOOKALIKE, "fuzzer": "hyphenation", "base": DOMAIN,
         "a": ["198.51.100.7"], "mx": []},
    ]
    return {"lookalikes": {"domains": [DOMAIN], "generated": 4556, "checked": 400,
                           "found": found, "unanswered": [], "unanswered_count": 0,
                           "limits": {"permutations": 400, "workers": 32, "deadline_s": 30}}}


def demo_impostors(today: date | None = None) -> list[Impostor]:
    """An impostor promo account the client reported to Instagram, still up."""
    today = today or date.today()
    return [Impostor(target="https://www.instagram.com/kopisenja.promo.gratis/",
                     platform="instagram", first_seen=today - timedelta(days=12),
                     reported_on=today - timedelta(days=10), status="reported",
                     note="Menawarkan voucher palsu lewat DM; sudah dilaporkan ke Instagram.")]


# A gladi ruang held 40 days ago: the first-hour steps done (some late), the log and the close.
DEMO_DRILL: dict[str, Any] = {
    "title": "Gladi ruang: voucher promo tidak bisa dipakai, keluhan viral di X",
    "tier": 2, "days_ago": 40, "campaign": "Promo Gajian Senja",
    "origin": "https://x.com/pelanggan_kesal/status/1860000000000000000",
    "statement": "Kami sudah mengetahui kendala penggunaan voucher Promo Gajian Senja dan "
                 "sedang memperbaikinya. Voucher yang gagal dipakai tetap berlaku sampai akhir "
                 "bulan. Kabar terbaru akan kami sampaikan di sini paling lambat pukul 15.00.",
    "done": [("org.verify", 8, "Dewi Lestari"), ("org.capture", 5, "Dewi Lestari"),
             ("org.convene", 15, "Dewi Lestari"), ("tell.ig-main", 12, "Dewi Lestari"),
             ("pause.ig-main", 20, "Rina Wulandari"), ("statement.ig-main", 35, "Rina Wulandari"),
             ("tell.x-main", 18, "Dewi Lestari"), ("statement.x-main", 40, "Rina Wulandari"),
             ("tell.wa-cs", 75, "Dewi Lestari"), ("autoreply.wa-cs", 90, "Hendra"),
             ("org.listen", 30, "Dewi Lestari")],
    "log": [(0, "event", "Unggahan pelanggan soal voucher gagal dipakai mulai dibagikan ulang."),
            (25, "decision", "Tim krisis memutuskan memperpanjang masa berlaku voucher."),
            (36, "statement", "Pernyataan awal diunggah di Instagram dan X."),
            (80, "event", "Tim CS WhatsApp baru tahu soal promo dari pelanggan yang marah.")],
    "root_causes": ["coordination", "assets"],
    "note": "Tim CS WhatsApp tidak mendapat brief kampanye; nomor WhatsApp CS tidak punya PIC "
            "cadangan yang bisa dihubungi.",
    "closed_after": 150,
}


DEMO_CAMPAIGN_DAYS = 3  # the demo campaign launches this many days after the demo's today


def demo_campaign(today: date | None = None) -> tuple[Campaign, list[Briefing]]:
    """A promo launching in a few days with a partly briefed channel list: the incident the
    client had, about to happen again. Ids are 0 until stored (load_demo stores them)."""
    today = today or date.today()
    launch = today + timedelta(days=DEMO_CAMPAIGN_DAYS)
    campaign = Campaign(
        0, 0, "Promo Senja Ceria Akhir Tahun", launch, launch + timedelta(days=14),
        owner="Rina Wulandari", agency="Ruang Kreatif Agency",
        channels=["ig-main", "tt-main", "x-care", "wa-cs", "tokopedia", "shopee"],
        key_messages=["Diskon 30% untuk semua minuman berbasis kopi, 14 hari.",
                      "Berlaku di semua gerai dan aplikasi; tidak berlaku untuk GoFood/GrabFood.",
                      "Satu struk, satu diskon: tidak bisa digabung dengan promo lain."],
        faq=[FaqEntry("Berlaku di gerai mana saja?",
                      "Di semua 140 gerai Kopi Senja dan di aplikasi Kopi Senja."),
             FaqEntry("Apakah bisa lewat GoFood atau GrabFood?",
                      "Belum, promo ini hanya untuk pembelian langsung di gerai dan aplikasi."),
             FaqEntry("Kenapa diskon saya tidak muncul di aplikasi?")],
        escalation="Rina Wulandari (Digital Marketing), 0812-3456-7890",
        notes="Agensi menyiapkan materi; CS WhatsApp dan marketplace belum dihubungi.")
    briefings = [
        Briefing(0, "ig-main", "Rina Wulandari", today - timedelta(days=4), "Ruang Kreatif Agency",
                 "meeting", today - timedelta(days=3)),
        Briefing(0, "tt-main", "Rina Wulandari", today - timedelta(days=4),
                 "Ruang Kreatif Agency", "meeting", today - timedelta(days=3)),
        Briefing(0, "x-care", "Andi Pratama", today - timedelta(days=1), "Rina Wulandari",
                 "whatsapp", note="Sudah dikirim, belum dibalas"),
    ]
    return campaign, briefings


def demo_answers(baseline: bool = False) -> list[Answer]:
    """Partly answered, as after a first intake meeting (`baseline`: three months earlier)."""
    if baseline:
        return [
            Answer("crisis.playbook", "no", "Tidak ada yang bisa menunjukkan pedoman tertulis"),
            Answer("crisis.escalation", "no", "Kontak CS hanya tersedia di jam kerja"),
            Answer("crisis.approval_flow", "no", "Harus menunggu persetujuan direktur"),
            Answer("crisis.campaign_comms", "no",
                   "Agensi meluncurkan kampanye tanpa memberi tahu CS"),
        ]
    return [
        Answer("crisis.playbook", "partial", "Draf 2023, belum pernah ditinjau ulang"),
        Answer("crisis.escalation", "no", "Kontak CS hanya tersedia di jam kerja"),
        Answer("crisis.holding_statements", "partial",
               "Templat hanya tersedia untuk gangguan layanan"),
        Answer("crisis.approval_flow", "no", "Harus disetujui direktur; terakhir kali butuh 6 jam"),
        Answer("crisis.spokesperson", "yes",
               "Kepala komunikasi korporat, sudah ikut pelatihan media",
               "Sertifikat pelatihan 2025-08", True),
        Answer("crisis.listening", "partial", "Agensi hanya memantau pada jam kerja"),
        Answer("crisis.campaign_comms", "no",
               "Tim CS WhatsApp baru tahu soal promo dari pelanggan"),
        Answer("crisis.agency_access", "unknown", ""),
    ]


def demo_facts(asset: Asset, today: date | None = None,
               baseline: bool = False) -> dict[str, dict[str, Any]]:
    """Recorded probe facts for one demo asset, in the shape of audit.probes.

    `baseline` gives the intake audit three months earlier, before the main site got its
    security headers and the mail domain its DMARC record, so the demo shows progress."""
    today = today or date.today()
    if asset.kind == "website":
        facts = _website_facts(asset, today)
        if baseline and asset.asset_id == "web-main":
            main = facts["website"]["main"]
            main["headers"] = {"content-type": main["headers"]["content-type"]}
            facts["tls"]["not_after"] = (today + timedelta(days=5)).isoformat()
        return facts
    if asset.kind == "email":
        facts = _mail_facts(asset, today)
        if baseline and asset.asset_id == "mail-main":
            facts["mail"] = {**facts["mail"], "dmarc": [], "spf": ["v=spf1 mx ?all"]}
        elif baseline:  # the promo subdomain falls back on the main domain's DMARC
            facts["mail"]["dns"][f"TXT _dmarc.{DOMAIN}"] = []
        return facts
    return {"profile": _profile_facts(asset)}


def _attempt(url: str, status: int | None, headers: dict[str, str] | None = None,
             html: str = "", chain: list[dict[str, Any]] | None = None,
             elapsed_ms: float = 350.0, error: str | None = None,
             error_kind: str | None = None,
             error_info: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"url": url, "chain": chain or [{"url": url, "status": status, "location": None}],
            "status": status, "final_url": url if status else None, "headers": headers or {},
            "elapsed_ms": elapsed_ms, "html": html,
            "content_type": "text/html; charset=utf-8" if html else "",
            "error": error, "error_kind": error_kind, "error_info": error_info}


_SOCIAL_LINKS = (
    '<a href="https://www.instagram.com/kopisenja/">Instagram</a>'
    '<a href="https://www.tiktok.com/@kopisenja">TikTok</a>'
    '<a href="https://twitter.com/kopisenja_old">X</a>'
)


def _website_facts(asset: Asset, today: date) -> dict[str, dict[str, Any]]:
    host = asset.url.split("/")[2]
    page = ("<html><head><title>Kopi Senja Nusantara</title>"
            '<meta name="description" content="Kopi lokal, senja yang hangat.">'
            '<meta property="og:title" content="Kopi Senja"></head>'
            f"<body>{_SOCIAL_LINKS}</body></html>")
    redirect = [{"url": f"http://{host}/", "status": 301, "location": f"https://{host}/"},
                {"url": f"https://{host}/", "status": 200, "location": None}]
    tls = {"host": host, "port": 443, "verified": True, "verify_error": None,
           "verify_code": None, "issuer": "CN=R11, O=Let's Encrypt, C=US",
           "subject": f"CN={host}", "sans": [host], "self_signed": False,
           "not_before": (today - timedelta(days=60)).isoformat(),
           "not_after": (today + timedelta(days=30)).isoformat()}
    rdap = {"domain": DOMAIN, "registrar": "PT Registrar Demo", "source": "recorded",
            "expiration": (today + timedelta(days=41)).isoformat() + "T00:00:00Z"}
    if asset.asset_id == "web-main":
        headers = {"strict-transport-security": "max-age=31536000; includeSubDomains",
                   "x-content-type-options": "nosniff", "x-frame-options": "SAMEORIGIN",
                   "content-type": "text/html; charset=utf-8"}
        main = _attempt(asset.url, 200, {
            **headers, "set-cookie": "sesi=9f2c41; Path=/; Secure; HttpOnly"}, page.replace(
            "</head>", '<script src="https://cdn.example/chat-widget.js"></script></head>'),
            elapsed_ms=420.0)
        http = _attempt(f"http://{host}/", 200, headers, page, chain=redirect)
        expires = (today + timedelta(days=200)).isoformat()
        security_txt = {**_attempt(f"https://{host}/.well-known/security.txt", 200,
                                   {"content-type": "text/plain; charset=utf-8"}),
                        "content_type": "text/plain; charset=utf-8",
                        "text": f"Contact: mailto:security@{DOMAIN}\n"
                                f"Expires: {expires}T00:00:00Z\n"}
    elif asset.asset_id == "web-promo":
        tls = {**tls, "not_after": (today + timedelta(days=9)).isoformat()}
        headers = {"content-type": "text/html; charset=utf-8",
                   "strict-transport-security": "max-age=86400",
                   "content-security-policy": "script-src 'self' 'unsafe-inline'"}
        main = _attempt(asset.url, 200, headers, page.replace(
            _SOCIAL_LINKS, '<script src="http://tracker.example/px.js"></script>'),
            elapsed_ms=1850.0)
        http = _attempt(f"http://{host}/", 200, {"content-type": "text/html"}, page)
        security_txt = _attempt(f"https://{host}/.well-known/security.txt", 404,
                                {"content-type": "text/html"}, "<html>Not found</html>")
    else:
        tls = {**tls, "verified": False, "verify_code": 10,
               "verify_error": "certificate has expired",
               "not_after": (today - timedelta(days=12)).isoformat()}
        main = _attempt(asset.url, None, error=f"TLS handshake with {host} failed: "
                        "certificate has expired", error_kind="tls",
                        error_info=info("tls_expired", host=host))
        http = _attempt(f"http://{host}/", 200, {"content-type": "text/html"},
                        "<html><head><title>Karir</title></head><body>Lowongan</body></html>",
                        chain=[{"url": f"http://{host}/", "status": 200, "location": None}])
        security_txt = _attempt(f"https://{host}/.well-known/security.txt", None,
                                error=main["error"], error_kind="tls",
                                error_info=main["error_info"])
    return {"website": {"url": asset.url, "main": main, "http": http,
                        "security_txt": security_txt}, "tls": tls, "rdap": rdap}


def _mail_facts(asset: Asset, today: date) -> dict[str, dict[str, Any]]:
    domain = asset.handle
    rdap = {"domain": DOMAIN, "registrar": "PT Registrar Demo", "source": "recorded",
            "expiration": (today + timedelta(days=41)).isoformat() + "T00:00:00Z"}
    if asset.asset_id == "mail-main":
        mail = {"domain": domain, "mx": [{"preference": 10, "exchange": f"mx1.{domain}"}],
                "spf": [f"v=spf1 include:_spf.{domain} ~all"],
                "dmarc": [MAIN_DMARC], "errors": {},
                "dns": {f"A mx1.{domain}": ["203.0.113.25"], f"AAAA mx1.{domain}": [],
                        f"MX {domain}": [f"10 mx1.{domain}"],
                        f"TXT _spf.{domain}": ["v=spf1 ip4:203.0.113.0/28 ~all"]}}
    else:
        mail = {"domain": domain, "mx": [], "spf": ["v=spf1 +all"], "dmarc": [],
                "errors": {}, "dns": {f"A {domain}": [], f"AAAA {domain}": [],
                                      f"TXT _dmarc.{DOMAIN}": [MAIN_DMARC]}}
    return {"mail": mail, "rdap": rdap}


def _profile_facts(asset: Asset) -> dict[str, Any]:
    """What the profile probe would record: proof on each platform that has a rule for it,
    a gone Instagram, LinkedIn's 999, Facebook's login overlay over a real page."""
    platform = platforms.get(asset.platform)
    handle = profile_handle(asset)
    rule = choose_rule(platform, handle, asset.url, guessed=False)
    facts = empty_facts(asset.url, rule.name if rule else None, handle)
    if rule is None or rule.judge != "page":
        return facts
    url = probe_url(rule, handle, asset.url, ProbeSettings())
    facts.update(probe_url=url, status=200, final_url=url,
                 content_type="text/html; charset=utf-8")
    if asset.asset_id == "ig-old":
        facts.update(status=404, missing_marker="Sorry, this page isn't available")
    elif asset.platform == "linkedin":
        facts.update(status=999, content_type="")
    elif rule.exists_markers:
        facts["exists_marker"] = " + ".join(rule.exists_markers[0]).replace("{handle}", handle)
        if asset.platform == "facebook":
            facts["wall_marker"] = "Log in to Facebook"
    elif rule.exists_url_patterns:
        facts.update(final_url=f"https://www.google.com/maps/place/{handle}",
                     exists_url=rule.exists_url_patterns[0].pattern)
    return facts

"""Website checks (`platform = website`): reachability, HTTPS, TLS, headers, page metadata,
security.txt, cookies, mixed content and the strength of the CSP.

All of them read the `website` and `tls` facts gathered once per site (see audit/probes).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

from audit.models import Asset
from audit.platforms import get as get_platform
from audit.platforms import normalise_handle, recognise, registrable_domain
from checks.base import (
    CheckSpec,
    Context,
    Facts,
    Outcome,
    as_day,
    as_dict,
    as_list,
    as_number,
    as_str,
    error_values,
    for_asset,
    grade_expiry,
    probe_facts,
    probe_failed,
    tr,
)
from checks.headers import (
    Cookie,
    Csp,
    frame_ancestors_protects,
    frame_options_protects,
    header_lines,
    hsts_max_age,
    nosniff,
    parse_expires,
    parse_set_cookie,
    read_csp,
    referrer_policy,
    rejected_by_browsers,
    script_policy,
    security_txt_fields,
    set_cookie_lines,
)

MAX_REDIRECTS = 10  # CHECKS.md web.reachable; the probe stops after this many
# Certificate expiry: common certificate monitors warn a month ahead and alarm in the last week.
TLS_EXPIRY_PASS_DAYS = 30
TLS_EXPIRY_FAIL_DAYS = 7
HSTS_MIN_MAX_AGE = 15_552_000  # 180 days: Mozilla HTTP Observatory's cut-off
# Response time of the final response (CHECKS.md).
RESPONSE_PASS_MS = 1_000
RESPONSE_WARN_MS = 3_000
# Observatory's "private" referrer policies; unsafe-url and friends leak full URLs.
REFERRER_POLICIES_OK = frozenset(
    {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"})
SECURITY_TXT_TYPE = "text/plain"  # RFC 9116 §3: served as text/plain (charset utf-8)
SECURITY_TXT_ABSENT = frozenset({404, 410})  # the file is not there (positive proof)
# CHECKS.md web.cookies: names that usually carry a session or a credential ("login" and
# "sess" are the Observatory's own session markers).
SESSION_COOKIE_NAME = re.compile(r"sess|sid|auth|token|login", re.IGNORECASE)
SECURITY_HEADERS_PASS = 4
SECURITY_HEADERS_WARN = 2
TITLE_MAX_CHARS = 1_000  # far past any real title; the checks quote at most 200 (issue #10)
# OpenSSL verification codes (FIELD-NOTES): 9 not yet valid, 10 expired, 18/19 self-signed
# (leaf or in chain), 62 hostname mismatch.
SSL_NOT_YET_VALID = 9
SSL_EXPIRED = 10
SSL_SELF_SIGNED = frozenset({18, 19})
SSL_HOSTNAME_MISMATCH = 62
# Probe error kinds that mean the site itself is unreachable (CHECKS.md web.reachable fail).
UNREACHABLE_KINDS = frozenset(
    {"dns", "refused", "timeout", "redirect_loop", "too_many_redirects", "tls"})
# TLS probe error kinds that describe the site (no HTTPS, broken handshake), not the probe.
NO_HANDSHAKE_KINDS = frozenset({"refused", "tls"})

WEBSITE = frozenset({"website"})
SOCIAL_KINDS = frozenset({"social", "messaging", "listing"})  # profiles a page may link to


# -- reading the facts ---------------------------------------------------------------------


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


def _scheme(url: str) -> str:
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return ""


def _attempt(facts: Facts, name: str) -> tuple[Mapping[str, Any], Outcome | None]:
    """One fetch ("main" or "http") of the website probe, or the outcome when it is absent."""
    website, failed = probe_facts(facts, "website")
    if failed:
        return {}, failed
    attempt = as_dict(website.get(name))
    if not attempt:
        return {}, probe_failed(None, f"website ({name})")
    return attempt, None


def _status(attempt: Mapping[str, Any]) -> int | None:
    status = as_number(attempt.get("status"))
    return int(status) if status is not None else None


def _response(facts: Facts) -> tuple[Mapping[str, Any], Outcome | None]:
    """The main fetch's final response; a fetch that ended in an error has none to judge.

    (After a failed redirect hop "status" is the redirect's and "headers" are empty.)
    """
    main, failed = _attempt(facts, "main")
    if failed:
        return {}, failed
    if _status(main) is None or main.get("error"):
        return {}, probe_failed(main, "website")
    return main, None


def _headers(attempt: Mapping[str, Any]) -> dict[str, str]:
    return {str(k).lower(): as_str(v).strip() for k, v in as_dict(attempt.get("headers")).items()}


def _hops(attempt: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [as_dict(hop) for hop in as_list(attempt.get("chain"))]


class _Page(HTMLParser):
    """The few things the checks read from a page: title, meta tags, link targets, the
    <meta> CSP and the active content it loads (scripts, stylesheets, iframes, forms)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, str] = {}
        self.hrefs: list[str] = []
        self.meta_csp: list[str] = []
        self.meta_referrer: list[str] = []
        self.active: list[tuple[str, str]] = []  # (what, URL as written)
        self.scripts: list[tuple[str, bool]] = []  # (src, has integrity)
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"])
            if values.get("http-equiv", "").lower() == "content-security-policy":
                self.meta_csp.append(values.get("content", ""))
            if values.get("name", "").lower() == "referrer":
                self.meta_referrer.append(values.get("content", ""))
        if tag in ("a", "link") and values.get("href"):
            self.hrefs.append(values["href"])
        if tag == "script" and values.get("src"):
            self.scripts.append((values["src"], bool(values.get("integrity"))))
            self.active.append(("script", values["src"]))
        elif tag == "link" and "stylesheet" in values.get("rel", "").lower().split() \
                and values.get("href"):
            self.active.append(("stylesheet", values["href"]))
        elif tag == "iframe" and values.get("src"):
            self.active.append(("iframe", values["src"]))
        elif tag == "form" and values.get("action"):
            self.active.append(("form", values["action"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        # Appending to an attribute copies the whole title each time: a <title> of 490,000
        # x<b> cost 12 s of CPU (issue #10). Past TITLE_MAX_CHARS nothing is kept.
        if self._in_title and len(self.title) < TITLE_MAX_CHARS:
            self.title += data[:TITLE_MAX_CHARS - len(self.title)]


def _parse(html: str) -> _Page:
    """Parse as much of the page as html.parser can; garbage HTML never raises out of here."""
    page = _Page()
    try:
        page.feed(html)
        page.close()
    except (AssertionError, ValueError):  # html.parser on pathological markup
        pass
    return page


# -- web.reachable -------------------------------------------------------------------------


@for_asset
def _reachable(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    main, failed = _attempt(facts, "main")
    if failed:
        return failed
    status, kind = _status(main), as_str(main.get("error_kind"))
    final_url = as_str(main.get("final_url")) or as_str(main.get("url"))
    values = {"status": status, "final_url": final_url, "host": _host(as_str(main.get("url"))),
              **error_values(main), "hops": len(_hops(main)), "max": MAX_REDIRECTS}
    evidence = {"main": dict(main)}
    # The inventoried scheme decides: an https:// site failing TLS fails even when http://
    # answers (CHECKS.md); web.https_redirect and web.tls_valid report each scheme.
    if kind in UNREACHABLE_KINDS:
        return Outcome("fail", f"web.reachable.{kind}", values, evidence)
    answered = status is not None and 200 <= status < 300  # a broken body still answered
    if status is None or (main.get("error") and not answered):
        return probe_failed(main, "website")
    if 200 <= status < 300:
        return Outcome("pass", "web.reachable.ok", values, evidence)
    return Outcome("fail", "web.reachable.http_status", values, evidence)


REACHABLE = CheckSpec(
    id="web.reachable",
    dimension="technical",
    severity="critical",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_reachable,
    title=tr("Website is reachable", "Situs web dapat diakses"),
    why=tr(
        "In a crisis people look for your official statement on your website first; if it is "
        "down, rumours and impostors fill the gap.",
        "Saat krisis, publik mencari pernyataan resmi di situs web Anda lebih dulu; jika situs "
        "tidak bisa dibuka, rumor dan akun palsu yang mengisi kekosongan itu."),
    fix=tr(
        "Ask whoever hosts the site to fix the error shown, check the DNS records and the "
        "hosting contract, and set up uptime monitoring that alerts someone 24/7.",
        "Minta pengelola hosting memperbaiki error yang muncul, periksa record DNS dan kontrak "
        "hosting, lalu pasang pemantauan uptime yang mengirim notifikasi (alert) 24/7."),
    reasons={
        "web.reachable.ok": tr("Answered {status} at {final_url}.",
                               "Merespons {status} di {final_url}."),
        # No longer returned (the inventoried scheme decides); kept so results stored by
        # earlier versions still read as sentences.
        "web.reachable.http_only": tr(
            "Answered {status} over plain HTTP only ({final_url}); HTTPS failed: {error}.",
            "Hanya merespons lewat HTTP biasa ({final_url}, {status}); HTTPS gagal: {error}."),
        "web.reachable.http_status": tr("Answered with HTTP {status} at {final_url}.",
                                        "Merespons dengan HTTP {status} di {final_url}."),
        "web.reachable.dns": tr("The name {host} does not resolve in DNS, so nobody can reach "
                                "the site.",
                                "Nama {host} tidak ditemukan di DNS, jadi situs tidak bisa "
                                "dibuka siapa pun."),
        "web.reachable.refused": tr("{host} refused the connection.",
                                    "{host} menolak koneksi."),
        "web.reachable.timeout": tr("{host} did not answer within the time limit.",
                                    "{host} tidak merespons dalam batas waktu."),
        "web.reachable.redirect_loop": tr(
            "The redirects loop back on themselves ({hops} hops).",
            "Pengalihan berputar-putar tanpa ujung ({hops} kali)."),
        "web.reachable.too_many_redirects": tr(
            "More than {max} redirects without reaching a page.",
            "Lebih dari {max} kali pengalihan tanpa sampai ke halaman."),
        "web.reachable.tls": tr(
            "The inventoried address failed over HTTPS: {error}.",
            "Alamat yang tercatat di inventaris gagal dibuka lewat HTTPS: {error}."),
    },
)


# -- web.https_redirect --------------------------------------------------------------------


@for_asset
def _https_redirect(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    http, failed = _attempt(facts, "http")
    if failed:
        return failed
    hops = _hops(http)
    evidence = {"http": dict(http)}
    start = as_str(http.get("url")) or (as_str(hops[0].get("url")) if hops else "")
    first = hops[0] if hops else {}
    first_status = as_number(first.get("status")) or 0
    location = as_str(first.get("location"))
    if 300 <= first_status < 400 and location:
        try:
            target = urljoin(as_str(first.get("url")) or start, location)
        except ValueError:
            target = location
        values = {"location": target, "status": _status(http)}
        if _scheme(target) == "https" and _host(target).lower() == _host(start).lower():
            return Outcome("pass", "web.https_redirect.ok", values, evidence)
        seen = [as_str(hop.get("url")) for hop in hops] + [as_str(http.get("final_url"))]
        if any(_scheme(url) == "https" for url in seen):
            return Outcome("warn", "web.https_redirect.indirect", values, evidence)
        if http.get("error"):
            return probe_failed(http, "website")
        return Outcome("fail", "web.https_redirect.never_https", values, evidence)
    if as_str(http.get("error_kind")) == "refused":
        return Outcome("pass", "web.https_redirect.no_http", {"host": _host(start)}, evidence)
    status = _status(http)
    if status is None or http.get("error"):
        return probe_failed(http, "website")
    final_url = as_str(http.get("final_url")) or start
    if _scheme(final_url) == "https":  # reached HTTPS without a visible hop (probe quirk)
        return Outcome("pass", "web.https_redirect.ok", {"location": final_url}, evidence)
    return Outcome("fail", "web.https_redirect.no_redirect",
                   {"status": status, "url": final_url}, evidence)


HTTPS_REDIRECT = CheckSpec(
    id="web.https_redirect",
    dimension="technical",
    severity="high",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_https_redirect,
    title=tr("http:// redirects to HTTPS", "http:// dialihkan ke HTTPS"),
    why=tr(
        "Visitors who type the bare address land on an unencrypted page that can be altered on "
        "the way, and a forged statement is the last thing you need in a crisis.",
        "Pengunjung yang mengetik alamat tanpa https masuk ke halaman tanpa enkripsi yang bisa "
        "diubah di tengah jalan, padahal pernyataan palsu adalah hal yang paling harus "
        "dihindari saat krisis."),
    fix=tr(
        "Make the web server answer every http:// request with a 301 redirect to the same "
        "host over https:// (then to any other host), before serving any content.",
        "Atur server web agar setiap permintaan http:// dijawab dengan pengalihan 301 ke host "
        "yang sama lewat https:// (baru kemudian ke host lain), sebelum menyajikan konten."),
    reasons={
        "web.https_redirect.ok": tr("http:// redirects straight to {location}.",
                                    "http:// langsung dialihkan ke {location}."),
        "web.https_redirect.no_http": tr(
            "Nothing listens on http:// at {host} (connection refused).",
            "Tidak ada layanan http:// di {host} (koneksi ditolak)."),
        "web.https_redirect.indirect": tr(
            "http:// first redirects to {location} before reaching HTTPS.",
            "http:// dialihkan dulu ke {location} sebelum sampai ke HTTPS."),
        "web.https_redirect.never_https": tr(
            "http:// redirects to {location} but never reaches HTTPS.",
            "http:// dialihkan ke {location} tetapi tidak pernah sampai ke HTTPS."),
        "web.https_redirect.no_redirect": tr(
            "{url} answers {status} without redirecting to HTTPS.",
            "{url} merespons {status} tanpa mengalihkan ke HTTPS."),
    },
)


# -- web.tls_valid -------------------------------------------------------------------------


def _certificate(facts: Facts, asset: Asset) -> tuple[Mapping[str, Any], dict[str, Any],
                                                     Outcome | None]:
    """The TLS facts and their display values, or the outcome when the probe failed.

    A refused connection or a failed handshake is a finding about the site, not a probe
    failure, so it comes back as facts with "error_kind" for the check to judge.
    """
    fact = as_dict(as_dict(facts).get("tls"))
    host = as_str(fact.get("host")) or _host(as_str(asset.url)) or as_str(asset.url)
    values: dict[str, Any] = {"host": host, **error_values(fact)}
    if not fact:
        return fact, values, probe_failed(None, "tls")
    if fact.get("error"):
        if as_str(fact.get("error_kind")) in NO_HANDSHAKE_KINDS:
            return fact, values, None
        return fact, values, probe_failed(fact, "tls")
    values.update(not_before=as_str(fact.get("not_before"))[:10],
                  not_after=as_str(fact.get("not_after"))[:10],
                  issuer=as_str(fact.get("issuer")),
                  sans=", ".join(as_str(s) for s in as_list(fact.get("sans"))) or "-",
                  verify_error=as_str(fact.get("verify_error")),
                  verify_code=fact.get("verify_code"),
                  trusted=fact.get("verified") is True)
    return fact, values, None


@for_asset
def _tls_valid(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    fact, values, failed = _certificate(facts, asset)
    if failed:
        return failed
    evidence = {"tls": dict(fact)}
    if fact.get("error"):
        return Outcome("fail", f"web.tls_valid.{fact.get('error_kind')}", values, evidence)
    code = as_number(fact.get("verify_code"))
    not_before, not_after = as_day(fact.get("not_before")), as_day(fact.get("not_after"))
    if code == SSL_EXPIRED or (not_after and not_after < ctx.today):
        return Outcome("fail", "web.tls_valid.expired", values, evidence)
    if code == SSL_NOT_YET_VALID or (not_before and not_before > ctx.today):
        return Outcome("fail", "web.tls_valid.not_yet_valid", values, evidence)
    if fact.get("verified") is True:
        return Outcome("pass", "web.tls_valid.ok", values, evidence)
    if code == SSL_HOSTNAME_MISMATCH:
        return Outcome("fail", "web.tls_valid.hostname_mismatch", values, evidence)
    if code in SSL_SELF_SIGNED or fact.get("self_signed") is True:
        return Outcome("fail", "web.tls_valid.self_signed", values, evidence)
    return Outcome("fail", "web.tls_valid.untrusted", values, evidence)


TLS_VALID = CheckSpec(
    id="web.tls_valid",
    dimension="technical",
    severity="critical",
    platforms=WEBSITE,
    needs=("tls",),
    evaluate=_tls_valid,
    title=tr("TLS certificate is valid", "Sertifikat TLS valid"),
    why=tr(
        "A certificate warning makes the official site look hacked exactly when people come "
        "to check what is true, and trains them to click through warnings on lookalike sites.",
        "Peringatan sertifikat membuat situs resmi tampak diretas tepat saat publik datang "
        "untuk memastikan kebenaran, dan membiasakan mereka mengabaikan peringatan di situs "
        "tiruan."),
    fix=tr(
        "Install a certificate from a public CA that covers every name the site answers on "
        "(Let's Encrypt with automatic renewal is free), including the full intermediate chain.",
        "Pasang sertifikat dari CA publik yang mencakup semua nama yang dipakai situs (Let's "
        "Encrypt dengan perpanjangan otomatis gratis), lengkap dengan rantai sertifikat "
        "perantaranya."),
    reasons={
        "web.tls_valid.ok": tr("Certificate for {host} is trusted and valid until {not_after}.",
                               "Sertifikat untuk {host} tepercaya dan berlaku hingga {not_after}."),
        "web.tls_valid.expired": tr("Certificate for {host} expired on {not_after}.",
                                    "Sertifikat untuk {host} sudah kedaluwarsa sejak {not_after}."),
        "web.tls_valid.not_yet_valid": tr(
            "Certificate for {host} is not valid until {not_before}.",
            "Sertifikat untuk {host} baru berlaku mulai {not_before}."),
        "web.tls_valid.self_signed": tr(
            "Certificate for {host} is self-signed (issuer: {issuer}).",
            "Sertifikat untuk {host} ditandatangani sendiri (penerbit: {issuer})."),
        "web.tls_valid.hostname_mismatch": tr(
            "Certificate does not cover {host}; it names {sans}.",
            "Sertifikat tidak mencakup {host}; nama yang tercantum: {sans}."),
        "web.tls_valid.untrusted": tr("Certificate for {host} is not trusted: {verify_error}",
                                      "Sertifikat untuk {host} tidak tepercaya: {verify_error}"),
        "web.tls_valid.refused": tr("{host} does not offer HTTPS: {error}.",
                                    "{host} tidak menyediakan HTTPS: {error}."),
        "web.tls_valid.tls": tr("The TLS handshake with {host} failed: {error}.",
                                "TLS handshake dengan {host} gagal: {error}."),
    },
)


# -- web.tls_expiry ------------------------------------------------------------------------


@for_asset
def _tls_expiry(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    fact, values, failed = _certificate(facts, asset)
    if failed:
        return failed
    evidence = {"tls": dict(fact)}
    if fact.get("error_kind") == "refused":
        # No certificate at all: nothing can expire, and web.tls_valid already fails it.
        return Outcome("not_applicable", "web.tls_expiry.no_https", values, evidence)
    if fact.get("error"):
        return probe_failed(fact, "tls")
    not_after = as_day(fact.get("not_after"))
    if not_after is None:
        return Outcome("error", "web.tls_expiry.no_date", values, evidence)
    return grade_expiry("web.tls_expiry", not_after, ctx.today, TLS_EXPIRY_FAIL_DAYS,
                        TLS_EXPIRY_PASS_DAYS, values, evidence)


TLS_EXPIRY = CheckSpec(
    id="web.tls_expiry",
    dimension="technical",
    severity="high",
    platforms=WEBSITE,
    needs=("tls",),
    evaluate=_tls_expiry,
    title=tr("TLS certificate is not about to expire",
             "Masa berlaku sertifikat TLS"),
    why=tr(
        "An expired certificate takes the site offline for most visitors overnight, and the "
        "outage itself becomes a story people share.",
        "Sertifikat yang kedaluwarsa membuat situs tak bisa dibuka sebagian besar pengunjung "
        "dalam semalam, dan gangguan itu sendiri bisa menjadi bahan perbincangan."),
    fix=tr(
        "Renew the certificate now, switch to automatic renewal (ACME / Let's Encrypt or the "
        "host's managed certificates) and add an expiry alert 30 days ahead.",
        "Perpanjang sertifikat sekarang, aktifkan perpanjangan otomatis (ACME / Let's Encrypt "
        "atau sertifikat terkelola dari penyedia hosting), dan pasang pengingat 30 hari sebelum "
        "kedaluwarsa."),
    reasons={
        "web.tls_expiry.ok": tr("Certificate expires in {days:day|days} ({date}).",
                                "Sertifikat kedaluwarsa dalam {days} hari ({date})."),
        "web.tls_expiry.soon": tr("Certificate expires in {days:day|days} ({date}).",
                                  "Sertifikat kedaluwarsa dalam {days} hari ({date})."),
        "web.tls_expiry.imminent": tr(
            "Certificate expires in {days:day|days} ({date}); renew it now.",
            "Sertifikat kedaluwarsa dalam {days} hari ({date}); segera perpanjang."),
        "web.tls_expiry.expired": tr("Certificate expired {days_ago:day|days} ago ({date}).",
                                     "Sertifikat sudah kedaluwarsa {days_ago} hari lalu ({date})."),
        "web.tls_expiry.no_date": tr("The certificate of {host} carries no readable expiry date.",
                                     "Tanggal kedaluwarsa sertifikat {host} tidak terbaca."),
        "web.tls_expiry.no_https": tr("No certificate: {host} does not offer HTTPS.",
                                      "Tidak ada sertifikat: {host} tidak menyediakan HTTPS."),
    },
)


# -- web.hsts ------------------------------------------------------------------------------

@for_asset
def _hsts(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    main, failed = _attempt(facts, "main")
    if failed:
        return failed
    url = as_str(main.get("url"))
    if as_str(main.get("error_kind")) in NO_HANDSHAKE_KINDS and _scheme(url) == "https":
        return _hsts_without_https(facts, main, url)
    main, failed = _response(facts)
    if failed:
        return failed
    final_url = as_str(main.get("final_url")) or url
    lines = header_lines(main, "strict-transport-security")
    header = lines[0] if lines else ""  # RFC 6797 §8.1: only the first header is processed
    evidence = {"final_url": final_url, "strict-transport-security": lines}
    if _scheme(final_url) != "https":
        return Outcome("fail", "web.hsts.no_https", {"final_url": final_url}, evidence)
    if not header:
        return Outcome("fail", "web.hsts.missing", {}, evidence)
    max_age = hsts_max_age(header)
    if max_age is None:
        return Outcome("fail", "web.hsts.malformed", {"header": header}, evidence)
    values = {"max_age": max_age, "days": max_age // 86_400,
              "min_days": HSTS_MIN_MAX_AGE // 86_400}
    if max_age == 0:
        return Outcome("fail", "web.hsts.max_age_zero", values, evidence)
    if max_age < HSTS_MIN_MAX_AGE:
        return Outcome("warn", "web.hsts.max_age_short", values, evidence)
    return Outcome("pass", "web.hsts.ok", values, evidence)


def _hsts_without_https(facts: Facts, main: Mapping[str, Any], url: str) -> Outcome:
    """HTTPS refused or failing: no header a browser would keep, so a fail, not an error.

    A certificate the TLS probe could read but not verify means the header, if any, was
    sent over a connection with certificate errors, which browsers ignore (RFC 6797 §8.1).
    """
    tls = as_dict(as_dict(facts).get("tls"))
    values = {"final_url": url, **error_values(main)}
    evidence = {"main": dict(main), "tls": dict(tls)}
    if tls.get("verified") is False and not tls.get("error"):
        return Outcome("fail", "web.hsts.cert_errors",
                       {**values, "verify_error": as_str(tls.get("verify_error")),
                        "verify_code": tls.get("verify_code")}, evidence)
    return Outcome("fail", "web.hsts.no_https", values, evidence)


HSTS = CheckSpec(
    id="web.hsts",
    dimension="technical",
    severity="medium",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_hsts,
    title=tr("HTTP Strict Transport Security (HSTS)", "HTTP Strict Transport Security (HSTS)"),
    why=tr(
        "HSTS makes browsers refuse an unencrypted or spoofed copy of your site, so a "
        "hijacked network cannot show visitors a fake statement in your name.",
        "HSTS membuat browser menolak versi situs yang tidak terenkripsi atau dipalsukan, "
        "sehingga jaringan yang dibajak tidak bisa menampilkan pernyataan palsu atas nama Anda."),
    fix=tr(
        "Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` on every HTTPS "
        "response once every subdomain works over HTTPS.",
        "Kirim header `Strict-Transport-Security: max-age=31536000; includeSubDomains` di setiap "
        "respons HTTPS setelah semua subdomain berjalan lewat HTTPS."),
    reasons={
        "web.hsts.ok": tr("HSTS max-age is {max_age:second|seconds} ({days:day|days}).",
                          "max-age HSTS {max_age} detik ({days} hari)."),
        "web.hsts.max_age_short": tr(
            "HSTS max-age is only {max_age:second|seconds} ({days:day|days}); at least "
            "{min_days} days is expected.",
            "max-age HSTS hanya {max_age} detik ({days} hari); seharusnya minimal {min_days} "
            "hari."),
        "web.hsts.max_age_zero": tr(
            "HSTS max-age is 0, which tells browsers to forget the policy.",
            "max-age HSTS bernilai 0, yang justru menyuruh browser menghapus kebijakan HSTS."),
        "web.hsts.cert_errors": tr(
            "HTTPS at {final_url} has certificate errors ({verify_error}); browsers ignore "
            "HSTS sent over such a connection (RFC 6797 §8.1).",
            "HTTPS di {final_url} bermasalah sertifikatnya ({verify_error}); browser "
            "mengabaikan HSTS yang dikirim lewat koneksi seperti itu (RFC 6797 §8.1)."),
        "web.hsts.missing": tr("No Strict-Transport-Security header.",
                               "Header Strict-Transport-Security tidak ada."),
        "web.hsts.malformed": tr(
            "The first Strict-Transport-Security header is malformed, so browsers ignore it "
            "(RFC 6797 §6.1): {header}",
            "Header Strict-Transport-Security pertama tidak valid sehingga diabaikan browser "
            "(RFC 6797 §6.1): {header}"),
        "web.hsts.no_https": tr("The site is not served over HTTPS ({final_url}).",
                                "Situs tidak disajikan lewat HTTPS ({final_url})."),
    },
)


# -- web.security_headers ------------------------------------------------------------------


def _enforced_csp(main: Mapping[str, Any], page: _Page) -> Csp:
    """The CSP a browser enforces from the header lines and <meta> tags (the Observatory's
    reading, checks/headers.py); Report-Only never counts."""
    return read_csp(header_lines(main, "content-security-policy"), page.meta_csp)


def _security_headers_present(main: Mapping[str, Any]) -> dict[str, bool]:
    """Which of the four Observatory headers are set well, keyed by a display name
    (parsing rules: CHECKS.md, checks/headers.py)."""
    page = _parse(as_str(main.get("html")))
    csp = _enforced_csp(main, page)
    return {
        "Content-Security-Policy": csp.enforced,
        "X-Content-Type-Options: nosniff": nosniff(header_lines(main, "x-content-type-options")),
        "X-Frame-Options / frame-ancestors":
            frame_options_protects(header_lines(main, "x-frame-options"))
            or frame_ancestors_protects(csp),
        "Referrer-Policy":
            referrer_policy(header_lines(main, "referrer-policy"), page.meta_referrer)
            in REFERRER_POLICIES_OK,
    }


@for_asset
def _security_headers(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    main, failed = _response(facts)
    if failed:
        return failed
    headers = _headers(main)
    present = _security_headers_present(main)
    count = sum(present.values())
    missing = [name for name, ok in present.items() if not ok]
    values = {"count": count, "missing": ", ".join(missing)}
    evidence = {"headers": {k: v for k, v in headers.items() if k in (
        "content-security-policy", "x-content-type-options", "x-frame-options",
        "referrer-policy")}}
    if count >= SECURITY_HEADERS_PASS:
        return Outcome("pass", "web.security_headers.ok", values, evidence)
    if count >= SECURITY_HEADERS_WARN:
        return Outcome("warn", "web.security_headers.partial", values, evidence)
    return Outcome("fail", "web.security_headers.missing", values, evidence)


SECURITY_HEADERS = CheckSpec(
    id="web.security_headers",
    dimension="technical",
    severity="medium",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_security_headers,
    title=tr("Security headers", "Header keamanan"),
    why=tr(
        "These headers stop injected scripts, clickjacking and data leaks that attackers use "
        "to deface a site or post in its name when attention is highest.",
        "Header ini mencegah skrip sisipan, clickjacking, dan kebocoran data yang dipakai "
        "penyerang untuk mengubah tampilan situs atau memuat konten atas nama Anda saat sorotan "
        "sedang tinggi."),
    fix=tr(
        "Add Content-Security-Policy (with frame-ancestors 'self'), X-Content-Type-Options: "
        "nosniff, X-Frame-Options: SAMEORIGIN and Referrer-Policy: "
        "strict-origin-when-cross-origin in the web server or CDN configuration.",
        "Tambahkan Content-Security-Policy (dengan frame-ancestors 'self'), "
        "X-Content-Type-Options: nosniff, X-Frame-Options: SAMEORIGIN, dan Referrer-Policy: "
        "strict-origin-when-cross-origin di konfigurasi server web atau CDN."),
    reasons={
        "web.security_headers.ok": tr("All four security headers are set.",
                                      "Keempat header keamanan sudah terpasang."),
        "web.security_headers.partial": tr(
            "{count} of 4 security headers set; missing: {missing}.",
            "{count} dari 4 header keamanan terpasang; belum ada: {missing}."),
        "web.security_headers.missing": tr(
            "Only {count} of 4 security headers set; missing: {missing}.",
            "Hanya {count} dari 4 header keamanan terpasang; belum ada: {missing}."),
    },
)


# -- web.meta ------------------------------------------------------------------------------


@for_asset
def _meta(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    main, failed = _response(facts)
    if failed:
        return failed
    html = as_str(main.get("html"))
    content_type = as_str(main.get("content_type")) or "-"
    if not html.strip():
        return Outcome("fail", "web.meta.no_html", {"content_type": content_type},
                       {"content_type": content_type})
    page = _parse(html)
    found = {
        "<title>": page.title.strip(),
        "meta description": page.meta.get("description", ""),
        "og:title": page.meta.get("og:title", ""),
        "og:image": page.meta.get("og:image", ""),
    }
    missing = [name for name, value in found.items() if not value]
    values = {"missing": ", ".join(missing), "title": found["<title>"][:200]}
    evidence = {name: value[:500] for name, value in found.items()}
    if not missing:
        return Outcome("pass", "web.meta.ok", values, evidence)
    if len(missing) < len(found):
        return Outcome("warn", "web.meta.partial", values, evidence)
    return Outcome("fail", "web.meta.none", values, evidence)


META = CheckSpec(
    id="web.meta",
    dimension="technical",
    severity="low",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_meta,
    title=tr("Page title and sharing preview", "Judul halaman dan pratinjau saat dibagikan"),
    why=tr(
        "When your page is shared during a crisis, the title, description and preview image "
        "are what people see; without them the platform guesses, or a screenshot speaks for you.",
        "Saat halaman Anda dibagikan di tengah krisis, judul, deskripsi, dan gambar pratinjau "
        "itulah yang dilihat orang; tanpa itu platform menebak sendiri, atau tangkapan layar "
        "yang berbicara untuk Anda."),
    fix=tr(
        "Give every page a <title>, a meta description and Open Graph og:title and og:image "
        "tags (most CMSs have an SEO plugin for this).",
        "Lengkapi setiap halaman dengan <title>, meta description, serta tag Open Graph "
        "og:title dan og:image (kebanyakan CMS punya plugin SEO untuk ini)."),
    reasons={
        "web.meta.ok": tr("Title, description, og:title and og:image are all present.",
                          "Judul, deskripsi, og:title, dan og:image sudah lengkap."),
        "web.meta.partial": tr("Missing: {missing}.", "Belum ada: {missing}."),
        "web.meta.none": tr("None of {missing} is present.",
                            "Tidak ada satu pun dari {missing}."),
        "web.meta.no_html": tr("The page returned no HTML (content type {content_type}).",
                               "Halaman tidak berisi HTML (tipe konten {content_type})."),
    },
)


# -- web.response_time ---------------------------------------------------------------------


@for_asset
def _response_time(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    values = {"pass_ms": RESPONSE_PASS_MS, "warn_ms": RESPONSE_WARN_MS}
    main = as_dict(as_dict(as_dict(facts).get("website")).get("main"))
    if as_str(main.get("error_kind")) == "timeout":
        return Outcome("fail", "web.response_time.timeout", values, {"error": main.get("error")})
    main, failed = _response(facts)
    if failed:
        return failed
    elapsed = as_number(main.get("elapsed_ms"))
    if elapsed is None or elapsed < 0:
        return probe_failed(main, "website")
    values["ms"] = round(elapsed)
    evidence = {"elapsed_ms": elapsed}
    if elapsed < RESPONSE_PASS_MS:
        return Outcome("pass", "web.response_time.fast", values, evidence)
    if elapsed < RESPONSE_WARN_MS:
        return Outcome("warn", "web.response_time.slow", values, evidence)
    return Outcome("fail", "web.response_time.very_slow", values, evidence)


RESPONSE_TIME = CheckSpec(
    id="web.response_time",
    dimension="technical",
    severity="low",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_response_time,
    title=tr("Response time", "Waktu respons"),
    why=tr(
        "A slow site buckles first when a crisis sends everyone to it at once, just when your "
        "statement needs to load.",
        "Situs yang lambat paling dulu tumbang ketika krisis membuat semua orang membukanya "
        "bersamaan, tepat saat pernyataan Anda perlu tampil."),
    fix=tr(
        "Put the site behind a CDN or cache, and keep a lightweight static page ready for "
        "crisis statements.",
        "Pasang CDN atau cache di depan situs, dan siapkan halaman statis yang ringan untuk "
        "pernyataan krisis."),
    reasons={
        "web.response_time.fast": tr("Final response in {ms} ms.",
                                     "Respons akhir dalam {ms} ms."),
        "web.response_time.slow": tr("Final response took {ms} ms (more than {pass_ms} ms).",
                                     "Respons akhir memerlukan {ms} ms (lebih dari {pass_ms} ms)."),
        "web.response_time.very_slow": tr(
            "Final response took {ms} ms ({warn_ms} ms or more).",
            "Respons akhir memerlukan {ms} ms ({warn_ms} ms atau lebih)."),
        "web.response_time.timeout": tr("No response within the time limit.",
                                        "Tidak ada respons dalam batas waktu."),
    },
)


# -- web.social_links ----------------------------------------------------------------------

def _profile_links(html: str, base_url: str) -> set[tuple[str, str]]:
    """(platform, normalised handle) of every social, messaging or listing profile linked."""
    found = set()
    for href in _parse(html).hrefs:
        try:
            url = urljoin(base_url, href)
        except ValueError:
            continue
        seen = recognise(url)
        if seen is None or not seen.handle:
            continue
        try:
            kind = get_platform(seen.platform).kind
        except KeyError:
            continue
        if kind in SOCIAL_KINDS:
            found.add((seen.platform, normalise_handle(seen.handle)))
    return found


def _show(profiles: set[tuple[str, str]]) -> str:
    return ", ".join(f"{platform} @{handle}" for platform, handle in sorted(profiles))


@for_asset
def _social_links(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    main, failed = _response(facts)
    if failed:
        return failed
    base = as_str(main.get("final_url")) or as_str(main.get("url"))
    linked = _profile_links(as_str(main.get("html")), base)
    known = linked & ctx.inventory_profiles
    unknown = linked - ctx.inventory_profiles
    values = {"linked": _show(known), "unknown": _show(unknown), "count": len(linked)}
    evidence = {"linked": sorted(map(list, known)), "not_in_inventory": sorted(map(list, unknown))}
    if not linked:
        return Outcome("fail", "web.social_links.none", values, evidence)
    if not known:
        return Outcome("warn", "web.social_links.unknown_only", values, evidence)
    if unknown:
        return Outcome("warn", "web.social_links.some_unknown", values, evidence)
    return Outcome("pass", "web.social_links.ok", values, evidence)


SOCIAL_LINKS = CheckSpec(
    id="web.social_links",
    dimension="technical",
    severity="medium",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_social_links,
    title=tr("Website links to the official accounts", "Situs web menautkan akun resmi"),
    why=tr(
        "During a crisis people check the website to tell your real accounts from impostors; "
        "a missing or stale link sends them to the wrong one.",
        "Saat krisis, publik membuka situs web untuk membedakan akun asli dari akun palsu; "
        "tautan yang tidak ada atau usang justru mengarahkan mereka ke akun yang salah."),
    fix=tr(
        "Link every official account from the site's header or footer, remove links to "
        "accounts you no longer run, and add any account you do run to this inventory.",
        "Tautkan semua akun resmi di header atau footer situs, hapus tautan ke akun yang sudah "
        "tidak dikelola, dan masukkan akun yang masih dikelola ke inventaris ini."),
    reasons={
        "web.social_links.ok": tr("Links to inventoried accounts: {linked}.",
                                  "Menautkan akun yang tercatat di inventaris: {linked}."),
        "web.social_links.unknown_only": tr(
            "Links only to accounts not in the inventory (stale links or unknown accounts): "
            "{unknown}.",
            "Hanya menautkan akun yang tidak tercatat di inventaris (tautan usang atau akun "
            "tak dikenal): {unknown}."),
        "web.social_links.some_unknown": tr(
            "Links to {linked}, but also to accounts not in the inventory: {unknown}.",
            "Menautkan {linked}, tetapi juga akun yang tidak tercatat di inventaris: {unknown}."),
        "web.social_links.none": tr("The page links to no social accounts.",
                                    "Halaman tidak menautkan satu pun akun media sosial."),
    },
)


# -- web.security_txt ----------------------------------------------------------------------



def _security_txt_grade(found: Mapping[str, Any], ctx: Context) -> tuple[str, str, dict]:
    """(status, reason, extra values) of a security.txt that answered 2xx."""
    content_type = as_str(found.get("content_type")).split(";")[0].strip().lower()
    fields = security_txt_fields(as_str(found.get("text")))
    contact, expires = fields.get("contact", []), fields.get("expires", [])
    values = {"content_type": content_type or "-", "contact": ", ".join(contact)}
    if not contact and content_type != SECURITY_TXT_TYPE:
        return "fail", "web.security_txt.not_a_file", values  # e.g. the site's HTML 404 page
    if not contact:
        return "warn", "web.security_txt.no_contact", values
    day = parse_expires(expires[0]) if len(expires) == 1 else None  # §2.5.5: exactly once
    if day is None:
        return "warn", "web.security_txt.no_expires", values
    values["expires"] = day.isoformat()
    if day < ctx.today:
        return "warn", "web.security_txt.expired", values
    if content_type != SECURITY_TXT_TYPE:
        return "warn", "web.security_txt.wrong_type", values
    return "pass", "web.security_txt.ok", values


@for_asset
def _security_txt(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    website, failed = probe_facts(facts, "website")
    if failed:
        return failed
    found = as_dict(website.get("security_txt"))
    if not found:
        return probe_failed(None, "website (security.txt)")
    url = as_str(found.get("final_url")) or as_str(found.get("url"))
    status, kind = _status(found), as_str(found.get("error_kind"))
    values: dict[str, Any] = {"url": url, "status": status, **error_values(found)}
    evidence = {"security_txt": {k: v for k, v in found.items() if k != "text"},
                "text": as_str(found.get("text"))[:2000]}
    if kind in NO_HANDSHAKE_KINDS:  # RFC 9116 §3: only HTTPS counts
        return Outcome("fail", "web.security_txt.no_https", values, evidence)
    if found.get("error") or status is None:
        return probe_failed(found, "website")
    if status in SECURITY_TXT_ABSENT:
        return Outcome("fail", "web.security_txt.absent", values, evidence)
    if not 200 <= status < 300:  # 401/403/429/5xx: blocked or broken, not proof either way
        return Outcome("unknown", "web.security_txt.unclear", values, evidence)
    if _scheme(url) != "https":
        return Outcome("warn", "web.security_txt.not_https", values, evidence)
    grade, reason, extra = _security_txt_grade(found, ctx)
    return Outcome(grade, reason, {**values, **extra}, evidence)


SECURITY_TXT = CheckSpec(
    id="web.security_txt",
    dimension="technical",
    severity="low",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_security_txt,
    title=tr("security.txt tells researchers whom to contact",
             "security.txt memberi tahu peneliti siapa yang bisa dihubungi"),
    why=tr(
        "A researcher who finds a breach and has nobody to tell tells the public instead; a "
        "security.txt turns a headline into a private report.",
        "Peneliti keamanan yang menemukan kebocoran tetapi tidak tahu harus melapor ke siapa "
        "akan mengungkapkannya ke publik; security.txt mengubah calon berita heboh menjadi "
        "laporan pribadi."),
    fix=tr(
        "Publish https://<your site>/.well-known/security.txt as text/plain with a Contact: "
        "line (a monitored mailbox such as security@ on your domain) and an Expires: date "
        "within a year, and renew it before it expires (RFC 9116).",
        "Terbitkan https://<situs Anda>/.well-known/security.txt bertipe text/plain berisi "
        "baris Contact: (kotak masuk yang dipantau, misalnya security@ di domain Anda) dan "
        "tanggal Expires: dalam satu tahun, lalu perbarui sebelum kedaluwarsa (RFC 9116)."),
    reasons={
        "web.security_txt.ok": tr("{url} names {contact}, valid until {expires}.",
                                  "{url} mencantumkan {contact}, berlaku hingga {expires}."),
        "web.security_txt.expired": tr(
            "{url} expired on {expires}; researchers may treat its contact as stale.",
            "{url} kedaluwarsa sejak {expires}; peneliti bisa menganggap kontaknya usang."),
        "web.security_txt.no_contact": tr("{url} has no Contact: line.",
                                          "{url} tidak memuat baris Contact:."),
        "web.security_txt.no_expires": tr(
            "{url} has no single valid Expires: date (RFC 9116 requires one).",
            "{url} tidak memuat tepat satu tanggal Expires: yang valid (diwajibkan RFC 9116)."),
        "web.security_txt.wrong_type": tr(
            "{url} is served as {content_type}, not text/plain.",
            "{url} disajikan sebagai {content_type}, bukan text/plain."),
        "web.security_txt.not_https": tr(
            "security.txt is only served over plain HTTP ({url}); RFC 9116 requires HTTPS.",
            "security.txt hanya disajikan lewat HTTP biasa ({url}); RFC 9116 mewajibkan HTTPS."),
        "web.security_txt.not_a_file": tr(
            "{url} answers with a {content_type} page that is not a security.txt (no Contact:).",
            "{url} menjawab dengan halaman {content_type} yang bukan security.txt (tanpa "
            "Contact:)."),
        "web.security_txt.absent": tr("No security.txt: {url} answers {status}.",
                                      "Tidak ada security.txt: {url} menjawab {status}."),
        "web.security_txt.no_https": tr(
            "No security.txt can be served because HTTPS failed: {error}.",
            "security.txt tidak bisa disajikan karena HTTPS gagal: {error}."),
        "web.security_txt.unclear": tr(
            "{url} answered {status}, which neither shows nor rules out a security.txt.",
            "{url} menjawab {status}, yang tidak membuktikan ada atau tidaknya security.txt."),
    },
)


# -- web.cookies ---------------------------------------------------------------------------



def _cookie_issues(cookie: Cookie) -> tuple[list[str], list[str]]:
    """(failing, warning) attributes a cookie lacks, per CHECKS.md web.cookies."""
    session = not cookie.persistent or bool(SESSION_COOKIE_NAME.search(cookie.name))
    secure, http_only = "secure" in cookie.attributes, "httponly" in cookie.attributes
    failing = [a for a, ok in (("Secure", secure), ("HttpOnly", http_only)) if session and not ok]
    warning = [] if session or secure else ["Secure"]
    if cookie.same_site is None:
        warning.append("SameSite")
    return failing, warning


@for_asset
def _cookies(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    main, failed = _response(facts)
    if failed:
        return failed
    lines = set_cookie_lines(main)
    parsed = [c for c in map(parse_set_cookie, lines) if c is not None]
    rejected = [f"{c.name} ({why})" for c in parsed if (why := rejected_by_browsers(c))]
    cookies = [c for c in parsed if not rejected_by_browsers(c)]  # browsers never store these
    evidence: dict[str, Any] = {"set-cookie": lines[:50]}
    if rejected:
        evidence["rejected"] = rejected
    if not cookies and rejected:
        return Outcome("not_applicable", "web.cookies.all_rejected",
                       {"rejected": "; ".join(rejected)}, evidence)
    if not cookies:
        return Outcome("not_applicable", "web.cookies.none", {}, evidence)
    failing, warning = [], []
    for cookie in cookies:
        bad, weak = _cookie_issues(cookie)
        if bad:
            failing.append(f"{cookie.name} ({', '.join(bad)})")
        if weak:
            warning.append(f"{cookie.name} ({', '.join(weak)})")
    values = {"count": len(cookies), "names": ", ".join(c.name for c in cookies),
              "failing": "; ".join(failing), "warning": "; ".join(warning)}
    if failing:
        return Outcome("fail", "web.cookies.session_exposed", values, evidence)
    if warning:
        return Outcome("warn", "web.cookies.weak", values, evidence)
    return Outcome("pass", "web.cookies.ok", values, evidence)


COOKIES = CheckSpec(
    id="web.cookies",
    dimension="technical",
    severity="medium",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_cookies,
    title=tr("Cookies are protected (Secure, HttpOnly, SameSite)",
             "Cookie terlindungi (Secure, HttpOnly, SameSite)"),
    why=tr(
        "A session cookie sent without Secure or readable by scripts lets an attacker take "
        "over an admin's session and publish in your name.",
        "Cookie sesi yang dikirim tanpa Secure atau bisa dibaca skrip memungkinkan penyerang "
        "mengambil alih sesi admin dan mengunggah konten atas nama Anda."),
    fix=tr(
        "Set Secure and SameSite=Lax (or Strict) on every cookie, and HttpOnly on session and "
        "login cookies, in the application or CMS settings.",
        "Pasang atribut Secure dan SameSite=Lax (atau Strict) pada setiap cookie, serta "
        "HttpOnly pada cookie sesi dan login, di pengaturan aplikasi atau CMS."),
    reasons={
        "web.cookies.ok": tr("{count} cookie(s) set, all protected: {names}.",
                             "{count} cookie dipasang, semuanya terlindungi: {names}."),
        "web.cookies.weak": tr("Cookies missing attributes: {warning}.",
                               "Cookie yang kurang atributnya: {warning}."),
        "web.cookies.session_exposed": tr(
            "Session-like cookies missing attributes: {failing}.",
            "Cookie sesi yang kurang atributnya: {failing}."),
        "web.cookies.none": tr("The page sets no cookie.",
                               "Halaman tidak memasang cookie."),
        "web.cookies.all_rejected": tr(
            "Every cookie the page sends is refused by browsers (RFC 6265bis prefix rules), "
            "so none is set: {rejected}.",
            "Semua cookie yang dikirim halaman ditolak browser (aturan prefiks RFC 6265bis), "
            "jadi tidak ada yang terpasang: {rejected}."),
    },
)


# -- web.mixed_content ---------------------------------------------------------------------


def _third_party(url: str, page_url: str) -> bool:
    """Another registrable domain than the page's (a CDN or a vendor, not the site)."""
    host, own = _host(url), _host(page_url)
    return bool(host) and registrable_domain(host) != registrable_domain(own)


@for_asset
def _mixed_content(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    main, failed = _response(facts)
    if failed:
        return failed
    page_url = as_str(main.get("final_url")) or as_str(main.get("url"))
    html = as_str(main.get("html"))
    if _scheme(page_url) != "https":  # web.hsts and web.https_redirect already say so
        return Outcome("not_applicable", "web.mixed_content.not_https", {"url": page_url})
    if not html.strip():
        return Outcome("not_applicable", "web.mixed_content.no_html", {"url": page_url})
    page = _parse(html)
    csp = _enforced_csp(main, page)
    # CSP upgrade-insecure-requests: the browser fetches every http:// subresource over https.
    upgraded = csp.enforced and "upgrade-insecure-requests" in (csp.policy or {})
    insecure = []
    for what, written in page.active:
        try:
            url = urljoin(page_url, written)
        except ValueError:
            continue
        if _scheme(url) == "http":
            insecure.append(f"{what} {url}")
    no_sri = []
    for src, integrity in page.scripts:
        try:
            url = urljoin(page_url, src)
        except ValueError:
            continue
        if not integrity and _scheme(url) in ("http", "https") and _third_party(url, page_url):
            no_sri.append(url)
    values = {"url": page_url, "insecure": ", ".join(insecure[:10]),
              "no_sri": ", ".join(no_sri[:10]), "count": len(insecure) or len(no_sri)}
    evidence = {"insecure": insecure[:50], "no_sri": no_sri[:50], "upgraded": upgraded,
                "truncated": bool(main.get("truncated"))}
    if insecure and not upgraded:
        return Outcome("fail", "web.mixed_content.insecure", values, evidence)
    if no_sri:
        return Outcome("warn", "web.mixed_content.no_sri", values, evidence)
    if main.get("truncated"):  # the unread rest of the page could load anything
        return Outcome("unknown", "web.mixed_content.truncated", values, evidence)
    return Outcome("pass", "web.mixed_content.ok", values, evidence)


MIXED_CONTENT = CheckSpec(
    id="web.mixed_content",
    dimension="technical",
    severity="medium",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_mixed_content,
    title=tr("No insecure or unverified scripts on the HTTPS page",
             "Skrip di halaman HTTPS aman dan terverifikasi"),
    why=tr(
        "A script loaded over http:// or from a vendor without an integrity hash can be "
        "swapped on the way or at the vendor, and then it rewrites your page: a defaced "
        "statement in your own name.",
        "Skrip yang dimuat lewat http:// atau dari pihak ketiga tanpa hash integrity bisa "
        "ditukar di tengah jalan atau di server pihak ketiga itu, lalu mengubah halaman Anda: "
        "pernyataan palsu atas nama Anda sendiri."),
    fix=tr(
        "Load every script, stylesheet, iframe and form target over https://, add "
        "integrity=\"sha384-...\" crossorigin=\"anonymous\" to third-party scripts (or host "
        "them yourself), and consider the CSP directive upgrade-insecure-requests.",
        "Muat setiap skrip, stylesheet, iframe, dan tujuan formulir lewat https://, tambahkan "
        "integrity=\"sha384-...\" crossorigin=\"anonymous\" pada skrip pihak ketiga (atau "
        "simpan di server sendiri), dan pertimbangkan direktif CSP upgrade-insecure-requests."),
    reasons={
        "web.mixed_content.ok": tr(
            "Everything active on {url} loads over HTTPS and third-party scripts carry SRI.",
            "Semua konten aktif di {url} dimuat lewat HTTPS dan skrip pihak ketiga memakai "
            "SRI."),
        "web.mixed_content.insecure": tr("Active content over http:// on {url}: {insecure}.",
                                         "Konten aktif lewat http:// di {url}: {insecure}."),
        "web.mixed_content.no_sri": tr(
            "Third-party scripts without integrity (SRI) on {url}: {no_sri}.",
            "Skrip pihak ketiga tanpa integrity (SRI) di {url}: {no_sri}."),
        "web.mixed_content.truncated": tr(
            "Nothing insecure in the part of {url} that was read, but the page was too large "
            "to read whole.",
            "Tidak ada yang tidak aman di bagian {url} yang terbaca, tetapi halaman terlalu "
            "besar untuk dibaca seluruhnya."),
        "web.mixed_content.not_https": tr("{url} is not an HTTPS page.",
                                          "{url} bukan halaman HTTPS."),
        "web.mixed_content.no_html": tr("{url} returned no HTML to inspect.",
                                        "{url} tidak berisi HTML untuk diperiksa."),
    },
)


# -- web.csp_quality -----------------------------------------------------------------------


@for_asset
def _csp_quality(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    main, failed = _response(facts)
    if failed:
        return failed
    csp = _enforced_csp(main, _parse(as_str(main.get("html"))))
    evidence = {"content-security-policy": header_lines(main, "content-security-policy"),
                "policies": csp.count, "merged": csp.policy}
    if csp.invalid:  # sent but broken: the Observatory's csp-header-invalid
        return Outcome("fail", "web.csp_quality.invalid", {"problem": csp.invalid}, evidence)
    if csp.policy is None:  # web.security_headers already counts a missing CSP
        return Outcome("not_applicable", "web.csp_quality.no_csp", {}, evidence)
    judged = script_policy(csp.policy)
    values = {"directive": judged.directive or "-",
              "sources": " ".join(judged.unrestricted or judged.weak)}
    if judged.directive is None:
        return Outcome("fail", "web.csp_quality.no_script_directive", values, evidence)
    if judged.unrestricted:
        return Outcome("fail", "web.csp_quality.unrestricted", values, evidence)
    if judged.weak:
        return Outcome("warn", "web.csp_quality.weak", values, evidence)
    return Outcome("pass", "web.csp_quality.ok", values, evidence)


CSP_QUALITY = CheckSpec(
    id="web.csp_quality",
    dimension="technical",
    severity="low",
    platforms=WEBSITE,
    needs=("website",),
    evaluate=_csp_quality,
    title=tr("Content-Security-Policy really restricts scripts",
             "Content-Security-Policy benar-benar membatasi skrip"),
    why=tr(
        "A CSP that allows inline or any-origin scripts stops nothing: an injected script "
        "still runs and can deface the page people read during a crisis.",
        "CSP yang mengizinkan skrip inline atau dari sembarang asal tidak menghentikan apa "
        "pun: skrip sisipan tetap berjalan dan bisa mengubah halaman yang dibaca publik saat "
        "krisis."),
    fix=tr(
        "Set script-src (or default-src) to 'self' and named hosts, replace 'unsafe-inline' "
        "with nonces or hashes ('strict-dynamic' for script loaders), and drop 'unsafe-eval', "
        "* and bare https:.",
        "Atur script-src (atau default-src) ke 'self' dan host yang disebut namanya, ganti "
        "'unsafe-inline' dengan nonce atau hash ('strict-dynamic' untuk pemuat skrip), lalu "
        "hapus 'unsafe-eval', * dan https: tanpa host."),
    reasons={
        "web.csp_quality.ok": tr("{directive} restricts scripts.",
                                 "{directive} membatasi skrip."),
        "web.csp_quality.weak": tr("{directive} restricts scripts but allows {sources}.",
                                   "{directive} membatasi skrip tetapi mengizinkan {sources}."),
        "web.csp_quality.unrestricted": tr(
            "{directive} lets any script run: {sources}.",
            "{directive} membiarkan skrip apa pun berjalan: {sources}."),
        "web.csp_quality.no_script_directive": tr(
            "The CSP has neither script-src nor default-src, so scripts are not restricted.",
            "CSP tidak memuat script-src maupun default-src, jadi skrip tidak dibatasi."),
        "web.csp_quality.invalid": tr(
            "The Content-Security-Policy sent is invalid ({problem}), so it does not count as "
            "a restriction (the Observatory's csp-header-invalid).",
            "Content-Security-Policy yang dikirim tidak valid ({problem}), sehingga tidak "
            "dihitung sebagai pembatasan (csp-header-invalid menurut Observatory)."),
        "web.csp_quality.no_csp": tr("No enforced Content-Security-Policy.",
                                     "Tidak ada Content-Security-Policy yang diberlakukan."),
    },
)


CHECKS: tuple[CheckSpec, ...] = (
    REACHABLE, HTTPS_REDIRECT, TLS_VALID, TLS_EXPIRY, HSTS, SECURITY_HEADERS, META,
    RESPONSE_TIME, SOCIAL_LINKS, SECURITY_TXT, COOKIES, MIXED_CONTENT, CSP_QUALITY,
)

"""Presence checks for social accounts, messaging channels and listings.

`social.profile_exists` reads the `profile` probe; the other two judge the inventory
row itself against the platform catalog (audit/platforms.py) and the engagement.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from audit.models import Asset
from audit.platforms import get as get_platform
from audit.platforms import normalise_handle, recognise
from checks.base import (
    CheckSpec,
    Context,
    Facts,
    Outcome,
    as_dict,
    as_number,
    as_str,
    for_asset,
    probe_failed,
    tr,
)

ACCOUNTS = frozenset({"social", "messaging", "listing"})
# Blocked is its own state, never "missing" (Sherlock / WhatsMyName; CHECKS.md).
BLOCKED_STATUSES = frozenset({401, 403, 429})
GONE_STATUSES = frozenset({404, 410})


# -- social.profile_exists -----------------------------------------------------------------


@for_asset
def _profile_exists(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    profile = as_dict(as_dict(facts).get("profile"))
    if not profile:
        return probe_failed(None, "profile")
    number = as_number(profile.get("status"))
    status = int(number) if number is not None else None
    values = {"url": as_str(profile.get("url")) or as_str(asset.url), "status": status,
              "marker": as_str(profile.get("not_found_marker"))
              or as_str(profile.get("login_wall_marker"))}
    evidence = {"profile": dict(profile)}
    if profile.get("login_wall_marker"):
        return Outcome("unknown", "social.profile_exists.login_wall", values, evidence)
    if status in BLOCKED_STATUSES:
        return Outcome("unknown", "social.profile_exists.blocked", values, evidence)
    if status in GONE_STATUSES:
        return Outcome("fail", "social.profile_exists.not_found", values, evidence)
    if profile.get("not_found_marker"):
        return Outcome("fail", "social.profile_exists.not_found_page", values, evidence)
    if profile.get("error") or status is None:
        return probe_failed(profile, "profile")
    if 200 <= status < 300:
        return Outcome("pass", "social.profile_exists.ok", values, evidence)
    return Outcome("unknown", "social.profile_exists.unexpected_status", values, evidence)


PROFILE_EXISTS = CheckSpec(
    id="social.profile_exists",
    dimension="presence",
    severity="high",
    kinds=ACCOUNTS,
    needs=("profile",),
    evaluate=_profile_exists,
    title=tr("Profile is online", "Profil masih dapat diakses"),
    why=tr(
        "A deleted or suspended account leaves the name free for impostors, and followers who "
        "look for you in a crisis find nothing or someone else.",
        "Akun yang terhapus atau ditangguhkan membuka peluang nama itu dipakai peniru, dan "
        "pengikut yang mencari Anda saat krisis tidak menemukan apa-apa, atau justru menemukan "
        "akun orang lain."),
    fix=tr(
        "Check the URL in the inventory; if the account was deleted or suspended, recover it "
        "through the platform's support, or reclaim the name and point followers to it.",
        "Periksa URL di inventaris; jika akun terhapus atau ditangguhkan, pulihkan lewat "
        "layanan bantuan platform, atau amankan kembali nama akunnya dan arahkan pengikut ke "
        "sana."),
    reasons={
        "social.profile_exists.ok": tr("{url} answers {status}.", "{url} merespons {status}."),
        "social.profile_exists.not_found": tr("{url} answers {status}: the profile is gone.",
                                              "{url} merespons {status}: profil sudah tidak ada."),
        "social.profile_exists.not_found_page": tr(
            "{url} shows the platform's \"not found\" page ({marker}).",
            "{url} menampilkan halaman \"tidak ditemukan\" dari platform ({marker})."),
        "social.profile_exists.login_wall": tr(
            "{url} is behind a login wall or captcha, so it could not be checked.",
            "{url} terhalang halaman login atau captcha sehingga tidak dapat diperiksa."),
        "social.profile_exists.blocked": tr(
            "The platform refused the check with {status} at {url}.",
            "Platform menolak pemeriksaan di {url} (status {status})."),
        "social.profile_exists.unexpected_status": tr(
            "{url} answers {status}, which says neither present nor gone.",
            "{url} merespons {status}, yang tidak menunjukkan profil ada atau tidak ada."),
    },
)


# -- social.handle_consistency -------------------------------------------------------------


def _handle(asset: Asset) -> str:
    """The handle as typed, or the one recognised from the URL."""
    handle, url = as_str(asset.handle).strip(), as_str(asset.url).strip()
    if handle:
        return handle
    try:
        seen = recognise(url, as_str(asset.platform) or None) if url else None
    except KeyError:  # unknown platform id
        seen = None
    return seen.handle if seen else ""


@for_asset
def _handle_consistency(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    handle = _handle(asset)
    dominant = normalise_handle(ctx.dominant_handle)
    values = {"handle": handle, "dominant": dominant}
    if not dominant:
        return Outcome("not_applicable", "not_applicable", values)
    if not handle:
        return Outcome("unknown", "social.handle_consistency.no_handle", values)
    if normalise_handle(handle) == dominant:
        return Outcome("pass", "social.handle_consistency.ok", values)
    return Outcome("warn", "social.handle_consistency.differs", values)


HANDLE_CONSISTENCY = CheckSpec(
    id="social.handle_consistency",
    dimension="presence",
    severity="low",
    kinds=frozenset({"social"}),
    evaluate=_handle_consistency,
    title=tr("Handle matches the brand's usual handle",
             "Nama akun sama dengan nama akun utama merek"),
    why=tr(
        "When every account uses the same handle, people can tell the real one from an "
        "impostor at a glance; a one-off handle is easy to spoof.",
        "Jika semua akun memakai nama yang sama, publik langsung bisa membedakan akun asli "
        "dari akun palsu; nama yang berbeda sendiri mudah ditiru."),
    fix=tr(
        "Rename the account to the brand's usual handle where the platform allows it, or "
        "claim that handle and link it to this account.",
        "Ganti nama akun ke nama yang biasa dipakai merek jika platform mengizinkan, atau "
        "amankan nama tersebut dan tautkan ke akun ini."),
    reasons={
        "social.handle_consistency.ok": tr(
            "Handle @{handle} matches the brand's @{dominant}.",
            "Nama akun @{handle} sama dengan nama akun merek, @{dominant}."),
        "social.handle_consistency.differs": tr(
            "Handle @{handle} differs from the brand's usual @{dominant}.",
            "Nama akun @{handle} berbeda dari nama yang biasa dipakai, @{dominant}."),
        "social.handle_consistency.no_handle": tr(
            "No handle in the inventory, and none could be read from the URL.",
            "Nama akun tidak diisi di inventaris dan tidak terbaca dari URL."),
    },
)


# -- social.url_platform -------------------------------------------------------------------


def _official(host: str, hosts: tuple[str, ...]) -> bool:
    # A subdomain of an official host is the platform's too (id-id.facebook.com): only the
    # platform controls its DNS, so it cannot be a lookalike.
    return any(host == h or host.endswith("." + h) for h in hosts)


@for_asset
def _url_platform(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    url = as_str(asset.url).strip()
    try:
        hosts = get_platform(as_str(asset.platform)).hosts
    except KeyError:
        hosts = ()
    if not url or not hosts:
        return Outcome("not_applicable", "not_applicable", {"url": url})
    try:
        host = (urlsplit(url if "://" in url else "https://" + url).hostname or "").rstrip(".")
    except ValueError:
        host = ""
    values = {"url": url, "host": host, "platform": as_str(asset.platform),
              "official": ", ".join(hosts)}
    if not host:
        return Outcome("fail", "social.url_platform.invalid", values)
    if _official(host, hosts):
        return Outcome("pass", "social.url_platform.ok", values)
    return Outcome("fail", "social.url_platform.other_host", values)


URL_PLATFORM = CheckSpec(
    id="social.url_platform",
    dimension="presence",
    severity="low",
    kinds=ACCOUNTS,
    evaluate=_url_platform,
    title=tr("URL is on the platform's official domain", "URL berada di domain resmi platform"),
    why=tr(
        "A typo or lookalike domain in the inventory means the team may share, monitor or "
        "hand over the wrong address when minutes count.",
        "Salah ketik atau domain tiruan di inventaris membuat tim bisa membagikan, memantau, "
        "atau menyerahkan alamat yang keliru saat setiap menit berharga."),
    fix=tr(
        "Open the account from the platform's app, copy its share link and put that URL in "
        "the inventory.",
        "Buka akun dari aplikasi platform, salin tautannya lewat menu Bagikan, lalu masukkan URL "
        "itu ke inventaris."),
    reasons={
        "social.url_platform.ok": tr("{host} is an official {platform} host.",
                                     "{host} adalah host resmi {platform}."),
        "social.url_platform.other_host": tr(
            "{host} is not an official {platform} host ({official}); check for a typo or a "
            "lookalike.",
            "{host} bukan host resmi {platform} ({official}); periksa kemungkinan salah ketik "
            "atau domain tiruan."),
        "social.url_platform.invalid": tr("{url} is not a valid web address.",
                                          "{url} bukan alamat web yang valid."),
    },
)


CHECKS: tuple[CheckSpec, ...] = (PROFILE_EXISTS, HANDLE_CONSISTENCY, URL_PLATFORM)

"""Presence checks for social accounts, messaging channels and listings.

`social.profile_exists` reads the `profile` probe; the other two judge the inventory
row itself against the platform catalog (audit/platforms.py) and the engagement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from audit.models import Asset
from audit.platforms import ProfileRule, normalise_handle, recognise
from audit.platforms import get as get_platform
from checks.base import (
    CheckSpec,
    Context,
    Facts,
    Outcome,
    as_dict,
    as_number,
    as_str,
    error_values,
    for_asset,
    probe_failed,
    tr,
)

ACCOUNTS = frozenset({"social", "messaging", "listing"})
# Blocked is its own state, never "missing" (Sherlock / WhatsMyName; CHECKS.md).
BLOCKED_STATUSES = frozenset({401, 403})
RATE_LIMITED = 429
REFUSED_AUTOMATION = 999  # LinkedIn's answer to automated clients (sherlock #2652)
# E.164: a country code and at most 15 digits (ITU-T E.164). Indonesian mobile numbers are
# 08xx plus 7-10 digits, i.e. 62 8 and 8 to 11 more digits (Permenkominfo numbering plan).
E164 = re.compile(r"[1-9]\d{7,14}")
INDONESIA, INDONESIAN_MOBILE = "62", re.compile(r"628\d{8,11}")


# -- social.profile_exists -----------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    status: str
    reason: str
    marker: str = ""


def judge_profile(rule: ProfileRule, seen: Mapping[str, Any], own_hosts: frozenset[str]
                  ) -> Verdict:
    """CHECKS.md's order over what the probe saw: exists proof -> pass, absence proof ->
    fail, anything else unknown with the reason that says what was seen.

    A login wall or challenge never discards proof: Facebook overlays a login form on
    real pages, so markers are read before walls. `own_hosts` are the platform's hosts:
    a 404 from anywhere else proves nothing about the account.
    """
    number = as_number(seen.get("status"))
    status = int(number) if number is not None else None
    answered = status is not None and 200 <= status < 300
    final = as_str(seen.get("final_url"))
    walled = seen.get("wall_url") or seen.get("challenge_marker") or seen.get("wall_marker")
    proof = ""
    if status in rule.exists_codes and seen.get("exists_marker"):
        proof = as_str(seen.get("exists_marker"))
    elif answered and seen.get("exists_url"):
        proof = final
    absence: Verdict | None = None
    if seen.get("missing_url"):
        absence = Verdict("fail", "social.profile_exists.unavailable", final)
    elif seen.get("missing_marker") and not seen.get("error"):
        absence = Verdict("fail", "social.profile_exists.not_found_page",
                          as_str(seen.get("missing_marker")))
    elif (status in rule.missing_codes and not walled and not seen.get("error")
          and _host(final) in own_hosts):
        absence = Verdict("fail", "social.profile_exists.not_found")
    if proof and absence:
        return Verdict("unknown", "social.profile_exists.ambiguous",
                       f"{proof}; {absence.marker or status}")
    if proof:
        return Verdict("pass", "social.profile_exists.ok", proof)
    if absence:
        return absence
    if seen.get("wall_url"):
        return Verdict("unknown", "social.profile_exists.login_redirect", final)
    if seen.get("challenge_marker"):
        return Verdict("unknown", "social.profile_exists.challenge",
                       as_str(seen.get("challenge_marker")))
    if status == REFUSED_AUTOMATION:
        return Verdict("unknown", "social.profile_exists.refused")
    if status == RATE_LIMITED:  # before the wall text: "Please wait a few minutes" is a 429
        return Verdict("unknown", "social.profile_exists.rate_limited")
    if seen.get("wall_marker"):
        return Verdict("unknown", "social.profile_exists.login_wall",
                       as_str(seen.get("wall_marker")))
    if seen.get("error") or status is None:
        return Verdict("error", "probe_error")
    if status in BLOCKED_STATUSES:
        return Verdict("unknown", "social.profile_exists.blocked")
    if answered:
        return Verdict("unknown", "social.profile_exists.no_proof" if rule.proves_existence
                       else "social.profile_exists.no_rule")
    return Verdict("unknown", "social.profile_exists.unexpected_status")


def judge_number(number: str) -> Verdict:
    """WhatsApp: only the number's format can be judged; registration cannot be seen over
    HTTP (wa.me answers the same page for every well-formed number)."""
    digits = number.lstrip("+")
    if not digits.isdigit():
        return Verdict("unknown", "social.profile_exists.whatsapp_link")
    if digits.startswith(INDONESIA + "0"):
        return Verdict("fail", "social.profile_exists.whatsapp_trunk_zero")
    if not E164.fullmatch(digits):
        return Verdict("fail", "social.profile_exists.whatsapp_invalid")
    if digits.startswith(INDONESIA) and not digits.startswith(INDONESIA + "8"):
        return Verdict("unknown", "social.profile_exists.whatsapp_landline")
    if digits.startswith(INDONESIA + "8") and not INDONESIAN_MOBILE.fullmatch(digits):
        return Verdict("fail", "social.profile_exists.whatsapp_invalid")
    return Verdict("unknown", "social.profile_exists.whatsapp_unverifiable")


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


@for_asset
def _profile_exists(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    profile = as_dict(as_dict(facts).get("profile"))
    if not profile or (profile.get("error_kind") == "invalid_url" and not profile.get("rule")):
        return probe_failed(profile or None, "profile")
    try:
        platform = get_platform(as_str(asset.platform))
    except KeyError:
        return probe_failed(profile, "profile")
    rule = platform.rule(as_str(profile.get("rule")))
    number = as_number(profile.get("status"))
    handle = as_str(profile.get("handle")) or as_str(asset.handle).lstrip("@")
    values = {"url": as_str(profile.get("url")) or as_str(asset.url),
              "status": int(number) if number is not None else None,
              "platform": platform.label, "platform_id": platform.id,
              "final_url": as_str(profile.get("final_url")),
              "number": handle, "marker": "", "title": as_str(profile.get("title")),
              **error_values(profile)}
    evidence = {"profile": dict(profile)}
    if rule is None:
        return Outcome("unknown", "social.profile_exists.no_rule", values, evidence)
    own = frozenset({*platform.hosts, *platform.shared_hosts,
                     _host(as_str(profile.get("probe_url")))})
    verdict = judge_number(handle) if rule.judge == "phone_number" else \
        judge_profile(rule, profile, own)
    values["marker"] = verdict.marker
    return Outcome(verdict.status, verdict.reason, values, evidence)


PROFILE_EXISTS = CheckSpec(
    id="social.profile_exists",
    dimension="presence",
    severity="high",
    kinds=ACCOUNTS,
    needs=("profile",),
    evaluate=_profile_exists,
    title=tr("Profile is online", "Ketersediaan profil"),
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
        "social.profile_exists.ok": tr(
            "{url} shows the account ({marker}).",
            "{url} menunjukkan akunnya ada ({marker})."),
        "social.profile_exists.not_found": tr(
            "{url} answers {status} from {platform} itself: the account is gone.",
            "{url} merespons {status} dari {platform} sendiri: akun sudah tidak ada."),
        "social.profile_exists.not_found_page": tr(
            "{url} shows {platform}'s \"not found\" answer ({marker}): the account is gone, "
            "or restricted.",
            "{url} menampilkan jawaban \"tidak ditemukan\" dari {platform} ({marker}): akun "
            "sudah tidak ada, atau dibatasi."),
        "social.profile_exists.unavailable": tr(
            "{url} redirects to {platform}'s \"unavailable\" page ({final_url}).",
            "{url} dialihkan ke halaman \"tidak tersedia\" {platform} ({final_url})."),
        "social.profile_exists.ambiguous": tr(
            "{url} shows both an existing account and a not-found page ({marker}), so it "
            "proves neither.",
            "{url} menunjukkan tanda akun ada sekaligus halaman tidak ditemukan ({marker}), "
            "sehingga tidak membuktikan keduanya."),
        "social.profile_exists.login_redirect": tr(
            "{url} was redirected to a login or check page ({final_url}), so the account "
            "could not be seen.",
            "{url} dialihkan ke halaman login atau pemeriksaan ({final_url}), sehingga akun "
            "tidak dapat dilihat."),
        "social.profile_exists.challenge": tr(
            "{platform} served a bot challenge ({marker}) instead of the page, so the account "
            "could not be seen.",
            "{platform} menampilkan tantangan anti-bot ({marker}) alih-alih halamannya, "
            "sehingga akun tidak dapat dilihat."),
        "social.profile_exists.login_wall": tr(
            "{url} is behind a login wall ({marker}), so it could not be checked.",
            "{url} terhalang halaman login ({marker}) sehingga tidak dapat diperiksa."),
        "social.profile_exists.refused": tr(
            "{platform} refused automated access ({status}) at {url}.",
            "{platform} menolak akses otomatis ({status}) di {url}."),
        "social.profile_exists.rate_limited": tr(
            "{platform} limited the number of requests ({status}) at {url}; try again later.",
            "{platform} membatasi jumlah permintaan ({status}) di {url}; coba lagi nanti."),
        "social.profile_exists.blocked": tr(
            "The platform refused the check with {status} at {url}.",
            "Platform menolak pemeriksaan di {url} (status {status})."),
        "social.profile_exists.no_proof": tr(
            "{url} answered {status} but shows neither the account nor a not-found page.",
            "{url} merespons {status} tetapi tidak menunjukkan akunnya maupun halaman tidak "
            "ditemukan."),
        "social.profile_exists.no_rule": tr(
            "{platform} has no documented sign of an existing account, so Siaga cannot tell "
            "from {url} whether it exists; check it by hand.",
            "{platform} tidak punya tanda terdokumentasi untuk akun yang ada, sehingga Siaga "
            "tidak dapat memastikan dari {url} apakah akunnya ada; periksa secara manual."),
        "social.profile_exists.unexpected_status": tr(
            "{url} answers {status}, which shows neither that the profile exists nor that "
            "it is gone.",
            "{url} merespons {status}, yang tidak menunjukkan profil ada atau tidak ada."),
        "social.profile_exists.whatsapp_unverifiable": tr(
            "{number} is a well-formed number; whether it is registered on WhatsApp cannot be "
            "seen from outside the app: send it a message to confirm.",
            "{number} adalah nomor yang formatnya benar; apakah nomor itu terdaftar di "
            "WhatsApp tidak dapat dilihat dari luar aplikasi: kirim pesan untuk memastikan."),
        "social.profile_exists.whatsapp_landline": tr(
            "{number} is an Indonesian landline, not a mobile number (62 8…); whether it is "
            "registered on WhatsApp cannot be seen from outside the app.",
            "{number} adalah nomor telepon rumah/kantor Indonesia, bukan nomor seluler "
            "(62 8…); apakah terdaftar di WhatsApp tidak dapat dilihat dari luar aplikasi."),
        "social.profile_exists.whatsapp_trunk_zero": tr(
            "{number} keeps the local 0 after the country code 62, so {url} opens no chat: "
            "write it as 62 8….",
            "{number} masih memuat angka 0 setelah kode negara 62, sehingga {url} tidak "
            "membuka obrolan: tulis sebagai 62 8…."),
        "social.profile_exists.whatsapp_invalid": tr(
            "{number} is not a valid international phone number, so {url} opens no chat.",
            "{number} bukan nomor telepon internasional yang valid, sehingga {url} tidak "
            "membuka obrolan."),
        "social.profile_exists.whatsapp_link": tr(
            "{url} is a WhatsApp message link; where it leads cannot be seen from outside "
            "the app.",
            "{url} adalah tautan pesan WhatsApp; tujuannya tidak dapat dilihat dari luar "
            "aplikasi."),
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
             "Konsistensi nama akun dengan akun utama merek"),
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
        platform = get_platform(as_str(asset.platform))
        hosts = platform.hosts + platform.shared_hosts
    except KeyError:
        hosts = ()
    if not url or not hosts:
        return Outcome("not_applicable", "not_applicable", {"url": url})
    try:
        host = (urlsplit(url if "://" in url else "https://" + url).hostname or "").rstrip(".")
    except ValueError:
        host = ""
    values = {"url": url, "host": host, "platform": as_str(asset.platform),
              "platform_id": as_str(asset.platform), "official": ", ".join(hosts)}
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

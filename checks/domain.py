"""Domain checks for websites and email domains, over the `rdap` probe's registration dates."""

from __future__ import annotations

from audit.models import Asset
from checks.base import (
    CheckSpec,
    Context,
    Facts,
    Outcome,
    as_day,
    as_str,
    error_values,
    for_asset,
    grade_expiry,
    probe_facts,
    tr,
)

# Domain expiry (CHECKS.md): two months leaves time for a purchase order; two weeks does not.
DOMAIN_EXPIRY_PASS_DAYS = 60
DOMAIN_EXPIRY_FAIL_DAYS = 14


@for_asset
def _expiry(facts: Facts, asset: Asset, ctx: Context) -> Outcome:
    rdap, failed = probe_facts(facts, "rdap")
    if as_str(rdap.get("error_kind")) == "not_found":
        # No RDAP service for the TLD, no record, or a bare IP: nothing says when it expires.
        return Outcome("unknown", "domain.expiry.not_found",
                       {"domain": as_str(rdap.get("domain")) or as_str(asset.handle),
                        **error_values(rdap)}, {"rdap": dict(rdap)})
    if failed:
        return failed
    values = {"domain": as_str(rdap.get("domain")) or as_str(asset.handle),
              "registrar": as_str(rdap.get("registrar")) or "-"}
    evidence = {"rdap": dict(rdap)}
    expiration = as_day(rdap.get("expiration"))
    if expiration is None:  # some registries (several ccTLDs) publish no expiry date
        return Outcome("unknown", "domain.expiry.no_date", values, evidence)
    return grade_expiry("domain.expiry", expiration, ctx.today, DOMAIN_EXPIRY_FAIL_DAYS,
                        DOMAIN_EXPIRY_PASS_DAYS, values, evidence)


EXPIRY = CheckSpec(
    id="domain.expiry",
    dimension="technical",
    severity="high",
    kinds=frozenset({"website", "email"}),
    needs=("rdap",),
    evaluate=_expiry,
    title=tr("Domain registration is not about to expire",
             "Masa berlaku pendaftaran domain"),
    why=tr(
        "A lapsed domain takes the website and every email address down at once, and a "
        "squatter who registers it can speak in your name.",
        "Domain yang kedaluwarsa mematikan situs web dan semua alamat email sekaligus, dan "
        "pihak lain yang mendaftarkannya bisa berbicara atas nama Anda."),
    fix=tr(
        "Renew the domain for several years, turn on auto-renew with the registrar, and make "
        "sure the registrar account's contact is a shared company address.",
        "Perpanjang domain untuk beberapa tahun sekaligus, aktifkan perpanjangan otomatis di "
        "registrar, dan pastikan kontak akun registrar memakai alamat email bersama milik "
        "perusahaan."),
    reasons={
        "domain.expiry.ok": tr("{domain} is registered until {date} ({days:day|days} left).",
                               "{domain} terdaftar hingga {date} (sisa {days} hari)."),
        "domain.expiry.soon": tr("{domain} expires in {days:day|days} ({date}).",
                                 "{domain} kedaluwarsa dalam {days} hari ({date})."),
        "domain.expiry.imminent": tr(
            "{domain} expires in {days:day|days} ({date}); renew it now.",
            "{domain} kedaluwarsa dalam {days} hari ({date}); segera perpanjang."),
        "domain.expiry.expired": tr("{domain} expired {days_ago:day|days} ago ({date}).",
                                    "{domain} sudah kedaluwarsa {days_ago} hari lalu ({date})."),
        "domain.expiry.not_found": tr("The registration of {domain} could not be found: {error}.",
                                      "Data pendaftaran {domain} tidak ditemukan: {error}."),
        "domain.expiry.no_date": tr("The registry publishes no expiry date for {domain}.",
                                    "Registri tidak mencantumkan tanggal kedaluwarsa {domain}."),
    },
)


CHECKS: tuple[CheckSpec, ...] = (EXPIRY,)

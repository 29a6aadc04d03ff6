"""Platform catalog validation and recognition of real-world URL and handle forms."""

from __future__ import annotations

import json
import re

import pytest

from audit import platforms
from audit.models import KINDS
from audit.platforms import (
    CATALOG_PATH,
    PLATFORMS,
    CatalogError,
    Recognised,
    get,
    kind_of,
    load_catalog,
    lookup,
    normalise_handle,
    platform_ids,
    recognise,
    registrable_domain,
)

# (value, platform given, expected platform, handle, canonical url)
FORMS = [
    ("instagram.com/brand/?hl=id", None, "instagram", "brand", "https://www.instagram.com/brand/"),
    ("https://www.instagram.com/brand", None, "instagram", "brand",
     "https://www.instagram.com/brand/"),
    ("HTTPS://WWW.INSTAGRAM.COM/Brand.ID/", None, "instagram", "Brand.ID",
     "https://www.instagram.com/Brand.ID/"),
    ("instagr.am/brand", None, "instagram", "brand", "https://www.instagram.com/brand/"),
    ("m.facebook.com/brand", None, "facebook", "brand", "https://www.facebook.com/brand"),
    ("https://web.facebook.com/brand.id/?ref=page", None, "facebook", "brand.id",
     "https://www.facebook.com/brand.id"),
    ("facebook.com/profile.php?id=100064123456789", None, "facebook", "100064123456789",
     "https://www.facebook.com/profile.php?id=100064123456789"),
    ("fb.com/brand", None, "facebook", "brand", "https://www.facebook.com/brand"),
    ("twitter.com/brand", None, "x", "brand", "https://x.com/brand"),
    ("x.com/brand", None, "x", "brand", "https://x.com/brand"),
    ("https://mobile.twitter.com/brand?lang=id", None, "x", "brand", "https://x.com/brand"),
    ("tiktok.com/@brand", None, "tiktok", "brand", "https://www.tiktok.com/@brand"),
    ("https://www.tiktok.com/@brand.id?lang=en", None, "tiktok", "brand.id",
     "https://www.tiktok.com/@brand.id"),
    ("youtube.com/@brand", None, "youtube", "brand", "https://www.youtube.com/@brand"),
    ("https://www.youtube.com/channel/UC1234567890abcdefghijkl", None, "youtube",
     "UC1234567890abcdefghijkl", "https://www.youtube.com/channel/UC1234567890abcdefghijkl"),
    ("youtube.com/c/BrandID", None, "youtube", "BrandID", "https://www.youtube.com/c/BrandID"),
    ("m.youtube.com/user/brandtv", None, "youtube", "brandtv",
     "https://www.youtube.com/user/brandtv"),
    ("linkedin.com/company/brand", None, "linkedin", "brand",
     "https://www.linkedin.com/company/brand/"),
    ("https://id.linkedin.com/company/brand-indonesia/about/", None, "linkedin",
     "brand-indonesia", "https://www.linkedin.com/company/brand-indonesia/"),
    ("wa.me/6281234567890", None, "whatsapp", "6281234567890", "https://wa.me/6281234567890"),
    ("https://api.whatsapp.com/send?phone=6281234567890&text=Halo", None, "whatsapp",
     "6281234567890", "https://wa.me/6281234567890"),
    ("api.whatsapp.com/send/?phone=%2B6281234567890", None, "whatsapp", "6281234567890",
     "https://wa.me/6281234567890"),
    ("t.me/brandofficial", None, "telegram", "brandofficial", "https://t.me/brandofficial"),
    ("https://t.me/s/brandofficial", None, "telegram", "brandofficial",
     "https://t.me/brandofficial"),
    ("play.google.com/store/apps/details?id=com.brand.app", None, "play_store", "com.brand.app",
     "https://play.google.com/store/apps/details?id=com.brand.app"),
    # The user's own storefront is kept (CHECKS.md): Play's gl/hl, the App Store's /us/.
    ("https://play.google.com/store/apps/details?hl=in&id=com.brand.app&utm_source=x", None,
     "play_store", "com.brand.app",
     "https://play.google.com/store/apps/details?id=com.brand.app&hl=in"),
    ("https://play.google.com/store/apps/details?id=com.brand.app&gl=ID&hl=id", None,
     "play_store", "com.brand.app",
     "https://play.google.com/store/apps/details?id=com.brand.app&gl=ID&hl=id"),
    ("apps.apple.com/id/app/brand/id123456789", None, "app_store", "123456789",
     "https://apps.apple.com/id/app/id123456789"),
    ("https://apps.apple.com/us/app/id123456789", None, "app_store", "123456789",
     "https://apps.apple.com/us/app/id123456789"),
    ("https://apps.apple.com/app/brand/id123456789", None, "app_store", "123456789",
     "https://apps.apple.com/app/id123456789"),
    ("123456789", "app_store", "app_store", "123456789", "https://apps.apple.com/id/app/id123456789"),
    ("1234567890123456789", "google_business", "google_business", "1234567890123456789",
     "https://maps.google.com/?cid=1234567890123456789"),
    ("tokopedia.com/brand", None, "tokopedia", "brand", "https://www.tokopedia.com/brand"),
    ("https://www.tokopedia.com/brand/kopi-susu-1-liter", None, "tokopedia", "brand",
     "https://www.tokopedia.com/brand"),
    ("shopee.co.id/brand", None, "shopee", "brand", "https://shopee.co.id/brand"),
    ("https://shopee.co.id/shop/123456", None, "shopee", "123456",
     "https://shopee.co.id/shop/123456"),
    ("threads.net/@brand", None, "threads", "brand", "https://www.threads.com/@brand"),
    ("https://www.threads.com/@brand", None, "threads", "brand", "https://www.threads.com/@brand"),
    ("https://g.page/brand-coffee", None, "google_business", "brand-coffee",
     "https://g.page/brand-coffee"),
    ("https://maps.app.goo.gl/AbC123xyz", None, "google_business", "AbC123xyz",
     "https://maps.app.goo.gl/AbC123xyz"),
    ("https://www.google.com/maps/place/Brand+Coffee/@-6.2,106.8,17z", None, "google_business",
     "Brand+Coffee", "https://www.google.com/maps/place/Brand+Coffee/@-6.2,106.8,17z"),
    ("https://maps.google.com/?cid=1234567890", None, "google_business", "1234567890",
     "https://maps.google.com/?cid=1234567890"),
    ("https://business.google.com/dashboard/l/0123456789", None, "google_business",
     "0123456789", "https://business.google.com/dashboard/l/0123456789"),
    ("brand.co.id", None, "website", "brand.co.id", "https://brand.co.id/"),
    ("https://www.brand.com/path", None, "website", "www.brand.com", "https://www.brand.com/path"),
    ("http://brand.com/promo?utm=1#top", None, "website", "brand.com",
     "http://brand.com/promo?utm=1"),
    ("bücher.de", None, "website", "xn--bcher-kva.de", "https://xn--bcher-kva.de/"),
    ("BRAND.CO.ID.", None, "website", "brand.co.id", "https://brand.co.id/"),
    ("  https://Brand.com/  ", None, "website", "brand.com", "https://brand.com/"),
    ("intranet.brand.corp", None, "website", "intranet.brand.corp",
     "https://intranet.brand.corp/"),
    ("http://localhost:8080/brand/", None, "website", "localhost",
     "http://localhost:8080/brand/"),
    ("http://127.0.0.1:5000/", None, "website", "127.0.0.1", "http://127.0.0.1:5000/"),
    ("http://[::1]:5000/x", None, "website", "::1", "http://[::1]:5000/x"),
    ("http://127.0.0.1:5000/brand/", "instagram", "instagram", "",
     "http://127.0.0.1:5000/brand/"),
    ("@brand", "instagram", "instagram", "brand", "https://www.instagram.com/brand/"),
    ("brand.id", "instagram", "instagram", "brand.id", "https://www.instagram.com/brand.id/"),
    ("instagram.com", "instagram", "instagram", "", "https://instagram.com/"),
    ("@brand", "tiktok", "tiktok", "brand", "https://www.tiktok.com/@brand"),
    ("brand", "x", "x", "brand", "https://x.com/brand"),
    ("@brand", "youtube", "youtube", "brand", "https://www.youtube.com/@brand"),
    ("+62 812-3456-7890", "whatsapp", "whatsapp", "6281234567890", "https://wa.me/6281234567890"),
    ("0812 3456 7890", "whatsapp", "whatsapp", "6281234567890", "https://wa.me/6281234567890"),
    ("mailto:info@brand.co.id", None, "email", "brand.co.id", ""),
    ("info@brand.co.id", None, "email", "brand.co.id", ""),
    ("brand.co.id", "email", "email", "brand.co.id", ""),
    ("https://linktr.ee/brand", "instagram", "instagram", "", "https://linktr.ee/brand"),
    ("https://www.instagram.com/brand/", "facebook", "facebook", "",
     "https://www.instagram.com/brand/"),
    ("https://www.instagram.com/p/Cabc123/", None, "instagram", "",
     "https://www.instagram.com/p/Cabc123/"),
    ("\u200bhttps://www.instagram.com/brand\u200b", None, "instagram", "brand",
     "https://www.instagram.com/brand/"),
    # The Indonesian marketplaces and LINE (issue #14): the link shapes people share.
    ("https://www.lazada.co.id/shop/brand-official-store/?path=index.htm&tab=promotion", None,
     "lazada", "brand-official-store", "https://www.lazada.co.id/shop/brand-official-store/"),
    ("lazada.co.id/shop/brand-official-store", None, "lazada", "brand-official-store",
     "https://www.lazada.co.id/shop/brand-official-store/"),
    ("https://s.lazada.co.id/s.ZxYw1", None, "lazada", "s.ZxYw1", "https://s.lazada.co.id/s.ZxYw1"),
    ("https://www.lazada.co.id/products/kopi-susu-1-liter-i7123456789.html", None, "lazada", "",
     "https://www.lazada.co.id/products/kopi-susu-1-liter-i7123456789.html"),
    ("https://www.blibli.com/merchant/brand-official-store/BRO-60012", None, "blibli",
     "brand-official-store", "https://www.blibli.com/merchant/brand-official-store/BRO-60012"),
    ("blibli.com/merchant/brand-official-store/BRO-60012?pickupPointCode=PP-3000001", None,
     "blibli", "brand-official-store",
     "https://www.blibli.com/merchant/brand-official-store/BRO-60012"),
    ("https://www.blibli.com/brand/brand-indonesia", None, "blibli", "brand-indonesia",
     "https://www.blibli.com/brand/brand-indonesia"),
    ("https://www.bukalapak.com/u/brandofficial", None, "bukalapak", "brandofficial",
     "https://www.bukalapak.com/u/brandofficial"),
    ("m.bukalapak.com/u/brandofficial/feedback", None, "bukalapak", "brandofficial",
     "https://www.bukalapak.com/u/brandofficial"),
    ("https://www.tiktok.com/shop/store/brand-official/7495123456789012345", None,
     "tiktok_shop", "brand-official",
     "https://www.tiktok.com/shop/store/brand-official/7495123456789012345"),
    ("https://shop.tiktok.com/view/product/1729384756473829?region=ID&local=id-ID", None,
     "tiktok_shop", "1729384756473829",
     "https://shop.tiktok.com/view/product/1729384756473829?region=ID&local=id-ID"),
    ("https://vt.tokopedia.com/t/ZSjAbC123/", None, "tiktok_shop", "ZSjAbC123",
     "https://vt.tokopedia.com/t/ZSjAbC123/"),
    ("https://www.tiktok.com/@brand", "tiktok_shop", "tiktok_shop", "",
     "https://www.tiktok.com/@brand"),
    ("https://line.me/R/ti/p/@brandid?from=page", None, "line", "brandid",
     "https://line.me/R/ti/p/@brandid"),
    ("https://line.me/R/ti/p/%40123abcde", None, "line", "123abcde",
     "https://line.me/R/ti/p/@123abcde"),
    ("line.me/ti/p/@brandid", None, "line", "brandid", "https://line.me/R/ti/p/@brandid"),
    ("https://page.line.me/brandid", None, "line", "brandid", "https://line.me/R/ti/p/@brandid"),
    ("https://lin.ee/AbCd123", None, "line", "AbCd123", "https://lin.ee/AbCd123"),
    ("@brandid", "line", "line", "brandid", "https://line.me/R/ti/p/@brandid"),
]


@pytest.mark.parametrize(("value", "given", "platform", "handle", "url"), FORMS)
def test_recognise_real_forms(value, given, platform, handle, url):
    assert recognise(value, given) == Recognised(platform, handle, url)


def test_form_table_covers_at_least_forty_forms():
    assert len(FORMS) >= 40


@pytest.mark.parametrize(
    ("value", "given"),
    [
        ("", None), ("   ", None), ("garbage", None), ("@brand", None), ("not a url", None),
        ("http://", None), ("http://exa mple.com", None), ("ftp://brand.com", None),
        ("javascript:alert(1)", None), ("1.5", None), ("@", "instagram"),
        ("@brand", "website"), ("@brand", "app_store"), ("bad handle!", "x"), ("localhost", None),
        ("https://-bad-.com", None), ("mailto:info@brand.co.id", "website"),
        ("mailto:api.whatsapp.com/", "whatsapp"),
    ],
)
def test_recognise_garbage_is_none(value, given):
    assert recognise(value, given) is None


def test_recognise_unknown_platform_raises_clear_key_error():
    with pytest.raises(KeyError, match="unknown platform 'myspace'"):
        recognise("@brand", "myspace")


def test_catalog_has_the_spec_platforms_with_their_kinds():
    expected = {
        "website": "website", "email": "email", "instagram": "social", "facebook": "social",
        "x": "social", "tiktok": "social", "youtube": "social", "linkedin": "social",
        "threads": "social", "whatsapp": "messaging", "telegram": "messaging",
        "google_business": "listing", "play_store": "listing", "app_store": "listing",
        "tokopedia": "listing", "shopee": "listing", "other": "social",
        "lazada": "listing", "blibli": "listing", "bukalapak": "listing",
        "tiktok_shop": "listing", "line": "messaging",
    }
    assert {pid: kind_of(pid) for pid in expected} == expected
    assert set(expected) <= set(platform_ids())
    assert all(p.kind in KINDS for p in PLATFORMS.values())


def test_catalog_entries_are_complete():
    for p in PLATFORMS.values():
        re.compile(p.handle_pattern)
        if p.kind in ("website", "email"):
            assert p.profile_url is None, p.id
        elif p.id != "other":
            assert p.profile_url and "{handle}" in p.profile_url, p.id
            assert p.hosts, p.id


def test_every_account_platform_has_sourced_rules():
    for p in PLATFORMS.values():
        if p.kind in ("social", "messaging", "listing"):
            assert p.profile_rules, p.id
            assert all(r.source.strip() for r in p.profile_rules), p.id


@pytest.mark.parametrize("pid", ["instagram", "facebook", "x", "tiktok", "youtube", "telegram",
                                 "line", "app_store", "play_store"])
def test_platforms_with_a_documented_rule_can_prove_both_ways(pid):
    rule = get(pid).profile_rules[0]
    assert rule.proves_existence and (rule.missing_markers or rule.missing_codes), pid


def test_every_page_rule_recognises_the_common_challenges():
    for p in PLATFORMS.values():
        for rule in p.profile_rules:
            if rule.judge == "page":
                assert ("SlardarWAF",) in rule.challenge_markers, (p.id, rule.name)
                assert any(x.pattern == "/authwall" for x in rule.wall_url_patterns), p.id


def test_get_unknown_platform_names_the_known_ones():
    with pytest.raises(KeyError, match="known: website, email"):
        get("friendster")


@pytest.mark.parametrize(
    ("name", "platform"),
    [("Twitter", "x"), ("X (Twitter)", "x"), ("INSTAGRAM", "instagram"), ("ig", "instagram"),
     ("Situs web", "website"), ("Google Business Profile", "google_business"),
     ("play store", "play_store"), ("Lainnya", "other"), ("e-mail", "email")],
)
def test_lookup_by_id_label_or_alias(name, platform):
    assert lookup(name).id == platform


def test_lookup_unknown_name_is_none():
    assert lookup("friendster") is None


@pytest.mark.parametrize(
    ("a", "b"), [("@Brand.ID", "brand_id"), ("brand-id", "BRANDID"), (" @brand_id ", "brand.id")]
)
def test_normalise_handle_ignores_case_and_punctuation(a, b):
    assert normalise_handle(a) == normalise_handle(b)


def test_normalise_handle_keeps_letters_apart():
    assert normalise_handle("brand1") != normalise_handle("brand")


@pytest.mark.parametrize(
    ("host", "domain"),
    [("shop.brand.co.id", "brand.co.id"), ("brand.co.id", "brand.co.id"),
     ("www.example.corp", "example.corp"), ("WWW.Brand.COM.", "brand.com"),
     ("bücher.de", "xn--bcher-kva.de"), ("co.id", "co.id"), ("a.b.brand.web.id", "brand.web.id")],
)
def test_registrable_domain(host, domain):
    assert registrable_domain(host) == domain


def _write_catalog(tmp_path, mutate):
    raw = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    mutate(raw["platforms"])
    path = tmp_path / "platforms.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _entry(entries, pid):
    return next(e for e in entries if e["id"] == pid)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda ps: _entry(ps, "instagram").update(kind="photo"), "kind 'photo'"),
        (lambda ps: _entry(ps, "instagram").pop("hosts"), "field 'hosts'"),
        (lambda ps: _entry(ps, "x").update(handle_pattern="[a-z"), "does not compile"),
        (lambda ps: _entry(ps, "x").update(url_patterns=[{"path": "^/(x)"}]), "no \\(\\?P<handle>"),
        (lambda ps: _entry(ps, "x").update(profile_url="https://x.com/"), "must contain"),
        (lambda ps: _entry(ps, "x")["hosts"].append("tiktok.com"), "host 'tiktok.com'"),
        (lambda ps: _entry(ps, "x")["aliases"].append("IG"), "name 'ig'"),
        (lambda ps: ps.append(dict(_entry(ps, "x"))), "listed twice"),
        (lambda ps: ps.remove(_entry(ps, "other")), "lacks the 'other'"),
    ],
)
def test_broken_catalog_is_refused(tmp_path, mutate, message):
    with pytest.raises(CatalogError, match=message):
        load_catalog(_write_catalog(tmp_path, mutate))


def test_shipped_catalog_loads(tmp_path):
    assert load_catalog(_write_catalog(tmp_path, lambda ps: None)) == platforms.PLATFORMS


def test_clean_text_drops_exactly_the_control_characters_and_zero_width_marks():
    import sys
    import unicodedata

    every = "".join(chr(i) for i in range(sys.maxunicode + 1)
                    if not 0xD800 <= i <= 0xDFFF)  # surrogates cannot stand alone
    kept = set(platforms.clean_text("a" + every + "a"))
    control = {c for c in every if unicodedata.category(c) == "Cc"}
    zero_width = set("\u200b\u200c\u200d\u2060\ufeff")
    assert kept == set(every) - control - zero_width
    assert platforms.clean_text("a\r\nb\x00\tc", keep_newlines=True) == "a\nbc"
    assert platforms.clean_text(" \u200b@brand\x07.id\n ") == "@brand.id"

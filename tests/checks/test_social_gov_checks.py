"""social.* and gov.* checks: the profile probe, the inventory row and the engagement."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from checkfacts import TODAY, context, healthy_asset

from checks.registry import ALL_CHECKS, get


def profile(**over: Any):
    def mutate(facts: dict[str, Any]) -> None:
        facts["profile"].update(over)
    return mutate


NOPROOF = {"exists_marker": None}  # a 200 page that shows neither marker
PROFILE_CASES = [
    (None, "pass", "social.profile_exists.ok", "exists_marker_passes"),
    (profile(**NOPROOF), "unknown", "social.profile_exists.no_proof",
     "200_without_a_marker_is_unknown_not_pass"),
    (profile(**NOPROOF, status=404), "fail", "social.profile_exists.not_found", "404_fails"),
    (profile(**NOPROOF, status=410), "fail", "social.profile_exists.not_found", "410_fails"),
    (profile(**NOPROOF, status=404, final_url="https://elsewhere.example/404"), "unknown",
     "social.profile_exists.unexpected_status", "404_from_another_host_proves_nothing"),
    (profile(**NOPROOF, missing_marker='"routePath":null'), "fail",
     "social.profile_exists.not_found_page", "missing_marker_fails"),
    (profile(missing_marker='"routePath":null'), "unknown", "social.profile_exists.ambiguous",
     "both_markers_are_ambiguous"),
    (profile(**NOPROOF, missing_url="/company/unavailable", status=200,
             final_url="https://www.linkedin.com/company/unavailable/"),
     "fail", "social.profile_exists.unavailable", "redirect_to_unavailable_page_fails"),
    (profile(wall_marker="Log in to Facebook"), "pass", "social.profile_exists.ok",
     "login_overlay_never_discards_proof"),
    (profile(wall_url="/accounts/login"), "pass", "social.profile_exists.ok",
     "proof_wins_over_a_wall_pattern"),
    (profile(**NOPROOF, wall_marker="Login • Instagram"), "unknown",
     "social.profile_exists.login_wall", "login_wall_is_unknown"),
    (profile(**NOPROOF, wall_url="/accounts/login",
             final_url="https://www.instagram.com/accounts/login/?next=%2Fbrandid%2F"),
     "unknown", "social.profile_exists.login_redirect", "login_redirect_is_unknown"),
    (profile(**NOPROOF, challenge_marker="SlardarWAF"), "unknown",
     "social.profile_exists.challenge", "waf_challenge_is_unknown"),
    (profile(**NOPROOF, status=404, challenge_marker="captcha-delivery.com"), "unknown",
     "social.profile_exists.challenge", "a_challenge_served_as_404_is_never_a_fail"),
    (profile(status=404), "fail", "social.profile_exists.not_found",
     "an_exists_marker_counts_only_on_its_own_status"),
    (profile(**NOPROOF, status=401), "unknown", "social.profile_exists.blocked",
     "401_is_unknown"),
    (profile(**NOPROOF, status=403), "unknown", "social.profile_exists.blocked",
     "403_is_unknown"),
    (profile(**NOPROOF, status=429), "unknown", "social.profile_exists.rate_limited",
     "429_is_unknown"),
    (profile(**NOPROOF, status=999), "unknown", "social.profile_exists.refused",
     "linkedin_999_is_unknown"),
    (profile(**NOPROOF, status=503), "unknown", "social.profile_exists.unexpected_status",
     "platform_outage_is_unknown"),
    (profile(status=None, exists_marker=None, error="timed out", error_kind="timeout"),
     "error", "probe_error", "timeout_is_an_error"),
    (profile(rule="no-such-rule"), "unknown", "social.profile_exists.no_rule",
     "facts_of_an_unknown_rule_are_unknown"),
    (lambda f: f.pop("profile"), "error", "probe_error", "missing_profile_facts_error"),
]


@pytest.mark.parametrize(("mutate", "status", "reason"),
                         [pytest.param(*case[:3], id=case[3]) for case in PROFILE_CASES])
def test_profile_exists(judge, facts, mutate, status, reason):
    if mutate:
        mutate(facts)
    outcome = judge("social.profile_exists", facts)
    assert (outcome.status, outcome.reason) == (status, reason), outcome


def test_profile_pass_names_the_marker_it_saw(judge, facts):
    outcome = judge("social.profile_exists", facts)
    assert outcome.values["marker"] == "Posts - See Instagram photos and videos from"


@pytest.mark.parametrize(("platform", "status", "reason"), [
    ("tokopedia", "unknown", "social.profile_exists.no_rule"),
    ("threads", "unknown", "social.profile_exists.no_proof"),
])
def test_200_without_marker_says_whether_a_rule_exists(judge, facts, platform, status, reason):
    facts["profile"].update(exists_marker=None, url=f"https://www.{platform}.com/brandid")
    outcome = judge("social.profile_exists", facts, healthy_asset(platform))
    assert (outcome.status, outcome.reason) == (status, reason)


def test_threads_never_fails_on_a_404(judge, facts):
    facts["profile"].update(exists_marker=None, status=404,
                            final_url="https://www.threads.com/@brandid")
    outcome = judge("social.profile_exists", facts, healthy_asset("threads"))
    assert outcome.status == "unknown"


@pytest.mark.parametrize(("number", "status", "reason"), [
    ("6281234567890", "unknown", "social.profile_exists.whatsapp_unverifiable"),
    ("+6281234567890", "unknown", "social.profile_exists.whatsapp_unverifiable"),
    ("442071234567", "unknown", "social.profile_exists.whatsapp_unverifiable"),
    ("622150001234", "unknown", "social.profile_exists.whatsapp_landline"),
    ("62081234567890", "fail", "social.profile_exists.whatsapp_trunk_zero"),
    ("628123", "fail", "social.profile_exists.whatsapp_invalid"),
    ("62812345678901234", "fail", "social.profile_exists.whatsapp_invalid"),
    ("6281234567", "fail", "social.profile_exists.whatsapp_invalid"),
    ("ABCDEFGH2LK3M1", "unknown", "social.profile_exists.whatsapp_link"),
])
def test_whatsapp_judges_the_number_never_passes(judge, number, status, reason):
    facts = {"profile": {"url": f"https://wa.me/{number}", "rule": "number", "handle": number,
                         "status": None, "error": None}}
    outcome = judge("social.profile_exists", facts, healthy_asset("whatsapp", handle=number))
    assert (outcome.status, outcome.reason) == (status, reason)


def test_whatsapp_page_answering_200_is_still_not_a_pass(judge):
    facts = {"profile": {"url": "https://wa.me/6281234567890", "rule": "number",
                         "handle": "6281234567890", "status": 200,
                         "exists_marker": "Chat on WhatsApp", "error": None}}
    assert judge("social.profile_exists", facts, healthy_asset("whatsapp")).status == "unknown"


HANDLE_CASES = [
    ({}, {}, "pass", "social.handle_consistency.ok", "same_handle_passes"),
    ({"handle": "@Brand_ID"}, {}, "pass", "social.handle_consistency.ok",
     "case_at_and_separators_are_ignored"),
    ({"handle": "brand.id"}, {"dominant_handle": "brand-id"}, "pass",
     "social.handle_consistency.ok", "dots_and_dashes_are_ignored"),
    ({"handle": "brandofficial"}, {}, "warn", "social.handle_consistency.differs",
     "different_handle_warns"),
    ({"handle": "", "url": "https://www.instagram.com/brandid/"}, {}, "pass",
     "social.handle_consistency.ok", "handle_is_read_from_the_url"),
    ({"handle": "", "url": ""}, {}, "unknown", "social.handle_consistency.no_handle",
     "no_handle_is_unknown"),
    ({}, {"dominant_handle": ""}, "not_applicable", "not_applicable",
     "no_dominant_handle_is_not_applicable"),
]


@pytest.mark.parametrize(("asset", "ctx", "status", "reason"),
                         [pytest.param(*case[:4], id=case[4]) for case in HANDLE_CASES])
def test_handle_consistency(judge, facts, asset, ctx, status, reason):
    outcome = judge("social.handle_consistency", facts, healthy_asset(**asset), context(**ctx))
    assert (outcome.status, outcome.reason) == (status, reason), outcome


URL_CASES = [
    ("instagram", "https://www.instagram.com/brandid/", "pass", "social.url_platform.ok",
     "official_host_passes"),
    ("facebook", "https://id-id.facebook.com/brand.id", "pass", "social.url_platform.ok",
     "subdomain_of_official_host_passes"),
    ("instagram", "instagram.com/brandid", "pass", "social.url_platform.ok",
     "url_without_scheme_passes"),
    ("instagram", "https://www.instagran.com/brandid/", "fail",
     "social.url_platform.other_host", "typo_host_fails"),
    ("instagram", "https://instagram.com.login-verify.example/brandid", "fail",
     "social.url_platform.other_host", "lookalike_host_fails"),
    ("instagram", "https://www.facebook.com/brandid", "fail", "social.url_platform.other_host",
     "another_platforms_host_fails"),
    ("instagram", "https://[::1/x", "fail", "social.url_platform.invalid",
     "unparseable_url_fails"),
    ("instagram", "", "not_applicable", "not_applicable", "no_url_is_not_applicable"),
    ("other", "https://forum.example/brand", "not_applicable", "not_applicable",
     "platform_without_hosts_is_not_applicable"),
]


@pytest.mark.parametrize(("platform", "url", "status", "reason"),
                         [pytest.param(*case[:4], id=case[4]) for case in URL_CASES])
def test_url_platform(judge, facts, platform, url, status, reason):
    outcome = judge("social.url_platform", facts, healthy_asset(platform, url=url))
    assert (outcome.status, outcome.reason) == (status, reason), outcome


def posted(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


GOV_CASES = [
    # gov.activity
    ("gov.activity", {"last_post": posted(0)}, "pass", "gov.activity.active", "posted_today"),
    ("gov.activity", {"last_post": posted(90)}, "pass", "gov.activity.active",
     "ninety_days_passes"),
    ("gov.activity", {"last_post": posted(91)}, "warn", "gov.activity.quiet",
     "ninety_one_days_warns"),
    ("gov.activity", {"last_post": posted(365)}, "warn", "gov.activity.quiet",
     "a_year_warns"),
    ("gov.activity", {"last_post": posted(366)}, "fail", "gov.activity.dormant",
     "more_than_a_year_fails"),
    ("gov.activity", {"last_post": None}, "unknown", "gov.activity.blank", "blank_is_unknown"),
    ("gov.activity", {"last_post": posted(-3)}, "unknown", "gov.activity.future",
     "future_date_is_unknown"),
    ("gov.activity", {"last_post": posted(10).isoformat()}, "pass", "gov.activity.active",
     "iso_string_date_is_read"),
    # gov.verified
    ("gov.verified", {"verified": "yes"}, "pass", "gov.verified.yes", "verified_passes"),
    ("gov.verified", {"verified": "no"}, "warn", "gov.verified.no", "unverified_warns"),
    ("gov.verified", {"verified": "unknown"}, "unknown", "gov.verified.unknown",
     "verified_unknown_is_unknown"),
    # gov.owner
    ("gov.owner", {}, "pass", "gov.owner.named", "named_owner_passes"),
    ("gov.owner", {"owner": "  "}, "fail", "gov.owner.blank", "blank_owner_fails"),
    # gov.backup_owner
    ("gov.backup_owner", {}, "pass", "gov.backup_owner.named", "different_backup_passes"),
    ("gov.backup_owner", {"backup_owner": " sari  WULANDARI "}, "warn",
     "gov.backup_owner.same_as_owner", "backup_same_as_owner_warns"),
    ("gov.backup_owner", {"backup_owner": ""}, "fail", "gov.backup_owner.blank",
     "blank_backup_fails"),
    ("gov.backup_owner", {"owner": "", "backup_owner": "Budi"}, "pass",
     "gov.backup_owner.named", "backup_without_owner_is_still_a_backup"),
    # gov.campaign_briefed and gov.monitored
    ("gov.campaign_briefed", {"campaign_briefed": "yes"}, "pass", "gov.campaign_briefed.yes",
     "briefed_passes"),
    ("gov.campaign_briefed", {"campaign_briefed": "no"}, "fail", "gov.campaign_briefed.no",
     "not_briefed_fails"),
    ("gov.campaign_briefed", {"campaign_briefed": "unknown"}, "unknown",
     "gov.campaign_briefed.unknown", "briefing_unknown_is_unknown"),
    ("gov.monitored", {"monitored": "YES"}, "pass", "gov.monitored.yes",
     "monitored_passes_case_insensitive"),
    ("gov.monitored", {"monitored": "no"}, "fail", "gov.monitored.no", "unmonitored_fails"),
    ("gov.monitored", {"monitored": "unknown"}, "unknown", "gov.monitored.unknown",
     "dont_know_monitoring_is_unknown"),
    # a cell nobody filled in is not "don't know": the scorer leaves it out
    ("gov.monitored", {"monitored": ""}, "unknown", "attested.blank",
     "blank_monitoring_is_not_answered_yet"),
    # gov.response_sla
    ("gov.response_sla", {"response_sla_hours": 24}, "pass", "gov.response_sla.ok",
     "twenty_four_hours_passes"),
    ("gov.response_sla", {"response_sla_hours": 24.5}, "warn", "gov.response_sla.slow",
     "over_twenty_four_hours_warns"),
    ("gov.response_sla", {"response_sla_hours": None}, "unknown", "gov.response_sla.blank",
     "blank_target_is_unknown"),
    ("gov.response_sla", {"response_sla_hours": -1}, "unknown", "gov.response_sla.blank",
     "negative_target_is_unknown"),
    # gov.two_factor and gov.shared_login
    ("gov.two_factor", {"two_factor": "yes"}, "pass", "gov.two_factor.yes", "2fa_on_passes"),
    ("gov.two_factor", {"two_factor": "no"}, "fail", "gov.two_factor.no", "2fa_off_fails"),
    ("gov.two_factor", {"two_factor": "unknown"}, "unknown", "gov.two_factor.unknown",
     "2fa_unknown_is_unknown"),
    ("gov.shared_login", {"shared_login": "no"}, "pass", "gov.shared_login.no",
     "own_logins_pass"),
    ("gov.shared_login", {"shared_login": "yes"}, "fail", "gov.shared_login.yes",
     "shared_login_fails"),
    ("gov.shared_login", {"shared_login": "unknown"}, "unknown", "gov.shared_login.unknown",
     "shared_login_unknown_is_unknown"),
    # gov.admins
    ("gov.admins", {"admins": 0}, "fail", "gov.admins.none", "zero_admins_fails"),
    ("gov.admins", {"admins": 1}, "warn", "gov.admins.single", "one_admin_warns"),
    ("gov.admins", {"admins": 2}, "pass", "gov.admins.ok", "two_admins_pass"),
    ("gov.admins", {"admins": 10}, "pass", "gov.admins.ok", "ten_admins_pass"),
    ("gov.admins", {"admins": 11}, "warn", "gov.admins.too_many", "eleven_admins_warn"),
    ("gov.admins", {"admins": None}, "unknown", "gov.admins.blank", "blank_admins_is_unknown"),
    # gov.recovery_contact
    ("gov.recovery_contact", {}, "pass", "gov.recovery_contact.own_domain",
     "own_domain_passes"),
    ("gov.recovery_contact", {"recovery_contact": "Tim Sosmed <sosmed@corp.brand.co.id>"},
     "pass", "gov.recovery_contact.own_domain", "own_subdomain_passes"),
    ("gov.recovery_contact", {"recovery_contact": "sari.w@GMAIL.com"}, "fail",
     "gov.recovery_contact.personal", "gmail_fails"),
    ("gov.recovery_contact", {"recovery_contact": "budi@yahoo.co.id"}, "fail",
     "gov.recovery_contact.personal", "yahoo_indonesia_fails"),
    ("gov.recovery_contact", {"recovery_contact": "akun@agensikreatif.co.id"}, "warn",
     "gov.recovery_contact.other_domain", "agency_domain_warns"),
    ("gov.recovery_contact", {"recovery_contact": "x@notbrand.co.id"}, "warn",
     "gov.recovery_contact.other_domain", "suffix_lookalike_is_not_own_domain"),
    ("gov.recovery_contact", {"recovery_contact": "+62 812 3456 7890"}, "warn",
     "gov.recovery_contact.not_address", "phone_number_warns"),
    ("gov.recovery_contact", {"recovery_contact": ""}, "unknown", "gov.recovery_contact.blank",
     "blank_recovery_contact_is_unknown"),
]


@pytest.mark.parametrize(("check_id", "asset", "status", "reason"),
                         [pytest.param(*case[:4], id=case[4]) for case in GOV_CASES])
def test_gov_check(judge, facts, check_id, asset, status, reason):
    outcome = judge(check_id, facts, healthy_asset(**asset))
    assert (outcome.status, outcome.reason) == (status, reason), outcome


def test_recovery_contact_names_the_personal_domain(judge, facts):
    outcome = judge("gov.recovery_contact", facts,
                    healthy_asset(recovery_contact="sari.w@gmail.com"))
    assert outcome.values == {"contact": "sari.w@gmail.com", "domain": "gmail.com",
                              "where": "Brand"}


def test_asset_check_without_an_asset_is_not_applicable(facts):
    for spec in ALL_CHECKS:
        if spec.scope == "asset":
            assert spec.evaluate(facts, None, context()).status == "not_applicable", spec.id


# Access checks apply to every kind; a website's and a mail domain's findings name the logins
# (registrar, hosting, CMS; mail admin console), an email domain's governance its mailboxes.
KIND_CASES = [
    ("website", "gov.two_factor", {"two_factor": "no"}, "fail", "gov.two_factor.website.no",
     "2FA is off for the registrar, hosting and CMS logins of www.brand.co.id.",
     "2FA belum aktif di login registrar, hosting, dan CMS www.brand.co.id."),
    ("email", "gov.two_factor", {"two_factor": "yes"}, "pass", "gov.two_factor.email.yes",
     "2FA is on for the mail admin console of brand.co.id.",
     "2FA sudah aktif di konsol admin email brand.co.id."),
    ("website", "gov.shared_login", {"shared_login": "yes"}, "fail",
     "gov.shared_login.website.yes",
     "Several people share one personal login for the registrar, hosting and CMS logins of "
     "www.brand.co.id.", None),
    ("email", "gov.shared_login", {"shared_login": "unknown"}, "unknown",
     "gov.shared_login.email.unknown", None, None),
    ("website", "gov.admins", {"admins": 1}, "warn", "gov.admins.website.single",
     "Only 1 admin of the registrar, hosting and CMS logins of www.brand.co.id: a single "
     "point of failure.", None),
    ("email", "gov.admins", {"admins": 0}, "fail", "gov.admins.email.none", None, None),
    ("email", "gov.admins", {"admins": None}, "unknown", "gov.admins.email.blank", None, None),
    ("website", "gov.recovery_contact", {"recovery_contact": "webmaster@gmail.com"}, "fail",
     "gov.recovery_contact.website.personal", None,
     "Kontak pemulihan webmaster@gmail.com untuk login registrar, hosting, dan CMS "
     "www.brand.co.id adalah email pribadi (gmail.com)."),
    ("email", "gov.recovery_contact", {}, "pass", "gov.recovery_contact.email.own_domain",
     None, None),
    ("email", "gov.recovery_contact", {"recovery_contact": ""}, "unknown",
     "gov.recovery_contact.email.blank", None, None),
    ("email", "gov.monitored", {"monitored": "no"}, "fail", "gov.monitored.email.no",
     "Nobody reads the public mailboxes of brand.co.id (cs@, info@).",
     "Tidak ada yang membaca kotak masuk publik brand.co.id (cs@, info@)."),
    ("email", "gov.campaign_briefed", {"campaign_briefed": "yes"}, "pass",
     "gov.campaign_briefed.email.yes",
     "Whoever answers the public mailboxes of brand.co.id (cs@, info@) is briefed before "
     "campaigns.", None),
    ("website", "gov.monitored", {"monitored": "yes"}, "pass", "gov.monitored.yes", None, None),
    ("whatsapp", "gov.two_factor", {"two_factor": "no"}, "fail", "gov.two_factor.no",
     "2FA is off.", "2FA belum aktif."),
    ("tokopedia", "gov.activity", {"last_post": TODAY - timedelta(days=400)}, "fail",
     "gov.activity.listing.dormant",
     "Last product update or post 400 days ago (2025-01-25): the listing looks abandoned.",
     None),
]


@pytest.mark.parametrize(("platform", "check_id", "fields", "status", "reason", "en", "id_"),
                         [pytest.param(*case, id=f"{case[0]}-{case[4]}")
                          for case in KIND_CASES])
def test_access_and_governance_speak_of_each_kind(judge, facts, platform, check_id, fields,
                                                  status, reason, en, id_):
    asset = healthy_asset(platform, **fields)
    assert get(check_id).applies_to(asset)
    outcome = judge(check_id, facts, asset)
    assert (outcome.status, outcome.reason) == (status, reason), outcome
    for lang, text in (("en", en), ("id", id_)):
        if text:
            assert get(check_id).render(outcome.reason, outcome.values, lang) == text


@pytest.mark.parametrize(("platform", "applies"), [
    ("instagram", True), ("tokopedia", True), ("whatsapp", False), ("website", False),
    ("email", False)])
def test_activity_applies_to_social_and_listings_only(platform, applies):
    assert get("gov.activity").applies_to(healthy_asset(platform)) is applies


@pytest.mark.parametrize("check_id", ["gov.two_factor", "gov.shared_login", "gov.admins",
                                      "gov.recovery_contact"])
@pytest.mark.parametrize("platform", ["instagram", "whatsapp", "tokopedia", "website",
                                      "email", "other"])
def test_access_checks_apply_to_every_kind(check_id, platform):
    assert get(check_id).applies_to(healthy_asset(platform))


ACCESS_IDS = ("gov.two_factor", "gov.shared_login", "gov.admins", "gov.recovery_contact")


@pytest.mark.parametrize("check_id", ACCESS_IDS)
def test_access_titles_exist_for_websites_and_email_domains_in_both_languages(check_id):
    from checks.registry import get

    spec = get(check_id)
    assert set(spec.kind_titles) == {"website", "email"}
    for kind, where, login in (("website", "www.example.co.id", "CMS"),
                               ("email", "example.co.id", "admin")):
        for lang in ("en", "id"):
            title = spec.title_for(lang, kind, where)
            assert where in title and login in title, title
            assert title != spec.title[lang]
    # an account keeps the plain title; so does a worded kind whose name is unknown
    assert spec.title_for("en", "social", "Instagram") == spec.title["en"]
    assert spec.title_for("id", "website", "") == spec.title["id"]


@pytest.mark.parametrize("check_id", ("gov.monitored", "gov.campaign_briefed"))
def test_briefing_and_monitoring_titles_name_an_email_domains_public_mailboxes(check_id):
    from checks.registry import get

    spec = get(check_id)
    assert set(spec.kind_titles) == {"email"}
    assert "cs@, info@" in spec.title_for("en", "email", "example.co.id")
    assert "kotak masuk publik example.co.id" in spec.title_for("id", "email", "example.co.id")
    assert spec.title_for("en", "website", "www.example.co.id") == spec.title["en"]

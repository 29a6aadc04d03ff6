"""Findings: which results become action items, how they are ranked, and how they read."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from test_scoring import catalog, make_spec, res

from audit.findings import build_findings, group_findings, render_finding, render_group
from audit.models import Asset, Result

SPECS = catalog(
    make_spec("gov.two_factor", "access", "critical", attested=True),
    make_spec("crisis.playbook", "crisis", "critical", attested=True, scope="organization"),
    make_spec("web.hsts", "technical", "high"),
    make_spec("gov.verified", "presence", "low"),
    make_spec("web.meta", "technical", "medium"),
)
ASSETS = [Asset("main", "instagram", owner="Rina", importance="primary")] + [
    Asset(f"a{i}", "instagram", owner=f"Owner {i}") for i in range(2, 7)]


def keyed(findings):
    return [(f.asset_id, f.check_id, f.priority) for f in findings]


def test_priority_ranks_critical_primary_first():
    results = [
        res("main", "gov.two_factor", "fail"), res("a2", "gov.two_factor", "unknown"),
        res("a3", "gov.two_factor", "warn"), res("a4", "gov.two_factor", "pass"),
        res("", "crisis.playbook", "fail"),
        res("a2", "web.hsts", "fail"),
        res("a4", "web.hsts", "unknown"),  # automated unknown: coverage, not a finding
        res("a5", "web.hsts", "error"), res("a6", "web.hsts", "not_applicable"),
        *(res(a.asset_id, "gov.verified", "warn") for a in ASSETS),
    ]
    assert keyed(build_findings(results, ASSETS, SPECS)) == [
        ("", "crisis.playbook", 7.5),  # 5 * 1.0 * questionnaire 1.5; a tie goes by asset id
        ("main", "gov.two_factor", 7.5),  # 5 * fail 1.0 * primary 1.5
        ("a2", "gov.two_factor", 4.0),  # 5 * attested unknown 0.8 * 1
        ("a2", "web.hsts", 3.0),  # 3 * 1.0 * 1
        ("a3", "gov.two_factor", 2.5),  # 5 * warn 0.5 * 1
        ("main", "gov.verified", 0.75),  # 1 * 0.5 * 1.5
        ("a2", "gov.verified", 0.5), ("a3", "gov.verified", 0.5), ("a4", "gov.verified", 0.5),
        ("a5", "gov.verified", 0.5), ("a6", "gov.verified", 0.5),
    ]


def test_critical_warning_on_primary_outranks_high_failure_repeated_on_secondaries():
    # the case: a high check failing on many secondary assets used to climb above
    # a critical one on the primary website through the exposure factor
    results = [res("main", "gov.two_factor", "warn"),
               *(res(f"a{i}", "web.hsts", "fail") for i in range(2, 7))]
    findings = build_findings(results, ASSETS, SPECS)
    assert findings[0].check_id == "gov.two_factor"
    groups = group_findings(findings, SPECS)
    assert [(g.check_id, g.count) for g in groups] == [("gov.two_factor", 1), ("web.hsts", 5)]


def test_equal_priority_puts_the_more_severe_check_first():
    results = [res("a2", "web.meta", "fail"), res("a3", "gov.verified", "fail"),
               res("a4", "gov.two_factor", "warn"), res("a5", "web.hsts", "warn")]
    # gov.two_factor: 5 * 0.5 = 2.5; web.meta 2 * 1.0 = 2.0; web.hsts 3 * 0.5 = 1.5
    assert keyed(build_findings(results, ASSETS, SPECS)) == [
        ("a4", "gov.two_factor", 2.5), ("a2", "web.meta", 2.0), ("a5", "web.hsts", 1.5),
        ("a3", "gov.verified", 1.0)]
    tie = [res("a2", "web.meta", "fail"), res("main", "gov.verified", "fail"),
           res("a3", "web.hsts", "warn")]
    # web.meta 2.0 vs gov.verified 1 * 1.5 = 1.5 vs web.hsts 1.5: the high check first
    assert keyed(build_findings(tie, ASSETS, SPECS)) == [
        ("a2", "web.meta", 2.0), ("a3", "web.hsts", 1.5), ("main", "gov.verified", 1.5)]


def test_groups_hold_one_check_each_with_count_assets_and_owners():
    results = [res("main", "gov.two_factor", "fail"), res("a2", "gov.two_factor", "warn"),
               res("a3", "gov.two_factor", "unknown"), res("a2", "web.hsts", "fail"),
               res("a3", "web.hsts", "fail"), res("", "crisis.playbook", "warn")]
    groups = group_findings(build_findings(results, ASSETS, SPECS), SPECS)
    assert [g.check_id for g in groups] == ["gov.two_factor", "crisis.playbook", "web.hsts"]
    two_factor = groups[0]
    assert (two_factor.count, two_factor.asset_ids, two_factor.priority) == \
        (3, ["main", "a3", "a2"], 7.5)
    assert two_factor.owners == ["Rina", "Owner 3", "Owner 2"]
    assert groups[1].owners == []  # the questionnaire has no owner to name
    # equal top priority: the group covering more assets first
    even = [res("a2", "web.hsts", "fail"), res("a3", "web.hsts", "fail"),
            res("a4", "web.meta", "fail"), res("a5", "web.meta", "fail"),
            res("a6", "web.meta", "fail"), res("main", "gov.verified", "warn")]
    ranked = group_findings(build_findings(even, ASSETS, SPECS), SPECS)
    assert [(g.check_id, g.count) for g in ranked] == [
        ("web.hsts", 2), ("web.meta", 3), ("gov.verified", 1)]


def test_render_group_names_the_assets_and_counts_the_rest():
    results = [res(a.asset_id, "gov.two_factor", "fail") for a in ASSETS]
    [group] = group_findings(build_findings(results, ASSETS, SPECS), SPECS)
    names = [a.asset_id.upper() for a in ASSETS]
    words = render_group(group, SPECS["gov.two_factor"], names, "en")
    assert words["assets"] == "6 assets: MAIN, A2, A3, A4, A5 and 1 more"
    assert words["headline"] == "Title of gov.two_factor — " + words["assets"]
    assert words["owners"] == "Rina, Owner 2, Owner 3, Owner 4, Owner 5, Owner 6"
    assert render_group(group, SPECS["gov.two_factor"], names, "id")["assets"] == \
        "6 aset: MAIN, A2, A3, A4, A5 dan 1 lainnya"
    [single] = group_findings(build_findings(results[:1], ASSETS, SPECS), SPECS)
    assert render_group(single, SPECS["gov.two_factor"], ["Main"], "en")["assets"] == "Main"


def test_findings_carry_owner_severity_dimension_values_and_saved_state():
    results = [res("main", "web.hsts", "fail", value="max-age=0"),
               res("", "crisis.playbook", "unknown"), res("ghost", "web.hsts", "warn")]
    states = {("main", "web.hsts"): ("accepted", "Vendor fixes it in Q3")}
    by_key = {(f.asset_id, f.check_id): f
              for f in build_findings(results, ASSETS, SPECS, states=states)}
    hsts = by_key["main", "web.hsts"]
    assert (hsts.owner, hsts.severity, hsts.dimension, hsts.status) == \
        ("Rina", "high", "technical", "fail")
    assert (hsts.reason, hsts.values) == ("seen", {"value": "max-age=0"})
    assert (hsts.state, hsts.note) == ("accepted", "Vendor fixes it in Q3")
    playbook = by_key["", "crisis.playbook"]
    assert (playbook.owner, playbook.state, playbook.note) == ("", "open", "")
    # an asset no longer in the inventory keeps its finding, with no owner to name
    assert by_key["ghost", "web.hsts"].owner == ""


def test_unknown_checks_and_passing_results_make_no_findings():
    results = [res("main", "no.such.check", "fail"), res("main", "web.hsts", "pass")]
    assert build_findings(results, ASSETS, SPECS) == []


def test_render_finding_in_both_languages():
    [finding] = build_findings([res("main", "web.hsts", "fail", value="max-age=0")], ASSETS,
                               SPECS)
    spec = SPECS["web.hsts"]
    assert render_finding(finding, spec, "en") == {
        "title": "Title of web.hsts", "seen": "Saw max-age=0", "why": "Why web.hsts",
        "fix": "Fix web.hsts", "status": "Fail", "severity": "High",
        "dimension": "Technical health", "state": "Open"}
    rendered = render_finding(finding, spec, "id")
    assert (rendered["title"], rendered["seen"], rendered["fix"], rendered["severity"]) == \
        ("Judul web.hsts", "Terlihat max-age=0", "Perbaiki web.hsts", "Tinggi")


def _access_findings(lang_assets: list[Asset]) -> list:
    """Real gov checks over real assets, stored as results, turned into findings."""
    from checks.base import Context
    from checks.registry import BY_ID

    results = []
    ctx = Context(today=date(2026, 3, 1))
    for asset in lang_assets:
        for check_id in ("gov.two_factor", "gov.monitored"):
            outcome = BY_ID[check_id].evaluate({}, asset, ctx)
            results.append(Result(asset_id=asset.asset_id, check_id=check_id,
                                  status=outcome.status, reason=outcome.reason,
                                  values=dict(outcome.values)))
    return build_findings(results, lang_assets)


WEBSITE = Asset("web", "website", kind="website", url="https://www.example.co.id/",
                two_factor="no", monitored="no")
MAIL = Asset("mail", "email", kind="email", handle="example.co.id", two_factor="no",
             monitored="no")
INSTAGRAM = Asset("ig", "instagram", kind="social", handle="brand", name="Instagram",
                  two_factor="no", monitored="no")


def test_access_titles_are_worded_per_kind_in_both_languages():
    from checks.registry import BY_ID

    by_key = {(f.asset_id, f.check_id): f for f in _access_findings([WEBSITE, MAIL, INSTAGRAM])}
    spec = BY_ID["gov.two_factor"]
    titles = {(asset, lang): render_finding(by_key[asset, "gov.two_factor"], spec, lang)["title"]
              for asset in ("web", "mail", "ig") for lang in ("en", "id")}
    assert titles == {
        ("web", "en"): "2FA on the registrar, hosting and CMS logins of www.example.co.id",
        ("web", "id"): "2FA aktif di login registrar, hosting, dan CMS www.example.co.id",
        ("mail", "en"): "2FA on the mail admin console of example.co.id",
        ("mail", "id"): "2FA aktif di konsol admin email example.co.id",
        ("ig", "en"): "Two-factor authentication (2FA) is on for every login",
        ("ig", "id"): "Autentikasi dua faktor (2FA) aktif di setiap login"}
    monitored = BY_ID["gov.monitored"]
    assert render_finding(by_key["mail", "gov.monitored"], monitored, "en")["title"] == \
        "Someone monitors the public mailboxes of example.co.id (cs@, info@)"
    assert render_finding(by_key["mail", "gov.monitored"], monitored, "id")["title"] == \
        "Pemantauan kotak masuk publik example.co.id (cs@, info@)"
    assert render_finding(by_key["web", "gov.monitored"], monitored, "en")["title"] == \
        "Inbox and mentions are monitored"


def test_a_group_of_one_asset_takes_its_worded_title_a_larger_group_the_plain_one():
    from checks.registry import BY_ID

    spec = BY_ID["gov.two_factor"]
    groups = {g.check_id: g for g in group_findings(_access_findings([WEBSITE]))}
    single = render_group(groups["gov.two_factor"], spec, ["Website"], "en")
    assert single["headline"] == \
        "2FA on the registrar, hosting and CMS logins of www.example.co.id — Website"
    groups = {g.check_id: g for g in group_findings(_access_findings([WEBSITE, MAIL]))}
    several = render_group(groups["gov.two_factor"], spec, ["Website", "Mail"], "id")
    assert several["title"] == "Autentikasi dua faktor (2FA) aktif di setiap login"


def test_blank_access_answer_keeps_the_worded_title():
    from checks.registry import BY_ID

    blank = Asset("web", "website", kind="website", url="https://www.example.co.id/",
                  two_factor="")
    [finding] = [f for f in _access_findings([blank]) if f.check_id == "gov.two_factor"]
    assert finding.reason == "attested.blank"
    assert render_finding(finding, BY_ID["gov.two_factor"], "en")["title"] == \
        "2FA on the registrar, hosting and CMS logins of www.example.co.id"


@given(st.lists(st.tuples(st.sampled_from(["", "main", "a2", "a3", "zz"]),
                          st.sampled_from(sorted(SPECS)),
                          st.sampled_from(["pass", "warn", "fail", "unknown", "error"])),
                max_size=40))
def test_the_order_is_the_documented_sort_whatever_the_input_order(cells):
    findings = build_findings([res(a, c, s) for a, c, s in cells], ASSETS, SPECS)
    status_order = ["fail", "unknown", "warn"]
    assert findings == sorted(findings, key=lambda f: (
        -f.priority, -SPECS[f.check_id].weight, status_order.index(f.status), f.asset_id,
        f.check_id))
    assert len({(f.asset_id, f.check_id) for f in findings}) == len(findings)
    for group in group_findings(findings, SPECS):  # members by priority, ties as found
        members = [f for f in findings if f.check_id == group.check_id]
        assert group.findings == sorted(members, key=lambda f: -f.priority)

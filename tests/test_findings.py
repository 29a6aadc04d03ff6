"""Findings: which results become action items, how they are ranked, and how they read."""

from __future__ import annotations

from test_scoring import catalog, make_spec, res

from audit.findings import build_findings, render_finding
from audit.models import Asset

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


def test_priority_ranks_critical_primary_and_widely_exposed_first():
    results = [
        # gov.two_factor is a finding on 3 assets: exposure 1 + 0.25 * 2 = 1.5
        res("main", "gov.two_factor", "fail"), res("a2", "gov.two_factor", "unknown"),
        res("a3", "gov.two_factor", "warn"), res("a4", "gov.two_factor", "pass"),
        res("", "crisis.playbook", "fail"),
        res("a2", "web.hsts", "fail"),
        res("a4", "web.hsts", "unknown"),  # automated unknown: coverage, not a finding
        res("a5", "web.hsts", "error"), res("a6", "web.hsts", "not_applicable"),
        # gov.verified warns on all 6 assets: exposure 1 + 0.25 * 5 = 2.25, capped at 2.0
        *(res(a.asset_id, "gov.verified", "warn") for a in ASSETS),
    ]
    assert keyed(build_findings(results, ASSETS, SPECS)) == [
        ("main", "gov.two_factor", 11.25),  # 5 * fail 1.0 * primary 1.5 * exposure 1.5
        ("", "crisis.playbook", 7.5),  # 5 * 1.0 * questionnaire 1.5 * 1
        ("a2", "gov.two_factor", 6.0),  # 5 * attested unknown 0.8 * 1 * 1.5
        ("a3", "gov.two_factor", 3.75),  # 5 * warn 0.5 * 1 * 1.5
        ("a2", "web.hsts", 3.0),  # 3 * 1.0 * 1 * 1
        ("main", "gov.verified", 1.5),  # 1 * 0.5 * 1.5 * 2.0
        # 1 * 0.5 * 1 * 2.0 = 1.0 each, tie broken by asset id
        ("a2", "gov.verified", 1.0), ("a3", "gov.verified", 1.0), ("a4", "gov.verified", 1.0),
        ("a5", "gov.verified", 1.0), ("a6", "gov.verified", 1.0),
    ]


def test_equal_priority_puts_the_more_severe_check_first():
    results = [res("a2", "web.meta", "fail"), res("a3", "web.meta", "fail"),
               res("a4", "gov.two_factor", "warn")]
    # web.meta: 2 * 1.0 * 1 * 1.25 = 2.5; gov.two_factor: 5 * 0.5 * 1 * 1 = 2.5
    assert keyed(build_findings(results, ASSETS, SPECS)) == [
        ("a4", "gov.two_factor", 2.5), ("a2", "web.meta", 2.5), ("a3", "web.meta", 2.5)]


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

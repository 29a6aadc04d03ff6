"""Worked scoring examples; every expected number is computed by hand in the comment above it.

The small spec factory here is shared by the other scoring-area tests, which build their
own catalogs so they never depend on the real check registry.
"""

from __future__ import annotations

import pytest

from audit.models import Answer, Asset, Result
from audit.scoring import band_of, score, score_to_dict
from checks.base import CheckSpec, Outcome

EQUAL = {"governance": 1, "access": 1, "technical": 1, "presence": 1, "crisis": 1}


def make_spec(check_id: str, dimension: str = "technical", severity: str = "high",
              attested: bool = False, scope: str = "asset") -> CheckSpec:
    return CheckSpec(
        id=check_id, dimension=dimension, severity=severity,
        title={"en": f"Title of {check_id}", "id": f"Judul {check_id}"},
        why={"en": f"Why {check_id}", "id": f"Mengapa {check_id}"},
        fix={"en": f"Fix {check_id}", "id": f"Perbaiki {check_id}"},
        reasons={"seen": {"en": "Saw {value}", "id": "Terlihat {value}"}},
        evaluate=lambda facts, asset, ctx: Outcome("pass", "seen"),
        attested=attested, scope=scope)


def catalog(*specs: CheckSpec) -> dict[str, CheckSpec]:
    return {s.id: s for s in specs}


def res(asset_id: str, check_id: str, status: str, **values) -> Result:
    return Result(asset_id=asset_id, check_id=check_id, status=status, reason="seen",
                  values=values)


def test_single_dimension_points_weights_coverage_and_range():
    specs = catalog(make_spec("a", severity="critical"), make_spec("b", severity="high"),
                    make_spec("c", severity="medium"), make_spec("d", severity="low"))
    results = [res("w1", "a", "pass"), res("w1", "b", "warn"), res("w1", "c", "fail"),
               res("w1", "d", "error")]
    s = score(results, [Asset("w1", "website")], {}, specs, EQUAL)
    tech = s.dimensions["technical"]
    # earned = 5*1 + 3*0.5 + 2*0 = 6.5 over scored weight 10 -> 65.0
    assert tech.score == 65.0
    # d (low, weight 1) errored: coverage = 10 / 11 = 0.909
    assert tech.coverage == 0.909
    # min: d fails -> 6.5 / 11 = 59.09 -> 59.1; max: d passes -> 7.5 / 11 = 68.18 -> 68.2
    assert (tech.min_score, tech.max_score) == (59.1, 68.2)
    # only technical has anything applicable, so overall = technical
    assert (s.overall, s.band, s.coverage, s.min_score, s.max_score) == \
        (65.0, "prepared", 0.909, 59.1, 68.2)
    assert s.provisional is False
    assert s.assets == {"w1": 65.0}
    assert s.cap is None


def test_several_dimensions_renormalised_with_attested_and_verified_answers():
    weights = {"governance": 2, "access": 1, "technical": 1, "presence": 1, "crisis": 3}
    specs = catalog(
        make_spec("gov.owner", "governance", "critical", attested=True),
        make_spec("gov.two_factor", "access", "critical", attested=True),
        make_spec("crisis.playbook", "crisis", "critical", attested=True, scope="organization"),
        make_spec("crisis.training", "crisis", "medium", attested=True, scope="organization"),
        make_spec("web.tls", "technical", "critical"),
    )
    assets = [Asset("site", "website", importance="primary"), Asset("ig", "instagram")]
    results = [
        res("ig", "gov.owner", "pass"), res("site", "gov.owner", "unknown"),
        res("ig", "gov.two_factor", "fail"),
        res("", "crisis.playbook", "pass"), res("", "crisis.training", "warn"),
        res("site", "web.tls", "error"),
    ]
    answers = {"crisis.playbook": Answer("crisis.playbook", "yes", verified=True),
               "crisis.training": Answer("crisis.training", "partial")}
    s = score(results, assets, answers, specs, weights)
    d = s.dimensions
    # governance: 5*1 + 5*0 (attested unknown scores 0) = 5 / 10 -> 50.0, fully covered
    assert (d["governance"].score, d["governance"].coverage) == (50.0, 1.0)
    # access: 5*0 / 5 -> 0.0 (failed on a secondary account: no cap)
    assert d["access"].score == 0.0
    # crisis: 5*1 + 2*0.5 = 6 / 7 = 85.714 -> 85.7
    assert d["crisis"].score == 85.7
    # technical: only an error -> no score, coverage 0, could be anything from 0 to 100
    assert (d["technical"].score, d["technical"].coverage) == (None, 0.0)
    assert (d["technical"].min_score, d["technical"].max_score) == (0.0, 100.0)
    # presence: nothing applies at all
    assert (d["presence"].score, d["presence"].coverage, d["presence"].min_score) == \
        (None, 0.0, None)
    # overall renormalised over scored dimensions (weights 2 + 1 + 3 = 6):
    # (2*50 + 1*0 + 3*85.714) / 6 = 357.143 / 6 = 59.524 -> 59.5, band developing
    assert (s.overall, s.band) == (59.5, "developing")
    # coverage over dimensions with applicable weight (2 + 1 + 3 + technical 1 = 7):
    # (2*1 + 1*1 + 3*1 + 1*0) / 7 = 0.857
    assert s.coverage == 0.857
    # min: technical at 0 -> (100 + 0 + 257.143 + 0) / 7 = 51.02 -> 51.0
    # max: technical at 100 -> (357.143 + 100) / 7 = 65.31 -> 65.3
    assert (s.min_score, s.max_score) == (51.0, 65.3)
    # attested scored weight: gov.owner 5+5, two_factor 5, playbook 5, training 2 = 22;
    # verified: playbook 5 -> 5/22 = 0.227; self-reported 17/22 = 0.773
    assert (s.verified_share, s.self_reported_share) == (0.227, 0.773)
    # every scored check is attested (web.tls errored): 22 / 22
    assert s.attested_share == 1.0
    # ig: gov.owner 5*1 + two_factor 5*0 = 5 / 10 -> 50.0; site: gov.owner 0 / 5 -> 0.0
    assert s.assets == {"site": 0.0, "ig": 50.0}
    assert s.asset_dimensions == {"site": {"governance": 0.0, "technical": None},
                                  "ig": {"governance": 100.0, "access": 0.0}}


CAP_SPECS = catalog(
    make_spec("web.tls", "technical", "critical"), make_spec("web.hsts", "technical", "high"),
    make_spec("crisis.playbook", "crisis", "critical", attested=True, scope="organization"),
    make_spec("crisis.listening", "crisis", "high", attested=True, scope="organization"),
)


@pytest.mark.parametrize("importance, band, capped", [
    ("primary", "developing", True), ("secondary", "prepared", False)])
def test_critical_fail_caps_only_on_a_primary_asset(importance, band, capped):
    results = [res("site", "web.tls", "fail"), res("site", "web.hsts", "pass"),
               res("", "crisis.playbook", "pass")]
    s = score(results, [Asset("site", "website", importance=importance)], {}, CAP_SPECS, EQUAL)
    # technical: 3 / 8 = 37.5; crisis: 100; overall (37.5 + 100) / 2 = 68.75 -> 68.8 (prepared)
    assert s.overall == 68.8
    assert s.band == band
    assert (s.cap is not None) == capped
    if capped:
        assert (s.cap.check_id, s.cap.asset_id, s.cap.band, s.cap.count) == \
            ("web.tls", "site", "developing", 1)


def test_questionnaire_fail_caps_and_names_the_first_of_several_triggers():
    weights = {"technical": 3, "crisis": 1}
    results = [res("", "crisis.playbook", "fail"), res("", "crisis.listening", "pass"),
               res("site", "web.tls", "fail"), res("site", "web.hsts", "pass"),
               res("www", "web.tls", "pass"), res("www", "web.hsts", "pass")]
    assets = [Asset("site", "website", importance="primary"), Asset("www", "website")]
    s = score(results, assets, {}, CAP_SPECS, weights)
    # technical: (0 + 3 + 5 + 3) / 16 = 68.75; crisis: 3 / 8 = 37.5
    # overall: (3*68.75 + 1*37.5) / 4 = 243.75 / 4 = 60.9375 -> 60.9 (prepared) -> capped
    assert s.overall == 60.9
    assert s.band == "developing"
    # two triggers; the questionnaire ("" sorts first) is named, both are counted
    assert (s.cap.check_id, s.cap.asset_id, s.cap.count) == ("crisis.playbook", "", 2)


def test_cap_is_reported_but_not_binding_when_the_band_is_already_lower():
    results = [res("", "crisis.playbook", "fail"), res("", "crisis.listening", "pass")]
    s = score(results, [], {}, CAP_SPECS, EQUAL)
    # crisis: 3 / 8 = 37.5 -> vulnerable already; the cap stands but changes nothing now
    assert (s.overall, s.band) == (37.5, "vulnerable")
    assert (s.cap.check_id, s.cap.binding) == ("crisis.playbook", False)


@pytest.mark.parametrize("value, band", [
    (0.0, "vulnerable"), (39.94, "vulnerable"), (39.96, "developing"), (59.9, "developing"),
    (60.0, "prepared"), (79.9, "prepared"), (80.0, "resilient"), (100.0, "resilient"),
    (None, None)])
def test_band_is_read_from_the_score_rounded_to_one_decimal(value, band):
    assert band_of(value) == band


def test_empty_engagement_has_no_score_and_zero_coverage():
    s = score([], [], {}, CAP_SPECS, EQUAL)
    assert (s.overall, s.band, s.coverage, s.min_score, s.max_score, s.cap) == \
        (None, None, 0.0, None, None, None)
    assert s.provisional is True
    assert (s.verified_share, s.self_reported_share, s.attested_share) == (0.0, 0.0, 0.0)
    assert all(d.score is None and d.coverage == 0.0 for d in s.dimensions.values())


def test_nothing_decided_yet_gives_a_full_range_not_a_zero():
    s = score([res("site", "web.tls", "unknown"), res("site", "web.hsts", "error")],
              [Asset("site", "website")], {}, CAP_SPECS, EQUAL)
    assert (s.overall, s.band, s.coverage, s.min_score, s.max_score) == \
        (None, None, 0.0, 0.0, 100.0)
    assert s.assets == {"site": None}


def test_zero_weight_dimension_never_counts_and_never_divides_by_zero():
    s = score([res("site", "web.tls", "pass")], [Asset("site", "website")], {}, CAP_SPECS,
              {"technical": 0, "crisis": 1})
    assert s.dimensions["technical"].score == 100.0
    assert (s.overall, s.coverage) == (None, 0.0)


def test_below_seventy_percent_coverage_is_provisional():
    specs = catalog(make_spec("a", severity="critical"), make_spec("b", severity="medium"),
                    make_spec("c", severity="low"))
    # scored 5 of applicable 5 + 2 = 7 -> 0.714: not provisional
    ok = score([res("w", "a", "pass"), res("w", "b", "error")], [], {}, specs, EQUAL)
    # scored 5 of 5 + 2 + 1 = 8 -> 0.625: provisional
    low = score([res("w", "a", "pass"), res("w", "b", "error"), res("w", "c", "unknown")],
                [], {}, specs, EQUAL)
    assert (ok.coverage, ok.provisional) == (0.714, False)
    assert (low.coverage, low.provisional) == (0.625, True)


def test_unknown_checks_are_ignored_and_a_later_duplicate_wins():
    results = [res("w", "web.hsts", "fail"), res("w", "no.such.check", "fail"),
               res("w", "web.hsts", "pass")]
    s = score(results, [], {}, CAP_SPECS, EQUAL)
    assert (s.overall, s.coverage) == (100.0, 1.0)


def test_inventory_attested_fields_count_as_self_reported_even_with_a_verified_answer():
    specs = catalog(make_spec("gov.owner", "governance", "critical", attested=True),
                    make_spec("web.tls", "technical", "critical"))
    answers = {"gov.owner": Answer("gov.owner", "yes", verified=True)}
    s = score([res("w", "gov.owner", "pass"), res("w", "web.tls", "pass")], [], answers,
              specs, EQUAL)
    # attested weight 5 of scored 10 -> 0.5; none of it verified
    assert (s.attested_share, s.verified_share, s.self_reported_share) == (0.5, 0.0, 1.0)


def test_score_to_dict_has_the_spec_block_and_the_extensions():
    results = [res("site", "web.tls", "fail"), res("site", "web.hsts", "pass"),
               res("", "crisis.playbook", "pass")]
    s = score(results, [Asset("site", "website", importance="primary")], {}, CAP_SPECS, EQUAL)
    d = score_to_dict(s)
    assert {"overall", "band", "coverage", "dimensions", "cap"} <= d.keys()
    assert d["overall"] == 68.8 and d["band"] == "developing"
    assert d["dimensions"]["technical"] == {"score": 37.5, "coverage": 1.0, "weight": 1.0,
                                            "min": 37.5, "max": 37.5}
    assert d["cap"] == {"check_id": "web.tls", "asset_id": "site", "band": "developing",
                        "count": 1, "binding": True}
    assert (d["min"], d["max"], d["provisional"]) == (68.8, 68.8, False)
    assert {"verified_share", "self_reported_share", "attested_share"} <= d.keys()


def test_unanswered_is_left_out_while_dont_know_scores_zero():
    specs = catalog(make_spec("gov.two_factor", "access", "critical", attested=True),
                    make_spec("gov.shared_login", "access", "critical", attested=True),
                    make_spec("crisis.playbook", "crisis", "critical", attested=True,
                              scope="organization"),
                    make_spec("crisis.escalation", "crisis", "critical", attested=True,
                              scope="organization"))
    assets = [Asset("ig", "instagram")]
    results = [
        res("ig", "gov.two_factor", "pass"),
        Result("ig", "gov.shared_login", "unknown", "attested.blank"),  # cell left blank
        Result("", "crisis.playbook", "unknown", "crisis.playbook.unknown"),  # "tidak tahu"
        Result("", "crisis.escalation", "unknown", "crisis.escalation.unanswered"),
    ]
    s = score(results, assets, {}, specs, {"access": 1, "crisis": 1})
    assert (s.dimensions["access"].score, s.dimensions["access"].coverage) == (100.0, 0.5)
    assert (s.dimensions["crisis"].score, s.dimensions["crisis"].coverage) == (0.0, 0.5)
    assert (s.unanswered_questions, s.unanswered_cells) == (1, 1)
    assert s.provisional is True
    answered = [*results[:1], res("ig", "gov.shared_login", "pass"), results[2],
                Result("", "crisis.escalation", "pass", "crisis.escalation.yes")]
    full = score(answered, assets, {}, specs, {"access": 1, "crisis": 1})
    assert (full.unanswered_questions, full.unanswered_cells, full.provisional) == (0, 0, False)
    assert score_to_dict(s)["unanswered_questions"] == 1


def test_a_verified_asset_attestation_counts_as_verified():
    specs = catalog(make_spec("gov.two_factor", "access", "critical", attested=True))
    results = [res("ig", "gov.two_factor", "pass")]
    assets = [Asset("ig", "instagram")]
    assert score(results, assets, {}, specs, {"access": 1}).verified_share == 0.0
    verified = score(results, assets, {}, specs, {"access": 1},
                     verified_cells={("ig", "gov.two_factor")})
    assert verified.verified_share == 1.0

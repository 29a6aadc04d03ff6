"""Invariants of the scorer over random engagements (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_scoring import catalog, make_spec, res

from audit.models import Answer, Asset
from audit.scoring import score
from checks.base import DIMENSIONS, SEVERITY_WEIGHTS

SPECS = catalog(*(
    make_spec(f"{dim}.{sev}.{'att' if attested else 'auto'}", dim, sev, attested)
    for dim in DIMENSIONS for sev in SEVERITY_WEIGHTS for attested in (False, True)
), *(make_spec(f"org.{sev}", "crisis", sev, True, "organization") for sev in SEVERITY_WEIGHTS))
ASSET_IDS = ("a1", "a2", "a3")
STATUSES = ("pass", "warn", "fail", "unknown", "error", "not_applicable")

asset_checks = st.tuples(st.sampled_from(ASSET_IDS),
                         st.sampled_from([s for s in SPECS if not s.startswith("org.")]))
org_checks = st.tuples(st.just(""), st.sampled_from([s for s in SPECS if s.startswith("org.")]))
keys = st.one_of(asset_checks, org_checks)
engagements = st.fixed_dictionaries({
    "results": st.dictionaries(keys, st.sampled_from(STATUSES), max_size=40),
    "primary": st.sets(st.sampled_from(ASSET_IDS)),
    "weights": st.fixed_dictionaries({d: st.integers(0, 5) for d in DIMENSIONS}),
    "verified": st.sets(st.sampled_from([s for s in SPECS if s.startswith("org.")])),
})


def run(e: dict, extra: dict | None = None):
    table = {**e["results"], **(extra or {})}
    results = [res(a, c, status) for (a, c), status in table.items()]
    assets = [Asset(a, "website", importance="primary" if a in e["primary"] else "secondary")
              for a in ASSET_IDS]
    answers = {q: Answer(q, "yes", verified=True) for q in e["verified"]}
    return score(results, assets, answers, SPECS, e["weights"])


def in_range(value: float | None) -> bool:
    return value is None or 0 <= value <= 100


def at_most(low: float | None, value: float | None) -> bool:
    return low is None or value is None or low <= value


@settings(max_examples=200)
@given(engagements)
def test_every_score_stays_within_0_and_100_and_inside_its_range(e):
    s = run(e)
    assert all(in_range(v) for v in (s.overall, s.min_score, s.max_score))
    assert 0 <= s.coverage <= 1
    for d in s.dimensions.values():
        assert all(in_range(v) for v in (d.score, d.min_score, d.max_score))
        assert 0 <= d.coverage <= 1
        assert at_most(d.min_score, d.score) and at_most(d.score, d.max_score)
    assert all(in_range(v) for v in s.assets.values())
    assert at_most(s.min_score, s.overall) and at_most(s.overall, s.max_score)
    if s.overall is not None:
        assert s.min_score is not None and s.max_score is not None
    assert s.verified_share + s.self_reported_share in (0.0, 1.0)


def _new_key(e: dict, data) -> tuple[str, str]:
    return data.draw(keys.filter(lambda k: k not in e["results"]))


@given(engagements, st.data())
def test_adding_a_pass_never_lowers_a_dimension_or_the_overall(e, data):
    key = _new_key(e, data)
    before, after = run(e), run(e, {key: "pass"})
    dim = SPECS[key[1]].dimension
    assert at_most(before.dimensions[dim].score, after.dimensions[dim].score)
    assert at_most(before.overall, after.overall)


@given(engagements, st.data())
def test_adding_a_fail_never_raises_a_dimension_or_the_overall(e, data):
    key = _new_key(e, data)
    before, after = run(e), run(e, {key: "fail"})
    dim = SPECS[key[1]].dimension
    assert at_most(after.dimensions[dim].score, before.dimensions[dim].score)
    assert at_most(after.overall, before.overall)


@given(engagements, st.data())
def test_adding_a_warning_pulls_its_dimension_towards_50(e, data):
    key = _new_key(e, data)
    dim = SPECS[key[1]].dimension
    before, after = run(e).dimensions[dim].score, run(e, {key: "warn"}).dimensions[dim].score
    assert after is not None
    if before is not None:
        assert min(before, 50) <= after <= max(before, 50)


@given(engagements, st.data(), st.sampled_from(["unknown", "error"]))
def test_undecided_automated_checks_lower_coverage_not_the_score(e, data, status):
    key = data.draw(asset_checks.filter(
        lambda k: k not in e["results"] and not SPECS[k[1]].attested))
    before, after = run(e), run(e, {key: status})
    dim = SPECS[key[1]].dimension
    assert after.overall == before.overall
    assert {d: v.score for d, v in after.dimensions.items()} == \
        {d: v.score for d, v in before.dimensions.items()}
    assert after.dimensions[dim].coverage <= before.dimensions[dim].coverage
    if before.dimensions[dim].coverage > 0:
        assert after.dimensions[dim].coverage < before.dimensions[dim].coverage


@given(engagements, st.data())
def test_not_applicable_changes_neither_score_nor_coverage(e, data):
    key = _new_key(e, data)
    assert run(e, {key: "not_applicable"}) == run(e)


@settings(max_examples=200)
@given(engagements)
def test_cap_holds_whenever_a_critical_check_fails_on_a_primary_asset_or_questionnaire(e):
    s = run(e)
    triggered = any(
        status == "fail" and SPECS[c].severity == "critical" and (a == "" or a in e["primary"])
        for (a, c), status in e["results"].items())
    if triggered and s.band is not None:
        assert s.band in ("vulnerable", "developing")
    assert (s.cap is not None) == (triggered and s.band is not None)
    if s.cap is not None:
        assert s.band == "developing" if s.cap.binding else s.band in ("vulnerable",
                                                                       "developing")
        assert (s.cap.asset_id, s.cap.check_id) in e["results"]


@given(engagements)
def test_attested_unknown_scores_like_a_fail(e):
    attested_unknowns = {k: "fail" for k, v in e["results"].items()
                         if v == "unknown" and SPECS[k[1]].attested}
    as_fail, as_unknown = run(e, attested_unknowns), run(e)
    assert as_fail.overall == as_unknown.overall
    assert as_fail.coverage == as_unknown.coverage


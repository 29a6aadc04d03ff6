"""No input makes a check raise: random and half-broken facts always give a valid outcome.

Facts are stored JSON, written by probes or replayed from old runs; a check must turn
anything malformed into a clean `error`/`unknown` outcome with a declared reason.
"""

from __future__ import annotations

import copy
import os
from datetime import date
from typing import Any

import pytest
from checkfacts import TODAY, checked, context, day, healthy_asset, healthy_facts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.models import Answer
from checks.registry import ALL_CHECKS, applicable

EXAMPLES = int(os.environ.get("SIAGA_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PROBES = ["website", "tls", "mail", "rdap", "profile", "campaigns"]
KEYS = PROBES + [
    "name", "launch", "end", "channels", "asset_id", "holder", "state", "faq", "questions",
    "answered",
    "url", "main", "http", "chain", "status", "final_url", "headers", "elapsed_ms", "html",
    "content_type", "error", "error_kind", "location", "host", "verified", "verify_error",
    "verify_code", "not_before", "not_after", "sans", "self_signed", "domain", "mx", "spf",
    "dmarc", "errors", "exchange", "expiration", "rule", "probe_url", "handle", "exists_marker",
    "missing_marker", "wall_marker", "challenge_marker", "wall_url", "missing_url", "exists_url",
    "strict-transport-security", "content-security-policy", "referrer-policy",
]
LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
    st.text(max_size=40), st.sampled_from([
        "https://www.instagram.com/x", "http://[::1", "v=spf1 +all", "v=DMARC1; p=",
        "max-age=", day(3), "2026-13-45", "<a href='https://x.com/a'>", "timeout", "refused",
        "tls", ".", 404, 200, 301, 10, 62,
    ]),
)
JSONISH = st.recursive(
    LEAVES,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), children,
                        max_size=6)),
    max_leaves=30,
)
RANDOM_FACTS = st.dictionaries(st.sampled_from(PROBES), JSONISH, max_size=5)
ASSETS = [healthy_asset(p) for p in ("website", "email", "instagram", "whatsapp", "tokopedia")]


def judge_all(facts: Any, asset: Any, ctx: Any) -> None:
    for spec in ALL_CHECKS:
        if spec.scope == "organization" or spec.applies_to(asset):
            checked(spec, spec.evaluate(facts, asset, ctx))


@FUZZ
@given(facts=RANDOM_FACTS, which=st.sampled_from(ASSETS))
def test_random_facts_never_raise(facts, which):
    judge_all(facts, which, context())


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    if isinstance(value, dict):
        return [prefix] + [p for k, v in value.items() for p in _paths(v, (*prefix, k))]
    if isinstance(value, list):
        return [prefix] + [p for i, v in enumerate(value) for p in _paths(v, (*prefix, i))]
    return [prefix]


PATHS = [p for p in _paths(healthy_facts()) if p]


@FUZZ
@given(path=st.sampled_from(PATHS), value=JSONISH, which=st.sampled_from(ASSETS))
def test_one_broken_fact_never_raises(path, value, which):
    facts = copy.deepcopy(healthy_facts())
    parent = facts
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    judge_all(facts, which, context())


ODD = st.one_of(st.none(), st.text(max_size=20), st.integers(-5, 50), st.floats(),
                st.booleans(), st.dates(), st.sampled_from(["yes", "no", "unknown", "YES"]))


@FUZZ
@given(fields=st.fixed_dictionaries({}, optional={
    name: ODD for name in ("handle", "url", "owner", "backup_owner", "two_factor",
                           "shared_login", "admins", "recovery_contact", "verified",
                           "last_post", "monitored", "response_sla_hours", "campaign_briefed")}),
    platform=st.sampled_from(["instagram", "website", "email", "whatsapp", "no_such_platform"]),
    answer=st.one_of(st.none(), st.builds(Answer, question_id=st.just("crisis.playbook"),
                                          answer=ODD, note=ODD, evidence=ODD, verified=ODD)),
    dominant=st.text(max_size=10), domains=st.frozensets(st.text(max_size=12), max_size=3))
def test_odd_inventory_rows_never_raise(fields, platform, answer, dominant, domains):
    asset = healthy_asset(platform, **fields)
    answers = {"crisis.playbook": answer} if answer is not None else {}
    ctx = context(dominant_handle=dominant, own_domains=domains, answers=answers)
    for spec in ALL_CHECKS:
        checked(spec, spec.evaluate(healthy_facts(), asset, ctx))


@pytest.mark.parametrize("asset", ASSETS, ids=lambda a: a.platform)
def test_healthy_asset_passes_every_check(asset):
    statuses = {spec.id: spec.evaluate(healthy_facts(), asset, context()).status
                for spec in applicable(asset)}
    failing = {k: v for k, v in statuses.items() if v != "pass"}
    # WhatsApp and listings have no handle consistency to check; nothing else may fall short,
    # except a WhatsApp number's registration, which cannot be seen (CHECKS.md).
    unprovable = {"social.profile_exists": "unknown"} if asset.platform == "whatsapp" else {}
    assert failing == unprovable, failing


@pytest.mark.parametrize("spec", ALL_CHECKS, ids=lambda s: s.id)
def test_no_facts_at_all_is_a_clean_outcome(spec):
    asset = healthy_asset("website" if spec.id.startswith("web") else
                          "email" if spec.id.startswith("mail") else "instagram")
    outcome = checked(spec, spec.evaluate({}, asset, context()))
    if spec.needs:
        assert (outcome.status, outcome.reason) == ("error", "probe_error")


def test_dates_come_from_the_context_only():
    spec = next(s for s in ALL_CHECKS if s.id == "web.tls_expiry")
    later = spec.evaluate(healthy_facts(), ASSETS[0], context(today=date(2026, 5, 25)))
    now = spec.evaluate(healthy_facts(), ASSETS[0], context(today=TODAY))
    assert (now.values["days"], later.values["days"]) == (90, 5)

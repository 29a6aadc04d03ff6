"""presence.lookalike_domains: every row of its CHECKS.md table, and the marks."""

from __future__ import annotations

from typing import Any

import pytest

from checks.base import Context
from checks.presence import LOOKALIKE_DOMAINS
from tests.checks.checkfacts import TODAY, checked

BRAND = "brand.co.id"


def facts(found: list[dict[str, Any]], unanswered: int = 0, **over: Any) -> dict:
    data = {"domains": [BRAND], "generated": 900, "checked": 400, "found": found,
            "unanswered": [], "unanswered_count": unanswered, **over}
    return {"lookalikes": data}


def look(domain: str, a: list[str] | None = None, mx: list[str] | None = None) -> dict:
    return {"domain": domain, "fuzzer": "omission", "base": BRAND, "a": a or [], "mx": mx or []}


def judge(fact: dict, marks: dict[str, str] | None = None, own: frozenset[str] = frozenset()):
    ctx = Context(today=TODAY, lookalike_marks=marks or {}, own_domains=own)
    return checked(LOOKALIKE_DOMAINS, LOOKALIKE_DOMAINS.evaluate(fact, None, ctx))


def test_nothing_registered_among_every_answered_permutation_passes():
    outcome = judge(facts([]))
    assert (outcome.status, outcome.reason) == ("pass", "presence.lookalike_domains.none")
    assert outcome.values["checked"] == 400


def test_a_lookalike_serving_a_website_or_mail_fails_and_is_named():
    outcome = judge(facts([look("brnd.co.id", a=["192.0.2.1"]),
                           look("brand.co.ld", mx=["mx.brand.co.ld"]),
                           look("brandd.co.id")]))
    assert outcome.status == "fail"
    assert outcome.values["list"] == "brnd.co.id, brand.co.ld"
    assert (outcome.values["web"], outcome.values["mail"]) == (1, 1)
    assert {e["domain"] for e in outcome.evidence["found"]} == {
        "brnd.co.id", "brand.co.ld", "brandd.co.id"}


def test_registered_with_no_website_and_no_mail_warns():
    outcome = judge(facts([look("brandd.co.id")]))
    assert (outcome.status, outcome.values["list"]) == ("warn", "brandd.co.id")


@pytest.mark.parametrize("mark", ["own", "handled"])
def test_a_marked_lookalike_no_longer_counts(mark):
    outcome = judge(facts([look("brnd.co.id", a=["192.0.2.1"])]), {"brnd.co.id": mark})
    assert (outcome.status, outcome.reason) == ("pass", "presence.lookalike_domains.all_cleared")
    assert outcome.evidence["found"][0]["mark"] == mark


def test_an_open_mark_still_fails():
    outcome = judge(facts([look("brnd.co.id", a=["192.0.2.1"])]), {"brnd.co.id": "open"})
    assert outcome.status == "fail"


def test_an_inventoried_domain_is_the_clients_own():
    outcome = judge(facts([look("brand-id.co.id", a=["192.0.2.1"])]),
                    own=frozenset({BRAND, "brand-id.co.id"}))
    assert outcome.status == "pass"


def test_unanswered_names_without_a_find_are_unknown_not_pass():
    outcome = judge(facts([], unanswered=12))
    assert (outcome.status, outcome.values["unanswered"]) == ("unknown", 12)


def test_a_find_is_proof_even_when_other_names_went_unanswered():
    assert judge(facts([look("brnd.co.id", a=["192.0.2.1"])], unanswered=12)).status == "fail"


def test_no_main_domain_is_not_applicable():
    assert judge(facts([], domains=[])).status == "not_applicable"
    assert judge({}).status == "error"  # the runner gave no facts: the probe never ran


def test_a_failed_watch_is_an_error_with_its_words():
    outcome = judge({"lookalikes": {"error": "No DNS resolver available", "error_kind": "dns"}})
    assert outcome.status == "error" and "resolver" in outcome.values["error"]

"""campaign.briefing_coverage and campaign.faq_ready over campaign facts, on a fixed day.

The facts are what audit.campaigns.model.campaign_facts builds from stored records; here
they are written out so each test names one rule of CHECKS.md "Coordination — campaigns".
"""

from __future__ import annotations

from typing import Any

from checkfacts import day

from checks.campaign import URGENT_DAYS, WINDOW_DAYS


def channel(asset_id: str, state: str, holder: str = "Rina") -> dict[str, str]:
    return {"asset_id": asset_id, "channel": f"Instagram: {asset_id}", "holder": holder,
            "state": state}


def campaign(launch: int, *states: str, end: int | None = None, questions: int = 2,
             answered: int = 2, name: str = "Promo Senja") -> dict[str, Any]:
    """A campaign launching `launch` days from TODAY with one channel per state."""
    end = launch + 30 if end is None else end
    return {"name": name, "launch": day(launch), "end": day(end),
            "channels": [channel(f"ch-{i}", s, f"Holder {i}") for i, s in enumerate(states)],
            "faq": {"questions": questions, "answered": answered}}


def facts(*campaigns: dict[str, Any]) -> dict[str, Any]:
    return {"campaigns": list(campaigns)}


# -- briefing coverage -------------------------------------------------------------------
def test_no_campaign_is_not_applicable(judge):
    outcome = judge("campaign.briefing_coverage", facts())
    assert (outcome.status, outcome.reason) == (
        "not_applicable", "campaign.briefing_coverage.no_campaign")


def test_campaign_beyond_the_window_is_not_applicable(judge):
    outcome = judge("campaign.briefing_coverage", facts(campaign(WINDOW_DAYS + 1, "not_briefed")))
    assert outcome.status == "not_applicable"


def test_ended_campaign_is_not_applicable(judge):
    outcome = judge("campaign.briefing_coverage", facts(campaign(-40, "not_briefed", end=-1)))
    assert outcome.status == "not_applicable"


def test_every_holder_acknowledged_passes(judge):
    outcome = judge("campaign.briefing_coverage",
                    facts(campaign(2, "acknowledged", "acknowledged")))
    assert (outcome.status, outcome.values["total"]) == ("pass", 2)


def test_briefed_but_not_acknowledged_warns_naming_the_holders(judge):
    outcome = judge("campaign.briefing_coverage", facts(campaign(2, "acknowledged", "briefed")))
    assert outcome.status == "warn"
    assert outcome.reason == "campaign.briefing_coverage.not_acknowledged"
    assert outcome.values["channels"] == "ch-1 (Holder 1)"


def test_unbriefed_channel_in_a_live_campaign_fails_naming_it(judge):
    outcome = judge("campaign.briefing_coverage",
                    facts(campaign(-2, "acknowledged", "not_briefed", "not_briefed")))
    assert (outcome.status, outcome.reason) == ("fail",
                                                "campaign.briefing_coverage.unbriefed_live")
    assert outcome.values["channels"] == "ch-1 (Holder 1), ch-2 (Holder 2)"
    unbriefed = outcome.evidence["campaigns"][0]["unbriefed"]
    assert [c["asset_id"] for c in unbriefed] == ["ch-1", "ch-2"]
    assert [c["holder"] for c in unbriefed] == ["Holder 1", "Holder 2"]


def test_unbriefed_channel_within_three_days_of_launch_fails(judge):
    outcome = judge("campaign.briefing_coverage",
                    facts(campaign(URGENT_DAYS, "briefed", "not_briefed")))
    assert (outcome.status, outcome.reason) == ("fail",
                                                "campaign.briefing_coverage.unbriefed_imminent")


def test_unbriefed_channel_a_week_before_launch_warns(judge):
    outcome = judge("campaign.briefing_coverage",
                    facts(campaign(URGENT_DAYS + 1, "acknowledged", "not_briefed")))
    assert (outcome.status, outcome.reason) == ("warn",
                                                "campaign.briefing_coverage.unbriefed_early")


def test_the_worst_campaign_decides(judge):
    outcome = judge("campaign.briefing_coverage",
                    facts(campaign(1, "acknowledged", name="Ready"),
                          campaign(-1, "not_briefed", name="Late")))
    assert outcome.status == "fail" and outcome.values["campaign"] == "Late"
    assert [c["campaign"] for c in outcome.evidence["campaigns"]] == ["Ready", "Late"]


def test_campaign_without_channels_is_unknown(judge):
    outcome = judge("campaign.briefing_coverage", facts(campaign(1)))
    assert (outcome.status, outcome.reason) == ("unknown",
                                                "campaign.briefing_coverage.no_channels")


def test_malformed_campaign_records_are_skipped(judge):
    outcome = judge("campaign.briefing_coverage",
                    {"campaigns": [None, {"launch": "not a date"}, "x", 3]})
    assert outcome.status == "not_applicable"


# -- FAQ ---------------------------------------------------------------------------------
def test_faq_not_applicable_without_campaign(judge):
    assert judge("campaign.faq_ready", facts()).status == "not_applicable"


def test_faq_with_every_answer_approved_passes(judge):
    outcome = judge("campaign.faq_ready", facts(campaign(5, "briefed", questions=3, answered=3)))
    assert (outcome.status, outcome.values["total"]) == ("pass", 3)


def test_faq_with_unapproved_answers_warns(judge):
    outcome = judge("campaign.faq_ready", facts(campaign(5, "briefed", questions=3, answered=1)))
    assert (outcome.status, outcome.values["count"]) == ("warn", 2)


def test_campaign_without_faq_fails(judge):
    outcome = judge("campaign.faq_ready", facts(campaign(-1, "briefed", questions=0, answered=0)))
    assert (outcome.status, outcome.reason) == ("fail", "campaign.faq_ready.missing")

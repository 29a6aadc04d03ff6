"""The crisis questionnaire: answers map to statuses; the questions are data in CHECKS.md order."""

from __future__ import annotations

import pytest
from checkfacts import context

from audit.models import Answer
from checks.crisis import QUESTIONS
from checks.registry import organization_checks


@pytest.mark.parametrize(("answer", "status"), [
    ("yes", "pass"), ("partial", "warn"), ("no", "fail"), ("unknown", "unknown"),
])
def test_answer_maps_to_status(judge, answer, status):
    ctx = context(answers={"crisis.playbook": Answer("crisis.playbook", answer)})
    outcome = judge("crisis.playbook", {}, None, ctx)
    assert (outcome.status, outcome.reason) == (status, f"crisis.playbook.{answer}")


def test_missing_answer_is_unknown(judge):
    outcome = judge("crisis.escalation", {}, None, context())
    assert (outcome.status, outcome.reason) == ("unknown", "crisis.escalation.unanswered")


def test_unrecognised_answer_is_unknown(judge):
    ctx = context(answers={"crisis.listening": Answer("crisis.listening", "maybe")})
    outcome = judge("crisis.listening", {}, None, ctx)
    assert (outcome.status, outcome.reason) == ("unknown", "crisis.listening.unanswered")


def test_values_carry_note_evidence_and_verification(judge):
    answer = Answer("crisis.simulation", "partial", note="Tabletop Mei 2025, tanpa agensi",
                    evidence="https://intranet.example/simulasi", verified=True)
    outcome = judge("crisis.simulation", {}, None,
                    context(answers={"crisis.simulation": answer}))
    assert outcome.values == {"answer": "partial", "note": "Tabletop Mei 2025, tanpa agensi",
                              "evidence": "https://intranet.example/simulasi", "verified": True}


def test_answer_replayed_as_a_dict_is_read(judge):
    ctx = context(answers={"crisis.training": {"answer": "no", "verified": False}})
    assert judge("crisis.training", {}, None, ctx).status == "fail"


def test_questions_are_the_organization_checks():
    assert [q.id for q in QUESTIONS] == [s.id for s in organization_checks()
                                         if s.dimension == "crisis"]
    assert all(q.attested and q.dimension == "crisis" for q in QUESTIONS)


def test_each_question_reads_only_its_own_answer(judge):
    ctx = context(answers={"crisis.playbook": Answer("crisis.playbook", "yes")})
    assert judge("crisis.spokesperson", {}, None, ctx).status == "unknown"

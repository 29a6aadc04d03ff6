"""The first-hour checklist and the post-incident report as pure functions, on fixed times."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from audit.incidents.checklist import LENGTH_LIMITS, cut, first_hour_steps, step_text, wa_link
from audit.incidents.model import Incident, LogEntry
from audit.incidents.report import post_incident
from audit.models import Answer, Asset
from audit.report import Finding

OPENED = datetime(2026, 6, 1, 9, 0)
ASSETS = [
    Asset("ig", "instagram", kind="social", name="Instagram utama", owner="Rina",
          owner_phone="0812-3456-7890", importance="primary"),
    Asset("wa", "whatsapp", kind="messaging", name="WhatsApp CS", owner="",
          backup_owner="Hendra", backup_phone="+62 813 1111 2222"),
    Asset("x", "x", kind="social", name="X", owner="Budi"),
    Asset("web", "website", kind="website", name="Situs"),  # not a channel customers write to
]
ANSWERS = {"crisis.escalation": Answer("crisis.escalation", "yes", note="Dewi 0811-000-111")}
STATEMENT = "Kami sudah mengetahui keluhan ini dan sedang menanganinya. " * 12


def steps(tier: int = 1):
    return {s.step_id: s for s in first_hour_steps(ASSETS, ANSWERS, tier, STATEMENT)}


def test_every_customer_facing_channel_gets_its_steps_and_the_website_none():
    ids = steps()
    assert {"tell.ig", "pause.ig", "autoreply.ig", "statement.ig", "tell.wa", "autoreply.wa",
            "statement.wa", "tell.x"} <= set(ids)
    assert "pause.wa" not in ids  # nothing is scheduled on a WhatsApp number
    assert not any(i.endswith(".web") for i in ids)
    assert list(ids)[:4] == ["org.verify", "org.capture", "org.convene", "org.legal"]
    assert list(ids)[-1] == "org.listen"


@pytest.mark.parametrize("tier, legal", [(1, True), (2, False), (3, False)])
def test_legal_is_called_for_tier_one_only(tier, legal):
    assert ("org.legal" in steps(tier)) is legal


def test_the_holder_is_named_with_phone_and_a_wa_link():
    text = step_text(steps()["tell.ig"], "en")
    assert "Rina" in text and "0812-3456-7890" in text and "https://wa.me/6281234567890" in text
    nobody = step_text(steps()["tell.wa"], "id")
    assert "belum punya pengelola kanal" in nobody  # no PIC named: find who can log in
    assert "Dewi 0811-000-111" in step_text(steps()["org.convene"], "en")


def test_the_statement_is_cut_to_each_platforms_length():
    for asset_id, platform in (("ig", "instagram"), ("x", "x"), ("wa", "whatsapp")):
        text = steps()[f"statement.{asset_id}"].values["text"]
        assert len(text) <= LENGTH_LIMITS[platform]
    x_text = steps()["statement.x"].values["text"]
    assert x_text.endswith("…") and not x_text[:-1].endswith(" ")
    assert STATEMENT.startswith(x_text[:-1])  # cut at a word, never mid-word
    assert cut("short", 280) == "short"


@pytest.mark.parametrize("phone, link", [
    ("0812-3456-7890", "https://wa.me/6281234567890"), ("+62 813 1111 2222",
                                                        "https://wa.me/6281311112222"),
    ("", ""), ("123", ""),
])
def test_wa_links(phone, link):
    assert wa_link(phone) == link


def incident_with_work() -> Incident:
    incident = Incident("Voucher viral", 1, OPENED, id=1,
                        steps=first_hour_steps(ASSETS, ANSWERS, 1, STATEMENT))
    done = {"org.verify": 10, "tell.ig": 12, "statement.ig": 30, "tell.x": 75}
    for step in incident.steps:
        if step.step_id in done:
            step.done_at = OPENED + timedelta(minutes=done[step.step_id])
    incident.log = [LogEntry(OPENED + timedelta(minutes=20), "Keputusan: perpanjang voucher",
                             "decision")]
    incident.closed_at, incident.status = OPENED + timedelta(hours=3), "closed"
    return incident


def test_the_report_measures_first_response_late_and_missed_steps():
    findings = [
        Finding("wa", "gov.campaign_briefed", "fail", "high", "governance", 5, "", "r", {}),
        Finding("web", "gov.two_factor", "fail", "critical", "access", 9, "", "r", {}),
        Finding("", "crisis.holding_statements", "fail", "high", "crisis", 5, "", "r", {}),
        Finding("ig", "web.hsts", "fail", "medium", "technical", 1, "", "r", {}),
    ]
    report = post_incident(incident_with_work(), findings, OPENED + timedelta(hours=5))
    responses = {r.asset_id: r.first_minutes for r in report.responses}
    assert responses == {"ig": 12, "wa": None, "x": 75}
    assert [s.step_id for s in report.late] == ["tell.x"]
    assert "tell.wa" in {s.step_id for s in report.missed}
    # only findings that make an incident worse, on its channels or the organisation's
    assert [(f.asset_id, f.check_id) for f in report.recommendations] == [
        ("wa", "gov.campaign_briefed"), ("", "crisis.holding_statements")]
    whats = [e.what for e in report.timeline]
    assert whats[0] == "opened" and whats[-1] == "closed" and "log" in whats
    assert [e.minutes for e in report.timeline] == sorted(e.minutes for e in report.timeline)


def test_a_step_is_late_only_past_the_first_hour():
    step = steps()["org.verify"]
    assert not step.late(OPENED, OPENED + timedelta(minutes=59))
    assert step.late(OPENED, OPENED + timedelta(minutes=61))
    step.done_at = OPENED + timedelta(minutes=30)
    assert not step.late(OPENED, OPENED + timedelta(hours=5))


def test_a_step_never_done_in_a_closed_incident_is_missed_not_late():
    step = steps()["org.capture"]
    end = OPENED + timedelta(hours=3)
    assert step.state(OPENED, end, closed=True) == "missed"
    assert step.state(OPENED, end, closed=False) == "late"
    assert step.state(OPENED, OPENED + timedelta(minutes=5), closed=False) == "open"
    step.done_at = OPENED + timedelta(minutes=90)
    assert step.state(OPENED, end, closed=True) == "late"
    step.done_at = OPENED + timedelta(minutes=9)
    assert step.state(OPENED, end, closed=True) == "done"

"""The audit workbook, reloaded with openpyxl: sheets, layout, safety and round trip."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from audit.export.workbook import write_workbook
from audit.i18n import t
from audit.models import ASSET_COLUMNS, Answer, Asset, Engagement, Result, Run
from audit.report import Cap, DimensionScore, Finding, Report, Score
from checks.base import DIMENSIONS

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1", "-2", "@SUM(1)", "\t=1",
           "\r=1", "\n=1"]
CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")


def sample_report(hostile: str = "", n_assets: int = 3) -> Report:
    """A hand-made report: a few assets, results, findings, answers and two runs."""
    bad = hostile or "plain"
    assets = [
        Asset("IG-01", "instagram", f"Brand {bad}", "brand", "https://www.instagram.com/brand",
              owner=bad, owner_contact="rina@brand.example", department="Comms",
              backup_owner="Budi", agency=bad, two_factor="no", shared_login="yes", admins=3,
              recovery_contact="social@brand.example", verified="yes",
              last_post=date(2025, 1, 15), monitored="yes", response_sla_hours=4.5,
              campaign_briefed="unknown", importance="primary", notes=f"{bad}\nline two",
              kind="social"),
        Asset("WEB-01", "website", "brand.example", "", "https://www.brand.example",
              owner="Andi", importance="primary", kind="website"),
    ]
    for i in range(2, n_assets):
        assets.append(Asset(f"X-{i:05d}", "x", f"Account {i}", f"brand{i}",
                            f"https://x.com/brand{i}", owner=f"Owner {i}", kind="social"))
    when = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    results = [
        Result("WEB-01", "web.tls_valid", "fail", "web.tls_valid.expired",
               {"days": 3}, {"title": bad, "issuer": "Test CA"}, when),
        Result("WEB-01", "web.hsts", "pass", "web.hsts.ok", {}, {}, when),
        Result("IG-01", "gov.two_factor", "fail", "gov.two_factor.no", {}, {"bio": bad}, when),
        Result("IG-01", "social.profile_exists", "unknown", "probe_error",
               {"error": bad}, {}, when),
        Result("", "crisis.playbook", "fail", "crisis.answer.no", {}, {}, when),
    ]
    for a in assets[2:]:
        results.append(Result(a.asset_id, "gov.owner", "pass", "gov.owner.ok", {}, {}, when))
    dims = {d: DimensionScore(d, 50.0 + i, 0.8, 1.0, 40.0, 70.0)
            for i, d in enumerate(DIMENSIONS)}
    score = Score(overall=52.0, band="developing", coverage=0.65, min_score=40.0,
                  max_score=75.0, provisional=True, dimensions=dims,
                  cap=Cap("crisis.playbook", "", "developing", 2), verified_share=0.25,
                  self_reported_share=0.75, assets={"IG-01": 40.0, "WEB-01": 55.5})
    findings = [
        Finding("WEB-01", "web.tls_valid", "fail", "critical", "technical", 11.0, "Andi",
                "web.tls_valid.expired", {"days": 3}, note=bad),
        Finding("", "crisis.playbook", "fail", "critical", "crisis", 7.5, "",
                "crisis.answer.no", {}),
        Finding("IG-01", "gov.two_factor", "fail", "critical", "access", 7.5, bad,
                "gov.two_factor.no", {}, state="accepted"),
    ]
    answers = {
        "crisis.playbook": Answer("crisis.playbook", "no", note=bad, evidence=bad),
        "crisis.escalation": Answer("crisis.escalation", "partial", "24/7 desk",
                                    "https://wiki.brand.example/escalation", verified=True),
    }
    snapshot = {"overall": 48.0, "band": "developing", "coverage": 0.6,
                "dimensions": {d: {"score": 45.0, "coverage": 0.5} for d in DIMENSIONS}}
    history = [
        Run(1, 1, datetime(2025, 1, 1, 8, 0), datetime(2025, 1, 1, 8, 5), "completed",
            score=snapshot),
        Run(2, 1, datetime(2025, 3, 1, 9, 0), datetime(2025, 3, 1, 9, 31), "completed",
            score={**snapshot, "overall": 52.0}),
    ]
    engagement = Engagement(1, "PT Contoh 2025", client=f"PT Contoh {bad}",
                            consultant="Sari Dewi", language="en")
    return Report(engagement, history[-1], assets, answers, results, score, findings, history)

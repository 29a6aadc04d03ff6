"""The results JSON keeps the SPEC section 6 shape and renders text in either language."""

from __future__ import annotations

import json

from test_workbook import HOSTILE, sample_report

from audit.export.results_json import results_json


def test_shape_follows_the_spec():
    data = results_json(sample_report())
    assert {"score", "assets", "organization"} <= data.keys()
    assert {"overall", "band", "coverage", "dimensions", "cap"} <= data["score"].keys()
    assert all({"score", "coverage"} <= d.keys() for d in data["score"]["dimensions"].values())
    asset = data["assets"][0]
    assert list(asset)[:6] == ["asset_id", "platform", "handle", "url", "score", "checks"]
    assert all(list(c)[:4] == ["check_id", "status", "detail", "evidence"]
               for a in data["assets"] for c in a["checks"])
    assert [c["check_id"] for c in data["organization"]["checks"]] == ["crisis.playbook"]
    json.dumps(data, allow_nan=False)  # plain JSON all the way down


def test_scores_results_and_cap_are_carried_over():
    data = results_json(sample_report())
    assert data["score"]["overall"] == 52.0 and data["score"]["band"] == "developing"
    assert data["score"]["cap"]["check_id"] == "crisis.playbook"
    web = next(a for a in data["assets"] if a["asset_id"] == "WEB-01")
    assert web["score"] == 55.5
    tls = next(c for c in web["checks"] if c["check_id"] == "web.tls_valid")
    assert tls["status"] == "fail" and tls["evidence"]["issuer"] == "Test CA"
    assert tls["reason"] == "web.tls_valid.expired" and tls["observed_at"].startswith("2025-03-01")


def test_detail_is_rendered_in_the_language():
    en = results_json(sample_report(), "en")["organization"]["checks"][0]["detail"]
    id_ = results_json(sample_report(), "id")["organization"]["checks"][0]["detail"]
    assert en and id_ and en != id_ and en != "crisis.playbook.no"


def test_hostile_text_stays_verbatim_in_json():
    data = results_json(sample_report(HOSTILE[0]))
    ig = next(a for a in data["assets"] if a["asset_id"] == "IG-01")
    gov = next(c for c in ig["checks"] if c["check_id"] == "gov.two_factor")
    assert gov["evidence"]["bio"] == HOSTILE[0]

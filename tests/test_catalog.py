"""The check catalog matches the public contract in docs/CHECKS.md and is complete in both
languages. docs/CHECKS.md is the in-repo copy of ../shared/CHECKS.md (CI has no ../shared).
"""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from pathlib import Path

import pytest

from audit.models import KINDS, Asset
from audit.platforms import platform_ids
from audit.textformat import fill
from checks import crisis
from checks.base import COMMON_REASONS, DIMENSIONS, SEVERITY_WEIGHTS, Context
from checks.registry import (
    ALL_CHECKS,
    BANDS,
    BY_ID,
    CAP_BAND,
    DIMENSION_WEIGHTS,
    get,
    organization_checks,
    probes_needed,
)

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "docs" / "CHECKS.md"
SHARED = ROOT.parent / "shared" / "CHECKS.md"
PROBES = {"website", "tls", "mail", "rdap", "profile", "lookalikes"}
FAMILIES = {"web", "mail", "domain", "social", "gov", "crisis", "presence", "campaign"}
# Families judged on the engagement as a whole rather than on one asset.
ORGANIZATION_FAMILIES = {"crisis", "presence", "campaign"}
# Section heading of CHECKS.md -> dimension its checks belong to.
SECTION_DIMENSIONS = {"Technical": "technical", "Presence": "presence",
                      "Governance": "governance", "Access": "access", "Crisis": "crisis",
                      "Coordination": "governance", "Impersonation": "presence"}
ROW = re.compile(r"^\| `(?P<id>[a-z_.]+)` \| (?P<severity>\w+) \|(?P<rest>.*)\|\s*$")


def contract() -> list[dict[str, str]]:
    """Every check row of CHECKS.md: id, severity, dimension and (for crisis) the question."""
    rows, dimension = [], ""
    for line in CATALOG.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            dimension = SECTION_DIMENSIONS[line[3:].split()[0]]
        match = ROW.match(line)
        if match:
            rows.append({**match.groupdict(), "dimension": dimension,
                         "question": match["rest"].strip()})
    return rows


ROWS = contract()


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_contract_parses_the_whole_catalog():
    table_rows = [line for line in CATALOG.read_text(encoding="utf-8").splitlines()
                  if line.startswith("| `")]
    assert len(ROWS) == len(table_rows) >= 38
    assert len({row["id"] for row in ROWS}) == len(ROWS)


@pytest.mark.skipif(not SHARED.exists(), reason="no ../shared checkout (clean clone)")
def test_in_repo_copy_matches_the_shared_contract():
    assert CATALOG.read_text(encoding="utf-8") == SHARED.read_text(encoding="utf-8")


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["id"])
def test_every_contract_check_is_registered_as_written(row):
    spec = get(row["id"])
    assert (spec.severity, spec.dimension) == (row["severity"], row["dimension"])


def test_crisis_questions_follow_the_contract_in_order():
    expected = [(row["id"], row["question"]) for row in ROWS if row["dimension"] == "crisis"]
    assert [(q.id, q.title["en"]) for q in crisis.QUESTIONS] == expected
    questions = [spec for spec in organization_checks() if spec.dimension == "crisis"]
    assert questions == list(crisis.QUESTIONS)


@pytest.mark.parametrize("spec", ALL_CHECKS, ids=lambda spec: spec.id)
def test_spec_is_complete_in_both_languages(spec):
    assert spec.id.split(".")[0] in FAMILIES
    assert spec.dimension in DIMENSIONS and spec.severity in SEVERITY_WEIGHTS
    assert spec.kinds <= set(KINDS) and spec.platforms <= set(platform_ids())
    assert set(spec.needs) <= PROBES and spec.scope in ("asset", "organization")
    for text in (spec.title, spec.why, spec.fix):
        assert set(text) == {"en", "id"} and all(v.strip() for v in text.values()), text
    for text in (spec.why, spec.fix):
        assert text["en"] != text["id"], text  # translated, not copied
    assert spec.reasons, spec.id
    for code, template in spec.reasons.items():
        assert code.startswith(spec.id + "."), code
        assert set(template) == {"en", "id"} and all(v.strip() for v in template.values())
        assert placeholders(template["en"]) == placeholders(template["id"]), code


def test_common_reasons_have_identical_placeholders():
    for code, template in COMMON_REASONS.items():
        assert placeholders(template["en"]) == placeholders(template["id"]), code


@pytest.mark.parametrize("spec", ALL_CHECKS, ids=lambda spec: spec.id)
def test_attested_and_scope_follow_who_types_the_value(spec):
    family = spec.id.split(".")[0]
    assert spec.attested == (family in ("gov", "crisis"))
    assert (spec.scope == "organization") == (family in ORGANIZATION_FAMILIES)
    if spec.attested:
        assert not spec.needs  # people type these values; no probe can see them


def test_every_reason_returned_for_stock_facts_is_declared():
    """Each check over empty, failed and odd facts returns a declared, renderable reason.

    tests/checks/ asserts the same for every outcome its tables produce (checkfacts.checked).
    """
    variants = [{}, {p: {"error": "boom", "error_kind": "other"} for p in PROBES},
                {p: {"error": None} for p in PROBES}]
    for spec in ALL_CHECKS:
        for facts in variants:
            asset = Asset("a", "instagram", kind="social")
            outcome = spec.evaluate(facts, asset, Context(today=date(2026, 3, 1)))
            template = spec.reasons.get(outcome.reason) or COMMON_REASONS.get(outcome.reason)
            assert template is not None, (spec.id, outcome.reason)
            for lang in ("en", "id"):
                fill(template[lang], outcome.values)


def test_registry_lookups():
    assert BY_ID["web.hsts"] is get("web.hsts")
    with pytest.raises(KeyError, match="no.such"):
        get("no.such")
    assert probes_needed([get("web.tls_valid"), get("web.hsts"), get("gov.owner")]) == \
        {"tls", "website"}


def test_dimension_weights_cover_every_dimension_and_sum_to_one():
    assert set(DIMENSION_WEIGHTS) == set(DIMENSIONS)
    assert sum(DIMENSION_WEIGHTS.values()) == pytest.approx(1.0)
    assert all(w > 0 for w in DIMENSION_WEIGHTS.values())


def test_bands_match_the_spec():
    assert BANDS == (("vulnerable", 0.0), ("developing", 40.0), ("prepared", 60.0),
                     ("resilient", 80.0))
    assert CAP_BAND in dict(BANDS)


FORBIDDEN = {"requests", "socket", "dns", "duckdb", "streamlit", "urllib.request", "ssl",
             "http.client", "random", "time"}


@pytest.mark.parametrize("path", sorted((ROOT / "checks").glob("*.py")), ids=lambda p: p.name)
def test_checks_do_no_io(path):
    """checks/ stays pure: no network, database, UI, clock or randomness imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    bad = {name for name in imported if name in FORBIDDEN or name.split(".")[0] in FORBIDDEN}
    assert not bad, bad
    assert "date.today" not in path.read_text() and "datetime.now" not in path.read_text()

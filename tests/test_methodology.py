"""The methodology text is generated from the scorer's own data, so they cannot drift."""

from __future__ import annotations

import pytest
from test_scoring import catalog, make_spec, res

from audit import scoring
from audit.i18n import t
from audit.methodology import methodology
from audit.scoring import score

SPECS = catalog(
    make_spec("web.tls", "technical", "critical"),
    make_spec("crisis.playbook", "crisis", "critical", attested=True, scope="organization"),
    make_spec("web.meta", "technical", "low"),
)
WEIGHTS = {"governance": 2, "access": 1, "technical": 1, "presence": 1, "crisis": 3}


def section(sections, title):
    return next(s for s in sections if s.title == title)


def text_of(sections) -> str:
    return "\n".join(" ".join([s.title, *s.paragraphs, *(str(c) for r in s.rows for c in r)])
                     for s in sections)


def test_changing_a_dimension_weight_changes_the_text():
    before = methodology("en", SPECS, WEIGHTS)
    after = methodology("en", SPECS, {**WEIGHTS, "crisis": 1})
    rows_before = section(before, "Dimensions and their weights").rows
    rows_after = section(after, "Dimensions and their weights").rows
    # crisis 3 of 8 = 37.5 %, then 1 of 6 = 16.7 %
    assert ("Crisis preparedness", "3", "37.5%") in rows_before
    assert ("Crisis preparedness", "1", "16.7%") in rows_after
    assert ("Governance", "2", "25%") in rows_before


def test_changing_a_severity_changes_the_check_table_and_the_cap_list():
    before = methodology("en", SPECS, WEIGHTS)
    demoted = {**SPECS, "web.tls": make_spec("web.tls", "technical", "high")}
    after = methodology("en", demoted, WEIGHTS)
    table = section(before, "Checks").rows
    assert ("web.tls", "Title of web.tls", "Technical health", "Critical", 5, "Automated",
            "Each asset") in table
    assert ("crisis.playbook", "Title of crisis.playbook", "Crisis preparedness", "Critical",
            5, "Attested", "Organisation (questionnaire)") in table
    assert ("web.tls", "Title of web.tls", "Technical health", "High", 3, "Automated",
            "Each asset") in section(after, "Checks").rows
    cap_before = section(before, "Cap for critical failures").paragraphs
    cap_after = section(after, "Cap for critical failures").paragraphs
    assert cap_before[-1] == "Checks that can set the cap: web.tls, crisis.playbook."
    assert cap_after[-1] == "Checks that can set the cap: crisis.playbook."


def test_points_bands_and_priority_are_the_scorers_numbers():
    sections = methodology("en", SPECS, WEIGHTS)
    points = section(sections, "How points are given").rows
    assert points[:4] == (("Pass", "1", "Yes"), ("Warning", "0.5", "Yes"), ("Fail", "0", "Yes"),
                          ("Unknown (attested check)", "0", "Yes"))
    assert section(sections, "Readiness bands").rows == (
        ("Vulnerable (Rentan)", "0–39.9"), ("Developing (Berkembang)", "40–59.9"),
        ("Prepared (Siap)", "60–79.9"), ("Resilient (Tangguh)", "80–100"))
    assert "caps the band at Developing" in section(
        sections, "Cap for critical failures").paragraphs[0]
    assert "fail 1, unknown 0.8, warning 0.5) × 1.5" in section(
        sections, "Priority of findings").paragraphs[0]


def test_the_provisional_threshold_in_the_text_is_the_one_the_scorer_applies(monkeypatch):
    specs = catalog(make_spec("a", severity="critical"), make_spec("b", severity="low"),
                    make_spec("c", severity="high"))
    results = [res("w", "a", "pass"), res("w", "b", "pass"), res("w", "c", "error")]
    # coverage (5 + 1) / 9 = 0.667
    assert score(results, [], {}, specs, WEIGHTS).provisional is True
    monkeypatch.setattr(scoring, "PROVISIONAL_BELOW", 0.6)
    assert score(results, [], {}, specs, WEIGHTS).provisional is False
    assert "Below 60% coverage the score is labelled provisional." in \
        section(methodology("en", specs, WEIGHTS), "Coverage and what is still unknown").paragraphs


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_placeholder_is_filled(lang):
    sections = methodology(lang, SPECS, WEIGHTS)
    assert "{" not in text_of(sections)
    assert all(len(row) == len(s.header) for s in sections for row in s.rows)


def test_indonesian_reads_as_indonesian_with_the_same_structure():
    en, id_ = methodology("en", SPECS, WEIGHTS), methodology("id", SPECS, WEIGHTS)
    assert [len(s.rows) for s in en] == [len(s.rows) for s in id_]
    assert id_[0].title == "Cara pemberian poin"
    # Indonesian writes decimals with a comma
    assert ("Rentan (Vulnerable)", "0–39,9") in section(id_, "Kategori kesiapan").rows
    assert ("Kesiapan krisis", "3", "37,5%") in section(id_, "Dimensi dan bobotnya").rows
    assert section(id_, "Cara pemberian poin").rows[1][1] == "0,5"  # Peringatan
    assert "gagal 1, belum diketahui 0,8, peringatan 0,5) × 1,5" in section(
        id_, "Prioritas temuan").paragraphs[0]
    assert "membatasi kategori kesiapan maksimal Berkembang" in section(
        id_, "Batas untuk kegagalan kritis").paragraphs[0]
    assert "Jika cakupan di bawah 70%, skor diberi label sementara." in section(
        id_, "Cakupan dan hal yang belum diketahui").paragraphs


def test_the_check_table_names_the_kinds_a_check_applies_to():
    for lang in ("en", "id"):
        table = next(s for s in methodology(lang) if len(s.header) == 7)  # the catalog
        scope = {row[0]: row[6] for row in table.rows}
        assert scope["web.hsts"] == t("kind.website", lang)
        assert scope["mail.spf"] == t("kind.email", lang)
        assert scope["gov.owner"] == t("scoring.scope.asset", lang)  # every kind
        assert scope["domain.expiry"] == f"{t('kind.website', lang)}, {t('kind.email', lang)}"
        assert scope["crisis.playbook"] == t("scoring.scope.organization", lang)

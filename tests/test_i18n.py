"""Every string exists in both languages with the same placeholders."""

from __future__ import annotations

import string

import pytest

from audit.i18n import LANGUAGES, STRINGS, t
from audit.textformat import fill


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_both_languages_with_same_placeholders(key):
    entry = STRINGS[key]
    assert set(entry) == set(LANGUAGES), key
    assert all(entry[lang].strip() for lang in LANGUAGES), key
    assert placeholders(entry["en"]) == placeholders(entry["id"]), key


def test_render_fills_values_in_either_language():
    assert t("cli.score", "id", score="72", band="Siap", coverage="80%") == \
        "Skor kesiapan: 72/100 (Siap), cakupan 80%"
    assert t("no.such.key", "id") == "no.such.key"


def test_a_count_agrees_with_its_noun_in_english_and_indonesian_has_no_plural():
    assert t("contents.assets", "en", count=1) == "1 asset"
    assert t("contents.assets", "en", count=2) == "2 assets"
    assert t("contents.assets", "id", count=1) == "1 aset"
    assert fill("{days:day|days} ago, {h:hour|hours}", {"days": 1, "h": 1.5}) == \
        "1 day ago, 1.5 hours"
    assert fill("{n:.1f} and {s}", {"n": 2, "s": "x"}) == "2.0 and x"  # other specs as before


def test_check_texts_say_1_day_and_1_hour():
    from checks.registry import BY_ID

    assert BY_ID["gov.activity"].render("gov.activity.active", {"days": 1, "date": "d"},
                                        "en") == "Last post 1 day ago (d)."
    assert BY_ID["gov.response_sla"].render("gov.response_sla.ok", {"hours": 1}, "en") == \
        "Response target: 1 hour."

"""Every string exists in both languages with the same placeholders."""

from __future__ import annotations

import string

import pytest

from audit.i18n import LANGUAGES, STRINGS, t


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

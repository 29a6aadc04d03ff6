"""Every user-facing UI/CLI/workbook string, in English and Bahasa Indonesia.

Check titles, reasons and remediation live in their check spec; everything else
lives here under a dotted key, each entry holding both languages side by side so
a reviewer reads them together. `t()` renders either; a test asserts both
languages exist with the same placeholders for every key.

Indonesian is written as an Indonesian consultant would say it, not translated
word by word.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal

from audit.locale import (
    app,
    campaigns,
    canary,
    cli,
    common,
    errors,
    evidence,
    incident,
    inventory,
    report,
    scoring,
    watch,
    workbook,
)
from audit.textformat import fill

LANGUAGES = ("en", "id")

# One table per area so areas are edited independently; merged once here.
_AREAS = (common, cli, app, inventory, scoring, workbook, report, watch, campaigns, canary,
          incident, evidence, errors)


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for area in _AREAS:
        clash = merged.keys() & area.STRINGS.keys()
        if clash:
            raise RuntimeError(f"duplicate i18n keys: {sorted(clash)}")
        merged.update(area.STRINGS)
    return merged


STRINGS = _merge()


def t(key: str, lang: str = "en", **values: Any) -> str:
    """Render one string; unknown keys come back as the key so a gap is visible, not fatal."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    return fill(text, values, lang) if values else text


class Explained(Exception):
    """A refusal or failure explained for the user (a name taken, a bad campaign date, an
    image of the wrong type): `code` and `values` render it in either language; str() is
    the English sentence, for logs and tests."""

    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(t(code, "en", **values))
        self.code, self.values = code, values

    def message(self, lang: str) -> str:
        return t(self.code, lang, **self.values)


def number(value: float, lang: str = "en", digits: int | None = None,
           sign: bool = False) -> str:
    """A number as `lang` writes it (Babel's locale data): 1.5 / 1,5 and 1,234 / 1.234.

    `digits` fixes the decimals (47.9 -> "47,9" with 1); None keeps up to three, dropping
    trailing zeros. `sign` writes "+" before a positive number (a change: "+6,0")."""
    pattern = "#,##0" + (".###" if digits is None else "." + "0" * digits if digits else "")
    if sign:
        pattern = f"+{pattern};-{pattern}"
    return format_decimal(value, format=pattern, locale="id" if lang == "id" else "en")


def month_name(day: date, lang: str = "en") -> str:
    """A month as `lang` names it on a chart axis: "Dec 2026" / "Des 2026" (Babel)."""
    return format_date(day, "MMM yyyy", locale="id" if lang == "id" else "en")


def day_name(day: date, lang: str = "en") -> str:
    """A day with its month named in `lang`: "1 Dec 2026" / "1 Des 2026" (Babel)."""
    return format_date(day, "d MMM yyyy", locale="id" if lang == "id" else "en")

"""Filling a text template: str.format plus a count that agrees with its noun.

English needs "1 day" but "2 days"; Indonesian has no plural ("1 hari", "2 hari"). A
placeholder may carry both English forms as its format spec, `{days:day|days}`, and is
rendered as the number followed by the right one; every other spec is str.format's.
Given a language, a decimal number with no spec (or a plural spec) is written the way that
language writes it ("1,5 jam"; audit.i18n.number, Babel's locale data).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any


class _Formatter(string.Formatter):
    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        shown = value
        if self.lang is not None and isinstance(value, float) and (
                not format_spec or "|" in format_spec):
            from audit.i18n import number  # audit.i18n fills its tables with this module

            shown = number(value, self.lang)
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return f"{shown} {one if _is_one(value) else many}"
        return shown if shown is not value else super().format_field(value, format_spec)


def _is_one(value: Any) -> bool:
    try:
        return abs(float(value)) == 1
    except (TypeError, ValueError):
        return False


_FORMATTERS = {lang: _Formatter(lang) for lang in (None, "en", "id")}


def fill(template: str, values: Mapping[str, Any], lang: str | None = None) -> str:
    """`template.format(**values)`, with `{n:item|items}` choosing the noun by the count and,
    when `lang` is given, decimals written as that language writes them."""
    formatter = _FORMATTERS.get(lang) or _Formatter(lang)
    return formatter.vformat(template, (), values)


def share_text(share: float, lang: str = "en") -> str:
    """A 0-1 share as a whole percentage ("25%"), except that a share that is not 0 or 1
    but would round to "0%" or "100%" keeps one decimal ("0.3%", Indonesian "0,3%"): one
    verified answer out of hundreds must not read as none."""
    percent = 100 * share
    if 0 < share < 1 and (round(percent) == 0 or round(percent) == 100):
        from audit.i18n import number

        return f"{number(percent, lang, 1)}%"
    return f"{percent:.0f}%"

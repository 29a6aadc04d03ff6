"""Filling a text template: str.format plus a count that agrees with its noun.

English needs "1 day" but "2 days"; Indonesian has no plural ("1 hari", "2 hari"). A
placeholder may carry both English forms as its format spec, `{days:day|days}`, and is
rendered as the number followed by the right one; every other spec is str.format's.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any


class _Formatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return f"{value} {one if _is_one(value) else many}"
        return super().format_field(value, format_spec)


def _is_one(value: Any) -> bool:
    try:
        return abs(float(value)) == 1
    except (TypeError, ValueError):
        return False


_FORMATTER = _Formatter()


def fill(template: str, values: Mapping[str, Any]) -> str:
    """`template.format(**values)`, with `{n:item|items}` choosing the noun by the count."""
    return _FORMATTER.vformat(template, (), values)


def share_text(share: float, lang: str = "en") -> str:
    """A 0-1 share as a whole percentage ("25%"), except that a share that is not 0 or 1
    but would round to "0%" or "100%" keeps one decimal ("0.3%", Indonesian "0,3%"): one
    verified answer out of hundreds must not read as none."""
    percent = 100 * share
    if 0 < share < 1 and (round(percent) == 0 or round(percent) == 100):
        text = f"{percent:.1f}%"
        return text.replace(".", ",") if lang == "id" else text
    return f"{percent:.0f}%"

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

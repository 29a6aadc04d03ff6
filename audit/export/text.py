"""Words for one stored result or check, in either language, shared by every export."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from audit.i18n import t
from audit.models import Asset, Result
from checks.base import CheckSpec
from checks.registry import BY_ID

EVIDENCE_CHARS = 240  # a few lines in the Results sheet; the JSON export has it all


def spec_of(check_id: str) -> CheckSpec | None:
    """None for a check id a newer or older version stored but this one does not know."""
    return BY_ID.get(check_id)


def local(text: Mapping[str, str], lang: str) -> str:
    return text.get(lang) or text.get("en", "")


def title(check_id: str, lang: str) -> str:
    spec = spec_of(check_id)
    return local(spec.title, lang) if spec else check_id


def result_title(result: Result, asset: Asset | None, lang: str) -> str:
    """The check's title worded for the asset's kind (CheckSpec.title_for)."""
    spec = spec_of(result.check_id)
    if spec is None:
        return result.check_id
    return spec.title_for(lang, asset.kind if asset else "", str(result.values.get("where") or ""))


def detail(result: Result, lang: str) -> str:
    """The human sentence of a result, rendered from its reason code and values."""
    spec = spec_of(result.check_id)
    return spec.render(result.reason, result.values, lang) if spec else result.reason


def jsonable(value: Any) -> Any:
    """A plain JSON value (dates and other objects as strings)."""
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))


def compact_json(value: Any, limit: int = EVIDENCE_CHARS) -> str:
    """Evidence as one compact line, cut with an ellipsis when long."""
    if not value:
        return ""
    text = json.dumps(value, default=str, ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def asset_name(asset: Asset | None, lang: str) -> str:
    """How an asset is named in a deliverable; None is the organisation (questionnaire)."""
    if asset is None:
        return t("org.asset", lang)
    return asset.name or asset.handle or asset.url or asset.asset_id

"""Fixtures for the pure check tests: healthy facts and a judge that validates every outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from checkfacts import checked, context, healthy_asset, healthy_facts

from audit.models import Asset
from checks.base import Context, Outcome
from checks.registry import get

Judge = Callable[..., Outcome]


@pytest.fixture
def facts() -> dict[str, dict[str, Any]]:
    return healthy_facts()


@pytest.fixture
def judge() -> Judge:
    """judge(check_id, facts, asset=None, ctx=None): evaluate and validate the outcome."""

    def run(check_id: str, facts: Any, asset: Asset | None = None,
            ctx: Context | None = None) -> Outcome:
        spec = get(check_id)
        if asset is None and spec.scope == "asset":
            family = check_id.split(".")[0]
            asset = healthy_asset({"web": "website", "mail": "email"}.get(family, "instagram"))
        return checked(spec, spec.evaluate(facts, asset, ctx or context()))

    return run

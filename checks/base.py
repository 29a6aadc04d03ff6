"""What a check is: a frozen spec (data) plus one pure evaluation function.

Checks never touch the network, the clock or the database. Probes gather facts
once per asset (see audit/probes); every check reads those facts. A probe
failure arrives as a fact ({"error": ...}) and the check maps it to `error` or
`unknown`; nothing raises out of a check (the runner turns a bug into `error`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from audit.models import Answer, Asset

SEVERITY_WEIGHTS = {"critical": 5, "high": 3, "medium": 2, "low": 1}  # CHECKS.md
DIMENSIONS = ("governance", "access", "technical", "presence", "crisis")

# Facts gathered by probes, keyed by probe name: "website", "tls", "mail", "rdap", "profile".
# Each value is a JSON-serialisable dict; a failed probe gives {"error", "error_kind"}.
Facts = Mapping[str, Mapping[str, Any]]

Text = Mapping[str, str]  # {"en": ..., "id": ...}

# Reasons every check may return; a check's own `reasons` can override them.
COMMON_REASONS: Mapping[str, Text] = {
    "probe_error": {
        "en": "Could not be checked: {error}",
        "id": "Tidak dapat diperiksa: {error}",
    },
    "check_crashed": {
        "en": "The check failed unexpectedly: {error}",
        "id": "Pemeriksaan gagal secara tak terduga: {error}",
    },
    "not_applicable": {
        "en": "Does not apply to this asset.",
        "id": "Tidak berlaku untuk aset ini.",
    },
}


@dataclass(frozen=True)
class Context:
    """Engagement-wide facts a check may need; passed in so checks stay pure."""

    today: date
    own_domains: frozenset[str] = frozenset()
    dominant_handle: str = ""
    # Normalised (platform, handle) of every inventoried social/listing account.
    inventory_profiles: frozenset[tuple[str, str]] = frozenset()
    answers: Mapping[str, Answer] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    status: str
    reason: str  # stable code, e.g. "web.hsts.max_age_short"
    values: Mapping[str, Any] = field(default_factory=dict)  # fills the reason's text
    evidence: Mapping[str, Any] = field(default_factory=dict)  # raw facts seen


Evaluate = Callable[[Facts, Asset | None, Context], Outcome]


@dataclass(frozen=True)
class CheckSpec:
    id: str
    dimension: str
    severity: str
    title: Text
    why: Text  # why it matters in a crisis
    fix: Text  # how to fix it
    reasons: Mapping[str, Text]  # reason code -> sentence template with {placeholders}
    evaluate: Evaluate
    kinds: frozenset[str] = frozenset()  # empty = every kind
    platforms: frozenset[str] = frozenset()  # empty = every platform of those kinds
    needs: tuple[str, ...] = ()  # probe names
    attested: bool = False  # typed by people: unknown scores 0
    scope: str = "asset"  # "asset" or "organization"

    @property
    def weight(self) -> int:
        return SEVERITY_WEIGHTS[self.severity]

    def applies_to(self, asset: Asset) -> bool:
        if self.scope != "asset":
            return False
        if self.platforms and asset.platform not in self.platforms:
            return False
        return not self.kinds or asset.kind in self.kinds

    def render(self, reason: str, values: Mapping[str, Any], lang: str) -> str:
        """The human sentence for one stored outcome, in either language."""
        template = self.reasons.get(reason) or COMMON_REASONS.get(reason)
        if template is None:
            return reason
        try:
            return template[lang].format(**values)
        except (KeyError, IndexError, ValueError):
            return template[lang]

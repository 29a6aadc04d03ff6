"""What a check is: a frozen spec (data) plus one pure evaluation function.

Checks never touch the network, the clock or the database. Probes gather facts
once per asset (see audit/probes); every check reads those facts. A probe
failure arrives as a fact ({"error": ...}) and the check maps it to `error` or
`unknown`; nothing raises out of a check (the runner turns a bug into `error`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from audit.models import Answer, Asset
from audit.probe_errors import info, localize
from audit.textformat import fill

SEVERITY_WEIGHTS = {"critical": 5, "high": 3, "medium": 2, "low": 1}  # CHECKS.md
DIMENSIONS = ("governance", "access", "technical", "presence", "crisis")

# Facts gathered by probes, keyed by probe name: "website", "tls", "mail", "rdap", "profile".
# Each value is a JSON-serialisable dict; a failed probe gives {"error", "error_kind"}.
Facts = Mapping[str, Mapping[str, Any]]

Text = Mapping[str, str]  # {"en": ..., "id": ...}

# Reasons every check may return; a check's own `reasons` can override them.
COMMON_REASONS: Mapping[str, Text] = {
    "probe_error": {
        "en": "Could not be checked: {error}.",
        "id": "Tidak dapat diperiksa: {error}.",
    },
    "check_crashed": {
        "en": "The check failed unexpectedly: {error}",
        "id": "Pemeriksaan berhenti karena error internal: {error}",
    },
    # an attested inventory cell nobody filled in: left out of the score (scoring.py)
    "attested.blank": {
        "en": "Left blank in the inventory: not answered yet.",
        "id": "Dikosongkan di inventaris: belum dijawab.",
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
    # Lookalike domain -> the consultant's mark ("own", "handled" or "open"), kept across runs.
    lookalike_marks: Mapping[str, str] = field(default_factory=dict)
    # Closed drills (title, day closed): verified evidence for crisis.simulation.
    drills: tuple[tuple[str, date], ...] = ()


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
    # Asset kind -> the title worded for that kind, with {where} for the asset's name
    # ("2FA on the registrar, hosting and CMS logins of {where}"); other kinds use `title`.
    kind_titles: Mapping[str, Text] = field(default_factory=dict)

    @property
    def weight(self) -> int:
        return SEVERITY_WEIGHTS[self.severity]

    def applies_to(self, asset: Asset) -> bool:
        if self.scope != "asset":
            return False
        if self.platforms and asset.platform not in self.platforms:
            return False
        return not self.kinds or asset.kind in self.kinds

    def title_for(self, lang: str, kind: str = "", where: str = "") -> str:
        """The title shown for one asset: worded for its kind when the check has a title
        for that kind and the asset's name is known, else the plain title."""
        worded = self.kind_titles.get(kind)
        if worded and where:
            return fill(worded.get(lang) or worded["en"], {"where": where})
        return self.title.get(lang) or self.title["en"]

    def render(self, reason: str, values: Mapping[str, Any], lang: str) -> str:
        """The human sentence for one stored outcome, in either language.

        A probe's "error" (and an OpenSSL "verify_error") is rendered from its error_info in
        `lang`, never embedded as the probe's English text (audit/probe_errors.py)."""
        template = self.reasons.get(reason) or COMMON_REASONS.get(reason)
        if template is None:
            return reason
        try:
            return fill(template[lang], localize(values, lang), lang)
        except (KeyError, IndexError, ValueError):
            return template[lang]


# -- helpers shared by the check families ---------------------------------------------------
# Facts come from probes, stored JSON or a fuzzer: read them defensively so a malformed
# fact gives a clean `error` outcome instead of an exception.


def tr(en: str, id_: str) -> Text:
    """One bilingual text, English and Indonesian side by side."""
    return {"en": en, "id": id_}


def as_dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def as_str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def as_number(value: Any) -> float | None:
    """A finite real number, or None for anything else (bools, NaN and infinity included)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value if math.isfinite(value) else None


def as_day(value: Any) -> date | None:
    """A calendar date from a date, a datetime or an ISO string (UTC for aware datetimes)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return as_day(datetime.fromisoformat(value.strip()))
    except ValueError:
        pass
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def tristate(value: Any) -> str:
    """An attested yes/no field: anything but yes or no is unknown."""
    text = as_str(value).strip().lower()
    return text if text in ("yes", "no") else "unknown"


def probe_failed(fact: Any, probe: str, status: str = "error") -> Outcome:
    """A missing, malformed or failed probe fact as an outcome with the probe's own words."""
    data = as_dict(fact)
    error = as_str(data.get("error")) or (
        f"no facts from the {probe} probe" if not data else f"malformed {probe} facts")
    values = {"error": error, "error_kind": as_str(data.get("error_kind")),
              "error_info": error_info(data, probe)}
    return Outcome(status, "probe_error", values, {probe: dict(data)} if data else {})


def error_info(fact: Mapping[str, Any], probe: str = "") -> dict[str, Any]:
    """The code and values that render a probe failure in either language."""
    found = as_dict(fact.get("error_info"))
    if isinstance(found.get("code"), str):
        return dict(found)
    if not fact:
        return info("no_facts", probe=probe)
    if not fact.get("error"):
        return info("malformed", probe=probe)
    return {}  # stored before error_info: rendered by its kind (probe_errors.describe)


def error_values(fact: Mapping[str, Any]) -> dict[str, Any]:
    """A failed fetch's error for an outcome's values: the English sentence (shown in
    English only), its kind and the error_info that renders it in either language."""
    if not fact.get("error"):
        return {"error": ""}
    return {"error": as_str(fact.get("error")), "error_kind": as_str(fact.get("error_kind")),
            "error_info": error_info(fact)}


def probe_facts(facts: Any, probe: str) -> tuple[Mapping[str, Any], Outcome | None]:
    """The facts of one probe, or the outcome to return when they are missing or failed."""
    fact = as_dict(facts).get(probe)
    data = as_dict(fact)
    if not data or data.get("error"):
        return data, probe_failed(fact, probe)
    return data, None


def for_asset(evaluate: Callable[[Facts, Asset, Context], Outcome]) -> Evaluate:
    """Wrap an asset check so a call without an asset is not_applicable, not a crash."""

    def wrapped(facts: Facts, asset: Asset | None, ctx: Context) -> Outcome:
        if asset is None:
            return Outcome("not_applicable", "not_applicable")
        return evaluate(facts, asset, ctx)

    wrapped.__name__ = evaluate.__name__
    wrapped.__doc__ = evaluate.__doc__
    return wrapped


def grade_expiry(check_id: str, expires: date, today: date, fail_days: int, pass_days: int,
                 values: Mapping[str, Any], evidence: Mapping[str, Any]) -> Outcome:
    """Grade a date by the days left (certificates, domains): expired or fewer than
    `fail_days` fail, fewer than `pass_days` warn; reasons <check_id>.expired / .imminent /
    .soon / .ok, with days, days_ago and date added to the values."""
    days = (expires - today).days
    values = {**values, "days": days, "days_ago": -days, "date": expires.isoformat()}
    if days < 0:
        status, reason = "fail", "expired"
    elif days < fail_days:
        status, reason = "fail", "imminent"
    elif days < pass_days:
        status, reason = "warn", "soon"
    else:
        status, reason = "pass", "ok"
    return Outcome(status, f"{check_id}.{reason}", values, evidence)

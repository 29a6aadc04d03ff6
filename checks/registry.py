"""The check catalog: every check, the dimension weights and the bands, as data.

The runner, the scorer, the methodology sheet and the app all read this one module,
so what is checked and how it is weighed cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from audit.models import Asset
from checks import campaign, crisis, domain, gov, mail, presence, social, web
from checks.base import CheckSpec

# Explicit, in the order of CHECKS.md; no directory scanning.
ALL_CHECKS: tuple[CheckSpec, ...] = (
    *web.CHECKS,
    *domain.CHECKS,
    *mail.CHECKS,
    *social.CHECKS,
    *gov.CHECKS,
    *crisis.QUESTIONS,
    *campaign.CHECKS,
    *presence.CHECKS,
)
BY_ID: dict[str, CheckSpec] = {spec.id: spec for spec in ALL_CHECKS}
if len(BY_ID) != len(ALL_CHECKS):
    raise RuntimeError("duplicate check ids in the registry")

# Overall score = weighted mean of the dimension scores (SPEC section 5). Governance and
# access weigh most: the recurring root causes of a social-media crisis are unowned channels
# and hijackable accounts. Crisis preparedness follows (it is how calmly the team reacts),
# then technical health (it fails loudly but is quick to fix); presence (badges, handles,
# activity) matters least on its own.
DIMENSION_WEIGHTS: dict[str, float] = {
    "governance": 0.25,
    "access": 0.25,
    "technical": 0.20,
    "presence": 0.10,
    "crisis": 0.20,
}

# Lower bound of each band, lowest first (SPEC section 5): 0-39, 40-59, 60-79, 80-100.
BANDS: tuple[tuple[str, float], ...] = (
    ("vulnerable", 0.0), ("developing", 40.0), ("prepared", 60.0), ("resilient", 80.0),
)
# A failed critical check on a primary asset or in the questionnaire caps the band here.
CAP_BAND = "developing"


def get(check_id: str) -> CheckSpec:
    """One check by id; KeyError names the unknown id."""
    try:
        return BY_ID[check_id]
    except KeyError:
        raise KeyError(f"unknown check {check_id!r}") from None


def applicable(asset: Asset) -> list[CheckSpec]:
    """The asset-level checks that apply to this asset's kind and platform."""
    return [spec for spec in ALL_CHECKS if spec.applies_to(asset)]


def organization_checks() -> list[CheckSpec]:
    """Checks that judge the engagement as a whole (the questionnaire, campaign records, the
    lookalike watch)."""
    return [spec for spec in ALL_CHECKS if spec.scope == "organization"]


def probes_needed(specs: Iterable[CheckSpec]) -> set[str]:
    """The probes to run so these checks have their facts (gather once, evaluate many)."""
    return {probe for spec in specs for probe in spec.needs}

"""The published scoring methodology, generated from the constants the scorer uses.

Every number here (points, severity weights, dimension weights, band limits, the cap,
the provisional threshold, the priority factors and the check table) is read from
`audit.scoring`, `audit.findings`, `checks.base` and `checks.registry`, so the
Methodology sheet and the app can never describe a different rule from the one applied.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from audit import findings, platforms, scoring
from audit.i18n import number, t
from checks import web
from checks.base import SEVERITY_WEIGHTS, CheckSpec
from checks.registry import BY_ID, DIMENSION_WEIGHTS

Cell = str | float


@dataclass(frozen=True)
class Section:
    """One block of the methodology: a title, some paragraphs, and an optional table."""

    title: str
    paragraphs: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[Cell, ...], ...] = ()


def _num(value: float, lang: str) -> str:
    """1.0 -> "1", 0.5 -> "0.5" (Indonesian "0,5"): numbers as people write them in prose."""
    return number(value, lang)


def _pct(value: float, lang: str) -> str:
    return _num(round(100 * value, 1), lang)


def _points(lang: str) -> Section:
    counted = t("scoring.counted.yes", lang)
    rows: list[tuple[Cell, ...]] = [
        (t(f"status.{status}", lang), _num(value, lang), counted)
        for status, value in scoring.POINTS.items()
    ]
    rows += [
        (t("scoring.row.attested_unknown", lang), _num(scoring.ATTESTED_UNKNOWN_POINTS, lang),
         counted),
        (t("scoring.row.undecided", lang), "—", t("scoring.counted.coverage", lang)),
        (t("status.not_applicable", lang), "—", t("scoring.counted.not_applicable", lang)),
    ]
    return Section(
        t("scoring.method.points.title", lang),
        (t("scoring.method.points.intro", lang), t("scoring.method.points.attested", lang)),
        (t("scoring.col.result", lang), t("scoring.col.points", lang),
         t("scoring.col.counted", lang)),
        tuple(rows))


def _severity(lang: str) -> Section:
    return Section(
        t("scoring.method.severity.title", lang), (t("scoring.method.severity.intro", lang),),
        (t("scoring.col.severity", lang), t("scoring.col.weight", lang)),
        tuple((t(f"severity.{s}", lang), w) for s, w in SEVERITY_WEIGHTS.items()))


def _dimensions(lang: str, weights: Mapping[str, float]) -> Section:
    total = sum(weights.values()) or 1
    return Section(
        t("scoring.method.dimensions.title", lang), (t("scoring.method.dimensions.intro", lang),),
        (t("scoring.col.dimension", lang), t("scoring.col.weight", lang),
         t("scoring.col.share", lang)),
        tuple((t(f"dimension.{d}", lang), _num(w, lang), f"{_pct(w / total, lang)}%")
              for d, w in weights.items()))


def _bands(lang: str) -> Section:
    rows = []
    step = 10 ** -scoring.SCORE_DECIMALS
    for i, (name, low) in enumerate(scoring.BANDS):
        nxt = scoring.BANDS[i + 1][1] if i + 1 < len(scoring.BANDS) else None
        high = "100" if nxt is None else _num(round(nxt - step, scoring.SCORE_DECIMALS), lang)
        label = t("scoring.band_label", lang, en=t(f"band.{name}", "en"),
                  id=t(f"band.{name}", "id"))
        rows.append((label, f"{_num(low, lang)}–{high}"))
    return Section(
        t("scoring.method.bands.title", lang), (t("scoring.method.bands.intro", lang),),
        (t("scoring.col.band", lang), t("scoring.col.range", lang)), tuple(rows))


def _cap(lang: str, specs: Mapping[str, CheckSpec]) -> Section:
    cappers = ", ".join(s.id for s in specs.values() if s.severity == scoring.CAP_SEVERITY)
    paragraphs = [t("scoring.method.cap.rule", lang,
                    severity=t(f"severity.{scoring.CAP_SEVERITY}", lang).lower(),
                    band=t(f"band.{scoring.CAP_BAND}", lang))]
    if cappers:
        paragraphs.append(t("scoring.method.cap.checks", lang, checks=cappers))
    return Section(t("scoring.method.cap.title", lang), tuple(paragraphs))


def _coverage(lang: str) -> Section:
    return Section(t("scoring.method.coverage.title", lang), (
        t("scoring.method.coverage.rule", lang),
        t("scoring.method.coverage.range", lang),
        t("scoring.method.coverage.provisional", lang,
          threshold=_pct(scoring.PROVISIONAL_BELOW, lang)),
        t("scoring.method.coverage.unanswered", lang),
        t("scoring.method.coverage.empty", lang),
    ))


def _evidence(lang: str) -> Section:
    return Section(t("scoring.method.evidence.title", lang),
                   (t("scoring.method.evidence.rule", lang),))


def _priority(lang: str) -> Section:
    factor = findings.STATUS_FACTOR
    return Section(t("scoring.method.priority.title", lang), (
        t("scoring.method.priority.rule", lang, fail=_num(factor["fail"], lang),
          unknown=_num(factor["unknown"], lang), warn=_num(factor["warn"], lang),
          primary=_num(findings.PRIMARY_FACTOR, lang)),
    ))


def _websites(lang: str) -> Section:
    """How a website is fetched and read: the rules behind the web.* verdicts."""
    return Section(t("scoring.method.websites.title", lang), (
        t("scoring.method.websites.requests", lang, redirects=web.MAX_REDIRECTS),
        t("scoring.method.websites.headers", lang,
          hsts_days=web.HSTS_MIN_MAX_AGE // 86_400),
        t("scoring.method.websites.observatory", lang),
    ))


KIND_ORDER = ("social", "website", "email", "messaging", "listing")


def _applies_to(spec: CheckSpec, lang: str) -> str:
    """What a check applies to: the organisation, every asset, or the kinds (and, when it
    picks some platforms of a kind only, those platforms) it judges."""
    if spec.scope != "asset" or not (spec.kinds or spec.platforms):
        return t(f"scoring.scope.{spec.scope}", lang)
    kinds = set(spec.kinds) or {platforms.kind_of(p) for p in spec.platforms}
    names = []
    for kind in sorted(kinds, key=lambda k: (KIND_ORDER + (k,)).index(k)):
        of_kind = {p for p in platforms.platform_ids() if platforms.kind_of(p) == kind}
        chosen = of_kind & set(spec.platforms) if spec.platforms else of_kind
        names.append(t(f"kind.{kind}", lang) if chosen == of_kind else
                     ", ".join(sorted(platforms.get(p).label_in(lang) for p in chosen)))
    return ", ".join(names)


def _checks(lang: str, specs: Mapping[str, CheckSpec]) -> Section:
    rows = tuple(
        (s.id, s.title.get(lang) or s.title["en"], t(f"dimension.{s.dimension}", lang),
         t(f"severity.{s.severity}", lang), s.weight,
         t("scoring.source." + ("attested" if s.attested else "automated"), lang),
         _applies_to(s, lang))
        for s in specs.values())
    return Section(
        t("scoring.method.checks.title", lang), (),
        tuple(t(f"scoring.col.{c}", lang) for c in
              ("check_id", "check", "dimension", "severity", "weight", "source", "scope")),
        rows)


def methodology(lang: str, specs: Mapping[str, CheckSpec] | None = None,
                dimension_weights: Mapping[str, float] | None = None) -> list[Section]:
    """The methodology in one language, in reading order, for the workbook and the app."""
    specs = BY_ID if specs is None else specs
    weights = DIMENSION_WEIGHTS if dimension_weights is None else dimension_weights
    return [
        _points(lang), _severity(lang), _dimensions(lang, weights), _bands(lang),
        _cap(lang, specs), _coverage(lang), _evidence(lang), _priority(lang),
        _websites(lang), _checks(lang, specs),
    ]

"""Evidence behind an asset's attested answers (SPEC section 5, issue #16 item 7).

An asset-level attestation (2FA on, no shared login, admins, recovery contact, briefed:
an inventory cell typed by people) can carry evidence (a note, a link, an attached
screenshot) and be marked verified by the consultant. The verified share of the score
counts it like a verified questionnaire answer.

A verification is of the value the cell held when it was verified: once the cell is
changed (say 2FA "yes" becomes "no"), the old verification no longer vouches for it and
counts as self-reported again until someone verifies the new value. Evidence is kept by
(asset, check) like a finding's state, so it survives re-audits.

Pure: no I/O. The store keeps the rows; audit/services.py validates and saves them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from io import BytesIO

from audit.i18n import Explained, t
from audit.models import Asset, AssetEvidence

# check id -> the inventory column it judges (CHECKS.md Access and Governance)
ATTESTATIONS: dict[str, str] = {
    "gov.two_factor": "two_factor",
    "gov.shared_login": "shared_login",
    "gov.admins": "admins",
    "gov.recovery_contact": "recovery_contact",
    "gov.campaign_briefed": "campaign_briefed",
}
IMAGE_MAX_BYTES = 5 * 1024 * 1024
IMAGE_MAX_PIXELS = 40_000_000  # a screenshot; more is a decompression bomb, not evidence
IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp")
_URL = re.compile(r"^https?://[^\s/$.?#].\S*$", re.IGNORECASE)


class EvidenceError(Explained, ValueError):
    """Evidence refused, explained in the user's language."""


def attested_value(asset: Asset, check_id: str) -> str:
    """The cell's value as text ("" for a blank cell): what a verification vouches for."""
    value = getattr(asset, ATTESTATIONS[check_id], None)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def holds(evidence: AssetEvidence, asset: Asset | None) -> bool:
    """The verification still vouches for the asset's current answer."""
    return (evidence.verified and asset is not None and evidence.check_id in ATTESTATIONS
            and evidence.value == attested_value(asset, evidence.check_id) != "")


def state(evidence: AssetEvidence, asset: Asset) -> str:
    """verified (it holds), stale (verified, but the answer changed since) or not_verified."""
    if holds(evidence, asset):
        return "verified"
    return "stale" if evidence.verified else "not_verified"


def in_inventory_order(assets: Sequence[Asset], evidence: Iterable[AssetEvidence],
                       ) -> list[tuple[Asset, AssetEvidence]]:
    """Each evidence row with its asset, in inventory then attestation order; evidence of
    an asset since removed from the inventory is left out (it stays in the database)."""
    by_id = {a.asset_id: a for a in assets}
    order = {a.asset_id: i for i, a in enumerate(assets)}
    checks = list(ATTESTATIONS)
    found = [(by_id[e.asset_id], e) for e in evidence
             if e.asset_id in by_id and e.check_id in ATTESTATIONS]
    return sorted(found, key=lambda pair: (order[pair[0].asset_id],
                                           checks.index(pair[1].check_id)))


def verified_cells(assets: Iterable[Asset],
                   evidence: Iterable[AssetEvidence]) -> frozenset[tuple[str, str]]:
    """(asset_id, check_id) of every attestation whose verification still holds."""
    by_id = {a.asset_id: a for a in assets}
    return frozenset((e.asset_id, e.check_id) for e in evidence
                     if holds(e, by_id.get(e.asset_id)))


def image_type(data: bytes) -> str:
    """The image's MIME type from its first bytes, or "" when it is none of PNG/JPEG/WebP."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""


def check_image(data: bytes) -> str:
    """The MIME type of an acceptable evidence image; EvidenceError says why one is not.

    Bounded (IMAGE_MAX_BYTES), sniffed from its bytes (the file name and the browser's
    content type are not trusted), and decoded far enough to know it is a real image of
    a sane size, so the page can show it back."""
    if len(data) > IMAGE_MAX_BYTES:
        raise EvidenceError("evidence.error.image_too_large",
                            size=f"{len(data) / 2**20:.1f}", limit=IMAGE_MAX_BYTES // 2**20)
    kind = image_type(data)
    if not kind:
        raise EvidenceError("evidence.error.image_type")
    from PIL import Image, UnidentifiedImageError  # reportlab's own dependency

    try:
        with Image.open(BytesIO(data)) as image:
            width, height = image.size
            if width * height > IMAGE_MAX_PIXELS:
                raise EvidenceError("evidence.error.image_pixels", width=width, height=height)
            image.verify()
    except EvidenceError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError):
        raise EvidenceError("evidence.error.image_damaged") from None
    return kind


def check_link(link: str) -> str:
    """A web link (http or https), stripped; "" stays ""."""
    link = link.strip()
    if link and not _URL.match(link):
        raise EvidenceError("evidence.error.link", link=link[:80])
    return link


def split_note(text: str) -> tuple[str, str]:
    """A template cell holding a note and/or a link: (note, first web link in it)."""
    found = re.search(r"https?://\S+", text)
    link = found.group(0).rstrip(".,;)") if found else ""
    note = text.replace(link, "").strip(" ;,-—\n") if link else text.strip()
    return note, link


def names(lang: str) -> Mapping[str, str]:
    """check id -> the attestation's short name in `lang` (the inventory column's label)."""
    return {check_id: t(f"inventory.column.{column}", lang)
            for check_id, column in ATTESTATIONS.items()}


@dataclass(frozen=True)
class Tally:
    """How much of the attested score rests on evidence: what the PDF counts."""

    verified_assets: int  # asset attestations whose verification holds
    with_image: int  # of those, how many carry a screenshot
    verified_answers: int  # questionnaire answers marked verified
    stale: int  # verified once, but the cell changed since


def tally(assets: Iterable[Asset], evidence: Iterable[AssetEvidence],
          verified_answers: int) -> Tally:
    by_id = {a.asset_id: a for a in assets}
    evidence = list(evidence)
    held = [e for e in evidence if holds(e, by_id.get(e.asset_id))]
    stale = [e for e in evidence if e.verified and e.asset_id in by_id
             and not holds(e, by_id[e.asset_id])]
    return Tally(len(held), sum(1 for e in held if e.image_size), verified_answers, len(stale))

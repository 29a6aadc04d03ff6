"""Generated inputs for the benchmarks: inventories, result sets and a long history.

Everything is deterministic (seeded) so two runs of `make bench` measure the same work.
Result sets come from the real checks evaluating recorded demo facts, so statuses,
reasons and evidence have the shapes a real run stores.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from audit.models import ASSET_COLUMNS, Asset, Result
from audit.platforms import kind_of

SOCIAL = ("instagram", "facebook", "x", "tiktok", "youtube", "linkedin")
PEOPLE = ("Dewi Lestari", "Budi Santoso", "Siti Rahma", "Agus Wijaya", "Rina Kusuma", "")
DEPARTMENTS = ("Marketing", "Corporate Communications", "IT", "Customer Care", "HR")
TRI = ("yes", "no", "unknown")


def loopback(i: int, hosts: int = 250) -> str:
    """Spread assets over 127.0.0.1 .. 127.0.0.<hosts>: one per-host limit each."""
    return f"127.0.0.{i % hosts + 1}"


def network_assets(n: int, port: int, profile_share: float = 0.2) -> list[Asset]:
    """Websites and social profiles that all point at the local latency server."""
    assets = []
    profiles = int(n * profile_share)
    for i in range(n):
        host = f"{loopback(i)}:{port}"
        if i < profiles:
            platform = SOCIAL[i % len(SOCIAL)]
            handle = f"benchco{i}"
            assets.append(Asset(asset_id=f"p{i:05d}", platform=platform, kind=kind_of(platform),
                                name=f"Bench Co {platform}", handle=handle,
                                url=f"http://{host}/{handle}/", owner="Dewi Lestari"))
        else:
            assets.append(Asset(asset_id=f"w{i:05d}", platform="website", kind="website",
                                name=f"Site {i}", url=f"http://{host}/", owner="Budi Santoso"))
    return assets


def _row(i: int, rng: random.Random, today: date) -> dict[str, Any]:
    """One realistic inventory row: 40 % websites, 10 % mail domains, 50 % social."""
    pick = i % 10
    if pick < 4:
        platform, handle, url = "website", "", f"https://www{i}.contoh-usaha.co.id/"
    elif pick == 4:
        platform, handle, url = "email", f"mail{i}.contoh-usaha.co.id", ""
    else:
        platform = SOCIAL[i % len(SOCIAL)]
        handle, url = f"@kopisenja{i}", ""
    owner = rng.choice(PEOPLE)
    return {
        "asset_id": f"A{i:05d}", "platform": platform, "name": f"Aset {i}", "handle": handle,
        "url": url, "owner": owner, "owner_contact": f"owner{i}@contoh-usaha.co.id" if owner
        else "", "owner_phone": f"+62 812 {i:04d} {rng.randint(0, 9999):04d}" if owner else "",
        "department": rng.choice(DEPARTMENTS), "backup_owner": rng.choice(PEOPLE),
        "backup_phone": f"+62 813 {i:04d} {rng.randint(0, 9999):04d}",
        "agency": rng.choice(("", "PT Agensi Kreatif")), "two_factor": rng.choice(TRI),
        "shared_login": rng.choice(TRI), "admins": rng.randint(0, 12),
        "recovery_contact": rng.choice(("it@contoh-usaha.co.id", "pribadi@gmail.com", "")),
        "verified": rng.choice(TRI), "last_post": today - timedelta(days=rng.randint(0, 700)),
        "monitored": rng.choice(TRI), "response_sla_hours": rng.choice((2, 8, 24, 48)),
        "campaign_briefed": rng.choice(TRI),
        "importance": "primary" if i % 50 == 0 else "secondary",
        "notes": rng.choice(("", "Dikelola agensi sejak 2023.", "Akun lama, perlu ditinjau.")),
    }


def inventory_rows(n: int, seed: int = 7) -> list[dict[str, Any]]:
    rng, today = random.Random(seed), date.today()
    return [_row(i, rng, today) for i in range(n)]


def write_inventory_xlsx(path: Path, n: int) -> None:
    """An intake-style workbook: an Inventory sheet with the template's columns."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Inventory")
    ws.append(list(ASSET_COLUMNS))
    for row in inventory_rows(n):
        ws.append([row[c] for c in ASSET_COLUMNS])
    wb.save(path)


def inventory_assets(n: int) -> list[Asset]:
    return [Asset(kind=kind_of(r["platform"]), **r) for r in inventory_rows(n)]


_DEMO_VARIANTS = ("web-main", "web-promo", "web-karir", "mail-main", "mail-promo", "ig-old",
                  "ig-main")


def recorded_facts(asset: Asset, settings: object = None, needs: object = None,
                   cache: object = None) -> dict:
    """The demo's recorded facts, rotated over its variants so statuses vary."""
    from audit.demo import demo_facts

    variant = _DEMO_VARIANTS[zlib.crc32(asset.asset_id.encode()) % len(_DEMO_VARIANTS)]
    return demo_facts(replace(asset, asset_id=variant))


def evaluated_results(assets: list[Asset]) -> list[Result]:
    """Every applicable check evaluated on recorded facts: a real run without the network."""
    from audit.probes.config import ProbeSettings
    from audit.runner import build_context, check_asset, evaluate
    from checks.registry import organization_checks

    ctx = build_context(_engagement(), assets, {}, date.today())
    now = datetime.now(UTC).replace(tzinfo=None)
    out = [Result("", spec.id, o.status, o.reason, dict(o.values), dict(o.evidence), now)
           for spec in organization_checks()
           for o in [evaluate(spec, {}, None, ctx)]]
    settings, cache = ProbeSettings(), {}
    for asset in assets:
        for result in check_asset(asset, ctx, settings, cache, recorded_facts):
            result.observed_at = now
            out.append(result)
    return out


def _engagement():
    from audit.models import Engagement

    return Engagement(id=1, name="Bench", client="PT Bench Nusantara",
                      domains=["contoh-usaha.co.id"], language="en")

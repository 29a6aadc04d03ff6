"""The platform-rule canary: re-check each profile rule against accounts whose answer is known.

Platforms change their pages and the data sets' markers decay within months (WhatsMyName,
sherlock's daily false-positive CI, maigret's bot issues). `siaga canary` asks the real
platforms about a known-existing and a known-missing account (audit/data/canary.json)
through the same probe and check as an audit, and says per platform whether the rule
still holds, broke (a known account read as gone, or a missing one as present), or could
not be verified from here (blocked, walled, rate-limited).
"""

from __future__ import annotations

import concurrent.futures
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from audit import platforms
from audit.models import Asset
from audit.probes import gather
from audit.probes.config import ProbeSettings
from checks.base import Context
from checks.social import PROFILE_EXISTS

CANARY_PATH = Path(__file__).parent / "data" / "canary.json"
EXPECTATIONS = {"exists": "pass", "missing": "fail"}  # the verdict each known account needs
CANARY_THREADS = 4  # a handful of platforms at once; each gets one request per account


@dataclass(frozen=True)
class KnownAccount:
    platform: str
    handle: str
    expect: str  # "exists" | "missing"
    source: str


@dataclass(frozen=True)
class CanaryResult:
    account: KnownAccount
    status: str  # the verdict social.profile_exists gave
    reason: str
    values: dict

    @property
    def holds(self) -> bool | None:
        """True: the rule gave the known answer; False: it gave the opposite; None: unknown."""
        if self.status not in ("pass", "fail"):
            return None
        return self.status == EXPECTATIONS[self.account.expect]


def load_accounts(path: Path = CANARY_PATH) -> list[KnownAccount]:
    """The built-in known accounts, validated (a typo fails here, not as a broken rule)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    accounts = []
    for entry in raw["accounts"]:
        account = KnownAccount(entry["platform"], entry["handle"], entry["expect"],
                               entry["source"])
        platform = platforms.get(account.platform)  # KeyError names the unknown platform
        if account.expect not in EXPECTATIONS or not account.source.strip():
            raise ValueError(f"canary entry {entry!r}: expect exists|missing and a source")
        if not platform.handle_ok(account.handle):
            raise ValueError(f"canary entry {entry!r}: not a {platform.label} handle")
        accounts.append(account)
    return accounts


def check_account(account: KnownAccount, settings: ProbeSettings) -> CanaryResult:
    """One known account through the audit's own probe and check."""
    asset = Asset(f"canary-{account.platform}-{account.handle}", account.platform,
                  handle=account.handle, kind=platforms.kind_of(account.platform))
    facts = gather(asset, settings, PROFILE_EXISTS.needs)
    outcome = PROFILE_EXISTS.evaluate(facts, asset, Context(today=date.today()))
    return CanaryResult(account, outcome.status, outcome.reason, dict(outcome.values))


def run_canary(settings: ProbeSettings, only: str | None = None,
               accounts: list[KnownAccount] | None = None) -> list[CanaryResult]:
    """Check every known account (of one platform when `only` is given), in catalog order."""
    chosen = [a for a in accounts or load_accounts() if only is None or a.platform == only]
    with concurrent.futures.ThreadPoolExecutor(CANARY_THREADS) as pool:
        return list(pool.map(lambda a: check_account(a, settings), chosen))


def platform_state(results: list[CanaryResult]) -> str:
    """One platform's rule: "broken" if any known account read wrong, "holds" if at least
    one was read right and none wrong, else "unverified"."""
    seen = [r.holds for r in results]
    if False in seen:
        return "broken"
    return "holds" if True in seen else "unverified"


def by_platform(results: list[CanaryResult]) -> dict[str, str]:
    grouped: dict[str, list[CanaryResult]] = {}
    for result in results:
        grouped.setdefault(result.account.platform, []).append(result)
    return {pid: platform_state(rs) for pid, rs in grouped.items()}

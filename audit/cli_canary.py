"""`siaga canary`: do the platform rules still hold? Checked live against known accounts.

Kept beside audit/cli.py (which registers the parser), like audit/cli_watch.py; it calls
audit.services only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from audit import services
from audit.cli_common import InvalidInput, env_lang
from audit.i18n import t

Command = Callable[[argparse.Namespace], int]


def add_parsers(sub: argparse._SubParsersAction,
                common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `siaga canary`; `common` adds --lang (and --db, unused here)."""
    p = sub.add_parser(
        "canary", help="check the platform rules against known accounts (needs network)",
        description="Ask each platform about accounts known to exist and known to be "
                    "missing, through the audit's own probe and check, and report per "
                    "platform whether its rule still holds, broke, or could not be verified "
                    "from this network. Exit 0 when it ran, whatever it found.")
    p.add_argument("--platform", metavar="ID", help="only this platform (e.g. instagram)")
    p.add_argument("--timeout", type=float, default=services.ProbeSettings().timeout_s,
                   metavar="S", help="seconds per request")
    p.add_argument("--ca-bundle", metavar="PEM", help="trust these CA certificates")
    p.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    common(p)


def cmd_canary(args: argparse.Namespace) -> int:
    lang = args.lang or env_lang()
    known = services.canary_platforms()
    if args.platform and args.platform not in known:
        raise InvalidInput(t("canary.unknown_platform", lang, value=args.platform,
                             known=", ".join(known)))
    if not args.timeout > 0:
        raise InvalidInput(t("cli.bad_timeout", lang, value=args.timeout))
    if args.ca_bundle and not Path(args.ca_bundle).is_file():
        raise InvalidInput(t("cli.no_such_file", lang, path=args.ca_bundle))
    settings = services.ProbeSettings(timeout_s=args.timeout, ca_bundle=args.ca_bundle)
    rows = services.run_canary(settings, args.platform, lang)
    for row in rows:
        print(t(f"canary.row.{_verdict(row.holds)}", lang, platform=row.label,
                handle=row.handle, expect=t(f"canary.expect.{row.expect}", lang),
                detail=row.detail))
    states: dict[str, tuple[str, str]] = {r.platform: (r.label, r.platform_state) for r in rows}
    print()
    for label, state in states.values():
        print(t(f"canary.state.{state}", lang, platform=label))
    broken = sum(state == "broken" for _, state in states.values())
    print(t("canary.summary", lang, platforms=len(states), broken=broken,
            holds=sum(state == "holds" for _, state in states.values())))
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{"platform": r.platform, "handle": r.handle, "expect": r.expect,
              "status": r.status, "reason": r.reason, "detail": r.detail, "holds": r.holds,
              "platform_state": r.platform_state} for r in rows],
            ensure_ascii=False, indent=2), encoding="utf-8")
    sys.stdout.flush()
    return 0


def _verdict(holds: bool | None) -> str:
    return "unverified" if holds is None else "holds" if holds else "broken"


COMMANDS: dict[str, Command] = {"canary": cmd_canary}

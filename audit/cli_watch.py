"""`siaga calendar`, `siaga lookalike` and `siaga impostor`: the watch from a terminal.

Kept beside audit/cli.py (which registers these parsers) so each capability's commands
read on their own; like every command they call audit.services only.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from audit import services
from audit.cli_common import InvalidInput, env_lang
from audit.i18n import t
from audit.models import IMPOSTOR_STATUSES, LOOKALIKE_MARKS, Engagement, Impostor

Command = Callable[[argparse.Namespace], int]


def add_parsers(sub: argparse._SubParsersAction,
                common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the watch commands' parsers; `common` adds --db and --lang."""
    p = sub.add_parser("calendar", help="write the expiry calendar (.ics) of an engagement",
                       description="Every certificate and domain expiry of the latest audit as "
                                   "an iCalendar file, each with reminders 30 and 7 days before.")
    p.add_argument("--engagement", required=True, metavar="NAME")
    p.add_argument("--out", required=True, metavar="FILE.ics")
    common(p)

    p = sub.add_parser("lookalike", help="list found lookalike domains, or mark one",
                       description="Without --domain: list the lookalikes the latest audit "
                                   "found. With --domain and --mark: record the client's own, "
                                   "handled or open mark, kept across re-audits.")
    p.add_argument("--engagement", required=True, metavar="NAME")
    p.add_argument("--domain", metavar="DOMAIN")
    p.add_argument("--mark", choices=LOOKALIKE_MARKS)
    p.add_argument("--note", default="", metavar="TEXT")
    common(p)

    p = sub.add_parser("impostor", help="record or list known impostor accounts",
                       description="Without --target: list the register. With --target: "
                                   "record an impostor account (or update one with --id).")
    p.add_argument("--engagement", required=True, metavar="NAME")
    p.add_argument("--target", metavar="HANDLE_OR_URL")
    p.add_argument("--platform", default="", metavar="PLATFORM")
    p.add_argument("--first-seen", metavar="YYYY-MM-DD")
    p.add_argument("--reported-on", metavar="YYYY-MM-DD")
    p.add_argument("--status", choices=IMPOSTOR_STATUSES, default="live")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--id", type=int, default=0, metavar="N", help="update this record")
    common(p)


def _context(args: argparse.Namespace) -> tuple[str, services.Store, Engagement]:
    lang = args.lang or env_lang()
    store = services.open_store(args.db)
    engagement = store.find_engagement(args.engagement)
    if engagement is None:
        raise InvalidInput(t("cli.no_engagement", lang, name=args.engagement))
    return lang, store, engagement


def cmd_calendar(args: argparse.Namespace) -> int:
    lang, store, engagement = _context(args)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise InvalidInput(t("cli.no_such_file", lang, path=str(out.parent)))
    events = services.calendar_events(store, engagement.id)
    out.write_bytes(services.calendar_bytes(store, engagement.id, args.lang))
    print(t("watch.cli.calendar_written", lang, path=args.out, count=len(events)))
    return 0


def cmd_lookalike(args: argparse.Namespace) -> int:
    lang, store, engagement = _context(args)
    rows = services.lookalikes(store, engagement.id)
    if args.domain or args.mark:
        if not (args.domain and args.mark):
            raise InvalidInput(t("watch.cli.domain_and_mark", lang))
        domain = args.domain.strip().rstrip(".").lower()
        if domain not in {r.domain for r in rows}:
            raise InvalidInput(t("watch.cli.unknown_domain", lang, domain=domain,
                            name=engagement.name,
                            found=", ".join(r.domain for r in rows) or "-"))
        services.set_lookalike_mark(store, engagement.id, domain, args.mark, args.note)
        print(t("watch.cli.marked", lang, domain=domain, mark=t(f"watch.mark.{args.mark}", lang)))
        return 0
    if not rows:
        print(t("watch.cli.no_lookalikes", lang, name=engagement.name))
    for row in rows:
        serves = "+".join(t(f"watch.serves.{s}", lang) for s in row.serves) or \
            t("watch.serves.nothing", lang)
        print(f"{row.domain:<36} {serves:<22} {t(f'watch.mark.{row.mark}', lang)}")
    return 0


def cmd_impostor(args: argparse.Namespace) -> int:
    lang, store, engagement = _context(args)
    if not args.target:
        impostors = services.list_impostors(store, engagement.id)
        if not impostors:
            print(t("watch.cli.no_impostors", lang, name=engagement.name))
        for item in impostors:
            print(f"{item.id:>3}  {item.platform or '-':<12} {item.target:<48} "
                  f"{t(f'watch.impostor.{item.status}', lang)}")
        return 0

    def day(value: str | None) -> date | None:
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            raise InvalidInput(t("watch.cli.bad_date", lang, value=value)) from None

    impostor = Impostor(target=args.target.strip(), platform=args.platform.strip(),
                        first_seen=day(args.first_seen), reported_on=day(args.reported_on),
                        status=args.status, note=args.note, id=args.id)
    new_id = services.save_impostor(store, engagement.id, impostor)
    print(t("watch.cli.impostor_saved", lang, id=new_id, target=impostor.target))
    return 0


COMMANDS: dict[str, Command] = {"calendar": cmd_calendar, "lookalike": cmd_lookalike,
                                "impostor": cmd_impostor}

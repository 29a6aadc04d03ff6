"""`siaga incident open | steps | done | log | close | report` (SPEC section 6).

Kept beside audit/cli.py, which registers these parsers; like every command they call
audit.services only. Step lines are `STEP_ID  text` (open) and `STEP_ID  status  text`
(steps), so a script can pick a step id from the first column.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from audit import services
from audit.cli_common import InvalidInput, env_lang
from audit.i18n import t
from audit.incidents.checklist import step_text
from audit.incidents.model import LOG_KINDS, ROOT_CAUSES, Incident

Command = Callable[[argparse.Namespace], int]


def add_parsers(sub: argparse._SubParsersAction,
                common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `siaga incident ACTION`; `common` adds --db and --lang."""
    p = sub.add_parser("incident", help="incident mode: first-hour checklist, log, report",
                       description="Open an incident and work its first-hour checklist, keep "
                                   "its log, close it with the root cause, write the report.")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, help_: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=help_, description=help_)
        a.add_argument("--engagement", required=True, metavar="NAME")
        common(a)
        if name != "open":
            a.add_argument("--incident", required=True, type=int, metavar="ID")
        return a

    a = action("open", "open an incident; prints its id and the first-hour steps")
    a.add_argument("--title", required=True, metavar="T")
    a.add_argument("--tier", required=True, type=int, choices=(1, 2, 3),
                   help="1 severe (customer harm, legal, executive, media), 2 moderate "
                        "(viral complaint, coordinated campaign), 3 contained")
    a.add_argument("--origin", default="", metavar="URL", help="the inciting post")
    a.add_argument("--drill", action="store_true", help="a simulation, not a real incident")
    action("steps", "list the checklist: STEP_ID  status  text")
    a = action("done", "mark one step done")
    a.add_argument("--step", required=True, metavar="STEP_ID")
    a.add_argument("--note", default="", metavar="N")
    a.add_argument("--by", default="", metavar="NAME")
    a = action("log", "add a timestamped entry to the log")
    a.add_argument("--text", required=True, metavar="T")
    a.add_argument("--kind", choices=LOG_KINDS, default="event")
    a.add_argument("--by", default="", metavar="NAME")
    a = action("close", "close the incident with its root causes")
    a.add_argument("--root-cause", required=True, metavar="coordination|assets|users[,...]")
    a.add_argument("--note", default="", metavar="N")
    a = action("report", "write the post-incident report (.xlsx or .pdf)")
    a.add_argument("--out", required=True, metavar="REPORT.xlsx|REPORT.pdf")


def _engagement(args: argparse.Namespace) -> tuple[str, services.Store, int]:
    lang = args.lang or env_lang()
    store = services.open_store(args.db)
    engagement = store.find_engagement(args.engagement)
    if engagement is None:
        raise InvalidInput(t("cli.no_engagement", lang, name=args.engagement))
    return lang, store, engagement.id


def _incident(store: services.Store, engagement_id: int, incident_id: int, name: str,
              lang: str) -> Incident:
    try:
        return services.get_incident(store, engagement_id, incident_id)
    except KeyError:
        known = ", ".join(f"#{i.id}" for i in services.list_incidents(store, engagement_id))
        raise InvalidInput(t("incident.cli.no_incident", lang, name=name, id=incident_id,
                             known=known or "-")) from None


def cmd_incident(args: argparse.Namespace) -> int:
    lang, store, engagement_id = _engagement(args)
    if args.action == "open":
        incident = services.open_incident(store, engagement_id, args.title, args.tier,
                                          origin_url=args.origin, drill=args.drill, lang=lang)
        print(t("incident.cli.opened", lang, id=incident.id,
                tier=t(f"incident.tier.{incident.tier}", lang)))
        for step in incident.steps:
            print(f"{step.step_id}  {step_text(step, lang)}")
        return 0
    incident = _incident(store, engagement_id, args.incident, args.engagement, lang)
    now = datetime.now(UTC).replace(tzinfo=None)
    if args.action == "steps":
        closed = incident.status == "closed"
        for step in incident.steps:
            state = t(f"incident.step_state."
                      f"{step.state(incident.opened_at, incident.closed_at or now, closed)}",
                      lang)
            print(f"{step.step_id}  {state}  {step_text(step, lang)}")
    elif args.action == "done":
        try:
            services.mark_step(store, engagement_id, incident.id, args.step, by=args.by,
                               note=args.note, at=now)
        except KeyError:
            raise InvalidInput(t("incident.cli.no_step", lang, id=incident.id, step=args.step,
                                 known=", ".join(s.step_id for s in incident.steps))) from None
        print(t("incident.cli.done", lang, step=args.step, at=f"{now:%H:%M}"))
    elif args.action == "log":
        entry = services.log_incident(store, engagement_id, incident.id, args.text, args.kind,
                                      args.by, at=now)
        print(t("incident.cli.logged", lang, at=f"{entry.at:%H:%M}"))
    elif args.action == "close":
        causes = [c.strip() for c in args.root_cause.split(",") if c.strip()]
        bad = [c for c in causes if c not in ROOT_CAUSES]
        if bad or not causes:
            raise InvalidInput(t("incident.cli.bad_cause", lang, value=args.root_cause))
        services.close_incident(store, engagement_id, incident.id, causes, args.note, at=now)
        print(t("incident.cli.closed", lang, id=incident.id))
    else:
        out = Path(args.out)
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("xlsx", "pdf"):
            raise InvalidInput(t("incident.cli.bad_report", lang, path=args.out))
        if not out.parent.is_dir():
            raise InvalidInput(t("cli.no_such_file", lang, path=str(out.parent)))
        out.write_bytes(services.incident_report_bytes(store, engagement_id, incident.id, fmt,
                                                       args.lang))
        print(t("cli.wrote", lang, path=args.out))
    return 0


COMMANDS: dict[str, Command] = {"incident": cmd_incident}

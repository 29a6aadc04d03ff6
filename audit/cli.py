"""The `siaga` command: argument parsing and printing over audit.services.

Exit codes (SPEC section 6): 0 the command ran (findings are not errors),
2 invalid input with every problem listed by row and column, 1 internal error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from audit import __version__, cli_canary, cli_incident, cli_watch, services
from audit.app_support import contents_sentence
from audit.campaigns.model import campaign_phase, state_counts
from audit.cli_common import InvalidInput, env_lang
from audit.findings import render_finding
from audit.i18n import number, t
from audit.scoring import provisional_notes
from audit.services import (
    DEFAULT_CONCURRENCY,
    ImportResult,
    ProbeSettings,
    RunState,
    StoreError,
)
from checks.registry import BY_ID

EXIT_OK, EXIT_INTERNAL, EXIT_INVALID = 0, 1, 2


_lang = env_lang


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="siaga",
        description="Siaga: digital asset inventory and crisis-readiness audit.",
        epilog="Exit codes: 0 ran (findings are not errors), 2 invalid input, 1 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"siaga {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", metavar="PATH",
                       help="DuckDB file (default: $SIAGA_DB or the user data directory)")

    def with_lang(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=("en", "id"), default=None,
                       help="language of output and files: en (English) or id (Indonesian)")

    p = sub.add_parser("audit", help="import an inventory, run every check, score and report",
                       description="Import INVENTORY (CSV or XLSX), or take what --engagement "
                                   "holds, run every check (--resume: only those an "
                                   "interrupted run has not stored), print the score and top "
                                   "findings, and write the reports asked for.")
    p.add_argument("inventory", metavar="INVENTORY", nargs="?",
                   help="inventory file (.csv or .xlsx); omitted: audit what --engagement "
                        "holds")
    p.add_argument("--answers", metavar="FILE",
                   help="questionnaire answers (.csv or .xlsx: question_id, answer, note, "
                        "evidence, verified)")
    p.add_argument("--engagement", metavar="NAME",
                   help="engagement to audit into (default: the inventory file's name)")
    p.add_argument("--resume", action="store_true",
                   help="continue the engagement's interrupted latest run: check only the "
                        "assets it has no results for")
    p.add_argument("--per-host", type=int, default=services.DEFAULT_PER_HOST, metavar="N",
                   help="requests at once to one host (default "
                        f"{services.DEFAULT_PER_HOST})")
    p.add_argument("--out", metavar="REPORT.xlsx", help="write the audit workbook")
    p.add_argument("--json", metavar="RESULTS.json", help="write the results as JSON")
    p.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY, metavar="N",
                   help=f"assets checked at once (default {DEFAULT_CONCURRENCY})")
    timeout = ProbeSettings().timeout_s
    p.add_argument("--timeout", type=float, default=timeout, metavar="S",
                   help=f"network timeout per request in seconds, and for all the DNS "
                        f"questions of one email domain together (default {timeout:g})")
    p.add_argument("--ca-bundle", metavar="PEM", help="trust these CA certificates")
    p.add_argument("--dns-server", metavar="HOST[:PORT]", help="DNS server for mail checks")
    p.add_argument("--rdap-url", metavar="URL", help="RDAP base URL for domain expiry")
    p.add_argument("--allow-private", action="store_true",
                   help="allow private, loopback and link-local targets (intranet audits)")
    p.add_argument("--allow-host", action="append", default=[], metavar="HOST",
                   help="allow this one host (name or IP) past the private-address guard, "
                        "e.g. a local RDAP mirror; repeatable")
    with_db(p)
    with_lang(p)

    p = sub.add_parser("template", help="write the intake template workbook")
    p.add_argument("out", metavar="OUT.xlsx")
    with_lang(p)

    p = sub.add_parser("import", help="import an inventory into an engagement")
    p.add_argument("file", metavar="FILE", help="inventory file (.csv or .xlsx)")
    p.add_argument("--engagement", required=True, metavar="NAME",
                   help="engagement name (created when it does not exist)")
    with_db(p)
    with_lang(p)

    p = sub.add_parser("demo", help="create the demo engagement (a fictional Indonesian client)")
    with_db(p)
    with_lang(p)

    p = sub.add_parser("engagements", help="list engagements in the database")
    with_db(p)
    with_lang(p)

    p = sub.add_parser("compare", help="what changed between two runs of an engagement",
                       description="Score change per dimension and the findings fixed, new and "
                                   "still open between two runs (default: the latest two).")
    p.add_argument("--engagement", required=True, metavar="NAME")
    p.add_argument("--from", dest="old", type=run_ref, metavar="N",
                   help="older run: audit #N of the engagement (or id:ID)")
    p.add_argument("--to", dest="new", type=run_ref, metavar="N",
                   help="newer run: audit #N of the engagement (or id:ID)")
    with_db(p)
    with_lang(p)

    _campaign_parser(sub, with_db, with_lang)

    p = sub.add_parser("export", help="write the audit workbook of an engagement")
    p.add_argument("--engagement", required=True, metavar="NAME")
    p.add_argument("--out", required=True, metavar="REPORT.xlsx")
    p.add_argument("--run", type=run_ref, metavar="N",
                   help="run to report: audit #N of the engagement, or id:ID (default: latest)")
    with_db(p)
    with_lang(p)

    p = sub.add_parser("report", help="write the client PDF report of an engagement")
    p.add_argument("--engagement", required=True, metavar="NAME")
    p.add_argument("--out", required=True, metavar="REPORT.pdf")
    p.add_argument("--run", type=run_ref, metavar="N",
                   help="run to report: audit #N of the engagement, or id:ID (default: latest)")
    with_db(p)
    with_lang(p)
    cli_watch.add_parsers(sub, lambda p: (with_db(p), with_lang(p)))

    p = sub.add_parser("engagement", help="rename, archive, restore or delete an engagement",
                       description="Archive hides an engagement from the app's picker and "
                                   "keeps everything; delete removes it and all it holds.")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("rename", help="give an engagement a new name")
    a.add_argument("name", metavar="NAME")
    a.add_argument("new_name", metavar="NEW_NAME")
    for action, text in (("archive", "hide from the app's picker, keep everything"),
                         ("restore", "bring an archived engagement back to the picker")):
        actions.add_parser(action, help=text).add_argument("name", metavar="NAME")
    a = actions.add_parser("delete", help="delete an engagement and everything recorded for it",
                           description="Prints what would go; deletes only with --yes.")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--yes", action="store_true", help="really delete")
    for a in actions.choices.values():
        with_db(a)
        with_lang(a)
    cli_canary.add_parsers(sub, with_lang)
    cli_incident.add_parsers(sub, lambda p: (with_db(p), with_lang(p)))
    return parser


def _campaign_parser(sub: Any, with_db: Callable[..., None],
                     with_lang: Callable[..., None]) -> None:
    """`siaga campaign add | list | tracker | import | pack` (SPEC section 6)."""
    group = sub.add_parser("campaign", help="campaigns: every channel holder briefed before "
                                            "launch")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, help_text: str, campaign: bool = True) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text)
        p.add_argument("--engagement", required=True, metavar="NAME")
        if campaign:
            p.add_argument("--campaign", required=True, metavar="CAMPAIGN")
        with_db(p)
        with_lang(p)
        return p

    p = action("add", "add a campaign (channels default to every customer-facing asset)",
               campaign=False)
    p.add_argument("--name", required=True, metavar="CAMPAIGN")
    p.add_argument("--launch", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--end", metavar="YYYY-MM-DD")
    p.add_argument("--agency", metavar="A", default="")
    p.add_argument("--owner", metavar="PIC", default="", help="the campaign's marketing PIC")
    p.add_argument("--escalation", metavar="CONTACT", default="",
                   help="who channel holders escalate to (name and phone)")
    p.add_argument("--channels", metavar="ID,ID,...", help="asset ids of the channels")
    p.add_argument("--message", action="append", default=[], metavar="TEXT",
                   help="a key message (repeat for several)")
    p.add_argument("--faq", metavar="FILE.csv", help="FAQ file with columns question, answer")
    action("list", "list the engagement's campaigns with their briefing status",
           campaign=False)
    p = action("tracker", "write the briefing-tracker workbook of a campaign")
    p.add_argument("--out", required=True, metavar="TRACKER.xlsx")
    p = action("import", "import a filled briefing tracker")
    p.add_argument("tracker", metavar="TRACKER.xlsx")
    p = action("pack", "print the brief pack of one channel")
    p.add_argument("--asset", required=True, metavar="ID")
    p.add_argument("--out", metavar="PAGE.html", help="also write the printable page")


class RunRef(int):
    """A --run value and how it was written: '3' (audit #3, else the run with id 3),
    '#3' (audit #3 only) or 'id:7' (the run with database id 7 only)."""

    kind: str = "either"


def run_ref(text: str) -> RunRef:
    raw = text.strip().lower()
    kind = "id" if raw.startswith("id:") else "number" if raw.startswith("#") else "either"
    digits = raw.removeprefix("id:").removeprefix("#")
    if not digits.isdigit():
        raise argparse.ArgumentTypeError(t("cli.bad_run", _lang(), value=text))
    ref = RunRef(int(digits))
    ref.kind = kind
    return ref


# -- helpers ------------------------------------------------------------------------------
def _read_file(path: str) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise InvalidInput(t("cli.no_such_file", _lang(), path=path))
    return file.read_bytes()


def _writable(path: str | None, lang: str, suffix: str = "") -> None:
    """Refuse an output path up front, in one sentence: a wrong kind of file name, or a
    folder that does not exist (before any work, so no half-written file is left)."""
    if path is None:
        return
    target = Path(path)
    if suffix and target.suffix.lower() != suffix:
        raise InvalidInput(t("cli.bad_out_suffix", lang, path=path, suffix=suffix))
    folder = target.parent
    if not folder.is_dir():
        raise InvalidInput(t("cli.no_out_folder", lang, path=path, folder=folder))
    if target.is_dir():
        raise InvalidInput(t("cli.out_is_folder", lang, path=path))


def _report_import(result: ImportResult, path: str, lang: str) -> None:
    for problem in [*result.errors, *getattr(result, "notices", [])]:
        print(f"{path}: {problem.message(lang)}", file=sys.stderr)


def _settings(args: argparse.Namespace) -> ProbeSettings:
    lang = args.lang or _lang()
    if args.concurrency < 1:
        raise InvalidInput(t("cli.bad_concurrency", lang, value=args.concurrency))
    if args.per_host < 1:
        raise InvalidInput(t("cli.bad_per_host", lang, value=args.per_host))
    if not args.timeout > 0:
        raise InvalidInput(t("cli.bad_timeout", lang, value=args.timeout))
    dns = None
    if args.dns_server:
        host, _, port = args.dns_server.rpartition(":") if args.dns_server.count(":") == 1 \
            else (args.dns_server, "", "53")
        if not port.isdigit() or not 0 < int(port) < 65536 or not host:
            raise InvalidInput(t("cli.bad_dns", lang, value=args.dns_server))
        dns = (host, int(port))
    if args.ca_bundle and not Path(args.ca_bundle).is_file():
        raise InvalidInput(t("cli.no_such_file", lang, path=args.ca_bundle))
    if args.rdap_url and not args.rdap_url.startswith(("http://", "https://")):
        raise InvalidInput(t("cli.bad_rdap", lang, value=args.rdap_url))
    return ProbeSettings(timeout_s=args.timeout, ca_bundle=args.ca_bundle, dns_server=dns,
                         rdap_url=args.rdap_url, allow_private=args.allow_private,
                         allowed_hosts=services.allowed_hosts(" ".join(args.allow_host)))


def _progress_printer(lang: str):
    """A one-line progress bar on stderr (only when it is a terminal, else every 10 %)."""
    tty = sys.stderr.isatty()
    last = [-1]

    def show(state: RunState) -> None:
        total = max(state.total, 1)
        pct = int(100 * state.done / total)
        if tty:
            bar = "#" * (pct // 4)
            print(f"\r[{bar:<25}] {state.done}/{state.total} {t('cli.assets', lang)}",
                  end="", file=sys.stderr, flush=True)
        elif pct // 10 != last[0]:
            last[0] = pct // 10
            print(f"{state.done}/{state.total} {t('cli.assets', lang)}", file=sys.stderr)

    return show


# -- commands -------------------------------------------------------------------------------
def cmd_audit(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    settings = _settings(args)
    _writable(args.out, lang, ".xlsx")
    _writable(args.json, lang)
    if args.inventory is None and not args.engagement:
        raise InvalidInput(t("cli.audit_needs_input", lang))
    inventory = services.preview_inventory(_read_file(args.inventory),
                                           Path(args.inventory).name) if args.inventory else None
    answers = services.preview_answers(_read_file(args.answers), Path(args.answers).name) \
        if args.answers else None
    problems = [*(inventory.errors if inventory else []), *(answers.errors if answers else [])]
    if inventory:
        _report_import(inventory, args.inventory, lang)
    if answers:
        _report_import(answers, args.answers, lang)
    if problems:
        print(t("cli.invalid_input", lang, count=len(problems)), file=sys.stderr)
        return EXIT_INVALID
    if inventory and not inventory.assets:
        print(t("cli.empty_inventory", lang, path=args.inventory), file=sys.stderr)
        return EXIT_INVALID

    store = services.open_store(args.db)
    name = args.engagement or Path(args.inventory).stem
    with services.one_connection(store):
        if inventory:
            engagement = services.ensure_engagement(store, name, lang)
        else:  # audit what is stored
            engagement = _engagement(store, name, lang)
        all_answers = [*(inventory.answers if inventory else []),
                       *(answers.answers if answers else [])]
        services.store_inventory(store, engagement.id,
                                 inventory.assets if inventory else [], all_answers)
        count = len(services.list_assets(store, engagement.id))
        run = services.resumable_run(store, engagement.id) if args.resume else None
    if not count:
        raise InvalidInput(t("cli.nothing_stored", lang, name=name))
    if args.resume:
        if run is None:
            raise InvalidInput(t("cli.nothing_to_resume", lang, name=name))
        print(t("cli.resuming", lang, run=run.id, name=name), file=sys.stderr)
    else:
        print(t("cli.auditing", lang, count=count, name=name), file=sys.stderr)
    state = services.run_audit(store, engagement.id, settings, args.concurrency,
                               _progress_printer(lang), per_host=args.per_host,
                               resume=args.resume)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    report = services.build_report(store, engagement.id, state.run_id, results=state.results)
    _print_summary(report, state, lang)
    if args.json:
        data = services.export_json(store, engagement.id, state.run_id, lang)
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False,
                                              default=str), encoding="utf-8")
        print(t("cli.wrote", lang, path=args.json))
    if args.out:
        services.export_workbook(store, engagement.id, args.out, state.run_id, lang)
        print(t("cli.wrote", lang, path=args.out))
    return EXIT_OK


def _print_summary(report, state: RunState, lang: str) -> None:
    counts = ", ".join(f"{t('status.' + s, lang)} {n}" for s, n in sorted(
        state.statuses.items(), key=lambda item: -item[1]))
    print(t("cli.run_done", lang, run=report.run.number,
            status=t(f"cli.run.{state.status}", lang),
            counts=counts))
    score = report.score
    if score.overall is None:
        print(t("cli.no_score", lang))
    else:
        print(t("cli.score", lang, score=f"{score.overall:.0f}",
                band=t("band." + score.band, lang), coverage=f"{score.coverage:.0%}"))
        for note in provisional_notes(score, lang):
            print(note)
        if score.cap:
            print(t("cli.capped", lang, band=t(f"band.{score.cap.band}", lang),
                    check=BY_ID[score.cap.check_id].title[lang],
                    asset=score.cap.asset_id or t("org.asset", lang)))
    top = [f for f in report.findings if f.state == "open"][:5]
    if top:
        print(t("cli.top_findings", lang))
        for i, finding in enumerate(top, 1):
            shown = render_finding(finding, BY_ID[finding.check_id], lang)
            where = finding.asset_id or t("org.asset", lang)
            print(f"  {i}. [{t('severity.' + finding.severity, lang)}] {where}: "
                  f"{shown['title'].rstrip('.')}: {shown['seen']}")  # no ".:"


def cmd_template(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    _writable(args.out, lang, ".xlsx")
    Path(args.out).write_bytes(services.intake_template(lang))
    print(t("cli.wrote", lang, path=args.out))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    data = _read_file(args.file)
    store = services.open_store(args.db)
    engagement = services.ensure_engagement(store, args.engagement, lang)
    result = services.import_inventory(store, engagement.id, data, Path(args.file).name)
    _report_import(result, args.file, lang)
    bad_rows = {e.row for e in result.errors}
    if bad_rows and not result.rows_read:  # the file refused whole (a password column...)
        print(t("cli.import_refused", lang, name=engagement.name))
    else:
        print(t("cli.imported", lang, count=len(result.assets), rows=result.rows_read,
                errors=len(bad_rows), name=engagement.name))
    return EXIT_INVALID if result.errors else EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    store = services.open_store(args.db)
    engagement = services.load_demo(store)
    count = len(services.list_assets(store, engagement.id))
    print(t("cli.demo", lang, name=engagement.name, count=count, path=store.path))
    return EXIT_OK


def cmd_engagements(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    store = services.open_store(args.db, read_only=True)
    rows = services.list_engagements(store)
    if not rows:
        print(t("cli.no_engagements", lang, path=store.path))
    for e in rows:
        runs = services.list_runs(store, e.id)
        latest = runs[-1] if runs else None
        score = latest.score.get("overall") if latest and latest.score else None
        shown = "-" if score is None else f"{score:.0f}"
        assets = t("contents.assets", lang, count=len(services.list_assets(store, e.id)))
        archived = f"  ({t('cli.archived', lang)})" if e.archived else ""
        print(f"{e.id:>4}  {e.name:<40} {assets:>11}  {t('cli.runs', lang)}: {len(runs)}  "
              f"{t('cli.latest_score', lang)}: {shown}{archived}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    store = services.open_store(args.db, read_only=True)
    _writable(args.out, lang, ".xlsx")
    engagement = _engagement(store, args.engagement, lang, args.run)
    services.export_workbook(store, engagement.id, args.out, args.run, args.lang)
    print(t("cli.wrote", lang, path=args.out))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    store = services.open_store(args.db, read_only=True)
    _writable(args.out, lang, ".pdf")
    engagement = _engagement(store, args.engagement, lang, args.run)
    services.export_pdf(store, engagement.id, args.out, args.run, args.lang)
    print(t("cli.wrote", lang, path=args.out))
    return EXIT_OK


def _engagement(store, name: str, lang: str, *run_ids: int | None):
    """The named engagement; a missing name or a run id it does not have is bad input."""
    engagement = services.find_engagement(store, name)
    if engagement is None:
        raise InvalidInput(t("cli.no_engagement", lang, name=name))
    known = {r.id for r in services.list_runs(store, engagement.id)}
    for run_id in run_ids:
        if run_id is not None and run_id not in known:
            raise InvalidInput(t("cli.no_run", lang, run=run_id, name=name,
                                 runs=", ".join(map(str, sorted(known))) or "-"))
    return engagement


RUN_FLAGS = ("run", "old", "new")  # --run, --from, --to


def _resolve_runs(args: argparse.Namespace, lang: str) -> None:
    """Turn --run/--from/--to into run ids once, for every command: a value is the
    engagement's audit number (its first audit is #1) or a run id, when that is unambiguous."""
    refs = {f: v for f in RUN_FLAGS if isinstance(v := getattr(args, f, None), RunRef)}
    if not refs:
        return
    store = services.open_store(args.db)
    engagement = services.find_engagement(store, args.engagement)
    if engagement is None:
        raise InvalidInput(t("cli.no_engagement", lang, name=args.engagement))
    runs = services.list_runs(store, engagement.id)
    for flag, ref in refs.items():
        if ref.kind == "id":
            found = [r for r in runs if r.id == ref]
        elif ref.kind == "number":
            found = [r for r in runs if r.number == ref]
        else:
            found = services.runs_matching(store, engagement.id, ref)
        if not found:
            raise InvalidInput(t("cli.no_run", lang, run=int(ref), name=engagement.name,
                                 runs=", ".join(str(r.number) for r in runs) or "-"))
        if len(found) > 1:
            number, other = found
            raise InvalidInput(t("cli.run_ambiguous", lang, value=int(ref),
                                 name=engagement.name, number=number.number, id=number.id,
                                 other=other.number))
        setattr(args, flag, found[0].id)


def _signed(value: float | None, lang: str) -> str:
    return "-" if value is None else number(value, lang, 1, sign=True)


def cmd_compare(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    store = services.open_store(args.db, read_only=True)
    engagement = _engagement(store, args.engagement, lang, args.old, args.new)
    report = services.compare(store, engagement.id, args.old, args.new)
    if report is None:
        raise InvalidInput(t("cli.compare_needs_two", lang, name=engagement.name))
    old, new, change = report.previous_run, report.run, report.changes

    def overall(score: dict | None) -> str:
        value = (score or {}).get("overall")
        return "-" if value is None else number(value, lang, 1)

    print(t("cli.compare_head", lang, old=old.number, old_date=f"{old.started:%Y-%m-%d}",
            new=new.number, new_date=f"{new.started:%Y-%m-%d}"))
    print(t("cli.compare_overall", lang, old=overall(old.score), new=overall(new.score),
            change=_signed(change.overall, lang)))
    for dim, delta in change.dimensions.items():
        print(f"  {t('dimension.' + dim, lang):<24} {_signed(delta, lang):>6}")
    for key, items in (("fixed", change.fixed), ("new", change.new),
                       ("still_open", change.still_open), ("unchecked", change.unchecked)):
        print(t(f"cli.compare_{key}", lang, count=len(items)))
        if key in ("fixed", "new"):
            for asset_id, check_id in items:
                where = asset_id or t("org.asset", lang)
                print(f"  - {where}: {BY_ID[check_id].title[lang]}")
    return EXIT_OK


def _date_arg(value: str | None, flag: str, lang: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(t("campaigns.cli.bad_date", lang, flag=flag, value=value)) from None


def cmd_campaign(args: argparse.Namespace) -> int:
    lang = args.lang or _lang()
    store = services.open_store(args.db)
    engagement = _engagement(store, args.engagement, lang)
    try:
        return CAMPAIGN_ACTIONS[args.action](args, store, engagement, lang)
    except services.CampaignError as exc:
        raise InvalidInput(exc.message(lang)) from None


def _campaign_add(args: argparse.Namespace, store: services.Store, engagement,
                  lang: str) -> int:
    faq: list[services.FaqEntry] = []
    if args.faq:
        read = services.read_faq(_read_file(args.faq), Path(args.faq).name)
        _report_import(read, args.faq, lang)
        if read.errors:
            print(t("cli.invalid_input", lang, count=len(read.errors)), file=sys.stderr)
            return EXIT_INVALID
        faq = read.faq
    channels = None if args.channels is None else [
        c.strip() for c in args.channels.split(",") if c.strip()]
    campaign = services.add_campaign(
        store, engagement.id, args.name, _date_arg(args.launch, "--launch", lang),
        _date_arg(args.end, "--end", lang), channels, agency=args.agency, owner=args.owner,
        escalation=args.escalation, key_messages=args.message, faq=faq)
    print(t("campaigns.cli.added", lang, name=campaign.name, channels=len(campaign.channels),
            questions=len(campaign.faq)))
    return EXIT_OK


def _campaign_list(args: argparse.Namespace, store: services.Store, engagement,
                   lang: str) -> int:
    campaigns = services.list_campaigns(store, engagement.id)
    if not campaigns:
        print(t("campaigns.cli.none", lang, name=engagement.name))
    today = date.today()
    for campaign in campaigns:
        counts = state_counts(services.campaign_channels(store, campaign))
        states = ", ".join(f"{t('campaigns.state.' + s, lang)} {counts[s]}"
                           for s in ("acknowledged", "briefed", "not_briefed"))
        print(f"{campaign.name}  {campaign.launch.isoformat()}"
              f"{' – ' + campaign.end.isoformat() if campaign.end else ''}  "
              f"{campaign_phase(campaign, today, lang)}  {states}")
    return EXIT_OK


def _campaign_tracker(args: argparse.Namespace, store: services.Store, engagement,
                      lang: str) -> int:
    campaign = services.find_campaign(store, engagement.id, args.campaign)
    Path(args.out).write_bytes(services.tracker_workbook(store, campaign,
                                                         args.lang or engagement.language))
    print(t("cli.wrote", lang, path=args.out))
    return EXIT_OK


def _campaign_import(args: argparse.Namespace, store: services.Store, engagement,
                     lang: str) -> int:
    campaign = services.find_campaign(store, engagement.id, args.campaign)
    data = _read_file(args.tracker)
    result = services.import_tracker(store, campaign, data, Path(args.tracker).name)
    _report_import(result, args.tracker, lang)
    print(t("campaigns.cli.imported", lang, count=len(result.briefings), rows=result.rows_read,
            errors=len(result.errors), name=campaign.name))
    return EXIT_INVALID if result.errors else EXIT_OK


def _campaign_pack(args: argparse.Namespace, store: services.Store, engagement,
                   lang: str) -> int:
    campaign = services.find_campaign(store, engagement.id, args.campaign)
    pack = services.brief_pack(store, campaign, args.asset, args.lang)
    print(pack.text)
    if args.out:
        Path(args.out).write_text(pack.html, encoding="utf-8")
        print(t("cli.wrote", lang, path=args.out), file=sys.stderr)
    return EXIT_OK


CAMPAIGN_ACTIONS = {"add": _campaign_add, "list": _campaign_list, "tracker": _campaign_tracker,
                    "import": _campaign_import, "pack": _campaign_pack}


def cmd_engagement(args: argparse.Namespace) -> int:
    """rename / archive / restore / delete: the name is looked up, archived ones included."""
    lang = args.lang or _lang()
    store = services.open_store(args.db)
    engagement = services.find_engagement(store, args.name)
    if engagement is None:
        raise InvalidInput(t("cli.no_engagement", lang, name=args.name))
    if args.action == "rename":
        renamed = services.rename_engagement(store, engagement.id, args.new_name)
        print(t("cli.engagement.renamed", lang, name=engagement.name, new=renamed.name))
    elif args.action in ("archive", "restore"):
        services.archive_engagement(store, engagement.id, args.action == "archive")
        print(t(f"cli.engagement.{args.action}d", lang, name=engagement.name))
    else:
        goes = contents_sentence(services.engagement_contents(store, engagement.id), lang)
        if not args.yes:
            raise InvalidInput(t("cli.engagement.confirm", lang, name=engagement.name,
                                 contents=goes))
        services.delete_engagement(store, engagement.id)
        print(t("cli.engagement.deleted", lang, name=engagement.name, contents=goes))
    return EXIT_OK


COMMANDS = {"audit": cmd_audit, "template": cmd_template, "import": cmd_import,
            "campaign": cmd_campaign, "demo": cmd_demo, "engagements": cmd_engagements,
            "export": cmd_export, "report": cmd_report, "compare": cmd_compare,
            "engagement": cmd_engagement,
            **cli_watch.COMMANDS,
            **cli_canary.COMMANDS,
            **cli_incident.COMMANDS}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = getattr(args, "lang", None) or _lang()
    try:
        _resolve_runs(args, lang)
        return COMMANDS[args.command](args)
    except InvalidInput as exc:
        print(f"siaga: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except StoreError as exc:
        print(f"siaga: {exc.message(lang)}", file=sys.stderr)
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        print(f"\nsiaga: {t('cli.interrupted', lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:  # noqa: BLE001 - last resort: say what broke, exit 1
        traceback.print_exc()
        print(f"siaga: {t('cli.internal_error', lang)}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())

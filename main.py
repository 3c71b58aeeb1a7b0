"""AdvisorDesk entry point: the GUI by default, headless commands otherwise.

The command-line path never imports Qt, so `demo`, `check` and `find` run on servers
and in CI without a display.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

from app.cli_support import PASSPHRASE_ENV, CliError, cli_actor, read_passphrase


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import build_demo
    from app.demo_security import DEMO_ADMIN
    from db.office import create_office

    if args.clients < 1:
        raise CliError("--clients must be at least 1.")
    # the demo passphrase is the admin's; the other staff are in docs/users-and-keys.md
    office = create_office(Path(args.file), read_passphrase(args, confirm=True), admin=DEMO_ADMIN)
    try:

        def progress(done: int, total: int) -> None:
            print(f"\r{done:,}/{total:,} clients", end="", file=sys.stderr, flush=True)

        build_demo(office, clients=args.clients, seed=args.seed, progress=progress)
        print(file=sys.stderr)
    except BaseException:
        office.close()
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(args.file + suffix).unlink(missing_ok=True)
        raise
    office.close()
    print(f"Created demo office {args.file} with {args.clients:,} clients.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from db.office import integrity_report, open_office

    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        report = integrity_report(office)
    finally:
        office.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"Schema revision: {report['schema_revision']}")
        for name, count in report["counts"].items():
            print(f"{name}: {count:,}")
        for problem in report["problems"]:
            print(f"PROBLEM: {problem}")
        print("The office is healthy." if report["ok"] else "The office has problems.")
    return 0 if report["ok"] else 1


def cmd_find(args: argparse.Namespace) -> int:
    from app.client_list import ClientListService, ListQuery
    from db.office import open_office

    if args.limit < 1:
        raise CliError("--limit must be at least 1.")
    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        with office.session() as s:
            rows = ClientListService(s).page(ListQuery(text=args.text), 0, args.limit)
    finally:
        office.close()
    if args.json:
        out = [
            {
                "id": r.id,
                "name": r.legal_name,
                "chinese_name": r.chinese_name,
                "tier": r.tier,
                "status": r.status,
                "owner": r.owner,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r.id}\t{r.name}\t{r.tier}\t{r.status}\t{r.owner or ''}")
    return 0


def cmd_subject_export(args: argparse.Namespace) -> int:
    from app.subject_export import SubjectExportError, check_out_dir, export_subject
    from db.office import open_office

    out_dir = Path(args.out)
    names = [f"client-{args.client}.json", f"client-{args.client}.pdf"]
    try:
        check_out_dir(out_dir, names)  # before unlocking: no KDF for a typo in --out
        office = open_office(Path(args.file), read_passphrase(args))
        try:
            with office.transaction() as s:
                files = export_subject(s, args.client, out_dir, actor=cli_actor())
        finally:
            office.close()
    except SubjectExportError as exc:
        raise CliError(str(exc)) from None
    print(f"Wrote {files.json_path} and {files.pdf_path} ({files.rows:,} records).")
    return 0


def cmd_consent_form(args: argparse.Namespace) -> int:
    from app.consent import NoticeIntegrityError
    from app.consent_form import ConsentFormError, write_consent_form
    from db.office import open_office

    out = Path(args.out)
    if out.exists():
        raise CliError(f"{out} already exists; choose another name (not overwriting).")
    if not out.parent.is_dir():
        raise CliError(f"The folder {out.parent} does not exist; create it first.")
    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        with office.session() as s:
            form = write_consent_form(s, args.client, out, notice_code=args.notice)
    except (ConsentFormError, NoticeIntegrityError) as exc:
        raise CliError(str(exc)) from None
    finally:
        office.close()
    print(f"Wrote {out} (notice {form.notice.code} v{form.notice.version}, {form.language}).")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from app.erasure import ErasureError, erase_client, scrub_file
    from db.models import Client
    from db.office import open_office

    if not args.reason.strip():
        raise CliError("--reason must say why (e.g. the client's request of 2026-11-20).")
    office = open_office(Path(args.file), read_passphrase(args))
    try:
        with office.session() as s:
            if s.get(Client, args.client) is None:
                raise CliError(f"There is no client {args.client} in this office.")
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("Erasure needs confirmation: run it in a terminal or add --yes.")
            answer = input(
                f"Erase client {args.client}? Names, contacts, documents and notes are "
                f"removed for good. Type the client number to confirm: "
            )
            if answer.strip() != str(args.client):
                raise CliError("Not confirmed; nothing was changed.")
        try:
            with office.transaction() as s:
                report = erase_client(s, args.client, cli_actor(), args.reason)
        except ErasureError as exc:
            raise CliError(str(exc)) from None
        scrub = scrub_file(office.engine)
    finally:
        office.close()
    kept = ", ".join(f"{k} {v}" for k, v in report.kept.items())
    print(
        f"Erased client {args.client}; kept for their retention periods: {kept}. "
        f"File rewritten in {scrub.vacuum_ms / 1000:.1f} s. Backups made before now still "
        "hold the client until they are rotated out."
    )
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.erasure import purge_expired, scrub_file
    from db.office import open_office

    office = open_office(Path(args.file), read_passphrase(args))
    try:
        with office.transaction() as s:
            report = purge_expired(s, dt.date.today(), actor=cli_actor())
        with office.transaction() as s:
            from app.timeline import InteractionService

            trashed = InteractionService(s, cli_actor()).purge_trash()
        if report.clients or trashed:
            scrub_file(office.engine)
    finally:
        office.close()
    print(
        f"Purged records of {report.clients} erased client(s) past retention: "
        f"{report.consent_records} consent records, {report.attachments} attachments, "
        f"{report.snapshots} financial snapshots, {report.cards} cards."
    )
    print(f"Deleted {trashed} timeline entries that were in the trash past its retention.")
    return 0


def cmd_call_list(args: argparse.Namespace) -> int:
    """A marketing list for one channel that leaves out everyone without valid consent."""
    import csv

    from app.client_list import ListQuery
    from app.consent import MARKETING_CHANNELS
    from app.marketing import CONTACT_COLUMN, marketing_list
    from db.models import AccessEvent
    from db.office import open_office

    if args.channel not in MARKETING_CHANNELS:
        raise CliError(
            f"Unknown channel {args.channel!r}; use one of: {', '.join(MARKETING_CHANNELS)}."
        )
    out = Path(args.out) if args.out else None
    if out is not None:
        if out.exists():
            raise CliError(f"{out.name} already exists; choose a new name for the list.")
        if not out.parent.is_dir():
            raise CliError(f"The folder for {out.name} does not exist.")
    office = open_office(Path(args.file), read_passphrase(args), on_locked="read_only")
    try:
        with office.transaction() as s:
            result = marketing_list(s, ListQuery(text=args.search or ""), args.channel)
            if not office.read_only:  # the export of personal data is itself recorded
                s.add(
                    AccessEvent(
                        actor=cli_actor(),
                        action="marketing_list",
                        detail=f"{args.channel}: {len(result.rows)} clients",
                    )
                )
                from app import audit

                audit.record(
                    s,
                    cli_actor(),
                    "export",
                    target="call_list",
                    channel=args.channel,
                    clients=len(result.rows),
                )
    finally:
        office.close()

    from app.client_export import safe_cell

    header = ["id", "name", CONTACT_COLUMN[args.channel]]
    lines = [[str(r.id), safe_cell(r.name), safe_cell(r.contact)] for r in result.rows]
    if out is None:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(lines)
        print(result.summary(), file=sys.stderr)
        return 0
    from db.atomic_file import atomic_write

    try:
        with atomic_write(out, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(lines)
    except OSError as exc:
        raise CliError(f"The list could not be written ({exc.strerror}).") from None
    print(f"Wrote {out.name}: {result.summary()}")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    """Open tasks and meetings as an iCalendar file for Outlook or any calendar."""
    from app.ics_export import MAX_DAYS, export_ics, known_people
    from db.models import AccessEvent
    from db.office import open_office

    if not 0 <= args.days <= MAX_DAYS:
        raise CliError(f"--days must be between 0 and {MAX_DAYS}.")
    out = Path(args.out)
    if out.is_dir():
        raise CliError(f"{out.name} is a folder; give a file name such as tasks.ics.")
    if not out.parent.is_dir():
        raise CliError(f"The folder for {out.name} does not exist.")
    office = open_office(Path(args.file), read_passphrase(args), on_locked="read_only")
    try:
        with office.transaction() as s:
            if args.assignee and args.assignee not in known_people(s):
                raise CliError(
                    f"Nobody called {args.assignee!r} has tasks or clients; "
                    f"use one of: {', '.join(known_people(s)) or '(no one yet)'}."
                )
            result = export_ics(
                s, assignee=args.assignee, days=args.days, full_names=args.full_names
            )
            if not office.read_only:  # personal data leaving the office is recorded
                s.add(
                    AccessEvent(
                        actor=cli_actor(),
                        action="ics_export",
                        detail=f"{result.todos} tasks, {result.events} events",
                    )
                )
                from app import audit

                audit.record(
                    s,
                    cli_actor(),
                    "export",
                    target="ics",
                    tasks=result.todos,
                    events=result.events,
                )
    finally:
        office.close()
    from db.atomic_file import write_atomically

    try:  # replace=True: running the export again rewrites the same .ics, as it always did
        write_atomically(out, result.data, replace=True)
    except OSError as exc:
        raise CliError(f"The calendar could not be written ({exc.strerror}).") from None
    print(f"Wrote {out.name}: {result.todos:,} tasks and {result.events:,} meetings.")
    return 0


def cmd_consent_report(args: argparse.Namespace) -> int:
    """The three consent reports (issue 4, section 6), read-only."""
    from app.consent_reports import coverage, missing_required, withdrawals_by_month
    from db.office import open_office

    if args.status not in ("active", "all"):
        raise CliError(f"Unknown --status {args.status!r}; use active or all.")
    if args.missing_limit < 0:
        raise CliError("--missing-limit must be 0 or more.")
    status = None if args.status == "all" else args.status
    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        with office.session() as s:
            rows = coverage(s, client_status=status)
            missing = missing_required(s, client_status=status, limit=args.missing_limit)
            months = withdrawals_by_month(s)
    finally:
        office.close()
    if args.json:
        out = {
            "coverage": [
                {
                    "purpose": r.purpose,
                    "third_party": r.third_party,
                    "total": r.total,
                    "counts": r.counts,
                }
                for r in rows
            ],
            "missing_required": {
                "clients_checked": missing.clients_checked,
                "clients_missing": missing.clients_missing,
                "by_purpose": missing.by_purpose,
                "clients": [
                    {"id": c.id, "name": c.name, "owner": c.owner, "missing": list(c.missing)}
                    for c in missing.clients
                ],
            },
            "withdrawals_by_month": [
                {"month": m.month, "total": m.total, "by_purpose": m.by_purpose} for m in months
            ],
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    from app.consent import STATES

    who = "active clients" if status else "clients"
    total = rows[0].total if rows else 0
    print(f"Consent coverage ({total:,} {who})")
    names = [r.purpose + (f" ({r.third_party})" if r.third_party else "") for r in rows]
    width = max([len("purpose"), *map(len, names)])
    print("purpose".ljust(width) + "".join(f"{st:>18}" for st in STATES))
    for name, r in zip(names, rows, strict=True):
        cells = "".join(f"{f'{r.counts[st]:,} {r.share(st):6.1%}':>18}" for st in STATES)
        print(name.ljust(width) + cells)
    print()
    print(
        f"Missing required consents: {missing.clients_missing:,} of "
        f"{missing.clients_checked:,} {who}"
        + "".join(f"; {p} {n:,}" for p, n in missing.by_purpose.items())
    )
    for c in missing.clients:
        print(f"{c.id}\t{c.name}\t{c.owner or ''}\t{', '.join(c.missing)}")
    if len(missing.clients) < missing.clients_missing:
        print(f"... and {missing.clients_missing - len(missing.clients):,} more (--missing-limit)")
    print()
    print("Withdrawals by month")
    if not months:
        print("(none)")
    for m in months:
        detail = ", ".join(f"{p} {n:,}" for p, n in m.by_purpose.items())
        print(f"{m.month}\t{m.total:,}\t{detail}")
    return 0


# Each area's commands live in their own module with a `register(add)` function, where
# `add(name, help)` returns a subparser that already takes --passphrase-file.
COMMAND_MODULES: tuple[str, ...] = (
    "app.portfolio_cli",
    "app.risk_cli",
    "app.audit_cli",
    "app.backup_cli",
    "app.pack_cli",
    "app.security_cli",
    "app.data_cli",
    "app.segments_cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="advisordesk", description=__doc__)
    parser.add_argument("--db", help="office file to open in the GUI")
    parser.add_argument("--passphrase-file", help="read the passphrase from this file")
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as this user (default: the office's only user, or the admin who created it)",
    )
    sub = parser.add_subparsers(dest="command")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--passphrase-file", help="read the passphrase from this file")
        return p

    p = add("demo", "create a demo office")
    p.add_argument("file")
    p.add_argument("--clients", type=int, default=2000)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_demo)
    p = add("check", "verify an office file")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
    p = add("find", "search clients as the list does")
    p.add_argument("file")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_find)
    p = add("call-list", "a marketing list of clients who consented to the channel")
    p.add_argument("file")
    p.add_argument("--channel", required=True, help="phone, sms, email, wechat or post")
    p.add_argument("--search", help="only clients the list's search finds")
    p.add_argument("--out", help="write a CSV (UTF-8 with BOM) instead of printing")
    p.set_defaults(func=cmd_call_list)
    p = add("subject-export", "write everything held on one client as JSON and PDF")
    p.add_argument("file")
    p.add_argument("--client", type=int, required=True)
    p.add_argument("--out", required=True, help="an existing folder")
    p.set_defaults(func=cmd_subject_export)
    p = add("consent-form", "print a pre-filled consent form for signature (PDF)")
    p.add_argument("file")
    p.add_argument("--client", type=int, required=True)
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--notice", help="notice code (default: the one in force requiring a signature)")
    p.set_defaults(func=cmd_consent_form)
    p = add("erase", "anonymise a client on request, keeping what the law requires")
    p.add_argument("file")
    p.add_argument("--client", type=int, required=True)
    p.add_argument("--reason", required=True)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_erase)
    p = add("ics", "export open tasks and meetings as an iCalendar file")
    p.add_argument("file")
    p.add_argument("--out", required=True, help="the .ics file to write (replaced if it exists)")
    p.add_argument("--assignee", help="only this person's tasks and clients' meetings")
    p.add_argument("--days", type=int, default=30, help="days ahead (and back for meetings)")
    p.add_argument(
        "--full-names", action="store_true", help="client names in full (default: initials)"
    )
    p.set_defaults(func=cmd_ics)
    p = add("consent-report", "consent coverage, missing required consents, withdrawals")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", default="active", help="active (default) or all clients")
    p.add_argument("--missing-limit", type=int, default=50, help="clients listed as missing")
    p.set_defaults(func=cmd_consent_report)
    p = add("purge", "delete erased clients' records whose retention period has passed")
    p.add_argument("file")
    p.set_defaults(func=cmd_purge)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(add)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app import log_privacy

    log_privacy.install()  # no ID number, phone or e-mail reaches any log
    args = build_parser().parse_args(argv)
    from db.office import USER_ENV

    previous_user = os.environ.get(USER_ENV)
    if args.user:  # every open_office in this run signs in as this user (db/office.py)
        os.environ[USER_ENV] = args.user
    try:
        return _dispatch(args)
    finally:
        if previous_user is None:
            os.environ.pop(USER_ENV, None)
        else:
            os.environ[USER_ENV] = previous_user


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        passphrase = None
        if args.db and (args.passphrase_file or os.environ.get(PASSPHRASE_ENV)):
            try:
                passphrase = read_passphrase(args)
            except CliError as exc:
                print(f"advisordesk: {exc}", file=sys.stderr)
                return 2
        from ui.app import run_gui

        return run_gui(args.db, passphrase)
    from app.access import PermissionDenied
    from app.cli_support import cli_sign_ins
    from db.errors import OfficeError

    try:
        with cli_sign_ins(args.command):  # each writable open is a sign-in in the audit chain
            return int(args.func(args))
    except (CliError, OfficeError, PermissionDenied) as exc:
        print(f"advisordesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("advisordesk: interrupted; nothing was half-written.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

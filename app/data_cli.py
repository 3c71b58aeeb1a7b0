"""Command-line import, export, duplicates and data quality (no Qt).

main.py import FILE SOURCE [--mapping NAME] [--match-key KEY] [--dry-run]
                [--skip-invalid] [--encoding ENC] [--save-mapping NAME]
main.py export FILE --out PATH [--columns a,b,c] [--list NAME] [--unmasked]
main.py duplicates FILE [--json] [--limit N]
main.py quality FILE [--json] [--limit N] [--tasks]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli_support import CliError, cli_actor, read_passphrase


def cmd_import(args: argparse.Namespace) -> int:
    from app.client_import import (
        ClientImporter,
        ImportAborted,
        ImportOptions,
    )
    from app.clients import ClientService
    from app.import_mapping import MappingError, TemplateService, suggest_mapping
    from app.import_read import ImportReadError, read_source
    from db.office import open_office

    source = Path(args.source)
    try:
        table = read_source(source, args.encoding)  # before unlocking: no KDF for a typo
    except ImportReadError as exc:
        raise CliError(str(exc)) from None
    office = open_office(Path(args.file), read_passphrase(args))
    try:
        with office.session() as s:
            if args.mapping:
                try:
                    template = TemplateService(s).get(args.mapping)
                except LookupError as exc:
                    raise CliError(str(exc)) from None
                mapping, match_key = template.mapping, template.match_key
            else:
                mapping = suggest_mapping(table.headers, ClientService(s).custom_fields())
                match_key = "id_number"
        match_key = args.match_key or match_key
        options = ImportOptions(
            mapping=mapping,
            match_key=match_key,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            template=args.mapping,
            acknowledge_missing_consent=args.acknowledge_missing_consent,
        )
        try:
            with office.transaction() as s:
                report = ClientImporter(s, cli_actor()).run(table, options)
                if args.save_mapping and report.committed:
                    TemplateService(s).save(
                        args.save_mapping, mapping, match_key, _version(s, args.save_mapping)
                    )
        except (MappingError, ImportAborted) as exc:
            raise CliError(str(exc)) from None
    finally:
        office.close()
    unmapped = [h for h in table.headers if h not in mapping]
    print(
        f"Read {len(table.rows):,} rows from {source.name} ({table.kind}, {table.encoding or 'xlsx'})."
    )
    print("Mapping: " + ", ".join(f"{h} -> {t}" for h, t in mapping.items()))
    if unmapped:
        print("Not imported (no field): " + ", ".join(unmapped))
    for error in report.errors[: args.errors]:
        where = f"row {error.row}" + (f", column {error.column}" if error.column else "")
        print(f"  {where}: {error.message}")
    if len(report.errors) > args.errors:
        print(f"  ... and {len(report.errors) - args.errors:,} more problems")
    for row in report.rows:
        if row.action == "duplicate":
            print(f"  row {row.row}: skipped, {row.reasons[0]}")
    print(report.summary())
    if report.dry_run:
        return 1 if report.invalid else 0
    if report.committed:  # with --skip-invalid: failing only when every row was invalid
        return 1 if report.invalid and not (report.created or report.updated) else 0
    return 1


def _version(session, name: str) -> int | None:  # type: ignore[no-untyped-def]
    from app.import_mapping import TemplateService

    try:
        return TemplateService(session).get(name).version
    except LookupError:
        return None


def cmd_export(args: argparse.Namespace) -> int:
    from app.access import PermissionDenied
    from app.client_export import DEFAULT_COLUMNS, ExportError, check_columns, export_clients
    from db.office import open_office

    columns = (
        [c.strip() for c in args.columns.split(",")] if args.columns else list(DEFAULT_COLUMNS)
    )
    try:
        check_columns(columns)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    out = Path(args.out)
    if out.exists():
        raise CliError(f"{out.name} already exists; choose a new name (not overwriting).")
    office = open_office(Path(args.file), read_passphrase(args))
    try:
        with office.transaction() as s:
            ids = None
            if args.list:
                from app.smart_lists import SmartListService

                try:
                    ids = SmartListService(s).client_ids(args.list)
                except LookupError as exc:
                    raise CliError(str(exc)) from None
            result = export_clients(
                s, out, columns, ids=ids, unmasked=args.unmasked, actor=cli_actor()
            )
    except (ExportError, PermissionDenied) as exc:
        raise CliError(str(exc)) from None
    finally:
        office.close()
    masked = "ID numbers in full (recorded)" if result.unmasked else "ID numbers masked"
    print(f"Wrote {out.name}: {result.rows:,} clients, {len(columns)} columns, {masked}.")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from app.duplicates import find_duplicates
    from db.office import open_office

    if args.limit < 1:
        raise CliError("--limit must be at least 1.")
    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        with office.session() as s:
            pairs = find_duplicates(s)
            truth = None
            if args.known:
                from app.demo_duplicates import known_duplicates

                truth = known_duplicates(s)
    finally:
        office.close()
    stats = None
    if truth is not None:
        from app.duplicates import precision_recall

        stats = precision_recall(pairs, set(truth))
    shown = pairs[: args.limit]
    if args.json:
        out = {
            "pairs": len(pairs),
            "top": [
                {
                    "first_id": p.first_id,
                    "second_id": p.second_id,
                    "first_name": p.first_name,
                    "second_name": p.second_name,
                    "score": p.score,
                    "reasons": p.reasons,
                }
                for p in shown
            ],
        }
        if stats is not None:
            out["known"] = stats
        print(json.dumps(out, ensure_ascii=False))
        return 0
    for p in shown:
        print(
            f"{p.score:.2f}\t{p.first_id}\t{p.first_name}\t{p.second_id}\t{p.second_name}\t"
            + ", ".join(p.reasons)
        )
    print(
        f"{len(pairs):,} likely duplicate pairs"
        + (f" (showing {len(shown):,})" if len(shown) < len(pairs) else "")
        + "."
    )
    if stats is not None:
        print(
            f"Against the {stats['known']:,} seeded pairs: precision {stats['precision']:.1%}, "
            f"recall {stats['recall']:.1%}."
        )
    return 0


def cmd_quality(args: argparse.Namespace) -> int:
    from app.data_quality import create_tasks, quality_report
    from db.office import open_office

    if args.limit < 0:
        raise CliError("--limit must be 0 or more.")
    office = open_office(Path(args.file), read_passphrase(args), read_only=not args.tasks)
    try:
        with office.transaction() as s:
            report = quality_report(s)
            created = create_tasks(s, report) if args.tasks else 0
    finally:
        office.close()
    worst = report.clients[: args.limit]
    if args.json:
        print(
            json.dumps(
                {
                    "clients_checked": report.clients_checked,
                    "average_completeness": report.average_score,
                    "required": report.required,
                    "missing_by_field": report.missing_by_field,
                    "invalid_by_field": report.invalid_by_field,
                    "stale": report.stale,
                    "tasks_created": created,
                    "worst": [
                        {
                            "id": c.client_id,
                            "name": c.name,
                            "score": c.score,
                            "problems": [[p.kind, p.field, p.message] for p in c.problems],
                        }
                        for c in worst
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(
        f"{report.clients_checked:,} clients checked; average completeness "
        f"{report.average_score:.1%} (required: {', '.join(report.required)})."
    )
    print(
        "Missing: "
        + (", ".join(f"{k} {v:,}" for k, v in report.missing_by_field.items()) or "none")
    )
    print(
        "Invalid: "
        + (", ".join(f"{k} {v:,}" for k, v in report.invalid_by_field.items()) or "none")
    )
    print(f"Stale (over {report.stale_months} months): {report.stale:,}")
    for c in worst:
        detail = "; ".join(p.message for p in c.problems)
        print(f"{c.client_id}\t{c.name}\t{c.score:.0%}\t{detail}")
    if args.tasks:
        print(f"Created {created:,} follow-up tasks.")
    return 0


def register(add) -> None:  # type: ignore[no-untyped-def]
    p = add("import", "import clients from CSV, XLSX or vCard")
    p.add_argument("file")
    p.add_argument("source", help="the .csv, .xlsx or .vcf file to import")
    p.add_argument("--mapping", help="a saved mapping template (default: suggested)")
    p.add_argument(
        "--match-key", help="id_number (default), passport_number, phone, email, custom.KEY"
    )
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, skip the rest"
    )
    p.add_argument(
        "--encoding", help="utf-8, utf-8-sig, gb18030, gbk, utf-16 ... (default: detected)"
    )
    p.add_argument("--save-mapping", help="save the mapping used under this name")
    p.add_argument(
        "--acknowledge-missing-consent",
        action="store_true",
        help="store ID numbers of clients without a sensitive-information consent (recorded)",
    )
    p.add_argument("--errors", type=int, default=50, help="problems listed (default 50)")
    p.set_defaults(func=cmd_import)
    p = add("export", "export clients or a smart list to CSV or XLSX")
    p.add_argument("file")
    p.add_argument("--out", required=True, help="a new .csv or .xlsx file")
    p.add_argument("--columns", help="comma-separated column keys")
    p.add_argument("--list", help="only the clients of this smart list")
    p.add_argument("--unmasked", action="store_true", help="ID numbers in full (recorded)")
    p.set_defaults(func=cmd_export)
    p = add("duplicates", "list likely duplicate clients with the reasons")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument(
        "--known",
        action="store_true",
        help="demo offices: precision and recall against the seeded pairs",
    )
    p.set_defaults(func=cmd_duplicates)
    p = add("quality", "completeness, invalid values and stale cards")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20, help="worst cards listed")
    p.add_argument(
        "--tasks", action="store_true", help="create follow-up tasks for the worst cards"
    )
    p.set_defaults(func=cmd_quality)

"""Command line for portfolios: import-portfolio FILE KIND CSV [--dry-run].

A rejected file prints one line per bad cell (row, column, reason) and writes nothing.
No Qt here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli_support import CliError, cli_actor, read_passphrase
from app.portfolio_import import KINDS, ImportFileError, import_portfolio_csv

MAX_LISTED = 200


def cmd_import_portfolio(args: argparse.Namespace) -> int:
    from db.office import open_office

    csv_path = Path(args.csv)
    try:
        data = csv_path.read_bytes()
    except OSError:
        raise CliError(f"Cannot read the CSV file {csv_path}.") from None
    office = open_office(Path(args.file), read_passphrase(args))
    try:
        with office.transaction() as session:
            try:
                report = import_portfolio_csv(
                    session, args.kind, data, dry_run=args.dry_run, actor=cli_actor()
                )
            except ImportFileError as exc:
                raise CliError(f"{exc} Nothing was imported.") from None
    finally:
        office.close()
    for error in report.errors[:MAX_LISTED]:
        print(error)
    if len(report.errors) > MAX_LISTED:
        print(f"... and {len(report.errors) - MAX_LISTED} more.")
    print(report.summary())
    return 0 if report.ok else 1


def register(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("import-portfolio", "import products, accounts, holdings or transactions from CSV")
    p.add_argument("file", help="the office file")
    p.add_argument("kind", choices=KINDS, help="what the CSV holds")
    p.add_argument("csv", help="a UTF-8 CSV file (a BOM is fine); see docs/portfolio.md")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.set_defaults(func=cmd_import_portfolio)

"""`audit verify FILE [--anchor SEQ:HASH ...] [--backups DIR]`: exit 0 for an intact
chain; otherwise one line naming the first broken link by its sequence number, exit 1.

Anchors are heads seen elsewhere (a printed pack's footer, a backup's manifest); each must
still be in the chain, which catches a rewritten chain or an office rolled back to an
older copy. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli_support import CliError, read_passphrase


def cmd_audit(args: argparse.Namespace) -> int:
    from app import audit
    from app.backups import list_backups
    from db.office import open_office

    anchors = []
    for text in args.anchor or []:
        try:
            anchors.append(audit.Anchor.parse(text, f"the anchor {text}"))
        except ValueError as exc:
            raise CliError(str(exc)) from None
    path = Path(args.file)
    if args.backups:
        folder = Path(args.backups)
        if not folder.is_dir():
            raise CliError(f"The backup folder {folder} does not exist.")
        anchors += [
            audit.Anchor(b.facts.audit_seq, b.facts.audit_hash, f"backup {b.path.name}")
            for b in list_backups(folder, path.name)
        ]
    office = open_office(path, read_passphrase(args), read_only=True, migrate_schema=False)
    try:
        with office.session() as s:
            report = audit.verify_chain(s, anchors)
    finally:
        office.close()
    if not report.ok:
        print(report.message(), file=sys.stderr)
        return 1
    print(report.message())
    if report.anchors_checked:
        print(f"All {report.anchors_checked} anchors are in the chain.")
    return 0


def register(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    # every command (user-role, share …) records permission changes in the chain
    import app.audit_permissions  # noqa: F401

    p = add("audit", "check the tamper-evident audit trail")
    p.add_argument("action", choices=["verify"])
    p.add_argument("file")
    p.add_argument(
        "--anchor", action="append", help="a head SEQ:HASH seen elsewhere (e.g. a pack footer)"
    )
    p.add_argument("--backups", help="a backup folder: every backup's recorded head is an anchor")
    p.set_defaults(func=cmd_audit)

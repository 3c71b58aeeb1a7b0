"""`backup FILE --to DIR`, `verify BACKUP`, `restore BACKUP --to FILE [--force]`.

Replaces the foundation's `backup FILE TARGET`: a backup now always goes into a folder,
is verified, gets its manifest and is rotated (app/backups.py). Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli_support import CliError, read_passphrase


def _opener(args: argparse.Namespace) -> Callable[[Path], object]:
    from db.office import open_office

    passphrase = read_passphrase(args)
    return lambda path: open_office(path, passphrase, read_only=True, migrate_schema=False)


def cmd_backup(args: argparse.Namespace) -> int:
    from app.backups import BackupError, Rotation, configured, make_backup
    from db.office import open_office

    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        _, rotation = configured(office)
        rotation = Rotation(
            args.keep_daily if args.keep_daily is not None else rotation.daily,
            args.keep_weekly if args.keep_weekly is not None else rotation.weekly,
            args.keep_monthly if args.keep_monthly is not None else rotation.monthly,
        )
        if min(rotation.daily, rotation.weekly, rotation.monthly) < 0:
            raise CliError("--keep-daily, --keep-weekly and --keep-monthly must be 0 or more.")
        try:
            result = make_backup(office, Path(args.to), rotation=rotation)
        except BackupError as exc:
            raise CliError(str(exc)) from None
    finally:
        office.close()
    f = result.info.facts
    print(
        f"Backed up {Path(args.file).name} to {result.info.path} (encrypted, verified: "
        f"{f.counts.get('clients', 0):,} clients, audit head {f.audit_seq} "
        f"{f.audit_hash[:16]})."
    )
    for path in result.removed:
        print(f"Rotated out {path.name}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.backups import BackupError, verify_backup

    backup = Path(args.backup)
    if not backup.is_file():
        raise CliError(f"There is no backup file named {backup.name}.")
    try:
        report = verify_backup(backup, _opener(args))  # type: ignore[arg-type]
    except BackupError as exc:
        raise CliError(str(exc)) from None
    for line in report.lines():
        print(line)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.backups import BackupError, restore_backup

    backup, target = Path(args.backup), Path(args.to)
    if not backup.is_file():
        raise CliError(f"There is no backup file named {backup.name}.")
    if target.exists() and not args.force:  # before the passphrase: no KDF for a refusal
        raise CliError(
            f"{target.name} already exists; restore to a new name, or add --force to replace "
            "it (the replaced file is kept beside it)."
        )
    try:
        result = restore_backup(backup, target, _opener(args), force=args.force)  # type: ignore[arg-type]
    except BackupError as exc:
        raise CliError(str(exc)) from None
    print(
        f"Restored {backup.name} to {target} ({result.report.facts.counts.get('clients', 0):,} clients)."
    )
    if result.replaced is not None:
        print(f"The file it replaced is kept as {result.replaced.name}.")
    return 0


def register(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("backup", "write a verified, encrypted backup into a folder and rotate old ones")
    p.add_argument("file")
    p.add_argument("--to", required=True, help="the backup folder")
    p.add_argument("--keep-daily", type=int, help="daily backups kept (office setting: 7)")
    p.add_argument("--keep-weekly", type=int, help="weekly backups kept (office setting: 4)")
    p.add_argument("--keep-monthly", type=int, help="monthly backups kept (office setting: 12)")
    p.set_defaults(func=cmd_backup)
    p = add("verify", "check a backup: it opens, passes integrity checks, matches its record")
    p.add_argument("backup")
    p.set_defaults(func=cmd_verify)
    p = add("restore", "restore a backup into a new office file (atomically)")
    p.add_argument("backup")
    p.add_argument("--to", required=True, help="the office file to create")
    p.add_argument("--force", action="store_true", help="replace an existing file (kept aside)")
    p.set_defaults(func=cmd_restore)

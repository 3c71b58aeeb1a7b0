"""Command-line user management and key rotation (no Qt).

Every command signs in as `--user NAME` (main.py's global option; default: the office's
only user, or the admin who created it) with that user's passphrase (--passphrase-file,
ADVISORDESK_PASSPHRASE or a prompt). A new passphrase for someone else comes from
--new-passphrase-file, ADVISORDESK_NEW_PASSPHRASE or a prompt asked twice; never from an
argument, which other processes could read.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.access import PermissionDenied
from app.cli_support import CliError, read_passphrase
from app.validation import ValidationError

NEW_PASSPHRASE_ENV = "ADVISORDESK_NEW_PASSPHRASE"


def _new_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "new_passphrase_file", None):
        try:
            text = Path(args.new_passphrase_file).read_text(encoding="utf-8")
        except OSError:
            raise CliError(f"Cannot read the passphrase file {args.new_passphrase_file}.") from None
        return text.rstrip("\r\n")
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    if sys.stdin.isatty():
        first = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat the new passphrase: ") != first:
            raise CliError("The two passphrases differ; nothing was changed.")
        return first
    raise CliError(
        f"No new passphrase: set {NEW_PASSPHRASE_ENV}, use --new-passphrase-file, or run in a "
        "terminal."
    )


def _run(args: argparse.Namespace, action, passphrase: str | None = None) -> int:  # type: ignore[no-untyped-def]
    from app.users import UserService
    from db.key_rotation import OfficeKeys
    from db.office import open_office

    office = open_office(Path(args.file), passphrase or read_passphrase(args))
    try:
        message = action(office, lambda s: UserService(s, OfficeKeys(office)))
    except (PermissionDenied, LookupError) as exc:
        raise CliError(str(exc).strip("'\"")) from None
    except ValidationError as exc:
        raise CliError("; ".join(e.message for e in exc.errors)) from None
    finally:
        office.close()
    print(message)
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    def action(office, users):  # type: ignore[no-untyped-def]
        with office.session() as s:
            service = users(s)
            rows = service.list()
            due = service.rekey_due()
        lines = [
            f"{r.name}\t{r.role}\t{'active' if r.active else 'removed'}\t{r.shared_clients} shared"
            for r in rows
        ]
        if due:
            lines.append("A user was removed since the key last changed: run `rekey`.")
        return "\n".join(lines)

    return _run(args, action)


def cmd_user_add(args: argparse.Namespace) -> int:
    new = _new_passphrase(args)

    def action(office, users):  # type: ignore[no-untyped-def]
        with office.transaction() as s:
            users(s).add(args.name, args.role, new, display_name=args.display_name or "")
        return f"Added {' '.join(args.name.split())} ({args.role})."

    return _run(args, action)


def cmd_user_role(args: argparse.Namespace) -> int:
    def action(office, users):  # type: ignore[no-untyped-def]
        with office.transaction() as s:
            users(s).set_role(args.name, args.role)
        return f"{args.name} is now {args.role}."

    return _run(args, action)


def cmd_user_passphrase(args: argparse.Namespace) -> int:
    current = read_passphrase(args)
    new = _new_passphrase(args)

    def action(office, users):  # type: ignore[no-untyped-def]
        own = office.user == args.name
        with office.transaction() as s:
            # one's own: the passphrase just used to sign in is the current one
            users(s).change_passphrase(args.name, new, current=current if own else None)
        return f"Changed the passphrase of {args.name} (one key slot rewritten)."

    return _run(args, action, current)


def cmd_user_remove(args: argparse.Namespace) -> int:
    def action(office, users):  # type: ignore[no-untyped-def]
        with office.transaction() as s:
            users(s).remove(args.name)
        return (
            f"Removed {args.name} and their key slot. Run `rekey` now, so that an old copy of "
            "the key-slot file cannot open the office."
        )

    return _run(args, action)


def cmd_share(args: argparse.Namespace) -> int:
    def action(office, users):  # type: ignore[no-untyped-def]
        with office.transaction() as s:
            if args.remove:
                users(s).unshare(args.client, args.with_user)
                return f"Client {args.client} is no longer shared with {args.with_user}."
            users(s).share(args.client, args.with_user)
        return f"Shared client {args.client} with {args.with_user}."

    return _run(args, action)


def cmd_rekey(args: argparse.Namespace) -> int:
    from app.users import rotate_key

    def action(office, _users):  # type: ignore[no-untyped-def]
        rotate_key(office)
        return (
            f"Changed the key of {office.path.name}; every remaining user keeps their "
            "passphrase. Backups taken before now still open with the old key-slot file."
        )

    return _run(args, action)


def cmd_setup_users(args: argparse.Namespace) -> int:
    from app.users import set_up_accounts

    passphrase = read_passphrase(args)

    def action(office, _users):  # type: ignore[no-untyped-def]
        set_up_accounts(office, args.admin, passphrase)
        return (
            f"{office.path.name} now has user accounts; {' '.join(args.admin.split())} is its "
            "admin and signs in with the office passphrase (change it with user-passphrase)."
        )

    return _run(args, action, passphrase)


def register(add) -> None:  # type: ignore[no-untyped-def]
    def with_new(p: argparse.ArgumentParser) -> None:
        p.add_argument("--new-passphrase-file", help="read the new passphrase from this file")

    p = add("users", "list the office's users and their roles")
    p.add_argument("file")
    p.set_defaults(func=cmd_users)
    p = add("user-add", "add a user with a role and an initial passphrase (admin)")
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--role", required=True, help="admin, advisor, assistant or compliance")
    p.add_argument("--display-name")
    with_new(p)
    p.set_defaults(func=cmd_user_add)
    p = add("user-role", "change a user's role (admin)")
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--role", required=True)
    p.set_defaults(func=cmd_user_role)
    p = add("user-passphrase", "change your passphrase, or reset anyone's as an admin")
    p.add_argument("file")
    p.add_argument("name")
    with_new(p)
    p.set_defaults(func=cmd_user_passphrase)
    p = add("user-remove", "remove a user and their key slot (admin); then run rekey")
    p.add_argument("file")
    p.add_argument("name")
    p.set_defaults(func=cmd_user_remove)
    p = add("share", "share a client with an advisor, or stop sharing (admin)")
    p.add_argument("file")
    p.add_argument("--client", type=int, required=True)
    p.add_argument("--with", dest="with_user", required=True, metavar="NAME")
    p.add_argument("--remove", action="store_true")
    p.set_defaults(func=cmd_share)
    p = add("rekey", "give the office a new key, sealed to every remaining user (admin)")
    p.add_argument("file")
    p.set_defaults(func=cmd_rekey)
    p = add("setup-users", "give a one-passphrase office user accounts, you as the admin")
    p.add_argument("file")
    p.add_argument("--admin", required=True, help="the first admin's name")
    p.set_defaults(func=cmd_setup_users)

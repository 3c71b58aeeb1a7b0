"""What every command-line command shares: the passphrase, the acting user, one error type.

Lives in app/ (not main.py) so each area's commands can sit in its own module
(app/*_cli.py) and main.py only wires them together. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.office import Office

PASSPHRASE_ENV = "ADVISORDESK_PASSPHRASE"


class CliError(Exception):
    """An expected failure: one line on stderr, non-zero exit."""


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file, the environment, or a prompt; never from an argument."""
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError:
            raise CliError(f"Cannot read the passphrase file {args.passphrase_file}.") from None
        passphrase = text.rstrip("\r\n")
    elif os.environ.get(PASSPHRASE_ENV):
        passphrase = os.environ[PASSPHRASE_ENV]
    elif sys.stdin.isatty():
        passphrase = getpass.getpass("Office passphrase: ")
        if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
            raise CliError("The two passphrases differ; nothing was created.")
    else:
        raise CliError(
            f"No passphrase: set {PASSPHRASE_ENV}, use --passphrase-file, or run in a terminal."
        )
    if not passphrase:
        raise CliError("The passphrase is empty.")
    return passphrase


def cli_actor() -> str:
    """Who is acting, for the access log: the signed-in office user (--user), else the
    operating-system user."""
    from db.office import USER_ENV

    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV][:100]
    try:
        return getpass.getuser()[:100] or "cli"
    except (KeyError, OSError):
        return "cli"


@contextmanager
def cli_sign_ins(command: str) -> Iterator[None]:
    """While a command runs, every office it opens writable records a sign-in in the audit
    chain: the actor (the office user, else the operating-system user), channel "cli" and
    the command's name, as the GUI records its own sign-ins; failed unlocks of that user
    just before are written down with it (app/users.record_failed_sign_ins).

    Written when the command closes the office, and only if it did not fail: bad input
    must leave the office byte for byte as it was, and a command that fails has not done
    what it signed in for (it said why on stderr). Read-only opens record nothing either:
    the chain cannot be written through a read-only connection, and a read-only command
    leaves the file as it found it. Nor does an office opened without upgrading an older
    schema (it may predate the chain)."""
    from db import migrate
    from db.office import ON_OPEN

    def write_sign_in(office: Office) -> None:
        if sys.exc_info()[0] is not None:
            return  # closed while the command's failure propagates: nothing is written
        from app import audit
        from app.users import record_failed_sign_ins

        audit.record_sign_in(office, office.user or cli_actor(), "cli", command=command)
        record_failed_sign_ins(office)

    def opened(office: Office) -> None:
        if not office.read_only and office.schema_revision == migrate.head_revision():
            office.before_close(write_sign_in)

    token = ON_OPEN.set(opened)
    try:
        yield
    finally:
        ON_OPEN.reset(token)

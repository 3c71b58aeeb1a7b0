"""What every command-line command shares: the passphrase, the acting user, one error type.

Lives in app/ (not main.py) so each area's commands can sit in its own module
(app/*_cli.py) and main.py only wires them together. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

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

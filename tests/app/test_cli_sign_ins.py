# ruff: noqa: F811  (fixtures imported from tests/app/security_office.py)
"""Command-line sign-ins enter the audit chain (app/cli_support.py cli_sign_ins), through
main.main as a user runs the commands: actor, channel "cli" and the command's name for a
writable open; nothing for a read-only open or a failed unlock (that one is counted and
written down with the next sign-in)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import main
from app import audit
from app.cli_support import PASSPHRASE_ENV, cli_actor
from db import unlock_attempts
from db.office import open_office
from tests.app.security_office import (  # noqa: F401
    ADMIN,
    LI,
    PASSPHRASES,
    secure_path,
    security_template,
)
from tests.conftest import PASSPHRASE, sha256


def run(monkeypatch: pytest.MonkeyPatch, capsys: Any, passphrase: str, *argv: str) -> int:
    monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
    code = main.main(list(argv))
    capsys.readouterr()
    return code


def entries(path: Path, passphrase: str, user: str | None = None) -> list[tuple[Any, ...]]:
    """(actor, action, detail) of every sign-in entry, after checking the chain."""
    office = open_office(path, passphrase, read_only=True, user=user)
    try:
        with office.session() as s:
            report = audit.verify_chain(s)
            rows = s.execute(
                text(
                    "SELECT actor, action, detail FROM audit_entry "
                    "WHERE action IN ('sign_in', 'sign_in_failed') ORDER BY seq"
                )
            ).all()
    finally:
        office.close()
    assert report.ok, report.message()
    return [(a, b, json.loads(c)) for a, b, c in rows]


def test_a_writable_command_records_its_sign_in(office_path: Path, monkeypatch, capsys) -> None:
    assert entries(office_path, PASSPHRASE) == []
    assert run(monkeypatch, capsys, PASSPHRASE, "purge", str(office_path)) == 0
    assert entries(office_path, PASSPHRASE) == [
        (cli_actor(), "sign_in", {"via": "cli", "command": "purge"})
    ]


def test_read_only_commands_record_nothing_and_leave_the_file(
    office_path: Path, monkeypatch, capsys
) -> None:
    before = sha256(office_path)
    assert run(monkeypatch, capsys, PASSPHRASE, "find", str(office_path), "Template") == 0
    assert run(monkeypatch, capsys, PASSPHRASE, "consent-report", str(office_path)) == 0
    assert sha256(office_path) == before
    assert entries(office_path, PASSPHRASE) == []


def test_a_wrong_passphrase_records_nothing(office_path: Path, monkeypatch, capsys) -> None:
    before = sha256(office_path)
    assert run(monkeypatch, capsys, "not the passphrase", "purge", str(office_path)) == 2
    assert sha256(office_path) == before


def test_the_user_option_names_the_actor_and_failures_are_written_down(
    secure_path: Path, monkeypatch, capsys
) -> None:
    clock = [time.time()]
    monkeypatch.setattr(unlock_attempts, "_now", lambda: clock[0])
    argv = ("--user", ADMIN, "purge", str(secure_path))
    assert run(monkeypatch, capsys, "wrong wrong", *argv) == 2
    clock[0] += 60  # past the wait a failure imposes
    assert run(monkeypatch, capsys, PASSPHRASES[ADMIN], *argv) == 0
    assert entries(secure_path, PASSPHRASES[ADMIN]) == [
        (ADMIN, "sign_in", {"via": "cli", "command": "purge"}),
        (ADMIN, "sign_in_failed", {"count": 1}),
    ]


def test_a_failing_command_records_nothing(secure_path: Path, monkeypatch, capsys) -> None:
    """Li may not purge: the command fails with one line and the office is as it was."""
    before = sha256(secure_path)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASES[LI])
    assert main.main(["--user", LI, "purge", str(secure_path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert sha256(secure_path) == before
    assert entries(secure_path, PASSPHRASES[ADMIN]) == []


def test_opening_outside_a_command_records_nothing(office_path: Path) -> None:
    """The hook is the command line's own: the GUI (and any other caller) records its
    sign-ins itself, so open_office alone writes nothing."""
    office = open_office(office_path, PASSPHRASE)
    office.close()
    assert entries(office_path, PASSPHRASE) == []

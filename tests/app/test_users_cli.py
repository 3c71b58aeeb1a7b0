# ruff: noqa: F811  (fixtures imported from tests/app/security_office.py)
"""The user commands and the global --user option, through main.main as a user runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import main
from app.cli_support import PASSPHRASE_ENV
from app.security_cli import NEW_PASSPHRASE_ENV
from db.errors import WrongPassphrase
from db.key_slots import slot_path
from db.office import USER_ENV, open_office
from tests.app.security_office import (  # noqa: F401
    ADMIN,
    CHEN,
    COMPLIANCE,
    LI,
    PASSPHRASES,
    client_ids,
    secure_path,
    security_template,
)
from tests.conftest import PASSPHRASE, sha256


def run(
    monkeypatch: pytest.MonkeyPatch, capsys, passphrase: str, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_users_lists_for_the_default_admin(secure_path: Path, monkeypatch, capsys) -> None:
    code, out, _err = run(monkeypatch, capsys, PASSPHRASES[ADMIN], "users", str(secure_path))
    assert code == 0
    assert f"{LI}\tadvisor\tactive" in out and f"{COMPLIANCE}\tcompliance\tactive" in out


def test_global_user_option_signs_in_as_that_user(secure_path: Path, monkeypatch, capsys) -> None:
    before = slot_path(secure_path).read_bytes()
    code, out, err = run(
        monkeypatch, capsys, PASSPHRASES[LI], "--user", LI, "users", str(secure_path)
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "may not manage users" in err and LI in err
    assert USER_ENV not in __import__("os").environ  # not left behind for the next command
    code, _out, err = run(
        monkeypatch, capsys, PASSPHRASES[LI], "--user", "Nobody", "users", str(secure_path)
    )
    assert code == 2 and "no active user called Nobody" in err
    code, _out, err = run(
        monkeypatch, capsys, "wrong wrong wrong", "--user", LI, "users", str(secure_path)
    )
    assert code == 2 and "does not open" in err and "wrong wrong" not in err
    assert slot_path(secure_path).read_bytes() == before


def test_add_remove_rekey(secure_path: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    new = tmp_path / "new.txt"
    new.write_text("sun yue's passphrase\n", encoding="utf-8")
    admin = PASSPHRASES[ADMIN]
    code, out, err = run(
        monkeypatch,
        capsys,
        admin,
        "user-add",
        str(secure_path),
        "Sun Yue",
        "--role",
        "advisor",
        "--new-passphrase-file",
        str(new),
    )
    assert code == 0, err
    open_office(secure_path, "sun yue's passphrase", user="Sun Yue").close()

    code, _out, err = run(
        monkeypatch,
        capsys,
        admin,
        "user-add",
        str(secure_path),
        "X",
        "--role",
        "boss",
        "--new-passphrase-file",
        str(new),
    )
    assert code == 2 and "Choose one of: admin, advisor" in err

    old_slots = tmp_path / "old.keys"
    shutil.copy(slot_path(secure_path), old_slots)
    code, out, _err = run(monkeypatch, capsys, admin, "user-remove", str(secure_path), CHEN)
    assert code == 0 and "rekey" in out
    code, out, _err = run(monkeypatch, capsys, admin, "users", str(secure_path))
    assert f"{CHEN}\tadvisor\tremoved" in out and "run `rekey`" in out
    code, out, err = run(monkeypatch, capsys, admin, "rekey", str(secure_path))
    assert code == 0, err
    code, out, _err = run(monkeypatch, capsys, admin, "users", str(secure_path))
    assert "rekey" not in out
    shutil.copy(old_slots, slot_path(secure_path))
    with pytest.raises(WrongPassphrase):
        open_office(secure_path, PASSPHRASES[CHEN], user=CHEN)


def test_own_passphrase_and_sharing(
    secure_path: Path, tmp_path: Path, monkeypatch, capsys, client_ids
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "li ming's new one")
    code, _out, err = run(
        monkeypatch, capsys, PASSPHRASES[LI], "--user", LI, "user-passphrase", str(secure_path), LI
    )
    assert code == 0, err
    code, _out, err = run(
        monkeypatch,
        capsys,
        "li ming's new one",
        "--user",
        LI,
        "user-passphrase",
        str(secure_path),
        CHEN,
    )
    assert code == 2 and "only their own passphrase" in err
    chens = str(client_ids[CHEN])
    code, out, err = run(
        monkeypatch,
        capsys,
        PASSPHRASES[ADMIN],
        "share",
        str(secure_path),
        "--client",
        chens,
        "--with",
        LI,
    )
    assert code == 0 and "Shared client" in out
    code, out, err = run(
        monkeypatch,
        capsys,
        PASSPHRASES[ADMIN],
        "share",
        str(secure_path),
        "--client",
        "99999",
        "--with",
        LI,
    )
    assert code == 2 and "no client 99999" in err


def test_setup_users_on_a_one_passphrase_office(
    office_path: Path, monkeypatch, capsys, tmp_path
) -> None:
    from db import unlock_attempts

    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(tmp_path / "state"))
    code, _out, err = run(
        monkeypatch, capsys, PASSPHRASE, "--user", "Boss", "check", str(office_path)
    )
    assert code == 2 and "no key-slot file" in err
    code, _out, err = run(
        monkeypatch, capsys, PASSPHRASE, "setup-users", str(office_path), "--admin", "Boss"
    )
    assert code == 0, err
    code, _out, err = run(
        monkeypatch, capsys, PASSPHRASE, "--user", "Boss", "check", str(office_path)
    )
    assert code == 0, err
    before = sha256(office_path)
    code, _out, err = run(
        monkeypatch, capsys, PASSPHRASE, "setup-users", str(office_path), "--admin", "Boss"
    )
    assert code == 2 and "already has user accounts" in err
    assert sha256(office_path) == before

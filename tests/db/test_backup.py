"""`main.py backup`: a consistent, encrypted, atomic copy; bad targets change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

import main
from app.cards import ClientCard
from app.clients import ClientService
from db.errors import OfficeError, OfficeNotFound
from db.models import Client
from db.office import Office, backup_office, open_office
from db.sqlite_keys import SQLITE_MAGIC
from tests.conftest import PASSPHRASE


def test_backup_holds_uncheckpointed_commits_and_opens_with_the_passphrase(
    office: Office, tmp_path: Path
) -> None:
    with office.transaction() as s:  # committed, still in the -wal while the office is open
        ClientService(s).create(ClientCard(legal_name="王伟"))
    target = tmp_path / "backup.db"
    backup_office(office, target)
    assert target.read_bytes()[: len(SQLITE_MAGIC)] != SQLITE_MAGIC
    assert not target.with_name("backup.db.partial").exists()
    copy = open_office(target, PASSPHRASE, read_only=True)
    try:
        with copy.session() as s, office.session() as live:
            names = sorted(s.scalars(select(Client.legal_name)))
            assert names == sorted(live.scalars(select(Client.legal_name)))
            assert "王伟" in names
    finally:
        copy.close()


def test_backup_refuses_an_existing_file_and_a_missing_folder(
    office: Office, tmp_path: Path
) -> None:
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"keep me")
    with pytest.raises(OfficeError, match="already exists"):
        backup_office(office, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(OfficeNotFound):
        backup_office(office, tmp_path / "no-such-folder" / "b.db")


def test_a_failed_copy_leaves_no_file_that_looks_like_a_backup(
    office: Office, tmp_path: Path
) -> None:
    target = tmp_path / "backup.db"
    (tmp_path / "backup.db.partial").mkdir()  # the temporary name cannot be written
    with pytest.raises(OfficeError, match="could not be written"):
        backup_office(office, target)
    assert not target.exists()


def test_cli_backup_good_and_bad(
    office_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("ADVISORDESK_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "backups"
    assert main.main(["backup", str(office_path), "--to", str(folder)]) == 0
    (target,) = folder.glob("office-*.db")
    assert target.read_bytes()[: len(SQLITE_MAGIC)] != SQLITE_MAGIC
    missing = tmp_path / "no-such-folder" / "backups"
    assert main.main(["backup", str(office_path), "--to", str(missing)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not exist" in err[0]
    assert not missing.parent.exists()

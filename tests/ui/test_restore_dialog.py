"""The Backups and restore dialog (pytest-qt, offscreen): lists verified backups with
dates and counts, backs up now, restores into a new file in the background, and refuses
bad targets inline without touching anything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import audit
from app.backups import list_backups, make_backup
from db.office import Office, open_office
from tests.ui.conftest import PASSPHRASE, make_clients
from ui.dialogs.restore_dialog import RestoreDialog


@pytest.fixture
def folder(office: Office, tmp_path: Path) -> Path:
    make_clients(office, 5)
    backups = tmp_path / "backups"
    make_backup(office, backups, now=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC))
    make_clients_more(office)
    make_backup(office, backups, now=dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC))
    return backups


def make_clients_more(office: Office) -> None:
    from app.cards import ClientCard
    from app.clients import ClientService

    with office.transaction() as s:
        ClientService(s).create(ClientCard(legal_name="Later Client"))


@pytest.fixture
def dialog(qtbot, translations, office, folder):  # type: ignore[no-untyped-def]
    d = RestoreDialog(office, "admin", folder=folder)
    qtbot.addWidget(d)
    d.show()
    return d


def _cells(d: RestoreDialog, row: int) -> list[str]:
    return [d.table.item(row, c).text() for c in range(d.table.columnCount())]


def test_lists_backups_newest_first_with_dates_and_counts(dialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.table.rowCount() == 2 and not dialog.empty.isVisible()
    newest, older = _cells(dialog, 0), _cells(dialog, 1)
    local = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC).astimezone()
    assert newest[0] == f"{local:%Y-%m-%d %H:%M}"
    assert (newest[1], older[1]) == ("6", "5")
    assert newest[5].startswith("office-20261121-090000Z")
    assert dialog.selected() == dialog.backups[0] and dialog.restore_button.isEnabled()


def test_restores_into_a_new_file_that_opens(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.table.selectRow(1)
    target = tmp_path / "restored.db"
    dialog.restore_to(target)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.error.text() == ""
    assert dialog.status.text() == "Restored to restored.db (5 clients). Open it with File ▸ Open."
    copy = open_office(target, PASSPHRASE, read_only=True)
    try:
        with copy.session() as s:
            assert audit.verify_chain(s).ok
    finally:
        copy.close()
    with dialog.office.session() as s:
        (entry,) = audit.page(s, audit.AuditFilter(action="restore"), None, 5)
    assert entry.actor == "admin" and entry.target == "restored.db"


def test_bad_targets_are_refused_inline(dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"keep")
    dialog.restore_to(existing)
    assert "already exists" in dialog.error.text() and dialog.job is None
    assert existing.read_bytes() == b"keep"
    dialog.restore_to(tmp_path / "none" / "new.db")
    assert "folder does not exist" in dialog.error.text() and dialog.job is None
    dialog.restore_to(dialog.office.path)
    assert "already exists" in dialog.error.text()


def test_a_damaged_backup_is_not_restored(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = dialog.selected().path
    data = bytearray(path.read_bytes())
    data[4096 * 3 + 200] ^= 0xFF
    path.write_bytes(bytes(data))
    target = tmp_path / "restored.db"
    dialog.restore_to(target)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.error.isVisible() and dialog.error.text()
    assert not target.exists() and not list(tmp_path.glob("restored.db*"))


def test_back_up_now_adds_a_row(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.folder = dialog.scheduler.office.path.with_name("office backups")
    dialog.refresh()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: not dialog.scheduler.running, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5_000)
    assert dialog.status.text().startswith("Backed up and verified: office-")
    assert len(list_backups(dialog.folder)) == 1
    with dialog.office.session() as s:
        (entry,) = audit.page(s, audit.AuditFilter(action="backup"), None, 5)
    assert entry.target == dialog.backups[0].path.name


def test_a_backup_under_another_key_is_refused_clearly(
    qtbot, translations, office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from db.office import create_office

    other = create_office(tmp_path / "other.db", "another office passphrase")
    try:
        make_backup(other, tmp_path / "mixed")
    finally:
        other.close()
    d = RestoreDialog(office, "admin", folder=tmp_path / "mixed")
    qtbot.addWidget(d)
    target = tmp_path / "restored.db"
    d.restore_to(target)
    qtbot.waitUntil(lambda: d.job is None, timeout=30_000)
    assert "another key" in d.error.text() and not target.exists()

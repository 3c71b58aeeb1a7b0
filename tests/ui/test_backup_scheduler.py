"""Automatic backups from the main window: off until enabled (so other GUI tests write
none), daily when due, and on close: the close waits for the backup, then completes."""

from __future__ import annotations

import datetime as dt

from app import audit
from app.backups import default_folder, list_backups


def test_nothing_runs_until_enabled(window) -> None:  # type: ignore[no-untyped-def]
    assert not window.backups.enabled
    assert window.backups.before_close(window.close) is True
    window.close()
    assert not default_folder(window.office.path).exists()


def test_due_daily(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scheduler = window.backups
    assert scheduler.due()
    scheduler.start()
    qtbot.waitUntil(lambda: not scheduler.running, timeout=30_000)
    assert not scheduler.due()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)
    assert scheduler.due(later)


def test_close_backs_up_first_then_closes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.backups.enable()
    assert window.backups.timer.isActive()
    window.close()
    assert window.isVisible()  # waiting for the backup
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    (backup,) = list_backups(default_folder(window.office.path))
    assert backup.clients == 40
    with window.office.session() as s:
        (entry,) = audit.page(s, audit.AuditFilter(action="backup"), None, 5)
    assert entry.target == backup.path.name


def test_menu_entries_open_the_dialogs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.audit_backup_actions import open_audit_viewer, open_restore_dialog

    assert window.audit_action in window.privacy_menu.actions()
    assert window.restore_action in window.file_menu.actions()
    viewer = open_audit_viewer(window)
    qtbot.addWidget(viewer)
    assert viewer.model.rowCount() > 0  # the 40 clients' creations
    viewer.reject()
    restore = open_restore_dialog(window)
    qtbot.addWidget(restore)
    assert restore.folder == default_folder(window.office.path)
    restore.reject()

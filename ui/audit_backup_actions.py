"""The main window's entries for the audit trail and backups, kept out of main_window.py:
File ▸ Back up now / Backups and restore…, Privacy ▸ Audit trail…, and the window's
BackupScheduler (daily and on-close backups once ui/app.py enables it). The audit trail is
offered to those who may read it (compliance, admin), backups and restore to admins; the
automatic backups run whoever is signed in.

Texts are in the MainWindow context and bound to the window's Retranslator, so a language
switch renames them with the rest of the menus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from app import access
from ui.backup_scheduler import BackupScheduler


def add_audit_and_backup_actions(window: Any) -> None:
    """window: the MainWindow (office, actor, file_menu, privacy_menu, quit_action, _t)."""
    window.backups = BackupScheduler(window.office, window.actor, window)
    window.backups.message.connect(lambda text: window.statusBar().showMessage(text, 10_000))

    backup_now = QAction(window)
    backup_now.setObjectName("backupNow")
    window._t.bind(backup_now.setText, QT_TRANSLATE_NOOP("MainWindow", "&Back up now"))
    backup_now.triggered.connect(window.backups.start)
    backup_now.setEnabled(not window.office.read_only)
    restore = QAction(window)
    restore.setObjectName("backupsAndRestore")
    window._t.bind(restore.setText, QT_TRANSLATE_NOOP("MainWindow", "Backups and &restore…"))
    restore.triggered.connect(lambda: open_restore_dialog(window))
    window.file_menu.insertAction(window.quit_action, backup_now)
    window.file_menu.insertAction(window.quit_action, restore)
    window.file_menu.insertSeparator(window.quit_action)

    trail = QAction(window)
    trail.setObjectName("auditTrail")
    window._t.bind(trail.setText, QT_TRANSLATE_NOOP("MainWindow", "&Audit trail…"))
    trail.triggered.connect(lambda: open_audit_viewer(window))
    window.privacy_menu.addSeparator()
    window.privacy_menu.addAction(trail)
    window.backup_now_action, window.restore_action, window.audit_action = (
        backup_now,
        restore,
        trail,
    )
    # the services refuse anyway (app/access.py); the menu just does not offer it
    with window.office.session() as session:
        trail.setEnabled(access.can(session, access.AUDIT))
        restore.setEnabled(access.can(session, access.SETTINGS))


def open_audit_viewer(window: Any) -> Any:
    from ui.dialogs.audit_viewer import AuditViewerDialog

    dialog = AuditViewerDialog(window.office, window.actor, window)
    dialog.open()
    return dialog


def open_restore_dialog(window: Any) -> Any:
    from ui.dialogs.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window.office, window.actor, window.backups, window)
    dialog.open()
    return dialog

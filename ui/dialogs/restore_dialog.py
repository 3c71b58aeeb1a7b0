"""Backups and restore: the verified backups of this office with their dates and counts,
"Back up now", and "Restore to new file…".

The dialog restores only into a new file, never over the open office or any existing file
(the command line's `restore --force` exists for that). The backup is opened with the open
office's key, verified (integrity checks, its manifest, its audit chain) and copied under
a temporary name that one rename makes the new office (app/backups.py), all in a
BackgroundJob so the window stays responsive.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import audit
from app.backups import (
    BackupInfo,
    BackupResult,
    RestoreResult,
    configured,
    list_backups,
    open_with_key,
    restore_backup,
)
from db.office import Office
from ui.app_messages import app_message
from ui.background_job import BackgroundJob
from ui.backup_scheduler import BackupScheduler
from ui.widgets.fields import ErrorLabel
from ui.widgets.tables import read_only_table

CTX = "RestoreDialog"
COLUMNS = (
    QT_TRANSLATE_NOOP("RestoreDialog", "Made"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Clients"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Timeline entries"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Audit entries"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Audit head"),
    QT_TRANSLATE_NOOP("RestoreDialog", "File"),
)


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


class RestoreDialog(QDialog):
    def __init__(
        self,
        office: Office,
        actor: str,
        scheduler: BackupScheduler | None = None,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.actor = actor
        self.scheduler = scheduler or BackupScheduler(office, actor, self)
        self.folder = folder or configured(office)[0]
        self.backups: list[BackupInfo] = []
        self.job: BackgroundJob | None = None
        self.restored: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Backups and restore"))
        self.resize(920, 460)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(QCoreApplication.translate("RestoreDialog", "Other folder…"))
        choose.clicked.connect(self.choose_folder)
        top.addWidget(self.folder_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)

        self.table = read_only_table("backupTable", [tr(c) for c in COLUMNS], single=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            QCoreApplication.translate("RestoreDialog", "No verified backups in this folder yet.")
        )
        self.empty.setObjectName("noBackups")
        self.empty.setStyleSheet("color: gray;")
        layout.addWidget(self.empty)

        hint = QLabel(
            QCoreApplication.translate(
                "RestoreDialog",
                "Only backups that passed their checks are listed. Restoring writes a new "
                "office file; the open office is not changed. Open the new file with File ▸ "
                "Open when it is ready.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        self.error = ErrorLabel()
        self.error.setObjectName("dialogError")
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("restoreStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(QCoreApplication.translate("RestoreDialog", "Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setEnabled(not office.read_only)
        self.restore_button = QPushButton(
            QCoreApplication.translate("RestoreDialog", "Restore to new file…")
        )
        self.restore_button.setObjectName("restoreButton")
        close = QPushButton(QCoreApplication.translate("RestoreDialog", "Close"))
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.choose_target)
        close.clicked.connect(self.reject)
        self.scheduler.finished.connect(self._backed_up)
        self.scheduler.message.connect(self.status.setText)
        self.refresh()

    # ---- the list --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.folder_label.setText(
            QCoreApplication.translate("RestoreDialog", "Folder: %1").replace(
                "%1", str(self.folder)
            )
        )
        self.backups = list_backups(self.folder)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            counts = info.facts.counts
            cells = (
                info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                f"{counts.get('clients', 0):,}",
                f"{counts.get('timeline_entries', 0):,}",
                f"{counts.get('audit_entries', 0):,}",
                f"{info.facts.audit_seq} {info.facts.audit_hash[: audit.HEAD_PREFIX]}",
                info.path.name,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self.job is None)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("RestoreDialog", "Backup folder"), str(self.folder)
        )
        if folder:
            self.folder = Path(folder)
            self.refresh()

    # ---- backing up ------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.scheduler.start() is not None:
            self.progress.show()
            self.backup_button.setEnabled(False)

    def _backed_up(self, result: BackupResult | None) -> None:
        self.progress.setVisible(self.job is not None)
        self.backup_button.setEnabled(not self.office.read_only)
        if result is not None and result.info.path.parent == self.folder:
            self.refresh()

    # ---- restoring -------------------------------------------------------------------------
    def choose_target(self) -> None:
        info = self.selected()
        if info is None:
            return
        suggestion = self.office.path.with_name(
            f"{self.office.path.stem}-restored-{dt.date.today():%Y%m%d}.db"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("RestoreDialog", "Restore to a new office file"),
            str(suggestion),
            QCoreApplication.translate("RestoreDialog", "AdvisorDesk offices (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.restore_to(Path(path))

    def restore_to(self, target: Path) -> None:
        info = self.selected()
        if info is None:
            self.error.show_message(
                QCoreApplication.translate("RestoreDialog", "Choose a backup in the list first.")
            )
            return
        if target.exists():
            self.error.show_message(
                QCoreApplication.translate(
                    "RestoreDialog",
                    "%1 already exists; choose a new name. Nothing is replaced from here.",
                ).replace("%1", target.name)
            )
            return
        if not target.parent.is_dir():
            self.error.show_message(
                QCoreApplication.translate("RestoreDialog", "That folder does not exist.")
            )
            return
        self.error.show_message("")
        key = self.office._key
        if key is None:
            self.error.show_message(
                QCoreApplication.translate(
                    "RestoreDialog", "The office is locked; unlock it first."
                )
            )
            return
        office, actor, backup = self.office, self.actor, info.path

        def work(_progress: Any) -> RestoreResult:
            result = restore_backup(backup, target, lambda p: open_with_key(p, key))
            if not office.read_only:
                with office.transaction() as session:
                    audit.record(session, actor, "restore", target=target.name, backup=backup.name)
            return result

        job = BackgroundJob(work)
        job.signals.finished.connect(self._restored)
        job.signals.failed.connect(self._failed)
        self.job = job
        self.progress.show()
        self.restore_button.setEnabled(False)
        self.status.setText(
            QCoreApplication.translate("RestoreDialog", "Checking and restoring %1…").replace(
                "%1", backup.name
            )
        )
        job.start()

    def _restored(self, result: RestoreResult) -> None:
        self.job = None
        self.progress.hide()
        self.restored = result.target
        clients = result.report.facts.counts.get("clients", 0)
        self.status.setText(
            QCoreApplication.translate(
                "RestoreDialog", "Restored to %1 (%2 clients). Open it with File ▸ Open."
            )
            .replace("%1", result.target.name)
            .replace("%2", f"{clients:,}")
        )
        self._selection_changed()

    def _failed(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        self.status.setText("")
        self.error.show_message(app_message(message))
        self._selection_changed()

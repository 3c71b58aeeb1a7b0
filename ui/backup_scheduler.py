"""Automatic backups: once a day while the window is open, and on close.

The backup runs as a BackgroundJob (sqlcipher_export and the checks take seconds on a large
office), so the window never freezes. On close the main window asks `before_close`: the
first time, a backup starts and the close waits for it; when it ends (good or not) the
window closes for real. A failed automatic backup is reported in the status bar and never
blocks closing or touches earlier backups (app/backups.py).

Nothing runs until `enable()`: ui/app.py enables it for the real application, so GUI tests
that open and close windows write no backups unless they ask for them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.backups import BackupResult, backup_and_record, last_backup_at
from db.office import Office
from ui.background_job import BackgroundJob

log = logging.getLogger(__name__)
DAILY = dt.timedelta(hours=24)
CHECK_MS = 15 * 60 * 1000  # how often to ask whether a daily backup is due


class BackupScheduler(QObject):
    message = Signal(str)  # for the status bar, already translated
    finished = Signal(object)  # BackupResult, or None when it failed

    def __init__(self, office: Office, actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.actor = actor
        self.enabled = False
        self.job: BackgroundJob | None = None
        self.closing_done = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.run_if_due)

    def enable(self) -> None:
        if self.office.read_only:
            return  # another window writes this office: its backups are that window's job
        self.enabled = True
        self.timer.start()
        QTimer.singleShot(60_000, self.run_if_due)  # after start-up has settled

    @property
    def running(self) -> bool:
        return self.job is not None

    def due(self, now: dt.datetime | None = None) -> bool:
        if self.office.read_only:
            return False
        last = last_backup_at(self.office)
        return last is None or (now or dt.datetime.now(dt.UTC)) - last >= DAILY

    def run_if_due(self) -> None:
        if self.enabled and not self.running and self.due():
            self.start()

    def start(self) -> BackgroundJob | None:
        """Back up now (unless a backup is already running)."""
        if self.running or self.office.read_only:
            return None
        office, actor = self.office, self.actor
        job = BackgroundJob(lambda _progress: backup_and_record(office, actor))
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.job = job
        self.message.emit(QCoreApplication.translate("BackupScheduler", "Backing up the office…"))
        job.start()
        return job

    def _done(self, result: BackupResult) -> None:
        self.job = None
        self.message.emit(
            QCoreApplication.translate("BackupScheduler", "Backed up and verified: %1.").replace(
                "%1", result.info.path.name
            )
        )
        self.finished.emit(result)

    def _failed(self, text: str) -> None:
        self.job = None
        log.warning("automatic backup failed")
        self.message.emit(
            QCoreApplication.translate("BackupScheduler", "The backup failed: %1").replace(
                "%1", text
            )
        )
        self.finished.emit(None)

    def before_close(self, close_again: Callable[[], object]) -> bool:
        """True: close now. False: a backup has started (or is running); the window closes
        itself through close_again when it ends."""
        if not self.enabled or self.closing_done or self.office.read_only:
            return True
        self.closing_done = True
        if self.start() is None and not self.running:
            return True

        def finish(_result: object) -> None:
            self.finished.disconnect(finish)
            close_again()

        self.finished.connect(finish)
        return False

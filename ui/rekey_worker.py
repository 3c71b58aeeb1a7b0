"""Rotate the office key (PRAGMA rekey) off the GUI thread.

A rekey rewrites every page of the file: seconds on a big office. It runs in a QThread
with a busy progress dialog and cannot be cancelled half-way (it is one SQLite operation;
stopping it would be the crash the two-phase slot file already survives, not a clean
cancel). The result comes back as a signal in the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.access import PermissionDenied
from app.validation import ValidationError
from db.errors import OfficeError
from db.office import Office

log = logging.getLogger(__name__)


class RekeyWorker(QObject):
    finished = Signal()
    failed = Signal(str)  # a user-facing line (OfficeError / PermissionDenied text)

    def __init__(self, office: Office, job: Callable[[Office], None]) -> None:
        """job: app.users.rotate_key, or setting up accounts (which rekeys too)."""
        super().__init__()
        self.office = office
        self.job = job

    @Slot()
    def run(self) -> None:
        try:
            self.job(self.office)
        except (OfficeError, PermissionDenied) as exc:
            self.failed.emit(str(exc))
            return
        except ValidationError as exc:
            self.failed.emit(" ".join(e.message for e in exc.errors))
            return
        except Exception as exc:
            log.exception("rekey failed: %s", type(exc).__name__)
            self.failed.emit(type(exc).__name__)
            return
        self.finished.emit()

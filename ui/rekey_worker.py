"""Rotate the office key (PRAGMA rekey) off the GUI thread.

A rekey rewrites every page of the file: seconds on a big office. It runs in a QThread
(ui/thread_worker.py) with a busy progress dialog and cannot be cancelled half-way (it is
one SQLite operation; stopping it would be the crash the two-phase slot file already
survives, not a clean cancel). The result comes back as a signal in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from app.access import PermissionDenied
from app.validation import ValidationError
from db.errors import OfficeError
from db.office import Office
from ui.thread_worker import CallWorker


def _user_line(exc: Exception) -> str | None:
    """OfficeError / PermissionDenied / ValidationError texts are ours, written for the
    user; anything else is reported by type only."""
    if isinstance(exc, OfficeError | PermissionDenied):
        return str(exc)
    if isinstance(exc, ValidationError):
        return " ".join(e.message for e in exc.errors)
    return None


class RekeyWorker(CallWorker):
    def __init__(self, office: Office, job: Callable[[Office], None]) -> None:
        """job: app.users.rotate_key, or setting up accounts (which rekeys too)."""
        super().__init__(lambda: job(office), "rekey", _user_line)
        self.office = office

"""Run an office job off the UI thread: imports, exports, duplicate scans, quality reports,
and the reading of an import file (ReadJob).

A QRunnable on the global thread pool with its OWN session (never the UI's), like
ui/consent_report_worker.py. The job function gets (session, progress, cancelled) and runs
inside one transaction that commits only when it returns normally and was not cancelled:
cancelling an import raises app.client_import.ImportCancelled at its next check and the
transaction is rolled back, so the office is left exactly as it was. Results come back
through signals, delivered in the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from db.office import Office
from ui.pool_job import PoolJob

log = logging.getLogger(__name__)

JobFunction = Callable[[Session, Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job function's result
    failed = Signal(str, str)  # exception type name, its message (app messages name no data)
    cancelled = Signal()


class _Rollback(Exception):
    """Raised inside the transaction after a cancel, so the context manager rolls back."""


class OfficeJob(PoolJob):
    signals: JobSignals

    def __init__(self, office: Office, job: JobFunction, *, write: bool = True) -> None:
        super().__init__(JobSignals())
        self.office = office
        self.job = job
        self.write = write

    def run(self) -> None:
        signals = self.signals  # keep the QObject alive for the whole run
        from app.client_import import ImportCancelled

        try:
            opener = self.office.transaction if self.write else self.office.session
            with opener() as session:
                result = self.job(session, signals.progress.emit, self.is_cancelled)
                if self.is_cancelled():
                    raise _Rollback()
        except (_Rollback, ImportCancelled):
            signals.cancelled.emit()
            return
        except Exception as exc:
            log.exception("office job failed: %s", type(exc).__name__)
            signals.failed.emit(type(exc).__name__, str(exc) if _is_user_error(exc) else "")
            return
        signals.finished.emit(result)


class ReadJob(PoolJob):
    """Read an import file off the UI thread (a large workbook takes seconds to parse).

    Needs no office. The reader cannot stop half-way, so a cancelled read runs to its end
    and its result is dropped: `cancelled` is emitted instead of `finished`, and the file
    is only read (never written), so nothing needs undoing."""

    signals: JobSignals

    def __init__(self, path: Path, encoding: str | None) -> None:
        super().__init__(JobSignals())
        self.path = path
        self.encoding = encoding

    def run(self) -> None:
        signals = self.signals
        from app.import_read import read_source

        try:
            table = read_source(self.path, self.encoding)
        except Exception as exc:
            log.exception("reading an import file failed: %s", type(exc).__name__)
            signals.failed.emit(type(exc).__name__, str(exc) if _is_user_error(exc) else "")
            return
        if self.cancelled:
            signals.cancelled.emit()
        else:
            signals.finished.emit(table)


def _is_user_error(exc: Exception) -> bool:
    """Errors whose message is written for the user (and names no personal data)."""
    from app.access import PermissionDenied
    from app.client_export import ExportError
    from app.client_import import ImportAborted
    from app.import_mapping import MappingError
    from app.import_read import ImportReadError
    from app.merge import MergeError

    return isinstance(
        exc,
        ImportReadError
        | MappingError
        | ImportAborted
        | ExportError
        | MergeError
        | PermissionDenied,
    )

"""Run one piece of office work (a CSV export, a chain check, a backup, a restore) off the
UI thread, with progress, cancel and the result delivered by signals.

The same shape as ui/consent_report_worker.py: a QRunnable on the global pool, never a
QThread owned by a widget, so closing a dialog mid-job cannot destroy a running thread.
The work opens its own Session; the receivers live in the GUI thread, so only they touch
widgets. `work(progress)` gets a callback `progress(n) -> bool` that reports a count and
returns False once the job was cancelled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from db.errors import OfficeError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int)
    finished = Signal(object)
    # an OfficeError's own one-line message (ours, written without client data), else
    # only the exception's type name: another library's text may quote data
    failed = Signal(str)


class BackgroundJob(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until finished or failed
        self.work = work
        self.signals = JobSignals()
        self._cancelled = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

    def _progress(self, n: int) -> bool:
        if not self.cancelled:
            self.signals.progress.emit(n)
        return not self.cancelled

    def run(self) -> None:
        signals = self.signals
        try:
            result = self.work(self._progress)
        except OfficeError as exc:
            signals.failed.emit(str(exc))
        except Exception as exc:
            log.exception("background job failed: %s", type(exc).__name__)
            signals.failed.emit(type(exc).__name__)
        else:
            if not self.cancelled:
                signals.finished.emit(result)
        finally:
            self.done.set()

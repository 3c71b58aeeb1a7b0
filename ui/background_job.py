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

from PySide6.QtCore import QObject, Signal

from db.errors import OfficeError
from ui.pool_job import PoolJob

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int)
    finished = Signal(object)
    # an OfficeError's own one-line message (ours, written without client data), else
    # only the exception's type name: another library's text may quote data
    failed = Signal(str)


class BackgroundJob(PoolJob):
    signals: JobSignals

    def __init__(self, work: Work) -> None:
        super().__init__(JobSignals(), auto_delete=False)  # the owner keeps it until done
        self.work = work
        self.done = threading.Event()

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

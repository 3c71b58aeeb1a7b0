"""The common part of every job that runs office work on Qt's global thread pool.

Why a QRunnable on the pool and not a QThread: no widget owns the thread, so closing a
dialog or view mid-job can never destroy a running thread. The job's `signals` QObject
is created in the GUI thread, so its receivers (the slots that touch widgets) run there.
Cancelling only sets a flag: each job's run() checks it at its own safe points (between
reports, steps, packs) and drops or rolls back what it had.

Subclasses write run() and their own signals class; what differs between them (token-
carrying signals, one transaction or a plain session, which errors may show their text)
stays in each job's module.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool


class PoolJob(QRunnable):
    def __init__(self, signals: QObject, *, auto_delete: bool = True) -> None:
        """auto_delete=False when the owner keeps the job (to wait on it) after it ran."""
        super().__init__()
        self.setAutoDelete(auto_delete)
        self.signals = signals
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check (safe from any thread)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def is_cancelled(self) -> bool:
        """The flag as a callable, for work functions that poll it."""
        return self._cancelled.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

"""Run a batch of review packs off the UI thread (app/pack_batch.py run_batch).

A QRunnable on the global thread pool, reading through the office's own sessions (never
the UI's). Progress and the outcome travel by Qt signals to slots in the GUI thread.
Cancelling sets a flag that run_batch polls between packs and between the pages of a
merged file; the file being written is then removed, so a cancel leaves no half-written
file. No QThread is owned by a widget, so closing the dialog mid-batch cannot destroy a
running thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from app.pack_batch import run_batch
from app.review_pack import PackError, PackOptions
from db.office import Office
from ui.pool_job import PoolJob

log = logging.getLogger(__name__)


class PackBatchSignals(QObject):
    progress = Signal(int, int)  # packs done, packs in the batch
    finished = Signal(object)  # BatchResult (cancelled or complete)
    failed = Signal(str)  # a PackError's message, or the exception's type name


# Who the batch is for, worked out in the job's own session: finding everyone meeting on a
# day scans the timeline, which must not hold up the window.
Who = Callable[[Session], list[int]]


class PackBatchJob(PoolJob):
    signals: PackBatchSignals

    def __init__(
        self,
        office: Office,
        who: Who | list[int],
        out: Path,
        options: PackOptions,
        *,
        merged: bool,
        actor: str,
    ) -> None:
        super().__init__(PackBatchSignals())
        self.office = office
        self.who = who
        self.out = out
        self.options = options
        self.merged = merged
        self.actor = actor

    def run(self) -> None:
        signals = self.signals  # keep the QObject alive for the whole run
        try:
            if callable(self.who):
                with self.office.session() as session:
                    client_ids = self.who(session)
            else:
                client_ids = list(self.who)
            signals.progress.emit(0, len(client_ids))
            result = run_batch(
                self.office,
                client_ids,
                self.out,
                self.options,
                merged=self.merged,
                actor=self.actor,
                progress=signals.progress.emit,
                cancelled=self.is_cancelled,
            )
        except PackError as exc:
            signals.failed.emit(str(exc))
        except Exception as exc:  # never the text: it may name data
            log.exception("review pack batch failed: %s", type(exc).__name__)
            signals.failed.emit(type(exc).__name__)
        else:
            signals.finished.emit(result)

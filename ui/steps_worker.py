"""Run a list of read-only steps off the UI thread, delivering each result by a signal.

The dashboard's charts, the smart lists' counts and the card's charts are each a few
queries that together take up to a second or two on 100,000 clients: a QRunnable on the
global thread pool runs them with its OWN Session (never the UI's) and emits each step's
result as soon as it is ready, so charts appear one by one and the UI never waits.
Cancelling sets a flag checked between steps; a step already running finishes in the
background and its result is dropped. Every signal carries the job's token, so a view
ignores results of a job it has replaced. No widget owns a thread, so closing a view
mid-run cannot destroy a running thread (same pattern as ui/consent_report_worker.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from db.office import Office
from ui.pool_job import PoolJob

log = logging.getLogger(__name__)

Step = tuple[str, Callable[[Session], Any]]


class StepSignals(QObject):
    stepDone = Signal(int, str, object)  # token, step key, result
    stepFailed = Signal(int, str, str)  # token, step key, exception type (never its text)
    finished = Signal(int)  # token: every step ran (or was skipped after a failure)


class StepsJob(PoolJob):
    signals: StepSignals

    def __init__(self, office: Office, steps: Sequence[Step], token: int = 0) -> None:
        super().__init__(StepSignals())
        self.office = office
        self.steps = list(steps)
        self.token = token

    def run(self) -> None:
        signals = self.signals  # keep the QObject alive for the whole run
        try:
            with self.office.session() as session:
                for key, step in self.steps:
                    if self.cancelled:
                        return
                    try:
                        result = step(session)
                    except Exception as exc:  # one failed chart must not hide the others
                        log.exception("step %s failed: %s", key, type(exc).__name__)
                        session.rollback()
                        if not self.cancelled:
                            signals.stepFailed.emit(self.token, key, type(exc).__name__)
                        continue
                    if self.cancelled:
                        return
                    signals.stepDone.emit(self.token, key, result)
        except Exception as exc:
            log.exception("steps job failed: %s", type(exc).__name__)
            if not self.cancelled:
                signals.stepFailed.emit(self.token, "", type(exc).__name__)
        if not self.cancelled:
            signals.finished.emit(self.token)

"""Compute the consent reports off the UI thread (1–5 s each on 100,000 clients).

A QRunnable on the global thread pool, with its OWN Session from office.session() (never
the UI's). It reports progress and the result through Qt signals: the receivers live in
the GUI thread, so the slots run there and only they touch widgets. Cancelling sets a flag
the worker checks between the reports; a query already running finishes in the background
and its result is dropped. No QThread object is owned by a widget, so closing the dialog
mid-query cannot destroy a running thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.consent_reports import (
    CoverageRow,
    MissingConsents,
    MonthlyWithdrawals,
    coverage,
    missing_required,
    withdrawals_by_month,
)
from db.office import Office
from ui.pool_job import PoolJob

log = logging.getLogger(__name__)
STEPS = 3


@dataclass(frozen=True)
class ConsentReports:
    on: dt.date
    client_status: str | None
    coverage: list[CoverageRow]
    missing: MissingConsents
    withdrawals: list[MonthlyWithdrawals]


class ConsentReportSignals(QObject):
    # Each carries the job's token first, so a receiver can ignore a job it replaced.
    progress = Signal(int, int)  # reports done so far (1..STEPS)
    finished = Signal(int, object)  # ConsentReports
    failed = Signal(int, str)  # the exception's type name (never its text: it may name data)


class ConsentReportJob(PoolJob):
    signals: ConsentReportSignals

    def __init__(
        self,
        office: Office,
        client_status: str | None = "active",
        missing_limit: int | None = 1000,
        on: dt.date | None = None,
        token: int = 0,
    ) -> None:
        super().__init__(ConsentReportSignals())
        self.office = office
        self.client_status = client_status
        self.missing_limit = missing_limit
        self.on = on or dt.date.today()
        self.token = token

    def run(self) -> None:
        signals = self.signals  # keep the QObject alive for the whole run
        try:
            with self.office.session() as session:
                rows = coverage(session, self.on, self.client_status)
                if self.cancelled:
                    return
                signals.progress.emit(self.token, 1)
                missing = missing_required(
                    session, self.on, client_status=self.client_status, limit=self.missing_limit
                )
                if self.cancelled:
                    return
                signals.progress.emit(self.token, 2)
                months = withdrawals_by_month(session)
            if self.cancelled:
                return
            signals.progress.emit(self.token, 3)
            signals.finished.emit(
                self.token, ConsentReports(self.on, self.client_status, rows, missing, months)
            )
        except Exception as exc:
            log.exception("consent report failed: %s", type(exc).__name__)
            if not self.cancelled:
                signals.failed.emit(self.token, type(exc).__name__)

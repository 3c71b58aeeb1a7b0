"""Compute a client's portfolio overview off the UI thread.

A QRunnable on the global thread pool with its OWN session (never the UI's), reporting
through signals whose receivers live in the GUI thread. Each job carries a token: the
panel ignores the result of a job a newer load replaced (a period changed again, another
client opened), which is how an outdated computation is cancelled. Errors with a message
meant for the user (a missing FX rate, an office error) pass their text; anything else only
its type name, since an unexpected message might name data.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Signal

from app.money import MissingRate
from app.portfolio_overview import overview
from db.errors import OfficeError
from db.office import Office
from ui.pool_job import PoolJob

log = logging.getLogger(__name__)


class PortfolioSignals(QObject):
    finished = Signal(int, object)  # token, PortfolioOverview
    failed = Signal(int, str)  # token, a message for the user or an exception's type name


class PortfolioJob(PoolJob):
    """Its cancel flag is never checked: a newer job's token replaces it (module docstring)."""

    signals: PortfolioSignals

    def __init__(
        self,
        office: Office,
        client_id: int,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        token: int,
    ) -> None:
        super().__init__(PortfolioSignals())
        self.office = office
        self.client_id = client_id
        self.start_day, self.end_day, self.today = start, end, today
        self.token = token

    def run(self) -> None:
        signals = self.signals  # keep the QObject alive for the whole run
        try:
            with self.office.session() as session:
                result = overview(session, self.client_id, self.start_day, self.end_day, self.today)
        except (MissingRate, OfficeError) as exc:
            signals.failed.emit(self.token, str(exc))
            return
        except Exception as exc:
            log.exception("portfolio overview failed: %s", type(exc).__name__)
            signals.failed.emit(self.token, type(exc).__name__)
            return
        signals.finished.emit(self.token, result)

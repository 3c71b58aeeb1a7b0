"""Rewrite the office file after an erasure or purge without freezing the window.

scrub_file runs VACUUM (seconds on a big office: 18 s at 100,000 clients) and truncates
the WAL. It runs in a QThread; the result comes back as a signal, delivered in the GUI
thread because the receiver lives there.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot
from sqlalchemy import Engine

from app.erasure import scrub_file

log = logging.getLogger(__name__)


class ScrubWorker(QObject):
    finished = Signal(object)  # app.erasure.ScrubReport
    failed = Signal(str)  # the exception's type name (never its text: it may name data)

    def __init__(self, engine: Engine, vacuum: bool = True) -> None:
        super().__init__()
        self.engine = engine
        self.vacuum = vacuum

    @Slot()
    def run(self) -> None:
        try:
            report = scrub_file(self.engine, vacuum=self.vacuum)
        except Exception as exc:
            log.exception("scrub failed: %s", type(exc).__name__)
            self.failed.emit(type(exc).__name__)
            return
        self.finished.emit(report)

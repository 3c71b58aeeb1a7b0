"""Run one call that cannot be cancelled half-way (a VACUUM, a PRAGMA rekey) in a QThread.

The owner creates a QThread, moves the worker onto it, connects thread.started to run()
and quits the thread when finished or failed arrives. The signals are received by slots
of objects living in the GUI thread, so they run there and only they touch widgets.
Failure text: `message(exc)` may turn errors written for the user (ours, naming no data)
into their line; anything else is logged by type and reported by its type name only,
since another library's text may quote data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


def no_user_message(_exc: Exception) -> str | None:
    return None


class CallWorker(QObject):
    finished = Signal(object)  # what the call returned
    failed = Signal(str)  # a line for the user, or the exception's type name

    def __init__(
        self,
        call: Callable[[], object],
        what: str,
        message: Callable[[Exception], str | None] = no_user_message,
    ) -> None:
        """what: names the work in the log ("rekey", "scrub"), never data."""
        super().__init__()
        self.call = call
        self.what = what
        self.message = message

    @Slot()
    def run(self) -> None:
        try:
            result = self.call()
        except Exception as exc:
            text = self.message(exc)
            if text is None:
                log.exception("%s failed: %s", self.what, type(exc).__name__)
                text = type(exc).__name__
            self.failed.emit(text)
            return
        self.finished.emit(result)

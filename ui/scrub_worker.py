"""Rewrite the office file after an erasure or purge without freezing the window.

scrub_file runs VACUUM (seconds on a big office: 18 s at 100,000 clients) and truncates
the WAL. It runs in a QThread (ui/thread_worker.py); `finished` carries the
app.erasure.ScrubReport, `failed` only the exception's type name (its text may name data).
"""

from __future__ import annotations

from sqlalchemy import Engine

from app.erasure import scrub_file
from ui.thread_worker import CallWorker


class ScrubWorker(CallWorker):
    def __init__(self, engine: Engine, vacuum: bool = True) -> None:
        super().__init__(lambda: scrub_file(engine, vacuum=vacuum), "scrub")

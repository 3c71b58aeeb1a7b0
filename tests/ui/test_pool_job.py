"""ui/pool_job.py: the base every thread-pool job shares (cancel flag, start, signals)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool, Signal

from ui.pool_job import PoolJob


class _Signals(QObject):
    seen = Signal(bool)  # the cancel flag as the worker thread saw it


class _Job(PoolJob):
    signals: _Signals

    def __init__(self, gate: threading.Event) -> None:
        super().__init__(_Signals(), auto_delete=False)
        self.gate = gate
        self.thread_name = ""

    def run(self) -> None:
        self.thread_name = threading.current_thread().name
        self.gate.wait(10)
        self.signals.seen.emit(self.is_cancelled())


def test_runs_off_the_gui_thread_and_reports_by_signal(qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    job = _Job(gate)
    assert not job.cancelled and not job.is_cancelled()
    with qtbot.waitSignal(job.signals.seen, timeout=10_000) as blocker:
        job.start()
        gate.set()
    assert blocker.args == [False]
    assert job.thread_name != threading.main_thread().name
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_cancel_from_the_gui_thread_is_seen_by_the_running_job(qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    job = _Job(gate)
    pool = QThreadPool()
    with qtbot.waitSignal(job.signals.seen, timeout=10_000) as blocker:
        job.start(pool)
        job.cancel()
        gate.set()
    assert blocker.args == [True]
    assert job.cancelled and job.is_cancelled()
    pool.waitForDone(10_000)


def test_auto_delete_is_the_default_and_can_be_turned_off() -> None:
    assert PoolJob(_Signals()).autoDelete()
    assert not PoolJob(_Signals(), auto_delete=False).autoDelete()

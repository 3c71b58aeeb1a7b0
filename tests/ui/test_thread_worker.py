"""ui/thread_worker.py: one call in a QThread, its result or a calm failure line by signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from ui.thread_worker import CallWorker


class Secret(Exception):
    pass


def _run(qtbot, worker: CallWorker, signal):  # type: ignore[no-untyped-def]
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    try:
        with qtbot.waitSignal(signal, timeout=10_000) as blocker:
            thread.start()
    finally:
        thread.quit()
        thread.wait()
    return blocker.args


def test_the_result_arrives_and_the_call_ran_off_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    ran_in: list[str] = []

    def call() -> int:
        ran_in.append(threading.current_thread().name)
        return 42

    worker = CallWorker(call, "test")
    assert _run(qtbot, worker, worker.finished) == [42]
    assert ran_in and ran_in[0] != threading.main_thread().name


def test_an_unexpected_error_reports_only_its_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    def call() -> None:
        raise Secret("Wang Wei 110101199003077777")

    worker = CallWorker(call, "test")
    assert _run(qtbot, worker, worker.failed) == ["Secret"]


def test_an_error_written_for_the_user_passes_its_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    def call() -> None:
        raise ValueError("The office is read-only.")

    worker = CallWorker(call, "test", lambda e: str(e) if isinstance(e, ValueError) else None)
    assert _run(qtbot, worker, worker.failed) == ["The office is read-only."]

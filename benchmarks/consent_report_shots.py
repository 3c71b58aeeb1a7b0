"""Screenshots of the consent report dialog (Privacy ▸ Consent report…): the busy state
while the worker counts, then each of the three tabs. Called from benchmarks/screenshots.py
once per language."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget


def consent_report_shots(
    window: QWidget,
    language: str,
    out: Path,
    app: QApplication,
    save: Callable[[QWidget, Path, QApplication], None],
) -> None:
    from ui.dialogs.consent_report_dialog import ConsentReportDialog

    # Busy: a small office answers before the first paint, so hold the only thread of a
    # private pool while the dialog waits for its job, then cancel (which closes it).
    gate = threading.Event()

    class Hold(QRunnable):
        def run(self) -> None:
            gate.wait(30)

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.start(Hold())
    busy = ConsentReportDialog(window.office, pool=pool)  # type: ignore[attr-defined]
    busy.show()
    save(busy, out / f"consent_report_busy_{language}.png", app)
    busy.cancel()
    gate.set()
    pool.waitForDone(10_000)

    window.report_action.trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(ConsentReportDialog, "consentReportDialog")
    assert isinstance(dialog, ConsentReportDialog)
    deadline = time.monotonic() + 60
    while dialog.running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for index, name in enumerate(("coverage", "missing", "withdrawals")):
        dialog.tabs.setCurrentIndex(index)
        save(dialog, out / f"consent_report_{name}_{language}.png", app)
    dialog.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    app.processEvents()

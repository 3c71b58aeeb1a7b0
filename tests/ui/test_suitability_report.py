"""The suitability report dialog (from the main window's Suitability menu): the period's
mismatches, bad periods, and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate

from app.suitability import SuitabilityService
from db.office import Office
from tests.app.risk_helpers import add_product, assess
from ui.dialogs.suitability_report_dialog import SuitabilityReportDialog


def _record(office: Office, client_ids: list[int]) -> None:
    a, b = client_ids[:2]
    with office.transaction() as s:
        assess(s, a, "C2", on=dt.date(2026, 1, 5))
        high, low = add_product(s, 5, code="=HACK"), add_product(s, 1, code="MMF")
        service = SuitabilityService(s, "Li Na")
        service.record(
            a, high, "purchase", "Client insists", today=dt.date(2026, 2, 1), confirmed=True
        )
        service.record(a, low, "purchase", today=dt.date(2026, 2, 2))
        service.record(
            b, low, "recommendation", "To follow", today=dt.date(2026, 6, 1), confirmed=True
        )


def test_report_lists_the_mismatches_of_the_period(
    qtbot, office: Office, book: list[int], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _record(office, book)
    dialog = SuitabilityReportDialog(office, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.summary.text().startswith("2 mismatches")
    assert dialog.table.item(0, 3).text() == "C2 / R5"
    assert "above the client's risk level" in dialog.table.item(0, 4).text()
    assert dialog.table.item(1, 6).text() == "confirmed by the client"
    dialog.end.setDate(QDate(2026, 3, 31))
    dialog.show_button.click()
    assert dialog.table.rowCount() == 1
    out = dialog.save_csv(tmp_path / "report.csv")
    assert out is not None
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "Date" and len(rows) == 2
    assert rows[1][2].startswith("'=HACK")  # never a formula in a spreadsheet
    assert rows[1][5] == "Client insists"


def test_a_period_that_ends_before_it_starts(qtbot, office: Office, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    _record(office, book)
    dialog = SuitabilityReportDialog(office, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2026, 12, 1))
    dialog.end.setDate(QDate(2026, 1, 1))
    dialog.show_button.click()
    assert "ends before it starts" in dialog.error.text()
    assert dialog.table.rowCount() == 0 and not dialog.save_button.isEnabled()


def test_the_main_window_has_the_report(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(SuitabilityReportDialog, "exec", lambda self: opened.append(self) or 0)
    window.suitability_menu.report_action.trigger()
    assert len(opened) == 1
    assert window.suitability_menu.title() == "&Suitability"

"""The consent report dialog: computed off the UI thread on a real office, counts as the
services give them, Cancel closes quietly, a missing client opens on double-click."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog

import ui.consent_report_worker as worker
from db.office import Office, create_office, open_office
from tests.consent_report_data import ReportOffice, build_report_office
from tests.ui.conftest import PASSPHRASE
from ui.dialogs.consent_report_dialog import CLIENT_ID_ROLE, ConsentReportDialog

ON = dt.date(2026, 11, 22)


@pytest.fixture
def report_office(tmp_path: Path) -> Iterator[tuple[Office, ReportOffice]]:
    """Built writable, then reopened read-only: the report needs no write access."""
    path = tmp_path / "reports.db"
    office = create_office(path, PASSPHRASE)
    ids = build_report_office(office)
    office.close()
    office = open_office(path, PASSPHRASE, read_only=True)
    assert office.read_only
    yield office, ids
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker outlives its office
    office.close()


def _ready(qtbot, dialog: ConsentReportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.reports is not None and not dialog.running, timeout=10_000)


def _column(table, title: str) -> int:  # type: ignore[no-untyped-def]
    for column in range(table.columnCount()):
        if table.horizontalHeaderItem(column).text() == title:
            return column
    raise AssertionError(title)


def _row(table, text: str) -> int:  # type: ignore[no-untyped-def]
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == text:
            return row
    raise AssertionError(text)


def test_counts_once_the_worker_finishes(qtbot, translations, report_office) -> None:
    office, ids = report_office
    dialog = ConsentReportDialog(office, on=ON)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.running and dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    _ready(qtbot, dialog)
    assert not dialog.progress.isVisible() and not dialog.cancel_button.isVisible()

    cov = dialog.coverage_table
    processing = _row(cov, "Personal information")
    counts = {
        title: cov.item(processing, _column(cov, title)).data(Qt.ItemDataRole.UserRole)
        for title in ("Granted", "Refused", "Never asked", "Withdrawn")
    }
    assert counts == {"Granted": 2, "Refused": 1, "Never asked": 1, "Withdrawn": 0}
    assert cov.item(processing, _column(cov, "Granted")).text() == "2 (50.0%)"
    sms = _row(cov, "Marketing: SMS")
    assert cov.item(sms, _column(cov, "Withdrawn")).text() == "1 (25.0%)"
    assert "4 active clients" in dialog.coverage_note.text()

    missing = dialog.missing_table
    assert [missing.item(r, 0).text() for r in range(missing.rowCount())] == [
        "Beta Active",
        "陈静",
        "Echo Active",
    ]
    assert [missing.item(r, 0).data(CLIENT_ID_ROLE) for r in range(3)] == [
        ids.beta,
        ids.chen,
        ids.echo,
    ]
    assert missing.item(1, 2).text() == "Personal information, Sensitive personal information"
    summary = dialog.missing_summary.text()
    assert "3 of 4 active clients" in summary
    assert "Personal information: 2" in summary and "Sensitive personal information: 2" in summary

    months = dialog.withdrawals_table
    assert [months.item(r, 0).text() for r in range(months.rowCount())] == ["2026-04", "2026-03"]
    assert [months.item(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(2)] == [2, 1]
    assert months.item(0, _column(months, "Use of photos")).text() == "1"
    assert (
        "3 withdrawals by clients of every status in 2 months" in dialog.withdrawals_summary.text()
    )

    # All clients: the dormant Delta joins (and is missing sensitive-information consent)
    dialog.scope.setCurrentIndex(1)
    _ready(qtbot, dialog)
    assert dialog.missing_table.rowCount() == 4
    assert "4 of 5 clients" in dialog.missing_summary.text()
    cov = dialog.coverage_table
    assert cov.item(_row(cov, "Personal information"), 1).data(Qt.ItemDataRole.UserRole) == 3


def test_the_reports_are_computed_off_the_ui_thread(qtbot, translations, report_office) -> None:
    office, _ids = report_office
    seen: list[bool] = []
    real = worker.coverage

    def spy(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread() is threading.main_thread())
        return real(session, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(worker, "coverage", spy)
        dialog = ConsentReportDialog(office, on=ON)
        qtbot.addWidget(dialog)
        _ready(qtbot, dialog)
    assert seen == [False]


def test_cancel_closes_quietly_and_drops_the_result(qtbot, translations, report_office) -> None:
    office, _ids = report_office
    release = threading.Event()
    finished: list[bool] = []
    real = worker.coverage

    def slow(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        finished.append(True)
        return real(session, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(worker, "coverage", slow)
        dialog = ConsentReportDialog(office, on=ON)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.cancel_button.isVisible() and dialog.progress.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert dialog.result() == QDialog.DialogCode.Rejected
        release.set()  # the query finishes in the background ...
        assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # ... and its queued signals arrive to a dialog that ignores them
    assert finished == [True]
    assert dialog.reports is None
    assert dialog.coverage_table.rowCount() == 0
    assert not dialog.isVisible()


def test_double_click_on_a_missing_client_emits_its_id(qtbot, translations, report_office) -> None:
    office, ids = report_office
    dialog = ConsentReportDialog(office, on=ON)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _ready(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    table = dialog.missing_table
    row = _row(table, "陈静")
    centre = table.visualItemRect(table.item(row, 0)).center()
    with qtbot.waitSignal(dialog.openClient, timeout=2000) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [ids.chen]


def test_privacy_menu_opens_the_report_and_a_client(qtbot, window) -> None:
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert window.report_action in window.privacy_menu.actions()
    window.report_action.trigger()
    dialog = window.findChild(ConsentReportDialog, "consentReportDialog")
    assert dialog is not None and dialog.isVisible()
    _ready(qtbot, dialog)
    # the 40-client book has no consents: every active client is missing both
    reports = dialog.reports
    assert reports is not None
    assert reports.missing.clients_missing == reports.missing.clients_checked > 0
    first = reports.missing.clients[0].id
    dialog.openClient.emit(first)
    assert window.card.client_id == first
    window.report_action.trigger()  # a second request raises the same dialog
    assert window.findChildren(ConsentReportDialog) == [dialog]
    dialog.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_the_dialog_speaks_chinese(qtbot, translations, report_office) -> None:
    office, _ids = report_office
    translations.set_language("zh_CN")
    dialog = ConsentReportDialog(office, on=ON)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    assert dialog.windowTitle() == "授权同意报表"
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["覆盖情况", "缺少必需授权", "按月撤回"]
    assert dialog.close_button.text() == "关闭"
    assert dialog.missing_summary.text().startswith("4 位活跃客户中有 3 位缺少必需授权")
    assert dialog.missing_table.item(1, 2).text() == "个人信息、敏感个人信息"
    translations.set_language("en")  # switching back at runtime retranslates the open dialog
    qtbot.waitUntil(lambda: dialog.close_button.text() == "Close", timeout=2000)
    assert "3 of 4 active clients" in dialog.missing_summary.text()

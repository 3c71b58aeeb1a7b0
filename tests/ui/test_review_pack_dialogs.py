"""The card's Review pack… dialog (save and open, print) and the batch dialog (progress,
cancel) with real widgets, a real office and real PDFs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from app.pack_batch import pack_file_name
from app.review_pack import PackOptions, build_pack
from app.tasks import TaskService
from app.timeline import TimelineQuery
from db.office import Office
from tests.pdf_tools import page_count, pdf_text, run
from ui.dialogs import review_pack_dialog
from ui.dialogs.pack_batch_dialog import PackBatchDialog, parse_client_numbers
from ui.dialogs.review_pack_dialog import ReviewPackDialog
from ui.pack_worker import PackBatchJob


def printed(office: Office, client_id: int) -> int:
    with office.session() as s:
        return TimelineQuery(s, client_id, kinds=["pack_printed"]).count()


def qpdf_ok(path: Path) -> None:
    assert "No syntax or stream encoding errors" in run("qpdf", "--check", str(path))


def test_the_card_button_opens_the_dialog_for_the_shown_client(
    window, book: list[int], monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    opened: list[ReviewPackDialog] = []
    monkeypatch.setattr(ReviewPackDialog, "exec", lambda self: opened.append(self) or 0)
    window.card.load(book[3])
    button = window.card.findChild(QPushButton, "reviewPackButton")
    assert button is not None and button.text() == "Review pack…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [d.client_id for d in opened] == [book[3]]


def test_save_and_open_writes_the_pack_opens_it_and_records_it(
    qtbot, office: Office, book: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "chosen"  # the dialog adds .pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    dialog = ReviewPackDialog(office, "Li Na", book[0], "王伟")
    qtbot.addWidget(dialog)
    dialog.form.watermark.setCurrentText("DRAFT")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "chosen.pdf"
    assert dialog.error.isHidden(), dialog.error.text()
    assert dialog.saved_path == saved and urls == [QUrl.fromLocalFile(str(saved))]
    qpdf_ok(saved)
    assert "王伟" in pdf_text(saved)
    assert "Saved chosen.pdf" in dialog.status.text()
    assert printed(office, book[0]) == 1
    # the same name again: refused inline, the file kept as it was, nothing recorded
    before = saved.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isHidden() and "already exists" in dialog.error.text()
    assert saved.read_bytes() == before and printed(office, book[0]) == 1


def test_print_paints_every_page_on_the_printer(
    qtbot, office: Office, book: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewPackDialog(office, "Li Na", book[0], "王伟")
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not out.exists() and printed(office, book[0]) == 0  # cancelled: nothing
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    with office.session() as s:
        pages = build_pack(s, book[0], PackOptions()).pages
    assert page_count(out) == pages
    assert printed(office, book[0]) == 1
    assert dialog.error.isHidden()


def meetings_on(office: Office, ids: list[int], day: dt.date) -> None:
    with office.transaction() as s:
        tasks = TaskService(s, "Li Na")
        for cid in ids:
            due = dt.datetime.combine(day, dt.time(10, 0))
            tasks.create("Review meeting", due, client_id=cid, kind="review")


def test_batch_for_a_days_meetings_into_a_folder(
    qtbot, office: Office, book: list[int], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    day = dt.date.today() + dt.timedelta(days=2)
    meetings_on(office, book[:3], day)
    dialog = PackBatchDialog(office, "Li Na", [book[5]])
    qtbot.addWidget(dialog)
    dialog.meeting_date.setDate(day)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    assert dialog.result is not None and not dialog.result.cancelled
    today = dt.date.today()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        pack_file_name(cid, today) for cid in book[:3]
    )
    assert dialog.progress.value() == 3 and dialog.progress.maximum() == 3
    assert "Printed 3 pack(s)" in dialog.status.text()
    assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert [printed(office, cid) for cid in book[:4]] == [1, 1, 1, 0]


def test_cancelling_a_merged_batch_leaves_no_file(
    qtbot, office: Office, book: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    start = PackBatchJob.start

    def cancel_first(self: PackBatchJob, pool=None) -> None:  # type: ignore[no-untyped-def]
        self.cancel()  # as if Cancel were pressed before the first pack was laid out
        start(self, pool)

    monkeypatch.setattr(PackBatchJob, "start", cancel_first)
    dialog = PackBatchDialog(office, "Li Na", book[:5])
    qtbot.addWidget(dialog)
    dialog.clients_radio.setChecked(True)
    dialog.merged_radio.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path_edit.setText(str(out / "all.pdf"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    assert dialog.result is not None and dialog.result.cancelled
    assert list(out.iterdir()) == []
    assert "Cancelled" in dialog.status.text()
    assert [printed(office, cid) for cid in book[:5]] == [0] * 5


def test_batch_bad_input_shows_inline_and_starts_nothing(
    qtbot, office: Office, book: list[int], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = PackBatchDialog(office, "Li Na", [])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "Choose where" in dialog.error.text()
    out = tmp_path / "out"
    out.mkdir()
    dialog.path_edit.setText(str(out))
    dialog.meeting_date.setDate(dt.date(1999, 1, 1))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # found off the UI thread
    qtbot.waitUntil(lambda: "Nobody has a meeting on 1999-01-01" in dialog.error.text())
    assert dialog.start_button.isEnabled()
    dialog.clients_radio.setChecked(True)
    dialog.clients_edit.setText("12, abc")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "separated by commas" in dialog.error.text()
    dialog.clients_edit.setText("99999")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.error.isHidden() and "99999" in dialog.error.text())
    assert dialog.job is None and list(out.iterdir()) == []
    assert parse_client_numbers("12，15 40") == [12, 15, 40]
    with pytest.raises(ValueError):
        parse_client_numbers("0")


def test_the_file_menu_offers_review_packs(window) -> None:  # type: ignore[no-untyped-def]
    action = window.findChild(type(window.packs_action), "reviewPacks")
    assert action is window.packs_action and action.text() == "&Review packs…"
    assert action in window.file_menu.actions()
    assert review_pack_dialog.CTX == "ReviewPackDialog"


def test_the_hooks_follow_a_language_switch(window, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    window.card.load(book[0])
    button = window.card.findChild(QPushButton, "reviewPackButton")
    window.set_language("zh_CN")
    try:
        assert button.text() == "回顾资料…"
        assert window.packs_action.text() == "回顾资料(&R)…"
    finally:
        window.set_language("en")
    assert button.text() == "Review pack…"

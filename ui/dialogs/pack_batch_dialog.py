"""Review packs… in the File menu: packs for everyone meeting on a day, a smart list, or
chosen client numbers, to a folder (one PDF each) or one merged PDF.

The batch runs in a PackBatchJob on the thread pool with a progress bar and Cancel; a
cancel keeps the packs already complete and leaves no half-written file. Who is in the
batch is worked out here first (a quick query), so a mistake shows inline before any work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.pack_batch import BatchResult, meeting_client_ids, smart_list_client_ids
from app.review_pack import PackError
from db.office import Office
from ui import i18n
from ui.pack_worker import PackBatchJob
from ui.widgets.fields import ErrorLabel
from ui.widgets.pack_options import FollowLanguage, PackOptionsForm

CTX = "PackBatchDialog"
MEETINGS, LIST, CLIENTS = 0, 1, 2
FOLDER, MERGED = 0, 1


def add_batch_action(window: QMainWindow, menu: QMenu) -> QAction:
    """The File menu's "Review packs…" (a hook for ui/main_window.py)."""
    action = QAction(window)
    action.setObjectName("reviewPacks")
    retranslator = i18n.Retranslator(CTX)
    retranslator.bind(action.setText, QT_TRANSLATE_NOOP("PackBatchDialog", "&Review packs…"))
    FollowLanguage(window, retranslator)

    def open_dialog() -> None:
        card = getattr(window, "card", None)
        current = getattr(card, "client_id", None)
        PackBatchDialog(
            window.office,  # type: ignore[attr-defined]
            window.actor,  # type: ignore[attr-defined]
            [current] if current else [],
            window,
        ).exec()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return action


def parse_client_numbers(text: str) -> list[int]:
    """ "12, 15 40" -> [12, 15, 40]; ValueError on anything else."""
    parts = text.replace(",", " ").replace("，", " ").split()
    numbers = [int(p) for p in parts]
    if any(n < 1 for n in numbers):
        raise ValueError("not a client number")
    return numbers


class PackBatchDialog(QDialog):
    def __init__(
        self,
        office: Office,
        actor: str,
        client_ids: list[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packBatchDialog")
        self.office = office
        self.actor = actor
        self.job: PackBatchJob | None = None
        self.result: BatchResult | None = None
        self.setWindowTitle(QCoreApplication.translate("PackBatchDialog", "Review packs"))
        layout = QVBoxLayout(self)

        who = QGroupBox(QCoreApplication.translate("PackBatchDialog", "Packs for"))
        grid = QGridLayout(who)
        self.who_group = QButtonGroup(self)
        self.meetings_radio = QRadioButton(
            QCoreApplication.translate("PackBatchDialog", "Everyone with a meeting on")
        )
        self.meeting_date = QDateEdit(QDate.currentDate())
        self.meeting_date.setObjectName("meetingDate")
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat("yyyy-MM-dd")
        self.list_radio = QRadioButton(QCoreApplication.translate("PackBatchDialog", "The list"))
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("smartList")
        self.clients_radio = QRadioButton(
            QCoreApplication.translate("PackBatchDialog", "Client numbers")
        )
        self.clients_edit = QLineEdit(", ".join(str(c) for c in client_ids or []))
        self.clients_edit.setObjectName("clientNumbers")
        self.clients_edit.setPlaceholderText("12, 15, 40")
        for row, (radio, field) in enumerate(
            (
                (self.meetings_radio, self.meeting_date),
                (self.list_radio, self.list_combo),
                (self.clients_radio, self.clients_edit),
            )
        ):
            self.who_group.addButton(radio, row)
            grid.addWidget(radio, row, 0)
            grid.addWidget(field, row, 1)
        self.meetings_radio.setChecked(True)
        self._load_lists()
        layout.addWidget(who)

        out = QGroupBox(QCoreApplication.translate("PackBatchDialog", "Save to"))
        out_layout = QGridLayout(out)
        self.output = QButtonGroup(self)
        self.folder_radio = QRadioButton(
            QCoreApplication.translate("PackBatchDialog", "A folder, one PDF per client")
        )
        self.merged_radio = QRadioButton(
            QCoreApplication.translate("PackBatchDialog", "One PDF with every pack")
        )
        self.output.addButton(self.folder_radio, FOLDER)
        self.output.addButton(self.merged_radio, MERGED)
        self.folder_radio.setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("outputPath")
        choose = QPushButton(QCoreApplication.translate("PackBatchDialog", "Choose…"))
        choose.clicked.connect(self.choose_output)
        out_layout.addWidget(self.folder_radio, 0, 0, 1, 2)
        out_layout.addWidget(self.merged_radio, 1, 0, 1, 2)
        out_layout.addWidget(self.path_edit, 2, 0)
        out_layout.addWidget(choose, 2, 1)
        layout.addWidget(out)

        self.form = PackOptionsForm(actor)
        layout.addWidget(self.form)
        self.progress = QProgressBar()
        self.progress.setObjectName("packProgress")
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("packStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = ErrorLabel()
        self.error.setObjectName("dialogError")
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            QCoreApplication.translate("PackBatchDialog", "Print packs"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.start_button.setObjectName("startBatch")
        self.cancel_button = buttons.addButton(
            QCoreApplication.translate("PackBatchDialog", "Cancel batch"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.cancel_button.setObjectName("cancelBatch")
        self.cancel_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("PackBatchDialog", "Close"))
        buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _load_lists(self) -> None:
        from app.smart_lists import SmartListService

        with self.office.session() as session:
            names = SmartListService(session).names()
        self.list_combo.addItems(names)
        self.list_radio.setEnabled(bool(names))

    # ---- choosing ------------------------------------------------------------------------

    def choose_output(self) -> None:
        if self.output.checkedId() == MERGED:
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("PackBatchDialog", "One PDF with every pack"),
                self.path_edit.text(),
                QCoreApplication.translate("PackBatchDialog", "PDF files (*.pdf)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
        else:
            path = QFileDialog.getExistingDirectory(
                self,
                QCoreApplication.translate("PackBatchDialog", "A folder for the packs"),
                self.path_edit.text(),
            )
        if path:
            self.path_edit.setText(path)

    def who(self) -> Callable[[Session], list[int]]:
        """Who the batch is for, as the job will work it out (off the UI thread); typed
        client numbers are checked here (ValueError) so a typo shows at once."""
        choice = self.who_group.checkedId()
        if choice == MEETINGS:
            day = self.meeting_date.date().toPython()
            assert isinstance(day, dt.date)

            def meeting(session: Session) -> list[int]:
                ids = meeting_client_ids(session, day)
                if not ids:
                    raise PackError(f"Nobody has a meeting on {day.isoformat()}.")
                return ids

            return meeting
        if choice == LIST:
            name = self.list_combo.currentText()
            return lambda session: smart_list_client_ids(session, name)
        numbers = parse_client_numbers(self.clients_edit.text())
        return lambda _session: numbers

    # ---- running -------------------------------------------------------------------------

    def start(self) -> None:
        self.error.show_message("")
        self.status.setText("")
        text = self.path_edit.text().strip()
        if not text:
            self.error.show_message(
                QCoreApplication.translate(
                    "PackBatchDialog", "Choose where to save the packs first."
                )
            )
            return
        try:
            who = self.who()
            options = self.form.options().checked()
        except ValueError:
            self.error.show_message(
                QCoreApplication.translate(
                    "PackBatchDialog", "Type client numbers separated by commas, e.g. 12, 15, 40."
                )
            )
            return
        except PackError as exc:
            self.error.show_message(str(exc))
            return
        merged = self.output.checkedId() == MERGED
        self.progress.setRange(0, 0)  # busy until the job knows how many packs
        self.job = PackBatchJob(
            self.office, who, Path(text), options, merged=merged, actor=self.actor
        )
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(self._on_finished)
        self.job.signals.failed.connect(self._on_failed)
        self._running(True)
        self.status.setText(QCoreApplication.translate("PackBatchDialog", "Finding the clients…"))
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(QCoreApplication.translate("PackBatchDialog", "Cancelling…"))

    def _running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _on_progress(self, done: int, total: int) -> None:
        if done == 0:  # the job has found who the batch is for
            self.status.setText(
                QCoreApplication.translate("PackBatchDialog", "Printing %n pack(s)…", "", total)
            )
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_finished(self, result: BatchResult) -> None:
        self.job = None
        self.result = result
        self._running(False)
        packs = result.packs  # a plain name, for lupdate
        if result.cancelled:
            self.status.setText(
                QCoreApplication.translate(
                    "PackBatchDialog",
                    "Cancelled. %n complete pack(s) kept; nothing half-written was left behind.",
                    "",
                    packs,
                )
            )
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "PackBatchDialog",
                    "Printed %n pack(s); each is noted on its client's timeline.",
                    "",
                    packs,
                )
            )

    def _on_failed(self, message: str) -> None:
        self.job = None
        self._running(False)
        self.status.setText("")
        self.error.show_message(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        self.cancel()
        super().reject()

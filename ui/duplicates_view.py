"""Likely duplicate clients, ranked with reasons; compare and merge a pair; undo a merge.

The scan runs off the UI thread (ui/import_worker.py); at 100,000 clients it takes a few
seconds (benchmarks/import.py). Double-clicking a name opens that card.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.duplicates import DuplicatePair, find_duplicates
from app.merge import MergeError, MergeService, recent_merges
from db.office import Office
from ui.app_messages import app_message
from ui.import_worker import OfficeJob
from ui.widgets.fields import ErrorLabel
from ui.widgets.tables import read_only_table

CTX = "DuplicatesView"
REASONS = {
    "id_number": QT_TRANSLATE_NOOP("DuplicatesView", "same ID number"),
    "phone": QT_TRANSLATE_NOOP("DuplicatesView", "same phone"),
    "email": QT_TRANSLATE_NOOP("DuplicatesView", "same e-mail"),
    "chinese_name": QT_TRANSLATE_NOOP("DuplicatesView", "same Chinese name and birth date"),
    "pinyin": QT_TRANSLATE_NOOP("DuplicatesView", "same pinyin and birth date"),
    "latin_name": QT_TRANSLATE_NOOP("DuplicatesView", "similar name and same birth date"),
}
SHOWN = 2000


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def reasons_text(reasons: list[str] | tuple[str, ...]) -> str:
    return ", ".join(tr(REASONS.get(r, r)) for r in reasons)


class DuplicatesView(QDialog):
    openClient = Signal(int)
    merged = Signal()  # cards changed: the list should refresh

    def __init__(
        self, office: Office, actor: str = "advisor", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesView")
        self.setWindowTitle(QCoreApplication.translate("DuplicatesView", "Duplicate clients"))
        self.office = office
        self.actor = actor
        self.job: OfficeJob | None = None
        self.pairs: list[DuplicatePair] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scan_button = QPushButton(
            QCoreApplication.translate("DuplicatesView", "Scan the office")
        )
        self.scan_button.setObjectName("duplicatesScan")
        self.scan_button.clicked.connect(self.scan)
        self.merge_button = QPushButton(
            QCoreApplication.translate("DuplicatesView", "Compare and merge…")
        )
        self.merge_button.setObjectName("duplicatesMerge")
        self.merge_button.clicked.connect(self.compare_selected)
        self.undo_button = QPushButton(
            QCoreApplication.translate("DuplicatesView", "Undo last merge")
        )
        self.undo_button.setObjectName("duplicatesUndo")
        self.undo_button.clicked.connect(self.undo_last)
        for b in (self.scan_button, self.merge_button, self.undo_button):
            top.addWidget(b)
        top.addStretch(1)
        layout.addLayout(top)
        self.status = QLabel()
        self.status.setObjectName("duplicatesStatus")
        layout.addWidget(self.status)
        self.table = read_only_table(
            "duplicatesTable",
            [
                QCoreApplication.translate("DuplicatesView", "Score"),
                QCoreApplication.translate("DuplicatesView", "No."),
                QCoreApplication.translate("DuplicatesView", "Client"),
                QCoreApplication.translate("DuplicatesView", "No."),
                QCoreApplication.translate("DuplicatesView", "Client"),
                QCoreApplication.translate("DuplicatesView", "Reasons"),
            ],
            single=True,
            stretch=5,
        )
        self.table.cellDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        self.error = ErrorLabel()
        self.error.setObjectName("duplicatesError")
        layout.addWidget(self.error)
        self.resize(820, 480)
        self._update_undo()

    def scan(self) -> None:
        if self.job is not None:
            return
        self.status.setText(QCoreApplication.translate("DuplicatesView", "Scanning…"))
        self.scan_button.setEnabled(False)
        self.job = OfficeJob(
            self.office, lambda s, progress, cancelled: find_duplicates(s), write=False
        )
        self.job.signals.finished.connect(self._scanned)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _scanned(self, pairs: list[DuplicatePair]) -> None:
        self.job = None
        self.scan_button.setEnabled(True)
        self.pairs = pairs
        shown = pairs[:SHOWN]
        self.table.setRowCount(len(shown))
        for i, p in enumerate(shown):
            values = [
                f"{p.score:.2f}",
                str(p.first_id),
                p.first_name,
                str(p.second_id),
                p.second_name,
                reasons_text(p.reasons),
            ]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j in (0, 1, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.status.setText(
            QCoreApplication.translate(
                "DuplicatesView", "%1 likely duplicate pairs, best first."
            ).replace("%1", f"{len(pairs):,}")
        )
        if shown:
            self.table.selectRow(0)

    def _failed(self, kind: str, message: str) -> None:
        self.job = None
        self.scan_button.setEnabled(True)
        self.status.setText("")
        self.error.show_message(
            app_message(message)
            if message
            else QCoreApplication.translate("DuplicatesView", "The scan failed (%1).").replace(
                "%1", kind
            )
        )

    def _double_clicked(self, row: int, column: int) -> None:
        pair = self.pairs[row]
        self.openClient.emit(pair.second_id if column in (3, 4) else pair.first_id)

    def compare_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.show_message(
                QCoreApplication.translate("DuplicatesView", "Select a pair first.")
            )
            return
        pair = self.pairs[rows[0].row()]
        from ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(self.office, pair.first_id, pair.second_id, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.table.removeRow(rows[0].row())
            del self.pairs[rows[0].row()]
            self.status.setText(dialog.done_text)
            self._update_undo()
            self.merged.emit()

    def _update_undo(self) -> None:
        with self.office.session() as s:
            latest = next((m for m in recent_merges(s, 5) if m.undoable), None)
        self._undoable = latest
        self.undo_button.setEnabled(latest is not None)
        if latest is not None:
            self.undo_button.setToolTip(
                QCoreApplication.translate("DuplicatesView", "Client %1 merged into %2")
                .replace("%1", str(latest.merged_client_id))
                .replace("%2", str(latest.kept_client_id))
            )

    def undo_last(self) -> None:
        if self._undoable is None:
            return
        try:
            with self.office.transaction() as s:
                MergeService(s, self.actor).undo(self._undoable.id)
        except MergeError as exc:
            self.error.show_message(app_message(str(exc)))
            return
        self.error.show_message("")
        self.status.setText(
            QCoreApplication.translate(
                "DuplicatesView", "Merge undone: clients %1 and %2 are separate again."
            )
            .replace("%1", str(self._undoable.kept_client_id))
            .replace("%2", str(self._undoable.merged_client_id))
        )
        self._update_undo()
        self.merged.emit()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()

"""File > Export clients…: all clients or a smart list, chosen columns, CSV or XLSX.

ID numbers are masked unless the user's role may reveal them and ticks the box (the
unmasked export is recorded). The file is written off the UI thread (ui/import_worker.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import access
from app.client_export import COLUMNS, DEFAULT_COLUMNS, SENSITIVE, ExportResult, export_clients
from db.office import Office
from ui.app_messages import app_message
from ui.import_worker import OfficeJob
from ui.widgets.fields import add_dialog_footer

CTX = "ExportDialog"
COLUMN_LABELS = {
    "id": QT_TRANSLATE_NOOP("ExportDialog", "Client no."),
    "legal_name": QT_TRANSLATE_NOOP("ExportDialog", "Legal name"),
    "chinese_name": QT_TRANSLATE_NOOP("ExportDialog", "Chinese name"),
    "latin_name": QT_TRANSLATE_NOOP("ExportDialog", "Latin name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ExportDialog", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("ExportDialog", "Gender"),
    "status": QT_TRANSLATE_NOOP("ExportDialog", "Status"),
    "tier": QT_TRANSLATE_NOOP("ExportDialog", "Tier"),
    "owner": QT_TRANSLATE_NOOP("ExportDialog", "Advisor"),
    "phone": QT_TRANSLATE_NOOP("ExportDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("ExportDialog", "E-mail"),
    "id_number": QT_TRANSLATE_NOOP("ExportDialog", "PRC ID number"),
    "passport_number": QT_TRANSLATE_NOOP("ExportDialog", "Passport number"),
    "city": QT_TRANSLATE_NOOP("ExportDialog", "City"),
    "investable_base_minor": QT_TRANSLATE_NOOP("ExportDialog", "Investable assets"),
    "next_review": QT_TRANSLATE_NOOP("ExportDialog", "Next review"),
    "tags": QT_TRANSLATE_NOOP("ExportDialog", "Tags"),
}
assert set(COLUMN_LABELS) == set(COLUMNS)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ExportDialog(QDialog):
    def __init__(
        self, office: Office, actor: str = "advisor", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export clients"))
        self.office = office
        self.actor = actor
        self.job: OfficeJob | None = None
        self.result: ExportResult | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "Clients:")))
        self.source = QComboBox()
        self.source.setObjectName("exportSource")
        self.source.addItem(QCoreApplication.translate("ExportDialog", "All clients I may see"), "")
        with office.session() as s:
            from app.smart_lists import SmartListService

            for name in SmartListService(s).names():
                self.source.addItem(name, name)
            may_reveal = access.can(s, access.REVEAL)
        row.addWidget(self.source, 1)
        layout.addLayout(row)
        grid = QGridLayout()
        self.columns: dict[str, QCheckBox] = {}
        for i, key in enumerate(COLUMNS):
            box = QCheckBox(tr(COLUMN_LABELS[key]))
            box.setObjectName(f"exportColumn_{key}")
            box.setChecked(key in DEFAULT_COLUMNS)
            self.columns[key] = box
            grid.addWidget(box, i // 3, i % 3)
        layout.addLayout(grid)
        self.unmasked = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "ID numbers in full (the export is recorded)"
            )
        )
        self.unmasked.setObjectName("exportUnmasked")
        self.unmasked.setEnabled(may_reveal)
        if not may_reveal:
            self.unmasked.setToolTip(
                QCoreApplication.translate("ExportDialog", "Your role may not reveal ID numbers.")
            )
        layout.addWidget(self.unmasked)
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setPlaceholderText(
            QCoreApplication.translate("ExportDialog", "clients.csv or clients.xlsx")
        )
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        layout.addLayout(file_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "ExportDialog",
                "CSV opens in Excel with Chinese text intact (UTF-8 with BOM). ID numbers are "
                "masked unless you choose otherwise.",
            ),
            QCoreApplication.translate("ExportDialog", "Export"),
            QCoreApplication.translate("ExportDialog", "Cancel"),
        )

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportDialog", "Export clients"),
            "clients.csv",
            QCoreApplication.translate("ExportDialog", "CSV (*.csv);;Excel (*.xlsx)"),
        )
        if name:
            self.path.setText(name)

    def chosen(self) -> list[str]:
        return [k for k, box in self.columns.items() if box.isChecked()]

    def accept(self) -> None:
        if self.job is not None:
            return
        text = self.path.text().strip()
        if not text:
            self.error.show_message(
                QCoreApplication.translate("ExportDialog", "Choose where to save the file.")
            )
            return
        columns = self.chosen()
        if not columns:
            self.error.show_message(
                QCoreApplication.translate("ExportDialog", "Choose at least one column.")
            )
            return
        out = Path(text)
        list_name = self.source.currentData() or None
        unmasked = self.unmasked.isChecked() and bool(SENSITIVE & set(columns))
        actor = self.actor

        def work(session, progress, cancelled):  # type: ignore[no-untyped-def]
            ids = None
            if list_name:
                from app.smart_lists import SmartListService

                ids = SmartListService(session).client_ids(list_name)
            return export_clients(session, out, columns, ids=ids, unmasked=unmasked, actor=actor)

        self.error.show_message("")
        self.progress.show()
        self.ok_button.setEnabled(False)
        self.job = OfficeJob(self.office, work)
        self.job.signals.finished.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _done(self, result: ExportResult) -> None:
        self.job = None
        self.result = result
        self.progress.hide()
        super().accept()

    def _failed(self, kind: str, message: str) -> None:
        self.job = None
        self.progress.hide()
        self.ok_button.setEnabled(True)
        self.error.show_message(
            app_message(message)
            if message
            else QCoreApplication.translate("ExportDialog", "The export failed (%1).").replace(
                "%1", kind
            )
        )


def open_export_dialog(parent: QWidget, office: Office, actor: str, on_done) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(office, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_done(dialog.result))
    dialog.show()
    return dialog

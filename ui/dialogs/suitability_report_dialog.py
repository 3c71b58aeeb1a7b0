"""The suitability report: every recorded mismatch (a recommendation or purchase above the
client's level, or without a current assessment) in a period, with the reason given and
the client's acknowledgement; saved as CSV when the user asks.

Mismatches are few and app/suitability.py `mismatches` reads them with one indexed query,
so the report runs on the UI thread. `SuitabilityMenu` is the menu the main window adds.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.suitability import MismatchRow, SuitabilityError, mismatches
from db.atomic_file import atomic_write
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.dialogs.suitability_dialog import reason_text
from ui.widgets.fields import ErrorLabel
from ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("SuitabilityReportDialog", "Date"),
    QT_TRANSLATE_NOOP("SuitabilityReportDialog", "Client"),
    QT_TRANSLATE_NOOP("SuitabilityReportDialog", "Product"),
    QT_TRANSLATE_NOOP("SuitabilityReportDialog", "Level / rating"),
    QT_TRANSLATE_NOOP("SuitabilityReportDialog", "Why flagged"),
    QT_TRANSLATE_NOOP("SuitabilityReportDialog", "Reason given"),
    QT_TRANSLATE_NOOP("SuitabilityReportDialog", "Acknowledgement"),
    QT_TRANSLATE_NOOP("SuitabilityReportDialog", "Advisor"),
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SuitabilityReportDialog(QDialog):
    def __init__(
        self, office: Office, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suitabilityReportDialog")
        self.office = office
        self.rows: list[MismatchRow] = []
        today = today or dt.date.today()
        self.setWindowTitle(
            QCoreApplication.translate("SuitabilityReportDialog", "Suitability report")
        )
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.start = QDateEdit(_qdate(today.replace(month=1, day=1)))
        self.start.setObjectName("fromDate")
        self.end = QDateEdit(_qdate(today))
        self.end.setObjectName("toDate")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.date_format())
        bar.addWidget(QLabel(QCoreApplication.translate("SuitabilityReportDialog", "From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(QCoreApplication.translate("SuitabilityReportDialog", "to")))
        bar.addWidget(self.end)
        self.show_button = QPushButton(
            QCoreApplication.translate("SuitabilityReportDialog", "Show")
        )
        self.show_button.setObjectName("showReport")
        self.show_button.clicked.connect(self.refresh)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        layout.addWidget(self.summary)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.table = read_only_table(
            "mismatches",
            [QCoreApplication.translate("SuitabilityReportDialog", c) for c in COLUMNS],
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 4, 5):  # long texts wrap in a fixed width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 210)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("SuitabilityReportDialog", "Close")
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("SuitabilityReportDialog", "Save as CSV…")
        )
        self.save_button.setObjectName("saveCsv")
        self.save_button.clicked.connect(self.save_csv)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 520)
        self.refresh()

    def refresh(self) -> None:
        start = self.start.date().toPython()
        end = self.end.date().toPython()
        self.error.show_message("")
        try:
            with self.office.session() as s:
                self.rows = mismatches(s, start, end)
        except SuitabilityError as exc:
            self.rows = []
            self.error.show_message(
                QCoreApplication.translate(
                    "SuitabilityReportDialog", "The period ends before it starts; swap the dates."
                )
                if end < start
                else app_message(str(exc))
            )
        self.summary.setText(
            QCoreApplication.translate("SuitabilityReportDialog", "%1 mismatches from %2 to %3.")
            .replace("%1", i18n.format_int(len(self.rows)))
            .replace("%2", i18n.format_date(start))
            .replace("%3", i18n.format_date(end))
        )
        self.table.setRowCount(len(self.rows))
        for row, cells in enumerate(self._cells(r) for r in self.rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.save_button.setEnabled(bool(self.rows))

    @staticmethod
    def _cells(r: MismatchRow) -> list[str]:
        if not r.warning_confirmed:
            ack = QCoreApplication.translate("SuitabilityReportDialog", "none")
        elif r.confirmation_attachment_id is not None:
            ack = QCoreApplication.translate("SuitabilityReportDialog", "signed warning attached")
        else:
            ack = QCoreApplication.translate("SuitabilityReportDialog", "confirmed by the client")
        return [
            i18n.format_date(r.checked_on),
            f"{r.client_name} (#{r.client_id})",
            f"{r.product_code} — {r.product_name}",
            f"{r.client_level or '—'} / R{r.product_rating}",
            "\n".join(reason_text(code) for code in r.reasons),
            r.advisor_reason or "",
            ack,
            r.recorded_by,
        ]

    def save_csv(self, path: Path | None = None) -> Path | None:
        """Write the rows shown to a CSV file the user chose (an explicit export)."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("SuitabilityReportDialog", "Save suitability report"),
                str(Path.home() / "suitability-report.csv"),
                QCoreApplication.translate("SuitabilityReportDialog", "CSV files (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        header = [QCoreApplication.translate("SuitabilityReportDialog", c) for c in COLUMNS]
        try:
            with atomic_write(path, "w", replace=True, encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                for r in self.rows:
                    writer.writerow([_cell(c) for c in self._cells(r)])
        except OSError as exc:
            self.error.show_message(
                QCoreApplication.translate(
                    "SuitabilityReportDialog", "The report could not be saved (%1)."
                ).replace("%1", exc.strerror or type(exc).__name__)
            )
            return None
        return path


def _cell(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: quote them."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


class SuitabilityMenu(QMenu):
    """The main window's Suitability menu: the mismatch report and the risk questionnaire."""

    def __init__(self, window: QMainWindow, office: Office) -> None:
        super().__init__(window)
        self.setObjectName("suitabilityMenu")
        self.office = office
        self.report_action = QAction(self)
        self.report_action.setObjectName("suitabilityReport")
        self.report_action.triggered.connect(self.open_report)
        self.addAction(self.report_action)
        self.questionnaire_action = QAction(self)
        self.questionnaire_action.setObjectName("riskQuestionnaire")
        self.questionnaire_action.triggered.connect(self.open_questionnaire)
        self.addAction(self.questionnaire_action)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("SuitabilityReportDialog", "&Suitability"))
        self.report_action.setText(
            QCoreApplication.translate("SuitabilityReportDialog", "Suitability &report…")
        )
        self.questionnaire_action.setText(
            QCoreApplication.translate("SuitabilityReportDialog", "Risk &questionnaire…")
        )

    def open_report(self) -> None:
        SuitabilityReportDialog(self.office, parent=self.parentWidget()).exec()

    def open_questionnaire(self) -> None:
        from ui.dialogs.questionnaire_dialog import QuestionnaireDialog

        actor = str(getattr(self.parentWidget(), "actor", "advisor"))
        QuestionnaireDialog(self.office, actor, parent=self.parentWidget()).exec()

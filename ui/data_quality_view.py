"""Data quality: completeness per card, invalid values, stale cards; click through to fix.

The report is computed off the UI thread (ui/import_worker.py). Double-clicking a card
opens it with the problem fields marked in red and their messages beside them
(ClientCardWidget.show_errors); "Create follow-up tasks" turns the worst cards into tasks
for their advisors (app/data_quality.create_tasks: at most one per card a month).
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

from app.data_quality import ClientQuality, QualityReport, create_tasks, quality_report
from app.validation import FieldError
from db.office import Office
from ui.app_messages import app_message
from ui.import_worker import OfficeJob
from ui.widgets.tables import read_only_table

CTX = "DataQualityView"
SHOWN = 2000
FIELD_LABELS = {
    "legal_name": QT_TRANSLATE_NOOP("DataQualityView", "Legal name"),
    "chinese_name": QT_TRANSLATE_NOOP("DataQualityView", "Chinese name"),
    "date_of_birth": QT_TRANSLATE_NOOP("DataQualityView", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("DataQualityView", "Gender"),
    "nationality": QT_TRANSLATE_NOOP("DataQualityView", "Nationality"),
    "occupation": QT_TRANSLATE_NOOP("DataQualityView", "Occupation"),
    "owner": QT_TRANSLATE_NOOP("DataQualityView", "Advisor"),
    "phones.0.number": QT_TRANSLATE_NOOP("DataQualityView", "Phone"),
    "emails.0.address": QT_TRANSLATE_NOOP("DataQualityView", "E-mail"),
    "documents.0.number": QT_TRANSLATE_NOOP("DataQualityView", "ID document"),
    "addresses.0.line1": QT_TRANSLATE_NOOP("DataQualityView", "Address"),
    "next_review": QT_TRANSLATE_NOOP("DataQualityView", "Next review"),
    "last_review": QT_TRANSLATE_NOOP("DataQualityView", "Last review"),
}
KINDS = {
    "missing": QT_TRANSLATE_NOOP("DataQualityView", "missing"),
    "invalid": QT_TRANSLATE_NOOP("DataQualityView", "invalid"),
    "stale": QT_TRANSLATE_NOOP("DataQualityView", "stale"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def show_problems(card, problems: list) -> None:  # type: ignore[no-untyped-def]
    """Mark the card's fields that the report found wanting, with the reasons."""
    card.show_errors([FieldError(p.field, p.message) for p in problems])
    card.general_error.show_message(
        QCoreApplication.translate(
            "DataQualityView", "Data quality: the fields marked in red need attention."
        )
    )


class DataQualityView(QDialog):
    openProblems = Signal(int, object)  # client id, list[app.data_quality.Problem]
    tasksCreated = Signal()

    def __init__(
        self, office: Office, actor: str = "advisor", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dataQualityView")
        self.setWindowTitle(QCoreApplication.translate("DataQualityView", "Data quality"))
        self.office = office
        self.actor = actor
        self.job: OfficeJob | None = None
        self.report: QualityReport | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.run_button = QPushButton(
            QCoreApplication.translate("DataQualityView", "Check the office")
        )
        self.run_button.setObjectName("qualityRun")
        self.run_button.clicked.connect(self.run)
        self.tasks_button = QPushButton(
            QCoreApplication.translate("DataQualityView", "Create follow-up tasks")
        )
        self.tasks_button.setObjectName("qualityTasks")
        self.tasks_button.setEnabled(False)
        self.tasks_button.clicked.connect(self.make_tasks)
        top.addWidget(self.run_button)
        top.addWidget(self.tasks_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("qualitySummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = read_only_table(
            "qualityTable",
            [
                QCoreApplication.translate("DataQualityView", "No."),
                QCoreApplication.translate("DataQualityView", "Client"),
                QCoreApplication.translate("DataQualityView", "Complete"),
                QCoreApplication.translate("DataQualityView", "Problems"),
            ],
            stretch=3,
        )
        self.table.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            QCoreApplication.translate(
                "DataQualityView", "Double-click a client to open the card at the fields to fix."
            )
        )
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        self.resize(820, 480)

    def run(self) -> None:
        if self.job is not None:
            return
        self.summary.setText(QCoreApplication.translate("DataQualityView", "Checking…"))
        self.run_button.setEnabled(False)
        self.job = OfficeJob(
            self.office, lambda s, progress, cancelled: quality_report(s), write=False
        )
        self.job.signals.finished.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _done(self, report: QualityReport) -> None:
        self.job = None
        self.report = report
        self.run_button.setEnabled(True)
        self.tasks_button.setEnabled(bool(report.clients) and not self.office.read_only)
        self.summary.setText(
            QCoreApplication.translate(
                "DataQualityView",
                "%1 clients checked; average completeness %2. %3 cards need attention; %4 stale (over %5 months).",
            )
            .replace("%1", f"{report.clients_checked:,}")
            .replace("%2", f"{report.average_score:.1%}")
            .replace("%3", f"{len(report.clients):,}")
            .replace("%4", f"{report.stale:,}")
            .replace("%5", str(report.stale_months))
        )
        shown = report.clients[:SHOWN]
        self.table.setRowCount(len(shown))
        for i, c in enumerate(shown):
            self._row(i, c)
        self.table.resizeColumnToContents(1)

    def _row(self, i: int, c: ClientQuality) -> None:
        problems = "; ".join(self._problem_text(p) for p in c.problems)
        for j, value in enumerate((str(c.client_id), c.name, f"{c.score:.0%}", problems)):
            item = QTableWidgetItem(value)
            if j in (0, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, j, item)

    def _problem_text(self, p) -> str:  # type: ignore[no-untyped-def]
        field = tr(FIELD_LABELS.get(p.field, p.field))
        if p.kind == "missing":
            return f"{tr(KINDS['missing'])}: {field}"
        if p.kind == "stale":
            assert self.report is not None
            return QCoreApplication.translate(
                "DataQualityView", "not updated or reviewed for over %1 months"
            ).replace("%1", str(self.report.stale_months))
        return f"{tr(KINDS['invalid'])} {field}: {app_message(p.message)}"

    def _failed(self, kind: str, message: str) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.summary.setText(
            app_message(message)
            if message
            else QCoreApplication.translate("DataQualityView", "The check failed (%1).").replace(
                "%1", kind
            )
        )

    def _open(self, row: int, _column: int) -> None:
        if self.report is None:
            return
        c = self.report.clients[row]
        self.openProblems.emit(c.client_id, c.problems)

    def make_tasks(self) -> None:
        if self.report is None:
            return
        with self.office.transaction() as s:
            created = create_tasks(s, self.report)
        self.summary.setText(
            QCoreApplication.translate("DataQualityView", "Created %1 follow-up tasks.").replace(
                "%1", f"{created:,}"
            )
        )
        self.tasksCreated.emit()

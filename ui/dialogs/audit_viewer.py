"""The audit trail for compliance: filter by user, client, action and date; page through
millions of entries; check the chain; export what the filters show as CSV.

The table's model holds only the rows fetched so far and asks app/audit.py for the next
page (keyset on seq, newest first) when the view scrolls near the end (canFetchMore /
fetchMore), so opening the viewer on a million entries reads one page. Checking the chain
and exporting run as BackgroundJobs with their own sessions, a progress bar and Cancel.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import audit
from app.audit import AuditFilter, AuditRow
from db.office import Office
from ui.app_messages import app_message
from ui.background_job import BackgroundJob
from ui.widgets.fields import ErrorLabel, OptionalDateEdit

CTX = "AuditViewer"
PAGE = 200

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditViewer", "#"),
    QT_TRANSLATE_NOOP("AuditViewer", "When"),
    QT_TRANSLATE_NOOP("AuditViewer", "User"),
    QT_TRANSLATE_NOOP("AuditViewer", "Action"),
    QT_TRANSLATE_NOOP("AuditViewer", "Client"),
    QT_TRANSLATE_NOOP("AuditViewer", "Target"),
    QT_TRANSLATE_NOOP("AuditViewer", "Details"),
)

ACTION_LABELS = {
    "sign_in": QT_TRANSLATE_NOOP("AuditViewer", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditViewer", "Failed sign-in"),
    "card_opened": QT_TRANSLATE_NOOP("AuditViewer", "Card opened"),
    "client_created": QT_TRANSLATE_NOOP("AuditViewer", "Client created"),
    "client_changed": QT_TRANSLATE_NOOP("AuditViewer", "Client changed"),
    "reveal": QT_TRANSLATE_NOOP("AuditViewer", "Number revealed"),
    "export": QT_TRANSLATE_NOOP("AuditViewer", "Export"),
    "print": QT_TRANSLATE_NOOP("AuditViewer", "Print"),
    "pack": QT_TRANSLATE_NOOP("AuditViewer", "Review pack"),
    "backup": QT_TRANSLATE_NOOP("AuditViewer", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditViewer", "Restore"),
    "permission_change": QT_TRANSLATE_NOOP("AuditViewer", "Permission change"),
    "consent": QT_TRANSLATE_NOOP("AuditViewer", "Consent"),
    "household": QT_TRANSLATE_NOOP("AuditViewer", "Household"),
    "timeline": QT_TRANSLATE_NOOP("AuditViewer", "Timeline"),
    "task": QT_TRANSLATE_NOOP("AuditViewer", "Task"),
    "complaint": QT_TRANSLATE_NOOP("AuditViewer", "Complaint"),
    "erase": QT_TRANSLATE_NOOP("AuditViewer", "Client erased"),
    "purge": QT_TRANSLATE_NOOP("AuditViewer", "Purge"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def action_text(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return tr(source) if source else action


class AuditTableModel(QAbstractTableModel):
    """Rows fetched so far for one filter; more on demand (see the module docstring)."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self._more = True

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.filter, self.rows, self._more = flt, [], True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or not self._more:
            return
        before = self.rows[-1].seq if self.rows else None
        with self.office.session() as session:
            page = audit.page(session, self.filter, before, PAGE)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return audit.canonical_json(row.detail)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: AuditRow, column: int) -> str:
        if column == 0:
            return str(row.seq)
        if column == 1:
            return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == 2:
            return row.actor
        if column == 3:
            return action_text(row.action)
        if column == 4:
            return "" if row.client_id is None else str(row.client_id)
        if column == 5:
            return row.target or ""
        return row.summary()


class AuditViewerDialog(QDialog):
    def __init__(
        self,
        office: Office,
        actor: str,
        parent: QWidget | None = None,
        client_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.actor = actor
        self.job: BackgroundJob | None = None
        self.setWindowTitle(QCoreApplication.translate("AuditViewer", "Audit trail"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        form_left, form_right = QFormLayout(), QFormLayout()
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("auditUser")
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditAction")
        self.client_edit = QLineEdit()
        self.client_edit.setObjectName("auditClient")
        self.client_edit.setPlaceholderText(
            QCoreApplication.translate("AuditViewer", "Any client (client number)")
        )
        self.date_from = OptionalDateEdit()
        self.date_from.setObjectName("auditFrom")
        self.date_to = OptionalDateEdit()
        self.date_to.setObjectName("auditTo")
        form_left.addRow(QCoreApplication.translate("AuditViewer", "User"), self.user_combo)
        form_left.addRow(QCoreApplication.translate("AuditViewer", "Action"), self.action_combo)
        form_left.addRow(QCoreApplication.translate("AuditViewer", "Client"), self.client_edit)
        form_right.addRow(QCoreApplication.translate("AuditViewer", "From"), self.date_from)
        form_right.addRow(QCoreApplication.translate("AuditViewer", "To"), self.date_to)
        filters.addLayout(form_left, 2)
        filters.addLayout(form_right, 1)
        layout.addLayout(filters)
        self.error = ErrorLabel()
        self.error.setObjectName("auditError")
        layout.addWidget(self.error)

        self.model = AuditTableModel(office, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 150, 110, 130, 70, 190)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)

        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.verify_button = QPushButton(
            QCoreApplication.translate("AuditViewer", "Check the chain")
        )
        self.verify_button.setObjectName("auditVerify")
        self.export_button = QPushButton(QCoreApplication.translate("AuditViewer", "Export CSV…"))
        self.export_button.setObjectName("auditExport")
        self.cancel_button = QPushButton(QCoreApplication.translate("AuditViewer", "Cancel"))
        self.cancel_button.hide()
        close_button = QPushButton(QCoreApplication.translate("AuditViewer", "Close"))
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close_button)
        layout.addLayout(buttons)

        self.verify_button.clicked.connect(self.verify_chain)
        self.export_button.clicked.connect(self.choose_export)
        self.cancel_button.clicked.connect(self.cancel_job)
        close_button.clicked.connect(self.reject)

        self._fill_choices()
        if client_id is not None:
            self.client_edit.setText(str(client_id))
        self.user_combo.currentIndexChanged.connect(self.apply_filter)
        self.action_combo.currentIndexChanged.connect(self.apply_filter)
        self.client_edit.editingFinished.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.apply_filter()

    # ---- filters ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        with self.office.session() as session:
            actors, actions = audit.actors(session), audit.actions(session)
        self.user_combo.addItem(QCoreApplication.translate("AuditViewer", "Anyone"), None)
        for name in actors:
            self.user_combo.addItem(name, name)
        self.action_combo.addItem(QCoreApplication.translate("AuditViewer", "Any action"), None)
        for action in actions:
            self.action_combo.addItem(action_text(action), action)

    def current_filter(self) -> AuditFilter | None:
        """The filter the widgets describe, or None (with the reason shown) if invalid."""
        text = self.client_edit.text().strip()
        client_id: int | None = None
        if text:
            if not text.isdigit():
                self.error.show_message(
                    QCoreApplication.translate(
                        "AuditViewer", "The client number must be a whole number, e.g. 1024."
                    )
                )
                return None
            client_id = int(text)
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None and end is not None and start > end:
            self.error.show_message(
                QCoreApplication.translate("AuditViewer", "The start date is after the end date.")
            )
            return None
        self.error.show_message("")
        return AuditFilter(
            actor=self.user_combo.currentData(),
            client_id=client_id,
            action=self.action_combo.currentData(),
            date_from=start,
            date_to=end,
        )

    def apply_filter(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return  # the table keeps showing the last valid filter's rows
        self.model.set_filter(flt)
        self._show_count()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.canFetchMore(QModelIndex()):
            text = QCoreApplication.translate(
                "AuditViewer", "Newest %1 entries shown; scroll down for more."
            )
        else:
            text = QCoreApplication.translate("AuditViewer", "%1 entries.")
        self.status.setText(text.replace("%1", f"{shown:,}"))

    # ---- background work -------------------------------------------------------------------
    def _start(self, job: BackgroundJob, busy_text: str) -> None:
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.verify_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.status.setText(busy_text)
        job.signals.failed.connect(self._failed)
        job.start()

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.verify_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._finish()
            self.status.setText(QCoreApplication.translate("AuditViewer", "Cancelled."))

    def _failed(self, message: str) -> None:
        self._finish()
        self.status.setText(app_message(message))

    def verify_chain(self) -> None:
        office = self.office

        def work(progress: Any) -> audit.ChainReport:
            with office.session() as session:
                return audit.verify_chain(session, progress=progress)

        job = BackgroundJob(work)
        job.signals.progress.connect(
            lambda n: self.status.setText(
                QCoreApplication.translate("AuditViewer", "Checking entry %1…").replace(
                    "%1", f"{n:,}"
                )
            )
        )
        job.signals.finished.connect(self._verified)
        self._start(job, QCoreApplication.translate("AuditViewer", "Checking the chain…"))

    def _verified(self, report: audit.ChainReport) -> None:
        self._finish()
        if report.ok:
            text = QCoreApplication.translate(
                "AuditViewer", "The audit chain is intact: %1 entries."
            ).replace("%1", f"{report.entries:,}")
        else:
            text = QCoreApplication.translate(
                "AuditViewer", "The audit chain is broken at entry %1."
            ).replace("%1", str(report.broken_seq))
        self.status.setText(text)
        self.status.setToolTip(report.message())

    def choose_export(self) -> None:
        name = f"audit-trail-{dt.date.today():%Y%m%d}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("AuditViewer", "Export the audit trail"),
            name,
            QCoreApplication.translate("AuditViewer", "CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        if not path.parent.is_dir():
            self.error.show_message(
                QCoreApplication.translate("AuditViewer", "That folder does not exist.")
            )
            return
        office, actor = self.office, self.actor

        def work(progress: Any) -> tuple[int, Path]:
            with office.session() as session:
                rows = audit.export_csv(session, flt, path, progress)
            if rows >= 0 and not office.read_only:  # the export itself is recorded
                with office.transaction() as session:
                    audit.record(session, actor, "export", target="audit_trail", rows=rows)
            return rows, path

        job = BackgroundJob(work)
        job.signals.progress.connect(
            lambda n: self.status.setText(
                QCoreApplication.translate("AuditViewer", "Exported %1 entries…").replace(
                    "%1", f"{n:,}"
                )
            )
        )
        job.signals.finished.connect(self._exported)
        self._start(job, QCoreApplication.translate("AuditViewer", "Exporting…"))

    def _exported(self, result: tuple[int, Path]) -> None:
        self._finish()
        rows, path = result
        if rows < 0:
            self.status.setText(QCoreApplication.translate("AuditViewer", "Cancelled."))
            return
        self.status.setText(
            QCoreApplication.translate("AuditViewer", "Exported %1 entries to %2.")
            .replace("%1", f"{rows:,}")
            .replace("%2", path.name)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_job()
        super().closeEvent(event)

    def reject(self) -> None:
        self.cancel_job()
        super().reject()

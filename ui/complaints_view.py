"""The complaints list: open ones first by deadline, overdue in red; the selected one's
history; a button for each step its state allows (the service refuses any other)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.complaints import (
    OPEN_STATES,
    TRANSITIONS,
    ComplaintData,
    ComplaintRow,
    ComplaintService,
    list_complaints,
)
from app.validation import ValidationError
from db.errors import ConflictError
from db.office import Office
from ui.dialogs.complaint_step_dialog import ComplaintStepDialog
from ui.my_day_view import format_deadline, format_due

CTX = "Complaints"
OVERDUE_COLOR = QColor("#b42318")
STATE_LABELS = {
    "received": QT_TRANSLATE_NOOP("Complaints", "Received"),
    "acknowledged": QT_TRANSLATE_NOOP("Complaints", "Acknowledged"),
    "investigating": QT_TRANSLATE_NOOP("Complaints", "Investigating"),
    "resolved": QT_TRANSLATE_NOOP("Complaints", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Complaints", "Closed"),
    "rejected": QT_TRANSLATE_NOOP("Complaints", "Rejected"),
}
KIND_LABELS = {
    "complaint": QT_TRANSLATE_NOOP("Complaints", "Complaint"),
    "service_request": QT_TRANSLATE_NOOP("Complaints", "Service request"),
}
STEP_LABELS = {
    "acknowledged": QT_TRANSLATE_NOOP("Complaints", "Acknowledge"),
    "investigating": QT_TRANSLATE_NOOP("Complaints", "Investigate"),
    "resolved": QT_TRANSLATE_NOOP("Complaints", "Resolve…"),
    "closed": QT_TRANSLATE_NOOP("Complaints", "Close"),
    "rejected": QT_TRANSLATE_NOOP("Complaints", "Reject…"),
}
FILTERS = (
    ("open", QT_TRANSLATE_NOOP("Complaints", "Not closed")),
    ("overdue", QT_TRANSLATE_NOOP("Complaints", "Overdue")),
    ("all", QT_TRANSLATE_NOOP("Complaints", "All")),
)
HEADERS = (
    QT_TRANSLATE_NOOP("Complaints", "Received on"),
    QT_TRANSLATE_NOOP("Complaints", "Kind"),
    QT_TRANSLATE_NOOP("Complaints", "Client"),
    QT_TRANSLATE_NOOP("Complaints", "Summary"),
    QT_TRANSLATE_NOOP("Complaints", "Owner"),
    QT_TRANSLATE_NOOP("Complaints", "State"),
    QT_TRANSLATE_NOOP("Complaints", "Due"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ComplaintsView(QWidget):
    openClient = Signal(int)

    def __init__(
        self,
        office: Office,
        actor: str = "advisor",
        parent: QWidget | None = None,
        *,
        tz: dt.tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaints")
        self.office = office
        self.actor = actor
        self.tz = tz
        self.rows: list[ComplaintRow] = []
        self.current: ComplaintData | None = None
        self._loaded = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter_label = QLabel()
        bar.addWidget(self.filter_label)
        self.filter = QComboBox()
        self.filter.setObjectName("complaintFilter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, _source in FILTERS:
            self.filter.addItem("", key)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("complaintTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((125, 115, 110, 200, 80, 100, 95)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open_client(row))

        self.history = QTextBrowser()
        self.history.setObjectName("complaintHistory")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        steps = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("logComplaint")
        self.new_button.setEnabled(not office.read_only)
        self.new_button.clicked.connect(self.log_complaint)
        steps.addWidget(self.new_button)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openComplaintClient")
        self.open_button.clicked.connect(lambda: self._open_client(self.table.currentRow()))
        steps.addWidget(self.open_button)
        steps.addStretch(1)
        self.step_buttons: dict[str, QPushButton] = {}
        for state in ("acknowledged", "investigating", "resolved", "closed", "rejected"):
            button = QPushButton()
            button.setObjectName(f"step_{state}")
            button.clicked.connect(lambda _c=False, s=state: self.step(s))
            steps.addWidget(button)
            self.step_buttons[state] = button
        layout.addLayout(steps)
        self.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_label.setText(QCoreApplication.translate("Complaints", "Show"))
        for i, (_key, source) in enumerate(FILTERS):
            self.filter.setItemText(i, tr(source))
        self.open_button.setText(QCoreApplication.translate("Complaints", "Open client"))
        self.new_button.setText(QCoreApplication.translate("Complaints", "Log complaint…"))
        for state, button in self.step_buttons.items():
            button.setText(tr(STEP_LABELS[state]))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        if self._loaded:
            self._fill()
            self._show_history()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        key = self.filter.currentData()
        selected = self.current.id if self.current else None
        with self.office.session() as s:
            if key == "open":
                self.rows = list_complaints(s, states=(*OPEN_STATES, "resolved"))
            elif key == "overdue":
                self.rows = list_complaints(s, overdue_only=True)
            else:
                self.rows = list_complaints(s)
        self._fill()
        if selected is not None:
            self.select(selected)
        self._selected()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                format_due(row.received_at, False, self.tz),
                tr(KIND_LABELS.get(row.kind, row.kind)),
                row.client_name,
                row.summary.splitlines()[0] if row.summary else "",
                row.owner or "",
                tr(STATE_LABELS.get(row.state, row.state)),
                format_deadline(row.due_at, self.tz) if row.state in OPEN_STATES else "",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.overdue and c in (5, 6):
                    item.setForeground(QBrush(OVERDUE_COLOR))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.count_label.setText(
            QCoreApplication.translate("Complaints", "%1 shown").replace(
                "%1", f"{len(self.rows):,}"
            )
        )

    def select(self, complaint_id: int) -> bool:
        for r, row in enumerate(self.rows):
            if row.id == complaint_id:
                self.table.selectRow(r)
                return True
        return False

    def _selected(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            with self.office.session() as s:
                self.current = ComplaintService(s, tz=self.tz).load(self.rows[r].id)
        else:
            self.current = None
        self._show_history()
        self._update_buttons()

    def _show_history(self) -> None:
        data = self.current
        if data is None:
            self.history.clear()
            return
        lines = [
            f"<b>{_html(tr(KIND_LABELS.get(data.kind, data.kind)))} #{data.id}</b> — "
            f"{_html(data.client_name)}",
            f"<p>{_html(data.summary)}</p>",
        ]
        if data.resolution:
            caption = _html(QCoreApplication.translate("Complaints", "Resolution"))
            lines.append(f"<p><b>{caption}:</b> {_html(data.resolution)}</p>")
        if data.satisfaction:
            caption = _html(QCoreApplication.translate("Complaints", "Satisfaction"))
            lines.append(f"<p><b>{caption}:</b> {'★' * data.satisfaction}</p>")
        lines.append("<ul>")
        for event in data.events:
            note = f" — {_html(event.note)}" if event.note else ""
            lines.append(
                f"<li>{format_due(event.at, False, self.tz)} "
                f"<b>{_html(tr(STATE_LABELS.get(event.to_state, event.to_state)))}</b> "
                f"({_html(event.actor)}){note}</li>"
            )
        lines.append("</ul>")
        self.history.setHtml("".join(lines))

    def _update_buttons(self) -> None:
        allowed = TRANSITIONS.get(self.current.state, ()) if self.current else ()
        for state, button in self.step_buttons.items():
            button.setEnabled(state in allowed and not self.office.read_only)
        self.open_button.setEnabled(self.current is not None)

    def _open_client(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.openClient.emit(self.rows[row].client_id)

    def log_complaint(self) -> None:
        """A new complaint or service request; the list reloads and selects it."""
        from ui.dialogs.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.office, self.actor, parent=self, tz=self.tz)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.complaint_id is None:
            return
        self.current = None
        self.reload()
        if not self.select(dialog.complaint_id):  # hidden by the filter: show everything
            self.filter.setCurrentIndex(self.filter.findData("all"))
            self.select(dialog.complaint_id)

    def step(self, to_state: str) -> None:
        data = self.current
        if data is None:
            return
        dialog = ComplaintStepDialog(tr(STEP_LABELS[to_state]).rstrip("…"), to_state, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.office.transaction() as s:
                ComplaintService(s, self.actor, tz=self.tz).transition(
                    data.id,
                    data.version,
                    to_state,
                    note=dialog.note() or None,
                    resolution=dialog.resolution() or None,
                    satisfaction=dialog.score(),
                )
        except ConflictError:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("Complaints", "Complaint changed"),
                QCoreApplication.translate(
                    "Complaints",
                    "Someone else changed this complaint; it was reloaded. Nothing was saved.",
                ),
            )
        except ValidationError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("Complaints", "Step refused"), str(exc)
            )
        self.current = None
        self.reload()
        if not self.select(data.id):  # it left the filter (closed): nothing is selected
            self.table.clearSelection()
            self._selected()

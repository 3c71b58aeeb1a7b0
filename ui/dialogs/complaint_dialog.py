"""Log a complaint or service request: kind, client, when it arrived, what it is about, the
owner. ComplaintService opens it (state "received") and computes the service-level
deadlines; the dialog shows them once saved. Validation errors show inline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.complaints import KINDS, ComplaintService
from app.my_day import assignees
from app.validation import ValidationError
from db.errors import ConflictError, OfficeError
from db.office import Office
from ui.app_messages import app_message
from ui.my_day_view import format_deadline
from ui.widgets.client_chooser import ClientChooser
from ui.widgets.fields import ErrorLabel, add_dialog_footer

CTX = "ComplaintDialog"
KIND_LABELS = {
    "complaint": QT_TRANSLATE_NOOP("ComplaintDialog", "Complaint"),
    "service_request": QT_TRANSLATE_NOOP("ComplaintDialog", "Service request"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ComplaintDialog(QDialog):
    """Opens the complaint itself on OK; `complaint_id` is set when it was saved."""

    def __init__(
        self,
        office: Office,
        actor: str = "advisor",
        client_id: int | None = None,
        client_name: str | None = None,
        parent: QWidget | None = None,
        *,
        tz: dt.tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        self.office = office
        self.actor = actor
        self.tz = tz
        self.complaint_id: int | None = None
        self.deadlines: tuple[dt.datetime, dt.datetime] | None = None
        self.setWindowTitle(
            QCoreApplication.translate("ComplaintDialog", "Log complaint / service request")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.kind = QComboBox()
        self.kind.setObjectName("complaintKind")
        for key in KINDS:
            self.kind.addItem(tr(KIND_LABELS.get(key, key)), key)
        form.addRow(QCoreApplication.translate("ComplaintDialog", "Kind"), self.kind)

        self.client_chooser = ClientChooser(
            office,
            label_name="complaintClient",
            choose_text=QCoreApplication.translate("ComplaintDialog", "Choose…"),
            picker_title=QCoreApplication.translate("ComplaintDialog", "Which client?"),
            empty_text=QCoreApplication.translate("ComplaintDialog", "No client chosen"),
            with_error=True,
        )
        self.client_label = self.client_chooser.label
        self.choose_button = self.client_chooser.choose_button
        self.client_error = self.client_chooser.error
        form.addRow(QCoreApplication.translate("ComplaintDialog", "Client"), self.client_chooser)
        self.set_client(client_id, client_name)

        self.received_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.received_edit.setObjectName("complaintReceived")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(3600))
        form.addRow(
            QCoreApplication.translate("ComplaintDialog", "Received at"), self.received_edit
        )

        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setObjectName("complaintSummary")
        self.summary_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ComplaintDialog", "What is it about? The first line shows in the list."
            )
        )
        self.summary_edit.setMinimumHeight(90)
        self.summary_error = ErrorLabel()
        summary_column = QVBoxLayout()
        summary_column.setContentsMargins(0, 0, 0, 0)
        summary_column.addWidget(self.summary_edit)
        summary_column.addWidget(self.summary_error)
        form.addRow(QCoreApplication.translate("ComplaintDialog", "Summary"), summary_column)

        self.owner = QComboBox()
        self.owner.setObjectName("complaintOwner")
        self.owner.setEditable(True)
        with office.session() as session:
            names = assignees(session)
        for name in sorted({*names, actor}):
            self.owner.addItem(name)
        self.owner.setCurrentText(actor)
        form.addRow(QCoreApplication.translate("ComplaintDialog", "Owner"), self.owner)
        layout.addLayout(form)

        self.error, self.save_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "ComplaintDialog",
                "The deadlines follow the office's service levels, in working days.",
            ),
            QCoreApplication.translate("ComplaintDialog", "Log it"),
            QCoreApplication.translate("ComplaintDialog", "Cancel"),
        )
        self.save_button.setObjectName("saveComplaint")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(not office.read_only)
        self.resize(500, 400)

    # ---- client ----------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self.client_chooser.client_id

    def set_client(self, client_id: int | None, name: str | None) -> None:
        self.client_chooser.set_client(client_id, name)

    def choose_client(self) -> None:
        self.client_chooser.choose()

    # ---- saving ----------------------------------------------------------------------

    def received_at(self) -> dt.datetime:
        moment = self.received_edit.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        return moment.replace(second=0, microsecond=0)  # naive: the office's local time

    def accept(self) -> None:
        for label in (self.error, self.client_error, self.summary_error):
            label.show_message("")
        if self.client_id is None:
            self.client_error.show_message(
                QCoreApplication.translate("ComplaintDialog", "Choose the client first.")
            )
            self.choose_button.setFocus()
            return
        try:
            with self.office.transaction() as session:
                service = ComplaintService(session, self.actor, tz=self.tz)
                complaint_id = service.open(
                    self.client_id,
                    self.summary_edit.toPlainText(),
                    kind=str(self.kind.currentData()),
                    owner=self.owner.currentText().strip() or None,
                    received_at=self.received_at(),
                )
                data = service.load(complaint_id)
        except ValidationError as exc:
            for error in exc.errors:
                if error.field == "summary":
                    self.summary_error.show_message(app_message(error.message))
                    self.summary_edit.setFocus()
                elif error.field == "client_id":
                    self.client_error.show_message(app_message(error.message))
                else:
                    self.error.show_message(app_message(error.message))
            return
        except (ConflictError, OfficeError) as exc:
            self.error.show_message(str(exc))
            return
        self.complaint_id = complaint_id
        self.deadlines = (data.acknowledge_due_at, data.due_at)
        QMessageBox.information(
            self,
            QCoreApplication.translate("ComplaintDialog", "Logged"),
            QCoreApplication.translate(
                "ComplaintDialog", "#%1 is logged. Acknowledge by %2; resolve by %3."
            )
            .replace("%1", str(complaint_id))
            .replace("%2", format_deadline(data.acknowledge_due_at, self.tz))
            .replace("%3", format_deadline(data.due_at, self.tz)),
        )
        super().accept()

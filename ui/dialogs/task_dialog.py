"""New task: title, optional client, due date and time (or all day), assignee, priority,
recurrence, notes. Saved through TaskService in one transaction; the service's validation
errors show inline and the dialog stays open until the task is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.my_day import assignees
from app.tasks import PRIORITIES, RECURRENCES, TaskService
from app.validation import ValidationError
from db.errors import ConflictError, OfficeError
from db.office import Office
from ui.app_messages import app_message
from ui.widgets.client_chooser import ClientChooser
from ui.widgets.fields import ErrorLabel

CTX = "TaskDialog"
PRIORITY_LABELS = {
    "low": QT_TRANSLATE_NOOP("TaskDialog", "Low"),
    "normal": QT_TRANSLATE_NOOP("TaskDialog", "Normal"),
    "high": QT_TRANSLATE_NOOP("TaskDialog", "High"),
}
RECURRENCE_LABELS = {
    "none": QT_TRANSLATE_NOOP("TaskDialog", "Does not repeat"),
    "daily": QT_TRANSLATE_NOOP("TaskDialog", "Daily"),
    "weekly": QT_TRANSLATE_NOOP("TaskDialog", "Weekly"),
    "monthly": QT_TRANSLATE_NOOP("TaskDialog", "Monthly"),
    "quarterly": QT_TRANSLATE_NOOP("TaskDialog", "Quarterly"),
    "yearly": QT_TRANSLATE_NOOP("TaskDialog", "Yearly"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class TaskDialog(QDialog):
    """Creates the task itself on OK; `task_id` is set when it was saved."""

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
        self.setObjectName("taskDialog")
        self.office = office
        self.actor = actor
        self.tz = tz
        self.task_id: int | None = None
        self.setWindowTitle(QCoreApplication.translate("TaskDialog", "New task"))
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("taskTitle")
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("TaskDialog", "e.g. Call about the renewal")
        )
        self.title_error = ErrorLabel()
        title_box = QVBoxLayout()
        title_box.setContentsMargins(0, 0, 0, 0)
        title_box.addWidget(self.title_edit)
        title_box.addWidget(self.title_error)
        form.addRow(QCoreApplication.translate("TaskDialog", "Title"), title_box)

        self.client_chooser = ClientChooser(
            office,
            label_name="taskClient",
            choose_text=QCoreApplication.translate("TaskDialog", "Choose…"),
            picker_title=QCoreApplication.translate("TaskDialog", "Task for which client?"),
            empty_text=QCoreApplication.translate("TaskDialog", "None (a task of your own)"),
            clear_text=QCoreApplication.translate("TaskDialog", "No client"),
        )
        self.client_label = self.client_chooser.label
        self.choose_button = self.client_chooser.choose_button
        self.clear_button = self.client_chooser.clear_button
        form.addRow(QCoreApplication.translate("TaskDialog", "Client"), self.client_chooser)
        self.set_client(client_id, client_name)

        tomorrow = QDate.currentDate().addDays(1)
        self.due_edit = QDateTimeEdit(QDateTime(tomorrow, QTime(9, 0)))
        self.due_edit.setObjectName("taskDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.all_day = QCheckBox(QCoreApplication.translate("TaskDialog", "All day"))
        self.all_day.setObjectName("taskAllDay")
        self.all_day.toggled.connect(self._all_day_toggled)
        due_box = QHBoxLayout()
        due_box.setContentsMargins(0, 0, 0, 0)
        due_box.addWidget(self.due_edit, 1)
        due_box.addWidget(self.all_day)
        form.addRow(QCoreApplication.translate("TaskDialog", "Due"), due_box)

        self.assignee = QComboBox()
        self.assignee.setObjectName("taskAssignee")
        self.assignee.setEditable(True)
        with office.session() as session:
            names = assignees(session)
        for name in sorted({*names, actor}):
            self.assignee.addItem(name)
        self.assignee.setCurrentText(actor)
        form.addRow(QCoreApplication.translate("TaskDialog", "Assignee"), self.assignee)

        self.priority = QComboBox()
        self.priority.setObjectName("taskPriority")
        for key in PRIORITIES:
            self.priority.addItem(tr(PRIORITY_LABELS.get(key, key)), key)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        form.addRow(QCoreApplication.translate("TaskDialog", "Priority"), self.priority)

        self.recurrence = QComboBox()
        self.recurrence.setObjectName("taskRecurrence")
        for key in RECURRENCES:
            self.recurrence.addItem(tr(RECURRENCE_LABELS.get(key, key)), key)
        form.addRow(QCoreApplication.translate("TaskDialog", "Repeats"), self.recurrence)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("taskNotes")
        self.notes_edit.setMinimumHeight(70)
        form.addRow(QCoreApplication.translate("TaskDialog", "Notes"), self.notes_edit)
        layout.addLayout(form)

        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("TaskDialog", "Cancel")
        )
        self.save_button = QPushButton(QCoreApplication.translate("TaskDialog", "Create task"))
        self.save_button.setObjectName("saveTask")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(not office.read_only)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 420)

    # ---- client ----------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self.client_chooser.client_id

    def set_client(self, client_id: int | None, name: str | None) -> None:
        self.client_chooser.set_client(client_id, name)

    def choose_client(self) -> None:
        self.client_chooser.choose()

    def _all_day_toggled(self, checked: bool) -> None:
        self.due_edit.setDisplayFormat("yyyy-MM-dd" if checked else "yyyy-MM-dd HH:mm")

    # ---- saving ----------------------------------------------------------------------

    def due(self) -> dt.datetime | dt.date:
        moment = self.due_edit.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        return moment.date() if self.all_day.isChecked() else moment.replace(second=0)

    def accept(self) -> None:
        self.error.show_message("")
        self.title_error.show_message("")
        try:
            with self.office.transaction() as session:
                self.task_id = TaskService(session, self.actor, tz=self.tz).create(
                    self.title_edit.text(),
                    self.due(),
                    client_id=self.client_id,
                    all_day=self.all_day.isChecked(),
                    assignee=self.assignee.currentText().strip() or None,
                    priority=str(self.priority.currentData()),
                    notes=self.notes_edit.toPlainText().strip() or None,
                    recurrence=str(self.recurrence.currentData()),
                )
        except ValidationError as exc:
            self.task_id = None
            for error in exc.errors:
                if error.field == "title":
                    self.title_error.show_message(app_message(error.message))
                    self.title_edit.setFocus()
                else:
                    self.error.show_message(app_message(error.message))
            return
        except (ConflictError, OfficeError) as exc:
            self.task_id = None
            self.error.show_message(str(exc))
            return
        super().accept()

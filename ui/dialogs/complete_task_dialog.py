"""Mark a task done: ask what came of it (the outcome goes onto the client's timeline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CTX = "CompleteTaskDialog"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class CompleteTaskDialog(QDialog):
    """Only reads: the caller completes the task with `outcome()` in one transaction."""

    def __init__(
        self, title: str, client: str | None, recurring: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("completeTaskDialog")
        self.setWindowTitle(QCoreApplication.translate("CompleteTaskDialog", "Mark task done"))
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_escape(title)}</b>" + (f" — {_escape(client)}" if client else ""))
        heading.setObjectName("taskHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        prompt = QLabel(
            QCoreApplication.translate(
                "CompleteTaskDialog", "What came of it? The outcome is kept with the task"
            )
            + (
                QCoreApplication.translate(
                    "CompleteTaskDialog", " and goes onto the client's timeline."
                )
                if client
                else "."
            )
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setPlaceholderText(
            QCoreApplication.translate(
                "CompleteTaskDialog", "e.g. Called; agreed to meet on Friday"
            )
        )
        self.outcome_edit.setMinimumHeight(90)
        layout.addWidget(self.outcome_edit, 1)
        if recurring:
            note = QLabel(
                QCoreApplication.translate(
                    "CompleteTaskDialog", "This task repeats: the next occurrence is created."
                )
            )
            note.setObjectName("recurringNote")
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.done_button = QPushButton(QCoreApplication.translate("CompleteTaskDialog", "Done"))
        self.done_button.setObjectName("doneButton")
        self.done_button.setDefault(True)
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("CompleteTaskDialog", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.outcome_edit.textChanged.connect(self._update)
        self._update()
        self.resize(440, 260)

    def _update(self) -> None:
        self.done_button.setEnabled(bool(self.outcome()))

    def outcome(self) -> str:
        return self.outcome_edit.toPlainText().strip()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

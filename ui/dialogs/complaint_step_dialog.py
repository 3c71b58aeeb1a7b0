"""One step of a complaint: a note (required to reject), and for resolving the resolution
and the client's satisfaction with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CTX = "ComplaintStepDialog"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ComplaintStepDialog(QDialog):
    def __init__(self, step_label: str, to_state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintStepDialog")
        self.to_state = to_state
        self.setWindowTitle(step_label)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.resolution_edit = QPlainTextEdit()
        self.resolution_edit.setObjectName("resolution")
        self.satisfaction = QComboBox()
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.addItem(
            QCoreApplication.translate("ComplaintStepDialog", "Not rated"), None
        )
        for score in range(1, 6):
            self.satisfaction.addItem("★" * score, score)
        if to_state == "resolved":
            form.addRow(
                QCoreApplication.translate("ComplaintStepDialog", "Resolution"),
                self.resolution_edit,
            )
            form.addRow(
                QCoreApplication.translate("ComplaintStepDialog", "Client's satisfaction"),
                self.satisfaction,
            )
        elif to_state == "closed":
            form.addRow(
                QCoreApplication.translate("ComplaintStepDialog", "Client's satisfaction"),
                self.satisfaction,
            )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("stepNote")
        self.note_edit.setMaximumHeight(80)
        form.addRow(
            QCoreApplication.translate("ComplaintStepDialog", "Reason")
            if to_state == "rejected"
            else QCoreApplication.translate("ComplaintStepDialog", "Note"),
            self.note_edit,
        )
        layout.addLayout(form)
        hint = QLabel(
            QCoreApplication.translate(
                "ComplaintStepDialog", "The step is recorded with the time and your name."
            )
        )
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ComplaintStepDialog", "Cancel")
        )
        self.ok_button = QPushButton(step_label)
        self.ok_button.setObjectName("stepOk")
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.note_edit.textChanged.connect(self._update)
        self.resolution_edit.textChanged.connect(self._update)
        self._update()
        self.resize(460, 300 if to_state == "resolved" else 200)

    def _update(self) -> None:
        ok = True
        if self.to_state == "rejected":
            ok = bool(self.note())
        elif self.to_state == "resolved":
            ok = bool(self.resolution())
        self.ok_button.setEnabled(ok)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def resolution(self) -> str:
        return self.resolution_edit.toPlainText().strip()

    def score(self) -> int | None:
        value = self.satisfaction.currentData()
        return int(value) if value is not None else None

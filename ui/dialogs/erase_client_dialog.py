"""The strong confirmation an erasure needs: say why, and type the client's number or full
legal name. Erasing cannot be undone, so the OK button stays disabled until both are given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class EraseClientDialog(QDialog):
    def __init__(self, client_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseClientDialog")
        self.client_id = client_id
        self.name = name
        self.setWindowTitle(QCoreApplication.translate("EraseClientDialog", "Erase client"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            QCoreApplication.translate("EraseClientDialog", "Erase %1 (client %2)?")
            .replace("%1", name)
            .replace("%2", str(client_id))
        )
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        text = QLabel(
            QCoreApplication.translate(
                "EraseClientDialog",
                "Names, contacts, identity documents, notes, households and the contents of "
                "attachments are removed for good, and the office file is rewritten so no "
                "copy remains in it. This cannot be undone.\n\n"
                "Kept for their retention periods: consent records, financial snapshots "
                "(suitability) and the access log, under an anonymous card. Backups made "
                "before now still hold the client until they are rotated out.",
            )
        )
        text.setWordWrap(True)
        text.setStyleSheet(
            "background: #fbe4e6; color: #5c1010; border: 1px solid #e0a0a6; padding: 8px;"
        )
        layout.addWidget(text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.reason = QLineEdit()
        self.reason.setObjectName("eraseReason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "EraseClientDialog", "e.g. the client's written request of 2026-11-20"
            )
        )
        form.addRow(QCoreApplication.translate("EraseClientDialog", "Reason"), self.reason)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("eraseConfirm")
        form.addRow(
            QCoreApplication.translate(
                "EraseClientDialog", "Type %1 or the full legal name"
            ).replace("%1", str(client_id)),
            self.confirm,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("EraseClientDialog", "Erase for good"))
        self.ok_button.setStyleSheet("color: #b00020; font-weight: bold;")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("EraseClientDialog", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()
        # A wrapped label's height depends on its width, which a dialog's first sizeHint
        # does not know: give the warning the height it needs at the dialog's width.
        width = 600
        text.setMinimumHeight(text.heightForWidth(width - 40) + 20)
        heading.setMinimumHeight(heading.heightForWidth(width - 24))
        self.resize(width, self.sizeHint().height())

    def confirmed(self) -> bool:
        typed = self.confirm.text().strip()
        return typed == str(self.client_id) or (bool(self.name) and typed == self.name.strip())

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _update(self, *_args: object) -> None:
        self.ok_button.setEnabled(self.confirmed() and bool(self.reason_text()))

    def accept(self) -> None:
        if self.confirmed() and self.reason_text():
            super().accept()

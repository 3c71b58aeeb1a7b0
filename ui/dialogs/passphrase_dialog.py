"""A new passphrase typed twice, optionally with the current one, and for a new user their
name and role: the Users dialog's Add user… and Change passphrase… share this one form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.users import MIN_PASSPHRASE
from db.models_security import ROLES
from ui.widgets.fields import add_dialog_footer

CTX = "PassphraseDialog"


def role_label(role: str) -> str:
    labels = {
        "admin": QCoreApplication.translate("UsersDialog", "Admin"),
        "advisor": QCoreApplication.translate("UsersDialog", "Advisor"),
        "assistant": QCoreApplication.translate("UsersDialog", "Assistant"),
        "compliance": QCoreApplication.translate("UsersDialog", "Compliance"),
    }
    return labels.get(role, role)


class PassphraseDialog(QDialog):
    """new_user: ask name and role too. ask_current: ask the current passphrase (your own)."""

    def __init__(
        self,
        title: str,
        *,
        new_user: bool = False,
        ask_current: bool = False,
        submit: Callable[[PassphraseDialog], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name = QLineEdit()
        self.name.setObjectName("userName")
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(ROLES.index("advisor"))
        if new_user:
            form.addRow(QCoreApplication.translate("PassphraseDialog", "Name"), self.name)
            form.addRow(QCoreApplication.translate("PassphraseDialog", "Role"), self.role)
        self.current = QLineEdit()
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        if ask_current:
            form.addRow(
                QCoreApplication.translate("PassphraseDialog", "Current passphrase"), self.current
            )
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            QCoreApplication.translate("PassphraseDialog", "Initial passphrase")
            if new_user
            else QCoreApplication.translate("PassphraseDialog", "New passphrase"),
            self.first,
        )
        self.second = QLineEdit()
        self.second.setObjectName("newPassphrase2")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("PassphraseDialog", "Passphrase again"), self.second)
        self.ask_current = ask_current
        self.new_user = new_user
        self.submit = submit
        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "PassphraseDialog",
                "At least 10 characters; a few words work well. Give it to the person "
                "directly, never by e-mail; they can change it after signing in.",
            )
            if new_user
            else QCoreApplication.translate(
                "PassphraseDialog",
                "At least 10 characters; a few words work well. Only this slot changes.",
            ),
            QCoreApplication.translate("PassphraseDialog", "OK"),
            QCoreApplication.translate("PassphraseDialog", "Cancel"),
        )
        (self.name if new_user else self.current if ask_current else self.first).setFocus()

    def accept(self) -> None:
        if self.new_user and not self.name.text().strip():
            self.error.show_message(
                QCoreApplication.translate("PassphraseDialog", "Enter the user's name.")
            )
            return
        if self.ask_current and not self.current.text():
            self.error.show_message(
                QCoreApplication.translate("PassphraseDialog", "Enter your current passphrase.")
            )
            return
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.error.show_message(
                QCoreApplication.translate(
                    "PassphraseDialog",
                    "Too short: use at least 10 characters (a few words work well).",
                )
            )
            return
        if self.first.text() != self.second.text():
            self.error.show_message(
                QCoreApplication.translate(
                    "PassphraseDialog", "The two passphrases differ. Type the same one twice."
                )
            )
            return
        if self.submit is not None:
            problem = self.submit(self)
            if problem:
                self.error.show_message(problem)
                for field in (self.current, self.first, self.second):
                    field.clear()
                return
        super().accept()

    def show_error(self, message: str) -> None:
        self.error.show_message(message)

"""Unlock an office, or create a new one.

Every failure reaches the user as the OfficeError's one line (what is wrong, what to do);
a locked office offers read-only instead of a dead end.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import OfficeError, OfficeLocked
from db.office import Office, create_office, open_office
from ui.app_messages import app_message
from ui.i18n import LANGUAGE_NAMES, LANGUAGES
from ui.widgets.fields import ErrorLabel

log = logging.getLogger(__name__)
MAX_RECENT = 8
MIN_PASSPHRASE = 10


def passphrase_strength(text: str) -> tuple[int, str]:
    """A rough 0–4 score and its hint: length matters most for a passphrase."""
    classes = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    if len(text) < MIN_PASSPHRASE:
        return 0, QCoreApplication.translate(
            "UnlockDialog", "Too short: use at least 10 characters (a few words work well)."
        )
    score = 1 + (len(text) >= 14) + (len(text) >= 20) + (classes >= 3)
    hints = {
        1: QCoreApplication.translate("UnlockDialog", "Weak: make it longer."),
        2: QCoreApplication.translate("UnlockDialog", "Fair: a few more words would help."),
        3: QCoreApplication.translate("UnlockDialog", "Good."),
        4: QCoreApplication.translate("UnlockDialog", "Strong."),
    }
    return min(score, 4), hints[min(score, 4)]


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("unlock/recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def remember_file(settings: QSettings, path: str) -> None:
    items = [p for p in recent_files(settings) if p != path]
    settings.setValue("unlock/recent", [path, *items][:MAX_RECENT])


class UnlockDialog(QDialog):
    """On accept, `office` holds the unlocked Office (the caller owns and closes it)."""

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.office: Office | None = None
        self.setWindowTitle(
            QCoreApplication.translate("UnlockDialog", "AdvisorDesk — open an office")
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        # -- open --
        page = QWidget()
        form = QFormLayout(page)
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.addItems(recent_files(settings))
        self.recent.currentTextChanged.connect(lambda text: self.open_path.setText(text))
        self.recent.itemDoubleClicked.connect(lambda _item: self.open_passphrase.setFocus())
        self.recent.setMaximumHeight(120)
        form.addRow(QCoreApplication.translate("UnlockDialog", "Recent offices"), self.recent)
        self.open_path = QLineEdit()
        self.open_path.setObjectName("openPath")
        form.addRow(
            QCoreApplication.translate("UnlockDialog", "Office file"),
            self._with_browse(self.open_path, save=False),
        )
        # user accounts (issue 8): empty = the office's only user, or the admin who made it
        self.open_user = QLineEdit(str(settings.value("unlock/user", "") or ""))
        self.open_user.setObjectName("openUser")
        self.open_user.setPlaceholderText(
            QCoreApplication.translate(
                "UnlockDialog", "Empty: the only user, or the admin who created the office"
            )
        )
        form.addRow(QCoreApplication.translate("UnlockDialog", "User"), self.open_user)
        self.open_passphrase = QLineEdit()
        self.open_passphrase.setObjectName("openPassphrase")
        self.open_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("UnlockDialog", "Passphrase"), self.open_passphrase)
        self.tabs.addTab(page, QCoreApplication.translate("UnlockDialog", "Open office"))
        if self.recent.count():
            self.recent.setCurrentRow(0)

        # -- create --
        page = QWidget()
        form = QFormLayout(page)
        self.new_path = QLineEdit()
        self.new_path.setObjectName("newPath")
        form.addRow(
            QCoreApplication.translate("UnlockDialog", "New office file"),
            self._with_browse(self.new_path, save=True),
        )
        self.new_admin = QLineEdit()
        self.new_admin.setObjectName("newAdmin")
        self.new_admin.setPlaceholderText(
            QCoreApplication.translate(
                "UnlockDialog", "Your name: the office gets user accounts, you as its admin"
            )
        )
        form.addRow(QCoreApplication.translate("UnlockDialog", "Admin"), self.new_admin)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setObjectName("newPassphrase")
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.textChanged.connect(self._update_strength)
        form.addRow(QCoreApplication.translate("UnlockDialog", "Passphrase"), self.new_passphrase)
        self.new_passphrase2 = QLineEdit()
        self.new_passphrase2.setObjectName("newPassphrase2")
        self.new_passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            QCoreApplication.translate("UnlockDialog", "Passphrase again"), self.new_passphrase2
        )
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        form.addRow("", self.strength)
        warning = QLabel(
            QCoreApplication.translate(
                "UnlockDialog",
                "Nobody can recover a forgotten passphrase: the office stays locked without it. "
                "Write it down and keep it somewhere safe.",
            )
        )
        warning.setWordWrap(True)
        form.addRow("", warning)
        self.tabs.addTab(page, QCoreApplication.translate("UnlockDialog", "Create office"))
        self._update_strength("")

        self.error = ErrorLabel()
        self.error.setObjectName("unlockError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("UnlockDialog", "Unlock"))
        self.tabs.currentChanged.connect(self._tab_changed)
        bottom = QHBoxLayout()
        # Chosen before unlocking: someone who cannot read the current language must be
        # able to switch (the names are shown in their own language).
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        current = settings.value("ui/language", "")
        index = self.language.findData(current if current in LANGUAGES else language)
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_changed: str | None = None
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        (self.open_passphrase if self.recent.count() else self.open_path).setFocus()

    def _language_chosen(self) -> None:
        """Remember the choice and close; run_gui reopens the window in that language."""
        self.language_changed = str(self.language.currentData())
        self.settings.setValue("ui/language", self.language_changed)
        self.done(QDialog.DialogCode.Rejected)

    def _with_browse(self, edit: QLineEdit, save: bool) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(QCoreApplication.translate("UnlockDialog", "Browse…"))
        row.addWidget(button)
        name_filter = QCoreApplication.translate(
            "UnlockDialog", "Office files (*.db);;All files (*)"
        )

        def browse() -> None:
            if save:
                path, _ = QFileDialog.getSaveFileName(self, "", edit.text(), name_filter)
            else:
                path, _ = QFileDialog.getOpenFileName(self, "", edit.text(), name_filter)
            if path:
                edit.setText(path)

        button.clicked.connect(browse)
        return box

    def _tab_changed(self, index: int) -> None:
        self.error.show_message("")
        self.ok_button.setText(
            QCoreApplication.translate("UnlockDialog", "Unlock")
            if index == 0
            else QCoreApplication.translate("UnlockDialog", "Create")
        )

    def _update_strength(self, text: str) -> None:
        score, hint = passphrase_strength(text)
        colours = ("#b00020", "#b05000", "#8a6d00", "#2e7d32", "#1b5e20")
        self.strength.setText(hint)
        self.strength.setStyleSheet(f"color: {colours[score]};")

    def accept(self) -> None:
        self.error.show_message("")
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            office = self._create() if self.tabs.currentIndex() == 1 else self._open()
        finally:
            self.unsetCursor()
        if office is None:
            return
        self.office = office
        remember_file(self.settings, str(office.path))
        super().accept()

    def _fail(self, message: str) -> None:
        self.error.show_message(message)

    def _open(self) -> Office | None:
        path = self.open_path.text().strip()
        passphrase = self.open_passphrase.text()
        if not path:
            self._fail(
                QCoreApplication.translate("UnlockDialog", "Choose the office file to open.")
            )
            return None
        if not passphrase:
            self._fail(QCoreApplication.translate("UnlockDialog", "Enter the office passphrase."))
            return None
        user = self.open_user.text().strip() or None
        try:
            office = open_office(Path(path), passphrase, user=user)
            self.settings.setValue("unlock/user", user or "")
            return office
        except OfficeLocked as exc:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("UnlockDialog", "Office in use"),
                app_message(str(exc))
                + "\n\n"
                + QCoreApplication.translate("UnlockDialog", "Open it read-only?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._fail(app_message(str(exc)))
                return None
            try:
                return open_office(Path(path), passphrase, read_only=True, user=user)
            except OfficeError as again:
                self._fail(app_message(str(again)))
                return None
        except OfficeError as exc:
            self._fail(app_message(str(exc)))
            return None
        except Exception as exc:  # never a traceback in the user's face
            log.exception("unlock failed")
            self._fail(
                QCoreApplication.translate(
                    "UnlockDialog", "The office could not be opened (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return None
        finally:
            self.open_passphrase.clear()

    def _create(self) -> Office | None:
        path = self.new_path.text().strip()
        first, second = self.new_passphrase.text(), self.new_passphrase2.text()
        if not path:
            self._fail(
                QCoreApplication.translate("UnlockDialog", "Choose where to save the new office.")
            )
            return None
        if len(first) < MIN_PASSPHRASE:
            self._fail(passphrase_strength(first)[1])
            return None
        if first != second:
            self._fail(
                QCoreApplication.translate(
                    "UnlockDialog", "The two passphrases differ. Type the same one twice."
                )
            )
            return None
        try:
            return create_office(Path(path), first, admin=self.new_admin.text().strip() or None)
        except OfficeError as exc:
            self._fail(app_message(str(exc)))
            return None
        except Exception as exc:
            log.exception("create failed")
            self._fail(
                QCoreApplication.translate(
                    "UnlockDialog", "The office could not be created (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return None

"""Users and roles (admins): add a user with a role and an initial passphrase, change a
role, reset a passphrase, remove a user, share clients with an advisor, and change the
office key after a removal. An office still on one shared passphrase is offered the
conversion to user accounts first.

Also the main window's Security menu: Users and roles…, Change my passphrase…, Lock now.

Every change is one transaction through app/users.py, which enforces the permissions; the
dialog only mirrors them (buttons greyed for non-admins). Key changes (rotation, set-up)
rewrite the whole file and run in a worker thread (ui/rekey_worker.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QThread
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import access
from app.access import PermissionDenied
from app.users import UserRow, UserService, rotate_key, set_up_accounts
from app.validation import ValidationError
from db.errors import OfficeError
from db.key_rotation import OfficeKeys
from db.models_security import ROLES
from db.office import Office
from ui.app_messages import app_message
from ui.dialogs.passphrase_dialog import PassphraseDialog, role_label
from ui.rekey_worker import RekeyWorker
from ui.widgets.fields import ErrorLabel
from ui.widgets.tables import read_only_table

CTX = "UsersDialog"

# Fixed one-line messages from app/users.py, db/key_rotation.py and db/office.py, so the
# catalogue can carry them (ui/app_messages.app_message looks them up in "AppMessages").
_APP_MESSAGES = (
    QT_TRANSLATE_NOOP("AppMessages", "The office is locked: unlock it to continue."),
    QT_TRANSLATE_NOOP("AppMessages", "You cannot remove yourself."),
    QT_TRANSLATE_NOOP("AppMessages", "The office needs at least one active admin."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter the user's name."),
    QT_TRANSLATE_NOOP("AppMessages", "Use at least 10 characters (a few words work well)."),
    QT_TRANSLATE_NOOP("AppMessages", "Use at most 100 characters."),
    QT_TRANSLATE_NOOP("AppMessages", "This office already has user accounts."),
    QT_TRANSLATE_NOOP(
        "AppMessages", "That is not the office passphrase; user accounts were not set up."
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages", "The last key slot cannot be removed: no one could unlock the office."
    ),
    QT_TRANSLATE_NOOP("AppMessages", "Choose one of: admin, advisor, assistant, compliance."),
)


def _problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(app_message(e.message) for e in exc.errors)
    return app_message(str(exc).strip("'\""))


class UsersDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.office = office
        self.keys = OfficeKeys(office)
        self.rows: list[UserRow] = []
        self._thread: QThread | None = None
        self._worker: RekeyWorker | None = None
        self._progress: QProgressDialog | None = None
        self.setWindowTitle(QCoreApplication.translate("UsersDialog", "Users and roles"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)

        self.banner = QLabel()
        self.banner.setObjectName("rekeyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; padding: 6px;"
        )
        layout.addWidget(self.banner)

        # -- an office on one shared passphrase: set up accounts --
        self.setup_box = QWidget()
        setup = QFormLayout(self.setup_box)
        intro = QLabel(
            QCoreApplication.translate(
                "UsersDialog",
                "This office opens with one shared passphrase. Set up user accounts: you "
                "become the admin and sign in with the office passphrase, then add your "
                "colleagues, each with their own passphrase and role.",
            )
        )
        intro.setWordWrap(True)
        setup.addRow(intro)
        self.setup_name = QLineEdit()
        self.setup_name.setObjectName("setupName")
        setup.addRow(QCoreApplication.translate("UsersDialog", "Your name"), self.setup_name)
        self.setup_passphrase = QLineEdit()
        self.setup_passphrase.setObjectName("setupPassphrase")
        self.setup_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        setup.addRow(
            QCoreApplication.translate("UsersDialog", "Office passphrase"), self.setup_passphrase
        )
        self.setup_button = QPushButton(
            QCoreApplication.translate("UsersDialog", "Set up accounts")
        )
        self.setup_button.setObjectName("setupAccounts")
        self.setup_button.clicked.connect(self.set_up)
        setup.addRow("", self.setup_button)
        layout.addWidget(self.setup_box)

        # -- the users --
        self.table = read_only_table(
            "usersTable",
            [
                QCoreApplication.translate("UsersDialog", "Name"),
                QCoreApplication.translate("UsersDialog", "Role"),
                QCoreApplication.translate("UsersDialog", "Status"),
                QCoreApplication.translate("UsersDialog", "Shared clients"),
            ],
            single=True,
            stretch=0,
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("add", QCoreApplication.translate("UsersDialog", "Add user…"), self.add_user),
            ("role", QCoreApplication.translate("UsersDialog", "Change role…"), self.change_role),
            (
                "passphrase",
                QCoreApplication.translate("UsersDialog", "Passphrase…"),
                self.passphrase,
            ),
            ("remove", QCoreApplication.translate("UsersDialog", "Remove…"), self.remove),
            ("share", QCoreApplication.translate("UsersDialog", "Share client…"), self.share),
            ("unshare", QCoreApplication.translate("UsersDialog", "Stop sharing…"), self.unshare),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        key_row = QHBoxLayout()
        self.rekey_button = QPushButton(
            QCoreApplication.translate("UsersDialog", "Change office key…")
        )
        self.rekey_button.setObjectName("rekeyButton")
        self.rekey_button.clicked.connect(self.rotate)
        key_row.addWidget(self.rekey_button)
        key_row.addStretch(1)
        layout.addLayout(key_row)

        self.error = ErrorLabel()
        self.error.setObjectName("dialogError")
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("UsersDialog", "Close")
        )
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    # ---- state -----------------------------------------------------------------------
    def refresh(self) -> None:
        enabled = self.keys.enabled
        self.setup_box.setVisible(not enabled)
        self.table.setVisible(enabled)
        for button in (*self.buttons.values(), self.rekey_button):
            button.setVisible(enabled)
        self.rows = []
        due = False
        if enabled:
            try:
                with self.office.session() as s:
                    service = UserService(s, self.keys)
                    self.rows = service.list()
                    due = service.rekey_due()
            except (PermissionDenied, OfficeError) as exc:
                self.error.show_message(_problem(exc))
        self.banner.setText(
            QCoreApplication.translate(
                "UsersDialog",
                "A user was removed since the office key last changed: an old copy of the "
                "key-slot file would still let them in. Change the office key now.",
            )
        )
        self.banner.setVisible(due)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            status = (
                QCoreApplication.translate("UsersDialog", "Active")
                if r.active
                else QCoreApplication.translate("UsersDialog", "Removed")
            )
            for j, text in enumerate((r.name, role_label(r.role), status, str(r.shared_clients))):
                item = QTableWidgetItem(text)
                if not r.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        for i, r in enumerate(self.rows):
            if r.name == name:
                self.table.selectRow(i)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        active = chosen is not None and chosen.active
        for key in ("role", "passphrase", "remove", "unshare"):
            self.buttons[key].setEnabled(active)
        self.buttons["share"].setEnabled(active and chosen is not None and chosen.role == "advisor")

    def _change(self, action: Callable[[UserService], object]) -> bool:
        """One transaction; a refusal or a bad value shows inline and changes nothing."""
        self.error.show_message("")
        try:
            with self.office.transaction() as s:
                action(UserService(s, self.keys))
        except (ValidationError, PermissionDenied, LookupError, OfficeError) as exc:
            self.error.show_message(_problem(exc))
            return False
        chosen = self.selected()
        self.refresh()
        if chosen is not None:
            self.select(chosen.name)
        return True

    # ---- actions -----------------------------------------------------------------------
    def add_user(self) -> None:
        def submit(d: PassphraseDialog) -> str | None:
            try:
                with self.office.transaction() as s:
                    UserService(s, self.keys).add(
                        d.name.text(), str(d.role.currentData()), d.first.text()
                    )
            except (ValidationError, PermissionDenied, OfficeError) as exc:
                return _problem(exc)
            return None

        dialog = PassphraseDialog(
            QCoreApplication.translate("UsersDialog", "Add user"),
            new_user=True,
            submit=submit,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select(" ".join(dialog.name.text().split()))

    def change_role(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        labels = [role_label(r) for r in ROLES]
        label, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("UsersDialog", "Change role"),
            QCoreApplication.translate("UsersDialog", "Role of %1:").replace("%1", chosen.name),
            labels,
            ROLES.index(chosen.role),
            False,
        )
        if ok:
            role = ROLES[labels.index(label)]
            self._change(lambda u: u.set_role(chosen.name, role))

    def passphrase(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        own = chosen.name == self.office.user

        def submit(d: PassphraseDialog) -> str | None:
            try:
                with self.office.transaction() as s:
                    UserService(s, self.keys).change_passphrase(
                        chosen.name, d.first.text(), current=d.current.text() if own else None
                    )
            except (ValidationError, PermissionDenied, OfficeError, LookupError) as exc:
                return _problem(exc)
            return None

        title = QCoreApplication.translate("UsersDialog", "Passphrase of %1").replace(
            "%1", chosen.name
        )
        PassphraseDialog(title, ask_current=own, submit=submit, parent=self).exec()

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("UsersDialog", "Remove user"),
            QCoreApplication.translate(
                "UsersDialog",
                "Remove %1? Their key slot is deleted at once; their name stays in the "
                "history. Change the office key afterwards.",
            ).replace("%1", chosen.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._change(lambda u: u.remove(chosen.name))

    def share(self) -> None:
        from ui.dialogs.client_picker_dialog import ClientPickerDialog

        chosen = self.selected()
        if chosen is None:
            return
        picker = ClientPickerDialog(
            self.office,
            QCoreApplication.translate("UsersDialog", "Share a client with %1").replace(
                "%1", chosen.name
            ),
            parent=self,
        )
        if picker.exec() == QDialog.DialogCode.Accepted and picker.selected_id() is not None:
            client_id = int(picker.selected_id())  # type: ignore[arg-type]
            self._change(lambda u: u.share(client_id, chosen.name))

    def unshare(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            with self.office.session() as s:
                ids = UserService(s, self.keys).shared_with(chosen.name)
        except (PermissionDenied, LookupError) as exc:
            self.error.show_message(_problem(exc))
            return
        if not ids:
            self.error.show_message(
                QCoreApplication.translate("UsersDialog", "No client is shared with %1.").replace(
                    "%1", chosen.name
                )
            )
            return
        item, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("UsersDialog", "Stop sharing"),
            QCoreApplication.translate("UsersDialog", "Client number:"),
            [str(i) for i in ids],
            0,
            False,
        )
        if ok:
            self._change(lambda u: u.unshare(int(item), chosen.name))

    # ---- key changes (worker thread) -----------------------------------------------------
    def rotate(self) -> None:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("UsersDialog", "Change office key"),
            QCoreApplication.translate(
                "UsersDialog",
                "Give the office a new key? Everyone keeps their passphrase; copies of the "
                "key-slot file taken before now stop working. Other windows on this office "
                "must be closed.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run_key_job(rotate_key)

    def set_up(self) -> None:
        name, passphrase = self.setup_name.text().strip(), self.setup_passphrase.text()
        self.setup_passphrase.clear()
        if not name or not passphrase:
            self.error.show_message(
                QCoreApplication.translate(
                    "UsersDialog", "Enter your name and the office passphrase."
                )
            )
            return
        self._run_key_job(lambda office: set_up_accounts(office, name, passphrase))

    def _run_key_job(self, job: Callable[[Office], None]) -> None:
        self.error.show_message("")
        progress = QProgressDialog(
            QCoreApplication.translate("UsersDialog", "Changing the office key…"), "", 0, 0, self
        )
        progress.setObjectName("rekeyProgress")
        progress.setCancelButton(None)  # one SQLite operation: it cannot stop half-way
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        thread = QThread(self)
        worker = RekeyWorker(self.office, job)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # bound methods of this dialog: delivered (queued) in the GUI thread
        worker.finished.connect(self._key_job_done)
        worker.failed.connect(self._key_job_failed)
        self._thread, self._worker, self._progress = thread, worker, progress
        progress.show()
        thread.start()

    def _key_job_failed(self, message: str) -> None:
        self._key_job_done()
        self.error.show_message(app_message(message))

    def _key_job_done(self) -> None:
        if self._progress is not None:
            self._progress.close()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread = self._worker = self._progress = None
        self.refresh()

    def busy(self) -> bool:
        return self._thread is not None


class SecurityMenu(QMenu):
    """The main window's Security menu."""

    def __init__(self, window: QMainWindow, office: Office, lock: Callable[[], None]) -> None:
        super().__init__(window)
        self.setObjectName("securityMenu")
        self.office = office
        self.users_action = QAction(self)
        self.users_action.setObjectName("usersAndRoles")
        self.users_action.triggered.connect(self.open_users)
        self.passphrase_action = QAction(self)
        self.passphrase_action.setObjectName("changeMyPassphrase")
        self.passphrase_action.triggered.connect(self.change_my_passphrase)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockNow")
        # shown in the menu; the key itself is the lock's application-wide shortcut
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.lock_action.triggered.connect(lock)
        for action in (self.users_action, self.passphrase_action):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.lock_action)
        self.aboutToShow.connect(self._update)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("UsersDialog", "S&ecurity"))
        self.users_action.setText(QCoreApplication.translate("UsersDialog", "&Users and roles…"))
        self.passphrase_action.setText(
            QCoreApplication.translate("UsersDialog", "Change my &passphrase…")
        )
        self.lock_action.setText(QCoreApplication.translate("UsersDialog", "&Lock now"))

    def _update(self) -> None:
        try:
            with self.office.session() as s:
                admin = access.can(s, access.USERS)
        except (PermissionDenied, OfficeError):
            admin = False
        self.users_action.setEnabled(admin and not self.office.read_only)
        self.passphrase_action.setEnabled(
            self.office.user is not None and not self.office.read_only
        )

    def open_users(self) -> None:
        UsersDialog(self.office, parent=self.parentWidget()).exec()

    def change_my_passphrase(self) -> None:
        name = self.office.user
        if name is None:
            return
        keys = OfficeKeys(self.office)

        def submit(d: PassphraseDialog) -> str | None:
            try:
                with self.office.transaction() as s:
                    UserService(s, keys).change_passphrase(
                        name, d.first.text(), current=d.current.text()
                    )
            except (ValidationError, PermissionDenied, OfficeError, LookupError) as exc:
                return _problem(exc)
            return None

        PassphraseDialog(
            QCoreApplication.translate("UsersDialog", "Change my passphrase"),
            ask_current=True,
            submit=submit,
            parent=self.parentWidget(),
        ).exec()


def add_security_menu(
    window: QMainWindow, office: Office, lock: Callable[[], None]
) -> SecurityMenu:
    """The main window's hook."""
    menu = SecurityMenu(window, office, lock)
    window.menuBar().addMenu(menu)
    return menu

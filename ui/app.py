"""GUI entry: fonts, translations, the unlock window, then the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import OfficeError, OfficeLocked
from db.office import Office, open_office
from ui import i18n

log = logging.getLogger(__name__)

ORGANIZATION = "AdvisorDesk"
APPLICATION = "AdvisorDesk"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    i18n.load_fonts()
    return app


def _open_direct(db_path: str, passphrase: str) -> Office | None:
    """--db with a passphrase: open straight away, offering read-only if another holds it."""
    try:
        return open_office(Path(db_path), passphrase)
    except OfficeLocked as exc:
        answer = QMessageBox.question(
            None,
            QCoreApplication.translate("UnlockDialog", "Office in use"),
            QCoreApplication.translate("AppMessages", str(exc))
            + "\n\n"
            + QCoreApplication.translate("UnlockDialog", "Open it read-only?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                return open_office(Path(db_path), passphrase, read_only=True)
            except OfficeError as again:
                QMessageBox.critical(None, "AdvisorDesk", str(again))
        return None
    except OfficeError as exc:
        QMessageBox.critical(
            None, "AdvisorDesk", QCoreApplication.translate("AppMessages", str(exc))
        )
        return None


def _report_unexpected(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Last line of defence for a slot that raised: the user gets a calm dialog, the log
    gets the code path (file and line) but not the message, which could hold client data.
    Every action is one transaction, so what was committed before is safe."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from app.access import PermissionDenied

    if issubclass(kind, PermissionDenied):  # a role's limit (issue 8): say it, calmly
        log.info("refused by role: %s", kind.__name__)
        if QApplication.instance() is not None:
            QMessageBox.information(
                None, "AdvisorDesk", QCoreApplication.translate("AppMessages", str(exc))
            )
        return
    log.error("unexpected %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)).rstrip())
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            "AdvisorDesk",
            QCoreApplication.translate(
                "AppMessages",
                "Something went wrong and this action was not completed. "
                "Everything saved before it is safe. (%1)",
            ).replace("%1", kind.__name__),
        )


def run_gui(db_path: str | None, passphrase: str | None) -> int:
    from app import log_privacy

    log_privacy.install()  # no ID number, phone or e-mail reaches any log
    app = make_application()
    sys.excepthook = _report_unexpected
    from ui.attachment_opener import sweep

    sweep()  # attachments a crash or a viewer left decrypted last time
    settings = QSettings()
    translations = i18n.Translations()
    translations.set_language(i18n.Translations.saved_language(settings))

    from ui.dialogs.unlock_dialog import UnlockDialog, remember_file
    from ui.main_window import MainWindow

    office: Office | None = None
    if db_path and passphrase:
        office = _open_direct(db_path, passphrase)
        if office is not None:
            remember_file(settings, str(office.path))
    while office is None:
        dialog = UnlockDialog(settings, language=translations.language)
        if db_path:
            dialog.open_path.setText(db_path)
            dialog.open_passphrase.setFocus()
        accepted = dialog.exec() == UnlockDialog.DialogCode.Accepted
        if dialog.language_changed:
            translations.set_language(dialog.language_changed)
            continue
        if not accepted or dialog.office is None:
            return 1
        office = dialog.office
    window = MainWindow(office, settings=settings, translations=translations)
    window.backups.enable()  # daily and on-close backups (ui/backup_scheduler.py)
    from app.audit import record_sign_in

    record_sign_in(office, getattr(office, "user", None) or window.actor)
    from app.users import record_failed_sign_ins

    record_failed_sign_ins(office)  # failed unlocks before this one (issue 8)
    window.show()
    try:
        return app.exec()
    finally:
        office.close()
        sweep()  # attachments opened during this session

"""run_gui wiring: straight into the main window with --db and a passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PASSPHRASE, make_clients
from ui import app as ui_app


@pytest.fixture
def user_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    yield tmp_path / "config"


def test_run_gui_opens_office_directly(qapp, office, user_settings, monkeypatch) -> None:
    make_clients(office, 5)
    path = office.path
    office.close()
    shown: list[object] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
        shown.extend(w for w in windows if w.isVisible())
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert ui_app.run_gui(str(path), PASSPHRASE) == 0
    assert shown and shown[0].model.total == 5  # type: ignore[attr-defined]
    assert QSettings().value("unlock/recent") in ([str(path)], str(path))
    # The office was closed on the way out: it can be opened for writing again.
    from db.office import open_office

    open_office(path, PASSPHRASE).close()


def test_run_gui_wrong_passphrase_falls_back_to_unlock(qapp, office, user_settings, monkeypatch):  # type: ignore[no-untyped-def]
    path = office.path
    office.close()
    from ui.dialogs.unlock_dialog import UnlockDialog

    seen: list[str] = []

    def fake_dialog_exec(dialog: UnlockDialog) -> int:
        seen.append(dialog.open_path.text())
        return UnlockDialog.DialogCode.Rejected

    monkeypatch.setattr(UnlockDialog, "exec", fake_dialog_exec)
    assert ui_app.run_gui(str(path), "wrong passphrase entirely") == 1
    assert seen == [str(path)]

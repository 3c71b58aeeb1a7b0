"""The unlock window: each failure is one clear line; a locked office offers read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from db.office import open_office
from tests.ui.conftest import PASSPHRASE
from ui.dialogs.unlock_dialog import UnlockDialog, passphrase_strength, recent_files


def _dialog(qtbot, settings) -> UnlockDialog:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def test_wrong_passphrase_is_one_clear_line(qtbot, office, settings) -> None:
    path = office.path
    office.close()
    before = path.read_bytes()
    dialog = _dialog(qtbot, settings)
    dialog.open_path.setText(str(path))
    dialog.open_passphrase.setText("not the passphrase")
    dialog.accept()
    assert dialog.office is None
    message = dialog.error.text()
    assert message and "Traceback" not in message and "\n" not in message
    assert "passphrase" in message.lower()
    assert path.read_bytes() == before


def test_missing_file_and_empty_fields(qtbot, tmp_path: Path, settings) -> None:
    dialog = _dialog(qtbot, settings)
    dialog.accept()
    assert "office file" in dialog.error.text()
    dialog.open_path.setText(str(tmp_path / "nope.db"))
    dialog.open_passphrase.setText("whatever passphrase")
    dialog.accept()
    assert "nope.db" in dialog.error.text()


def test_open_remembers_recent(qtbot, office, settings) -> None:
    path = office.path
    office.close()
    dialog = _dialog(qtbot, settings)
    dialog.open_path.setText(str(path))
    dialog.open_passphrase.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.office is not None and not dialog.office.read_only
    dialog.office.close()
    assert recent_files(settings)[0] == str(path)


def test_locked_office_offers_read_only(qtbot, office, settings, monkeypatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    dialog = _dialog(qtbot, settings)
    dialog.open_path.setText(str(office.path))
    dialog.open_passphrase.setText(PASSPHRASE)
    dialog.accept()  # `office` (the fixture) still holds the writer lock
    assert dialog.office is not None and dialog.office.read_only
    dialog.office.close()


def test_create_checks_passphrases(qtbot, tmp_path: Path, settings) -> None:
    dialog = _dialog(qtbot, settings)
    dialog.tabs.setCurrentIndex(1)
    target = tmp_path / "new.db"
    dialog.new_path.setText(str(target))
    dialog.new_passphrase.setText("short")
    assert "Too short" in dialog.strength.text()
    dialog.accept()
    assert not target.exists()
    dialog.new_passphrase.setText("a long enough passphrase")
    dialog.new_passphrase2.setText("a different passphrase!")
    dialog.accept()
    assert "differ" in dialog.error.text() and not target.exists()
    dialog.new_passphrase2.setText("a long enough passphrase")
    dialog.accept()
    assert dialog.office is not None
    dialog.office.close()
    assert open_office(target, "a long enough passphrase").read_only is False


def test_strength_hint_grows_with_length() -> None:
    scores = [passphrase_strength(p)[0] for p in ("abc", "abcdefghij", "correct horse battery st")]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] >= 3


def test_read_only_window_shows_banner_and_cannot_save(qtbot, office, settings, translations):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_clients
    from ui.main_window import MainWindow

    ids = make_clients(office, 3)
    reader = open_office(office.path, PASSPHRASE, read_only=True)
    try:
        window = MainWindow(reader, settings=settings, translations=translations)
        qtbot.addWidget(window)
        window.show()
        assert window.banner.isVisible() and "Read-only" in window.banner.text()
        window.open_client(ids[0])
        assert not window.card.save_button.isEnabled()
        assert window.card.save() is False
        window.card.fill(window.card._baseline)  # nothing pending on close
        window.close()
    finally:
        reader.close()


def test_language_can_be_chosen_before_unlocking(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.language_changed == "zh_CN" and not dialog.isVisible()
    assert settings.value("ui/language") == "zh_CN"

"""Auto-lock with the real main window: idle by the wall clock (a fake one, stepped),
Ctrl+L, covers over every window, the key gone while locked, and unsaved edits in the card
and in an open dialog coming back after the same user unlocks — never written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from app.clients import ClientService
from db import unlock_attempts
from db.key_slots import slot_path
from db.office import open_office
from tests.app.security_office import ADMIN, LI, PASSPHRASES, build
from tests.ui.conftest import PASSPHRASE
from ui.lock import IdleWatcher, LockScreen, WindowLock, _Cover


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(tmp_path / "state"))


def covers(widget) -> list[_Cover]:  # type: ignore[no-untyped-def]
    return [c for c in widget.findChildren(_Cover) if c.isVisible()]


def test_idle_minutes_by_the_wall_clock(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    watcher = IdleWatcher(5, clock=clock, check_ms=60_000)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    clock.now += 4 * 60
    watcher.check()
    assert fired == []
    # input resets the idle time
    target = QLineEdit()
    qtbot.addWidget(target)
    target.show()
    qtbot.keyClick(target, Qt.Key.Key_A)
    clock.now += 2 * 60
    watcher.check()
    assert fired == []
    # a suspended laptop: the clock jumps by hours between two timer ticks
    clock.now += 3 * 3600
    watcher.check()
    assert fired == [True]
    watcher.stop()


def test_zero_minutes_never_locks(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    watcher = IdleWatcher(0, clock=clock, check_ms=60_000)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    clock.now += 10 * 3600
    watcher.check()
    assert fired == []
    watcher.stop()


def test_window_has_the_lock_with_the_office_setting(window) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(window.window_lock, WindowLock)
    assert window.window_lock.watcher.minutes == 5


def test_idle_lock_hides_everything_and_keeps_edits(  # type: ignore[no-untyped-def]
    qtbot, window, office, book
) -> None:
    lock: WindowLock = window.window_lock
    clock = Clock()
    lock.watcher._clock = clock  # the fake wall clock from here on
    lock.watcher.reset()
    window.open_client(book[1])
    owner = window.card.findChild(QLineEdit, "owner")
    with office.session() as s:
        saved_owner = ClientService(s).load(book[1]).owner
    owner.setText("Unsaved Owner Edit")
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    draft = QLineEdit()
    layout.addWidget(draft)
    draft.setText("half-typed note")
    dialog.show()
    qtbot.waitExposed(dialog)

    clock.now += 6 * 60
    lock.watcher.check()
    assert lock.locked
    assert office.locked and office._key is None
    assert covers(window) and covers(dialog)
    screen = lock.screen
    assert isinstance(screen, LockScreen) and screen.isVisible()
    assert screen.isModal()

    # Escape does not dismiss it; a wrong passphrase keeps it locked
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.isVisible()
    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.locked and office.locked
    assert screen.error.text()
    assert screen.passphrase.text() == ""  # the typed text is not kept

    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not lock.locked and not office.locked
    qtbot.waitUntil(lambda: not covers(window) and not covers(dialog))
    # the edits are back, and were never saved
    assert owner.text() == "Unsaved Owner Edit"
    assert draft.text() == "half-typed note"
    assert dialog.isVisible()
    with office.session() as s:
        assert ClientService(s).load(book[1]).owner == saved_owner


def test_ctrl_l_locks_at_once(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.window_lock.locked and office.locked
    window.window_lock.lock()  # twice is once
    screen = window.window_lock.screen
    assert screen is not None
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not office.locked
    with office.session() as s:
        assert ClientService(s).custom_fields() is not None


def test_screen_saver_signal_locks(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    window.window_lock.screen_saver_changed(False)
    assert not window.window_lock.locked
    window.window_lock.screen_saver_changed(True)
    assert window.window_lock.locked and office.locked
    window.window_lock.screen.passphrase.setText(PASSPHRASE)
    window.window_lock.screen.try_unlock()
    assert not office.locked


def test_only_the_same_user_unlocks(qtbot, tmp_path, settings, translations) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    source = tmp_path / "src" / "office.db"
    source.parent.mkdir()
    build(source)
    path = tmp_path / "office.db"
    shutil.copy(source, path)
    shutil.copy(slot_path(source), slot_path(path))
    office = open_office(path, PASSPHRASES[LI], user=LI)
    try:
        window = MainWindow(office, settings=settings, translations=translations)
        qtbot.addWidget(window)
        window.show()
        window.window_lock.lock()
        screen = window.window_lock.screen
        assert LI in screen.who.text()
        screen.passphrase.setText(PASSPHRASES[ADMIN])  # the admin's passphrase is not Li's
        screen.try_unlock()
        assert office.locked and window.window_lock.locked
        assert LI in screen.error.text()
        unlock_attempts.record_success(path, LI)  # skip the one-second wait
        screen.passphrase.setText(PASSPHRASES[LI])
        screen.try_unlock()
        assert not office.locked and office.user == LI
        window.close()
    finally:
        office.close()


def test_an_advisor_cannot_open_another_advisors_card(
    qtbot, tmp_path, settings, translations, no_modal_boxes
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    source = tmp_path / "src" / "office.db"
    source.parent.mkdir()
    ids = build(source)
    path = tmp_path / "office.db"
    shutil.copy(source, path)
    shutil.copy(slot_path(source), slot_path(path))
    office = open_office(path, PASSPHRASES[LI], user=LI)
    try:
        window = MainWindow(office, settings=settings, translations=translations)
        qtbot.addWidget(window)
        window.show()
        assert window.model.rowCount() == 1  # the list shows Li's own client only
        assert window.open_client(ids[LI]) is True
        assert window.open_client(ids["Chen Jing"]) is False
        assert window.card.client_id == ids[LI]
        assert no_modal_boxes and "not one of Li Ming's clients" in no_modal_boxes[-1][1]
        window.close()
    finally:
        office.close()

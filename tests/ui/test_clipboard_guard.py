"""The clipboard guard with the real (offscreen) clipboard and a short interval injected."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import PASSPHRASE
from ui.clipboard_guard import KDE_HINT, ClipboardGuard, looks_sensitive

PRC_ID = "11010519491231002X"


@pytest.fixture
def clipboard(qapp):  # type: ignore[no-untyped-def]
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.mark.parametrize(
    ("text", "sensitive"),
    [
        (PRC_ID, True),
        ("110105 19491231 002X", True),
        ("6222 0212 3456 7890 123", True),  # a bank card
        ("E12345678", True),  # a passport
        ("+86 138 0013 8000", True),
        ("Meeting notes for Tuesday", False),
        ("2026-11-22", False),
        ("CNY 1,000,000", False),
        ("", False),
        ("x" * 200, False),
    ],
)
def test_what_counts_as_sensitive(text: str, sensitive: bool) -> None:
    assert looks_sensitive(text) is sensitive


def test_copy_secret_is_marked_and_cleared_after_the_interval(qtbot, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard(clear_after_ms=50)
    guard.copy_secret(PRC_ID)
    assert clipboard.text() == PRC_ID
    mime = clipboard.mimeData()
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    assert guard.armed
    with qtbot.waitSignal(guard.cleared, timeout=5000):
        pass
    assert clipboard.text() == ""
    assert not guard.armed


def test_something_else_copied_since_is_left_alone(qtbot, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard(clear_after_ms=50, watch=False)
    guard.copy_secret(PRC_ID)
    clipboard.setText("the user's own text")
    with qtbot.waitSignal(guard.cleared, timeout=5000):
        pass
    assert clipboard.text() == "the user's own text"


def test_ctrl_c_of_a_sensitive_value_is_guarded(qtbot, clipboard) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard(clear_after_ms=60_000)
    clipboard.setText("ordinary words")
    assert not guard.armed
    assert not clipboard.mimeData().hasFormat(KDE_HINT)
    clipboard.setText(PRC_ID)  # what QLineEdit.copy() does
    assert guard.armed
    assert clipboard.text() == PRC_ID
    assert clipboard.mimeData().hasFormat(KDE_HINT)
    guard.clear_now()  # the lock screen clears at once
    assert clipboard.text() == ""


def test_locking_clears_a_guarded_value(qtbot, window, clipboard) -> None:  # type: ignore[no-untyped-def]
    clipboard.setText(PRC_ID)
    assert window.window_lock.clipboard_guard.armed
    window.window_lock.lock()
    assert clipboard.text() == ""
    screen = window.window_lock.screen
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    assert not window.window_lock.locked

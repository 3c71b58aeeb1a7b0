"""Auto-lock: idle minutes by the wall clock, Ctrl+L, and the screen lock where reported.

On lock (WindowLock.lock):
- the office drops its key (Office.lock: pooled connections closed, key bytes overwritten);
- every visible window — the main window, an open card, a half-filled dialog — gets an
  opaque cover over its content, so nothing on screen can be read;
- an application-modal lock screen asks the *same* user's passphrase. Being the newest
  modal window, it takes input even above a modal dialog, and blocks every other window.

Nothing is closed, hidden or saved: a dialog's exec() keeps running under its cover and
unsaved edits stay in the widgets (in memory, never written anywhere) until the unlock
lifts the covers.

Idle time is the wall clock (time.time) compared on a timer, not a countdown timer: a
laptop suspended for an hour is locked the moment it resumes, when the timer first fires.

Screen lock: on Linux desktops that publish org.freedesktop.ScreenSaver.ActiveChanged on
the session D-Bus (KDE, GNOME's compatibility interface, Xfce), the window locks when the
screen does. Elsewhere (Windows WTS session notifications, macOS) we rely on the idle timer
— documented in docs/users-and-keys.md.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import OfficeError
from db.office import Office
from ui.app_messages import app_message
from ui.clipboard_guard import ClipboardGuard
from ui.widgets.fields import ErrorLabel

log = logging.getLogger(__name__)
CTX = "LockScreen"
CHECK_MS = 5_000
LOCK_SHORTCUT = "Ctrl+L"

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once no keyboard, mouse or touch input has arrived for `minutes`."""

    idle = Signal()

    def __init__(
        self,
        minutes: float,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.time,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self._clock = clock
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last = self._clock()
        return False

    def reset(self) -> None:
        self._last = self._clock()

    @Slot()
    def check(self) -> None:
        if self.minutes > 0 and self._clock() - self._last >= self.minutes * 60:
            self._last = self._clock()
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class _Cover(QFrame):
    """An opaque sheet over one window's content (children paint below it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockCover { background: #2b3440; }")
        label = QLabel(QCoreApplication.translate("LockScreen", "Locked"), self)
        label.setStyleSheet("color: #d0d7e0; font-size: 18px;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        elif event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self.raise_)  # a widget added later must stay underneath
        return False


class LockScreen(QDialog):
    """Asks the signed-in user's passphrase; cannot be dismissed any other way."""

    unlocked = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.office = office
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(QCoreApplication.translate("LockScreen", "AdvisorDesk is locked"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(QCoreApplication.translate("LockScreen", "AdvisorDesk is locked"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(title)
        if office.user:
            who = QCoreApplication.translate(
                "LockScreen", "Signed in as %1. Enter your passphrase to continue."
            ).replace("%1", office.user)
        else:
            who = QCoreApplication.translate(
                "LockScreen", "Enter the office passphrase to continue."
            )
        self.who = QLabel(who)
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        hint = QLabel(
            QCoreApplication.translate(
                "LockScreen", "Your unsaved edits are kept and come back when you unlock."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase)
        self.error = ErrorLabel()
        self.error.setObjectName("lockError")
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(QCoreApplication.translate("LockScreen", "Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)

    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        if not passphrase:
            self.error.show_message(
                QCoreApplication.translate("LockScreen", "Enter your passphrase.")
            )
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.office.unlock(passphrase)
        except OfficeError as exc:
            self.error.show_message(app_message(str(exc)))
            return
        finally:
            del passphrase
            self.unsetCursor()
        self.error.show_message("")
        self.unlocked.emit()
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Escape and the close button do nothing: only the passphrase unlocks."""

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


class WindowLock(QObject):
    """Locks the application on idle, on Ctrl+L and on screen lock; unlocks for the same
    user. Owned by the main window (install_lock)."""

    lockedChanged = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        office: Office,
        idle_minutes: float,
        clock: Callable[[], float] = time.time,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.office = office
        self.screen: LockScreen | None = None
        self._covers: list[_Cover] = []
        self.watcher = IdleWatcher(idle_minutes, self, clock=clock, check_ms=check_ms)
        self.watcher.idle.connect(self.lock)
        self.shortcut = QShortcut(QKeySequence(LOCK_SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.lock)
        _watch_screen_saver(self)
        # a copied identity or account number goes when the workstation is left, too
        self.clipboard_guard = ClipboardGuard(self)

    @property
    def locked(self) -> bool:
        return self.screen is not None

    @Slot()
    def lock(self) -> None:
        if self.screen is not None:
            return
        self.office.lock()
        self.clipboard_guard.clear_now()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and not isinstance(widget, LockScreen):
                self._covers.append(_Cover(widget))
        self.screen = LockScreen(self.office, self.window)
        self.screen.unlocked.connect(self._unlocked)
        self.screen.show()
        self.screen.passphrase.setFocus()
        log.info("window locked")
        self.lockedChanged.emit(True)

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.lock()

    def _unlocked(self) -> None:
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers = []
        if self.screen is not None:
            self.screen.deleteLater()
        self.screen = None
        self.watcher.reset()
        from app.users import record_failed_sign_ins

        record_failed_sign_ins(self.office)  # wrong passphrases typed at the lock screen
        log.info("window unlocked")
        self.lockedChanged.emit(False)


def _watch_screen_saver(lock: WindowLock) -> None:
    """Best effort: the freedesktop screen saver's ActiveChanged(bool) on the session bus."""
    try:
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return
    ok = bus.connect(
        "",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        lock,
        SLOT("screen_saver_changed(bool)"),
    )
    if not ok:
        log.info("screen-lock notifications are not available here; the idle timer remains")


def install_lock(window: QWidget, office: Office) -> WindowLock:
    """The main window's hook: read the office's lock.idle_minutes and arm the lock."""
    from app.settings import SettingsService

    with office.session() as session:
        minutes = int(SettingsService(session).get("lock.idle_minutes"))
    return WindowLock(window, office, minutes)

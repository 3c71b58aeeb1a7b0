"""Sensitive values on the clipboard: marked secret for clipboard managers, and cleared
after 30 seconds if they are still there.

Two ways in:
- `copy_secret(text)` for a widget that copies a revealed number on purpose;
- watching the clipboard: whatever the user copies with Ctrl+C (a revealed identity
  number in the card, an account number in a table) is checked, and if it looks like an
  identity, account or phone number it is re-offered with the secret marks and the timer
  starts. Ordinary text is left alone.

The marks: "x-kde-passwordManagerHint: secret" (KDE Klipper and the managers that follow it
on Linux), "application/x-nspasteboard-concealed-type" (macOS), and the registered format
"ExcludeClipboardContentFromMonitorProcessing" (Windows clipboard history and cloud
clipboard skip the content). Only a hash of the value is kept to recognise it later; the
value itself is not held here.
"""

from __future__ import annotations

import hashlib
import re
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from app.validation import validate_prc_id

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
WINDOWS_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing"

_COMPACT = re.compile(r"[\s\-]")
_NUMBERISH = re.compile(r"^\+?[A-Z0-9]{9,34}$")


def looks_sensitive(text: str) -> bool:
    """An identity number (PRC ID with a valid check digit), or an account, passport or
    phone number: 9-34 letters and digits, at least 8 of them digits (so not a date)."""
    compact = _COMPACT.sub("", text.strip()).upper()
    if not compact or len(text) > 64:
        return False
    if len(compact) == 18 and validate_prc_id(compact) is None:
        return True
    return bool(_NUMBERISH.match(compact)) and sum(c.isdigit() for c in compact) >= 8


def secret_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    if sys.platform == "darwin":
        mime.setData(MAC_CONCEALED, text.encode("utf-8"))
    if sys.platform == "win32":
        mime.setData(WINDOWS_EXCLUDE, b"1")
    return mime


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class ClipboardGuard(QObject):
    cleared = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
        watch: bool = True,
    ) -> None:
        super().__init__(parent)
        clipboard = QGuiApplication.clipboard()
        assert clipboard is not None
        self.clipboard: QClipboard = clipboard
        self._digest: bytes | None = None
        self._marking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)
        if watch:
            self.clipboard.dataChanged.connect(self._changed)

    @property
    def armed(self) -> bool:
        return self._digest is not None

    def copy_secret(self, text: str) -> None:
        self._marking = True
        try:
            self.clipboard.setMimeData(secret_mime(text))
        finally:
            self._marking = False
        self._arm(text)

    def _changed(self) -> None:
        if self._marking:
            return
        mime = self.clipboard.mimeData()
        if mime is None or not mime.hasText():
            return
        text = mime.text()
        if not looks_sensitive(text):
            return
        if mime.hasFormat(KDE_HINT):  # already marked (another window's guard): just time it
            self._arm(text)
        else:
            self.copy_secret(text)

    def _arm(self, text: str) -> None:
        self._digest = _digest(text)
        self._timer.start()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds the value we guarded (someone may have
        copied something else since: that is theirs)."""
        self._timer.stop()
        if self._digest is None:
            return
        if _digest(self.clipboard.text()) == self._digest:
            self.clipboard.clear()
        if (
            self.clipboard.supportsSelection()
            and _digest(self.clipboard.text(QClipboard.Mode.Selection)) == self._digest
        ):
            self.clipboard.clear(QClipboard.Mode.Selection)
        self._digest = None
        self.cleared.emit()

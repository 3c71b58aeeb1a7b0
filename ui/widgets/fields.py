"""Small editors that can say "no value": Qt's date and number editors always hold one.

The card maps None to each editor's minimum (shown as a dash), so an empty date of birth
stays empty instead of silently becoming 2000-01-01.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.labels import LABELS, label

_NULL_DATE = QDate(1800, 1, 1)
EMPTY = "—"


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NULL_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(EMPTY)
        self.retranslate()
        self.set_value(None)

    def retranslate(self) -> None:
        self.setDisplayFormat(i18n.date_format())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(_NULL_DATE)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> dt.date | None:
        date = self.date()
        if date == _NULL_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())


class OptionalSpinBox(QSpinBox):
    def __init__(self, maximum: int = 100, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(EMPTY)
        self.set_value(None)

    def set_value(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)

    def value_or_none(self) -> int | None:
        value = self.value()
        return None if value < 0 else value


class CodeCombo(QComboBox):
    """A combo over stable codes whose visible labels follow the language."""

    def __init__(
        self,
        kind: str,
        allow_empty: bool = True,
        codes: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        codes = codes if codes is not None else list(LABELS[kind])
        if allow_empty:
            self.addItem(EMPTY, None)
        for code in codes:
            self.addItem(label(kind, code), code)

    def retranslate(self) -> None:
        for i in range(self.count()):
            code = self.itemData(i)
            if code is not None:
                self.setItemText(i, label(self.kind, code))

    def set_value(self, code: str | None) -> None:
        i = self.findData(code)
        if i < 0 and code is not None:
            # A code this build does not know (newer data): keep it rather than lose it.
            self.addItem(code, code)
            i = self.count() - 1
        self.setCurrentIndex(max(i, 0))

    def value(self) -> str | None:
        return self.currentData()


class ListLineEdit(QLineEdit):
    """A comma-separated list of short words (tags, themes); both , and ， separate."""

    def set_value(self, values: list[str]) -> None:
        self.setText(", ".join(values))

    def value(self) -> list[str]:
        return [p.strip() for p in re.split(r"[,，;；]", self.text()) if p.strip()]


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def add_dialog_footer(
    dialog: QDialog, layout: QVBoxLayout, hint: str, ok_text: str, cancel_text: str
) -> tuple[ErrorLabel, QPushButton]:
    """Add a grey wrapped hint, the dialog's inline error ("dialogError") and OK / Cancel
    buttons wired to accept / reject; returns the error label and the OK button."""
    hint_label = QLabel(hint)
    hint_label.setWordWrap(True)
    hint_label.setStyleSheet("color: gray;")
    layout.addWidget(hint_label)
    error = ErrorLabel()
    error.setObjectName("dialogError")
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, ok_button


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet("border: 1px solid #b00020;" if invalid else "")

"""Card sections as a list on the left and pages on the right.

Nine sections do not fit as tabs in a card half a screen wide (the tab bar scrolled and hid
"Custom fields"); a vertical list shows them all in either language.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget


class SectionStack(QWidget):
    """The subset of QTabWidget's API the card uses, so either can back it."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")
        self.nav.setFixedWidth(130)
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._on_row)

    def _on_row(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            self.currentChanged.emit(row)

    def addTab(self, page: QWidget, text: str) -> int:
        self.stack.addWidget(page)
        self.nav.addItem(text)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        return self.stack.count() - 1

    def setTabText(self, index: int, text: str) -> None:
        item = self.nav.item(index)
        if item is not None:
            item.setText(text)

    def tabText(self, index: int) -> str:
        item = self.nav.item(index)
        return item.text() if item is not None else ""

    def count(self) -> int:
        return self.stack.count()

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        self.nav.setCurrentRow(index)

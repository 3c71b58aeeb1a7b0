"""Pick one client by searching as you type; returns the client's id.

Uses the client list's own search (names, pinyin and initials, phone, email, tags), one
page of 20 rows per keystroke pause, so it stays quick in an office of 100,000 clients.
Callers may add their own rows under the results (e.g. a relationship) with `add_row`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client_list import ClientListService, ListQuery, ListRow
from db.office import Office
from ui.labels import label

log = logging.getLogger(__name__)
CTX = "ClientPickerDialog"
PAGE = 20


class ClientPickerDialog(QDialog):
    def __init__(
        self,
        office: Office,
        title: str | None = None,
        exclude: set[int] | frozenset[int] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self.office = office
        self.exclude = set(exclude)
        self.setWindowTitle(
            title or QCoreApplication.translate("ClientPickerDialog", "Choose a client")
        )
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "ClientPickerDialog", "Name, pinyin or initials, phone, email …"
            )
        )
        layout.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("pickerResults")
        self.results.setMinimumHeight(260)
        layout.addWidget(self.results, 1)
        self.hint = QLabel()
        self.hint.setObjectName("pickerHint")
        self.hint.setStyleSheet("color: #666;")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ClientPickerDialog", "Choose")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ClientPickerDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(lambda *_: self._update_ok())
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.run_search()

    def add_row(self, caption: str, widget: QWidget) -> None:
        """An extra field under the results (a relationship, a role …)."""
        self.form.addRow(caption, widget)

    # ---- search --------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        try:
            with self.office.session() as session:
                rows = ClientListService(session).page(ListQuery(text=text), 0, PAGE + 1)
        except Exception as exc:  # a database fault shows as a line, not a traceback
            log.exception("client search failed: %s", type(exc).__name__)
            self.results.clear()
            self.hint.setText(
                QCoreApplication.translate(
                    "ClientPickerDialog", "The search failed (%1). Try again."
                ).replace("%1", type(exc).__name__)
            )
            self._update_ok()
            return
        rows = [r for r in rows if r.id not in self.exclude]
        more = len(rows) > PAGE
        self.results.clear()
        for row in rows[:PAGE]:
            item = QListWidgetItem(self.describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.legal_name)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        if not rows and text:
            self.hint.setText(
                QCoreApplication.translate("ClientPickerDialog", "No client matches “%1”.").replace(
                    "%1", text
                )
            )
        elif more:
            self.hint.setText(
                QCoreApplication.translate(
                    "ClientPickerDialog", "Showing the first %1 matches; type more to narrow."
                ).replace("%1", str(PAGE))
            )
        elif not text:
            self.hint.setText(
                QCoreApplication.translate(
                    "ClientPickerDialog", "Type to search; Enter or double-click chooses."
                )
            )
        else:
            self.hint.setText("")
        self._update_ok()

    @staticmethod
    def describe(row: ListRow) -> str:
        name = row.legal_name
        if row.chinese_name and row.chinese_name != row.legal_name:
            name = f"{name} ({row.chinese_name})"
        parts = [name, label("status", row.status)]
        if row.owner:
            parts.append(row.owner)
        return " · ".join(parts)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.selected_id() is not None
        )

    # ---- result --------------------------------------------------------------------------
    def select(self, client_id: int) -> bool:
        """Make `client_id` the current row if the results show it (tests, callers)."""
        for i in range(self.results.count()):
            if self.results.item(i).data(Qt.ItemDataRole.UserRole) == client_id:
                self.results.setCurrentRow(i)
                return True
        return False

    def selected_id(self) -> int | None:
        item = self.results.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, int) else None

    def selected_name(self) -> str:
        item = self.results.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole + 1) or "") if item is not None else ""

    def accept(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.selected_id() is None:
            return
        super().accept()

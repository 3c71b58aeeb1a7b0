"""An editor for a short list of records (phones, documents, relatives …).

Row widgets are pooled: refilling the card for another client reuses them instead of
building new ones, which keeps card open well under the 50 ms target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.validation import mask_identifier
from ui.widgets.fields import CodeCombo, ErrorLabel, OptionalDateEdit, mark_invalid

CONTEXT = "RowListEditor"


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # QT_TRANSLATE_NOOP source in the editor's context
    kind: str = "text"  # text | code | date | secret
    codes: str | None = None  # LABELS kind for "code" columns
    stretch: int = 1


class _Row(QWidget):
    def __init__(self, editor: RowListEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.record_id: int | None = None
        self.secret_full = ""
        self.revealed = True
        self.editors: dict[str, Any] = {}
        self.captions: list[tuple[QLabel, str]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        # Records with many fields become a small grid of captioned fields, two per line,
        # so the card stays readable at half a screen's width; short records (a phone and
        # its kind) stay on one line.
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(first)
        grid: QGridLayout | None = None
        if len(editor.columns) > 3:
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(6)
            grid.setVerticalSpacing(3)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 1)
            first.addLayout(grid, 1)
            self.setObjectName("multiLineRow")
            self.setStyleSheet("#multiLineRow { border-bottom: 1px solid #d0d0d0; }")
        self.reveal_button: QPushButton | None = None
        slot = 0  # next free (line, pair) position in the grid
        for column in editor.columns:
            widget: Any
            if column.kind == "code":
                assert column.codes is not None
                widget = CodeCombo(column.codes, allow_empty=False)
                # Size by a few characters, not by the longest label ("Foreign permanent
                # resident ID" would squeeze the number field to two digits).
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                widget.setMinimumContentsLength(8)
            elif column.kind == "date":
                widget = OptionalDateEdit()
            else:
                widget = QLineEdit()
                chars = 19 if column.kind == "secret" else 4
                widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("0" * chars) + 12)
            widget.setObjectName(f"{editor.objectName()}_{column.key}")
            self.editors[column.key] = widget
            for name in ("textChanged", "currentIndexChanged", "dateChanged"):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(lambda *_a: editor.changed.emit())
                    break
            cell: QWidget = widget
            if column.kind == "secret":
                self.reveal_button = QPushButton()
                self.reveal_button.clicked.connect(self._reveal)
                cell = QWidget()
                pair = QHBoxLayout(cell)
                pair.setContentsMargins(0, 0, 0, 0)
                pair.addWidget(widget, 1)
                pair.addWidget(self.reveal_button)
            if grid is None:
                first.addWidget(cell, column.stretch)
                continue
            caption = QLabel()
            caption.setStyleSheet("color: #666;")
            self.captions.append((caption, column.header))
            if column.kind == "secret":
                # The number and its Reveal button get a line of their own.
                row = slot // 2 + (1 if slot % 2 else 0)
                grid.addWidget(caption, row, 0)
                grid.addWidget(cell, row, 1, 1, 3)
                slot = (row + 1) * 2
                continue
            row, col = divmod(slot, 2)
            grid.addWidget(caption, row, col * 2)
            grid.addWidget(cell, row, col * 2 + 1)
            slot += 1
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.clicked.connect(lambda: editor.remove_row(self))
        first.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        for caption, source in self.captions:
            caption.setText(QCoreApplication.translate(self.editor.context, source))
        for column in self.editor.columns:
            widget = self.editors[column.key]
            text = QCoreApplication.translate(self.editor.context, column.header)
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(text)
            widget.setToolTip(text)
            if isinstance(widget, (CodeCombo, OptionalDateEdit)):
                widget.retranslate()
        self.remove_button.setToolTip(QCoreApplication.translate(CONTEXT, "Remove"))
        if self.reveal_button is not None:
            self.reveal_button.setText(QCoreApplication.translate(CONTEXT, "Reveal"))

    def set_values(self, values: dict[str, Any]) -> None:
        self.record_id = values.get("id")
        for column in self.editor.columns:
            widget = self.editors[column.key]
            value = values.get(column.key)
            if column.kind == "code":
                widget.set_value(value)
            elif column.kind == "date":
                widget.set_value(value)
            elif column.kind == "secret":
                self.secret_full = value or ""
                # Saved numbers are masked until someone asks, and that ask is recorded.
                self.revealed = self.record_id is None or not self.secret_full
                widget.setText(
                    self.secret_full if self.revealed else mask_identifier(self.secret_full)
                )
                widget.setReadOnly(not self.revealed)
                if self.reveal_button is not None:
                    self.reveal_button.setVisible(not self.revealed)
            else:
                widget.setText(value or "")
        self.show_error({})

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.record_id}
        for column in self.editor.columns:
            widget = self.editors[column.key]
            if column.kind in ("code", "date"):
                out[column.key] = widget.value()
            elif column.kind == "secret" and not self.revealed:
                out[column.key] = self.secret_full
            else:
                out[column.key] = widget.text()
        return out

    def show_error(self, messages: dict[str, str]) -> None:
        for key, widget in self.editors.items():
            mark_invalid(widget, key in messages)
        self.error.show_message("\n".join(messages.values()))

    def _reveal(self) -> None:
        if self.record_id is None or self.editor.reveal is None:
            return
        full = self.editor.reveal(self.record_id)
        if full is None:
            return
        self.revealed = True
        self.secret_full = full
        for column in self.editor.columns:
            if column.kind == "secret":
                widget = self.editors[column.key]
                widget.setText(full)
                widget.setReadOnly(False)
        if self.reveal_button is not None:
            self.reveal_button.hide()


class RowListEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        name: str,
        columns: list[Column],
        context: str,
        reveal: Callable[[int], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.columns = columns
        self.context = context
        self.reveal = reveal
        self._rows: list[_Row] = []
        self._visible = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        layout.addLayout(self._rows_layout)
        self._empty = QLabel()
        self._empty.setStyleSheet("color: gray;")
        layout.addWidget(self._empty)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(self.add_row)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate(CONTEXT, "Add"))
        self._empty.setText(QCoreApplication.translate(CONTEXT, "None yet."))
        for row in self._rows:
            row.retranslate()

    def _row(self, i: int) -> _Row:
        while len(self._rows) <= i:
            row = _Row(self)
            self._rows.append(row)
            self._rows_layout.addWidget(row)
        return self._rows[i]

    def set_records(self, records: list[dict[str, Any]]) -> None:
        for i, record in enumerate(records):
            row = self._row(i)
            row.set_values(record)
            row.show()
        for row in self._rows[len(records) :]:
            row.hide()
        self._visible = len(records)
        self._empty.setVisible(not records)

    def records(self) -> list[dict[str, Any]]:
        return [row.values() for row in self._rows[: self._visible]]

    def add_row(self) -> None:
        row = self._row(self._visible)
        row.set_values({})
        row.show()
        self._visible += 1
        self._empty.hide()
        first = next(iter(row.editors.values()))
        first.setFocus()
        self.changed.emit()

    def remove_row(self, row: _Row) -> None:
        records = self.records()
        index = self._rows.index(row)
        del records[index]
        # Rows already revealed stay revealed (with any edits); the rest stay masked.
        revealed = [r.revealed for r in self._rows[: self._visible]]
        del revealed[index]
        self.set_records(records)
        for r, was_revealed, record in zip(self._rows, revealed, records, strict=False):
            if was_revealed and not r.revealed:
                r.revealed = True
                for column in self.columns:
                    if column.kind == "secret":
                        r.secret_full = record[column.key]
                        r.editors[column.key].setText(record[column.key])
                        r.editors[column.key].setReadOnly(False)
                if r.reveal_button is not None:
                    r.reveal_button.hide()
        self.changed.emit()

    def clear_errors(self) -> None:
        for row in self._rows:
            row.show_error({})

    def show_errors(self, errors: dict[int, dict[str, str]]) -> None:
        for i, messages in errors.items():
            if 0 <= i < self._visible:
                self._rows[i].show_error(messages)


QT_TRANSLATE_NOOP("RowListEditor", "Add")
QT_TRANSLATE_NOOP("RowListEditor", "Remove")
QT_TRANSLATE_NOOP("RowListEditor", "Reveal")
QT_TRANSLATE_NOOP("RowListEditor", "None yet.")

"""One small read-only table model for the portfolio panel's tables (accounts, holdings,
allocation): rows of display strings, numeric columns right-aligned, headers translated in
the panel's context. A client's portfolio is tens of rows, but a model keeps the views
cheap and the tests able to read what is shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    def __init__(self, context: str, headers: Sequence[str], numeric: Sequence[int]) -> None:
        super().__init__()
        self.context = context
        self.headers = list(headers)  # untranslated sources (QT_TRANSLATE_NOOP at the caller)
        self.numeric = set(numeric)
        self.rows: list[list[str]] = []
        self.tooltips: list[str | None] = []

    def set_rows(self, rows: list[list[str]], tooltips: list[str | None] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.tooltips = tooltips or [None] * len(rows)
        self.endResetModel()

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.rows[row][column] = text
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltips[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.headers[section])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section in self.numeric
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

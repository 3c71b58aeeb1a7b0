"""The read-only table most lists use: rows to look at and pick from.

Whole rows are selected, nothing is edited in place, and the row numbers Qt shows by
default are hidden (they mean nothing to the user and would be mistaken for client
numbers). Headers come already translated from the caller: lupdate only sees literal
QCoreApplication.translate calls, so each view keeps its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def read_only_table(
    name: str,
    headers: Sequence[str],
    *,
    single: bool = False,
    stretch: int | None = None,
) -> QTableWidget:
    """An empty table named `name` (for tests and screenshots) with these column headers.

    single: one row at a time can be selected (else Qt's extended selection).
    stretch: the column that takes the spare width, if any."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table

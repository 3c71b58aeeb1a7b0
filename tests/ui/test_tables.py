"""ui/widgets/tables.py read_only_table: whole rows, no editing, no row numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem

from ui.widgets.tables import read_only_table


def test_a_read_only_table_of_whole_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = read_only_table("t", ["No.", "Client", "Reasons"], single=True, stretch=2)
    qtbot.addWidget(table)
    assert table.objectName() == "t" and table.columnCount() == 3 and table.rowCount() == 0
    assert [table.horizontalHeaderItem(i).text() for i in range(3)] == [
        "No.",
        "Client",
        "Reasons",
    ]
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.verticalHeader().isHidden()
    assert table.horizontalHeader().sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    table.setRowCount(2)
    for row in range(2):
        for col in range(3):
            table.setItem(row, col, QTableWidgetItem(f"{row}{col}"))
    table.selectRow(0)
    table.selectRow(1)
    assert {i.row() for i in table.selectedIndexes()} == {1}
    assert len(table.selectedIndexes()) == 3  # the whole row


def test_defaults_keep_qt_extended_selection_and_no_stretch(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = read_only_table("u", ["A", "B"])
    qtbot.addWidget(table)
    assert table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert table.horizontalHeader().sectionResizeMode(1) != QHeaderView.ResizeMode.Stretch

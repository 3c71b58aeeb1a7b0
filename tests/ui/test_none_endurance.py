"""Survive many Qt calls that return None.

PySide6 6.12.0 on CPython 3.11 under-counts references to None returned from Qt calls
and aborts the interpreter ("none_dealloc") after a few thousand of them. pyproject pins
PySide6 < 6.12 for Python < 3.12; this test fails hard (the process dies) if a build
with the bug slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QTableView

from tests.ui.conftest import make_clients
from ui.models.client_table_model import ClientTableModel

CALLS = 50_000


def test_fifty_thousand_none_returning_qt_calls(qtbot, office, translations) -> None:
    make_clients(office, 300)
    model = ClientTableModel(office.session)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    viewport = view.viewport()
    none_refs_before = sys.getrefcount(None)
    calls = 0
    paints = 0
    results = []
    for loop in range(CALLS):
        if calls >= CALLS:
            break
        column = calls % model.columnCount()
        results.append(viewport.update())  # returns None
        results.append(view.setColumnWidth(column, 80 + calls % 40))  # None
        results.append(view.setToolTip(f"row {calls % 200}"))  # None
        results.append(view.scrollTo(model.index(calls % 200, column)))  # None
        calls += 4
        if loop % 500 == 0:
            results.append(viewport.repaint())  # a real paint through the model
            calls += 1
            paints += 1
            assert all(r is None for r in results)
            results.clear()
    assert calls >= CALLS
    # The interpreter is still alive and None's refcount is still sane (it is immortal on
    # 3.12+, and must not have been driven towards zero on 3.11).
    assert sys.getrefcount(None) >= none_refs_before - 1000
    assert paints >= 20
    assert model.rowCount() >= 200  # the view pulled pages through fetchMore as it scrolled

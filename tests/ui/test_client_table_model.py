"""The lazy list model: Qt's model contract, paging, SQL sort and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.client_list import ListQuery
from tests.ui.conftest import make_clients
from ui.models.client_table_model import COLUMNS, PAGE_SIZE, ClientTableModel


def test_model_passes_qtmodeltester_with_pages(qtmodeltester, office, translations) -> None:
    make_clients(office, 450)
    with office.session() as session:
        from app.clients import ClientService

        defs = ClientService(session).custom_fields()
    model = ClientTableModel(office.session, defs)
    assert model.total == 450
    assert model.rowCount() == PAGE_SIZE  # only the first page is loaded
    assert model.columnCount() == len(COLUMNS) + 2
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    qtmodeltester.check(model, force_py=True)


def test_sort_requeries_sql(office, translations) -> None:
    make_clients(office, 250)
    model = ClientTableModel(office.session)
    first_ascending = model.data(model.index(0, 0))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.query.descending
    assert model.data(model.index(0, 0)) != first_ascending
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert model.rowCount() == PAGE_SIZE
    column = [c[0] for c in COLUMNS].index("next_review")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "next_review"
    assert names  # the descending page was a real page of rows


def test_filters_and_custom_columns(office, translations) -> None:
    make_clients(office, 60)
    with office.session() as session:
        from app.clients import ClientService

        defs = ClientService(session).custom_fields()
    model = ClientTableModel(office.session, defs)
    model.set_query(ListQuery(status="active"))
    assert model.total == 20
    model.set_query(ListQuery(tag="golf"))
    assert model.total == 12
    model.set_query(ListQuery(custom=(("segment", "founder"),)))
    assert model.total == 30
    golf_column = len(COLUMNS)
    assert model.headerData(golf_column, Qt.Orientation.Horizontal) == "Golf handicap"
    model.set_query(ListQuery(text="王"))
    assert model.total >= 1


def test_refresh_can_keep_loaded_rows(office, translations) -> None:
    make_clients(office, 450)
    model = ClientTableModel(office.session)
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.refresh(keep_loaded=True)
    assert model.rowCount() == 2 * PAGE_SIZE
    model.refresh()
    assert model.rowCount() == PAGE_SIZE

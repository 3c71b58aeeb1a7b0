"""The dashboard view: charts arrive by signal off the UI thread, drill-down reaches the
client list, hiding cancels; the main window's tab; the card's Charts section."""

from __future__ import annotations

import datetime as dt

from app.dashboard import DASHBOARD_KEYS
from tests.app.segments_book import TODAY, build_book
from ui.dashboard_view import DashboardView
from ui.widgets.card_charts import CardCharts


def test_first_show_fills_every_chart_by_signal(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    build_book(office)
    view = DashboardView(office, today=TODAY)
    qtbot.addWidget(view)
    assert view.charts == {}  # no plot is built until the tab is first shown
    with qtbot.waitSignal(view.refreshed, timeout=20_000):
        view.show()
    assert set(view.charts) == set(DASHBOARD_KEYS)
    tier = view.charts["tier"].chart
    assert tier is not None and tier.series[1].values == (3, 1, 1, 0)
    assert all(w.chart is not None for w in view.charts.values())
    assert view.status.text().startswith("Updated at")
    assert not view.busy


def test_hiding_cancels_and_showing_again_finishes(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    build_book(office)
    view = DashboardView(office, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.refresh()  # as the first paint's timer (or the Refresh button) starts it
    assert view.busy
    view.hide()
    assert not view.busy and view._job is None
    with qtbot.waitSignal(view.refreshed, timeout=20_000):
        view.show()
    assert view.charts["owner"].chart is not None


def test_drill_down_from_the_dashboard_filters_the_client_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.dashboard
    window.left_tabs.setCurrentWidget(view)
    qtbot.waitUntil(
        lambda: not view.busy and view.charts["owner"].chart is not None, timeout=20_000
    )
    owners = view.charts["owner"]
    li_na = owners.chart.labels.index("Li Na")
    assert owners.click_at(owners.scene_pos_of(li_na))  # horizontal bars: rows by owner
    assert window.left_tabs.currentIndex() == 0
    assert window.model.total == 20  # the book: owners alternate Li Na / Zhou Tao
    assert "Li Na" in window.smart_lists.list.currentItem().text()
    window.smart_lists.clear_selection()
    assert window.model.total == 40


def test_card_charts_and_the_value_score_explanation(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    book = build_book(office)
    charts = CardCharts(office)
    qtbot.addWidget(charts)
    charts.today = TODAY
    charts.load(book.ann)
    charts.resize(900, 700)
    charts.show()
    qtbot.waitUntil(lambda: charts.explanation is not None, timeout=20_000)
    qtbot.waitUntil(
        lambda: all(w.chart is not None for w in charts.charts.values()), timeout=20_000
    )
    assert charts.charts["worth"].chart.series[0].values == (6_000_000_00, 11_900_000_00)
    text = charts.score_label.text()
    assert "Value score 77 of 100" in text
    assert "Revenue: not recorded, left out" in text or "Revenue:" in text
    assert "Contacts in the last year: 4 → 33 points × weight 15" in text
    charts.load(None)
    assert charts.score_label.text() == "" and charts.charts["worth"].chart is None


def test_the_card_has_a_charts_section(qtbot, window, book) -> None:  # type: ignore[no-untyped-def]
    card = window.card
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert "Charts" in titles
    window.open_client(book[0])
    card.tabs.setCurrentIndex(titles.index("Charts"))
    qtbot.waitUntil(lambda: card.charts.explanation is not None, timeout=20_000)
    assert card.charts.client_id == book[0]
    assert card.charts.charts["allocation"].chart.labels == ("cash",)
    _ = dt  # dates come from the fixtures


def test_refresh_pressed_again_and_again_replaces_the_job(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    build_book(office)
    view = DashboardView(office, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    for _ in range(25):  # each press cancels the running job; stale results are dropped
        view.refresh()
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        pass
    assert view.status.text().startswith("Updated at")
    assert view.charts["tier"].chart.series[1].values == (3, 1, 1, 0)

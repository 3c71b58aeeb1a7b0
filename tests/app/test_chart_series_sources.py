"""Charts and segments fed by the portfolio and risk modules: holdings, value against
contributions, risk-level history, the risk-level dimension and the dashboard's risk bars."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import chart_series as cs
from app import dashboard, segments
from app.portfolio import AccountData, PortfolioService, TransactionData, value_vs_contributions
from db.office import Office
from tests.app.risk_helpers import add_product, assess
from tests.app.segments_book import TODAY, Book, build_book


@pytest.fixture
def book(office: Office) -> Book:
    book = build_book(office)
    with office.transaction() as s:
        product = add_product(s, 3)
        portfolio = PortfolioService(s)
        account = portfolio.add_account(
            book.ann,
            AccountData("Bank", "brokerage", "6222020000001234", "CNY", dt.date(2026, 1, 1)),
        )
        portfolio.record_transaction(
            TransactionData(account.id, "deposit", dt.date(2026, 1, 10), 100_000_00, "CNY")
        )
        portfolio.record_transaction(
            TransactionData(
                account.id,
                "buy",
                dt.date(2026, 2, 10),
                50_000_00,
                "CNY",
                product,
                Decimal("50000"),
                Decimal("1"),
            )
        )
        assess(s, book.ann, "C3", on=dt.date(2025, 11, 1))
        assess(s, book.ann, "C4", on=dt.date(2026, 11, 1))
        assess(s, book.dee, "C2", on=dt.date(2026, 6, 1))
    return book


def test_allocation_prefers_holdings_over_the_snapshot(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = cs.allocation(s, book.ann)
        fallback = cs.allocation(s, book.dee)  # no holdings: the latest snapshot
    assert (chart.labels, chart.series[0].values) == (("equity",), (50_000_00,))
    assert chart.label_kind == "product_asset" and chart.currency == "CNY"
    assert (fallback.labels, fallback.series[0].values) == (("deposits",), (1_000_000_00,))
    assert fallback.label_kind == "asset"


def test_value_against_contributions_maps_the_portfolio_series(office: Office, book: Book) -> None:
    start, end = dt.date(2026, 1, 1), dt.date(2026, 4, 30)
    with office.session() as s:
        chart = cs.value_vs_contributions(s, book.ann, start, end)
        source = value_vs_contributions(s, book.ann, start, end)
        empty = cs.value_vs_contributions(s, book.bob, start, end)
    assert chart.labels == ("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30")
    assert chart.series[0].key == "value"
    assert chart.series[0].values == tuple(v for _d, _c, v in source)
    assert chart.series[1].values == tuple(c for _d, c, _v in source)
    assert chart.series[0].values[1:] == (50_000_00,) * 3  # the fund bought in February
    assert empty.empty and empty.note == "No portfolio recorded yet."


def test_risk_level_history_oldest_first(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = cs.risk_level_history(s, book.ann)
        none = cs.risk_level_history(s, book.bob)
    assert chart.labels == ("2025-11-01", "2026-11-01")
    assert chart.series[0].values == (3, 4) and chart.series[0].unit == cs.LEVEL
    assert none.empty and none.note == "No risk assessment yet."


def test_risk_level_dimension_uses_current_assessments(office: Office, book: Book) -> None:
    with office.session() as s:
        c4 = segments.client_ids(s, segments.condition("risk_level", "C4"), TODAY)
        low = segments.client_ids(s, segments.condition("risk_level", "C1", "C2", "C3"), TODAY)
    assert c4 == [book.ann]  # the 2025 C3 was replaced
    assert low == [book.dee]


def test_dashboard_aum_and_clients_by_risk_level(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = dashboard.aum_by_risk_level(s, TODAY)
        behind = segments.client_ids(s, segments.parse(chart.drill[3]), TODAY)
    assert chart.labels == ("C1", "C2", "C3", "C4", "C5", "none")
    assert chart.series[1].values == (0, 1, 0, 1, 0, 6)
    assert chart.series[0].values == (0, 1_000_000_00, 0, 10_500_000_00, 0, 0)
    assert chart.drill[5] is None and behind == [book.ann]

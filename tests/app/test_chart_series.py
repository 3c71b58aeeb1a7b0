"""The card's chart series, from the small known book (tests/app/segments_book.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app import chart_series as cs
from db.office import Office
from tests.app.segments_book import TODAY, Book, build_book


@pytest.fixture
def book(office: Office) -> Book:
    return build_book(office)


def test_net_worth_and_investable_in_base_currency_oldest_first(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = cs.net_worth_over_time(s, book.ann)
    assert chart.labels == ("2025-01-01", "2026-01-01")
    assert chart.currency == "CNY"
    # 2025: CNY 7.0M assets - 1.0M liabilities; investable = cash 2.0M
    # 2026: USD 1.8M - 0.1M at 7 CNY/USD = 11.9M; investable (cash + funds) USD 1.5M = 10.5M
    assert [(s.key, s.values, s.unit) for s in chart.series] == [
        ("net_worth", (6_000_000_00, 11_900_000_00), cs.MONEY),
        ("investable", (2_000_000_00, 10_500_000_00), cs.MONEY),
    ]
    assert chart.meta["skipped"] == 0 and not chart.empty


def test_net_worth_leaves_out_a_snapshot_without_a_rate(office: Office, book: Book) -> None:
    from app.cards import SnapshotData
    from app.clients import ClientService

    with office.transaction() as s:
        ClientService(s).add_snapshot(
            book.dee, SnapshotData(dt.date(2026, 7, 1), "HKD", {"cash": 100_00}, 0)
        )
    with office.session() as s:
        chart = cs.net_worth_over_time(s, book.dee)
    assert chart.labels == ("2026-06-30",)
    assert chart.series[0].values == (1_000_000_00,)
    assert chart.meta["skipped"] == 1


def test_a_client_without_snapshots_has_empty_charts_with_a_reason(
    office: Office, book: Book
) -> None:
    with office.session() as s:
        worth = cs.net_worth_over_time(s, book.eve)
        alloc = cs.allocation(s, book.eve)
    assert worth.empty and worth.note == "No financial snapshot recorded yet."
    assert alloc.empty and alloc.note == "No financial snapshot recorded yet."


def test_allocation_is_the_latest_snapshot_by_asset_class(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = cs.allocation(s, book.ann)
    assert chart.kind == cs.SHARE_BAR
    assert chart.labels == ("cash", "funds", "real_estate")
    assert chart.series[0].values == (500_000_00, 1_000_000_00, 300_000_00)
    assert chart.currency == "USD"


def test_interactions_per_month_by_kind_skip_deleted_and_old(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = cs.interactions_per_month(s, book.ann, TODAY)
    assert chart.labels == tuple(["2025-12"] + [f"2026-{m:02d}" for m in range(1, 12)])
    by_kind = {s.key: s.values for s in chart.series}
    assert list(by_kind) == ["call", "meeting"]  # tie on totals: by name
    assert by_kind["call"] == (0,) * 10 + (2, 0)  # October twice; November's was deleted
    assert by_kind["meeting"] == (0,) * 9 + (1, 0, 1)  # shared family meeting counts for Ann
    with office.session() as s:
        dee = cs.interactions_per_month(s, book.dee, TODAY, months=4)
    assert dee.labels == ("2026-08", "2026-09", "2026-10", "2026-11")
    assert {s.key: s.values for s in dee.series} == {"email": (1, 0, 0, 0), "meeting": (0, 1, 0, 0)}


def test_month_keys_cross_the_year() -> None:
    assert cs.month_keys(dt.date(2026, 2, 10), 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_card_charts_are_the_five_in_order(office: Office, book: Book) -> None:
    with office.session() as s:
        charts = cs.card_charts(s, book.bob, TODAY)
    assert [c.title for c in charts] == [
        "Net worth and investable assets",
        "Allocation by asset class",
        "Portfolio value and net contributions",
        "Interactions per month",
        "Risk level history",
    ]
    assert charts[2].empty and charts[4].empty
    assert charts[3].series[0].key == "call"

"""The value score formula: points per input, weights, inputs left out, rounding, storage."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.settings import SettingsService
from app.value_score import Inputs, ValueScoreService, Weights, explain
from db.models import Client
from db.models_segments import ClientValueScore
from db.office import Office
from tests.app.segments_book import TODAY, Book, build_book

W = Weights(
    {"aum": 30, "revenue": 20, "tenure": 15, "contact": 15, "referrals": 10, "satisfaction": 10},
    {"aum": 1000, "revenue": 100, "tenure": 3650, "contact": 12, "referrals": 3, "satisfaction": 4},
)


def points(e) -> dict[str, int | None]:  # type: ignore[no-untyped-def]
    return {c.key: c.points for c in e.components}


def test_every_input_recorded() -> None:
    e = explain(
        Inputs(
            aum_minor=500,
            revenue_minor=250,
            tenure_days=1825,
            contacts=6,
            referrals=1,
            rating_sum=8,
            rating_count=2,
        ),
        W,
        "CNY",
    )
    # aum 50, revenue 100 (capped), tenure 50, contact 50, referrals 33, satisfaction (4-1)/4 = 75
    assert points(e) == {
        "aum": 50,
        "revenue": 100,
        "tenure": 50,
        "contact": 50,
        "referrals": 33,
        "satisfaction": 75,
    }
    # (30*50 + 20*100 + 15*50 + 15*50 + 10*33 + 10*75) / 100 = 60.8
    assert e.score == 61
    assert e.used_weight == 100


def test_inputs_not_recorded_are_left_out_not_zero() -> None:
    e = explain(Inputs(aum_minor=1000, contacts=0), W, "CNY")
    assert points(e) == {
        "aum": 100,
        "revenue": None,
        "tenure": None,
        "contact": 0,
        "referrals": 0,
        "satisfaction": None,
    }
    # (30*100 + 15*0 + 10*0) / 55 = 54.54...
    assert e.score == 55
    assert e.used_weight == 55


def test_only_weighted_inputs_count_and_zero_weights_give_zero() -> None:
    w = Weights(
        {
            **W.weights,
            "aum": 1,
            "contact": 1,
            "referrals": 0,
            "satisfaction": 0,
            "revenue": 0,
            "tenure": 0,
        },
        W.full,
    )
    # only AUM and contact weigh: aum 50 points, contact 0 or 50
    assert explain(Inputs(aum_minor=500, contacts=0), w, "CNY").score == 25
    e = explain(Inputs(aum_minor=500, contacts=6, tenure_days=None), w, "CNY")
    assert e.score == 50
    w2 = Weights({k: 0 for k in W.weights}, W.full)
    assert explain(Inputs(aum_minor=500), w2, "CNY").score == 0


def test_half_even_at_exactly_half() -> None:
    w = Weights(
        {**{k: 0 for k in W.weights}, "aum": 1, "contact": 1},
        {**W.full, "aum": 100, "contact": 100},
    )
    assert explain(Inputs(aum_minor=50, contacts=51), w, "CNY").score == 50  # 50.5 -> 50
    assert explain(Inputs(aum_minor=51, contacts=52), w, "CNY").score == 52  # 51.5 -> 52


@pytest.fixture
def book(office: Office) -> Book:
    return build_book(office)


def test_from_the_office(office: Office, book: Book) -> None:
    with office.session() as s:
        e = ValueScoreService(s).explain(book.ann, TODAY)
    values = {c.key: c.value for c in e.components}
    # AUM CNY 10.5M; tenure 2016-11-22 -> 3652 days; contacts in 365 days: Sep 1, Oct 5,
    # Oct 20, Nov 3 (the deleted call and the 2025 note do not count); referred Bob;
    # ratings 4 and 5
    assert values == {
        "aum": 10_500_000_00,
        "revenue": None,  # no account: no revenue on record
        "tenure": 3652,
        "contact": 4,
        "referrals": 1,
        "satisfaction": Decimal("4.5"),
    }
    assert points(e) == {
        "aum": 100,
        "revenue": points(e)["revenue"],
        "tenure": 100,
        "contact": 33,
        "referrals": 33,
        "satisfaction": 87,
    }
    # (30*100 + 15*100 + 15*33 + 10*33 + 10*87) / 80 = 77.44
    assert e.score == 77


def test_referrals_count_links_and_referrer_ids_once(office: Office, book: Book) -> None:
    with office.transaction() as s:
        s.get(Client, book.cai).referrer_id = book.ann
        s.get(Client, book.bob).referrer_id = book.ann  # also linked: counted once
    with office.session() as s:
        e = ValueScoreService(s).explain(book.ann, TODAY)
    assert {c.key: c.value for c in e.components}["referrals"] == 2


def test_weights_are_office_settings(office: Office, book: Book) -> None:
    with office.transaction() as s:
        settings = SettingsService(s)
        for key in ("aum", "tenure", "referrals", "satisfaction", "revenue"):
            settings.set(f"value_score.weight_{key}", 0)
        settings.set("value_score.contacts_full", 4)
    with office.session() as s:
        assert ValueScoreService(s).explain(book.ann, TODAY).score == 100  # contact only


def test_refresh_all_stores_every_clients_score(office: Office, book: Book) -> None:
    with office.transaction() as s:
        service = ValueScoreService(s)
        assert service.stale(TODAY)
        assert service.refresh_all(TODAY) == 8
        assert not service.stale(TODAY)
    with office.session() as s:
        stored = dict(s.execute(select(ClientValueScore.client_id, ClientValueScore.score)).all())
        service = ValueScoreService(s)
        assert stored[book.ann] == service.explain(book.ann, TODAY).score
        assert stored[book.eve] == service.explain(book.eve, TODAY).score == 0
        assert service.score_of(book.dee) == stored[book.dee]


def test_an_unknown_client_is_a_lookup_error(office: Office) -> None:
    with office.session() as s, pytest.raises(LookupError):
        ValueScoreService(s).explain(10**9, TODAY)


def test_revenue_is_fees_of_the_last_year_for_clients_with_accounts(
    office: Office, book: Book
) -> None:
    import datetime as dt

    from app.portfolio import AccountData, PortfolioService, TransactionData

    with office.transaction() as s:
        service = PortfolioService(s)
        cny = service.add_account(
            book.dee, AccountData("Bank", "bank", "6222020000005678", "CNY", dt.date(2025, 1, 1))
        )
        usd = service.add_account(
            book.dee, AccountData("Broker", "brokerage", "US-000091", "USD", dt.date(2025, 1, 1))
        )
        service.add_account(
            book.bob, AccountData("Bank", "bank", "6222020000009999", "CNY", dt.date(2025, 1, 1))
        )
        for account, day, amount, currency in (
            (cny.id, dt.date(2026, 3, 1), 20_000_00, "CNY"),
            (usd.id, dt.date(2026, 9, 1), 1_000_00, "USD"),  # 7 CNY per USD: 7,000.00
            (cny.id, dt.date(2025, 11, 22), 99_000_00, "CNY"),  # 365 days ago: outside
        ):
            service.record_transaction(TransactionData(account, "fee", day, amount, currency))
    with office.session() as s:
        dee = {c.key: c for c in ValueScoreService(s).explain(book.dee, TODAY).components}
        bob = {c.key: c for c in ValueScoreService(s).explain(book.bob, TODAY).components}
        ann = {c.key: c for c in ValueScoreService(s).explain(book.ann, TODAY).components}
    assert (dee["revenue"].value, dee["revenue"].points) == (27_000_00, 27)
    assert (bob["revenue"].value, bob["revenue"].points) == (0, 0)  # an account, no fees
    assert ann["revenue"].value is None and ann["revenue"].points is None

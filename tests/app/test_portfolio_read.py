"""The portfolio read API (holdings, allocation, AUM, contributions against value) and the
one-at-a-time writes (accounts, reveals, transactions that move their holding)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import portfolio
from app.money import FxService
from app.portfolio import AccountData, PortfolioService, TransactionData
from app.products import ProductData, ProductService
from app.validation import ValidationError
from db.errors import ConflictError
from db.models import AccessEvent, Client
from db.models_audit import AuditEntry
from db.models_portfolio import Holding
from db.office import Office
from tests.app.portfolio_helpers import (
    add_account,
    add_history,
    add_holding,
    add_product,
    first_client_id,
)

TODAY = dt.date(2026, 11, 20)
ACCOUNT_NUMBER = "6222020200112233445"


@pytest.fixture
def filled(office: Office) -> dict[str, int]:
    """Client 1: a CNY equity fund (R4) and a CNY bond fund (R2) in one account, a USD
    money-market fund (R1) in another; client 2: one CNY holding. USD = 7.1 CNY."""
    with office.transaction() as s:
        ids = list(s.scalars(select(Client.id).order_by(Client.id)))
        FxService(s, "CNY").set_rate("USD", dt.date(2026, 1, 1), Decimal("7.1"))
        equity = add_product(s, "EQ1", risk=4, asset_class="equity")
        bond = add_product(s, "BD1", risk=2, asset_class="fixed_income")
        usd_mmf = add_product(s, "USDMMF", risk=1, asset_class="cash", currency="USD")
        cny = add_account(s, ids[0], ACCOUNT_NUMBER)
        usd = add_account(s, ids[0], "HK0099887766", currency="USD")
        add_holding(s, cny, equity, "1000", 150_000, TODAY, cost=120_000)
        add_holding(s, cny, bond, "500", 52_000, TODAY, cost=50_000)
        add_holding(s, usd, usd_mmf, "100", 10_000, TODAY, cost=10_000, currency="USD")
        other = add_account(s, ids[1], "6222000011112222")
        add_holding(s, other, bond, "10", 1_000, TODAY)
        return {"client": ids[0], "other": ids[1], "third": ids[2], "cny": cny, "eq": equity}


def test_holdings_are_masked_and_in_base_currency(office: Office, filled: dict[str, int]) -> None:
    with office.session() as s:
        rows = portfolio.holdings(s, filled["client"], on=TODAY)
    assert [r.product_code for r in rows] == ["EQ1", "USDMMF", "BD1"]
    assert [r.value_base for r in rows] == [150_000, 71_000, 52_000]
    assert all(ACCOUNT_NUMBER not in r.account_label for r in rows)
    assert rows[0].account_label == "招商银行 6222***********3445"
    assert rows[0].quantity == Decimal(1000) and rows[0].cost == 120_000


def test_allocation_by_asset_class_and_risk_rating(office: Office, filled: dict[str, int]) -> None:
    with office.session() as s:
        by_class = portfolio.allocation(s, filled["client"], on=TODAY)
        by_risk = portfolio.allocation(s, filled["client"], by="risk_rating", on=TODAY)
        with pytest.raises(ValueError, match="asset_class or risk_rating"):
            portfolio.allocation(s, filled["client"], by="issuer")
    assert by_class == [("equity", 150_000), ("cash", 71_000), ("fixed_income", 52_000)]
    assert by_risk == [("R1", 71_000), ("R2", 52_000), ("R4", 150_000)]


def test_aum_per_client_matches_each_clients_aum(office: Office, filled: dict[str, int]) -> None:
    with office.session() as s:
        every = portfolio.aum_per_client(s, on=TODAY)
        assert every == {filled["client"]: 273_000, filled["other"]: 1_000}
        assert portfolio.client_aum(s, filled["client"], on=TODAY) == 273_000
        assert portfolio.client_aum(s, filled["third"], on=TODAY) == 0


def test_value_vs_contributions_at_month_ends(office: Office) -> None:
    with office.transaction() as s:
        client_id = first_client_id(s)
        product = add_product(s)
        account = add_account(s, client_id)
        add_history(
            s, account, product, "buy", dt.date(2026, 1, 10), 100_000, quantity="1000", price="1"
        )
        add_history(
            s, account, product, "buy", dt.date(2026, 2, 15), 120_000, quantity="1000", price="1.2"
        )
        add_history(s, account, None, "fee", dt.date(2026, 2, 16), 500)
        add_holding(s, account, product, "2000", 260_000, dt.date(2026, 3, 31))
    with office.session() as s:
        points = portfolio.value_vs_contributions(
            s, client_id, dt.date(2026, 1, 1), dt.date(2026, 3, 31)
        )
    assert points == [
        (dt.date(2026, 1, 31), 100_000, 100_000),
        (dt.date(2026, 2, 28), 220_500, 240_000),
        (dt.date(2026, 3, 31), 220_500, 260_000),
    ]


def test_transactions_in_a_period_with_signed_contributions(office: Office) -> None:
    with office.transaction() as s:
        client_id = first_client_id(s)
        product = add_product(s)
        account = add_account(s, client_id)
        add_history(s, account, product, "buy", dt.date(2026, 1, 10), 100_000, quantity="10")
        add_history(s, account, product, "dividend", dt.date(2026, 6, 1), 3_000)
        add_history(s, account, None, "transfer", dt.date(2026, 7, 1), -5_000)
        add_history(s, account, None, "deposit", dt.date(2027, 1, 1), 1)
    with office.session() as s:
        rows = portfolio.transactions(s, client_id, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(r.kind, r.contribution_base) for r in rows] == [
        ("buy", 100_000),
        ("dividend", -3_000),
        ("transfer", -5_000),
    ]
    assert rows[1].product_code == "F001" and rows[2].product_code is None


def test_revealing_an_account_number_is_recorded(office: Office, filled: dict[str, int]) -> None:
    with office.transaction() as s:
        number = PortfolioService(s, actor="li").reveal_account_number(
            filled["client"], filled["cny"], "client asked"
        )
        with pytest.raises(LookupError):
            PortfolioService(s).reveal_account_number(filled["other"], filled["cny"])
    assert number == ACCOUNT_NUMBER
    with office.session() as s:
        events = list(s.scalars(select(AccessEvent).where(AccessEvent.action == "reveal_account")))
    assert len(events) == 1
    assert events[0].actor == "li" and ACCOUNT_NUMBER not in (events[0].detail or "")
    # the audit chain too, with the reference and never the number
    with office.session() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")))
    assert [(e.actor, e.client_id, e.target) for e in entries] == [
        ("li", filled["client"], f"account {filled['cny']}")
    ]
    assert ACCOUNT_NUMBER not in entries[0].detail and '"reason_given":true' in entries[0].detail


def test_bad_account_is_refused_whole(office: Office) -> None:
    with office.transaction() as s:
        client_id = first_client_id(s)
        with pytest.raises(ValidationError) as caught:
            PortfolioService(s).add_account(client_id, AccountData(" ", "casino", "", "XYZ"))
    assert {e.field for e in caught.value.errors} == {
        "institution",
        "account_type",
        "number",
        "currency",
    }


def test_recording_trades_moves_the_holding(office: Office, filled: dict[str, int]) -> None:
    day = TODAY + dt.timedelta(days=3)
    with office.transaction() as s:
        svc = PortfolioService(s)
        svc.record_transaction(
            TransactionData(
                filled["cny"], "buy", day, 20_000, "CNY", filled["eq"], Decimal(100), Decimal(2)
            )
        )
        svc.record_transaction(
            TransactionData(
                filled["cny"], "sell", day, 55_000, "CNY", filled["eq"], Decimal(550), Decimal(2)
            )
        )
    with office.session() as s:
        holding = s.scalar(select(Holding).where(Holding.product_id == filled["eq"]))
    assert holding is not None
    assert Decimal(holding.quantity) == 550
    assert holding.market_value_minor == 110_000 and holding.valuation_date == day
    assert holding.cost_minor == 70_000  # (1200 + 200) * 550 / 1100


def test_bad_transactions_change_nothing(office: Office, filled: dict[str, int]) -> None:
    with office.session() as s:
        before = s.scalar(select(Holding).where(Holding.product_id == filled["eq"]))
    cases = [
        (TransactionData(filled["cny"], "buy", TODAY, 1, "CNY"), {"product", "quantity"}),
        (TransactionData(filled["cny"], "gift", TODAY, 1, "CNY"), {"kind"}),
        (TransactionData(filled["cny"], "fee", TODAY, -1, "CNY"), {"amount"}),
        (
            TransactionData(filled["cny"], "sell", TODAY, 1, "CNY", filled["eq"], Decimal(5000)),
            {"quantity"},
        ),
    ]
    for data, fields in cases:
        with pytest.raises(ValidationError) as caught, office.transaction() as s:
            PortfolioService(s).record_transaction(data)
        assert {e.field for e in caught.value.errors} == fields
    with office.session() as s:
        after = s.scalar(select(Holding).where(Holding.product_id == filled["eq"]))
        assert after is not None and before is not None
        assert (after.quantity, after.version) == (before.quantity, before.version)
        assert portfolio.transactions(s, filled["client"], dt.date(2000, 1, 1), TODAY) == []


def test_products_are_validated_and_versioned(office: Office) -> None:
    good = ProductData("P1", "稳健理财1号", "wealth_management", "CNY", 2, "fixed_income")
    with office.transaction() as s:
        product = ProductService(s).create(good)
        pid, version = product.id, product.version
    with office.transaction() as s, pytest.raises(ValidationError) as caught:
        ProductService(s).create(good)
    assert [e.field for e in caught.value.errors] == ["code"]
    bad = ProductData("", "", "crypto", "ABC", 6, "gold", liquidity="never", lockup_months=-1)
    with office.transaction() as s, pytest.raises(ValidationError) as caught:
        ProductService(s).create(bad)
    assert len(caught.value.errors) == 8
    renamed = ProductData("P1", "稳健理财2号", "wealth_management", "CNY", 3, "fixed_income")
    with office.transaction() as s:
        ProductService(s).update(pid, version, renamed)
    with office.transaction() as s, pytest.raises(ConflictError):
        ProductService(s).update(pid, version, renamed)


def test_a_holding_cannot_name_another_client_than_its_account(
    office: Office, filled: dict[str, int]
) -> None:
    from sqlalchemy.exc import IntegrityError

    with office.session() as s:
        holding = s.scalar(select(Holding).where(Holding.account_id == filled["cny"]).limit(1))
        assert holding is not None and holding.client_id == filled["client"]
    with pytest.raises(IntegrityError), office.transaction() as s:
        s.execute(
            Holding.__table__.update()
            .where(Holding.account_id == filled["cny"])
            .values(client_id=filled["other"])
        )
    with office.session() as s:
        assert portfolio.client_aum(s, filled["client"], on=TODAY) == 273_000

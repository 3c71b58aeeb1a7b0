"""The demo portfolio: a catalogue over R1..R5, accounts, holdings and two years of
transactions that agree with the holdings; deterministic; a second run adds nothing."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select, update

from app import performance, portfolio
from app.demo_portfolio import PRODUCTS, build_demo_portfolio
from app.portfolio import QUANTITY_SIGN
from db.models import Client
from db.models_portfolio import Account, Holding, PortfolioTransaction, Product
from db.office import Office

TODAY = dt.date(2026, 11, 1)


def _activate(office: Office) -> None:
    with office.transaction() as s:
        s.execute(update(Client).values(status="active", investable_base_minor=3_000_000_00))


def _snapshot(office: Office) -> list[tuple[object, ...]]:
    with office.session() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(
                    PortfolioTransaction.account_id,
                    PortfolioTransaction.product_id,
                    PortfolioTransaction.kind,
                    PortfolioTransaction.trade_date,
                    PortfolioTransaction.amount_minor,
                ).order_by(PortfolioTransaction.id)
            )
        ]


def test_demo_portfolio_is_rich_and_consistent(office: Office) -> None:
    _activate(office)
    assert build_demo_portfolio(office, seed=3, today=TODAY) >= 1
    with office.session() as s:
        ratings = set(s.scalars(select(Product.risk_rating)))
        classes = set(s.scalars(select(Product.asset_class)))
        assert s.scalar(select(func.count()).select_from(Product)) == len(PRODUCTS) == 40
        assert ratings == {1, 2, 3, 4, 5}
        assert {"cash", "fixed_income", "equity", "alternative", "insurance"} <= classes
        first, last = s.execute(
            select(
                func.min(PortfolioTransaction.trade_date), func.max(PortfolioTransaction.trade_date)
            )
        ).one()
        assert first < dt.date(2025, 5, 1) and last > dt.date(2026, 9, 1)
        kinds = set(s.scalars(select(PortfolioTransaction.kind)))
        assert {"subscription", "fee"} <= kinds
        # every holding's quantity is what its transactions add up to
        moved: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
        for account, product, kind, quantity in s.execute(
            select(
                PortfolioTransaction.account_id,
                PortfolioTransaction.product_id,
                PortfolioTransaction.kind,
                PortfolioTransaction.quantity,
            )
        ):
            if quantity is not None:
                moved[(account, product)] += QUANTITY_SIGN.get(kind, 0) * Decimal(quantity)
        held = {
            (h.account_id, h.product_id): Decimal(h.quantity) for h in s.scalars(select(Holding))
        }
        assert held == dict(moved)
        client_id = s.scalar(select(Account.client_id).order_by(Account.id).limit(1))
        assert client_id is not None
        assert portfolio.client_aum(s, client_id, on=TODAY) > 0
        result = performance.returns(
            s, client_id=client_id, start=dt.date(2024, 11, 1), end=TODAY - dt.timedelta(days=1)
        )
        assert result.xirr is not None and result.twr is not None
        assert Decimal("-0.5") < result.xirr < Decimal("1")


def test_demo_portfolio_is_deterministic_and_added_once(office: Office) -> None:
    _activate(office)
    build_demo_portfolio(office, seed=5, today=TODAY)
    first = _snapshot(office)
    assert build_demo_portfolio(office, seed=5, today=TODAY) == 0
    assert _snapshot(office) == first
    with office.transaction() as s:
        s.execute(PortfolioTransaction.__table__.delete())
        s.execute(Holding.__table__.delete())
        s.execute(Account.__table__.delete())
    build_demo_portfolio(office, seed=5, today=TODAY)
    again = _snapshot(office)
    assert [r[2:] for r in again] == [r[2:] for r in first]

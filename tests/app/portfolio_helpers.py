"""Small builders for portfolio tests: a product, an account, raw transactions and
holdings written through the services (or plain rows for history)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.portfolio import AccountData, PortfolioService
from app.products import ProductData, ProductService
from db.models import Client
from db.models_portfolio import Holding, PortfolioTransaction


def first_client_id(session: Session) -> int:
    return session.scalars(select(Client.id).order_by(Client.id)).first()


def add_product(
    session: Session,
    code: str = "F001",
    *,
    risk: int = 3,
    asset_class: str = "equity",
    currency: str = "CNY",
) -> int:
    product = ProductService(session).create(
        ProductData(
            code=code,
            name=f"Fund {code}",
            type="equity_fund",
            currency=currency,
            risk_rating=risk,
            asset_class=asset_class,
            issuer="Test AMC",
        )
    )
    return product.id


def add_account(
    session: Session, client_id: int, number: str = "6222020200112233445", currency: str = "CNY"
) -> int:
    account = PortfolioService(session).add_account(
        client_id, AccountData("招商银行", "bank", number, currency)
    )
    return account.id


def add_history(
    session: Session,
    account_id: int,
    product_id: int | None,
    kind: str,
    day: dt.date,
    amount: int,
    *,
    quantity: str | None = None,
    price: str | None = None,
    currency: str = "CNY",
) -> None:
    session.add(
        PortfolioTransaction(
            account_id=account_id,
            product_id=product_id,
            kind=kind,
            trade_date=day,
            quantity=quantity,
            price=price,
            amount_minor=amount,
            currency=currency,
        )
    )
    session.flush()


def add_holding(
    session: Session,
    account_id: int,
    product_id: int,
    quantity: str,
    market_value: int,
    on: dt.date,
    *,
    cost: int = 0,
    currency: str = "CNY",
) -> None:
    session.add(
        Holding(
            account_id=account_id,
            product_id=product_id,
            quantity=str(Decimal(quantity)),
            currency=currency,
            cost_minor=cost,
            market_value_minor=market_value,
            valuation_date=on,
        )
    )
    session.flush()


RICH_ACCOUNT_NUMBER = "6214830012345678"


def add_rich_portfolio(session: Session, client_id: int, name: str) -> None:
    """For the privacy tests' rich client: an account, a holding and a transaction whose
    note names the person (erasure must clear the number and the note)."""
    product = add_product(session, "RICH-EQ")
    account = add_account(session, client_id, RICH_ACCOUNT_NUMBER)
    add_history(
        session, account, product, "subscription", dt.date(2026, 2, 3), 500_000_00, quantity="5000"
    )
    session.execute(
        PortfolioTransaction.__table__.update()
        .where(PortfolioTransaction.account_id == account)
        .values(note=f"{name}本人柜台签字认购")
    )
    add_holding(session, account, product, "5000", 520_000_00, dt.date(2026, 3, 1))

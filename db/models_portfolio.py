"""Tables for products, accounts, holdings, transactions.

Kept apart from db/models.py so each area's tables read on their own; db/models.py imports
this module at its end, so Base.metadata (and the migration test) always sees them.

Money is an integer count of minor units beside its ISO 4217 code. Quantities and prices
are Decimal text (like FxRate.rate): exact on every dialect, and nothing sums them in SQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    UniqueConstraint,
    event,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, _utcnow

TRANSACTION_KINDS = (
    "buy",
    "sell",
    "subscription",
    "redemption",
    "dividend",
    "interest",
    "fee",
    "deposit",
    "withdrawal",
    "transfer",
)
_KINDS_SQL = ", ".join(f"'{k}'" for k in TRANSACTION_KINDS)


class Product(Base):
    """The office's product catalogue; risk_rating 1..5 is R1..R5 (suitability compares it
    with the client's C1..C5 level)."""

    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(30))
    issuer: Mapped[str | None] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    risk_rating: Mapped[int] = mapped_column(Integer)
    asset_class: Mapped[str] = mapped_column(String(30))
    liquidity: Mapped[str] = mapped_column(String(20), default="daily")
    lockup_months: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    __table_args__ = (
        CheckConstraint("risk_rating BETWEEN 1 AND 5", name="ck_product_risk_rating"),
        CheckConstraint(
            "lockup_months IS NULL OR lockup_months >= 0", name="ck_product_lockup_months"
        ),
    )
    __mapper_args__ = {"version_id_col": version}


class Account(Base):
    """A client's account at an institution. `number` is the full account number (personal
    data): shown masked, revealing it is recorded, erasure clears it."""

    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    institution: Mapped[str] = mapped_column(String(200))
    account_type: Mapped[str] = mapped_column(String(30))
    number: Mapped[str] = mapped_column(String(60))
    currency: Mapped[str] = mapped_column(String(3))
    opened_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    # the target of holding's (account_id, client_id) foreign key
    __table_args__ = (UniqueConstraint("id", "client_id", name="uq_account_id_client"),)
    __mapper_args__ = {"version_id_col": version}


class Holding(Base):
    """A position in one product in one account, valued on `valuation_date`."""

    __tablename__ = "holding"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    # the account's client, kept here (and held to it by the composite foreign key) so AUM
    # for every client is one scan of a covering index, without a join
    client_id: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"))
    quantity: Mapped[str] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3))
    cost_minor: Mapped[int] = mapped_column(BigInteger)
    market_value_minor: Mapped[int] = mapped_column(BigInteger)
    valuation_date: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("account_id", "product_id", name="uq_holding_account_product"),
        ForeignKeyConstraint(
            ["account_id", "client_id"],
            ["account.id", "account.client_id"],
            name="fk_holding_account_client",
            ondelete="CASCADE",
        ),
        Index("ix_holding_product_id", "product_id"),
        Index("ix_holding_client_value", "client_id", "currency", "market_value_minor"),
    )
    __mapper_args__ = {"version_id_col": version}


class PortfolioTransaction(Base):
    """One transaction in an account. `amount_minor` is never negative except for a
    transfer, whose sign says in (+) or out (-); the kind gives every other direction
    (see app/portfolio.py FLOW_SIGN)."""

    __tablename__ = "portfolio_transaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20))
    trade_date: Mapped[dt.date] = mapped_column(Date)
    quantity: Mapped[str | None] = mapped_column(String(40))
    price: Mapped[str | None] = mapped_column(String(40))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (
        CheckConstraint(f"kind IN ({_KINDS_SQL})", name="ck_portfolio_transaction_kind"),
        CheckConstraint(
            "amount_minor >= 0 OR kind = 'transfer'", name="ck_portfolio_transaction_amount"
        ),
        Index("ix_portfolio_transaction_account_date", "account_id", "trade_date"),
        Index("ix_portfolio_transaction_product_id", "product_id"),
    )


@event.listens_for(Holding, "before_insert")
def _holding_client(_mapper: object, connection: Connection, target: Holding) -> None:
    """A holding added through the ORM takes its account's client (bulk inserts set it)."""
    if target.client_id is None:
        target.client_id = connection.scalar(
            select(Account.client_id).where(Account.id == target.account_id)
        )

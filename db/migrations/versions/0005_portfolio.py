"""products, accounts, holdings, transactions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

The product catalogue (risk rating R1..R5 checked), the client's accounts (full number
stored, shown masked), holdings valued on a date, and portfolio transactions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

KINDS_SQL = ", ".join(
    f"'{k}'"
    for k in (
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
)


def upgrade() -> None:
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("risk_rating", sa.Integer(), nullable=False),
        sa.Column("asset_class", sa.String(length=30), nullable=False),
        sa.Column("liquidity", sa.String(length=20), nullable=False),
        sa.Column("lockup_months", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("risk_rating BETWEEN 1 AND 5", name="ck_product_risk_rating"),
        sa.CheckConstraint(
            "lockup_months IS NULL OR lockup_months >= 0", name="ck_product_lockup_months"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )

    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=False),
        sa.Column("account_type", sa.String(length=30), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("id", "client_id", name="uq_account_id_client"),
    )
    op.create_index("ix_account_client_id", "account", ["client_id"], unique=False)

    op.create_table(
        "holding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.String(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("cost_minor", sa.BigInteger(), nullable=False),
        sa.Column("market_value_minor", sa.BigInteger(), nullable=False),
        sa.Column("valuation_date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["account_id", "client_id"],
            ["account.id", "account.client_id"],
            name="fk_holding_account_client",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id", "product_id", name="uq_holding_account_product"),
    )
    op.create_index("ix_holding_account_id", "holding", ["account_id"], unique=False)
    op.create_index("ix_holding_product_id", "holding", ["product_id"], unique=False)
    op.create_index(
        "ix_holding_client_value",
        "holding",
        ["client_id", "currency", "market_value_minor"],
        unique=False,
    )

    op.create_table(
        "portfolio_transaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("trade_date", sa.Date(), nullable=False),
        sa.Column("quantity", sa.String(length=40), nullable=True),
        sa.Column("price", sa.String(length=40), nullable=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.CheckConstraint(f"kind IN ({KINDS_SQL})", name="ck_portfolio_transaction_kind"),
        sa.CheckConstraint(
            "amount_minor >= 0 OR kind = 'transfer'", name="ck_portfolio_transaction_amount"
        ),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_portfolio_transaction_account_date",
        "portfolio_transaction",
        ["account_id", "trade_date"],
        unique=False,
    )
    op.create_index(
        "ix_portfolio_transaction_product_id",
        "portfolio_transaction",
        ["product_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("portfolio_transaction")
    op.drop_table("holding")
    op.drop_index("ix_account_client_id", table_name="account")
    op.drop_table("account")
    op.drop_table("product")

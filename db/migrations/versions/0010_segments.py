"""smart lists, static lists, value scores

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "smart_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("kind IN ('smart', 'static')", name="ck_smart_list_kind"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "static_list_member",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["list_id"], ["smart_list.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("list_id", "client_id"),
    )
    op.create_index(
        "ix_static_list_member_client_id", "static_list_member", ["client_id"], unique=False
    )
    op.create_table(
        "client_value_score",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.CheckConstraint("score BETWEEN 0 AND 100", name="ck_client_value_score_range"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_index(
        "ix_client_value_score_score", "client_value_score", ["score", "client_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_client_value_score_score", table_name="client_value_score")
    op.drop_table("client_value_score")
    op.drop_index("ix_static_list_member_client_id", table_name="static_list_member")
    op.drop_table("static_list_member")
    op.drop_table("smart_list")

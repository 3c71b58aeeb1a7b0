"""an index for office-wide timeline date ranges

The dashboard's "interactions per advisor per week" and the pack batch's "everyone with a
meeting on a date" read a date range of live (not deleted) interactions. Without this
index SQLite took ix_interaction_deleted_at for "deleted_at IS NULL" and read every live
entry (1,000,000 at the design size). deleted_at leads so that equality is used too, and
kind and created_by make the index cover both queries.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_interaction_dates",
        "interaction",
        ["deleted_at", "occurred_at", "kind", "created_by"],
    )


def downgrade() -> None:
    op.drop_index("ix_interaction_dates", table_name="interaction")

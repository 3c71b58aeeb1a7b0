"""the tamper-evident audit chain

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22

audit_entry is append-only: triggers refuse every UPDATE and DELETE, with no hatch (an
erasure deletes the client's fingerprint key in audit_client_key instead; see
app/audit.py). The triggers stop mistakes and casual edits; the SHA-256 chain, checked by
`main.py audit verify`, detects an attacker who drops them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

APPEND_ONLY = "the audit trail is append-only"


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_client_seq", ["client_id", "seq"], unique=False)
        batch_op.create_index("ix_audit_actor_seq", ["actor", "seq"], unique=False)
        batch_op.create_index("ix_audit_action_seq", ["action", "seq"], unique=False)
        batch_op.create_index("ix_audit_at", ["at"], unique=False)
    op.create_table(
        "audit_client_key",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("client_id"),
    )
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"""
            CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry
            BEGIN
                SELECT RAISE(ABORT, '{APPEND_ONLY}');
            END
            """
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    op.drop_table("audit_client_key")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_at")
        batch_op.drop_index("ix_audit_action_seq")
        batch_op.drop_index("ix_audit_actor_seq")
        batch_op.drop_index("ix_audit_client_seq")
    op.drop_table("audit_entry")

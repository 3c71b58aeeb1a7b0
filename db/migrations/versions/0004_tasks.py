"""tasks and reminders, complaints and service requests

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Also indexes consent_record.expires_on for the consent reminder rule.

complaint_event is the history of every step of a complaint: a trigger refuses UPDATE of
its rows (they go only with their complaint, when a client is deleted). The one exception
mirrors consent_record's erasure hatch (0002): while `erasure_in_progress` holds an
'erasure' row for the complaint's client, the free-text `note` may change (the erasure
anonymises it); every other column stays as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NO_UPDATE = "complaint history is append-only: record a new step instead"

# Columns an erasure may not touch (only the free-text note may change).
FROZEN_IN_ERASURE = ("id", "complaint_id", "at", "actor", "from_state", "to_state")


def _unchanged(columns: tuple[str, ...]) -> str:
    return " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)


NO_UPDATE_TRIGGER = f"""
    CREATE TRIGGER complaint_event_no_update BEFORE UPDATE ON complaint_event
    WHEN NOT (
        EXISTS (
            SELECT 1 FROM erasure_in_progress e JOIN complaint c ON c.id = OLD.complaint_id
            WHERE e.reason = 'erasure' AND (e.client_id IS NULL OR e.client_id = c.client_id)
        )
        AND {_unchanged(FROZEN_IN_ERASURE)}
    )
    BEGIN
        SELECT RAISE(ABORT, '{NO_UPDATE}');
    END
"""


def upgrade() -> None:
    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("assignee", sa.String(length=100), nullable=True),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recurrence", sa.String(length=10), nullable=False),
        sa.Column("anchor_day", sa.Integer(), nullable=True),
        sa.Column("rule_key", sa.String(length=120), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_by", sa.String(length=100), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('open', 'done', 'cancelled')", name="ck_task_status"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("rule_key"),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            "ix_task_status_assignee_due", ["status", "assignee", "due_at"], unique=False
        )
        batch_op.create_index("ix_task_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("acknowledge_due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_complaint_owner_state", ["owner", "state"], unique=False)
        batch_op.create_index("ix_complaint_state_due", ["state", "due_at"], unique=False)

    op.create_table(
        "complaint_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=True),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_event_complaint_id"), ["complaint_id"], unique=False
        )
    # the consent reminder rule looks for grants expiring soon
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.create_index("ix_consent_expires_on", ["expires_on"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(NO_UPDATE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS complaint_event_no_update")
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_expires_on")
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_event_complaint_id"))
    op.drop_table("complaint_event")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_state_due")
        batch_op.drop_index("ix_complaint_owner_state")
        batch_op.drop_index(batch_op.f("ix_complaint_client_id"))
    op.drop_table("complaint")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_status_due")
        batch_op.drop_index("ix_task_status_assignee_due")
        batch_op.drop_index(batch_op.f("ix_task_client_id"))
    op.drop_table("task")

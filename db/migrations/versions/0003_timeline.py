"""timeline: interactions, the clients they belong to, participants, edit history, files

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

An interaction may belong to several clients (interaction_client), each seeing it on their
own timeline. interaction_client copies occurred_at so that one client's newest-first page
is a backwards range scan of ix_interaction_client_timeline. Deleting moves an interaction
to the trash (deleted_at); a purge after `timeline.trash_days` removes it for good.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(length=3), nullable=True),
        sa.Column("channel", sa.String(length=30), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.String(length=100), nullable=True),
        sa.CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5",
            name="ck_interaction_satisfaction",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "interaction_client",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interaction_id"], ["interaction.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("interaction_id", "client_id"),
    )
    with op.batch_alter_table("interaction_client", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interaction_client_timeline",
            ["client_id", "occurred_at", "interaction_id"],
            unique=False,
        )

    op.create_table(
        "interaction_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("staff_name", sa.String(length=100), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(staff_name IS NULL) <> (client_id IS NULL)", name="ck_interaction_participant_one"
        ),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interaction_id"], ["interaction.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interaction_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_participant_interaction_id"),
            ["interaction_id"],
            unique=False,
        )

    op.create_table(
        "interaction_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["interaction_id"], ["interaction.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interaction_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_revision_interaction_id"), ["interaction_id"], unique=False
        )

    op.create_table(
        "interaction_attachment",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interaction_id"], ["interaction.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("interaction_id", "attachment_id"),
    )
    with op.batch_alter_table("interaction_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_attachment_attachment_id"), ["attachment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("interaction_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_attachment_attachment_id"))
    op.drop_table("interaction_attachment")
    with op.batch_alter_table("interaction_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_revision_interaction_id"))
    op.drop_table("interaction_revision")
    with op.batch_alter_table("interaction_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_participant_interaction_id"))
    op.drop_table("interaction_participant")
    with op.batch_alter_table("interaction_client", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_client_timeline")
    op.drop_table("interaction_client")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_deleted_at"))
    op.drop_table("interaction")

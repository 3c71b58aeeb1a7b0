"""consent: privacy notices, append-only consent records, encrypted attachments

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Consent records are the office's proof under PIPL/GDPR, so they are append-only in the
database itself, not only in the services: the triggers below refuse any UPDATE or DELETE
of consent_record with RAISE(ABORT), whoever issues it (ORM, raw SQL, a future bug).

INSERT OR REPLACE would overwrite a record without firing the DELETE trigger, so a third
trigger refuses an INSERT that reuses an existing id (on privacy_notice too).

The one escape hatch is deliberately narrow, for clients' rights (issue 4, erasure):

* `erasure_in_progress` holds at most one row (CHECK id = 1). An erasure or retention-purge
  transaction inserts it first and deletes it before committing (app/consent.py
  `erasure_window` does both), so outside that transaction the hatch is shut.
* reason = 'erasure': UPDATE is allowed only of the free text `withdrawal_reason` and of
  `evidence_attachment_id` (to NULL); every other column must stay as it was, and if the
  row names a client_id, only that client's records may change.
* reason = 'retention_purge': DELETE is allowed (of that client's records, or of any
  record when client_id is NULL), for records whose retention period has passed; which
  records qualify is the purge service's decision, not the trigger's.

Published privacy notices keep their words: a trigger refuses changes to everything but
`effective_to` (a version may be retired), so the stored SHA-256 keeps matching the text
clients agreed to.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

APPEND_ONLY = "consent records are append-only: record a new consent instead of changing one"

# Columns an erasure may not touch (withdrawal_reason and evidence_attachment_id may change).
FROZEN_IN_ERASURE = (
    "id",
    "client_id",
    "purpose",
    "third_party",
    "status",
    "notice_id",
    "recorded_at",
    "effective_at",
    "capture_method",
    "recorded_by",
    "expires_on",
    "withdrawal_channel",
)
NOTICE_CONTENT = (
    "id",
    "code",
    "title",
    "version",
    "language",
    "effective_from",
    "text",
    "sha256",
    "signature_required",
    "requires_reconsent",
    "created_at",
)


def _unchanged(columns: tuple[str, ...]) -> str:
    return " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)


TRIGGERS = {
    "consent_record_no_update": f"""
        CREATE TRIGGER consent_record_no_update BEFORE UPDATE ON consent_record
        WHEN NOT (
            EXISTS (
                SELECT 1 FROM erasure_in_progress e
                WHERE e.reason = 'erasure' AND (e.client_id IS NULL OR e.client_id = OLD.client_id)
            )
            AND {_unchanged(FROZEN_IN_ERASURE)}
            AND (NEW.evidence_attachment_id IS OLD.evidence_attachment_id
                 OR NEW.evidence_attachment_id IS NULL)
        )
        BEGIN
            SELECT RAISE(ABORT, '{APPEND_ONLY}');
        END
    """,
    "consent_record_no_delete": f"""
        CREATE TRIGGER consent_record_no_delete BEFORE DELETE ON consent_record
        WHEN NOT EXISTS (
            SELECT 1 FROM erasure_in_progress e
            WHERE e.reason = 'retention_purge'
              AND (e.client_id IS NULL OR e.client_id = OLD.client_id)
        )
        BEGIN
            SELECT RAISE(ABORT, '{APPEND_ONLY}');
        END
    """,
    # INSERT OR REPLACE deletes the old row without firing DELETE triggers (SQLite runs
    # them for REPLACE only with recursive_triggers on): refuse reusing an existing id.
    "consent_record_no_replace": f"""
        CREATE TRIGGER consent_record_no_replace BEFORE INSERT ON consent_record
        WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM consent_record WHERE id = NEW.id)
        BEGIN
            SELECT RAISE(ABORT, '{APPEND_ONLY}');
        END
    """,
    # The card's correction history: never rewritten; deleted only by an erasure or a
    # retention purge of that client (the corrections are personal data too), or with the
    # card itself (a cascade runs after the client row is gone).
    "client_change_no_update": """
        CREATE TRIGGER client_change_no_update BEFORE UPDATE ON client_change
        BEGIN
            SELECT RAISE(ABORT, 'the correction history is append-only');
        END
    """,
    "client_change_no_delete": """
        CREATE TRIGGER client_change_no_delete BEFORE DELETE ON client_change
        WHEN EXISTS (SELECT 1 FROM client c WHERE c.id = OLD.client_id)
        AND NOT EXISTS (
            SELECT 1 FROM erasure_in_progress e
            WHERE e.client_id IS NULL OR e.client_id = OLD.client_id
        )
        BEGIN
            SELECT RAISE(ABORT, 'the correction history is append-only');
        END
    """,
    "client_change_no_replace": """
        CREATE TRIGGER client_change_no_replace BEFORE INSERT ON client_change
        WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM client_change WHERE id = NEW.id)
        BEGIN
            SELECT RAISE(ABORT, 'the correction history is append-only');
        END
    """,
    "privacy_notice_no_replace": """
        CREATE TRIGGER privacy_notice_no_replace BEFORE INSERT ON privacy_notice
        WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM privacy_notice WHERE id = NEW.id)
        BEGIN
            SELECT RAISE(ABORT, 'a published privacy notice cannot be changed: publish a new version');
        END
    """,
    "privacy_notice_frozen": f"""
        CREATE TRIGGER privacy_notice_frozen BEFORE UPDATE ON privacy_notice
        WHEN NOT ({_unchanged(NOTICE_CONTENT)})
        BEGIN
            SELECT RAISE(ABORT, 'a published privacy notice cannot be changed: publish a new version');
        END
    """,
}


def upgrade() -> None:
    op.create_table(
        "erasure_in_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_erasure_in_progress_single_row"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "privacy_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("signature_required", sa.Boolean(), nullable=False),
        sa.Column("requires_reconsent", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code", "version", "language"),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_client_id"), ["client_id"], unique=False)

    op.create_table(
        "consent_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("third_party", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("effective_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("capture_method", sa.String(length=30), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("evidence_attachment_id", sa.Integer(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_channel", sa.String(length=30), nullable=True),
        sa.Column("withdrawal_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["evidence_attachment_id"], ["attachment.id"]),
        sa.ForeignKeyConstraint(["notice_id"], ["privacy_notice.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consent_client_purpose",
            ["client_id", "purpose", "effective_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_consent_purpose_client",
            ["purpose", "client_id", "effective_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_consent_status_effective", ["status", "effective_at"], unique=False
        )

    op.create_table(
        "client_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("client_change", schema=None) as batch_op:
        batch_op.create_index("ix_client_change_client", ["client_id", "changed_at"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for sql in TRIGGERS.values():
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_status_effective")
        batch_op.drop_index("ix_consent_purpose_client")
        batch_op.drop_index("ix_consent_client_purpose")
    op.drop_table("consent_record")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_client_id"))
    op.drop_table("attachment")
    op.drop_table("privacy_notice")
    with op.batch_alter_table("client_change", schema=None) as batch_op:
        batch_op.drop_index("ix_client_change_client")
    op.drop_table("client_change")
    op.drop_table("erasure_in_progress")

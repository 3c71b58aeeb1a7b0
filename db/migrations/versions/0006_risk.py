"""risk questionnaires, assessments, professional status, suitability checks

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

These are the office's investor-suitability records (证券期货投资者适当性管理办法 keeps them
for 20 years), so they are append-only in the database itself: triggers refuse UPDATE of
any row (except a signed file's link becoming NULL when the retention purge deletes the
file), and DELETE while the client's card still exists. A client's rows go only with the
card (ON DELETE CASCADE runs after the client row is gone), which app/erasure.py's
retention purge removes once `retention.suitability_years` have passed. A published
questionnaire version is never changed or deleted: the office publishes a new version.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CLIENT_HISTORIES = {
    "risk_assessment": "risk assessments are a history: record a new assessment instead",
    "professional_status": "professional-investor determinations are a history: record a new one",
    "suitability_record": "suitability records are kept unchanged for the retention period",
}
QUESTIONNAIRE = "a published questionnaire version cannot change: publish a new version"
# What may change in a history, and only this: its signed file's link, to NULL, when the
# retention purge (app/erasure.py) deletes the file (ON DELETE SET NULL); and its free text,
# while an erasure of that client is in progress (app/risk_privacy.py redacts the person's
# names in it). Every other column stays as it was.
FILE_LINKS = {
    "risk_assessment": "confirmation_attachment_id",
    "professional_status": "evidence_attachment_id",
    "suitability_record": "confirmation_attachment_id",
}
FREE_TEXT = {
    "risk_assessment": None,
    "professional_status": "note",
    "suitability_record": "advisor_reason",
}
COLUMNS = {
    "risk_assessment": (
        "id",
        "client_id",
        "questionnaire_id",
        "assessed_on",
        "expires_on",
        "answers",
        "score",
        "band_level",
        "level",
        "caps",
        "advisor",
        "client_confirmed",
        "recorded_at",
    ),
    "professional_status": (
        "id",
        "client_id",
        "decided_on",
        "professional",
        "basis",
        "currency",
        "financial_assets_minor",
        "average_income_minor",
        "experience_years",
        "advisor",
        "recorded_at",
    ),
    "suitability_record": (
        "id",
        "client_id",
        "product_id",
        "action",
        "checked_on",
        "outcome",
        "client_level",
        "professional",
        "assessment_id",
        "product_rating",
        "reasons",
        "warning_confirmed",
        "interaction_id",
        "recorded_at",
        "recorded_by",
    ),
}


def _triggers() -> dict[str, str]:
    out = {
        "risk_questionnaire_no_update": f"""
            CREATE TRIGGER risk_questionnaire_no_update BEFORE UPDATE ON risk_questionnaire
            BEGIN SELECT RAISE(ABORT, '{QUESTIONNAIRE}'); END
        """,
        "risk_questionnaire_no_delete": f"""
            CREATE TRIGGER risk_questionnaire_no_delete BEFORE DELETE ON risk_questionnaire
            BEGIN SELECT RAISE(ABORT, '{QUESTIONNAIRE}'); END
        """,
    }
    for table, message in CLIENT_HISTORIES.items():
        unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in COLUMNS[table])
        link = FILE_LINKS[table]
        text = FREE_TEXT[table]
        redaction = (
            f"""AND (NEW.{text} IS OLD.{text} OR EXISTS (
                    SELECT 1 FROM erasure_in_progress e
                    WHERE e.reason = 'erasure' AND e.client_id = OLD.client_id))"""
            if text
            else ""
        )
        out[f"{table}_no_update"] = f"""
            CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            WHEN NOT (
                {unchanged}
                AND (NEW.{link} IS OLD.{link} OR NEW.{link} IS NULL)
                {redaction}
            )
            BEGIN SELECT RAISE(ABORT, '{message}'); END
        """
        out[f"{table}_no_delete"] = f"""
            CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            WHEN EXISTS (SELECT 1 FROM client c WHERE c.id = OLD.client_id)
            BEGIN SELECT RAISE(ABORT, '{message}'); END
        """
    return out


def upgrade() -> None:
    op.create_table(
        "risk_questionnaire",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("version"),
    )
    op.create_table(
        "risk_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("band_level", sa.String(length=2), nullable=False),
        sa.Column("level", sa.String(length=2), nullable=False),
        sa.Column("caps", sa.JSON(), nullable=False),
        sa.Column("advisor", sa.String(length=100), nullable=False),
        sa.Column("client_confirmed", sa.Boolean(), nullable=False),
        sa.Column("confirmation_attachment_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("level IN ('C1','C2','C3','C4','C5')", name="ck_risk_assessment_level"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["confirmation_attachment_id"], ["attachment.id"], ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["questionnaire_id"], ["risk_questionnaire.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("risk_assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_risk_assessment_client", ["client_id", "assessed_on", "id"], unique=False
        )
        batch_op.create_index("ix_risk_assessment_expires_on", ["expires_on"], unique=False)
    op.create_table(
        "professional_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("professional", sa.Boolean(), nullable=False),
        sa.Column("basis", sa.String(length=20), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("financial_assets_minor", sa.BigInteger(), nullable=True),
        sa.Column("average_income_minor", sa.BigInteger(), nullable=True),
        sa.Column("experience_years", sa.Integer(), nullable=True),
        sa.Column("evidence_attachment_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("advisor", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["evidence_attachment_id"], ["attachment.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("professional_status", schema=None) as batch_op:
        batch_op.create_index(
            "ix_professional_status_client", ["client_id", "decided_on", "id"], unique=False
        )
    op.create_table(
        "suitability_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("client_level", sa.String(length=2), nullable=True),
        sa.Column("professional", sa.Boolean(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("product_rating", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("advisor_reason", sa.Text(), nullable=True),
        sa.Column("warning_confirmed", sa.Boolean(), nullable=False),
        sa.Column("confirmation_attachment_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint("action IN ('recommendation','purchase')", name="ck_suitability_action"),
        sa.CheckConstraint("outcome IN ('ok','warn')", name="ck_suitability_outcome"),
        sa.ForeignKeyConstraint(["assessment_id"], ["risk_assessment.id"]),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["confirmation_attachment_id"], ["attachment.id"], ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("suitability_record", schema=None) as batch_op:
        batch_op.create_index("ix_suitability_client", ["client_id", "checked_on"], unique=False)
        batch_op.create_index(
            "ix_suitability_outcome_date", ["outcome", "checked_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_suitability_record_product_id"), ["product_id"], unique=False
        )
    if op.get_bind().dialect.name == "sqlite":
        for sql in _triggers().values():
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("suitability_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suitability_record_product_id"))
        batch_op.drop_index("ix_suitability_outcome_date")
        batch_op.drop_index("ix_suitability_client")
    op.drop_table("suitability_record")
    with op.batch_alter_table("professional_status", schema=None) as batch_op:
        batch_op.drop_index("ix_professional_status_client")
    op.drop_table("professional_status")
    with op.batch_alter_table("risk_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_risk_assessment_expires_on")
        batch_op.drop_index("ix_risk_assessment_client")
    op.drop_table("risk_assessment")
    op.drop_table("risk_questionnaire")

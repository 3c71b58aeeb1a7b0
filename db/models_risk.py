"""Tables for risk questionnaires, assessments, professional status, suitability checks.

Kept apart from db/models.py so each area's tables read on their own; db/models.py imports
this module at its end, so Base.metadata (and the migration test) always sees them.

Everything here is a history (DESIGN.md: append-only): a questionnaire is changed by
publishing a new version, a client's level by a new assessment, the professional status by
a new determination. Migration 0006 enforces that with triggers; rows go only with their
client's card (a retention purge after an erasure). The one change allowed is the link to
a signed file becoming NULL when the retention purge deletes the (already erased) file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, _utcnow


class RiskQuestionnaire(Base):
    """One published version of the office's risk questionnaire: questions, answers, scores,
    score bands and capping rules as data (validated by app/risk_questionnaire.py)."""

    __tablename__ = "risk_questionnaire"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64))  # of the canonical JSON definition
    published_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    published_by: Mapped[str] = mapped_column(String(100))


class RiskAssessment(Base):
    """A client's answers to one questionnaire version, the score, the level and its expiry."""

    __tablename__ = "risk_assessment"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("risk_questionnaire.id"))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date] = mapped_column(Date)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)  # question id -> answer id
    score: Mapped[int] = mapped_column(Integer)
    band_level: Mapped[str] = mapped_column(String(2))  # the level the score alone gives
    level: Mapped[str] = mapped_column(String(2))  # after the capping rules
    caps: Mapped[list[str]] = mapped_column(JSON, default=list)  # ids of the rules applied
    advisor: Mapped[str] = mapped_column(String(100))
    client_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmation_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    __table_args__ = (
        # the current assessment per client (latest date, then latest row)
        Index("ix_risk_assessment_client", "client_id", "assessed_on", "id"),
        # the reminder rule finds assessments expiring soon
        Index("ix_risk_assessment_expires_on", "expires_on"),
        CheckConstraint("level IN ('C1','C2','C3','C4','C5')", name="ck_risk_assessment_level"),
    )


class ProfessionalStatus(Base):
    """A determination that a client is (or is no longer) a professional investor, with the
    figures it rests on and the evidence (bank statements, tax records) as an attachment."""

    __tablename__ = "professional_status"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    professional: Mapped[bool] = mapped_column(Boolean)
    basis: Mapped[str | None] = mapped_column(String(20))  # assets, income; None when not
    currency: Mapped[str] = mapped_column(String(3))
    financial_assets_minor: Mapped[int | None] = mapped_column(BigInteger)
    average_income_minor: Mapped[int | None] = mapped_column(BigInteger)  # over 3 years
    experience_years: Mapped[int | None] = mapped_column(Integer)
    evidence_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
    note: Mapped[str | None] = mapped_column(Text)
    advisor: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    __table_args__ = (Index("ix_professional_status_client", "client_id", "decided_on", "id"),)


class SuitabilityRecord(Base):
    """A recommendation or purchase checked against the client's level: the check as it was
    (level, rating, outcome, reasons), the advisor's reason and the client's acknowledgement
    of the special risk warning. Kept with the card (retention.suitability_years)."""

    __tablename__ = "suitability_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # recommendation, purchase
    checked_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(10))  # ok, warn
    client_level: Mapped[str | None] = mapped_column(String(2))
    professional: Mapped[bool] = mapped_column(Boolean, default=False)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("risk_assessment.id"))
    product_rating: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)  # codes, see app/suitability
    advisor_reason: Mapped[str | None] = mapped_column(Text)
    warning_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmation_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
    interaction_id: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    recorded_by: Mapped[str] = mapped_column(String(100))
    __table_args__ = (
        Index("ix_suitability_client", "client_id", "checked_on"),
        # the mismatch report: warnings in a period
        Index("ix_suitability_outcome_date", "outcome", "checked_on"),
        CheckConstraint("outcome IN ('ok','warn')", name="ck_suitability_outcome"),
        CheckConstraint("action IN ('recommendation','purchase')", name="ck_suitability_action"),
    )

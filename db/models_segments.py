"""Tables for smart lists, static lists, value scores.

Kept apart from db/models.py so each area's tables read on their own; db/models.py imports
this module at its end, so Base.metadata (and the migration test) always sees them.

A smart list stores its filter as JSON (app/segments.py defines and validates the shape),
so a new dimension needs no migration. A static list stores its hand-picked members.
The value score is kept per client so a segment "score >= 70" is one indexed range in SQL
rather than 100,000 formula evaluations; app/value_score.py recomputes it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, _utcnow


class SmartList(Base):
    """A named list of clients: 'smart' (a saved filter) or 'static' (hand-picked)."""

    __tablename__ = "smart_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="smart")
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    created_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    __table_args__ = (CheckConstraint("kind IN ('smart', 'static')", name="ck_smart_list_kind"),)
    __mapper_args__ = {"version_id_col": version}


class StaticListMember(Base):
    """A client hand-picked into a static list."""

    __tablename__ = "static_list_member"
    list_id: Mapped[int] = mapped_column(
        ForeignKey("smart_list.id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


class ClientValueScore(Base):
    """The client's value and engagement score (0-100) as last computed, and on which day."""

    __tablename__ = "client_value_score"
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int] = mapped_column(Integer)
    computed_on: Mapped[dt.date] = mapped_column(Date)
    __table_args__ = (
        Index("ix_client_value_score_score", "score", "client_id"),
        CheckConstraint("score BETWEEN 0 AND 100", name="ck_client_value_score_range"),
    )

"""Tables for import mapping templates, import batches, and client merges with their undo.

Kept apart from db/models.py so each area's tables read on their own; db/models.py imports
this module at its end, so Base.metadata (and the migration test) always sees them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, _utcnow


class ImportTemplate(Base):
    """A saved mapping from a source file's column headers to card fields, reused by name
    for the next file from the same source (another CRM's monthly export, say)."""

    __tablename__ = "import_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # source header -> target field (app/import_mapping.py FIELDS, or "custom.<key>")
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    match_key: Mapped[str] = mapped_column(String(60), default="id_number")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow
    )
    __mapper_args__ = {"version_id_col": version}


class ImportBatch(Base):
    """One committed import: who, when, from what kind of file, and what it did. Holds no
    personal data (the file's name is not kept: it often names a client)."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    source_kind: Mapped[str] = mapped_column(String(10))  # csv, xlsx, vcard
    template: Mapped[str | None] = mapped_column(String(100))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)


class ClientMerge(Base):
    """Two cards merged into one: `merged_client_id` was folded into `kept_client_id`.

    The merged-away card stays (its append-only history — consents, corrections, access
    log — is evidence and cannot move); `undo` holds exactly what the merge changed (rows
    moved, rows dropped as duplicates, both cards' columns before) so undo restores it.
    """

    __tablename__ = "client_merge"
    id: Mapped[int] = mapped_column(primary_key=True)
    kept_client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    merged_client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    choices: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undo: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    undone_by: Mapped[str | None] = mapped_column(String(100))
    __table_args__ = (
        Index("ix_client_merge_kept", "kept_client_id"),
        Index("ix_client_merge_merged", "merged_client_id"),
    )

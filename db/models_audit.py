"""Tables for the tamper-evident audit chain.

Kept apart from db/models.py so each area's tables read on their own; db/models.py imports
this module at its end, so Base.metadata (and the migration test) always sees them.

audit_entry is append-only (migration 0008's triggers refuse UPDATE and DELETE). Every
column that the chain hash covers is stored as text exactly as hashed (`at` as an ISO
string, `detail` as canonical JSON), so verifying never depends on how a driver round-trips
a datetime or a JSON value. app/audit.py is the only writer.

audit_client_key holds one random key per client. Field changes are recorded in the chain
as keyed fingerprints (HMAC-SHA256) of the before and after values, never the values: an
erasure deletes the client's key, after which the fingerprints can no longer be linked to
any value, while the chain itself stays intact and verifiable.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # UTC, ISO 8601 with microseconds and Z
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    client_id: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON object
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (
        # the viewer's filters: by client, by user, by action, each newest first
        Index("ix_audit_client_seq", "client_id", "seq"),
        Index("ix_audit_actor_seq", "actor", "seq"),
        Index("ix_audit_action_seq", "action", "seq"),
        Index("ix_audit_at", "at"),
    )


class AuditClientKey(Base):
    """The key of one client's change fingerprints; deleted by erasure (crypto-shredding)."""

    __tablename__ = "audit_client_key"
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[bytes] = mapped_column(LargeBinary)

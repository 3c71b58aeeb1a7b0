"""Tables for users, roles, client sharing, key-slot bookkeeping.

Kept apart from db/models.py so each area's tables read on their own; db/models.py imports
this module at its end, so Base.metadata (and the migration test) always sees them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base

ROLES = ("admin", "advisor", "assistant", "compliance")


class UserAccount(Base):
    """A member of staff who signs in with their own passphrase (their key slot lives in
    the slot file beside the office, db/key_slots.py). `name` is what Client.owner,
    Task.assignee and the actor columns hold. Rows are never deleted: a removed user is
    inactive and has no key slot, but their name stays meaningful in the history."""

    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(100))
    __table_args__ = (
        CheckConstraint(
            "role IN ('admin', 'advisor', 'assistant', 'compliance')", name="ck_user_role"
        ),
    )
    __mapper_args__ = {"version_id_col": version}


class ClientShare(Base):
    """An advisor may see and edit a client they do not own once it is shared with them."""

    __tablename__ = "client_share"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    granted_by: Mapped[str] = mapped_column(String(100))
    __table_args__ = (
        # (user_id, client_id) serves "the clients shared with me" in the list's filter
        UniqueConstraint("user_id", "client_id", name="uq_client_share"),
        Index("ix_client_share_client", "client_id"),
    )

"""The office's tables, as typed SQLAlchemy 2.0 models.

Types stay portable (no SQLite-only column types) because an office-server mode on
PostgreSQL is planned; SQLite-specific parts (FTS5, pragmas, keys) live in db/sqlite_*.py.
Money is always an integer count of minor units beside an ISO 4217 code.
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
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Setting(Base):
    """Office-wide settings (typed and defaulted in app/settings.py)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class FxRate(Base):
    """Dated rate: one unit of `currency` is worth `rate` units of the base currency."""

    __tablename__ = "fx_rate"
    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    as_of: Mapped[dt.date] = mapped_column(Date)
    rate: Mapped[str] = mapped_column(String(40))  # Decimal as text: exact on every dialect
    __table_args__ = (UniqueConstraint("currency", "as_of"),)


class Client(Base):
    __tablename__ = "client"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # identity
    legal_name: Mapped[str] = mapped_column(String(200))
    chinese_name: Mapped[str | None] = mapped_column(String(100), index=True)
    latin_name: Mapped[str | None] = mapped_column(String(200))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    sort_name: Mapped[str] = mapped_column(String(200), index=True)
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(20))
    marital_status: Mapped[str | None] = mapped_column(String(20))
    nationality: Mapped[str | None] = mapped_column(String(2))
    occupation: Mapped[str | None] = mapped_column(String(100))
    employer: Mapped[str | None] = mapped_column(String(200))
    industry: Mapped[str | None] = mapped_column(String(100))
    education: Mapped[str | None] = mapped_column(String(50))
    language: Mapped[str] = mapped_column(String(10), default="zh")
    # contact preferences
    wechat_id: Mapped[str | None] = mapped_column(String(100))
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    contact_times: Mapped[str | None] = mapped_column(String(200))
    # investment preferences
    objective_short: Mapped[str | None] = mapped_column(Text)
    objective_long: Mapped[str | None] = mapped_column(Text)
    horizon_years: Mapped[int | None] = mapped_column(Integer)
    liquidity_needs: Mapped[str | None] = mapped_column(String(200))
    experience_years: Mapped[int | None] = mapped_column(Integer)
    experience_products: Mapped[list[str]] = mapped_column(JSON, default=list)
    preferred_assets: Mapped[list[str]] = mapped_column(JSON, default=list)
    excluded_assets: Mapped[list[str]] = mapped_column(JSON, default=list)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs_notes: Mapped[str | None] = mapped_column(Text)
    # lifecycle
    status: Mapped[str] = mapped_column(String(20), default="prospect", index=True)
    owner: Mapped[str | None] = mapped_column(String(100), index=True)
    source: Mapped[str | None] = mapped_column(String(100))
    referrer_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="SET NULL"))
    client_since: Mapped[dt.date | None] = mapped_column(Date)
    last_review: Mapped[dt.date | None] = mapped_column(Date)
    next_review: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # derived from the latest financial snapshot, kept here so the list can sort and filter in SQL
    tier: Mapped[str] = mapped_column(String(20), default="mass", index=True)
    investable_base_minor: Mapped[int | None] = mapped_column(BigInteger, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow
    )

    documents: Mapped[list[IdentityDocument]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="IdentityDocument.id"
    )
    phones: Mapped[list[Phone]] = relationship(cascade="all, delete-orphan", order_by="Phone.id")
    emails: Mapped[list[Email]] = relationship(cascade="all, delete-orphan", order_by="Email.id")
    addresses: Mapped[list[Address]] = relationship(
        cascade="all, delete-orphan", order_by="Address.id"
    )
    relatives: Mapped[list[Relative]] = relationship(
        cascade="all, delete-orphan", order_by="Relative.id"
    )
    tags: Mapped[list[ClientTag]] = relationship(
        cascade="all, delete-orphan", order_by="ClientTag.id"
    )
    custom_values: Mapped[list[CustomValue]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class IdentityDocument(Base):
    __tablename__ = "identity_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    doc_type: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(40), index=True)
    issuing_country: Mapped[str | None] = mapped_column(String(2))
    expiry: Mapped[dt.date | None] = mapped_column(Date)
    client: Mapped[Client] = relationship(back_populates="documents")


class Phone(Base):
    __tablename__ = "phone"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(30), default="mobile")
    e164: Mapped[str] = mapped_column(String(20), index=True)


class Email(Base):
    __tablename__ = "email"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(30), default="personal")
    address: Mapped[str] = mapped_column(String(254), index=True)


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(30), default="home")
    line1: Mapped[str] = mapped_column(String(200))
    line2: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100), index=True)
    region: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))


class Relative(Base):
    """A relative who is not a client (a client relative is a ClientLink or household member)."""

    __tablename__ = "relative"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(40))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class ClientTag(Base):
    """A free tag (kind 'tag') or a special need / interest (kind 'need')."""

    __tablename__ = "client_tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10), default="tag")
    name: Mapped[str] = mapped_column(String(100))
    __table_args__ = (
        UniqueConstraint("client_id", "kind", "name"),
        Index("ix_client_tag_name", "name", "client_id"),
        Index("ix_client_tag_kind_name", "kind", "name"),
    )


class Household(Base):
    __tablename__ = "household"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    members: Mapped[list[HouseholdMember]] = relationship(
        cascade="all, delete-orphan", order_by="HouseholdMember.id"
    )
    __mapper_args__ = {"version_id_col": version}


class HouseholdMember(Base):
    __tablename__ = "household_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # head, spouse, child, parent, sibling, other
    __table_args__ = (UniqueConstraint("household_id", "client_id"),)


class ClientLink(Base):
    """A directed relationship between two clients: spouse, business partner, referrer …"""

    __tablename__ = "client_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    from_client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    to_client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    __table_args__ = (UniqueConstraint("from_client_id", "to_client_id", "kind"),)


class FinancialSnapshot(Base):
    """Append-only: a new snapshot is added, old ones are never edited."""

    __tablename__ = "financial_snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    as_of: Mapped[dt.date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    annual_income_minor: Mapped[int | None] = mapped_column(BigInteger)
    liabilities_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    recorded_by: Mapped[str | None] = mapped_column(String(100))
    assets: Mapped[list[SnapshotAsset]] = relationship(
        cascade="all, delete-orphan", order_by="SnapshotAsset.id"
    )
    __table_args__ = (Index("ix_snapshot_client_date", "client_id", "as_of"),)


class SnapshotAsset(Base):
    __tablename__ = "snapshot_asset"
    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("financial_snapshot.id", ondelete="CASCADE"), index=True
    )
    asset_class: Mapped[str] = mapped_column(String(30))
    amount_minor: Mapped[int] = mapped_column(BigInteger)


class CustomField(Base):
    """An extra typed field the office defines without code."""

    __tablename__ = "custom_field"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    label_en: Mapped[str] = mapped_column(String(100))
    label_zh: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))  # text, number, money, date, choice, bool
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    currency: Mapped[str | None] = mapped_column(String(3))
    position: Mapped[int] = mapped_column(Integer, default=0)


class CustomValue(Base):
    """Canonical text (what the card shows) plus a typed number for range filters."""

    __tablename__ = "custom_value"
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str] = mapped_column(String(500))
    __table_args__ = (Index("ix_custom_value_field", "field_id", "value"),)


class SearchKey(Base):
    """Short search keys (1–2 characters) that FTS5's trigram tokenizer cannot find.

    Holds every 1- and 2-character piece of a client's Chinese name and pinyin initials,
    and the first one or two letters of each name word, so "王", "王伟" or "ww" hit an index.
    """

    __tablename__ = "search_key"
    key: Mapped[str] = mapped_column(String(8), primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AccessEvent(Base):
    """Append-only record of sensitive acts (reveals, card opens).

    The tamper-evident audit chain comes with the security issue; until then this
    keeps the facts so nothing sensitive happens unrecorded.
    """

    __tablename__ = "access_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    client_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[str | None] = mapped_column(String(200))


class Attachment(Base):
    """A file kept inside the encrypted office (scanned consent forms, later timeline files).

    The bytes live in this row, never beside the office on disk, so they share the office's
    encryption and backups. `data` is deferred: listing attachments never loads the blobs.
    """

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    created_by: Mapped[str] = mapped_column(String(100))


class PrivacyNotice(Base):
    """One version of a privacy notice or consent form, in one language.

    Versions are integers per `code` so "newer" is unambiguous; sha256 is of the UTF-8 text
    and lets the office prove which exact words a client agreed to. The content columns are
    frozen by a trigger once published (only effective_to may change, to retire a version).
    """

    __tablename__ = "privacy_notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(10))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    signature_required: Mapped[bool] = mapped_column(Boolean, default=False)
    requires_reconsent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    __table_args__ = (UniqueConstraint("code", "version", "language"),)


class ConsentRecord(Base):
    """Append-only: a change of mind is a new record. Triggers refuse UPDATE and DELETE
    (see migration 0002 for the narrow erasure/purge escape hatch)."""

    __tablename__ = "consent_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(40))
    third_party: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))  # granted, refused, withdrawn
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("privacy_notice.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    effective_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    capture_method: Mapped[str] = mapped_column(String(30))
    recorded_by: Mapped[str] = mapped_column(String(100))
    evidence_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawal_channel: Mapped[str | None] = mapped_column(String(30))
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        # latest record per client and purpose: the card, and the window in batch queries
        Index("ix_consent_client_purpose", "client_id", "purpose", "effective_at", "id"),
        Index("ix_consent_purpose_client", "purpose", "client_id", "effective_at", "id"),
        Index("ix_consent_status_effective", "status", "effective_at"),
        # the consent reminder rule finds grants expiring soon (migration 0004)
        Index("ix_consent_expires_on", "expires_on"),
    )


class ErasureInProgress(Base):
    """At most one row, only inside an erasure or retention-purge transaction.

    While it holds a row the consent_record triggers let that transaction anonymise
    (UPDATE) or purge (DELETE) consent records; the transaction deletes the row before it
    commits. Nothing else ever writes here.
    """

    __tablename__ = "erasure_in_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(String(20))  # erasure, retention_purge
    # the one client whose records may change; None: any (a purge across the office)
    client_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    __table_args__ = (CheckConstraint("id = 1", name="ck_erasure_in_progress_single_row"),)


class ClientChange(Base):
    """Append-only correction history of a card: who changed which field, from what to what.

    Triggers refuse UPDATE always and DELETE outside an erasure (the person's corrections
    are personal data too). Identity numbers are kept masked here; the full number lives
    only on the document row.
    """

    __tablename__ = "client_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    field: Mapped[str] = mapped_column(String(100))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_client_change_client", "client_id", "changed_at"),)


class Interaction(Base):
    """One entry of the timeline: a call, a meeting, a letter, a complaint received …

    It may belong to several clients (a meeting with a couple shows on both timelines):
    see InteractionClient. Edits bump `version` (a stale save is a conflict) and append an
    InteractionRevision; deleting sets `deleted_at` (the trash) and a purge after the
    office's retention removes it for good.
    """

    __tablename__ = "interaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    direction: Mapped[str | None] = mapped_column(String(3))  # in, out
    channel: Mapped[str | None] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1–5 when the client rated
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    created_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(100))
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    deleted_by: Mapped[str | None] = mapped_column(String(100))
    __table_args__ = (
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5",
            name="ck_interaction_satisfaction",
        ),
        # office-wide date ranges of live entries (the dashboard's entries per advisor per
        # week, the pack batch's meetings of a day), answered from the index alone. deleted_at
        # leads: "deleted_at IS NULL" is an equality SQLite would otherwise prefer on
        # ix_interaction_deleted_at, reading every live entry (migration 0011)
        Index("ix_interaction_dates", "deleted_at", "occurred_at", "kind", "created_by"),
    )
    __mapper_args__ = {"version_id_col": version}


class InteractionClient(Base):
    """Which clients' timelines show an interaction. `occurred_at` and `kind` are copied
    from the interaction so a client's page of entries is one index range scan."""

    __tablename__ = "interaction_client"
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    __table_args__ = (
        # newest first = this index read backwards (SQLite scans either way)
        Index("ix_interaction_client_timeline", "client_id", "occurred_at", "interaction_id"),
    )


class InteractionParticipant(Base):
    """Who took part: a member of staff (by name) or a client (e.g. a household member)."""

    __tablename__ = "interaction_participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True
    )
    staff_name: Mapped[str | None] = mapped_column(String(100))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    __table_args__ = (
        CheckConstraint(
            "(staff_name IS NULL) <> (client_id IS NULL)", name="ck_interaction_participant_one"
        ),
    )


class InteractionRevision(Base):
    """Append-only history of an interaction: created, edited (field by field, before and
    after), deleted to the trash, restored."""

    __tablename__ = "interaction_revision"
    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # created, edited, deleted, restored
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # field: [before, after]


class InteractionAttachment(Base):
    """A file (scan, PDF, image) attached to an interaction; the bytes live in `attachment`."""

    __tablename__ = "interaction_attachment"
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Task(Base):
    """Something an advisor owes someone: by hand, or generated by a reminder rule.

    `due_at` is a naive UTC instant; an all-day task is due at the start of its local day.
    Rules set `rule_key` (unique) so running them twice creates nothing twice. A recurring
    task, once done, is followed by a new row for its next occurrence; `anchor_day` is the
    day of the month it returns to after a shorter month clamped it (31 → 28 Feb → 31 Mar).
    """

    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="todo")
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    assignee: Mapped[str | None] = mapped_column(String(100))
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    status: Mapped[str] = mapped_column(String(10), default="open")
    notes: Mapped[str | None] = mapped_column(Text)
    recurrence: Mapped[str] = mapped_column(String(10), default="none")
    anchor_day: Mapped[int | None] = mapped_column(Integer)
    rule_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    previous_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100))
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    completed_by: Mapped[str | None] = mapped_column(String(100))
    outcome: Mapped[str | None] = mapped_column(Text)
    interaction_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        # My day: open tasks by assignee and due time, and for everyone by due time
        Index("ix_task_status_assignee_due", "status", "assignee", "due_at"),
        Index("ix_task_status_due", "status", "due_at"),
        CheckConstraint("status IN ('open', 'done', 'cancelled')", name="ck_task_status"),
    )
    __mapper_args__ = {"version_id_col": version}


class Complaint(Base):
    """A complaint or a service request, tracked to resolution (states in app/complaints.py)."""

    __tablename__ = "complaint"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(20), default="complaint")
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    channel: Mapped[str | None] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20), default="received")
    acknowledge_due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    resolution: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str | None] = mapped_column(String(100))
    events: Mapped[list[ComplaintEvent]] = relationship(
        cascade="all, delete-orphan", order_by="ComplaintEvent.id"
    )
    __table_args__ = (
        Index("ix_complaint_state_due", "state", "due_at"),
        Index("ix_complaint_owner_state", "owner", "state"),
    )
    __mapper_args__ = {"version_id_col": version}


class ComplaintEvent(Base):
    """Append-only: every step of a complaint, with when, who and why (a trigger refuses
    UPDATE; rows go only with their complaint)."""

    __tablename__ = "complaint_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(100))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


# Each area's tables live in their own module; importing them here registers them on
# Base.metadata wherever db.models is imported.
from db import (  # noqa: E402,F401
    models_audit,
    models_data,
    models_portfolio,
    models_risk,
    models_security,
    models_segments,
)

"""The interaction timeline: what has happened with a client (and their family).

`InteractionService` records, edits (optimistic version, field-by-field history), deletes
to a recoverable trash, restores and purges interactions, and attaches files through
app/attachments.py (the bytes live encrypted inside the office). `TimelineQuery` pages one
client's timeline newest first, filtered by kind and searched by text, in SQL.

Instants are stored as naive UTC (SQLite keeps no offset) and handed back aware (UTC); the
UI shows them in local time. The caller owns the Session (one transaction per user
action); nothing here commits.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import access, audit
from app.attachments import AttachmentInfo, AttachmentService
from app.settings import SettingsService
from app.validation import FieldError, ValidationError
from db.errors import ConflictError
from db.models import (
    AccessEvent,
    Attachment,
    Client,
    Interaction,
    InteractionAttachment,
    InteractionClient,
    InteractionParticipant,
    InteractionRevision,
)

# ---- vocabulary ---------------------------------------------------------------------------

KINDS = (
    "call",
    "meeting",
    "visit",
    "email",
    "message",  # WeChat, SMS, other messengers
    "letter",
    "note",
    "review_meeting",
    "complaint",
    "service_request",
    "purchase_redemption",
    "document",  # a document received or sent
    "suitability",  # a suitability check, its warning and the acknowledgement (system-written)
    "pack_printed",  # a review pack printed or saved: who, when, which sections
)
DIRECTIONS = ("in", "out")
CHANNELS = ("phone", "in_person", "video", "email", "wechat", "sms", "post", "online")
# Fields an edit may change (besides who the entry belongs to and who took part).
FIELDS = (
    "kind",
    "occurred_at",
    "duration_minutes",
    "direction",
    "channel",
    "subject",
    "body",
    "outcome",
    "follow_up",
    "satisfaction",
)
LINK_FIELDS = ("client_ids", "staff", "member_ids")
SUBJECT_MAX = 200  # the messages below say 200 and 1440: static text the UI can translate
MAX_DURATION_MINUTES = 24 * 60
# An entry dated this far ahead of this machine's clock is refused: plans are tasks.
FUTURE_ALLOWANCE = dt.timedelta(days=1)

CREATED, EDITED, DELETED, RESTORED, ATTACHED = (
    "created",
    "edited",
    "deleted",
    "restored",
    "attached",
)
PURGE_ACTION = "timeline_purge"
# Opening an attached file hands it to the system's viewer, which needs a real file: the UI
# decrypts it into this private folder (0700) under the system temp folder, deletes it when
# the card or the app closes, and sweeps leftovers at the next start (docs/timeline.md).
OPENED_FILES_FOLDER = "advisordesk-opened"


# ---- time ---------------------------------------------------------------------------------


def utc_naive(moment: dt.datetime) -> dt.datetime:
    """Naive UTC for storage; a naive input is taken to be UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def as_utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# ---- plain data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class InteractionData:
    """One interaction in full, as the edit dialog needs it."""

    id: int
    version: int
    kind: str
    occurred_at: dt.datetime  # aware, UTC
    duration_minutes: int | None
    direction: str | None
    channel: str | None
    subject: str
    body: str | None
    outcome: str | None
    follow_up: str | None
    satisfaction: int | None
    client_ids: tuple[int, ...]
    staff: tuple[str, ...]
    member_ids: tuple[int, ...]
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime | None
    updated_by: str | None
    deleted_at: dt.datetime | None
    deleted_by: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """One row of a client's timeline (what the card's list shows and expands)."""

    id: int
    version: int
    kind: str
    occurred_at: dt.datetime  # aware, UTC
    duration_minutes: int | None
    direction: str | None
    channel: str | None
    subject: str
    body: str | None
    outcome: str | None
    follow_up: str | None
    satisfaction: int | None
    created_by: str
    attachments: int
    clients: int  # how many clients' timelines show this entry

    @property
    def preview(self) -> str:
        """The first line of the outcome, else of the body, for the one-line summary."""
        for text in (self.outcome, self.body):
            if text and text.strip():
                return text.strip().splitlines()[0].strip()
        return ""


@dataclass(frozen=True)
class RevisionEntry:
    at: dt.datetime
    actor: str
    action: str
    changes: dict[str, list[Any]]  # field: [before, after]


@dataclass(frozen=True)
class TrashEntry:
    id: int
    kind: str
    occurred_at: dt.datetime
    subject: str
    client_ids: tuple[int, ...]
    deleted_at: dt.datetime
    deleted_by: str
    purge_after: dt.datetime


# ---- validation ---------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return text or None


def _validate(values: dict[str, Any], now: dt.datetime) -> list[FieldError]:
    """Check (and normalise in place) the fields present in `values`."""
    errors: list[FieldError] = []
    if "kind" in values and values["kind"] not in KINDS:
        errors.append(
            FieldError("kind", f"Unknown kind of interaction; choose one of: {', '.join(KINDS)}.")
        )
    if "subject" in values:
        subject = (values["subject"] or "").strip()
        values["subject"] = subject
        if not subject:
            errors.append(
                FieldError("subject", "Give the entry a subject: a few words for the timeline.")
            )
        elif len(subject) > SUBJECT_MAX:
            errors.append(
                FieldError(
                    "subject",
                    "The subject is longer than 200 characters; put the details in the notes.",
                )
            )
    for name in ("body", "outcome", "follow_up"):
        if name in values:
            values[name] = _clean(values[name])
    if "occurred_at" in values:
        when = values["occurred_at"]
        if not isinstance(when, dt.datetime):
            errors.append(FieldError("occurred_at", "Give the date and time it happened."))
        elif as_utc(when) > now + FUTURE_ALLOWANCE:
            errors.append(
                FieldError(
                    "occurred_at",
                    "The date is more than a day in the future; record what has happened "
                    "and create a task for what is planned.",
                )
            )
    if "duration_minutes" in values and values["duration_minutes"] is not None:
        minutes = values["duration_minutes"]
        if (
            not isinstance(minutes, int)
            or isinstance(minutes, bool)
            or not 0 <= minutes <= MAX_DURATION_MINUTES
        ):
            errors.append(
                FieldError(
                    "duration_minutes",
                    "The duration must be a whole number of minutes from 0 to 1440.",
                )
            )
    if "direction" in values:
        values["direction"] = values["direction"] or None
        if values["direction"] not in (None, *DIRECTIONS):
            errors.append(
                FieldError("direction", "The direction is 'in' (from the client) or 'out'.")
            )
    if "channel" in values:
        values["channel"] = values["channel"] or None
        if values["channel"] not in (None, *CHANNELS):
            errors.append(
                FieldError("channel", f"Unknown channel; choose one of: {', '.join(CHANNELS)}.")
            )
    if "satisfaction" in values and values["satisfaction"] is not None:
        score = values["satisfaction"]
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
            errors.append(
                FieldError(
                    "satisfaction",
                    "Satisfaction is a score from 1 (very unhappy) to 5 (very happy); "
                    "leave it empty when the client did not rate the service.",
                )
            )
    if "staff" in values:
        staff = [s.strip() for s in values["staff"] if s and s.strip()]
        values["staff"] = tuple(dict.fromkeys(staff))
        if any(len(s) > 100 for s in staff):
            errors.append(FieldError("staff", "A staff name is longer than 100 characters."))
    return errors


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return as_utc(value).isoformat()
    if isinstance(value, tuple | list):
        return list(value)
    return value


# ---- the service --------------------------------------------------------------------------


class InteractionService:
    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    # -- checks --

    def _require_clients(self, ids: Sequence[int], field: str) -> None:
        found = set(self.session.scalars(select(Client.id).where(Client.id.in_(list(ids)))))
        missing = [i for i in ids if i not in found]
        if missing:
            raise ValidationError(
                [
                    FieldError(
                        field, f"Client {missing[0]} does not exist (it may have been removed)."
                    )
                ]
            )

    def _row(self, interaction_id: int, expected_version: int | None) -> Interaction:
        row = self.session.get(Interaction, interaction_id)
        if row is None:
            raise LookupError(
                f"Timeline entry {interaction_id} does not exist (it may have been purged)."
            )
        if expected_version is not None and row.version != expected_version:
            raise ConflictError("timeline entry", interaction_id)
        return row

    def _flush(self, interaction_id: int) -> None:
        try:
            self.session.flush()
        except StaleDataError:
            raise ConflictError("timeline entry", interaction_id) from None

    def _revise(self, interaction_id: int, action: str, changes: dict[str, list[Any]]) -> None:
        self.session.add(
            InteractionRevision(
                interaction_id=interaction_id,
                at=utc_naive(_now()),
                actor=self.actor,
                action=action,
                changes=changes,
            )
        )
        # the chain: which entry, what kind of change and which fields (never their words)
        for client_id in self._client_ids(interaction_id) or (None,):
            audit.record(
                self.session,
                self.actor,
                "timeline",
                client_id,
                target=f"interaction {interaction_id}",
                change=action,
                fields=sorted(changes),
            )

    # -- links --

    def _may(self, client_ids: Iterable[int]) -> None:
        """Timeline changes: users who may change the timeline, on clients they see."""
        access.require(self.session, access.TIMELINE)
        for client_id in client_ids:
            access.require(self.session, access.TIMELINE, client_id)

    def _client_ids(self, interaction_id: int) -> tuple[int, ...]:
        return tuple(
            self.session.scalars(
                select(InteractionClient.client_id)
                .where(InteractionClient.interaction_id == interaction_id)
                .order_by(InteractionClient.client_id)
            )
        )

    def _participants(self, interaction_id: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
        rows = self.session.execute(
            select(InteractionParticipant.staff_name, InteractionParticipant.client_id)
            .where(InteractionParticipant.interaction_id == interaction_id)
            .order_by(InteractionParticipant.id)
        ).all()
        staff = tuple(r.staff_name for r in rows if r.staff_name is not None)
        members = tuple(r.client_id for r in rows if r.client_id is not None)
        return staff, members

    def _set_clients(self, row: Interaction, client_ids: Sequence[int]) -> None:
        self.session.execute(
            delete(InteractionClient).where(InteractionClient.interaction_id == row.id)
        )
        for cid in client_ids:
            self.session.add(
                InteractionClient(interaction_id=row.id, client_id=cid, occurred_at=row.occurred_at)
            )

    def _set_participants(
        self, interaction_id: int, staff: Sequence[str], member_ids: Sequence[int]
    ) -> None:
        self.session.execute(
            delete(InteractionParticipant).where(
                InteractionParticipant.interaction_id == interaction_id
            )
        )
        for name in staff:
            self.session.add(InteractionParticipant(interaction_id=interaction_id, staff_name=name))
        for cid in member_ids:
            self.session.add(InteractionParticipant(interaction_id=interaction_id, client_id=cid))

    # -- writing --

    def record(
        self,
        client_ids: Iterable[int],
        kind: str,
        occurred_at: dt.datetime,
        subject: str,
        body: str | None = None,
        outcome: str | None = None,
        *,
        duration_minutes: int | None = None,
        direction: str | None = None,
        channel: str | None = None,
        follow_up: str | None = None,
        satisfaction: int | None = None,
        staff: Iterable[str] = (),
        member_ids: Iterable[int] = (),
        now: dt.datetime | None = None,
    ) -> int:
        """Record an interaction on the timeline of every client in `client_ids`; its id.

        `staff` are the names of colleagues who took part, `member_ids` the clients (e.g.
        household members) who did. A naive `occurred_at` is taken to be UTC."""
        ids = list(dict.fromkeys(client_ids))
        self._may(ids)
        members = list(dict.fromkeys(member_ids))
        values: dict[str, Any] = {
            "kind": kind,
            "occurred_at": occurred_at,
            "duration_minutes": duration_minutes,
            "direction": direction,
            "channel": channel,
            "subject": subject,
            "body": body,
            "outcome": outcome,
            "follow_up": follow_up,
            "satisfaction": satisfaction,
            "staff": tuple(staff),
        }
        errors = _validate(values, as_utc(now) if now else _now())
        if not ids:
            errors.append(FieldError("client_ids", "Choose the client this entry is about."))
        if errors:
            raise ValidationError(errors)
        self._require_clients(ids, "client_ids")
        if members:
            self._require_clients(members, "member_ids")
        stamp = utc_naive(_now())
        row = Interaction(
            **{k: values[k] for k in FIELDS if k != "occurred_at"},
            occurred_at=utc_naive(values["occurred_at"]),
            created_at=stamp,
            created_by=self.actor,
        )
        self.session.add(row)
        self.session.flush()
        self._set_clients(row, ids)
        self._set_participants(row.id, values["staff"], members)
        created = {k: [None, _jsonable(values[k])] for k in FIELDS if values[k] is not None}
        created["client_ids"] = [None, ids]
        if values["staff"]:
            created["staff"] = [None, list(values["staff"])]
        if members:
            created["member_ids"] = [None, members]
        self._revise(row.id, CREATED, created)
        self.session.flush()
        return row.id

    def edit(
        self,
        interaction_id: int,
        expected_version: int,
        *,
        now: dt.datetime | None = None,
        **changes: Any,
    ) -> int:
        """Change some fields (FIELDS, client_ids, staff, member_ids); the new version.

        A stale `expected_version` raises ConflictError and changes nothing. Every real
        change is written to the history as [before, after]; an edit that changes
        nothing writes nothing and keeps the version."""
        unknown = sorted(set(changes) - set(FIELDS) - set(LINK_FIELDS))
        if unknown:
            raise TypeError(f"Unknown interaction fields: {', '.join(unknown)}")
        self._may((*self._client_ids(interaction_id), *changes.get("client_ids", ())))
        row = self._row(interaction_id, expected_version)
        if row.deleted_at is not None:
            raise ValidationError(
                [FieldError("id", "This entry is in the trash; restore it before editing.")]
            )
        values = dict(changes)
        errors = _validate(values, as_utc(now) if now else _now())
        if "client_ids" in values:
            values["client_ids"] = tuple(dict.fromkeys(values["client_ids"]))
            if not values["client_ids"]:
                errors.append(FieldError("client_ids", "Choose the client this entry is about."))
        if "member_ids" in values:
            values["member_ids"] = tuple(dict.fromkeys(values["member_ids"]))
        if errors:
            raise ValidationError(errors)
        if "client_ids" in values:
            self._require_clients(values["client_ids"], "client_ids")
        if values.get("member_ids"):
            self._require_clients(values["member_ids"], "member_ids")

        # read the links before touching the row: a query would autoflush a half-made edit
        old_clients = self._client_ids(interaction_id)
        old_staff, old_members = self._participants(interaction_id)
        diff: dict[str, list[Any]] = {}
        for name in FIELDS:
            if name not in values:
                continue
            before = getattr(row, name)
            after = values[name]
            if name == "occurred_at":
                before, after = as_utc(before), as_utc(after)
            if before != after:
                diff[name] = [_jsonable(before), _jsonable(after)]
                setattr(row, name, utc_naive(after) if name == "occurred_at" else after)
        new_clients = tuple(sorted(values.get("client_ids", old_clients)))
        if new_clients != old_clients:
            diff["client_ids"] = [list(old_clients), list(new_clients)]
        new_staff = tuple(values.get("staff", old_staff))
        new_members = tuple(values.get("member_ids", old_members))
        if new_staff != old_staff:
            diff["staff"] = [list(old_staff), list(new_staff)]
        if new_members != old_members:
            diff["member_ids"] = [list(old_members), list(new_members)]
        if not diff:
            return row.version
        row.updated_at = utc_naive(_now())
        row.updated_by = self.actor
        self._flush(interaction_id)
        if "client_ids" in diff or "occurred_at" in diff:
            self._set_clients(row, new_clients)
        if "staff" in diff or "member_ids" in diff:
            self._set_participants(interaction_id, new_staff, new_members)
        self._revise(interaction_id, EDITED, diff)
        self.session.flush()
        return row.version

    def delete(self, interaction_id: int, expected_version: int | None = None) -> None:
        """Move an entry to the trash: off every timeline, restorable until purged."""
        self._may(self._client_ids(interaction_id))
        row = self._row(interaction_id, expected_version)
        if row.deleted_at is not None:
            return
        row.deleted_at = utc_naive(_now())
        row.deleted_by = self.actor
        self._flush(interaction_id)
        self._revise(interaction_id, DELETED, {})
        self.session.flush()

    def restore(self, interaction_id: int) -> None:
        """Bring an entry back from the trash onto its clients' timelines."""
        self._may(self._client_ids(interaction_id))
        row = self._row(interaction_id, None)
        if row.deleted_at is None:
            return
        row.deleted_at = None
        row.deleted_by = None
        self._flush(interaction_id)
        self._revise(interaction_id, RESTORED, {})
        self.session.flush()

    def trash_days(self) -> int:
        return int(SettingsService(self.session).get("timeline.trash_days"))

    def trash(self, client_id: int | None = None) -> list[TrashEntry]:
        """Entries in the trash (of one client, or all), most recently deleted first."""
        keep = dt.timedelta(days=self.trash_days())
        stmt = select(Interaction).where(Interaction.deleted_at.is_not(None))
        if client_id is not None:
            stmt = stmt.where(
                Interaction.id.in_(
                    select(InteractionClient.interaction_id).where(
                        InteractionClient.client_id == client_id
                    )
                )
            )
        rows = self.session.scalars(stmt.order_by(Interaction.deleted_at.desc()))
        out = []
        for r in rows:
            deleted = as_utc(r.deleted_at)  # type: ignore[arg-type]
            out.append(
                TrashEntry(
                    r.id,
                    r.kind,
                    as_utc(r.occurred_at),
                    r.subject,
                    self._client_ids(r.id),
                    deleted,
                    r.deleted_by or "",
                    deleted + keep,
                )
            )
        return out

    def purge_trash(self, now: dt.datetime | None = None) -> int:
        """Delete for good what has been in the trash longer than `timeline.trash_days`,
        with its history and attached files; logs one access event with the count."""
        access.require(self.session, access.ERASE)
        now = as_utc(now) if now else _now()
        cutoff = utc_naive(now - dt.timedelta(days=self.trash_days()))
        ids = list(
            self.session.scalars(
                select(Interaction.id).where(
                    Interaction.deleted_at.is_not(None), Interaction.deleted_at <= cutoff
                )
            )
        )
        if not ids:
            return 0
        files = list(
            self.session.scalars(
                select(InteractionAttachment.attachment_id).where(
                    InteractionAttachment.interaction_id.in_(ids)
                )
            )
        )
        for model in (InteractionAttachment, InteractionParticipant, InteractionRevision):
            self.session.execute(delete(model).where(model.interaction_id.in_(ids)))
        self.session.execute(
            delete(InteractionClient).where(InteractionClient.interaction_id.in_(ids))
        )
        if files:
            self.session.execute(delete(Attachment).where(Attachment.id.in_(files)))
        self.session.execute(delete(Interaction).where(Interaction.id.in_(ids)))
        self.session.add(
            AccessEvent(
                at=utc_naive(now),
                actor=self.actor,
                action=PURGE_ACTION,
                detail=f"{len(ids)} timeline entries and {len(files)} files deleted from "
                f"the trash after {self.trash_days()} days",
            )
        )
        audit.record(
            self.session,
            self.actor,
            "purge",
            target="timeline_trash",
            entries=len(ids),
            files=len(files),
        )
        self.session.flush()
        return len(ids)

    # -- files --

    def attach(
        self, interaction_id: int, filename: str, data: bytes, mime: str | None = None
    ) -> AttachmentInfo:
        """Keep a file (scan, PDF, image) with the entry, encrypted inside the office.

        Files above the office's `attachments.max_bytes` are refused (AttachmentError)."""
        clients = self._client_ids(interaction_id)
        self._may(clients)
        row = self._row(interaction_id, None)
        info = AttachmentService(self.session, self.actor).add(
            clients[0] if clients else None, filename, data, mime
        )
        self.session.add(InteractionAttachment(interaction_id=row.id, attachment_id=info.id))
        self._revise(interaction_id, ATTACHED, {"attachment": [None, info.filename]})
        self.session.flush()
        return info

    def attachments(self, interaction_id: int) -> list[AttachmentInfo]:
        ids = self.session.scalars(
            select(InteractionAttachment.attachment_id).where(
                InteractionAttachment.interaction_id == interaction_id
            )
        )
        return AttachmentService(self.session, self.actor).infos(list(ids))

    def read_attachment(self, attachment_id: int) -> bytes:
        return AttachmentService(self.session, self.actor).read(attachment_id)

    # -- reading --

    def get(self, interaction_id: int) -> InteractionData:
        row = self._row(interaction_id, None)
        staff, members = self._participants(interaction_id)
        return InteractionData(
            id=row.id,
            version=row.version,
            kind=row.kind,
            occurred_at=as_utc(row.occurred_at),
            duration_minutes=row.duration_minutes,
            direction=row.direction,
            channel=row.channel,
            subject=row.subject,
            body=row.body,
            outcome=row.outcome,
            follow_up=row.follow_up,
            satisfaction=row.satisfaction,
            client_ids=self._client_ids(interaction_id),
            staff=staff,
            member_ids=members,
            created_at=as_utc(row.created_at),
            created_by=row.created_by,
            updated_at=as_utc(row.updated_at) if row.updated_at else None,
            updated_by=row.updated_by,
            deleted_at=as_utc(row.deleted_at) if row.deleted_at else None,
            deleted_by=row.deleted_by,
        )

    def history(self, interaction_id: int) -> list[RevisionEntry]:
        """Every change to the entry, oldest first: who, when, what (before and after)."""
        rows = self.session.scalars(
            select(InteractionRevision)
            .where(InteractionRevision.interaction_id == interaction_id)
            .order_by(InteractionRevision.id)
        )
        return [RevisionEntry(as_utc(r.at), r.actor, r.action, dict(r.changes)) for r in rows]


# ---- the timeline -------------------------------------------------------------------------


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class TimelineQuery:
    """One client's timeline, newest first: filtered by kind, searched by words, paged.

    Paging walks ix_interaction_client_timeline backwards, so a page costs the same near
    the top of a 10,000-entry timeline as for a client with ten entries."""

    def __init__(
        self,
        session: Session,
        client_id: int,
        kinds: Iterable[str] | None = None,
        text: str | None = None,
    ) -> None:
        self.session = session
        self.client_id = client_id
        self.kinds = tuple(kinds) if kinds is not None else None
        self.words = (text or "").split()

    def _where(self, stmt: Select) -> Select:  # type: ignore[type-arg]
        stmt = stmt.where(
            InteractionClient.client_id == self.client_id, Interaction.deleted_at.is_(None)
        )
        if self.kinds is not None:
            stmt = stmt.where(Interaction.kind.in_(self.kinds))
        for word in self.words:
            pattern = f"%{_like_escape(word)}%"
            stmt = stmt.where(
                or_(
                    Interaction.subject.like(pattern, escape="\\"),
                    Interaction.body.like(pattern, escape="\\"),
                    Interaction.outcome.like(pattern, escape="\\"),
                    Interaction.follow_up.like(pattern, escape="\\"),
                )
            )
        return stmt

    def count(self) -> int:
        stmt = self._where(
            select(func.count())
            .select_from(InteractionClient)
            .join(Interaction, Interaction.id == InteractionClient.interaction_id)
        )
        return int(self.session.scalar(stmt) or 0)

    def page(self, offset: int, limit: int) -> list[TimelineEntry]:
        files = (
            select(func.count())
            .where(InteractionAttachment.interaction_id == Interaction.id)
            .correlate(Interaction)
            .scalar_subquery()
        )
        other = InteractionClient.__table__.alias("other")
        shared = (
            select(func.count())
            .select_from(other)
            .where(other.c.interaction_id == Interaction.id)
            .correlate(Interaction)
            .scalar_subquery()
        )
        stmt = self._where(
            select(Interaction, files.label("files"), shared.label("shared"))
            .select_from(InteractionClient)
            .join(Interaction, Interaction.id == InteractionClient.interaction_id)
        )
        stmt = stmt.order_by(
            InteractionClient.occurred_at.desc(), InteractionClient.interaction_id.desc()
        )
        rows = self.session.execute(stmt.offset(max(0, offset)).limit(max(0, limit))).all()
        return [
            TimelineEntry(
                id=r.id,
                version=r.version,
                kind=r.kind,
                occurred_at=as_utc(r.occurred_at),
                duration_minutes=r.duration_minutes,
                direction=r.direction,
                channel=r.channel,
                subject=r.subject,
                body=r.body,
                outcome=r.outcome,
                follow_up=r.follow_up,
                satisfaction=r.satisfaction,
                created_by=r.created_by,
                attachments=int(n_files),
                clients=int(n_shared),
            )
            for r, n_files, n_shared in rows
        ]


def month_of(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The first day of the month `moment` falls in, in `tz` (default: this machine's)."""
    local = as_utc(moment).astimezone(tz)
    return dt.date(local.year, local.month, 1)


def group_by_month(
    entries: Iterable[TimelineEntry], tz: dt.tzinfo | None = None
) -> list[tuple[dt.date, list[TimelineEntry]]]:
    """Consecutive entries (newest first) grouped under the first day of their month."""
    groups: list[tuple[dt.date, list[TimelineEntry]]] = []
    for entry in entries:
        month = month_of(entry.occurred_at, tz)
        if not groups or groups[-1][0] != month:
            groups.append((month, []))
        groups[-1][1].append(entry)
    return groups


# ---- erasure ------------------------------------------------------------------------------


def erase_client_entries(
    session: Session, client_id: int, redact: Callable[[str | None], str | None]
) -> dict[str, int]:
    """Called by app/erasure.py inside the erasure transaction.

    Entries only this client had keep their skeleton (kind, time, duration, channel, who
    recorded them: the fact that the office was in touch) and lose their words: subject
    "[erased]", notes, outcome and follow-up emptied, the history's before/after values
    dropped. Entries shared with other clients stay on their timelines with the person's
    names and numbers redacted (`redact`) from the text and the history, and no longer
    list the erased client. Their files' bytes go with the client's other attachments."""
    ids = set(
        session.scalars(
            select(InteractionClient.interaction_id).where(InteractionClient.client_id == client_id)
        )
    ) | set(
        session.scalars(
            select(InteractionParticipant.interaction_id).where(
                InteractionParticipant.client_id == client_id
            )
        )
    )
    anonymised = redacted = 0
    for row in session.scalars(select(Interaction).where(Interaction.id.in_(ids))).all():
        others = session.scalar(
            select(func.count()).where(
                InteractionClient.interaction_id == row.id, InteractionClient.client_id != client_id
            )
        )
        revisions = session.scalars(
            select(InteractionRevision).where(InteractionRevision.interaction_id == row.id)
        ).all()
        if others:
            for name in ("subject", "body", "outcome", "follow_up"):
                setattr(row, name, redact(getattr(row, name)))
            row.subject = row.subject or "[erased]"
            for rev in revisions:
                text = json.dumps(rev.changes, ensure_ascii=False)
                clean = redact(text) or "{}"
                if clean != text:
                    try:
                        rev.changes = json.loads(clean)
                    except ValueError:  # a redaction cut through the JSON: drop the values
                        rev.changes = {}
            session.execute(
                delete(InteractionClient).where(
                    InteractionClient.interaction_id == row.id,
                    InteractionClient.client_id == client_id,
                )
            )
            redacted += 1
        else:
            row.subject = "[erased]"
            row.body = row.outcome = row.follow_up = None
            for rev in revisions:
                rev.changes = {}
            anonymised += 1
        session.execute(
            delete(InteractionParticipant).where(
                InteractionParticipant.interaction_id == row.id,
                InteractionParticipant.client_id == client_id,
            )
        )
    session.flush()
    return {"interaction": anonymised, "interaction_shared": redacted}

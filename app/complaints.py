"""Complaints and service requests, tracked to resolution.

States: received → acknowledged → investigating → resolved → closed, or rejected (from
received, acknowledged or investigating). Every step appends a ComplaintEvent (when, who,
a note); an illegal step raises ValidationError naming the state and the allowed steps,
and changes nothing.

Service levels are office settings in working days (Monday to Friday, less the office's
holidays): a complaint must be acknowledged by the end of the Nth working day after the
day it arrived, and resolved by the end of the Mth. Days are the office's local days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import access, audit
from app.settings import SettingsService
from app.tasks import day_start_utc, local_zone, to_local, to_utc_naive
from app.validation import FieldError, ValidationError
from db.errors import ConflictError
from db.models import Client, Complaint, ComplaintEvent

KINDS = ("complaint", "service_request")
STATES = ("received", "acknowledged", "investigating", "resolved", "closed", "rejected")
OPEN_STATES = ("received", "acknowledged", "investigating")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "received": ("acknowledged", "rejected"),
    "acknowledged": ("investigating", "rejected"),
    "investigating": ("resolved", "rejected"),
    "resolved": ("closed",),
    "closed": (),
    "rejected": (),
}
SUMMARY_MAX = 4000


def allowed(state: str) -> tuple[str, ...]:
    return TRANSITIONS.get(state, ())


def holidays(settings: SettingsService) -> frozenset[dt.date]:
    days = set()
    for text in settings.get("office.holidays"):
        try:
            days.add(dt.date.fromisoformat(str(text)))
        except ValueError:
            continue  # a typo in one holiday must not stop complaints being recorded
    return frozenset(days)


def add_working_days(day: dt.date, count: int, off: frozenset[dt.date] = frozenset()) -> dt.date:
    """The `count`-th working day after `day` (count 0: `day` itself, or the next working
    day if it is not one)."""
    current = day
    if count == 0:
        while current.weekday() >= 5 or current in off:
            current += dt.timedelta(days=1)
        return current
    done = 0
    while done < count:
        current += dt.timedelta(days=1)
        if current.weekday() < 5 and current not in off:
            done += 1
    return current


def deadline(
    received_local: dt.date, working_days: int, off: frozenset[dt.date], tz: dt.tzinfo
) -> dt.datetime:
    """Naive UTC instant at the end of the working day the service level allows."""
    last = add_working_days(received_local, working_days, off)
    return day_start_utc(last + dt.timedelta(days=1), tz)


@dataclass
class ComplaintEventData:
    at: dt.datetime  # aware UTC
    actor: str
    from_state: str | None
    to_state: str
    note: str | None


@dataclass
class ComplaintData:
    id: int
    version: int
    kind: str
    client_id: int
    client_name: str
    received_at: dt.datetime
    channel: str | None
    summary: str
    owner: str | None
    state: str
    acknowledge_due_at: dt.datetime
    due_at: dt.datetime
    resolution: str | None
    satisfaction: int | None
    overdue: bool
    events: list[ComplaintEventData]

    @property
    def next_states(self) -> tuple[str, ...]:
        return allowed(self.state)


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the complaints list."""

    id: int
    kind: str
    client_id: int
    client_name: str
    summary: str
    owner: str | None
    state: str
    received_at: dt.datetime
    due_at: dt.datetime  # the deadline that matters now: acknowledgement, then resolution
    overdue: bool


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else moment.replace(tzinfo=dt.UTC)


def current_deadline(state: str, ack_due: dt.datetime, due: dt.datetime) -> dt.datetime | None:
    if state == "received":
        return ack_due
    if state in ("acknowledged", "investigating"):
        return due
    return None


class ComplaintService:
    def __init__(self, session: Session, actor: str = "advisor", tz: dt.tzinfo | None = None):
        self.session = session
        self.actor = actor
        self.tz = tz or local_zone()

    def open(
        self,
        client_id: int,
        summary: str,
        *,
        kind: str = "complaint",
        owner: str | None = None,
        channel: str | None = None,
        received_at: dt.datetime | None = None,
    ) -> int:
        access.require(self.session, access.TIMELINE, client_id)
        errors: list[FieldError] = []
        if kind not in KINDS:
            errors.append(FieldError("kind", f"Kind must be one of: {', '.join(KINDS)}."))
        if not (summary or "").strip():
            errors.append(FieldError("summary", "Say what the complaint or request is about."))
        elif len(summary) > SUMMARY_MAX:
            errors.append(FieldError("summary", f"At most {SUMMARY_MAX} characters."))
        if self.session.get(Client, client_id) is None:
            errors.append(FieldError("client_id", "No such client."))
        if errors:
            raise ValidationError(errors)
        received = to_utc_naive(received_at or dt.datetime.now(dt.UTC), self.tz)
        settings = SettingsService(self.session)
        off = holidays(settings)
        day = to_local(received, self.tz).date()
        row = Complaint(
            kind=kind,
            client_id=client_id,
            received_at=received,
            channel=channel or None,
            summary=summary.strip(),
            owner=owner or None,
            state="received",
            acknowledge_due_at=deadline(
                day, int(settings.get("complaints.acknowledge_working_days")), off, self.tz
            ),
            due_at=deadline(
                day, int(settings.get("complaints.resolve_working_days")), off, self.tz
            ),
            created_by=self.actor,
        )
        row.events.append(
            ComplaintEvent(at=received, actor=self.actor, from_state=None, to_state="received")
        )
        self.session.add(row)
        self.session.flush()
        audit.record(
            self.session,
            self.actor,
            "complaint",
            row.client_id,
            f"complaint {row.id}",
            to="received",
        )
        return row.id

    def _get(self, complaint_id: int) -> Complaint:
        row = self.session.get(Complaint, complaint_id)
        if row is None:
            raise ValidationError([FieldError("complaint", "The complaint no longer exists.")])
        return row

    def transition(
        self,
        complaint_id: int,
        version: int,
        to_state: str,
        *,
        note: str | None = None,
        resolution: str | None = None,
        satisfaction: int | None = None,
        at: dt.datetime | None = None,
    ) -> int:
        """Move a complaint one step; returns the new version."""
        row = self._get(complaint_id)
        access.require(self.session, access.TIMELINE, row.client_id)
        if row.version != version:
            raise ConflictError("complaint", complaint_id)
        if to_state not in STATES:
            raise ValidationError([FieldError("state", f"Unknown state {to_state!r}.")])
        if to_state not in allowed(row.state):
            steps = ", ".join(allowed(row.state)) or "none (it is final)"
            raise ValidationError(
                [
                    FieldError(
                        "state",
                        f"A {row.state} complaint cannot become {to_state}; "
                        f"allowed next steps: {steps}.",
                    )
                ]
            )
        errors: list[FieldError] = []
        if to_state == "resolved" and not (resolution or row.resolution or "").strip():
            errors.append(FieldError("resolution", "Describe the resolution before resolving."))
        if to_state == "rejected" and not (note or "").strip():
            errors.append(FieldError("note", "Give the reason for rejecting."))
        if satisfaction is not None and not 1 <= satisfaction <= 5:
            errors.append(FieldError("satisfaction", "Satisfaction is a score from 1 to 5."))
        if errors:
            raise ValidationError(errors)
        moment = to_utc_naive(at or dt.datetime.now(dt.UTC), self.tz)
        row.events.append(
            ComplaintEvent(
                at=moment,
                actor=self.actor,
                from_state=row.state,
                to_state=to_state,
                note=(note or "").strip() or None,
            )
        )
        row.state = to_state
        if to_state == "acknowledged":
            row.acknowledged_at = moment
        elif to_state == "resolved":
            row.resolved_at = moment
        elif to_state in ("closed", "rejected"):
            row.closed_at = moment
        if resolution is not None and resolution.strip():
            row.resolution = resolution.strip()
        if satisfaction is not None:
            row.satisfaction = satisfaction
        try:
            self.session.flush()
        except StaleDataError:
            raise ConflictError("complaint", complaint_id) from None
        audit.record(
            self.session,
            self.actor,
            "complaint",
            row.client_id,
            f"complaint {complaint_id}",
            to=to_state,
        )
        return row.version

    def load(self, complaint_id: int, now: dt.datetime | None = None) -> ComplaintData:
        row = self._get(complaint_id)
        client = self.session.get(Client, row.client_id)
        name = client.legal_name if client is not None else ""
        limit = current_deadline(row.state, row.acknowledge_due_at, row.due_at)
        current = to_utc_naive(now or dt.datetime.now(dt.UTC), self.tz)
        return ComplaintData(
            row.id,
            row.version,
            row.kind,
            row.client_id,
            name,
            row.received_at.replace(tzinfo=dt.UTC),
            row.channel,
            row.summary,
            row.owner,
            row.state,
            row.acknowledge_due_at.replace(tzinfo=dt.UTC),
            row.due_at.replace(tzinfo=dt.UTC),
            row.resolution,
            row.satisfaction,
            limit is not None and limit <= current,
            [
                ComplaintEventData(
                    e.at.replace(tzinfo=dt.UTC), e.actor, e.from_state, e.to_state, e.note
                )
                for e in row.events
            ],
        )


def deadline_column():  # type: ignore[no-untyped-def]
    """SQL: the deadline that matters in the current state (NULL once it is finished)."""
    return case(
        (Complaint.state == "received", Complaint.acknowledge_due_at),
        (Complaint.state.in_(("acknowledged", "investigating")), Complaint.due_at),
        else_=None,
    )


def list_complaints(
    session: Session,
    *,
    states: tuple[str, ...] | None = None,
    owner: str | None = None,
    overdue_only: bool = False,
    now: dt.datetime | None = None,
    limit: int = 500,
) -> list[ComplaintRow]:
    """The complaints list: open ones first, soonest deadline first; filters in SQL."""
    current = to_utc_naive(now or dt.datetime.now(dt.UTC))
    limit_col = deadline_column()
    stmt = select(
        Complaint.id,
        Complaint.kind,
        Complaint.client_id,
        Client.legal_name,
        Complaint.summary,
        Complaint.owner,
        Complaint.state,
        Complaint.received_at,
        Complaint.due_at,
        limit_col.label("deadline"),
    ).join(Client, Client.id == Complaint.client_id)
    if states:
        stmt = stmt.where(Complaint.state.in_(states))
    if owner:
        stmt = stmt.where(Complaint.owner == owner)
    if overdue_only:
        stmt = stmt.where(
            or_(
                (Complaint.state == "received") & (Complaint.acknowledge_due_at <= current),
                Complaint.state.in_(("acknowledged", "investigating"))
                & (Complaint.due_at <= current),
            )
        )
    stmt = stmt.order_by(
        case((Complaint.state.in_(OPEN_STATES), 0), else_=1),
        func.coalesce(limit_col, Complaint.due_at),
        Complaint.id,
    ).limit(limit)
    rows = []
    for (
        cid,
        kind,
        client_id,
        name,
        summary,
        owner_,
        state,
        received,
        due,
        limit_at,
    ) in session.execute(stmt):
        shown = limit_at if limit_at is not None else due
        rows.append(
            ComplaintRow(
                cid,
                kind,
                client_id,
                name,
                summary,
                owner_,
                state,
                received.replace(tzinfo=dt.UTC),
                shown.replace(tzinfo=dt.UTC),
                limit_at is not None and limit_at <= current,
            )
        )
    return rows

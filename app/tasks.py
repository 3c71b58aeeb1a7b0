"""Tasks: what an advisor owes whom, by when; recurrence; completing with an outcome.

Instants are stored as naive UTC (the house rule); calendar arithmetic (today, the next
month) happens in the office's local time, passed in as `tz` (the machine's zone by
default) so tests and a headless server agree on what "today" is.

Completing a task:
* records who and when, and the outcome;
* when it is linked to a client, puts the outcome on the client's timeline as an
  interaction (a "review_meeting" for review tasks, otherwise a "note");
* a review task moves the client's last and next review dates (cadence by tier);
* a recurring task is followed by a new open task for its next occurrence.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import access
from app.settings import SettingsService
from app.validation import FieldError, ValidationError
from db.errors import ConflictError
from db.models import Client, Task

STATUSES = ("open", "done", "cancelled")
PRIORITIES = ("low", "normal", "high")
RECURRENCES = ("none", "daily", "weekly", "monthly", "quarterly", "yearly")
# kinds: by hand, and one per reminder rule
KINDS = ("todo", "call", "meeting", "review", "birthday", "document", "consent", "risk")
TITLE_MAX = 200
MONTHS = {"monthly": 1, "quarterly": 3, "yearly": 12}


def local_zone() -> dt.tzinfo:
    zone = dt.datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def to_utc_naive(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """A naive moment is local time (in `tz`); an aware one is converted."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz or local_zone())
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def to_local(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """Stored naive UTC → aware local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(tz or local_zone())


def day_start_utc(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The UTC instant (naive) at which a local calendar day begins."""
    return to_utc_naive(dt.datetime.combine(day, dt.time()), tz)


def add_months(day: dt.date, months: int, anchor_day: int | None = None) -> dt.date:
    """`day` moved by whole months, clamped to the month's last day.

    `anchor_day` is the day the series wants (31 for a review on the 31st): a shorter
    month clamps it (30 April, 28 or 29 February) and the next long month returns to it.
    """
    want = anchor_day or day.day
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(want, calendar.monthrange(year, month)[1]))


def next_occurrence(day: dt.date, recurrence: str, anchor_day: int | None = None) -> dt.date:
    """The next due date of a recurring series after `day`."""
    if recurrence == "daily":
        return day + dt.timedelta(days=1)
    if recurrence == "weekly":
        return day + dt.timedelta(days=7)
    if recurrence in MONTHS:
        return add_months(day, MONTHS[recurrence], anchor_day)
    raise ValueError(f"Task recurrence {recurrence!r} does not repeat.")


def review_months(settings: SettingsService, tier: str) -> int:
    if tier == "uhnw":
        return int(settings.get("review.months_uhnw"))
    if tier == "hnw":
        return int(settings.get("review.months_hnw"))
    return int(settings.get("review.months_default"))


@dataclass
class TaskData:
    id: int
    version: int
    title: str
    client_id: int | None
    kind: str
    due_at: dt.datetime  # aware, UTC
    all_day: bool
    assignee: str | None
    priority: str
    status: str
    notes: str | None
    recurrence: str
    anchor_day: int | None
    rule_key: str | None
    completed_at: dt.datetime | None
    completed_by: str | None
    outcome: str | None
    interaction_id: int | None

    @classmethod
    def of(cls, row: Task) -> TaskData:
        def aware(moment: dt.datetime | None) -> dt.datetime | None:
            return None if moment is None else moment.replace(tzinfo=dt.UTC)

        return cls(
            row.id,
            row.version,
            row.title,
            row.client_id,
            row.kind,
            row.due_at.replace(tzinfo=dt.UTC),
            row.all_day,
            row.assignee,
            row.priority,
            row.status,
            row.notes,
            row.recurrence,
            row.anchor_day,
            row.rule_key,
            aware(row.completed_at),
            row.completed_by,
            row.outcome,
            row.interaction_id,
        )


@dataclass(frozen=True)
class Completion:
    task_id: int
    next_task_id: int | None
    interaction_id: int | None
    next_review: dt.date | None


def _check(
    title: str | None, priority: str | None, recurrence: str | None, kind: str | None
) -> None:
    errors: list[FieldError] = []
    if title is not None:
        if not title.strip():
            errors.append(FieldError("title", "A task needs a title."))
        elif len(title) > TITLE_MAX:
            errors.append(FieldError("title", f"A title has at most {TITLE_MAX} characters."))
    if priority is not None and priority not in PRIORITIES:
        errors.append(FieldError("priority", f"Priority must be one of: {', '.join(PRIORITIES)}."))
    if recurrence is not None and recurrence not in RECURRENCES:
        errors.append(
            FieldError("recurrence", f"Recurrence must be one of: {', '.join(RECURRENCES)}.")
        )
    if kind is not None and kind not in KINDS:
        errors.append(FieldError("kind", f"Kind must be one of: {', '.join(KINDS)}."))
    if errors:
        raise ValidationError(errors)


class TaskService:
    """Tasks inside the caller's session (one session = one user action)."""

    def __init__(self, session: Session, actor: str = "advisor", tz: dt.tzinfo | None = None):
        self.session = session
        self.actor = actor
        self.tz = tz or local_zone()

    # ---- create, read, edit ------------------------------------------------------------

    def create(
        self,
        title: str,
        due: dt.datetime | dt.date,
        *,
        client_id: int | None = None,
        all_day: bool | None = None,
        assignee: str | None = None,
        priority: str = "normal",
        notes: str | None = None,
        recurrence: str = "none",
        kind: str = "todo",
        rule_key: str | None = None,
    ) -> int:
        """A new open task. A date (or all_day=True) makes an all-day task; a naive
        datetime is local time."""
        access.require(self.session, access.TIMELINE, client_id)
        _check(title, priority, recurrence, kind)
        if client_id is not None and self.session.get(Client, client_id) is None:
            raise ValidationError([FieldError("client_id", "No such client.")])
        due_at, whole_day, anchor = self._due(due, all_day)
        row = Task(
            title=title.strip(),
            client_id=client_id,
            kind=kind,
            due_at=due_at,
            all_day=whole_day,
            assignee=assignee or None,
            priority=priority,
            status="open",
            notes=notes or None,
            recurrence=recurrence,
            anchor_day=anchor if recurrence in MONTHS else None,
            rule_key=rule_key,
            created_by=self.actor,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def _due(
        self, due: dt.datetime | dt.date, all_day: bool | None
    ) -> tuple[dt.datetime, bool, int]:
        if isinstance(due, dt.datetime):
            local = due if due.tzinfo is None else due.astimezone(self.tz)
            if all_day:
                return day_start_utc(local.date(), self.tz), True, local.day
            return to_utc_naive(due, self.tz), False, local.day
        return day_start_utc(due, self.tz), True if all_day is None else all_day, due.day

    def load(self, task_id: int) -> TaskData:
        return TaskData.of(self._get(task_id))

    def _get(self, task_id: int) -> Task:
        row = self.session.get(Task, task_id)
        if row is None:
            raise ValidationError([FieldError("task", "The task no longer exists.")])
        return row

    def _locked(self, task_id: int, version: int) -> Task:
        """The task to change, if the user may change tasks (of this client)."""
        row = self._get(task_id)
        access.require(self.session, access.TIMELINE, row.client_id)
        if row.version != version:
            raise ConflictError("task", task_id)
        return row

    def _flush(self, task_id: int) -> None:
        try:
            self.session.flush()
        except StaleDataError:
            raise ConflictError("task", task_id) from None
        except OperationalError as exc:
            if "locked" not in str(exc.orig):
                raise
            raise ConflictError("task", task_id) from None

    def edit(
        self,
        task_id: int,
        version: int,
        *,
        title: str | None = None,
        due: dt.datetime | dt.date | None = None,
        all_day: bool | None = None,
        assignee: str | None = None,
        priority: str | None = None,
        notes: str | None = None,
        recurrence: str | None = None,
    ) -> int:
        """Change an open task; a stale version raises ConflictError. Returns the new version."""
        _check(title, priority, recurrence, None)
        row = self._locked(task_id, version)
        if row.status != "open":
            raise ValidationError([FieldError("status", "Only an open task can be edited.")])
        if title is not None:
            row.title = title.strip()
        if due is not None:
            row.due_at, row.all_day, row.anchor_day = self._due(due, all_day)
        if assignee is not None:
            row.assignee = assignee or None
        if priority is not None:
            row.priority = priority
        if notes is not None:
            row.notes = notes or None
        if recurrence is not None:
            row.recurrence = recurrence
        if row.recurrence in MONTHS:
            row.anchor_day = row.anchor_day or to_local(row.due_at, self.tz).day
        else:
            row.anchor_day = None
        self._flush(task_id)
        return row.version

    def cancel(self, task_id: int, version: int, reason: str | None = None) -> None:
        row = self._locked(task_id, version)
        if row.status != "open":
            raise ValidationError([FieldError("status", "Only an open task can be cancelled.")])
        row.status = "cancelled"
        row.completed_at = to_utc_naive(dt.datetime.now(dt.UTC))
        row.completed_by = self.actor
        if reason:
            row.outcome = reason
        self._flush(task_id)

    # ---- completing ----------------------------------------------------------------

    def complete(
        self, task_id: int, version: int, outcome: str, *, at: dt.datetime | None = None
    ) -> Completion:
        """Mark an open task done with its outcome (see the module notes for what follows)."""
        outcome = (outcome or "").strip()
        if not outcome:
            raise ValidationError([FieldError("outcome", "Say what came of it (the outcome).")])
        row = self._locked(task_id, version)
        if row.status != "open":
            raise ValidationError(
                [FieldError("status", f"This task is already {row.status}; nothing was changed.")]
            )
        moment = to_utc_naive(at or dt.datetime.now(dt.UTC), self.tz)
        row.status = "done"
        row.completed_at = moment
        row.completed_by = self.actor
        row.outcome = outcome
        self._flush(task_id)

        interaction_id = None
        next_review = None
        if row.client_id is not None:
            interaction_id = record_outcome(self.session, row, moment, self.actor)
            row.interaction_id = interaction_id
            if row.kind == "review":
                next_review = self._move_review(row.client_id, to_local(moment, self.tz).date())
        next_id = None
        if row.recurrence != "none":
            next_id = self._follow_up(row, to_local(moment, self.tz).date())
        self._flush(task_id)
        return Completion(task_id, next_id, interaction_id, next_review)

    def _follow_up(self, row: Task, today: dt.date) -> int:
        local_due = to_local(row.due_at, self.tz)
        day = next_occurrence(local_due.date(), row.recurrence, row.anchor_day)
        while day < today:  # a task done late does not leave a trail of missed copies
            day = next_occurrence(day, row.recurrence, row.anchor_day)
        if row.all_day:
            due_at = day_start_utc(day, self.tz)
        else:
            due_at = to_utc_naive(dt.datetime.combine(day, local_due.time()), self.tz)
        follow = Task(
            title=row.title,
            client_id=row.client_id,
            kind=row.kind,
            due_at=due_at,
            all_day=row.all_day,
            assignee=row.assignee,
            priority=row.priority,
            status="open",
            notes=row.notes,
            recurrence=row.recurrence,
            anchor_day=row.anchor_day,
            previous_id=row.id,
            created_by=self.actor,
        )
        self.session.add(follow)
        self.session.flush()
        return follow.id

    def _move_review(self, client_id: int, on: dt.date) -> dt.date:
        client = self.session.get(Client, client_id)
        assert client is not None
        months = review_months(SettingsService(self.session), client.tier)
        client.last_review = on
        client.next_review = add_months(on, months)
        client.updated_at = dt.datetime.now(dt.UTC)
        return client.next_review


def record_outcome(session: Session, task: Task, at: dt.datetime, actor: str) -> int:
    """Put a completed task's outcome on its client's timeline (3A's interaction service):
    a review task becomes a review meeting, anything else a note."""
    from app.timeline import InteractionService

    assert task.client_id is not None
    return InteractionService(session, actor).record(
        [task.client_id],
        "review_meeting" if task.kind == "review" else "note",
        at,
        task.title,
        body=task.notes,
        outcome=task.outcome,
        now=at,
    )

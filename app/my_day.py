"""My day: what an advisor owes whom: overdue, today, this week; overdue complaints.

Plain data for the view, read in a handful of indexed SQL queries (ix_task_status_
assignee_due): the office of 100,000 clients answers in milliseconds. "Today" is the
office's local day; "this week" is the seven days after today. Each group is capped
(`limit`) and carries its full count, so a backlog of thousands shows as "200 of 3,412".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.complaints import ComplaintRow, list_complaints
from app.tasks import day_start_utc, local_zone, to_utc_naive
from db.models import Client, Task

GROUPS = ("overdue", "today", "week")


@dataclass(frozen=True)
class MyDayTask:
    id: int
    version: int
    title: str
    kind: str
    client_id: int | None
    client_name: str | None
    due_at: dt.datetime  # aware UTC
    all_day: bool
    assignee: str | None
    priority: str
    recurrence: str
    generated: bool


@dataclass
class MyDayGroup:
    name: str
    tasks: list[MyDayTask] = field(default_factory=list)
    total: int = 0


@dataclass
class MyDay:
    assignee: str | None
    today: dt.date
    groups: dict[str, MyDayGroup]
    complaints: list[ComplaintRow]

    @property
    def task_count(self) -> int:
        return sum(g.total for g in self.groups.values())


def assignees(session: Session) -> list[str]:
    """Everyone with open tasks, for the view's filter."""
    return list(
        session.scalars(
            select(Task.assignee)
            .where(Task.status == "open", Task.assignee.is_not(None))
            .distinct()
            .order_by(Task.assignee)
        )
    )


def my_day(
    session: Session,
    assignee: str | None = None,
    *,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
    limit: int = 200,
) -> MyDay:
    """Open tasks of `assignee` (None: everyone's) by group, and overdue complaints."""
    tz = tz or local_zone()
    moment = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    today = moment.astimezone(tz).date()
    start = day_start_utc(today, tz)
    tomorrow = day_start_utc(today + dt.timedelta(days=1), tz)
    week_end = day_start_utc(today + dt.timedelta(days=8), tz)
    bounds = {"overdue": (None, start), "today": (start, tomorrow), "week": (tomorrow, week_end)}
    groups: dict[str, MyDayGroup] = {}
    for name, (lo, hi) in bounds.items():
        where = [Task.status == "open", Task.due_at < hi]
        if lo is not None:
            where.append(Task.due_at >= lo)
        if assignee:
            where.append(Task.assignee == assignee)
        stmt = (
            select(
                Task.id,
                Task.version,
                Task.title,
                Task.kind,
                Task.client_id,
                Client.legal_name,
                Task.due_at,
                Task.all_day,
                Task.assignee,
                Task.priority,
                Task.recurrence,
                Task.rule_key,
            )
            .outerjoin(Client, Client.id == Task.client_id)
            .where(*where)
            .order_by(Task.due_at, Task.id)
            .limit(limit)
        )
        tasks = [
            MyDayTask(
                r.id,
                r.version,
                r.title,
                r.kind,
                r.client_id,
                r.legal_name,
                r.due_at.replace(tzinfo=dt.UTC),
                r.all_day,
                r.assignee,
                r.priority,
                r.recurrence,
                r.rule_key is not None,
            )
            for r in session.execute(stmt)
        ]
        total = len(tasks)
        if total == limit:
            total = int(session.scalar(select(func.count()).select_from(Task).where(*where)) or 0)
        groups[name] = MyDayGroup(name, tasks, total)
    complaints = list_complaints(
        session, owner=assignee, overdue_only=True, now=to_utc_naive(moment), limit=limit
    )
    return MyDay(assignee, today, groups, complaints)

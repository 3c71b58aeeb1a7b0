"""iCalendar (RFC 5545) export of tasks and meetings, for Outlook or any calendar.

* Open tasks due up to `days` ahead (overdue ones included) are VTODOs with a DUE in UTC
  (an all-day task: a DATE, its local day). A task of kind "meeting" or "review" with a
  time of day is a VEVENT of one hour, since calendars show events, not to-dos, in the day.
* Meetings, visits and review meetings on the timeline in the last `days` days and up to
  now are VEVENTs, with their duration (one hour when none was recorded).
* UIDs are stable (task-42@advisordesk), so importing a newer export updates entries.

A calendar file leaves the encrypted office and usually syncs to phones and servers, so it
carries as little as does the job: the client appears by initials ("王*", "Z.W.") and
internal client number unless the caller asks for full names; identity numbers, notes,
bodies and outcomes are never written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Event, Todo
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.pinyin import has_han
from app.tasks import day_start_utc, local_zone, to_local, to_utc_naive
from db.models import Client, Interaction, InteractionClient, Task

PRODID = "-//AdvisorDesk//Tasks and meetings//EN"
UID_DOMAIN = "advisordesk"
MEETING_TASKS = ("meeting", "review")
MEETING_INTERACTIONS = ("meeting", "visit", "review_meeting")
PRIORITY = {"high": 1, "normal": 5, "low": 9}
MAX_DAYS = 3660


def initials(name: str | None) -> str:
    """A name reduced to what identifies the entry for its advisor, not to a stranger."""
    if not name:
        return ""
    name = name.strip()
    if has_han(name):
        return name[0] + "*" * (len(name) - 1)
    return "".join(part[0].upper() + "." for part in name.split() if part)


@dataclass(frozen=True)
class IcsResult:
    data: bytes
    todos: int
    events: int


def _client_label(client_id: int | None, name: str | None, full_names: bool) -> str:
    if client_id is None:
        return ""
    shown = (name or "") if full_names else initials(name)
    return f" — {shown} (#{client_id})" if shown else f" — #{client_id}"


def export_ics(
    session: Session,
    *,
    assignee: str | None = None,
    days: int = 30,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
    full_names: bool = False,
) -> IcsResult:
    if not 0 <= days <= MAX_DAYS:
        raise ValueError(f"days must be between 0 and {MAX_DAYS}.")
    tz = tz or local_zone()
    moment = to_utc_naive(now or dt.datetime.now(dt.UTC), tz)
    today = to_local(moment, tz).date()
    until = day_start_utc(today + dt.timedelta(days=days + 1), tz)
    since = day_start_utc(today - dt.timedelta(days=days), tz)
    stamp = moment.replace(tzinfo=dt.UTC)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"AdvisorDesk — {assignee}" if assignee else "AdvisorDesk")

    stmt = (
        select(Task, Client.legal_name)
        .outerjoin(Client, Client.id == Task.client_id)
        .where(Task.status == "open", Task.due_at < until)
        .order_by(Task.due_at, Task.id)
    )
    if assignee:
        stmt = stmt.where(Task.assignee == assignee)
    todos = events = 0
    for task, name in session.execute(stmt):
        summary = task.title + _client_label(task.client_id, name, full_names)
        due = task.due_at.replace(tzinfo=dt.UTC)
        if task.kind in MEETING_TASKS and not task.all_day:
            item: Event | Todo = Event()
            item.add("dtstart", due)
            item.add("dtend", due + dt.timedelta(hours=1))
            events += 1
        else:
            item = Todo()
            if task.all_day:
                item.add("due", to_local(task.due_at, tz).date())
            else:
                item.add("due", due)
            item.add("status", "NEEDS-ACTION")
            todos += 1
        item.add("uid", f"task-{task.id}@{UID_DOMAIN}")
        item.add("dtstamp", stamp)
        item.add("summary", summary)
        item.add("priority", PRIORITY.get(task.priority, 5))
        item.add("categories", [task.kind])
        if task.assignee:
            item.add("x-advisordesk-assignee", task.assignee)
        cal.add_component(item)

    meetings = (
        select(Interaction, InteractionClient.client_id, Client.legal_name)
        .join(InteractionClient, InteractionClient.interaction_id == Interaction.id)
        .join(Client, Client.id == InteractionClient.client_id)
        .where(
            Interaction.kind.in_(MEETING_INTERACTIONS),
            Interaction.deleted_at.is_(None),
            Interaction.occurred_at >= since,
            Interaction.occurred_at < until,
        )
        .order_by(Interaction.occurred_at, Interaction.id, InteractionClient.client_id)
    )
    if assignee:
        meetings = meetings.where(Client.owner == assignee)
    seen: set[int] = set()
    for interaction, client_id, name in session.execute(meetings):
        if interaction.id in seen:  # a meeting with a couple is one event
            continue
        seen.add(interaction.id)
        start = interaction.occurred_at.replace(tzinfo=dt.UTC)
        minutes = interaction.duration_minutes or 60
        event = Event()
        event.add("uid", f"interaction-{interaction.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=minutes))
        event.add("summary", interaction.subject + _client_label(client_id, name, full_names))
        event.add("categories", [interaction.kind])
        cal.add_component(event)
        events += 1
    return IcsResult(cal.to_ical(), todos, events)


def known_people(session: Session) -> list[str]:
    """Everyone who can be an --assignee: task assignees and client owners."""
    names = set(session.scalars(select(Task.assignee).distinct())) | set(
        session.scalars(select(Client.owner).distinct())
    )
    return sorted(n for n in names if n)

"""Tasks: recurrence (month-end, leap day, quarterly), editing, completing with an outcome."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.tasks import TaskService, add_months, next_occurrence
from app.validation import ValidationError
from db.errors import ConflictError
from db.models import Client, Interaction, InteractionClient, Task
from db.office import Office

CST = dt.timezone(dt.timedelta(hours=8))
D = dt.date


def series(start: dt.date, recurrence: str, n: int) -> list[dt.date]:
    out, day = [start], start
    for _ in range(n):
        day = next_occurrence(day, recurrence, start.day)
        out.append(day)
    return out


def test_monthly_on_the_31st_clamps_to_short_months_and_returns() -> None:
    assert series(D(2027, 1, 31), "monthly", 4) == [
        D(2027, 1, 31),
        D(2027, 2, 28),
        D(2027, 3, 31),
        D(2027, 4, 30),
        D(2027, 5, 31),
    ]
    assert series(D(2028, 1, 31), "monthly", 2) == [D(2028, 1, 31), D(2028, 2, 29), D(2028, 3, 31)]


def test_monthly_on_the_30th_and_29th_in_february() -> None:
    assert series(D(2027, 1, 30), "monthly", 2)[1:] == [D(2027, 2, 28), D(2027, 3, 30)]
    assert series(D(2028, 1, 29), "monthly", 2)[1:] == [D(2028, 2, 29), D(2028, 3, 29)]


def test_yearly_on_29_february_falls_on_the_28th_and_returns_in_leap_years() -> None:
    assert series(D(2028, 2, 29), "yearly", 4) == [
        D(2028, 2, 29),
        D(2029, 2, 28),
        D(2030, 2, 28),
        D(2031, 2, 28),
        D(2032, 2, 29),
    ]


def test_quarterly_keeps_its_day_across_month_ends_and_years() -> None:
    assert series(D(2026, 11, 30), "quarterly", 4) == [
        D(2026, 11, 30),
        D(2027, 2, 28),
        D(2027, 5, 30),
        D(2027, 8, 30),
        D(2027, 11, 30),
    ]
    assert series(D(2027, 8, 31), "quarterly", 2)[1:] == [D(2027, 11, 30), D(2028, 2, 29)]


def test_daily_and_weekly_cross_month_and_year() -> None:
    assert next_occurrence(D(2027, 12, 31), "daily") == D(2028, 1, 1)
    assert next_occurrence(D(2028, 2, 26), "weekly") == D(2028, 3, 4)
    with pytest.raises(ValueError):
        next_occurrence(D(2028, 2, 26), "none")


def test_add_months_backwards_and_with_anchor() -> None:
    assert add_months(D(2027, 3, 31), -1) == D(2027, 2, 28)
    assert add_months(D(2027, 2, 28), 1, anchor_day=31) == D(2027, 3, 31)


def client_id(office: Office) -> int:
    with office.session() as s:
        return s.scalars(select(Client.id).order_by(Client.id)).first()  # type: ignore[return-value]


def test_completing_a_monthly_task_on_the_31st_walks_the_month_ends(office: Office) -> None:
    cid = client_id(office)
    with office.transaction() as s:
        tasks = TaskService(s, "Li Na", tz=CST)
        task_id = tasks.create(
            "Portfolio call",
            dt.datetime(2027, 1, 31, 10, 0),
            client_id=cid,
            assignee="Li Na",
            recurrence="monthly",
        )
    seen = []
    for _ in range(3):
        with office.transaction() as s:
            tasks = TaskService(s, "Li Na", tz=CST)
            task = tasks.load(task_id)
            seen.append(task.due_at.astimezone(CST))
            done = tasks.complete(
                task_id, task.version, "Called", at=task.due_at + dt.timedelta(hours=1)
            )
            assert done.next_task_id is not None
            task_id = done.next_task_id
    last = TaskService(office.session(), tz=CST).load(task_id).due_at.astimezone(CST)
    assert [d.date() for d in [*seen, last]] == [
        D(2027, 1, 31),
        D(2027, 2, 28),
        D(2027, 3, 31),
        D(2027, 4, 30),
    ]
    assert {d.time() for d in [*seen, last]} == {dt.time(10, 0)}  # local time kept


def test_complete_records_outcome_and_a_timeline_note(office: Office) -> None:
    cid = client_id(office)
    with office.transaction() as s:
        task_id = TaskService(s, "Li Na", tz=CST).create(
            "Send fund factsheet", D(2027, 3, 1), client_id=cid, notes="the bond fund"
        )
    with office.transaction() as s:
        done = TaskService(s, "Li Na", tz=CST).complete(task_id, 1, "Sent by e-mail")
        assert done.next_task_id is None
    with office.session() as s:
        row = s.get(Task, task_id)
        assert row is not None
        assert (row.status, row.outcome, row.completed_by) == ("done", "Sent by e-mail", "Li Na")
        inter = s.get(Interaction, done.interaction_id)
        assert inter is not None and row.interaction_id == inter.id
        assert (inter.kind, inter.subject, inter.outcome) == (
            "note",
            "Send fund factsheet",
            "Sent by e-mail",
        )
        assert (
            s.scalar(
                select(InteractionClient.client_id).where(
                    InteractionClient.interaction_id == inter.id
                )
            )
            == cid
        )


def test_completing_a_review_moves_the_clients_review_dates_by_tier(office: Office) -> None:
    cid = client_id(office)
    with office.transaction() as s:
        client = s.get(Client, cid)
        assert client is not None
        client.tier = "hnw"
        task_id = TaskService(s, tz=CST).create(
            "Review", D(2027, 1, 31), client_id=cid, kind="review"
        )
    with office.transaction() as s:
        done = TaskService(s, "Li Na", tz=CST).complete(
            task_id, 1, "Rebalanced", at=dt.datetime(2027, 1, 31, 15, 0, tzinfo=CST)
        )
    assert done.next_review == D(2027, 4, 30)
    with office.session() as s:
        client = s.get(Client, cid)
        assert client is not None
        assert (client.last_review, client.next_review) == (D(2027, 1, 31), D(2027, 4, 30))
        assert s.get(Interaction, done.interaction_id).kind == "review_meeting"  # type: ignore[union-attr]


def test_a_task_done_late_skips_missed_occurrences(office: Office) -> None:
    with office.transaction() as s:
        task_id = TaskService(s, tz=CST).create("Check mail", D(2027, 1, 1), recurrence="daily")
    with office.transaction() as s:
        done = TaskService(s, tz=CST).complete(
            task_id, 1, "ok", at=dt.datetime(2027, 1, 10, 9, 0, tzinfo=CST)
        )
        follow = TaskService(s, tz=CST).load(done.next_task_id)  # type: ignore[arg-type]
    assert follow.due_at.astimezone(CST).date() == D(2027, 1, 10)
    assert follow.all_day and follow.status == "open" and done.interaction_id is None


def test_edit_checks_the_version_and_validates(office: Office) -> None:
    with office.transaction() as s:
        task_id = TaskService(s, tz=CST).create("Call", D(2027, 1, 1))
    with office.transaction() as s:
        version = TaskService(s, tz=CST).edit(task_id, 1, title="Call back", priority="high")
    assert version == 2
    with office.transaction() as s, pytest.raises(ConflictError):
        TaskService(s, tz=CST).edit(task_id, 1, title="stale")
    with office.transaction() as s, pytest.raises(ValidationError, match="priority"):
        TaskService(s, tz=CST).edit(task_id, 2, priority="urgent")
    with office.transaction() as s, pytest.raises(ValidationError, match="title"):
        TaskService(s, tz=CST).create("  ", D(2027, 1, 1))
    with office.transaction() as s, pytest.raises(ValidationError, match="recurrence"):
        TaskService(s, tz=CST).create("x", D(2027, 1, 1), recurrence="fortnightly")
    with office.transaction() as s, pytest.raises(ValidationError, match="No such client"):
        TaskService(s, tz=CST).create("x", D(2027, 1, 1), client_id=99_999)
    assert TaskService(office.session(), tz=CST).load(task_id).title == "Call back"


def test_complete_needs_an_outcome_and_an_open_task(office: Office) -> None:
    with office.transaction() as s:
        task_id = TaskService(s, tz=CST).create("Call", D(2027, 1, 1))
    with office.transaction() as s, pytest.raises(ValidationError, match="outcome"):
        TaskService(s, tz=CST).complete(task_id, 1, "  ")
    with office.transaction() as s:
        TaskService(s, tz=CST).complete(task_id, 1, "done")
    with office.transaction() as s, pytest.raises(ValidationError, match="already done"):
        TaskService(s, tz=CST).complete(task_id, 2, "again")
    with office.transaction() as s, pytest.raises(ValidationError, match="open task"):
        TaskService(s, tz=CST).cancel(task_id, 2)


def test_all_day_task_is_due_at_the_start_of_the_local_day(office: Office) -> None:
    with office.transaction() as s:
        task_id = TaskService(s, tz=CST).create("Call", D(2027, 1, 1))
    with office.session() as s:
        row = s.get(Task, task_id)
        assert row is not None
        assert row.due_at == dt.datetime(2026, 12, 31, 16, 0) and row.all_day

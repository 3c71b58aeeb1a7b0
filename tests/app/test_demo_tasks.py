"""The demo office has tasks (the rules, run once, and hand-made ones) and complaints in
every state; the same seed and day give the same rows; a second run adds nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from app.complaints import STATES, ComplaintService
from app.demo import build_demo
from app.demo_tasks import build_demo_tasks
from app.my_day import my_day
from db.models import Complaint, Task
from db.office import create_office
from tests.conftest import PASSPHRASE

CST = dt.timezone(dt.timedelta(hours=8))
DAY = dt.date(2026, 11, 20)


def test_demo_tasks_and_complaints(tmp_path: Path) -> None:
    rows = []
    for name in ("a.db", "b.db"):
        office = create_office(tmp_path / name, PASSPHRASE)
        try:
            build_demo(office, clients=1500, seed=3)
            with office.transaction() as s:  # build_demo ran with the real day: start over
                s.query(Complaint).delete()
                s.query(Task).delete()
            assert build_demo_tasks(office, seed=3, today=DAY, tz=CST)[1] > 0
            assert build_demo_tasks(office, seed=3, today=DAY, tz=CST) == (0, 0)
            with office.session() as s:
                tasks = s.execute(
                    select(
                        Task.title, Task.client_id, Task.kind, Task.due_at, Task.rule_key
                    ).order_by(Task.id)
                ).all()
                complaints = s.scalars(select(Complaint.id).order_by(Complaint.id)).all()
                states = {ComplaintService(s, tz=CST).load(c).state for c in complaints}
                day = my_day(s, now=dt.datetime(2026, 11, 20, 12, tzinfo=CST), tz=CST)
            rows.append((tasks, len(complaints)))
        finally:
            office.close()
        kinds = {t.kind for t in tasks}
        assert {"review", "call", "meeting", "todo", "birthday", "document"} <= kinds
        assert states == set(STATES) - {"closed"} or states == set(STATES)
        assert all(day.groups[g].total for g in ("overdue", "today", "week"))
    assert rows[0] == rows[1]

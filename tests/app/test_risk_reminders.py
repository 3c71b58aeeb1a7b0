"""The reminder rule for risk assessments: a task before the current assessment expires,
none for a superseded or far-off one or a former client, and none twice."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.reminder_rules import ReminderRules
from app.settings import SettingsService
from db.models import Client, Task
from db.office import Office
from tests.app.risk_helpers import assess, client_ids

UTC = dt.UTC
TODAY = dt.date(2026, 11, 20)


def _tasks(office: Office) -> list[tuple[int, dt.date, str | None, str]]:
    with office.session() as s:
        rows = s.execute(
            select(Task.client_id, Task.due_at, Task.assignee, Task.rule_key)
            .where(Task.kind == "risk")
            .order_by(Task.client_id)
        ).all()
    return [(cid, due.date(), who, key) for cid, due, who, key in rows]


def test_expiring_assessments_become_tasks_once(office: Office) -> None:
    with office.transaction() as s:
        a, b, c = client_ids(s)
        for cid in (a, b, c):
            s.get(Client, cid).owner = "Li Na"
        assess(s, a, "C3", on=dt.date(2025, 12, 10))  # expires 2026-12-10: in the window
        assess(s, b, "C3", on=dt.date(2025, 12, 1))  # expires in the window ...
        assess(s, b, "C4", on=dt.date(2026, 11, 1))  # ... but superseded
        assess(s, c, "C2", on=dt.date(2026, 1, 15))  # 2027-01-15: beyond 30 days
    with office.transaction() as s:
        run = ReminderRules(s, tz=UTC).run(TODAY, rules=["risk"])
    assert run.created == {"risk": 1}
    assert _tasks(office) == [(a, dt.date(2026, 11, 26), "Li Na", f"risk:{a}:2026-12-10")]
    with office.transaction() as s:
        assert ReminderRules(s, tz=UTC).run(TODAY, rules=["risk"]).created == {"risk": 0}
    with office.transaction() as s:  # a longer window is an office setting
        SettingsService(s).set("reminders.risk_days", 60)
        assert ReminderRules(s, tz=UTC).run(TODAY, rules=["risk"]).created == {"risk": 1}
    assert [t[0] for t in _tasks(office)] == [a, c]


def test_former_clients_and_expired_assessments_get_no_task(office: Office) -> None:
    with office.transaction() as s:
        a, b, _c = client_ids(s)
        s.get(Client, a).status = "former"
        assess(s, a, "C3", on=dt.date(2025, 12, 10))
        assess(s, b, "C3", on=dt.date(2025, 11, 1))  # expired on 2026-11-01
    with office.transaction() as s:
        assert ReminderRules(s, tz=UTC).run(TODAY, rules=["risk"]).created == {"risk": 0}

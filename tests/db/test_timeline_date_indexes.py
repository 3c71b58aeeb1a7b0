"""Office-wide timeline date ranges read an index (migration 0011), not the whole table:
the dashboard's entries per advisor per week and the pack batch's meetings of a day.

The statements are the ones app/ really runs, captured as they execute, then explained
by SQLite on a real office. Without sqlite_stat1 (the office never runs ANALYZE) the plan
depends on the schema alone, so a small office shows the plan of a large one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.dashboard import interactions_per_advisor_week
from app.pack_batch import meeting_client_ids
from app.timeline import InteractionService
from db.office import Office

TODAY = dt.date(2026, 11, 1)


@contextmanager
def captured(office: Office) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        seen.append((statement, params))

    event.listen(office.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(office.engine, "before_cursor_execute", grab)


def plan_of(office: Office, run: Callable[[Session], object], table: str) -> str:
    """SQLite's query plan of the statement `run` executes that reads `table`."""
    with captured(office) as seen, office.session() as s:
        run(s)
    wanted = [(sql, p) for sql, p in seen if f"FROM {table}" in sql or f"JOIN {table}" in sql]
    assert wanted, f"no statement read {table}"
    sql, params = wanted[-1]
    with office.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
    return "\n".join(str(r[-1]) for r in rows)


def test_the_indexes_exist(office: Office) -> None:
    with office.engine.connect() as conn:
        names = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%_dates'"
            )
        }
    assert "ix_interaction_dates" in names


def test_dashboard_activity_reads_only_the_date_index(office: Office) -> None:
    plan = plan_of(office, lambda s: interactions_per_advisor_week(s, TODAY), "interaction")
    assert (
        "USING COVERING INDEX ix_interaction_dates "
        "(deleted_at=? AND occurred_at>? AND occurred_at<?)" in plan
    )
    assert "SCAN" not in plan


def test_pack_batch_meetings_of_a_day_read_the_date_index(office: Office) -> None:
    plan = plan_of(office, lambda s: meeting_client_ids(s, TODAY, dt.UTC), "interaction_client")
    assert (
        "SEARCH interaction USING COVERING INDEX ix_interaction_dates "
        "(deleted_at=? AND occurred_at>? AND occurred_at<?)" in plan
    )
    assert "interaction_client USING" in plan  # by its key, per meeting found
    assert "SCAN" not in plan


def test_the_queries_still_answer_right(office: Office) -> None:
    """The indexes change the plan only: a meeting that day and a call by the advisor
    are found; a deleted entry is not counted."""
    when = dt.datetime(2026, 11, 1, 10, 0, tzinfo=dt.UTC)
    with office.transaction() as s:
        svc = InteractionService(s, "advisor.wang")
        svc.record([1], "meeting", when, "Review")
        svc.record([2], "call", when, "Call")
        svc.delete(svc.record([3], "meeting", when, "Deleted"))
    with office.session() as s:
        assert meeting_client_ids(s, TODAY, dt.UTC) == [1]
        chart = interactions_per_advisor_week(s, TODAY)
    series = {x.key: sum(x.values) for x in chart.series}
    assert series.get("advisor.wang") == 2

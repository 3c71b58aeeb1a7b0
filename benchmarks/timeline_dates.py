"""Office-wide timeline date ranges with and without ix_interaction_dates (migration 0011),
on 100,000 clients and 1,000,000 interactions.

    python benchmarks/timeline_dates.py [--clients 100000] [--interactions 1000000]
                                        [--runs 5] [--office PATH]

Builds the office with benchmarks/my_day.py's builder (or reuses --office), then in one
run: drops the index, times the queries (median of --runs), creates the index, times them
again. Measured: the dashboard's entries per advisor per week for the current 12 weeks and
for 12 weeks dense with entries, and the pack batch's everyone-with-a-meeting on the
busiest meeting day. Prints JSON with each query's plan and the same-run ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.my_day import PASSPHRASE, build_office  # noqa: E402
from db.office import Office, open_office  # noqa: E402

INDEX = "ix_interaction_dates"
CREATE = f"CREATE INDEX {INDEX} ON interaction (deleted_at, occurred_at, kind, created_by)"


def _timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def _busiest_meeting_day(office: Office) -> dt.date:
    with office.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT substr(occurred_at, 1, 10) AS d FROM interaction "
            "WHERE kind IN ('meeting', 'visit', 'review_meeting') AND deleted_at IS NULL "
            "GROUP BY d ORDER BY count(*) DESC LIMIT 1"
        ).first()
    return dt.date.fromisoformat(row[0]) if row else dt.date(2026, 11, 1)


def _queries(office: Office) -> dict[str, Callable[[Any], object]]:
    from app.dashboard import interactions_per_advisor_week
    from app.pack_batch import meeting_client_ids

    day = _busiest_meeting_day(office)
    return {
        "dashboard_activity_now_ms": lambda s: interactions_per_advisor_week(s, dt.date.today()),
        "dashboard_activity_dense_ms": lambda s: interactions_per_advisor_week(
            s, dt.date(2021, 6, 30)
        ),
        "pack_batch_meeting_day_ms": lambda s: meeting_client_ids(s, day, dt.UTC),
    }


def _measure(office: Office, runs: int) -> dict[str, float]:
    out = {}
    with office.session() as s:
        for name, query in _queries(office).items():
            query(s)  # warm the page cache once
            out[name] = _timed(lambda q=query: q(s), runs)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--office", type=Path)
    args = parser.parse_args()
    figures: dict[str, Any] = {"runs": args.runs}
    path = args.office
    if path is None or not path.exists():
        path = path or Path("/tmp/timeline_dates_bench.db")
        figures["build"] = build_office(path, args.clients, args.interactions)
    office = open_office(path, PASSPHRASE)
    try:
        with office.engine.connect() as conn:
            figures["interactions"] = conn.exec_driver_sql(
                "SELECT count(*) FROM interaction"
            ).scalar()
        with office.transaction() as s:
            s.connection().exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")
        figures["without_index"] = _measure(office, args.runs)
        start = time.perf_counter()
        with office.transaction() as s:
            s.connection().exec_driver_sql(CREATE)
        figures["create_index_ms"] = round((time.perf_counter() - start) * 1000, 1)
        figures["with_index"] = _measure(office, args.runs)
        figures["ratio_without_over_with"] = {
            k: round(figures["without_index"][k] / max(v, 0.01), 1)
            for k, v in figures["with_index"].items()
        }
    finally:
        office.close()
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

"""My day on a large office: 100,000 clients, 1,000,000 interactions and their generated tasks.

    python benchmarks/my_day.py [--clients 100000] [--interactions 1000000] [--runs 7]

Builds the office once in a temp folder (the demo: clients, households, consents, its
timeline, then more interactions bulk-inserted up to --interactions; the reminder rules
and the demo's hand-made tasks and complaints), then times only My day's query (app.my_day:
three capped groups with their counts and the overdue complaints), for the busiest advisor
and for everyone, median of --runs. Also times the reminder rules (a second run: nothing
new, the cost paid each time My day opens). Prints JSON.

`my_day_ms(...)` is importable, so benchmarks/timeline.py can put the figure in its JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from app.demo import build_demo  # noqa: E402
from app.my_day import my_day  # noqa: E402
from app.reminder_rules import ReminderRules  # noqa: E402
from db.models import Client, Interaction, Task  # noqa: E402
from db.office import Office, create_office  # noqa: E402

PASSPHRASE = "benchmark-my-day"


def _timed(fn: Any, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 1)


def top_up_interactions(office: Office, total: int, seed: int = 11) -> int:
    """Bulk-insert notes spread over the book until the office holds `total` interactions."""
    rng = random.Random(seed)
    with office.transaction() as s:
        have = s.scalar(select(func.count()).select_from(Interaction)) or 0
        ids = list(s.scalars(select(Client.id)))
        first = (s.scalar(select(func.max(Interaction.id))) or 0) + 1
    missing = max(0, total - have)
    chunk = 100_000
    for offset in range(0, missing, chunk):
        n = min(chunk, missing - offset)
        entries, links = [], []
        for k in range(n):
            iid = first + offset + k
            stamp = (
                f"20{16 + int(rng.random() * 10)}-{1 + int(rng.random() * 12):02d}-"
                f"{1 + int(rng.random() * 28):02d} 0{1 + int(rng.random() * 8)}:00:00.000000"
            )
            cid = ids[int(rng.random() * len(ids))]
            entries.append((iid, stamp, stamp))
            links.append((iid, cid, stamp))
        with office.transaction() as s:
            conn = s.connection()
            conn.exec_driver_sql(
                "INSERT INTO interaction (id, version, kind, occurred_at, subject, created_at, "
                "created_by) VALUES (?, 1, 'note', ?, 'Note', ?, 'benchmark')",
                entries,
            )
            conn.exec_driver_sql(
                "INSERT INTO interaction_client (interaction_id, client_id, occurred_at) "
                "VALUES (?, ?, ?)",
                links,
            )
    return have + missing


def build_office(path: Path, clients: int, interactions: int) -> dict[str, Any]:
    office = create_office(path, PASSPHRASE)
    try:
        start = time.perf_counter()
        build_demo(office, clients=clients, seed=7)
        demo_s = time.perf_counter() - start
        start = time.perf_counter()
        total = top_up_interactions(office, interactions)
        top_up_s = time.perf_counter() - start
        with office.session() as s:
            tasks = s.scalar(select(func.count()).select_from(Task))
            open_tasks = s.scalar(
                select(func.count()).select_from(Task).where(Task.status == "open")
            )
        return {
            "demo_build_s": round(demo_s, 1),
            "interactions_top_up_s": round(top_up_s, 1),
            "interactions": total,
            "tasks": tasks,
            "open_tasks": open_tasks,
        }
    finally:
        office.close()


def my_day_ms(office: Office, runs: int = 7) -> dict[str, Any]:
    """Median ms of My day's query for the advisor with most open tasks, and for everyone."""
    with office.session() as s:
        busiest = s.execute(
            select(Task.assignee, func.count())
            .where(Task.status == "open")
            .group_by(Task.assignee)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
        assignee = busiest[0] if busiest else None
        s.execute(text("SELECT count(*) FROM task"))  # warm the cache once, as a session would

        one = my_day(s, assignee)
        figures: dict[str, Any] = {
            "assignee_open_tasks": busiest[1] if busiest else 0,
            "assignee_groups": {k: g.total for k, g in one.groups.items()},
            "my_day_ms": _timed(lambda: my_day(s, assignee), runs),
            "my_day_everyone_ms": _timed(lambda: my_day(s, None), runs),
        }
    with office.transaction() as s:
        figures["rules_rerun_ms"] = _timed(lambda: ReminderRules(s).run(), max(3, runs // 2))
    return figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=100_000)
    ap.add_argument("--interactions", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="my-day-bench-"))
    try:
        path = work / "office.db"
        figures: dict[str, Any] = {"clients": args.clients}
        figures |= build_office(path, args.clients, args.interactions)
        from db.office import open_office

        office = open_office(path, PASSPHRASE)
        try:
            figures |= my_day_ms(office, args.runs)
        finally:
            office.close()
        print(json.dumps(figures, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

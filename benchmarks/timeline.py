"""Timeline figures: the first paint of a 10,000-entry timeline (and My day's, from
benchmarks/my_day.py). Prints JSON; every figure is a median of --runs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timeline.py [--entries 10000]
        [--runs 7] [--my-day] [--clients 100000] [--interactions 1000000]

One function per figure, each adding to the `figures` dict; `--my-day` adds My day on a
100,000-client office with 1,000,000 interactions (minutes to build; off by default).

timeline_first_paint_ms: from TimelinePanel.load(client) (count + first page in SQL, the
model, month headers) until the list view has painted its first screen, offscreen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.cards import ClientCard  # noqa: E402
from app.clients import ClientService  # noqa: E402
from app.timeline import TimelineQuery  # noqa: E402
from db.office import Office, create_office  # noqa: E402

PASSPHRASE = "benchmark-timeline"
STAMP = "%Y-%m-%d %H:%M:%S.%f"
KINDS = ("call", "meeting", "message", "email", "note", "review_meeting")


def _median_ms(fn: Callable[[], Any], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def build_timeline_office(path: Path, entries: int) -> tuple[Office, int, int]:
    """An office with one client holding `entries` entries (every 6 hours back from
    October 2026, a tenth shared with a second client) and a second, small client."""
    office = create_office(path, PASSPHRASE)
    with office.transaction() as s:
        service = ClientService(s)
        big = service.create(ClientCard(legal_name="Wang Wei", chinese_name="王伟"))
        spouse = service.create(ClientCard(legal_name="Li Fang", chinese_name="李芳"))
        conn = s.connection()
        end = dt.datetime(2026, 10, 31, 9, 0)
        rows, links = [], []
        for i in range(entries):
            when = (end - dt.timedelta(hours=6 * i)).strftime(STAMP)
            rows.append(
                (
                    i + 1,
                    KINDS[i % len(KINDS)],
                    when,
                    f"Entry {i}: quarterly check-in 季度回访",
                    f"Discussed the portfolio ({i}); the client asked about bond funds.\n"
                    "客户对组合表现满意。",
                    "No change for now." if i % 3 else None,
                    when,
                )
            )
            links.append((i + 1, big, when))
            if i % 10 == 0:
                links.append((i + 1, spouse, when))
        conn.exec_driver_sql(
            "INSERT INTO interaction (id, version, kind, occurred_at, subject, body, outcome, "
            "created_at, created_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'benchmark')",
            rows,
        )
        conn.exec_driver_sql(
            "INSERT INTO interaction_client (interaction_id, client_id, occurred_at) "
            "VALUES (?, ?, ?)",
            links,
        )
    return office, big, spouse


def timeline_first_paint(
    figures: dict[str, Any], office: Office, client: int, other: int, runs: int
) -> None:
    from ui.app import make_application
    from ui.widgets.timeline_panel import TimelinePanel

    app = make_application([])
    panel = TimelinePanel(office, "benchmark")
    panel.resize(720, 800)
    panel.show()
    app.processEvents()

    def first_paint() -> None:
        panel.load(client, "Wang Wei")
        panel.view.viewport().repaint()  # synchronous: the first screen is drawn

    samples = []
    for _ in range(runs):
        panel.load(other, "Li Fang")  # a different client, so the next load is a real one
        app.processEvents()
        start = time.perf_counter()
        first_paint()
        samples.append((time.perf_counter() - start) * 1000)
    figures["timeline_first_paint_ms"] = round(statistics.median(samples), 2)
    figures["timeline_loaded_rows_after_first_paint"] = panel.model.rowCount()

    def scroll_one_page() -> None:
        bar = panel.view.verticalScrollBar()
        bar.setValue(bar.maximum())
        app.processEvents()
        panel.view.viewport().repaint()

    panel.load(client, "Wang Wei")
    figures["timeline_scroll_fetch_ms"] = _median_ms(scroll_one_page, runs)
    figures["timeline_loaded_entries_after_scrolling"] = panel.model.loaded_entries

    def expand() -> None:
        panel._toggle(panel.model.index(1, 0))
        panel.view.viewport().repaint()

    figures["timeline_expand_ms"] = _median_ms(expand, runs)
    panel.close()


def timeline_queries(figures: dict[str, Any], office: Office, client: int, runs: int) -> None:
    with office.session() as s:
        figures["timeline_count_ms"] = _median_ms(lambda: TimelineQuery(s, client).count(), runs)
        figures["timeline_first_page_ms"] = _median_ms(
            lambda: TimelineQuery(s, client).page(0, 50), runs
        )
        figures["timeline_deepest_page_ms"] = _median_ms(
            lambda: TimelineQuery(s, client).page(TimelineQuery(s, client).count() - 50, 50), runs
        )
        figures["timeline_kind_filter_ms"] = _median_ms(
            lambda: (
                TimelineQuery(s, client, ["meeting"]).count(),
                TimelineQuery(s, client, ["meeting"]).page(0, 50),
            ),
            runs,
        )

        def search() -> None:
            query = TimelineQuery(s, client, None, "Entry 9999")
            query.count()
            query.page(0, 50)

        figures["timeline_search_ms"] = _median_ms(search, runs)
        figures["timeline_search_hits"] = TimelineQuery(s, client, None, "bond 9999").count()


def my_day_figures(figures: dict[str, Any], clients: int, interactions: int, runs: int) -> None:
    """My day on a large office (benchmarks/my_day.py builds it and times the query)."""
    from benchmarks.my_day import build_office, my_day_ms
    from db.office import open_office

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "office.db"
        built = build_office(path, clients, interactions)
        figures["my_day_office"] = built
        office = open_office(path, "benchmark-my-day")
        try:
            figures |= my_day_ms(office, runs)
        finally:
            office.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--my-day", action="store_true", help="also time My day (slow build)")
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    args = parser.parse_args()
    figures: dict[str, Any] = {"entries": args.entries, "runs": args.runs}
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        office, client, other = build_timeline_office(Path(tmp) / "timeline.db", args.entries)
        figures["build_s"] = round(time.perf_counter() - start, 2)
        try:
            timeline_queries(figures, office, client, args.runs)
            timeline_first_paint(figures, office, client, other, args.runs)
        finally:
            office.close()
    if args.my_day:
        my_day_figures(figures, args.clients, args.interactions, args.runs)
    print(json.dumps(figures, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""The dashboard on a large office: 100,000 clients and 1,000,000 interactions.

    python benchmarks/dashboard.py [--clients 100000] [--interactions 1000000] [--runs 5]
                                   [--office PATH]   (reuse an office built by an earlier run)

Builds the office with benchmarks/my_day.py's builder (the demo plus bulk interactions),
then measures, median of --runs:
  - first_paint_ms: DashboardView constructed, shown and painted (the frame with empty
    chart slots; the refresh has started in the background) - what "opens" means;
  - full_refresh_ms: from show to the last chart delivered by signal and drawn;
  - main_window_first_paint_ms and dashboard_tab_first_paint_ms: the main window (with
    the Lists sidebar and the Dashboard tab not yet opened), then the tab opened in it;
  - per chart, the SQL series alone (app/dashboard.py), in the same run;
  - the smart-list pieces: counts of a few typical lists, the value-score recompute of the
    whole book, and a page of the client list filtered by a list.
Prints JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.my_day import PASSPHRASE, build_office  # noqa: E402
from db.office import Office, open_office  # noqa: E402

LISTS = {
    "HNW and above, active": {
        "op": "and",
        "items": [
            {"dim": "tier", "values": ["hnw", "uhnw"]},
            {"dim": "status", "values": ["active"]},
        ],
    },
    "No contact for 180 days": {
        "op": "and",
        "items": [{"dim": "last_contact_days", "min": 180}],
    },
    "Aged 40-60 in Shanghai or Beijing, or tagged": {
        "op": "or",
        "items": [
            {
                "op": "and",
                "items": [
                    {"dim": "age", "min": 40, "max": 60},
                    {"dim": "city", "values": ["上海", "北京", "Shanghai", "Beijing"]},
                ],
            },
            {"dim": "tag", "values": ["VIP", "vip"]},
        ],
    },
    "Value score 60+": {"op": "and", "items": [{"dim": "value_score", "min": 60}]},
}


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def _timed(fn: Any, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def view_figures(office: Office, runs: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.dashboard_view import DashboardView

    app = QApplication.instance() or QApplication([])
    i18n.load_fonts()
    first, full = [], []
    for _ in range(runs):
        start = time.perf_counter()
        view = DashboardView(office)
        view.resize(1200, 1100)
        done: list[float] = []
        view.refreshed.connect(lambda d=done: d.append(time.perf_counter()))
        view.show()
        view.repaint()  # the frame, painted now
        first.append(time.perf_counter() - start)
        while not done:
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()  # the last chart drawn
        full.append(time.perf_counter() - start)
        view.close()
        view.deleteLater()
        app.processEvents()
    return {"first_paint_ms": _median_ms(first), "full_refresh_ms": _median_ms(full)}


def window_figures(office: Office, runs: int) -> dict[str, Any]:
    """The main window (with the Lists sidebar and the unopened Dashboard tab) to its first
    paint, and the Dashboard tab opened in it to its first paint."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    opened, tab = [], []
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        for _ in range(runs):
            start = time.perf_counter()
            window = MainWindow(office, settings=settings)
            window.show()
            window.repaint()
            opened.append(time.perf_counter() - start)
            start = time.perf_counter()
            window.left_tabs.setCurrentWidget(window.dashboard)
            window.repaint()
            tab.append(time.perf_counter() - start)
            window.dashboard.cancel()
            window.smart_lists.refresh_counts()  # replaced: nothing left running
            window.close()
            window.deleteLater()
            app.processEvents()
    return {
        "main_window_first_paint_ms": _median_ms(opened),
        "dashboard_tab_first_paint_ms": _median_ms(tab),
    }


def series_figures(office: Office, runs: int) -> dict[str, float]:
    from app.dashboard import dashboard_steps

    today, now = dt.date.today(), dt.datetime.now(dt.UTC)
    out = {}
    with office.session() as session:
        for key, compute in dashboard_steps(today, now):
            out[key] = _timed(lambda c=compute: c(session), runs)
    return out


def list_figures(office: Office, runs: int) -> dict[str, Any]:
    from app.client_list import ClientListService, ListQuery
    from app.smart_lists import SmartListService
    from app.value_score import ValueScoreService

    today = dt.date.today()
    figures: dict[str, Any] = {}
    start = time.perf_counter()
    with office.transaction() as session:
        scored = ValueScoreService(session).refresh_all(today)
    figures["value_scores_refresh_all_ms"] = round((time.perf_counter() - start) * 1000, 1)
    figures["value_scores_stored"] = scored
    with office.transaction() as session:
        lists = SmartListService(session, "benchmark")
        for name, definition in LISTS.items():
            if name not in lists.names():
                lists.create_smart(name, definition)
    counts, times = {}, {}
    with office.session() as session:
        lists = SmartListService(session)
        for name in LISTS:
            counts[name] = lists.count(name, today)
            times[name] = _timed(lambda n=name: lists.count(n, today), runs)
        query = ListQuery(segment=json.dumps(LISTS["HNW and above, active"]))
        service = ClientListService(session)
        figures["list_page_with_segment_ms"] = _timed(lambda: service.page(query, 0, 200), runs)
    figures["list_counts"] = counts
    figures["list_count_ms"] = times
    return figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=100_000)
    ap.add_argument("--interactions", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--office", help="an office built by an earlier run (kept, not rebuilt)")
    args = ap.parse_args()
    work = None
    figures: dict[str, Any] = {"clients": args.clients, "interactions": args.interactions}
    if args.office and Path(args.office).exists():
        path = Path(args.office)
    else:
        work = Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
        path = Path(args.office) if args.office else work / "office.db"
        figures |= build_office(path, args.clients, args.interactions)
    try:
        office = open_office(path, PASSPHRASE)
        try:
            figures |= view_figures(office, args.runs)
            figures |= window_figures(office, max(3, args.runs // 2))
            figures["series_ms"] = series_figures(office, args.runs)
            figures |= list_figures(office, args.runs)
        finally:
            office.close()
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    finally:
        if work is not None and not args.office:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

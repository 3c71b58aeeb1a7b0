"""Screenshots of the dashboard, the Lists sidebar, a card's Charts section and the smart-list
dialog, in English and Chinese (PNGs under shots/, gitignored):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/dashboard_shots.py [--out shots]
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from benchmarks.shot_support import run_standalone  # noqa: E402
from db.models import Client, InteractionClient  # noqa: E402
from db.office import Office  # noqa: E402


def _wait(app: QApplication, done: Callable[[], bool], seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def richest_client(office: Office) -> int:
    """An HNW client with snapshots and many timeline entries: every card chart has data."""
    from sqlalchemy import func

    with office.session() as s:
        row = s.execute(
            select(Client.id)
            .join(InteractionClient, InteractionClient.client_id == Client.id)
            .where(Client.tier.in_(("hnw", "uhnw")))
            .group_by(Client.id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar()
    return int(row or 1)


def dashboard_shots(
    window: QWidget,
    language: str,
    out: Path,
    app: QApplication,
    save: Callable[[QWidget, Path, QApplication], None],
) -> None:
    from ui.dialogs.smart_list_dialog import SmartListDialog

    office: Office = window.office  # type: ignore[attr-defined]
    view = window.dashboard  # type: ignore[attr-defined]
    window.splitter.setSizes([1250, 350])  # type: ignore[attr-defined]
    window.left_tabs.setCurrentWidget(view)  # type: ignore[attr-defined]
    _wait(app, lambda: view.charts["activity"].chart is not None and not view.busy)
    save(window, out / f"dashboard_{language}.png", app)
    view.grab().save(str(out / f"dashboard_view_{language}.png"))

    window.left_tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    window.splitter.setSizes([700, 900])  # type: ignore[attr-defined]
    sidebar = window.smart_lists  # type: ignore[attr-defined]
    _wait(app, lambda: "…" not in sidebar.list.item(sidebar.list.count() - 1).text())
    sidebar.list.setCurrentRow(1)
    client = richest_client(office)
    window.open_client(client)  # type: ignore[attr-defined]
    card = window.card  # type: ignore[attr-defined]
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    card.tabs.setCurrentIndex(len(titles) - 1)  # Charts is the last section
    _wait(
        app,
        lambda: (
            card.charts.explanation is not None
            and all(w.chart is not None for w in card.charts.charts.values())
        ),
    )
    save(window, out / f"card_charts_{language}.png", app)

    info = sidebar._lists[3] if len(sidebar._lists) > 3 else None  # a nested demo list
    dialog = SmartListDialog(office, "demo", info, "smart", window)
    dialog.show()
    _wait(app, lambda: dialog.count_label.text().strip() not in ("", "Counting…", "正在计数…"))
    save(dialog, out / f"smart_list_dialog_{language}.png", app)
    dialog.reject()


def main() -> int:
    return run_standalone(
        dashboard_shots, __doc__, "dashboard-shots-only", clients=600, width=1600, height=1000
    )


if __name__ == "__main__":
    raise SystemExit(main())

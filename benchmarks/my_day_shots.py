"""Screenshots of My day, the Done… dialog, the complaints list and a complaint step, in
English and Chinese. Called by benchmarks/screenshots.py for each language; also runs alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/my_day_shots.py [--out shots]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from benchmarks.shot_support import run_standalone  # noqa: E402
from db.models import ComplaintEvent, Task  # noqa: E402
from db.office import Office  # noqa: E402


def busiest(office: Office) -> str | None:
    with office.session() as s:
        row = s.execute(
            select(Task.assignee, func.count())
            .where(Task.status == "open")
            .group_by(Task.assignee)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
    return row[0] if row else None


def my_day_shots(
    window: QWidget,
    language: str,
    out: Path,
    app: QApplication,
    save: Callable[[QWidget, Path, QApplication], None],
) -> None:
    from ui.dialogs.complaint_step_dialog import ComplaintStepDialog
    from ui.dialogs.complete_task_dialog import CompleteTaskDialog

    office: Office = window.office  # type: ignore[attr-defined]
    tabs = window.left_tabs  # type: ignore[attr-defined]
    view = window.my_day  # type: ignore[attr-defined]
    tabs.setCurrentWidget(view)
    view.set_assignee(busiest(office))
    today = view.data.groups["today"].tasks or view.data.groups["week"].tasks
    if today:
        view.select_task(today[0].id)
        window.open_client(today[0].client_id)  # type: ignore[attr-defined]
    save(window, out / f"my_day_{language}.png", app)
    task = view.selected_task()
    if task is not None:
        dialog = CompleteTaskDialog(view.task_title(task), task.client_name, True, window)
        dialog.outcome_edit.setPlainText(
            "已致电，客户同意周五面谈。"
            if language.startswith("zh")
            else "Called; meeting on Friday."
        )
        dialog.show()
        save(dialog, out / f"complete_task_{language}.png", app)
        dialog.close()

    complaints = window.complaints  # type: ignore[attr-defined]
    tabs.setCurrentWidget(complaints)
    complaints.filter.setCurrentIndex(complaints.filter.findData("all"))
    with office.session() as s:
        richest = s.execute(
            select(ComplaintEvent.complaint_id)
            .group_by(ComplaintEvent.complaint_id)
            .order_by(func.count().desc(), ComplaintEvent.complaint_id)
            .limit(1)
        ).scalar()
    if richest is not None:
        complaints.select(richest)
    save(window, out / f"complaints_{language}.png", app)
    step = ComplaintStepDialog(complaints.step_buttons["resolved"].text().rstrip("…"), "resolved")
    step.resolution_edit.setPlainText(
        "已致歉并补寄对账单。" if language.startswith("zh") else "Apologised; statement resent."
    )
    step.satisfaction.setCurrentIndex(4)
    step.show()
    save(step, out / f"complaint_resolve_{language}.png", app)
    step.close()
    tabs.setCurrentIndex(0)


def main() -> int:
    return run_standalone(my_day_shots, __doc__, "my-day-shots-only", clients=300, width=1500)


if __name__ == "__main__":
    raise SystemExit(main())

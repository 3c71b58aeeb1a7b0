"""My day and the complaints list, driven through the real widgets; asserts on the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.complaints import ComplaintService
from app.tasks import TaskService
from db.models import Complaint, ComplaintEvent, Interaction, InteractionClient, Task
from ui.dialogs.complaint_step_dialog import ComplaintStepDialog
from ui.dialogs.complete_task_dialog import CompleteTaskDialog


def add_task(office, client_id, title, due, **kw) -> int:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        return TaskService(s).create(title, due, client_id=client_id, **kw)


def test_complete_a_task_from_my_day_with_an_outcome(
    qtbot, window, office, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    task_id = add_task(
        office, book[1], "Quarterly call", today, assignee="Zhou Tao", recurrence="weekly"
    )
    add_task(office, book[2], "Someone else's", today, assignee="Li Na")
    window.left_tabs.setCurrentWidget(window.my_day)
    view = window.my_day
    view.set_assignee("Zhou Tao")
    today_group = view.data.groups["today"]
    assert [t.id for t in today_group.tasks] == [task_id]
    assert view.select_task(task_id)

    def answer(dialog: CompleteTaskDialog) -> int:
        assert not dialog.done_button.isEnabled()  # no outcome, no Done
        qtbot.keyClicks(dialog.outcome_edit, "Talked it through; sending the factsheet")
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CompleteTaskDialog, "exec", answer)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)

    with office.session() as s:
        done = s.get(Task, task_id)
        assert done is not None
        assert (done.status, done.outcome) == ("done", "Talked it through; sending the factsheet")
        entry = s.get(Interaction, done.interaction_id)
        assert entry is not None and entry.outcome == done.outcome and entry.kind == "note"
        assert (
            s.scalar(
                select(InteractionClient.client_id).where(
                    InteractionClient.interaction_id == entry.id
                )
            )
            == book[1]
        )
        follow = s.scalars(select(Task).where(Task.previous_id == task_id)).one()
        assert follow.status == "open" and follow.recurrence == "weekly"
    assert [t.id for t in view.data.groups["today"].tasks] == []
    assert [t.id for t in view.data.groups["week"].tasks] == [follow.id]


def test_click_through_opens_the_client_and_cancel_changes_nothing(
    qtbot, window, office, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    task_id = add_task(office, book[3], "Overdue call", dt.date.today() - dt.timedelta(days=3))
    window.left_tabs.setCurrentWidget(window.my_day)
    view = window.my_day
    assert [t.id for t in view.data.groups["overdue"].tasks] == [task_id]
    assert view.select_task(task_id)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.card.client_id == book[3]
    monkeypatch.setattr(CompleteTaskDialog, "exec", lambda self: 0)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    with office.session() as s:
        assert s.get(Task, task_id).status == "open"  # type: ignore[union-attr]


def test_complaint_steps_through_buttons_allowed_for_the_state(
    qtbot, window, office, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        cid = ComplaintService(s).open(
            book[0],
            "Statement arrived late",
            owner="Li Na",
            received_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=10),
        )
    window.left_tabs.setCurrentWidget(window.complaints)
    view = window.complaints
    assert view.select(cid)
    enabled = {s for s, b in view.step_buttons.items() if b.isEnabled()}
    assert enabled == {"acknowledged", "rejected"}
    assert view.table.item(0, 5).foreground().color().name() == "#b42318"  # overdue

    def answer(dialog: ComplaintStepDialog) -> int:
        if dialog.to_state == "resolved":
            qtbot.keyClicks(dialog.resolution_edit, "Fee refunded")
            dialog.satisfaction.setCurrentIndex(4)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ComplaintStepDialog, "exec", answer)
    for step in ("acknowledged", "investigating", "resolved", "closed"):
        qtbot.mouseClick(view.step_buttons[step], Qt.MouseButton.LeftButton)
    assert not any(b.isEnabled() for b in view.step_buttons.values())
    with office.session() as s:
        row = s.get(Complaint, cid)
        assert row is not None
        assert (row.state, row.resolution, row.satisfaction) == ("closed", "Fee refunded", 4)
        steps = s.scalars(
            select(ComplaintEvent.to_state).where(ComplaintEvent.complaint_id == cid)
        ).all()
    assert steps == ["received", "acknowledged", "investigating", "resolved", "closed"]
    assert view.current is None  # closed: it left the "not closed" list
    view.filter.setCurrentIndex(view.filter.findData("all"))
    assert view.select(cid)
    assert "Fee refunded" in view.history.toPlainText()
    assert not any(b.isEnabled() for b in view.step_buttons.values())

"""New task (from the card and My day) and logging a complaint, through the real dialogs on
a real office; asserts on the database and on the lists that show them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from sqlalchemy import func, select

from db.models import Complaint, ComplaintEvent, Task
from ui.dialogs.client_picker_dialog import ClientPickerDialog
from ui.dialogs.complaint_dialog import ComplaintDialog
from ui.dialogs.task_dialog import TaskDialog


def _count(office, model) -> int:  # type: ignore[no-untyped-def]
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_new_task_from_the_card_lands_in_the_database_and_my_day(
    qtbot, window, office, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.left_tabs.setCurrentWidget(window.my_day)  # My day is loaded
    assert window.open_client(book[4])
    assert window.card.new_task_button.isEnabled()
    seen: dict[str, object] = {}

    def answer(dialog: TaskDialog) -> int:
        seen["client"] = (dialog.client_id, dialog.client_label.text())
        seen["assignee"] = dialog.assignee.currentText()
        qtbot.keyClicks(dialog.title_edit, "Send the fund factsheet")
        dialog.all_day.setChecked(True)
        dialog.due_edit.setDateTime(QDateTime(QDate.currentDate(), QTime(9, 0)))
        dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
        dialog.recurrence.setCurrentIndex(dialog.recurrence.findData("quarterly"))
        qtbot.keyClicks(dialog.notes_edit, "The new share class")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TaskDialog, "exec", answer)
    qtbot.mouseClick(window.card.new_task_button, Qt.MouseButton.LeftButton)

    assert seen["client"][0] == book[4]  # type: ignore[index]
    assert seen["client"][1]  # type: ignore[index]
    assert seen["assignee"] == "advisor"
    with office.session() as s:
        task = s.scalars(select(Task).where(Task.title == "Send the fund factsheet")).one()
        assert task.client_id == book[4]
        assert (task.assignee, task.priority, task.recurrence) == ("advisor", "high", "quarterly")
        assert task.all_day and task.status == "open" and task.notes == "The new share class"
        task_id = task.id
    view = window.my_day
    assert task_id in [t.id for t in view.data.groups["today"].tasks]
    assert view.selected_task() is not None and view.selected_task().id == task_id


def test_new_task_from_my_day_with_a_picked_client(
    qtbot, window, office, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.left_tabs.setCurrentWidget(window.my_day)
    view = window.my_day

    def pick(picker: ClientPickerDialog) -> int:
        picker.search.setText("Client 0005")
        picker.run_search()
        assert picker.select(book[5])
        picker.accept()
        return picker.result()

    def answer(dialog: TaskDialog) -> int:
        assert dialog.client_id is None
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.client_id == book[5]
        qtbot.keyClicks(dialog.title_edit, "Call back")
        dialog.due_edit.setDateTime(QDateTime.currentDateTime().addDays(-2))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ClientPickerDialog, "exec", pick)
    monkeypatch.setattr(TaskDialog, "exec", answer)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    with office.session() as s:
        task = s.scalars(select(Task).where(Task.title == "Call back")).one()
        assert task.client_id == book[5] and not task.all_day
        task_id = task.id
    assert task_id in [t.id for t in view.data.groups["overdue"].tasks]


def test_an_empty_title_is_refused_inline_and_nothing_is_saved(
    qtbot, window, office, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.left_tabs.setCurrentWidget(window.my_day)
    assert window.open_client(book[4])
    before = _count(office, Task)
    shown: dict[str, object] = {}

    def answer(dialog: TaskDialog) -> int:
        qtbot.keyClicks(dialog.title_edit, "   ")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        shown["error"] = (not dialog.title_error.isHidden(), dialog.title_error.text())
        shown["result"] = dialog.result()
        shown["id"] = dialog.task_id
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(TaskDialog, "exec", answer)
    qtbot.mouseClick(window.card.new_task_button, Qt.MouseButton.LeftButton)
    assert shown["error"] == (True, "A task needs a title.")
    assert shown["result"] == 0 and shown["id"] is None
    assert _count(office, Task) == before


def test_log_a_complaint_from_the_complaints_list(
    qtbot, window, office, book, monkeypatch, no_modal_boxes
) -> None:  # type: ignore[no-untyped-def]
    window.left_tabs.setCurrentWidget(window.complaints)
    view = window.complaints

    def pick(picker: ClientPickerDialog) -> int:
        picker.search.setText("Client 0005")
        picker.run_search()
        assert picker.select(book[5])
        picker.accept()
        return picker.result()

    def answer(dialog: ComplaintDialog) -> int:
        assert dialog.owner.currentText() == "advisor"
        received = dialog.received_edit.dateTime().toPython()
        assert abs(received - dt.datetime.now()) < dt.timedelta(minutes=5)  # default: now
        dialog.kind.setCurrentIndex(dialog.kind.findData("service_request"))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.summary_edit, "Please change the bank account on file")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ClientPickerDialog, "exec", pick)
    monkeypatch.setattr(ComplaintDialog, "exec", answer)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)

    with office.session() as s:
        row = s.scalars(select(Complaint)).one()
        assert (row.client_id, row.kind, row.state) == (book[5], "service_request", "received")
        assert row.owner == "advisor" and row.created_by == "advisor"
        assert row.due_at is not None and row.acknowledge_due_at is not None
        assert row.received_at < row.acknowledge_due_at <= row.due_at
        steps = s.scalars(
            select(ComplaintEvent.to_state).where(ComplaintEvent.complaint_id == row.id)
        ).all()
        complaint_id = row.id
    assert steps == ["received"]
    assert [r.id for r in view.rows] == [complaint_id]
    assert view.current is not None and view.current.id == complaint_id
    assert view.table.item(0, 3).text() == "Please change the bank account on file"
    assert view.table.item(0, 6).text()  # the acknowledgement deadline shows
    kind, text = no_modal_boxes[-1]
    assert kind == "information" and f"#{complaint_id}" in text and "resolve by" in text


def test_an_empty_summary_is_refused_inline_and_nothing_is_saved(
    qtbot, window, office, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.left_tabs.setCurrentWidget(window.complaints)
    view = window.complaints
    shown: dict[str, object] = {}

    def answer(dialog: ComplaintDialog) -> int:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no client yet
        shown["client"] = not dialog.client_error.isHidden()
        dialog.set_client(book[2], "Client 0002")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        shown["summary"] = (not dialog.summary_error.isHidden(), dialog.summary_error.text())
        shown["result"] = dialog.result()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ComplaintDialog, "exec", answer)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert shown["client"] is True
    assert shown["summary"] == (True, "Say what the complaint or request is about.")
    assert shown["result"] == 0
    assert _count(office, Complaint) == 0
    assert view.rows == []


def test_ctrl_t_on_the_card_opens_new_task_for_that_client(
    qtbot, window, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_client(book[7])
    opened: list[int | None] = []
    monkeypatch.setattr(TaskDialog, "exec", lambda self: opened.append(self.client_id) or 0)
    window.activateWindow()
    window.card.new_task_button.setFocus()
    qtbot.keyClick(window.card.new_task_button, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert opened == [book[7]]

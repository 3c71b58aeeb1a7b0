"""The card's timeline: a lazy model that passes qtmodeltester, stays small for a client
with 10,000 entries, and an entry added from the card with the keyboard."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.timeline import InteractionService
from db.models import Interaction, InteractionClient
from db.office import Office
from tests.ui.conftest import make_clients
from ui.attachment_opener import OpenedFiles, private_folder, sweep
from ui.models.timeline_model import PAGE_SIZE, IsHeaderRole, TimelineModel

T0 = dt.datetime(2026, 10, 30, 2, 0, tzinfo=dt.UTC)


def bulk_entries(office: Office, client_id: int, n: int) -> None:
    """n entries, one every 4 hours back from T0, written in bulk (the service's shape)."""
    stamp = "%Y-%m-%d %H:%M:%S.%f"
    with office.transaction() as s:
        conn = s.connection()
        first = (conn.exec_driver_sql("SELECT max(id) FROM interaction").scalar() or 0) + 1
        rows, links = [], []
        for i in range(n):
            when = (T0 - dt.timedelta(hours=4 * i)).replace(tzinfo=None).strftime(stamp)
            kind = ("call", "meeting", "note", "email")[i % 4]
            rows.append((first + i, kind, when, f"Entry {i}", f"Body {i}", when))
            links.append((first + i, client_id, when))
        conn.exec_driver_sql(
            "INSERT INTO interaction (id, version, kind, occurred_at, subject, body, "
            "created_at, created_by) VALUES (?, 1, ?, ?, ?, ?, ?, 'bulk')",
            rows,
        )
        conn.exec_driver_sql(
            "INSERT INTO interaction_client (interaction_id, client_id, occurred_at) "
            "VALUES (?, ?, ?)",
            links,
        )


@pytest.fixture
def client(office: Office) -> int:
    return make_clients(office, 3)[0]


def test_the_model_passes_qtmodeltester(qtmodeltester, office: Office, client: int) -> None:
    bulk_entries(office, client, 130)
    with office.transaction() as s:
        InteractionService(s).record([client], "call", T0, "Shared call", "line 1\nline 2")
    model = TimelineModel(office.session)
    model.set_client(client)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    model.toggle_expanded(1)
    qtmodeltester.check(model)
    model.set_filter(["meeting"], "Entry 1")
    qtmodeltester.check(model)
    # every word must match somewhere: meetings whose number holds a 1
    assert model.total == sum(1 for i in range(130) if i % 4 == 1 and "1" in str(i))


def test_month_headers_sit_between_months(office: Office, client: int) -> None:
    bulk_entries(office, client, 400)  # 400 × 4 h ≈ 67 days: three months
    model = TimelineModel(office.session)
    model.set_client(client)
    while model.canFetchMore():
        model.fetchMore()
    headers = [r for r in range(model.rowCount()) if model.index(r, 0).data(IsHeaderRole)]
    assert headers[0] == 0
    assert len(headers) == len({model.index(r, 0).data() for r in headers}) >= 3
    assert model.rowCount() == 400 + len(headers)
    # every entry sits under the header of its own month
    month = None
    for r in range(model.rowCount()):
        entry = model.entry(r)
        if entry is None:
            month = model.index(r, 0).data()
        else:
            local = entry.occurred_at.astimezone()
            assert str(local.year) in month


def test_ten_thousand_entries_never_load_all_rows(qtbot, window, office: Office) -> None:
    client = window.model.client_id(0)
    bulk_entries(office, client, 10_000)
    window.open_client(client)
    panel = window.card.timeline
    card = window.card
    card.tabs.setCurrentIndex(
        next(i for i in range(card.tabs.count()) if card.tabs.tabText(i) == "Timeline")
    )
    qtbot.waitUntil(lambda: panel.view.isVisible())
    model = panel.model
    assert model.total == 10_000
    assert model.loaded_entries <= 2 * PAGE_SIZE
    assert panel.count_label.text() == "10,000 entries"
    # scrolling down a few screens fetches a few pages, not the timeline
    for _ in range(5):
        panel.view.verticalScrollBar().setValue(panel.view.verticalScrollBar().maximum())
        QApplication.processEvents()
    assert PAGE_SIZE < model.loaded_entries <= 8 * PAGE_SIZE
    assert model.rowCount() < 10 * PAGE_SIZE
    # the newest entry comes first; a search runs in SQL and finds the oldest one
    assert model.entry(1).subject == "Entry 0"
    panel.search.setText("Entry 9999")
    qtbot.waitUntil(lambda: model.total == 1, timeout=3000)
    assert model.entry(1).subject == "Entry 9999"


def _timeline_index(card) -> int:  # type: ignore[no-untyped-def]
    stack = card.tabs.stack
    return next(i for i in range(stack.count()) if stack.widget(i).isAncestorOf(card.timeline))


def test_add_an_interaction_from_the_card_with_the_keyboard(qtbot, window, office: Office) -> None:
    client = window.model.client_id(0)
    window.open_client(client)
    card = window.card
    card.tabs.setCurrentIndex(_timeline_index(card))
    panel = card.timeline
    panel.view.setFocus()
    assert panel.model.total == 0
    typed: dict[str, object] = {}

    def fill_dialog() -> None:
        from ui.dialogs.interaction_dialog import InteractionDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InteractionDialog)
        typed["when"] = dialog.when.dateTime()
        # the type is focused: pick "Meeting" by typing, Tab to the date, Tab to the subject
        qtbot.keyClicks(dialog.kind, "M")
        dialog.subject.setFocus()
        qtbot.keyClicks(dialog.subject, "Coffee about the bond ladder")
        dialog.outcome.setText("Will decide next week")
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_dialog)
    qtbot.keyClick(panel.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    # seen in the timeline, selected, with its month header above it
    assert panel.model.total == 1
    assert panel.model.index(0, 0).data(IsHeaderRole)
    entry = panel.model.entry(1)
    assert entry is not None and entry.subject == "Coffee about the bond ladder"
    assert entry.kind == "meeting"
    assert panel.view.currentIndex().row() == 1
    # and in the database, on this client, dated now, by this advisor
    with office.session() as s:
        row = s.scalars(select(Interaction)).one()
        assert row.subject == "Coffee about the bond ladder"
        assert row.outcome == "Will decide next week"
        assert s.scalars(select(InteractionClient.client_id)).all() == [client]
        age = dt.datetime.now(dt.UTC) - row.occurred_at.replace(tzinfo=dt.UTC)
        assert dt.timedelta(0) <= age < dt.timedelta(minutes=5)
    # Enter expands the entry to its full text, Enter again folds it
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.model.is_expanded(1)
    assert "Will decide next week" in panel.model.index(1, 0).data()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert not panel.model.is_expanded(1)


def test_an_empty_subject_keeps_the_dialog_open_and_saves_nothing(
    qtbot, window, office: Office
) -> None:
    from ui.dialogs.interaction_dialog import InteractionDialog

    window.open_client(window.model.client_id(0))
    panel = window.card.timeline
    calls: list[dict] = []

    def save(values: dict) -> int:
        calls.append(values)
        with office.transaction() as s:
            return InteractionService(s).record(
                [panel.client_id], **{k: v for k, v in values.items() if k != "share_with"}
            )

    dialog = InteractionDialog(save, "Client", [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert "Give the entry a subject" in dialog.subject_error.text()
    with office.session() as s:
        assert s.scalars(select(Interaction)).all() == []


def test_trash_and_restore_from_the_panel(qtbot, window, office: Office) -> None:
    client = window.model.client_id(0)
    with office.transaction() as s:
        InteractionService(s).record([client], "call", T0, "To be trashed")
    window.open_client(client)
    panel = window.card.timeline
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert panel.model.total == 0
    panel._fill_trash_menu()
    restore = [a for a in panel.trash_menu.actions() if "To be trashed" in a.text()]
    assert len(restore) == 1
    restore[0].trigger()
    assert panel.model.total == 1


def test_opened_files_live_in_a_private_folder_and_are_swept(tmp_path) -> None:
    opened = OpenedFiles(tmp_path)
    path = opened.write("C:\\scans\\合同.pdf", b"%PDF secret")
    assert path.name == "合同.pdf" and path.read_bytes() == b"%PDF secret"
    folder = private_folder(tmp_path)
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    opened.cleanup()
    assert not path.exists() and list(folder.iterdir()) == []
    # a crash leaves one behind: the next start sweeps it
    OpenedFiles(tmp_path).write("left.png", b"x")
    assert sweep(tmp_path) == 1
    assert list(folder.iterdir()) == []


def test_edit_from_the_panel_keeps_history_and_refuses_a_stale_save(
    qtbot, window, office: Office
) -> None:
    client = window.model.client_id(0)
    with office.transaction() as s:
        # recorded to the second (as a completed task does); the dialog shows minutes
        eid = InteractionService(s, "Li Na").record(
            [client], "call", T0.replace(second=42, microsecond=7), "First call"
        )
    window.open_client(client)
    panel = window.card.timeline
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    seen: dict[str, str] = {}

    def stale_edit() -> None:
        dialog = QApplication.activeModalWidget()
        # someone else saves the same entry while this dialog is open
        with office.transaction() as s:
            InteractionService(s, "Zhou Tao").edit(eid, 1, outcome="Zhou's outcome")
        dialog.subject.setText("My subject")
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        seen["visible"] = str(dialog.isVisible())
        dialog.reject()

    QTimer.singleShot(0, stale_edit)
    panel.edit_current()
    assert "changed elsewhere" in seen["error"] and seen["visible"] == "True"
    with office.session() as s:
        data = InteractionService(s).get(eid)
        assert (data.subject, data.outcome) == ("First call", "Zhou's outcome")

    def good_edit() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.subject.setText("First call (corrected)")
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)

    panel.model.refresh()
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    QTimer.singleShot(0, good_edit)
    panel.edit_current()
    assert panel.model.entry(1).subject == "First call (corrected)"
    with office.session() as s:
        history = InteractionService(s).history(eid)
    assert [h.action for h in history] == ["created", "edited", "edited"]
    assert history[-1].changes == {"subject": ["First call", "First call (corrected)"]}


def test_open_an_attachment_then_nothing_is_left_behind(
    qtbot, window, office: Office, tmp_path, monkeypatch, no_modal_boxes
) -> None:
    from PySide6.QtGui import QDesktopServices

    client = window.model.client_id(0)
    data = b"%PDF-1.4 " + bytes(range(256)) * 64
    with office.transaction() as s:
        svc = InteractionService(s, "Li Na")
        eid = svc.record([client], "document", T0, "Signed agreement received")
        info = svc.attach(eid, "agreement.pdf", data)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.open_client(client)
    panel = window.card.timeline
    panel.opened = OpenedFiles(tmp_path)
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    assert panel.model.entry(1).attachments == 1
    panel.open_attachment(info.id)
    (path,) = opened
    with open(path, "rb") as fh:
        assert fh.read() == data  # byte-identical
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    # the history is one click away and says who attached what
    panel.show_history()
    assert "agreement.pdf" in no_modal_boxes[-1][1] and "Li Na" in no_modal_boxes[-1][1]
    # showing another client deletes the decrypted copy
    window.open_client(window.model.client_id(1))
    assert not os.path.exists(path)
    assert list(private_folder(tmp_path).iterdir()) == []

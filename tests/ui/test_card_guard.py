"""Unsaved edits are never lost silently: navigation guard, close guard, conflicts, reveal."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
from sqlalchemy import select

from app.clients import ClientService
from db.models import AccessEvent
from tests.ui.conftest import with_document


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _edit_owner(window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.card.findChild(QLineEdit, "owner").setText(text)


def test_cancel_keeps_edits_and_stays(qtbot, window, monkeypatch, book) -> None:
    first, second = book[1], book[2]
    window.open_client(first)
    _edit_owner(window, "Edited Owner")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.open_client(second) is False
    assert asked and window.card.client_id == first
    assert window.card.findChild(QLineEdit, "owner").text() == "Edited Owner"


def test_discard_moves_on_without_saving(qtbot, window, office, monkeypatch, book) -> None:
    first, second = book[1], book[2]
    window.open_client(first)
    _edit_owner(window, "Discarded")
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.open_client(second) is True
    assert window.card.client_id == second
    with office.session() as session:
        assert ClientService(session).load(first).owner != "Discarded"


def test_save_answer_saves_then_moves(qtbot, window, office, monkeypatch, book) -> None:
    first, second = book[1], book[2]
    window.open_client(first)
    _edit_owner(window, "Saved By Guard")
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.open_client(second) is True
    with office.session() as session:
        assert ClientService(session).load(first).owner == "Saved By Guard"


def test_close_guard(qtbot, window, monkeypatch, book) -> None:
    window.open_client(book[3])
    _edit_owner(window, "Not yet saved")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert asked and window.isVisible()
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close() is True


def test_escape_reverts(qtbot, window, book) -> None:
    window.open_client(book[4])
    owner = window.card.findChild(QLineEdit, "owner")
    before = owner.text()
    owner.setText("typo")
    window.card.cancel()
    assert owner.text() == before and not window.card.is_dirty()


def test_conflict_keeps_edits(qtbot, window, office, monkeypatch, book) -> None:
    client_id = book[5]
    window.open_client(client_id)
    # Someone else saves the same client first.
    with office.transaction() as session:
        service = ClientService(session, "colleague")
        card = service.load(client_id)
        card.occupation = "Changed elsewhere"
        service.save(card)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text, *a, **k: warnings.append(text)),
    )
    _edit_owner(window, "My edit")
    assert window.card.save() is False
    assert warnings and "changed elsewhere" in warnings[0]
    assert window.card.findChild(QLineEdit, "owner").text() == "My edit"
    assert window.card.is_dirty()
    with office.session() as session:
        stored = ClientService(session).load(client_id)
    assert stored.owner != "My edit" and stored.occupation == "Changed elsewhere"
    # Cancel reloads the current state; applying the edit again then saves.
    window.card.cancel()
    assert window.card.findChild(QLineEdit, "occupation").text() == "Changed elsewhere"
    _edit_owner(window, "My edit")
    assert window.card.save() is True


def test_document_masked_until_revealed(qtbot, window, office, monkeypatch, book) -> None:
    client_id = book[6]
    with_document(office, client_id, "E12345678")
    window.open_client(book[7])
    window.open_client(client_id)
    row = window.card._lists["documents"][0]._rows[0]
    number = row.editors["number"]
    assert number.text() != "E12345678" and number.text().endswith("78")
    assert number.isReadOnly()
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("client called", True))
    )
    row.reveal_button.click()
    assert number.text() == "E12345678"
    with office.session() as session:
        events = session.scalars(select(AccessEvent)).all()
    assert [e.action for e in events] == ["reveal_document"]
    assert "E12345678" not in events[0].detail
    assert not window.card.is_dirty()


def test_money_custom_field_round_trips(qtbot, office, settings, translations) -> None:
    """A stored money value (minor units) shown and saved unchanged must not grow 100×."""
    from tests.ui.conftest import make_clients
    from ui.main_window import MainWindow

    ids = make_clients(office, 3)
    with office.transaction() as session:
        service = ClientService(session)
        service.define_custom_field("budget", "Budget", "预算", "money", currency="CNY")
        card = service.load(ids[1])
        card.custom["budget"] = "1,234.50"
        service.save(card)
    window = MainWindow(office, settings=settings, translations=translations)
    qtbot.addWidget(window)
    window.open_client(ids[1])
    assert window.card.findChild(QLineEdit, "custom.budget").text() == "1234.50"
    _edit_owner(window, "Someone")
    assert window.card.save()
    with office.session() as session:
        assert ClientService(session).load(ids[1]).custom["budget"] == "123450"


def test_add_snapshot_keeps_edits_and_card_current(
    qtbot, window, office, monkeypatch, book
) -> None:
    """Adding a snapshot re-derives the tier (a new row version); that must not turn the
    user's next save into a false conflict, nor drop edits already typed."""
    from ui.dialogs.snapshot_dialog import SnapshotDialog

    client_id = book[8]
    window.open_client(client_id)
    _edit_owner(window, "Typed before the snapshot")

    def fake_exec(dialog: SnapshotDialog) -> int:
        dialog.amounts["deposits"].setText("2,000,000.00")
        dialog.amounts["real_estate"].setText("9,000,000")
        dialog.liabilities.setText("500000")
        dialog.accept()
        return SnapshotDialog.DialogCode.Accepted

    monkeypatch.setattr(SnapshotDialog, "exec", fake_exec)
    window.card.add_snapshot()
    assert window.card.findChild(QLineEdit, "owner").text() == "Typed before the snapshot"
    assert window.card.snapshots.columnCount() == 1
    assert window.card.save() is True
    with office.session() as session:
        stored = ClientService(session).load(client_id)
    assert stored.owner == "Typed before the snapshot"
    assert stored.snapshots[0].assets == {"deposits": 200_000_000, "real_estate": 900_000_000}
    assert stored.snapshots[0].liabilities_minor == 50_000_000


def test_snapshot_dialog_rejects_bad_amounts(qtbot) -> None:
    from ui.dialogs.snapshot_dialog import SnapshotDialog

    dialog = SnapshotDialog("CNY")
    qtbot.addWidget(dialog)
    dialog.amounts["cash"].setText("12abc")
    dialog.currency.setText("XX")
    dialog.accept()
    assert dialog.snapshot() is None and dialog.error.text()


def test_dirty_marker_follows_edits(qtbot, window, book) -> None:
    window.open_client(book[9])
    assert not window.card.dirty_label.isVisibleTo(window) and not window.isWindowModified()
    _edit_owner(window, "Someone new")
    qtbot.waitUntil(lambda: window.isWindowModified())
    assert window.card.dirty_label.isVisibleTo(window)
    window.card._lists["phones"][0].add_row()
    window.card.cancel()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert not window.card.dirty_label.isVisibleTo(window)


def test_linked_client_opens_from_the_card(qtbot, window, office, book) -> None:
    from db.models import ClientLink

    with office.transaction() as session:
        session.add(ClientLink(from_client_id=book[10], to_client_id=book[11], kind="spouse"))
    window.open_client(book[10])
    item = window.card.links.item(0)
    assert "→" in item.text()
    window.card.links.itemActivated.emit(item)
    assert window.card.client_id == book[11]
    assert "←" in window.card.links.item(0).text()

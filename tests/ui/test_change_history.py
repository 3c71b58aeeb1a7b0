"""The card's History… button shows the correction history of the saved card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.dialogs.change_history_dialog import ChangeHistoryDialog


def test_history_dialog_lists_a_saved_correction(qtbot, window, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client_id = window.model.client_id(0)
    window.open_client(client_id)
    card = window.card
    assert card.history_button.isEnabled()
    owner = card.findChild(QLineEdit, "owner")
    card.tabs.setCurrentIndex(card._fields["owner"][2])
    owner.clear()
    qtbot.keyClicks(owner, "Wu Fang")
    card.save()
    assert not card.general_error.text(), card.general_error.text()
    qtbot.waitUntil(lambda: not card.is_dirty())

    shown: list[ChangeHistoryDialog] = []

    def fake_exec(dialog: ChangeHistoryDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ChangeHistoryDialog, "exec", fake_exec)
    qtbot.mouseClick(card.history_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    table = shown[0].table
    rows = [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]
    assert any(row[2] == "Owner" and row[4] == "Wu Fang" for row in rows), rows
    assert rows[-1][2] == "Card created"


def test_history_button_is_off_for_a_new_card(window) -> None:  # type: ignore[no-untyped-def]
    window.new_client()
    assert not window.card.history_button.isEnabled()


@pytest.mark.parametrize("field", ["occupation", "documents", "custom.golf"])
def test_every_recorded_field_has_a_label(field: str) -> None:
    from ui.dialogs.change_history_dialog import field_label

    assert field_label(field) and field_label(field) != field

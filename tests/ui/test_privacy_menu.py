"""The Privacy menu: export a client's data, erase a client (file rewritten off the GUI
thread), purge expired records; none of it in a read-only window."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from app.client_list import ClientListService, ListQuery
from db.models import AccessEvent, Client
from db.office import open_office
from tests.ui.conftest import PASSPHRASE
from ui.dialogs.erase_client_dialog import EraseClientDialog


def _names_in_list(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.model
    while model.canFetchMore():
        model.fetchMore()
    return [
        str(model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole))
        for r in range(model.rowCount())
    ]


def test_export_client_data(qtbot, window, office, book, monkeypatch, tmp_path, no_modal_boxes):
    client_id = book[1]
    window.open_client(client_id)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    window.export_action.trigger()
    data = json.loads((tmp_path / f"client-{client_id}.json").read_text("utf-8"))
    assert "Client 0001" in json.dumps(data, ensure_ascii=False)
    assert (tmp_path / f"client-{client_id}.pdf").read_bytes().startswith(b"%PDF")
    assert no_modal_boxes[-1][0] == "information"
    with office.session() as s:
        actions = s.scalars(select(AccessEvent.action).where(AccessEvent.client_id == client_id))
        assert "subject_export" in list(actions)
    # a second export into the same folder never overwrites: a clear warning instead
    window.export_action.trigger()
    assert no_modal_boxes[-1][0] == "warning" and "already exists" in no_modal_boxes[-1][1]


def test_erase_client_really_erases(qtbot, window, office, book, monkeypatch, no_modal_boxes):
    client_id = book[3]  # 刘伟, a Chinese legal name
    window.open_client(client_id)
    name = window.card._baseline.legal_name
    assert name == "刘伟" and name in _names_in_list(window)
    seen: dict[str, bool] = {}

    def fake_exec(dialog: EraseClientDialog) -> int:
        dialog.reason.setText("written request of 2026-11-20")
        dialog.confirm.setText("someone else")
        seen["ok_enabled_on_wrong_name"] = dialog.ok_button.isEnabled()
        dialog.confirm.setText(name)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(EraseClientDialog, "exec", fake_exec)
    with qtbot.waitSignal(window.scrubFinished, timeout=30_000) as blocker:
        window.erase_action.trigger()
        assert window._scrub_thread is not None  # the file is rewritten off the GUI thread
    assert blocker.args == [True]
    assert seen["ok_enabled_on_wrong_name"] is False
    assert name not in _names_in_list(window)
    assert window.card._baseline.legal_name == f"Erased client #{client_id}"
    with office.session() as s:
        assert s.get(Client, client_id).legal_name == f"Erased client #{client_id}"
        assert not ClientListService(s).page(ListQuery(text=name), 0, 50)
        actions = list(s.scalars(select(AccessEvent.action).where(AccessEvent.action == "erase")))
        assert actions == ["erase"]
    assert no_modal_boxes[-1][0] == "information" and str(client_id) in no_modal_boxes[-1][1]
    assert window.erase_action.isEnabled()  # ready for the next one


def test_erase_cancelled_changes_nothing(qtbot, window, office, book, monkeypatch) -> None:
    client_id = book[3]
    window.open_client(client_id)
    monkeypatch.setattr(EraseClientDialog, "exec", lambda dialog: 0)
    window.erase_action.trigger()
    assert window._scrub_thread is None
    with office.session() as s:
        assert s.get(Client, client_id).legal_name == "刘伟"


def test_erase_dialog_needs_reason_and_exact_confirmation(qtbot) -> None:
    dialog = EraseClientDialog(42, "王伟")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.confirm.setText("42")
    assert not dialog.ok_button.isEnabled()  # no reason yet
    dialog.reason.setText("request")
    assert dialog.ok_button.isEnabled()
    dialog.confirm.setText("4")
    assert not dialog.ok_button.isEnabled()
    dialog.confirm.setText("王伟")
    assert dialog.ok_button.isEnabled()


def test_purge_with_nothing_expired(qtbot, window, monkeypatch, no_modal_boxes) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.purge_action.trigger()
    assert window._scrub_thread is None
    assert "Nothing has passed" in no_modal_boxes[-1][1]


def test_read_only_window_disables_privacy_actions(
    qtbot, office, settings, translations, book
) -> None:
    from ui.main_window import MainWindow

    office.close()  # release the writer lock; reopen read-only
    reader = open_office(office.path, PASSPHRASE, read_only=True)
    try:
        window = MainWindow(reader, settings=settings, translations=translations)
        qtbot.addWidget(window)
        window.open_client(book[1])
        window._update_privacy_actions()
        assert not window.export_action.isEnabled()
        assert not window.erase_action.isEnabled()
        assert not window.purge_action.isEnabled()
        panel = window.card.consents
        assert not panel.record_button.isEnabled() and not panel.withdraw_button.isEnabled()
        assert panel.print_button.isEnabled()  # printing only reads
    finally:
        reader.close()

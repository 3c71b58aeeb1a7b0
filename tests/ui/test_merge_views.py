"""Duplicates view, merge dialog (field by field, undo), data-quality click-through, export
dialog, the entry-time duplicate warning and the File menu entries — on a real office."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QRadioButton
from sqlalchemy import select

from app.cards import ClientCard, EmailData, PhoneData
from app.clients import ClientService
from db.models import Client, Phone
from db.office import Office
from ui.data_quality_view import DataQualityView
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.duplicates_view import DuplicatesView


def _pair(office: Office) -> tuple[int, int]:
    with office.transaction() as s:
        svc = ClientService(s)
        a = svc.create(
            ClientCard(
                legal_name="王伟",
                date_of_birth=dt.date(1980, 3, 15),
                phones=[PhoneData("13800138000")],
            )
        )
        b = svc.create(
            ClientCard(
                legal_name="王伟",
                date_of_birth=dt.date(1980, 3, 15),
                occupation="Surgeon",
                phones=[PhoneData("13911112222")],
                emails=[EmailData("wang@example.cn")],
            )
        )
    return a, b


def test_scan_merge_field_by_field_and_undo(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    a, b = _pair(office)
    view = DuplicatesView(office)
    qtbot.addWidget(view)
    view.show()
    view.scan()
    qtbot.waitUntil(lambda: view.job is None, timeout=10_000)
    assert view.table.rowCount() == 1
    assert view.table.item(0, 5).text() == "same Chinese name and birth date"
    dialog = MergeDialog(office, a, b, parent=view)
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.title), "mergeTitle").text().startswith(f"Keep card {a}")
    assert dialog.findChild(QRadioButton, "merge_occupation_merged").isChecked()
    occupation = dialog.groups["occupation"]
    assert occupation.checkedButton().property("side") == "merged"  # the kept card has none
    assert "phones 1" in dialog.moves.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with office.session() as s:
        assert s.get(Client, a).occupation == "Surgeon"
        assert s.get(Client, b).status == "former"
        assert sorted(s.scalars(select(Phone.e164).where(Phone.client_id == a))) == [
            "+8613800138000",
            "+8613911112222",
        ]
    view._update_undo()
    assert view.undo_button.isEnabled()
    view.undo_button.click()
    assert "separate again" in view.status.text()
    with office.session() as s:
        assert s.get(Client, a).occupation is None
        assert s.scalars(select(Phone.e164).where(Phone.client_id == b)).all() == ["+8613911112222"]
    assert not view.undo_button.isEnabled()


def test_merge_dialog_refuses_a_stale_card(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    a, b = _pair(office)
    dialog = MergeDialog(office, a, b)
    qtbot.addWidget(dialog)
    with office.transaction() as s:
        svc = ClientService(s)
        card = svc.load(b)
        card.occupation = "Pilot"
        svc.save(card)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "changed since" in dialog.error.text()
    with office.session() as s:
        assert s.get(Client, b).status != "former"


def test_quality_click_through_marks_the_card_fields(qtbot, window, office: Office) -> None:  # type: ignore[no-untyped-def]
    view = DataQualityView(office, parent=window)
    qtbot.addWidget(view)
    opened = []
    view.openProblems.connect(lambda cid, problems: opened.append((cid, problems)))
    view.run()
    qtbot.waitUntil(lambda: view.job is None, timeout=10_000)
    assert view.table.rowCount() > 0 and "clients checked" in view.summary.text()
    view._open(0, 1)
    cid, problems = opened[0]
    assert window.open_client(cid)
    from ui.data_quality_view import show_problems

    show_problems(window.card, problems)
    assert "need attention" in window.card.general_error.text()
    dob = window.card._fields["date_of_birth"][0]
    assert dob.property("invalid") is True
    view.make_tasks()
    assert "Created" in view.summary.text()


def test_export_dialog_writes_a_masked_csv(qtbot, office: Office, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(office)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.csv"))
    dialog.columns["id_number"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    assert dialog.result.rows == 40
    rows = list(csv.reader((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 41 and "PRC ID number" in rows[0]
    again = ExportDialog(office)
    qtbot.addWidget(again)
    again.path.setText(str(tmp_path / "out.csv"))
    again.accept()
    qtbot.waitUntil(lambda: again.job is None, timeout=10_000)
    assert "already exists" in again.error.text()


def test_new_card_warns_of_a_likely_duplicate(qtbot, window, office: Office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = []

    def cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    with office.session() as s:
        existing = s.scalar(select(Phone.e164).limit(1))
        count = len(s.scalars(select(Client.id)).all())
    window.new_client()
    card = window.card
    card.findChild(type(window.search), "legal_name").setText("Someone New")
    card._lists["phones"][0].set_records([{"number": existing, "label": "mobile", "id": None}])
    assert card.save() is False
    assert asked and "same phone" in asked[0]
    with office.session() as s:
        assert len(s.scalars(select(Client.id)).all()) == count
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert card.save() is True  # a warning, not a block


def test_file_menu_has_the_data_entries(window) -> None:  # type: ignore[no-untyped-def]
    names = {a.objectName() for a in window.file_menu.actions()}
    assert {"importClients", "exportClients", "duplicateClients", "dataQuality"} <= names

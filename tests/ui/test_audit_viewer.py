"""The audit viewer (pytest-qt, offscreen): pages through a model, filters by user, client,
action and date, refuses bad filters inline, checks the chain and exports CSV off the UI
thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import audit
from db.office import Office
from ui.dialogs import audit_viewer
from ui.dialogs.audit_viewer import PAGE, AuditViewerDialog

ENTRIES = 450


@pytest.fixture
def audited(office: Office) -> Office:
    with office.transaction() as s:
        for i in range(ENTRIES):
            audit.record(
                s,
                ("alice", "bob", "carol")[i % 3],
                ("card_opened", "reveal", "export")[i % 3 if i % 7 else 0],
                client_id=1 + i % 10,
                target=f"entry {i}",
            )
    return office


@pytest.fixture
def dialog(qtbot, translations, audited):  # type: ignore[no-untyped-def]
    d = AuditViewerDialog(audited, "compliance")
    qtbot.addWidget(d)
    d.show()
    return d


def _seqs(d: AuditViewerDialog) -> list[int]:
    return [r.seq for r in d.model.rows]


def test_opens_on_one_page_and_fetches_more_on_demand(dialog, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = dialog.model
    assert model.rowCount() == PAGE and _seqs(dialog)[:2] == [ENTRIES, ENTRIES - 1]
    assert "scroll down for more" in dialog.status.text()
    dialog.table.scrollToBottom()
    while model.canFetchMore(audit_viewer.QModelIndex()):
        model.fetchMore(audit_viewer.QModelIndex())
    assert model.rowCount() == ENTRIES and _seqs(dialog)[-1] == 1
    qtmodeltester.check(model)
    assert model.data(model.index(0, 3)) == "Export"  # entry 450: the 449th, an export
    assert model.data(model.index(0, 5)) == "entry 449"


def test_filters_by_user_action_client_and_date(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("bob"))
    assert dialog.model.rows and {r.actor for r in dialog.model.rows} == {"bob"}
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("reveal"))
    assert {(r.actor, r.action) for r in dialog.model.rows} == {("bob", "reveal")}
    dialog.user_combo.setCurrentIndex(0)
    dialog.action_combo.setCurrentIndex(0)
    dialog.client_edit.setText("3")
    dialog.client_edit.editingFinished.emit()
    assert len(dialog.model.rows) == ENTRIES // 10 and {r.client_id for r in dialog.model.rows} == {
        3
    }
    assert dialog.status.text() == f"{ENTRIES // 10} entries."
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    dialog.date_from.set_value(tomorrow)
    assert dialog.model.rows == []


def test_bad_filters_are_refused_inline_and_change_nothing(dialog) -> None:  # type: ignore[no-untyped-def]
    before = _seqs(dialog)
    dialog.client_edit.setText("abc")
    dialog.client_edit.editingFinished.emit()
    assert "whole number" in dialog.error.text() and dialog.error.isVisible()
    assert _seqs(dialog) == before
    dialog.client_edit.setText("")
    dialog.date_from.set_value(dt.date(2026, 5, 2))
    dialog.date_to.set_value(dt.date(2026, 5, 1))
    assert "start date is after the end date" in dialog.error.text()
    dialog.date_to.set_value(None)
    assert dialog.error.text() == ""


def test_export_csv_runs_off_the_ui_thread_and_is_recorded(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("carol"))
    out = tmp_path / "audit.csv"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.status.text() == f"Exported {ENTRIES // 3} entries to audit.csv."
    raw = out.read_bytes()
    assert (
        raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8-sig").count("\n") == ENTRIES // 3 + 1
    )
    with dialog.office.session() as s:
        (entry,) = audit.page(s, audit.AuditFilter(action="export", actor="compliance"), None, 5)
    assert entry.target == "audit_trail" and entry.detail == {"rows": ENTRIES // 3}


def test_export_to_a_missing_folder_is_refused(dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.export_to(tmp_path / "none" / "audit.csv")
    assert "folder does not exist" in dialog.error.text() and dialog.job is None


def test_checking_the_chain_names_a_broken_link(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.verify_chain()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.status.text() == f"The audit chain is intact: {ENTRIES} entries."
    with dialog.office.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        conn.exec_driver_sql("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 123")
    dialog.verify_chain()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.status.text() == "The audit chain is broken at entry 123."


def test_opening_a_card_is_recorded_once_not_on_reload(window) -> None:  # type: ignore[no-untyped-def]
    def opened() -> list[int | None]:
        with window.office.session() as s:
            rows = audit.page(s, audit.AuditFilter(action="card_opened"), None, 50)
        return [r.client_id for r in rows]

    before = opened()
    window.card.load(3)
    window.card.load(3)  # the same card again (as after a save): not a new opening
    window.card.load(4)
    assert opened()[: len(opened()) - len(before)] == [4, 3]

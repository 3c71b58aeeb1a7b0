"""The card's consent panel and its dialogs, on real encrypted offices: what the advisor
clicks ends up in the append-only history, and the panel shows the derived state at once."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from app.attachments import AttachmentService
from app.clients import ClientService
from app.consent import ConsentService
from app.settings import SettingsService
from db.models import AccessEvent
from ui.dialogs.consent_history_dialog import ConsentHistoryDialog
from ui.dialogs.consent_record_dialog import ConsentRecordDialog
from ui.dialogs.consent_withdraw_dialog import ConsentWithdrawDialog

SCAN = b"%PDF-1.4 scanned consent form, signed"


@pytest.fixture
def notices(office) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        cs = ConsentService(s, actor="officer")
        return {
            language: cs.publish_notice(
                "privacy_notice",
                title,
                1,
                language,
                dt.date(2020, 1, 1),
                f"{title}: the office processes your personal information to advise you.",
                signature_required=True,
            )
            for language, title in (("zh", "隐私政策"), ("en", "Privacy notice"))
        }


def _grant(office, client_id: int, purpose: str, notice_id: int, **kw) -> int:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        return ConsentService(s, actor="tester").grant(
            client_id,
            purpose,
            notice_id=notice_id,
            capture_method="in_person",
            effective_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10),
            **kw,
        )


def _row(panel, purpose: str, third_party: str | None = None) -> int:  # type: ignore[no-untyped-def]
    for i, state in enumerate(panel.states):
        if state.purpose == purpose and state.third_party == third_party:
            return i
    raise AssertionError(f"{purpose} not shown")


def _state_text(panel, purpose: str, third_party: str | None = None) -> str:  # type: ignore[no-untyped-def]
    return panel.table.item(_row(panel, purpose, third_party), 1).text()


def test_panel_shows_every_purpose_never_asked(qtbot, window, notices, book) -> None:
    window.open_client(book[1])
    panel = window.card.consents
    assert panel.table.rowCount() == 11
    assert {panel.table.item(r, 1).text() for r in range(11)} == {"Never asked"}
    assert panel.record_button.isEnabled() and not panel.withdraw_button.isEnabled()
    window.card.clear()  # a new client: nothing to record against yet
    assert not panel.record_button.isEnabled() and not panel.print_button.isEnabled()


def test_record_grant_for_several_purposes_with_evidence(
    qtbot, window, office, notices, book, monkeypatch, tmp_path
) -> None:
    client_id = book[1]
    window.open_client(client_id)
    panel = window.card.consents
    scan = tmp_path / "signed-form.pdf"
    scan.write_bytes(SCAN)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), ""))
    )
    seen: dict[str, object] = {}

    def fake_exec(dialog: ConsentRecordDialog) -> int:
        seen["notice"] = dialog.notice.currentData()
        dialog.set_purposes(["pi_processing", "sensitive_pi", "third_party_sharing"])
        dialog.third_party.setText("Ping An Insurance")
        dialog.capture.set_value("signed_paper")
        dialog.choose_evidence()
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(ConsentRecordDialog, "exec", fake_exec)
    panel.record_button.click()

    assert seen["notice"] == notices["zh"]  # the client's language (zh) by default
    assert _state_text(panel, "sensitive_pi") == "Granted"
    assert _state_text(panel, "third_party_sharing", "Ping An Insurance") == "Granted"
    line = panel.table.cellWidget(_row(panel, "pi_processing"), 0).text()
    assert "Personal information" in line and "隐私政策 v1" in line and "since" in line
    assert panel.withdraw_button.isEnabled()
    with office.session() as s:
        records = ConsentService(s).history(client_id)
        assert sorted(r.purpose for r in records) == [
            "pi_processing",
            "sensitive_pi",
            "third_party_sharing",
        ]
        assert {r.status for r in records} == {"granted"}
        assert {r.capture_method for r in records} == {"signed_paper"}
        assert {r.notice_id for r in records} == {notices["zh"]}
        evidence = {r.evidence_attachment_id for r in records}
        assert len(evidence) == 1 and None not in evidence  # one scan for the whole form
        assert AttachmentService(s).read(evidence.pop()) == SCAN
        assert ConsentService(s).has_valid(client_id, "sensitive_pi")


def test_record_dialog_keeps_nothing_on_a_bad_entry(qtbot, office, notices, book) -> None:
    """Sharing without a named third party: the dialog stays open, nothing recorded."""
    dialog = ConsentRecordDialog(office, book[2], "zh")
    qtbot.addWidget(dialog)
    dialog.set_purposes(["pi_processing", "third_party_sharing"])
    dialog.accept()
    assert dialog.result() != ConsentRecordDialog.DialogCode.Accepted
    _editor, error = dialog._errors["third_party"]
    assert "third party" in error.text()
    with office.session() as s:
        assert ConsentService(s).history(book[2]) == []


def test_withdraw_shows_at_once_and_history_lists_both(
    qtbot, window, office, notices, book, monkeypatch
) -> None:
    client_id = book[2]
    _grant(office, client_id, "marketing_email", notices["zh"])
    window.open_client(client_id)
    panel = window.card.consents
    assert _state_text(panel, "marketing_email") == "Granted"
    panel.table.selectRow(_row(panel, "marketing_email"))

    def fake_exec(dialog: ConsentWithdrawDialog) -> int:
        assert dialog.checked() == [("marketing_email", None)]  # the selected row
        dialog.channel.set_value("email")
        dialog.reason.setText("Too many newsletters")
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(ConsentWithdrawDialog, "exec", fake_exec)
    panel.withdraw_button.click()
    assert _state_text(panel, "marketing_email") == "Withdrawn"
    assert not panel.withdraw_button.isEnabled()
    with office.session() as s:
        assert not ConsentService(s).has_valid(client_id, "marketing_email")

    shown: list[ConsentHistoryDialog] = []
    monkeypatch.setattr(ConsentHistoryDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    button = panel.table.cellWidget(_row(panel, "marketing_email"), 2)
    button.click()  # the history is one click away
    dialog = shown[0]
    assert dialog.table.rowCount() == 2
    statuses = [dialog.table.item(r, 1).text() for r in range(2)]
    assert statuses == ["Withdrawn", "Granted"]  # newest first
    assert "Too many newsletters" in dialog.table.item(0, 5).text()
    assert dialog.table.item(0, 5).text().startswith("Email")


def test_print_consent_form_writes_pdf(
    qtbot, window, office, notices, book, monkeypatch, tmp_path
) -> None:
    client_id = book[1]  # "Client 0001"
    window.open_client(client_id)
    out = tmp_path / "form.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    window.card.consents.print_button.click()
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, check=True, text=True
        ).stdout
        assert "Client 0001" in text


def test_print_consent_form_failure_is_explained(
    qtbot, window, office, book, monkeypatch, tmp_path, no_modal_boxes
) -> None:
    """No notice published: a clear message, no file, no traceback."""
    window.open_client(book[1])
    out = tmp_path / "form.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    window.card.consents.print_button.click()
    assert not out.exists()
    assert no_modal_boxes and "publish one" in no_modal_boxes[-1][1]


def _enforce(office, mode: str) -> None:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        settings = SettingsService(s)
        settings.set("consent.enforce", True)
        settings.set("consent.sensitive_without_consent", mode)


def _type_passport(window, number: str = "E12345678"):  # type: ignore[no-untyped-def]
    editor = window.card._lists["documents"][0]
    editor.add_row()
    row = editor._rows[editor._visible - 1]
    row.editors["doc_type"].set_value("passport")
    row.editors["number"].setText(number)
    row.editors["issuing_country"].setText("CN")
    return row


def test_warn_mode_acknowledged_save_is_recorded(
    qtbot, window, office, notices, book, monkeypatch
) -> None:
    client_id = book[4]
    _enforce(office, "warn")
    window.open_client(client_id)
    _type_passport(window)
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert window.card.save() is True
    assert asked and "sensitive personal information" in asked[0]
    with office.session() as s:
        stored = ClientService(s).load(client_id)
        events = s.scalars(
            select(AccessEvent).where(AccessEvent.action == "sensitive_without_consent")
        ).all()
    assert [d.number for d in stored.documents] == ["E12345678"]
    assert len(events) == 1 and events[0].client_id == client_id
    assert "E12345678" not in (events[0].detail or "")  # masked in the log


def test_warn_mode_cancel_saves_nothing(qtbot, window, office, notices, book, monkeypatch) -> None:
    client_id = book[4]
    _enforce(office, "warn")
    window.open_client(client_id)
    window.card.findChild(__import__("PySide6.QtWidgets").QtWidgets.QLineEdit, "owner").setText(
        "Changed owner"
    )
    _type_passport(window)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel),
    )
    assert window.card.save() is False
    assert window.card.is_dirty()  # the edits stay on screen
    assert "consent" in window.card.general_error.text()
    with office.session() as s:
        stored = ClientService(s).load(client_id)
        events = s.scalars(select(AccessEvent)).all()
    assert stored.documents == [] and stored.owner != "Changed owner"
    assert events == []


def test_warn_mode_not_asked_once_consent_is_recorded(
    qtbot, window, office, notices, book, monkeypatch
) -> None:
    client_id = book[5]
    _enforce(office, "warn")
    _grant(office, client_id, "sensitive_pi", notices["zh"])
    window.open_client(client_id)
    _type_passport(window)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: pytest.fail("asked")))
    assert window.card.save() is True


def test_block_mode_error_lands_on_the_number(qtbot, window, office, notices, book) -> None:
    client_id = book[4]
    _enforce(office, "block")
    window.open_client(client_id)
    row = _type_passport(window)
    assert window.card.save() is False
    assert "sensitive personal information" in row.error.text()
    assert row.error.isVisibleTo(window.card)
    with office.session() as s:
        assert ClientService(s).load(client_id).documents == []

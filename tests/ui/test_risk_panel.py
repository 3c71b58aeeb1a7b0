"""The card's Risk profile section and the New assessment dialog, driven like an advisor
would: answers clicked, the score and caps shown as they go, the record in the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QScrollArea
from sqlalchemy import func, select, text

from app.attachments import AttachmentService
from app.cards import ClientCard
from app.clients import ClientService
from app.risk_assessment import AssessmentService
from db.models_risk import RiskAssessment
from db.office import Office
from tests.app.risk_helpers import TODAY, add_product, assess, max_answers
from ui.dialogs.risk_assessment_dialog import RiskAssessmentDialog
from ui.widgets.risk_panel import RiskPanel


@pytest.fixture
def client(office: Office) -> int:
    with office.transaction() as s:
        return ClientService(s).create(ClientCard(legal_name="Chen Jing"))


def _panel(qtbot, office: Office, client: int) -> RiskPanel:  # type: ignore[no-untyped-def]
    panel = RiskPanel(office, "Li Na")
    qtbot.addWidget(panel)
    panel.load(client, "Chen Jing", today=TODAY)
    panel.show()
    return panel


def test_not_assessed_yet(qtbot, office: Office, client: int) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, office, client)
    assert panel.level_badge.text() == "—"
    assert "Not assessed yet" in panel.expiry_label.text()
    assert panel.professional_label.text() == "Ordinary investor."
    assert panel.history_table.rowCount() == 0 and panel.assess_button.isEnabled()
    assert not panel.trend_chart.isVisibleTo(panel)


def test_level_expiry_trend_professional_and_records(qtbot, office: Office, client: int) -> None:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        assess(s, client, "C2", on=dt.date(2024, 5, 1))
        assess(s, client, "C4", on=dt.date(2026, 2, 10))
        evidence = AttachmentService(s).add(client, "assets.pdf", b"certificate")
        AssessmentService(s).record_professional(
            client,
            dt.date(2026, 3, 1),
            today=TODAY,
            financial_assets_minor=4_000_000_00,
            experience_years=2,
            evidence_attachment_id=evidence.id,
        )
        add_product(s, 5, code="PE-5")
    panel = _panel(qtbot, office, client)
    assert panel.level_badge.text() == "C4"
    assert "2027" in panel.expiry_label.text() and "days left" in panel.expiry_label.text()
    assert "Professional investor since" in panel.professional_label.text()
    assert "financial assets" in panel.professional_label.text()
    assert panel.trend_label.text() == "Trend: C2 → C4"
    assert panel.trend_chart.isVisibleTo(panel)
    assert panel.trend_chart.chart is not None
    assert panel.trend_chart.chart.series[0].values == (2, 4)
    assert panel.history_table.rowCount() == 2
    assert panel.history_table.item(0, 1).text() == "C4"

    expired = RiskPanel(office, "Li Na")
    qtbot.addWidget(expired)
    expired.load(client, "Chen Jing", today=dt.date(2027, 2, 10))
    assert "Expired on" in expired.expiry_label.text()


def test_new_assessment_walks_the_questionnaire(qtbot, office: Office, client: int) -> None:  # type: ignore[no-untyped-def]
    dialog = RiskAssessmentDialog(office, client, "Chen Jing", "Li Na", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "0 of 7 questions answered" in dialog.score_label.text()
    assert not dialog.ok_button.isEnabled()
    answers = max_answers() | {"experience": "none"}
    for qid, aid in answers.items():
        button = dialog.buttons[(qid, aid)]
        dialog.findChild(QScrollArea).ensureWidgetVisible(button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.answers() == answers
    text = dialog.score_label.text()
    assert "Score 42: band C5. Level: C3" in text
    assert "Cap applied: No investment experience: at most C3" in text
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "signed the questionnaire" in dialog.error.text() and dialog.isVisible()
    with office.session() as s:
        assert s.scalar(select(func.count()).select_from(RiskAssessment)) == 0
    dialog.confirmed.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recorded is not None and dialog.recorded.level == "C3"
    with office.session() as s:
        [info] = AssessmentService(s).history(client)
    assert (info.level, info.caps, info.advisor, info.answers) == (
        "C3",
        ("no_experience",),
        "Li Na",
        answers,
    )


def test_the_signed_form_is_attached_with_the_assessment(
    qtbot, office: Office, client: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    scan = tmp_path / "questionnaire-signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed questionnaire")
    dialog = RiskAssessmentDialog(office, client, "Chen Jing", "Li Na", today=TODAY)
    qtbot.addWidget(dialog)
    for qid, aid in max_answers().items():
        dialog.choose(qid, aid)
    dialog.set_form(scan)
    assert dialog.confirmed.isChecked()
    dialog.accept()
    assert dialog.recorded is not None and dialog.recorded.confirmation_attachment_id
    with office.session() as s:
        assert (
            AttachmentService(s).read(dialog.recorded.confirmation_attachment_id)
            == scan.read_bytes()
        )


def test_panel_buttons_open_the_dialogs_and_reload(
    qtbot, office: Office, client: int, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        add_product(s, 1, code="MMF-1")
    panel = _panel(qtbot, office, client)

    def fill_and_accept(dialog: RiskAssessmentDialog) -> int:
        for qid, aid in max_answers().items():
            dialog.choose(qid, aid)
        dialog.confirmed.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RiskAssessmentDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.assess_button, Qt.MouseButton.LeftButton)
    assert panel.level_badge.text() == "C5" and panel.history_table.rowCount() == 1

    from ui.dialogs.suitability_dialog import SuitabilityDialog

    def record(dialog: SuitabilityDialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SuitabilityDialog, "exec", record)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.recommend_button, Qt.MouseButton.LeftButton)
    assert panel.records_table.rowCount() == 1
    assert "MMF-1" in panel.records_table.item(0, 1).text()
    assert "Suitable" in panel.records_table.item(0, 2).text()


def test_a_read_only_window_shows_but_cannot_record(qtbot, office: Office, client: int) -> None:  # type: ignore[no-untyped-def]
    from db.office import open_office
    from tests.ui.conftest import PASSPHRASE

    with office.transaction() as s:
        assess(s, client, "C2")
    reader = open_office(office.path, PASSPHRASE, read_only=True)
    try:
        panel = RiskPanel(reader, "Li Na")
        qtbot.addWidget(panel)
        panel.load(client, "Chen Jing", today=TODAY)
        assert panel.level_badge.text() == "C2"
        assert not panel.assess_button.isEnabled()
        assert not panel.recommend_button.isEnabled()
        assert not panel.professional_button.isEnabled()
        panel.new_assessment()  # does nothing rather than fail
    finally:
        reader.close()


def test_the_signed_form_opens_from_the_history(
    qtbot, office: Office, client: int, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ui.attachment_opener import OpenedFiles

    with office.transaction() as s:
        form = AttachmentService(s).add(client, "signed.pdf", b"%PDF-1.4 signed")
        AssessmentService(s).record(
            client, max_answers(), TODAY, today=TODAY, confirmation_attachment_id=form.id
        )
        assess(s, client, "C2", on=TODAY - dt.timedelta(days=400))  # ticked, no file
    opened: list[tuple[str, bytes]] = []
    monkeypatch.setattr(
        OpenedFiles, "open", lambda self, name, data: opened.append((name, data)) or Path(name)
    )
    panel = _panel(qtbot, office, client)
    assert panel.history_table.item(0, 6).text() == "Signed form (double-click)"
    assert panel.history_table.item(1, 6).text() == "Confirmed"
    assert panel.open_form(1) is None and opened == []
    assert panel.open_form(0) == Path("signed.pdf")
    assert opened == [("signed.pdf", b"%PDF-1.4 signed")]
    with office.transaction() as s:  # as an erasure leaves it
        s.execute(text("UPDATE attachment SET data = x''"))
    with qtbot.waitSignal(panel.message) as blocker:
        assert panel.open_form(0) is None
    assert "erased" in blocker.args[0]

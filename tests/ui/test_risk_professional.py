"""The professional-investor dialog: the outcome follows the figures as they are typed,
qualifying needs the evidence, bad amounts change nothing; the card's button reloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cards import ClientCard
from app.clients import ClientService
from app.risk_assessment import current_risk
from db.models_risk import ProfessionalStatus
from db.office import Office
from tests.app.risk_helpers import TODAY
from ui.dialogs.professional_status_dialog import ProfessionalStatusDialog
from ui.widgets.risk_panel import RiskPanel


@pytest.fixture
def client(office: Office) -> int:
    with office.transaction() as s:
        return ClientService(s).create(ClientCard(legal_name="Zhao Lei"))


def _dialog(qtbot, office: Office, client: int) -> ProfessionalStatusDialog:  # type: ignore[no-untyped-def]
    dialog = ProfessionalStatusDialog(office, client, "Zhao Lei", "Li Na", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _count(office: Office) -> int:
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(ProfessionalStatus)) or 0)


def test_outcome_follows_the_figures_and_evidence_is_needed(
    qtbot, office: Office, client: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, office, client)
    assert "Does not qualify" in dialog.outcome.text()
    dialog.assets.setText("300万")  # keyClicks sends key events: ASCII only
    assert "Does not qualify" in dialog.outcome.text()  # experience is missing
    dialog.experience.setValue(2)
    assert "on financial assets" in dialog.outcome.text()
    dialog.accept()
    assert "Attach the evidence" in dialog.error.text() and _count(office) == 0
    scan = tmp_path / "asset-certificate.pdf"
    scan.write_bytes(b"%PDF-1.4 certificate")
    dialog.set_evidence(scan)
    dialog.accept()
    assert dialog.recorded is not None and dialog.recorded.basis == "assets"
    assert dialog.recorded.financial_assets_minor == 3_000_000_00
    with office.session() as s:
        assert current_risk(s, client, TODAY).professional


def test_bad_amounts_change_nothing(qtbot, office: Office, client: int) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, office, client)
    qtbot.keyClicks(dialog.income, "1,5")
    assert "Enter the amounts as numbers" in dialog.outcome.text()
    dialog.accept()
    assert dialog.error.text() and dialog.recorded is None and _count(office) == 0


def test_ordinary_investor_needs_no_evidence(qtbot, office: Office, client: int) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, office, client)
    qtbot.keyClicks(dialog.income, "250,000")
    dialog.experience.setValue(5)
    qtbot.keyClicks(dialog.note, "Income below the threshold")
    dialog.accept()
    assert dialog.recorded is not None and not dialog.recorded.professional
    assert _count(office) == 1


def test_the_card_button_records_and_reloads(
    qtbot, office: Office, client: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    scan = tmp_path / "tax.pdf"
    scan.write_bytes(b"%PDF-1.4 tax records")

    def fill(dialog: ProfessionalStatusDialog) -> int:
        dialog.income.setText("400,000")
        dialog.experience.setValue(3)
        dialog.set_evidence(scan)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ProfessionalStatusDialog, "exec", fill)
    panel = RiskPanel(office, "Li Na")
    qtbot.addWidget(panel)
    panel.load(client, "Zhao Lei", today=TODAY)
    with qtbot.waitSignal(panel.changed):
        panel.professional_button.click()
    assert "Professional investor since" in panel.professional_label.text()
    assert "income" in panel.professional_label.text()

"""The suitability warning path in the UI: a mismatch cannot be recorded without a reason
and the client's acknowledgement; with both it is stored as a warning and on the timeline;
a C1 client is blocked with no way on; a match records with one click."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from app.cards import ClientCard
from app.clients import ClientService
from app.timeline import TimelineQuery
from db.models import Attachment
from db.models_risk import SuitabilityRecord
from db.office import Office
from tests.app.risk_helpers import TODAY, add_product, assess
from ui.dialogs.suitability_dialog import SuitabilityDialog


@pytest.fixture
def client(office: Office) -> int:
    with office.transaction() as s:
        return ClientService(s).create(ClientCard(legal_name="Wang Fang"))


def _products(office: Office, client: int, level: str) -> dict[int, int]:
    with office.transaction() as s:
        assess(s, client, level)
        return {rating: add_product(s, rating, code=f"F-R{rating}") for rating in range(1, 6)}


def _records(office: Office) -> list[SuitabilityRecord]:
    with office.session() as s:
        return list(s.scalars(select(SuitabilityRecord)))


def _dialog(qtbot, office: Office, client: int, product: int | None) -> SuitabilityDialog:  # type: ignore[no-untyped-def]
    dialog = SuitabilityDialog(
        office, client, "Wang Fang", "purchase", product_id=product, actor="Li Na", today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_mismatch_needs_reason_and_acknowledgement(qtbot, office: Office, client: int) -> None:  # type: ignore[no-untyped-def]
    products = _products(office, client, "C2")
    dialog = _dialog(qtbot, office, client, products[4])
    assert not dialog.product.isEnabled()  # the purchase flow chose the product
    assert dialog.current is not None and dialog.current.outcome == "warn"
    assert "C2" in dialog.outcome.text() and "R4" in dialog.outcome.text()
    assert "above the client's risk level" in dialog.reasons.text()
    assert dialog.warning_box.isVisible() and dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Write the reason" in dialog.error.text()
    assert dialog.isVisible() and _records(office) == []

    qtbot.keyClicks(dialog.reason, "Client wants growth for a 15-year goal")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "special risk warning" in dialog.error.text()
    assert dialog.isVisible() and _records(office) == []

    dialog.confirmed.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [record] = _records(office)
    assert (record.outcome, record.client_level, record.product_rating) == ("warn", "C2", 4)
    assert record.advisor_reason == "Client wants growth for a 15-year goal"
    assert (record.warning_confirmed, record.recorded_by, record.action) == (
        True,
        "Li Na",
        "purchase",
    )
    with office.session() as s:
        [entry] = TimelineQuery(s, client, kinds=["suitability"]).page(0, 5)
    assert "F-R4" in entry.subject and "15-year goal" in (entry.body or "")


def test_the_signed_warning_can_be_attached(
    qtbot, office: Office, client: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    products = _products(office, client, "C3")
    scan = tmp_path / "risk-warning.pdf"
    scan.write_bytes(b"%PDF-1.4 signed risk warning")
    dialog = _dialog(qtbot, office, client, products[5])
    qtbot.keyClicks(dialog.reason, "Small satellite position")
    dialog.set_attachment(scan)
    assert dialog.confirmed.isChecked() and dialog.attachment_label.text() == "risk-warning.pdf"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [record] = _records(office)
    with office.session() as s:
        attachment = s.get(Attachment, record.confirmation_attachment_id)
        assert attachment is not None and attachment.client_id == client
        assert attachment.filename == "risk-warning.pdf"


def test_a_missing_file_records_nothing(qtbot, office: Office, client: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    products = _products(office, client, "C3")
    dialog = _dialog(qtbot, office, client, products[5])
    qtbot.keyClicks(dialog.reason, "Small satellite position")
    dialog.set_attachment(tmp_path / "gone.pdf")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "cannot be read" in dialog.error.text() and dialog.isVisible()
    assert _records(office) == []
    with office.session() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_c1_is_blocked_with_no_way_on(qtbot, office: Office, client: int) -> None:  # type: ignore[no-untyped-def]
    products = _products(office, client, "C1")
    dialog = _dialog(qtbot, office, client, products[2])
    assert dialog.current is not None and dialog.current.outcome == "blocked"
    assert "Blocked" in dialog.outcome.text()
    assert "may only take R1" in dialog.reasons.text()
    assert not dialog.ok_button.isEnabled() and not dialog.warning_box.isVisible()
    assert "cannot be recommended" in dialog.error.text()
    dialog.accept()  # even when forced
    assert dialog.isVisible() and _records(office) == []


def test_a_match_records_with_one_click_and_the_product_can_be_chosen(
    qtbot, office: Office, client: int
) -> None:  # type: ignore[no-untyped-def]
    products = _products(office, client, "C3")
    dialog = _dialog(qtbot, office, client, None)
    assert dialog.product.isEnabled() and dialog.product.count() == 5
    dialog.product.setCurrentIndex(dialog.product.findData(products[5]))
    assert dialog.current is not None and dialog.current.outcome == "warn"
    dialog.product.setCurrentIndex(dialog.product.findData(products[3]))
    assert dialog.current.outcome == "ok"
    assert not dialog.warning_box.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [record] = _records(office)
    assert (record.outcome, record.product_id, record.advisor_reason) == ("ok", products[3], None)

"""Entry-time duplicate check: before a new card is first saved, show the clients it most
likely duplicates (same ID number, phone, e-mail, or name and birth date) and let the
user go back to them or save anyway. It warns, it never blocks: only an explicit Cancel
stops the save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.cards import ClientCard
from app.duplicates import candidates_for
from db.office import Office
from ui.duplicates_view import reasons_text


def confirm_not_duplicate(parent: QWidget, office: Office, card: ClientCard) -> bool:
    """True to go on saving the new card."""
    if card.id is not None:
        return True
    try:
        with office.session() as s:
            found = candidates_for(s, card, limit=5)
    except Exception:  # the check is advice: a failure must not stop the save
        return True
    if not found:
        return True
    lines = "\n".join(f"• {c.name} (No. {c.client_id}): {reasons_text(c.reasons)}" for c in found)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DuplicateCheck", "Possible duplicate"),
        QCoreApplication.translate(
            "DuplicateCheck",
            "This new client may already be in the office:\n\n%1\n\nSave the new card anyway?",
        ).replace("%1", lines),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer != QMessageBox.StandardButton.Cancel

"""The card's correction history: who changed which field, from what to what.

Read-only, newest first: the history is append-only (triggers refuse edits), so the
dialog only shows it. Identity numbers arrive masked from the service.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clients import ClientService
from db.office import Office
from ui.widgets.consent_panel import format_instant

CTX = "ChangeHistoryDialog"

COLUMNS = (
    QT_TRANSLATE_NOOP("ChangeHistoryDialog", "When"),
    QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Who"),
    QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Field"),
    QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Before"),
    QT_TRANSLATE_NOOP("ChangeHistoryDialog", "After"),
)

FIELD_LABELS = {
    "(created)": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Card created"),
    "legal_name": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Legal name"),
    "chinese_name": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Chinese name"),
    "latin_name": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Pinyin / Latin name"),
    "preferred_name": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Gender"),
    "marital_status": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Marital status"),
    "nationality": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Nationality"),
    "occupation": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Occupation"),
    "employer": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Employer"),
    "industry": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Industry"),
    "education": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Education"),
    "language": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Language"),
    "wechat_id": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "WeChat ID"),
    "preferred_channel": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Preferred channel"),
    "contact_times": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Contact times"),
    "objective_short": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Short-term objectives"),
    "objective_long": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Long-term objectives"),
    "horizon_years": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Horizon (years)"),
    "liquidity_needs": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Liquidity needs"),
    "experience_years": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Experience (years)"),
    "experience_products": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Product experience"),
    "preferred_assets": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Preferred asset classes"),
    "excluded_assets": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Excluded asset classes"),
    "themes": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Themes"),
    "needs_notes": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Needs notes"),
    "status": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Status"),
    "owner": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Owner"),
    "source": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Source"),
    "referrer_id": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Referrer"),
    "client_since": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Client since"),
    "last_review": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Last review"),
    "next_review": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Next review"),
    "documents": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Identity documents"),
    "phones": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Phones"),
    "emails": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Emails"),
    "addresses": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Addresses"),
    "relatives": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Relatives"),
    "tags": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Tags"),
    "needs": QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Needs and interests"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def field_label(field: str) -> str:
    if field in FIELD_LABELS:
        return _tr(FIELD_LABELS[field])
    if field.startswith("custom."):
        return QCoreApplication.translate("ChangeHistoryDialog", "Custom field: %1").replace(
            "%1", field.removeprefix("custom.")
        )
    return field


class ChangeHistoryDialog(QDialog):
    def __init__(
        self, office: Office, client_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changeHistoryDialog")
        with office.session() as session:
            entries = ClientService(session).changes(client_id)
        self.setWindowTitle(
            QCoreApplication.translate("ChangeHistoryDialog", "Change history — %1").replace(
                "%1", title
            )
        )
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "ChangeHistoryDialog",
                "Every correction to this card, newest first. The history cannot be edited; "
                "identity numbers are shown masked.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(entries), len(COLUMNS))
        self.table.setObjectName("changeTable")
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, entry in enumerate(entries):
            values = (
                format_instant(entry.changed_at),
                entry.actor,
                field_label(entry.field),
                entry.before or "—",
                entry.after or "—",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        if not entries:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate("ChangeHistoryDialog", "No changes recorded yet.")
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("ChangeHistoryDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 480)

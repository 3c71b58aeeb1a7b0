"""Compare two cards and merge them, choosing field by field.

Only the fields where the cards differ are listed, each with the kept card's value and the
other card's, one of them chosen (the kept card's, unless it is empty). Below: what moves
to the kept card and what stays with the merged-away one (its append-only history). The
merge is one transaction (app/merge.py) and can be undone from the duplicates view.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.merge import MergeError, MergePreview, MergeService
from db.models import Client
from db.office import Office
from ui.app_messages import app_message
from ui.widgets.fields import add_dialog_footer

CTX = "MergeDialog"
FIELD_LABELS = {
    "legal_name": QT_TRANSLATE_NOOP("MergeDialog", "Legal name"),
    "chinese_name": QT_TRANSLATE_NOOP("MergeDialog", "Chinese name"),
    "latin_name": QT_TRANSLATE_NOOP("MergeDialog", "Latin name"),
    "preferred_name": QT_TRANSLATE_NOOP("MergeDialog", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("MergeDialog", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("MergeDialog", "Gender"),
    "marital_status": QT_TRANSLATE_NOOP("MergeDialog", "Marital status"),
    "nationality": QT_TRANSLATE_NOOP("MergeDialog", "Nationality"),
    "occupation": QT_TRANSLATE_NOOP("MergeDialog", "Occupation"),
    "employer": QT_TRANSLATE_NOOP("MergeDialog", "Employer"),
    "industry": QT_TRANSLATE_NOOP("MergeDialog", "Industry"),
    "education": QT_TRANSLATE_NOOP("MergeDialog", "Education"),
    "language": QT_TRANSLATE_NOOP("MergeDialog", "Language"),
    "wechat_id": QT_TRANSLATE_NOOP("MergeDialog", "WeChat ID"),
    "preferred_channel": QT_TRANSLATE_NOOP("MergeDialog", "Preferred channel"),
    "contact_times": QT_TRANSLATE_NOOP("MergeDialog", "Contact times"),
    "objective_short": QT_TRANSLATE_NOOP("MergeDialog", "Short-term objective"),
    "objective_long": QT_TRANSLATE_NOOP("MergeDialog", "Long-term objective"),
    "horizon_years": QT_TRANSLATE_NOOP("MergeDialog", "Horizon (years)"),
    "liquidity_needs": QT_TRANSLATE_NOOP("MergeDialog", "Liquidity needs"),
    "experience_years": QT_TRANSLATE_NOOP("MergeDialog", "Experience (years)"),
    "experience_products": QT_TRANSLATE_NOOP("MergeDialog", "Products known"),
    "preferred_assets": QT_TRANSLATE_NOOP("MergeDialog", "Preferred assets"),
    "excluded_assets": QT_TRANSLATE_NOOP("MergeDialog", "Excluded assets"),
    "themes": QT_TRANSLATE_NOOP("MergeDialog", "Themes"),
    "needs_notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
    "owner": QT_TRANSLATE_NOOP("MergeDialog", "Advisor"),
    "source": QT_TRANSLATE_NOOP("MergeDialog", "Source"),
    "referrer_id": QT_TRANSLATE_NOOP("MergeDialog", "Referred by"),
    "client_since": QT_TRANSLATE_NOOP("MergeDialog", "Client since"),
    "last_review": QT_TRANSLATE_NOOP("MergeDialog", "Last review"),
    "next_review": QT_TRANSLATE_NOOP("MergeDialog", "Next review"),
}

TABLE_LABELS = {
    "client": QT_TRANSLATE_NOOP("MergeDialog", "clients referred"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "phones"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "e-mails"),
    "identity_document": QT_TRANSLATE_NOOP("MergeDialog", "ID documents"),
    "address": QT_TRANSLATE_NOOP("MergeDialog", "addresses"),
    "relative": QT_TRANSLATE_NOOP("MergeDialog", "relatives"),
    "client_tag": QT_TRANSLATE_NOOP("MergeDialog", "tags"),
    "custom_value": QT_TRANSLATE_NOOP("MergeDialog", "custom fields"),
    "financial_snapshot": QT_TRANSLATE_NOOP("MergeDialog", "financial snapshots"),
    "household_member": QT_TRANSLATE_NOOP("MergeDialog", "households"),
    "client_link": QT_TRANSLATE_NOOP("MergeDialog", "relationships"),
    "interaction_client": QT_TRANSLATE_NOOP("MergeDialog", "timeline entries"),
    "interaction_participant": QT_TRANSLATE_NOOP("MergeDialog", "meetings attended"),
    "task": QT_TRANSLATE_NOOP("MergeDialog", "tasks"),
    "complaint": QT_TRANSLATE_NOOP("MergeDialog", "complaints"),
    "attachment": QT_TRANSLATE_NOOP("MergeDialog", "files"),
    "account": QT_TRANSLATE_NOOP("MergeDialog", "accounts"),
    "static_list_member": QT_TRANSLATE_NOOP("MergeDialog", "lists"),
    "client_share": QT_TRANSLATE_NOOP("MergeDialog", "shares with colleagues"),
    "client_value_score": QT_TRANSLATE_NOOP("MergeDialog", "value score"),
    "consent_record": QT_TRANSLATE_NOOP("MergeDialog", "consent records"),
    "client_change": QT_TRANSLATE_NOOP("MergeDialog", "corrections"),
    "access_event": QT_TRANSLATE_NOOP("MergeDialog", "access log"),
    "audit_entry": QT_TRANSLATE_NOOP("MergeDialog", "audit entries"),
    "risk_assessment": QT_TRANSLATE_NOOP("MergeDialog", "risk assessments"),
    "suitability_record": QT_TRANSLATE_NOOP("MergeDialog", "suitability records"),
    "professional_status": QT_TRANSLATE_NOOP("MergeDialog", "professional investor status"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _counts(by_table: dict[str, int]) -> list[str]:
    return [f"{tr(TABLE_LABELS.get(t, t))} {n}" for t, n in sorted(by_table.items())]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class MergeDialog(QDialog):
    def __init__(
        self,
        office: Office,
        kept_id: int,
        merged_id: int,
        actor: str = "advisor",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(QCoreApplication.translate("MergeDialog", "Merge two clients"))
        self.office = office
        self.actor = actor
        self.done_text = ""
        self.merge_id: int | None = None
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("mergeTitle")
        self.title.setWordWrap(True)
        swap = QPushButton(QCoreApplication.translate("MergeDialog", "Keep the other card"))
        swap.setObjectName("mergeSwap")
        swap.clicked.connect(self.swap)
        head.addWidget(self.title, 1)
        head.addWidget(swap)
        layout.addLayout(head)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mergeFields")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.moves = QLabel()
        self.moves.setObjectName("mergeMoves")
        self.moves.setWordWrap(True)
        layout.addWidget(self.moves)
        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "MergeDialog",
                "Timelines, tasks, households, holdings, contacts and documents move to the "
                "kept card. Consents and the correction history stay with the other card, "
                "which is kept as a former client. Undo is in the duplicates view.",
            ),
            QCoreApplication.translate("MergeDialog", "Merge"),
            QCoreApplication.translate("MergeDialog", "Cancel"),
        )
        self.load(kept_id, merged_id)
        self.resize(760, 520)

    def load(self, kept_id: int, merged_id: int) -> None:
        self.kept_id, self.merged_id = kept_id, merged_id
        try:
            with self.office.session() as s:
                preview = MergeService(s, self.actor).preview(kept_id, merged_id)
                kept, merged = s.get(Client, kept_id), s.get(Client, merged_id)
                assert kept is not None and merged is not None
                self.versions = (kept.version, merged.version)
                names = (
                    kept.chinese_name or kept.legal_name,
                    merged.chinese_name or merged.legal_name,
                )
        except MergeError as exc:
            self.error.show_message(app_message(str(exc)))
            self.ok_button.setEnabled(False)
            return
        self.preview = preview
        self.title.setText(
            QCoreApplication.translate(
                "MergeDialog", "Keep card %1 (%2) and merge card %3 (%4) into it."
            )
            .replace("%1", str(kept_id))
            .replace("%2", names[0])
            .replace("%3", str(merged_id))
            .replace("%4", names[1])
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MergeDialog", "Field"),
                QCoreApplication.translate("MergeDialog", "Card %1").replace("%1", str(kept_id)),
                QCoreApplication.translate("MergeDialog", "Card %1").replace("%1", str(merged_id)),
            ]
        )
        self._fill(preview)

    def _fill(self, preview: MergePreview) -> None:
        self.table.setRowCount(len(preview.fields))
        self.groups = {}
        for i, choice in enumerate(preview.fields):
            self.table.setItem(
                i, 0, QTableWidgetItem(tr(FIELD_LABELS.get(choice.field, choice.field)))
            )
            group = QButtonGroup(self)
            for column, side, value in ((1, "kept", choice.kept), (2, "merged", choice.merged)):
                radio = QRadioButton(
                    _text(value) or QCoreApplication.translate("MergeDialog", "(empty)")
                )
                radio.setObjectName(f"merge_{choice.field}_{side}")
                radio.setChecked(side == choice.default)
                group.addButton(radio)
                radio.setProperty("side", side)
                self.table.setCellWidget(i, column, radio)
            self.groups[choice.field] = group
        nothing = QCoreApplication.translate("MergeDialog", "nothing")
        moves = ", ".join(_counts(preview.moves)) or nothing
        stays = ", ".join(_counts(preview.stays)) or nothing
        self.moves.setText(
            QCoreApplication.translate(
                "MergeDialog", "Moves to the kept card: %1.\nStays with the other card: %2."
            )
            .replace("%1", moves)
            .replace("%2", stays)
        )

    def choices(self) -> dict[str, str]:
        return {
            name: group.checkedButton().property("side")
            for name, group in self.groups.items()
            if group.checkedButton() is not None
        }

    def swap(self) -> None:
        self.error.show_message("")
        self.ok_button.setEnabled(True)
        self.load(self.merged_id, self.kept_id)

    def accept(self) -> None:
        try:
            with self.office.transaction() as s:
                self.merge_id = MergeService(s, self.actor).merge(
                    self.kept_id, self.merged_id, self.choices(), versions=self.versions
                )
        except MergeError as exc:
            self.error.show_message(app_message(str(exc)))
            return
        self.done_text = (
            QCoreApplication.translate("MergeDialog", "Card %1 was merged into card %2.")
            .replace("%1", str(self.merged_id))
            .replace("%2", str(self.kept_id))
        )
        super().accept()

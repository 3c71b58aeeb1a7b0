"""Record a withdrawal: which granted purposes, when, through which channel and why.

PIPL asks that withdrawing be as easy as consenting, so this takes a tick, a channel and
OK. It applies at once: every list and check derives state from the history.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.consent import WITHDRAWAL_CHANNELS, ConsentService
from app.validation import ValidationError
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.dialogs.consent_record_dialog import app_message, local_to_utc
from ui.widgets.consent_panel import purpose_text
from ui.widgets.fields import CodeCombo, add_dialog_footer

log = logging.getLogger(__name__)


class ConsentWithdrawDialog(QDialog):
    def __init__(
        self,
        office: Office,
        client_id: int,
        actor: str,
        granted: list[tuple[str, str | None]],
        preselect: list[tuple[str, str | None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentWithdrawDialog")
        self.office = office
        self.client_id = client_id
        self.actor = actor
        self.record_ids: list[int] = []
        self.setWindowTitle(QCoreApplication.translate("ConsentWithdrawDialog", "Withdraw consent"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.purposes = QListWidget()
        self.purposes.setObjectName("purposes")
        chosen = set(preselect or [])
        if not chosen and len(granted) == 1:
            chosen = set(granted)
        for key in granted:
            item = QListWidgetItem(purpose_text(*key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.purposes.addItem(item)
        self.purposes.setFixedHeight(
            self.purposes.sizeHintForRow(0) * max(len(granted), 1) + 6 if granted else 40
        )
        self.purposes.itemChanged.connect(self._update_enabled)
        form.addRow(QCoreApplication.translate("ConsentWithdrawDialog", "Withdraw"), self.purposes)
        self.channel = CodeCombo(
            "withdrawal_channel", allow_empty=False, codes=list(WITHDRAWAL_CHANNELS)
        )
        self.channel.setObjectName("channel")
        form.addRow(QCoreApplication.translate("ConsentWithdrawDialog", "Channel"), self.channel)
        self.effective = QDateTimeEdit(QDateTime.currentDateTime())
        self.effective.setObjectName("effectiveAt")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat(f"{i18n.date_format()} HH:mm")
        form.addRow(
            QCoreApplication.translate("ConsentWithdrawDialog", "Effective"), self.effective
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("ConsentWithdrawDialog", "Optional, in the client's words")
        )
        form.addRow(QCoreApplication.translate("ConsentWithdrawDialog", "Reason"), self.reason)
        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "ConsentWithdrawDialog",
                "The withdrawal applies at once: marketing lists and checks leave the client "
                "out from now on. The earlier consent stays in the history.",
            ),
            QCoreApplication.translate("ConsentWithdrawDialog", "Record withdrawal"),
            QCoreApplication.translate("ConsentWithdrawDialog", "Cancel"),
        )
        self._update_enabled()
        self.resize(520, self.sizeHint().height())

    def checked(self) -> list[tuple[str, str | None]]:
        out = []
        for i in range(self.purposes.count()):
            item = self.purposes.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(tuple(item.data(Qt.ItemDataRole.UserRole)))
        return out  # type: ignore[return-value]

    def _update_enabled(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.checked()))

    def accept(self) -> None:
        keys = self.checked()
        if not keys:
            self.error.show_message(
                QCoreApplication.translate("ConsentWithdrawDialog", "Tick at least one purpose.")
            )
            return
        effective = local_to_utc(self.effective.dateTime())
        ids: list[int] = []
        try:
            with self.office.transaction() as session:
                service = ConsentService(session, self.actor)
                for purpose, third_party in keys:
                    ids.append(
                        service.withdraw(
                            self.client_id,
                            purpose,
                            channel=self.channel.value() or "in_person",
                            reason=self.reason.text(),
                            effective_at=effective,
                            third_party=third_party,
                        )
                    )
        except ValidationError as exc:
            self.error.show_message("\n".join(app_message(e.message) for e in exc.errors))
            return
        except (LookupError, OfficeError) as exc:
            self.error.show_message(app_message(str(exc)))
            return
        except Exception as exc:
            log.exception("recording withdrawal failed: %s", type(exc).__name__)
            self.error.show_message(
                QCoreApplication.translate(
                    "ConsentWithdrawDialog", "Nothing was recorded (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return
        self.record_ids = ids
        super().accept()

"""The suitability check before a recommendation or purchase is recorded.

Shows the client's level against the product's rating and the outcome of the matching rule
(app/suitability.py). A match is recorded with one click. A mismatch (or an expired or
missing assessment) is a warning: to go on the advisor writes the reason and records the
client's acknowledgement of the special risk warning (a tick, and optionally the signed
warning as a file). A C1 client and a product above R1 is blocked: the dialog says why and
offers no way to proceed.

The portfolio's purchase and recommendation flows call it with a product; the card's
"Record recommendation…" lets the advisor choose the product here. `exec()` returns
Accepted only once the record (and its timeline entry) is committed; `recorded` holds it.
"""

from __future__ import annotations

import datetime as dt
import logging
from html import escape as _escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.attachments import AttachmentError, AttachmentService
from app.suitability import (
    BLOCKED,
    OK,
    WARN,
    SuitabilityCheck,
    SuitabilityError,
    SuitabilityResult,
    SuitabilityService,
    check,
)
from db.errors import OfficeError
from db.models_portfolio import Product
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.widgets.fields import add_dialog_footer

log = logging.getLogger(__name__)
CTX = "SuitabilityDialog"

# The reasons app/suitability.py stores, as the advisor reads them (shared with the card).
REASONS = {
    "no_assessment": QT_TRANSLATE_NOOP(
        "SuitabilityDialog", "The client has no risk assessment; assess the client first."
    ),
    "expired": QT_TRANSLATE_NOOP(
        "SuitabilityDialog", "The client's risk assessment has expired; reassess the client."
    ),
    "above_level": QT_TRANSLATE_NOOP(
        "SuitabilityDialog", "The product's risk rating is above the client's risk level."
    ),
    "c1_only_r1": QT_TRANSLATE_NOOP(
        "SuitabilityDialog", "A C1 client (the most conservative) may only take R1 products."
    ),
    "professional": QT_TRANSLATE_NOOP(
        "SuitabilityDialog", "Professional investor: may take products of every risk rating."
    ),
}
OUTCOMES = {
    OK: (QT_TRANSLATE_NOOP("SuitabilityDialog", "Suitable"), "#e3f4e6", "#1b5e20"),
    WARN: (
        QT_TRANSLATE_NOOP("SuitabilityDialog", "Warning: not within the client's risk level"),
        "#fff3cd",
        "#664d03",
    ),
    BLOCKED: (QT_TRANSLATE_NOOP("SuitabilityDialog", "Blocked"), "#fbe4e6", "#8b1a1a"),
}
ACTIONS = {
    "recommendation": QT_TRANSLATE_NOOP("SuitabilityDialog", "Record recommendation"),
    "purchase": QT_TRANSLATE_NOOP("SuitabilityDialog", "Record purchase"),
}


def escape(text: str) -> str:
    return _escape(text, quote=False)


def reason_text(code: str) -> str:
    source = REASONS.get(code)
    return QCoreApplication.translate(CTX, source) if source else code


class SuitabilityDialog(QDialog):
    """Check one product (or let the advisor choose one) for one client, then record."""

    def __init__(
        self,
        office: Office,
        client_id: int,
        client_name: str,
        action: str = "recommendation",
        product_id: int | None = None,
        actor: str = "advisor",
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suitabilityDialog")
        self.office = office
        self.client_id = client_id
        self.action = action
        self.actor = actor
        self.today = today or dt.date.today()
        self.recorded: SuitabilityResult | None = None
        self.current: SuitabilityCheck | None = None
        self.attachment_path: Path | None = None
        self.setWindowTitle(QCoreApplication.translate(CTX, ACTIONS.get(action, action)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        name = QLabel(client_name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(QCoreApplication.translate("SuitabilityDialog", "Client"), name)

        self.product = QComboBox()
        self.product.setObjectName("product")
        with office.session() as s:
            query = select(Product.id, Product.code, Product.name, Product.risk_rating)
            if product_id is None:
                query = query.where(Product.active.is_(True))
            else:
                query = query.where(Product.id == product_id)
            for pid, code, name, rating in s.execute(query.order_by(Product.code)):
                self.product.addItem(f"{code} — {name} (R{rating})", pid)
        self.product.setEnabled(product_id is None)
        self.product.currentIndexChanged.connect(self._recheck)
        form.addRow(QCoreApplication.translate("SuitabilityDialog", "Product"), self.product)

        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)

        self.warning_box = QWidget()
        warning = QVBoxLayout(self.warning_box)
        warning.setContentsMargins(0, 0, 0, 0)
        self.warning_text = QLabel()
        self.warning_text.setObjectName("specialRiskWarning")
        self.warning_text.setWordWrap(True)
        self.warning_text.setStyleSheet(
            "border: 1px solid #c9a227; padding: 6px; background: #fffbea;"
        )
        warning.addWidget(self.warning_text)
        warning.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "SuitabilityDialog", "Why go on despite the warning (kept with the record):"
                )
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        warning.addWidget(self.reason)
        self.confirmed = QCheckBox(
            QCoreApplication.translate(
                "SuitabilityDialog",
                "The client has read the special risk warning and confirmed in writing that "
                "they want to go on.",
            )
        )
        self.confirmed.setObjectName("confirmed")
        warning.addWidget(self.confirmed)
        files = QHBoxLayout()
        self.attach_button = QPushButton(
            QCoreApplication.translate("SuitabilityDialog", "Attach the signed warning…")
        )
        self.attach_button.setObjectName("attachWarning")
        self.attach_button.clicked.connect(self._choose_file)
        self.attachment_label = QLabel()
        self.attachment_label.setStyleSheet("color: #555;")
        files.addWidget(self.attach_button)
        files.addWidget(self.attachment_label, 1)
        warning.addLayout(files)
        layout.addWidget(self.warning_box)

        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "SuitabilityDialog",
                "The check, any warning and the client's acknowledgement are kept for the "
                "retention period and appear on the client's timeline.",
            ),
            QCoreApplication.translate(CTX, ACTIONS.get(action, action)),
            QCoreApplication.translate("SuitabilityDialog", "Cancel"),
        )
        self.ok_button.setObjectName("recordButton")
        self._recheck()
        self.resize(560, self.sizeHint().height())

    # ---- the check -----------------------------------------------------------------------
    def product_id(self) -> int | None:
        value = self.product.currentData()
        return int(value) if value is not None else None

    def _recheck(self, *_args: object) -> None:
        self.error.show_message("")
        pid = self.product_id()
        if pid is None:
            self.current = None
            self.outcome.setText(
                QCoreApplication.translate("SuitabilityDialog", "The product catalogue is empty.")
            )
            self.reasons.setText("")
            self.warning_box.hide()
            self.ok_button.setEnabled(False)
            return
        with self.office.session() as s:
            self.current = check(s, self.client_id, pid, self.today)
        result = self.current
        title, background, foreground = OUTCOMES[result.outcome]
        level = result.client_level or QCoreApplication.translate(
            "SuitabilityDialog", "not assessed"
        )
        if result.expires_on is not None and result.client_level is not None:
            key = (
                QT_TRANSLATE_NOOP("SuitabilityDialog", "%1, expired on %2")
                if result.expires_on <= self.today
                else QT_TRANSLATE_NOOP("SuitabilityDialog", "%1, valid until %2")
            )
            day = (
                result.expires_on
                if result.expires_on <= self.today
                else (result.expires_on - dt.timedelta(days=1))
            )
            level = (
                QCoreApplication.translate(CTX, key)
                .replace("%1", result.client_level)
                .replace("%2", i18n.format_date(day))
            )
        if result.professional:
            level += " · " + QCoreApplication.translate(
                "SuitabilityDialog", "professional investor"
            )
        self.outcome.setStyleSheet(
            f"background: {background}; color: {foreground}; padding: 8px; border-radius: 4px;"
        )
        self.outcome.setText(
            f"<b>{escape(QCoreApplication.translate(CTX, title))}</b><br>"
            + escape(
                QCoreApplication.translate(
                    "SuitabilityDialog", "Client's risk level: %1 · Product rating: %2"
                )
                .replace("%1", level)
                .replace("%2", result.product_label)
            )
        )
        self.reasons.setText("<br>".join(f"• {escape(reason_text(r))}" for r in result.reasons))
        self.reasons.setVisible(bool(result.reasons))
        self.warning_box.setVisible(result.outcome == WARN)
        self.warning_text.setText(
            QCoreApplication.translate(
                "SuitabilityDialog",
                "Special risk warning: %1 carries more risk than the client's assessed "
                "tolerance (%2). The client may lose more than they can bear. Read this "
                "warning to the client; they confirm it in writing before you go on.",
            )
            .replace("%1", result.product_label)
            .replace("%2", level)
        )
        self.ok_button.setEnabled(result.outcome != BLOCKED and not self.office.read_only)
        if result.outcome == BLOCKED:
            self.error.show_message(
                QCoreApplication.translate(
                    "SuitabilityDialog",
                    "This product cannot be recommended to or bought for this client. Choose "
                    "an R1 product, or reassess the client if their situation has changed.",
                )
            )
        self.adjustSize()

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SuitabilityDialog", "Signed risk warning"),
            str(Path.home()),
            QCoreApplication.translate(
                "SuitabilityDialog", "Scans and PDFs (*.pdf *.png *.jpg *.jpeg);;All files (*)"
            ),
        )
        if path:
            self.set_attachment(Path(path))

    def set_attachment(self, path: Path | None) -> None:
        self.attachment_path = path
        self.attachment_label.setText(path.name if path else "")
        if path is not None:
            self.confirmed.setChecked(True)

    # ---- recording -----------------------------------------------------------------------
    def accept(self) -> None:
        result, pid = self.current, self.product_id()
        if result is None or pid is None or result.outcome == BLOCKED:
            return
        reason = self.reason.toPlainText().strip()
        if result.outcome == WARN:
            if not reason:
                self.error.show_message(
                    QCoreApplication.translate(
                        "SuitabilityDialog", "Write the reason for going on despite the warning."
                    )
                )
                self.reason.setFocus()
                return
            if not self.confirmed.isChecked():
                self.error.show_message(
                    QCoreApplication.translate(
                        "SuitabilityDialog",
                        "Tick that the client has confirmed the special risk warning, or "
                        "attach the signed warning.",
                    )
                )
                return
        try:
            with self.office.transaction() as s:
                attachment_id = None
                if self.attachment_path is not None and result.outcome == WARN:
                    attachment_id = (
                        AttachmentService(s, self.actor)
                        .add_file(self.client_id, self.attachment_path)
                        .id
                    )
                self.recorded = SuitabilityService(s, self.actor).record(
                    self.client_id,
                    pid,
                    self.action,
                    reason if result.outcome == WARN else None,
                    today=self.today,
                    confirmation_attachment_id=attachment_id,
                    confirmed=result.outcome == WARN and self.confirmed.isChecked(),
                )
        except (SuitabilityError, AttachmentError, LookupError, OfficeError) as exc:
            self.recorded = None
            self.error.show_message(app_message(str(exc)))
            self._recheck_keep_error()
            return
        except Exception as exc:
            self.recorded = None
            log.exception("recording suitability failed: %s", type(exc).__name__)
            self.error.show_message(
                QCoreApplication.translate(
                    "SuitabilityDialog", "Nothing was recorded (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return
        super().accept()

    def _recheck_keep_error(self) -> None:
        """The check may have changed meanwhile (another window assessed the client)."""
        text = self.error.text()
        self._recheck()
        if text and not self.error.text():
            self.error.show_message(text)

"""Professional-investor status: the figures it rests on, the evidence, and the outcome the
office's thresholds give (app/risk_assessment.py), shown as they are typed.

Figures in RMB (the thresholds of the rules are in RMB): financial assets, the average
annual income over the last three years, years of investment experience. Qualifying needs
the evidence attached; figures below the thresholds record an ordinary investor (which
also ends an earlier professional status). One transaction: the evidence and the
determination are stored together.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentError, AttachmentService
from app.risk_assessment import (
    PROFESSIONAL_CURRENCY,
    AssessmentService,
    ProfessionalInfo,
    RiskError,
    professional_basis,
    professional_thresholds,
)
from app.validation import parse_money
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.widgets.fields import add_dialog_footer

log = logging.getLogger(__name__)


class ProfessionalStatusDialog(QDialog):
    def __init__(
        self,
        office: Office,
        client_id: int,
        client_name: str,
        actor: str = "advisor",
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("professionalStatusDialog")
        self.office = office
        self.client_id = client_id
        self.actor = actor
        self.today = today or dt.date.today()
        self.recorded: ProfessionalInfo | None = None
        self.evidence_path: Path | None = None
        with office.session() as s:
            self.thresholds = professional_thresholds(s)
        self.setWindowTitle(
            QCoreApplication.translate(
                "ProfessionalStatusDialog", "Professional-investor status — %1"
            ).replace("%1", client_name)
        )
        layout = QVBoxLayout(self)
        rules = QLabel(
            QCoreApplication.translate(
                "ProfessionalStatusDialog",
                "A professional investor has financial assets of at least %1, or an average "
                "annual income of at least %2 over the last three years, and at least %3 "
                "year(s) of investment experience.",
            )
            .replace("%1", i18n.format_money(self.thresholds[0], PROFESSIONAL_CURRENCY))
            .replace("%2", i18n.format_money(self.thresholds[1], PROFESSIONAL_CURRENCY))
            .replace("%3", str(self.thresholds[2]))
        )
        rules.setWordWrap(True)
        layout.addWidget(rules)
        form = QFormLayout()
        layout.addLayout(form)
        self.decided = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.decided.setObjectName("decidedOn")
        self.decided.setCalendarPopup(True)
        self.decided.setDisplayFormat(i18n.date_format())
        self.decided.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        form.addRow(
            QCoreApplication.translate("ProfessionalStatusDialog", "Decided on"), self.decided
        )
        self.assets = QLineEdit()
        self.assets.setObjectName("financialAssets")
        self.income = QLineEdit()
        self.income.setObjectName("averageIncome")
        for edit in (self.assets, self.income):
            edit.setPlaceholderText(
                QCoreApplication.translate(
                    "ProfessionalStatusDialog", "RMB, e.g. 3,500,000 or 350万"
                )
            )
            edit.textChanged.connect(self._update)
        form.addRow(
            QCoreApplication.translate("ProfessionalStatusDialog", "Financial assets"), self.assets
        )
        form.addRow(
            QCoreApplication.translate("ProfessionalStatusDialog", "Average income (3 years)"),
            self.income,
        )
        self.experience = QSpinBox()
        self.experience.setObjectName("experienceYears")
        self.experience.setRange(0, 80)
        self.experience.valueChanged.connect(self._update)
        form.addRow(
            QCoreApplication.translate("ProfessionalStatusDialog", "Years of experience"),
            self.experience,
        )
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form.addRow(QCoreApplication.translate("ProfessionalStatusDialog", "Note"), self.note)
        files = QHBoxLayout()
        self.attach_button = QPushButton(
            QCoreApplication.translate("ProfessionalStatusDialog", "Attach the evidence…")
        )
        self.attach_button.setObjectName("attachEvidence")
        self.attach_button.clicked.connect(self._choose_file)
        self.evidence_label = QLabel()
        self.evidence_label.setStyleSheet("color: #555;")
        files.addWidget(self.attach_button)
        files.addWidget(self.evidence_label, 1)
        form.addRow("", files)
        self.outcome = QLabel()
        self.outcome.setObjectName("professionalOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("padding: 6px; background: #eef3fb; border-radius: 4px;")
        layout.addWidget(self.outcome)
        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "ProfessionalStatusDialog",
                "Determinations are kept as a history; a later one replaces this one.",
            ),
            QCoreApplication.translate("ProfessionalStatusDialog", "Record"),
            QCoreApplication.translate("ProfessionalStatusDialog", "Cancel"),
        )
        self.ok_button.setObjectName("recordProfessional")
        self.ok_button.setEnabled(not office.read_only)
        self._update()
        self.resize(540, self.sizeHint().height())

    def _amount(self, edit: QLineEdit) -> int | None:
        """The amount typed (None when empty); ValueError with the reason when not a sum."""
        text = edit.text().strip()
        return parse_money(text, PROFESSIONAL_CURRENCY) if text else None

    def _update(self, *_args: object) -> None:
        try:
            assets, income = self._amount(self.assets), self._amount(self.income)
        except ValueError:
            self.outcome.setText(
                QCoreApplication.translate(
                    "ProfessionalStatusDialog", "Enter the amounts as numbers, e.g. 3,500,000."
                )
            )
            return
        basis = professional_basis(self.thresholds, assets, income, self.experience.value())
        if basis == "assets":
            key = QT_TRANSLATE_NOOP(
                "ProfessionalStatusDialog",
                "Qualifies as a professional investor on financial assets.",
            )
        elif basis == "income":
            key = QT_TRANSLATE_NOOP(
                "ProfessionalStatusDialog", "Qualifies as a professional investor on income."
            )
        else:
            key = QT_TRANSLATE_NOOP(
                "ProfessionalStatusDialog",
                "Does not qualify: the client will be an ordinary investor.",
            )
        self.outcome.setText(QCoreApplication.translate("ProfessionalStatusDialog", key))

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ProfessionalStatusDialog", "Evidence"),
            str(Path.home()),
            QCoreApplication.translate(
                "ProfessionalStatusDialog",
                "Scans and PDFs (*.pdf *.png *.jpg *.jpeg);;All files (*)",
            ),
        )
        if path:
            self.set_evidence(Path(path))

    def set_evidence(self, path: Path | None) -> None:
        self.evidence_path = path
        self.evidence_label.setText(path.name if path else "")

    def accept(self) -> None:
        try:
            assets, income = self._amount(self.assets), self._amount(self.income)
        except ValueError as exc:
            self.error.show_message(app_message(str(exc)))
            return
        try:
            with self.office.transaction() as s:
                evidence_id = None
                if self.evidence_path is not None:
                    evidence_id = (
                        AttachmentService(s, self.actor)
                        .add_file(self.client_id, self.evidence_path)
                        .id
                    )
                self.recorded = AssessmentService(s, self.actor).record_professional(
                    self.client_id,
                    self.decided.date().toPython(),
                    today=self.today,
                    financial_assets_minor=assets,
                    average_income_minor=income,
                    experience_years=self.experience.value(),
                    evidence_attachment_id=evidence_id,
                    note=self.note.text(),
                )
        except RiskError as exc:
            self.recorded = None
            if "Attach the evidence" in str(exc):
                self.error.show_message(
                    QCoreApplication.translate(
                        "ProfessionalStatusDialog",
                        "Attach the evidence (asset certificates, bank statements or tax "
                        "records) before classing the client as a professional investor.",
                    )
                )
            else:
                self.error.show_message(app_message(str(exc)))
            return
        except (AttachmentError, LookupError, OfficeError) as exc:
            self.recorded = None
            self.error.show_message(app_message(str(exc)))
            return
        except Exception as exc:
            self.recorded = None
            log.exception("recording the determination failed: %s", type(exc).__name__)
            self.error.show_message(
                QCoreApplication.translate(
                    "ProfessionalStatusDialog", "Nothing was recorded (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return
        super().accept()

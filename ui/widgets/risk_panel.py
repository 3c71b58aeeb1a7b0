"""The card's "Risk profile" section: the current level and its expiry, professional status,
the trend of past assessments, the latest suitability records, and the acts an advisor
needs (a new assessment, recording a recommendation).

Everything shown is read from app/risk_assessment.py and app/suitability.py when a client
is loaded; the dialogs write, each in its own transaction, and the panel reloads.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentErased, AttachmentIntegrityError, AttachmentService
from app.chart_series import risk_level_history
from app.risk_assessment import (
    AssessmentInfo,
    AssessmentService,
    ProfessionalInfo,
    RiskStatus,
    current_risk,
)
from app.risk_questionnaire import QuestionnaireService
from app.suitability import RecordRow, for_client
from db.office import Office
from ui import i18n
from ui.attachment_opener import OpenedFiles
from ui.charts.chart_widget import ChartWidget
from ui.dialogs.suitability_dialog import reason_text
from ui.widgets.tables import read_only_table

CTX = "RiskPanel"

# background, text per level: cool for cautious, warm for adventurous
LEVEL_COLOURS = {
    "C1": ("#e3f0fb", "#0b4f8a"),
    "C2": ("#e3f4f1", "#0d6655"),
    "C3": ("#eef6e0", "#3f6212"),
    "C4": ("#fff3cd", "#7a4d00"),
    "C5": ("#fde4d8", "#8a2c0d"),
}
HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("RiskPanel", "Assessed"),
    QT_TRANSLATE_NOOP("RiskPanel", "Level"),
    QT_TRANSLATE_NOOP("RiskPanel", "Score"),
    QT_TRANSLATE_NOOP("RiskPanel", "Caps"),
    QT_TRANSLATE_NOOP("RiskPanel", "Valid until"),
    QT_TRANSLATE_NOOP("RiskPanel", "By"),
    QT_TRANSLATE_NOOP("RiskPanel", "Client's confirmation"),
)
RECORD_COLUMNS = (
    QT_TRANSLATE_NOOP("RiskPanel", "Date"),
    QT_TRANSLATE_NOOP("RiskPanel", "Product"),
    QT_TRANSLATE_NOOP("RiskPanel", "Check"),
    QT_TRANSLATE_NOOP("RiskPanel", "Reason given"),
)
ACTION_LABELS = {
    "recommendation": QT_TRANSLATE_NOOP("RiskPanel", "Recommendation"),
    "purchase": QT_TRANSLATE_NOOP("RiskPanel", "Purchase"),
}
OUTCOME_LABELS = {
    "ok": QT_TRANSLATE_NOOP("RiskPanel", "Suitable"),
    "warn": QT_TRANSLATE_NOOP("RiskPanel", "Mismatch, acknowledged"),
}
BASIS_LABELS = {
    "assets": QT_TRANSLATE_NOOP("RiskPanel", "financial assets"),
    "income": QT_TRANSLATE_NOOP("RiskPanel", "income"),
}


def _table(columns: int, name: str) -> QTableWidget:
    table = read_only_table(name, [""] * columns)  # headers: retranslate()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class RiskPanel(QWidget):
    """Shows one client's risk profile; `load(client_id, name)` refills it."""

    changed = Signal(int)  # an assessment or a suitability record was added for this client
    message = Signal(str)

    def __init__(self, office: Office, actor: str = "advisor", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("riskPanel")
        self.office = office
        self.actor = actor
        self.client_id: int | None = None
        self.client_name = ""
        self.today = dt.date.today()
        self.status: RiskStatus | None = None
        self.history: list[AssessmentInfo] = []
        self.professional: list[ProfessionalInfo] = []
        self.records: list[RecordRow] = []
        self._cap_texts: dict[int, dict[str, dict[str, str]]] = {}
        self.opened = OpenedFiles()
        self.destroyed.connect(self.opened.cleanup)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.level_badge = QLabel()
        self.level_badge.setObjectName("riskLevel")
        self.level_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level_badge.setMinimumWidth(self.fontMetrics().horizontalAdvance("C5") * 3)
        font = self.level_badge.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.level_badge.setFont(font)
        top.addWidget(self.level_badge)
        lines = QVBoxLayout()
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("riskExpiry")
        self.expiry_label.setWordWrap(True)
        self.professional_label = QLabel()
        self.professional_label.setObjectName("riskProfessional")
        self.professional_label.setWordWrap(True)
        self.trend_label = QLabel()
        self.trend_label.setObjectName("riskTrend")
        self.trend_label.setWordWrap(True)
        for label in (self.expiry_label, self.professional_label, self.trend_label):
            lines.addWidget(label)
        top.addLayout(lines, 1)
        layout.addLayout(top)
        # the trend as a step chart (the card's Charts section draws the same series)
        self.trend_chart = ChartWidget()
        self.trend_chart.setObjectName("riskTrendChart")
        self.trend_chart.setFixedHeight(250)
        self.trend_chart.hide()
        layout.addWidget(self.trend_chart)

        bar = QHBoxLayout()
        self.assess_button = QPushButton()
        self.assess_button.setObjectName("newAssessment")
        self.assess_button.clicked.connect(self.new_assessment)
        self.recommend_button = QPushButton()
        self.recommend_button.setObjectName("recordRecommendation")
        self.recommend_button.clicked.connect(self.record_recommendation)
        self.professional_button = QPushButton()
        self.professional_button.setObjectName("professionalStatus")
        self.professional_button.clicked.connect(self.professional_status)
        bar.addWidget(self.assess_button)
        bar.addWidget(self.recommend_button)
        bar.addWidget(self.professional_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.history_title = QLabel()
        self.history_title.setStyleSheet("font-weight: bold; margin-top: 6px;")
        layout.addWidget(self.history_title)
        self.history_table = _table(len(HISTORY_COLUMNS), "riskHistory")
        self.history_table.itemDoubleClicked.connect(lambda item: self.open_form(item.row()))
        self.history_table.setToolTip(
            QCoreApplication.translate(
                "RiskPanel", "Double-click an assessment to open its signed form"
            )
        )
        layout.addWidget(self.history_table, 1)
        self.records_title = QLabel()
        self.records_title.setStyleSheet("font-weight: bold; margin-top: 6px;")
        layout.addWidget(self.records_title)
        self.records_table = _table(len(RECORD_COLUMNS), "suitabilityRecords")
        self.records_table.setWordWrap(True)
        records_header = self.records_table.horizontalHeader()
        records_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        records_header.setStretchLastSection(False)
        layout.addWidget(self.records_table, 1)
        self.retranslate()

    # ---- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.assess_button.setText(QCoreApplication.translate("RiskPanel", "New assessment…"))
        self.recommend_button.setText(
            QCoreApplication.translate("RiskPanel", "Record recommendation…")
        )
        self.professional_button.setText(
            QCoreApplication.translate("RiskPanel", "Professional status…")
        )
        self.recommend_button.setToolTip(
            QCoreApplication.translate(
                "RiskPanel",
                "Check a product against the client's risk level and record the "
                "recommendation (with the special risk warning when it does not match)",
            )
        )
        self.history_title.setText(QCoreApplication.translate("RiskPanel", "Assessments"))
        self.records_title.setText(QCoreApplication.translate("RiskPanel", "Suitability records"))
        self.history_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RiskPanel", c) for c in HISTORY_COLUMNS]
        )
        self.records_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RiskPanel", c) for c in RECORD_COLUMNS]
        )
        self._fill()

    # ---- data ----------------------------------------------------------------------------
    def load(self, client_id: int | None, name: str = "", today: dt.date | None = None) -> None:
        """Show `client_id`'s risk profile (None: a new client, not saved yet)."""
        if client_id != self.client_id:
            self.opened.cleanup()  # files opened for the previous client
        self.client_id = client_id
        self.client_name = name
        self.today = today or dt.date.today()
        self.status, self.history, self.professional, self.records = None, [], [], []
        trend = None
        if client_id is not None:
            with self.office.session() as s:
                self.status = current_risk(s, client_id, self.today)
                service = AssessmentService(s, self.actor)
                self.history = service.history(client_id)
                self.professional = service.professional_history(client_id)
                self.records = for_client(s, client_id, limit=20)
                trend = risk_level_history(s, client_id) if len(self.history) > 1 else None
                wanted = {a.questionnaire_id for a in self.history} - set(self._cap_texts)
                questionnaires = QuestionnaireService(s)
                for qid in wanted:
                    caps = questionnaires.get(qid).definition.get("caps", [])
                    self._cap_texts[qid] = {c["id"]: c["text"] for c in caps}
        self.trend_chart.set_chart(trend)
        self.trend_chart.setVisible(trend is not None)
        self._fill()

    def reload(self) -> None:
        self.load(self.client_id, self.client_name, self.today)

    def _fill(self) -> None:
        status = self.status
        writable = self.client_id is not None and not self.office.read_only
        self.assess_button.setEnabled(writable)
        self.recommend_button.setEnabled(writable)
        self.professional_button.setEnabled(writable)
        if self.client_id is None or status is None:
            self._badge("—", ("#f1f1f1", "#555555"))
            self.expiry_label.setText(
                QCoreApplication.translate(
                    "RiskPanel", "Save the new client before assessing their risk tolerance."
                )
            )
            self.professional_label.setText("")
            self.trend_label.setText("")
        else:
            self._fill_status(status)
        self._fill_history()
        self._fill_records()

    def _badge(self, text: str, colours: tuple[str, str]) -> None:
        background, foreground = colours
        self.level_badge.setText(text)
        self.level_badge.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 6px; padding: 6px;"
        )

    def _fill_status(self, status: RiskStatus) -> None:
        if status.level is None:
            self._badge("—", ("#f1f1f1", "#555555"))
            self.expiry_label.setText(
                QCoreApplication.translate(
                    "RiskPanel", "Not assessed yet: recommendations will carry a warning."
                )
            )
        elif status.expired:
            self._badge(status.level, ("#f1f1f1", "#8b1a1a"))
            assert status.expires_on is not None
            self.expiry_label.setText(
                "<span style='color:#8b1a1a'><b>"
                + escape(
                    QCoreApplication.translate(
                        "RiskPanel", "Expired on %1: reassess the client."
                    ).replace("%1", i18n.format_date(status.expires_on)),
                    quote=False,
                )
                + "</b></span>"
            )
        else:
            assert status.assessed_on is not None and status.expires_on is not None
            self._badge(status.level, LEVEL_COLOURS.get(status.level, ("#ffffff", "#000000")))
            last_day = status.expires_on - dt.timedelta(days=1)
            days = (status.expires_on - self.today).days
            text = (
                QCoreApplication.translate(
                    "RiskPanel", "Assessed on %1, valid until %2 (%3 days left)."
                )
                .replace("%1", i18n.format_date(status.assessed_on))
                .replace("%2", i18n.format_date(last_day))
                .replace("%3", str(days))
            )
            self.expiry_label.setText(escape(text, quote=False))
        latest = self.professional[0] if self.professional else None
        if latest is not None and latest.professional:
            basis = BASIS_LABELS.get(latest.basis or "", "")
            self.professional_label.setText(
                QCoreApplication.translate(
                    "RiskPanel", "Professional investor since %1 (on %2): may take every rating."
                )
                .replace("%1", i18n.format_date(latest.decided_on))
                .replace("%2", QCoreApplication.translate("RiskPanel", basis) if basis else "—")
            )
        else:
            self.professional_label.setText(
                QCoreApplication.translate("RiskPanel", "Ordinary investor.")
            )
        if len(self.history) > 1:
            steps = [a.level for a in reversed(self.history)][-6:]
            self.trend_label.setText(
                QCoreApplication.translate("RiskPanel", "Trend: %1").replace(
                    "%1", " → ".join(steps)
                )
            )
        else:
            self.trend_label.setText("")

    def _fill_history(self) -> None:
        chinese = i18n.is_chinese()
        self.history_table.setRowCount(len(self.history))
        for row, a in enumerate(self.history):
            texts = self._cap_texts.get(a.questionnaire_id, {})
            caps = "; ".join(
                (texts[c].get("zh" if chinese else "en") or texts[c].get("en") or c)
                if c in texts
                else c
                for c in a.caps
            )
            cells = (
                i18n.format_date(a.assessed_on),
                a.level,
                str(a.score),
                caps,
                i18n.format_date(a.expires_on - dt.timedelta(days=1)),
                a.advisor,
                QCoreApplication.translate("RiskPanel", "Signed form (double-click)")
                if a.confirmation_attachment_id is not None
                else QCoreApplication.translate("RiskPanel", "Confirmed"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    background, foreground = LEVEL_COLOURS.get(a.level, ("#ffffff", "#000000"))
                    item.setBackground(QBrush(QColor(background)))
                    item.setForeground(QBrush(QColor(foreground)))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 4 and a.expires_on <= self.today:
                    item.setForeground(QBrush(QColor("#8b1a1a")))
                self.history_table.setItem(row, column, item)

    def _fill_records(self) -> None:
        self.records_table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            action = QCoreApplication.translate("RiskPanel", ACTION_LABELS.get(r.action, r.action))
            outcome = QCoreApplication.translate(
                "RiskPanel", OUTCOME_LABELS.get(r.outcome, r.outcome)
            )
            level = r.client_level or "—"
            cells = (
                i18n.format_date(r.checked_on),
                f"{r.product_code} — {r.product_name}",
                f"{action} · {level}/R{r.product_rating} · {outcome}",
                r.advisor_reason or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip("\n".join(reason_text(code) for code in r.reasons))
                    if r.outcome == "warn":
                        item.setForeground(QBrush(QColor("#7a4d00")))
                self.records_table.setItem(row, column, item)
        self.records_table.resizeRowsToContents()

    # ---- actions -------------------------------------------------------------------------
    def new_assessment(self) -> None:
        from ui.dialogs.risk_assessment_dialog import RiskAssessmentDialog

        if self.client_id is None or self.office.read_only:
            return
        dialog = RiskAssessmentDialog(
            self.office, self.client_id, self.client_name, self.actor, self.today, self
        )
        if dialog.exec() != RiskAssessmentDialog.DialogCode.Accepted or dialog.recorded is None:
            return
        self.reload()
        self.message.emit(
            QCoreApplication.translate("RiskPanel", "Assessment recorded: %1.").replace(
                "%1", dialog.recorded.level
            )
        )
        self.changed.emit(self.client_id)

    def open_form(self, row: int) -> Path | None:
        """Open an assessment's signed form in the system's viewer (a private temporary
        copy, deleted when the card shows another client or closes)."""
        if not 0 <= row < len(self.history):
            return None
        attachment_id = self.history[row].confirmation_attachment_id
        if attachment_id is None:
            return None
        try:
            with self.office.session() as s:
                service = AttachmentService(s, self.actor)
                info = service.info(attachment_id)
                data = service.read(attachment_id)
        except AttachmentErased:
            self.message.emit(
                QCoreApplication.translate(
                    "RiskPanel", "The signed form was erased at the client's request."
                )
            )
            return None
        except (AttachmentIntegrityError, LookupError):
            self.message.emit(
                QCoreApplication.translate(
                    "RiskPanel",
                    "The signed form cannot be opened: it is missing or damaged; restore "
                    "the office from a backup.",
                )
            )
            return None
        return self.opened.open(info.filename, data)

    def professional_status(self) -> None:
        from ui.dialogs.professional_status_dialog import ProfessionalStatusDialog

        if self.client_id is None or self.office.read_only:
            return
        dialog = ProfessionalStatusDialog(
            self.office, self.client_id, self.client_name, self.actor, self.today, self
        )
        if dialog.exec() != ProfessionalStatusDialog.DialogCode.Accepted:
            return
        self.reload()
        self.message.emit(
            QCoreApplication.translate("RiskPanel", "Professional-investor status recorded.")
        )
        self.changed.emit(self.client_id)

    def record_recommendation(self) -> None:
        from ui.dialogs.suitability_dialog import SuitabilityDialog

        if self.client_id is None or self.office.read_only:
            return
        dialog = SuitabilityDialog(
            self.office,
            self.client_id,
            self.client_name,
            "recommendation",
            actor=self.actor,
            today=self.today,
            parent=self,
        )
        if dialog.exec() != SuitabilityDialog.DialogCode.Accepted:
            return
        self.reload()
        self.message.emit(QCoreApplication.translate("RiskPanel", "Recommendation recorded."))
        self.changed.emit(self.client_id)

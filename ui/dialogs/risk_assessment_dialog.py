"""New risk assessment: walk the office's questionnaire, see the score, the band's level and
the caps applied as the answers are given, then record it with the client's confirmation.

The questions, answers and cap texts come from the questionnaire version in force (data
the office edits, bilingual inside the definition), so they are shown in the UI language
from the definition, not through Qt's catalogue. Recording is one transaction: the signed
form (if chosen) is attached and the assessment stored together.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentError, AttachmentService
from app.risk_assessment import AssessmentInfo, AssessmentService, RiskError
from app.risk_questionnaire import Questionnaire, QuestionnaireService
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.widgets.fields import add_dialog_footer

log = logging.getLogger(__name__)


class RiskAssessmentDialog(QDialog):
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
        self.setObjectName("riskAssessmentDialog")
        self.office = office
        self.client_id = client_id
        self.actor = actor
        self.today = today or dt.date.today()
        self.recorded: AssessmentInfo | None = None
        self.form_path: Path | None = None
        with office.transaction() as s:  # publishes the shipped default the first time
            self.questionnaire: Questionnaire = QuestionnaireService(s, actor).current()
        chinese = i18n.is_chinese()
        q = self.questionnaire
        self.setWindowTitle(
            QCoreApplication.translate("RiskAssessmentDialog", "New risk assessment — %1").replace(
                "%1", client_name
            )
        )
        layout = QVBoxLayout(self)
        heading = QLabel(
            QCoreApplication.translate("RiskAssessmentDialog", "%1 (version %2)")
            .replace("%1", q.text(q.definition["title"], chinese))
            .replace("%2", str(q.version))
        )
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)

        page = QWidget()
        questions = QVBoxLayout(page)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, str], QRadioButton] = {}
        for n, question in enumerate(q.questions, 1):
            box = QGroupBox(f"{n}. {q.text(question['text'], chinese)}")
            box.setObjectName(f"question_{question['id']}")
            inner = QVBoxLayout(box)
            group = QButtonGroup(box)
            for answer in question["answers"]:
                button = QRadioButton(q.text(answer["text"], chinese))
                button.setObjectName(f"answer_{question['id']}_{answer['id']}")
                group.addButton(button)
                inner.addWidget(button)
                self.buttons[(question["id"], answer["id"])] = button
            group.buttonToggled.connect(self._update_score)
            self.groups[question["id"]] = group
            questions.addWidget(box)
        questions.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setMinimumHeight(360)
        layout.addWidget(scroll, 1)

        self.score_label = QLabel()
        self.score_label.setObjectName("scoreLabel")
        self.score_label.setWordWrap(True)
        self.score_label.setStyleSheet("padding: 6px; background: #eef3fb; border-radius: 4px;")
        layout.addWidget(self.score_label)

        form = QFormLayout()
        self.date = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.date.setObjectName("assessedOn")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(i18n.date_format())
        self.date.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        form.addRow(QCoreApplication.translate("RiskAssessmentDialog", "Assessed on"), self.date)
        self.confirmed = QCheckBox(
            QCoreApplication.translate(
                "RiskAssessmentDialog", "The client has signed the completed questionnaire"
            )
        )
        self.confirmed.setObjectName("clientConfirmed")
        form.addRow("", self.confirmed)
        files = QHBoxLayout()
        self.attach_button = QPushButton(
            QCoreApplication.translate("RiskAssessmentDialog", "Attach the signed form…")
        )
        self.attach_button.setObjectName("attachForm")
        self.attach_button.clicked.connect(self._choose_file)
        self.form_label = QLabel()
        self.form_label.setStyleSheet("color: #555;")
        files.addWidget(self.attach_button)
        files.addWidget(self.form_label, 1)
        form.addRow("", files)
        layout.addLayout(form)

        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "RiskAssessmentDialog",
                "The assessment is kept with its answers and this questionnaire version; a "
                "later assessment supersedes it but never changes it.",
            ),
            QCoreApplication.translate("RiskAssessmentDialog", "Record assessment"),
            QCoreApplication.translate("RiskAssessmentDialog", "Cancel"),
        )
        self.ok_button.setObjectName("recordAssessment")
        self._update_score()
        self.resize(620, 720)

    # ---- answers and score ---------------------------------------------------------------
    def answers(self) -> dict[str, str]:
        out = {}
        for (qid, aid), button in self.buttons.items():
            if button.isChecked():
                out[qid] = aid
        return out

    def choose(self, question_id: str, answer_id: str) -> None:
        self.buttons[(question_id, answer_id)].setChecked(True)

    def _update_score(self, *_args: object) -> None:
        answers = self.answers()
        missing = len(self.groups) - len(answers)
        if missing:
            self.score_label.setText(
                QCoreApplication.translate(
                    "RiskAssessmentDialog", "%1 of %2 questions answered; %3 to go."
                )
                .replace("%1", str(len(answers)))
                .replace("%2", str(len(self.groups)))
                .replace("%3", str(missing))
            )
            self.ok_button.setEnabled(False)
            return
        score = self.questionnaire.score(answers)
        text = (
            QCoreApplication.translate("RiskAssessmentDialog", "Score %1: band %2. Level: %3")
            .replace("%1", str(score.score))
            .replace("%2", score.band_level)
            .replace("%3", score.level)
        )
        chinese = i18n.is_chinese()
        for cap in score.caps:
            text += "\n" + QCoreApplication.translate(
                "RiskAssessmentDialog", "Cap applied: %1"
            ).replace("%1", self.questionnaire.cap_text(cap, chinese))
        self.score_label.setText(text)
        self.ok_button.setEnabled(not self.office.read_only)

    def _choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("RiskAssessmentDialog", "Signed questionnaire"),
            str(Path.home()),
            QCoreApplication.translate(
                "RiskAssessmentDialog", "Scans and PDFs (*.pdf *.png *.jpg *.jpeg);;All files (*)"
            ),
        )
        if path:
            self.set_form(Path(path))

    def set_form(self, path: Path | None) -> None:
        self.form_path = path
        self.form_label.setText(path.name if path else "")
        if path is not None:
            self.confirmed.setChecked(True)

    # ---- recording -----------------------------------------------------------------------
    def accept(self) -> None:
        answers = self.answers()
        if len(answers) < len(self.groups):
            self.error.show_message(
                QCoreApplication.translate("RiskAssessmentDialog", "Answer every question.")
            )
            return
        if not self.confirmed.isChecked():
            self.error.show_message(
                QCoreApplication.translate(
                    "RiskAssessmentDialog",
                    "Tick that the client has signed the questionnaire, or attach the signed form.",
                )
            )
            return
        day = self.date.date().toPython()
        try:
            with self.office.transaction() as s:
                attachment_id = None
                if self.form_path is not None:
                    attachment_id = (
                        AttachmentService(s, self.actor).add_file(self.client_id, self.form_path).id
                    )
                self.recorded = AssessmentService(s, self.actor).record(
                    self.client_id,
                    answers,
                    day,
                    today=self.today,
                    confirmation_attachment_id=attachment_id,
                    client_confirmed=True,
                    questionnaire_id=self.questionnaire.id,
                )
        except (RiskError, AttachmentError, LookupError, OfficeError) as exc:
            self.recorded = None
            self.error.show_message(app_message(str(exc)))
            return
        except Exception as exc:
            self.recorded = None
            log.exception("recording the assessment failed: %s", type(exc).__name__)
            self.error.show_message(
                QCoreApplication.translate(
                    "RiskAssessmentDialog", "Nothing was recorded (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return
        super().accept()

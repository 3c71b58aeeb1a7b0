"""The office's risk questionnaire: every published version, what each asks and how it
scores (answers, bands, capping rules), and the two ways to change it — export the version
in force as JSON to edit, and publish an edited file as the next version.

Publishing goes through app/risk_questionnaire.py, which checks the definition and says
what is wrong and where; nothing is published when the file is not usable. Published
versions never change, so assessments can always be re-read with the words they used.
"""

from __future__ import annotations

import json
import logging
from html import escape as _escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.risk_questionnaire import (
    Questionnaire,
    QuestionnaireError,
    QuestionnaireService,
    default_definition,
    load_definition,
)
from db.atomic_file import write_atomically
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.widgets.fields import ErrorLabel

log = logging.getLogger(__name__)


def escape(text: str) -> str:
    return _escape(text, quote=False)


class QuestionnaireDialog(QDialog):
    def __init__(self, office: Office, actor: str = "advisor", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionnaireDialog")
        self.office = office
        self.actor = actor
        self.versions: list[Questionnaire] = []
        self.setWindowTitle(QCoreApplication.translate("QuestionnaireDialog", "Risk questionnaire"))
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("versions")
        self.list.setFixedWidth(220)
        self.list.currentRowChanged.connect(self._show_version)
        body.addWidget(self.list)
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        body.addWidget(self.preview, 1)
        layout.addLayout(body, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("QuestionnaireDialog", "Close")
        )
        self.export_button = QPushButton(
            QCoreApplication.translate("QuestionnaireDialog", "Export as JSON…")
        )
        self.export_button.setObjectName("exportQuestionnaire")
        self.export_button.clicked.connect(lambda: self.export())
        self.publish_button = QPushButton(
            QCoreApplication.translate("QuestionnaireDialog", "Publish a new version…")
        )
        self.publish_button.setObjectName("publishQuestionnaire")
        self.publish_button.setToolTip(
            QCoreApplication.translate(
                "QuestionnaireDialog",
                "Choose an edited JSON file; it becomes the next version, used by new "
                "assessments. Earlier assessments keep theirs.",
            )
        )
        self.publish_button.clicked.connect(lambda: self.publish())
        self.publish_button.setEnabled(not office.read_only)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 620)
        self.reload()

    def reload(self) -> None:
        with self.office.session() as s:
            self.versions = QuestionnaireService(s).versions()
        self.list.clear()
        for q in reversed(self.versions):  # newest first
            item = QListWidgetItem(
                QCoreApplication.translate("QuestionnaireDialog", "Version %1 · %2")
                .replace("%1", str(q.version))
                .replace("%2", i18n.format_date(q.published_at.date()))
            )
            item.setData(Qt.ItemDataRole.UserRole, q.version)
            self.list.addItem(item)
        if self.versions:
            self.list.setCurrentRow(0)
        else:  # nothing published yet: the shipped default is what the first assessment uses
            self.preview.setHtml(
                "<p><i>"
                + escape(
                    QCoreApplication.translate(
                        "QuestionnaireDialog",
                        "Nothing published yet: the first assessment publishes the shipped "
                        "default as version 1.",
                    )
                )
                + "</i></p>"
                + self.describe(default_definition())
            )

    def current(self) -> Questionnaire | None:
        row = self.list.currentRow()
        return (
            self.versions[len(self.versions) - 1 - row] if 0 <= row < len(self.versions) else None
        )

    def _show_version(self, _row: int) -> None:
        q = self.current()
        if q is not None:
            self.preview.setHtml(self.describe(q.definition))

    @staticmethod
    def describe(definition: dict) -> str:  # type: ignore[type-arg]
        """The definition as a reader sees it, in the UI language."""
        zh = i18n.is_chinese()

        def t(texts: dict) -> str:  # type: ignore[type-arg]
            return escape(texts.get("zh" if zh else "en") or texts.get("en") or "")

        bands_title = QCoreApplication.translate("QuestionnaireDialog", "Score bands")
        caps_title = QCoreApplication.translate("QuestionnaireDialog", "Capping rules")
        parts = [f"<h3>{t(definition['title'])}</h3><ol>"]
        for question in definition["questions"]:
            answers = "".join(
                f"<li>{t(a['text'])} — <b>{a['score']}</b></li>" for a in question["answers"]
            )
            parts.append(f"<li>{t(question['text'])}<ul>{answers}</ul></li>")
        parts.append("</ol>")
        bands = definition["bands"]
        ranges = []
        for n, band in enumerate(bands):
            top = bands[n + 1]["min"] - 1 if n + 1 < len(bands) else None
            span = f"{band['min']}–{top}" if top is not None else f"≥ {band['min']}"
            ranges.append(f"{band['level']}: {span}")
        parts.append(f"<p><b>{escape(bands_title)}</b>: " + escape(" · ".join(ranges)) + "</p>")
        caps = definition.get("caps", [])
        if caps:
            parts.append(
                f"<p><b>{escape(caps_title)}</b></p><ul>"
                + "".join(f"<li>{t(c['text'])}</li>" for c in caps)
                + "</ul>"
            )
        return "".join(parts)

    # ---- export and publish ------------------------------------------------------------
    def export(self, path: Path | None = None) -> Path | None:
        q = self.current()
        definition = q.definition if q is not None else default_definition()
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("QuestionnaireDialog", "Export questionnaire"),
                str(Path.home() / f"risk-questionnaire-v{q.version if q else 1}.json"),
                QCoreApplication.translate("QuestionnaireDialog", "JSON files (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            text = json.dumps(definition, ensure_ascii=False, indent=2) + "\n"
            write_atomically(path, text, replace=True)
        except OSError as exc:
            self.error.show_message(
                QCoreApplication.translate(
                    "QuestionnaireDialog", "The file could not be written (%1)."
                ).replace("%1", exc.strerror or type(exc).__name__)
            )
            return None
        self.error.show_message("")
        return path

    def publish(self, path: Path | None = None) -> Questionnaire | None:
        if self.office.read_only:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("QuestionnaireDialog", "Publish questionnaire"),
                str(Path.home()),
                QCoreApplication.translate("QuestionnaireDialog", "JSON files (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            definition = load_definition(path)
            with self.office.transaction() as s:
                service = QuestionnaireService(s, self.actor)
                service.current()  # the shipped default is version 1 if nothing was yet
                published = service.publish(definition)
        except (QuestionnaireError, OfficeError) as exc:
            self.error.show_message(app_message(str(exc)))
            return None
        except Exception as exc:
            log.exception("publishing the questionnaire failed: %s", type(exc).__name__)
            self.error.show_message(
                QCoreApplication.translate(
                    "QuestionnaireDialog", "Nothing was published (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return None
        self.error.show_message("")
        self.reload()
        return published

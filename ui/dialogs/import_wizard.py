"""File > Import clients…: choose a file, map its columns, check, import.

Three pages. The file is read off the UI thread (ui/import_worker.py ReadJob) with
encoding detection (or the encoding the user picks);
the mapping is suggested from the headers and can be loaded from or saved as a template;
"Check" runs a dry run off the UI thread and shows the first rows with each invalid cell
in red (the reason in its tooltip) and the summary; "Import" runs the real import off the
UI thread with progress and Cancel — a cancelled or failed import leaves the office as
it was (ui/import_worker.py rolls the transaction back).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.client_import import ClientImporter, ImportOptions, ImportReport
from app.clients import ClientService
from app.import_mapping import MATCH_KEYS, TARGETS, TemplateService, suggest_mapping
from app.import_read import SourceTable
from app.validation import mask_identifier
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.import_worker import OfficeJob, ReadJob
from ui.widgets.fields import ErrorLabel

CTX = "ImportWizard"
PREVIEW_ROWS = 300
ENCODINGS = (
    ("", QT_TRANSLATE_NOOP("ImportWizard", "Detect automatically")),
    ("utf-8", "UTF-8"),
    ("gb18030", "GB18030 / GBK"),
    ("utf-16", "UTF-16"),
)
TARGET_LABELS = {
    "legal_name": QT_TRANSLATE_NOOP("ImportWizard", "Legal name"),
    "chinese_name": QT_TRANSLATE_NOOP("ImportWizard", "Chinese name"),
    "latin_name": QT_TRANSLATE_NOOP("ImportWizard", "Latin name"),
    "preferred_name": QT_TRANSLATE_NOOP("ImportWizard", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportWizard", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("ImportWizard", "Gender"),
    "marital_status": QT_TRANSLATE_NOOP("ImportWizard", "Marital status"),
    "nationality": QT_TRANSLATE_NOOP("ImportWizard", "Nationality"),
    "occupation": QT_TRANSLATE_NOOP("ImportWizard", "Occupation"),
    "employer": QT_TRANSLATE_NOOP("ImportWizard", "Employer"),
    "industry": QT_TRANSLATE_NOOP("ImportWizard", "Industry"),
    "education": QT_TRANSLATE_NOOP("ImportWizard", "Education"),
    "wechat_id": QT_TRANSLATE_NOOP("ImportWizard", "WeChat ID"),
    "preferred_channel": QT_TRANSLATE_NOOP("ImportWizard", "Preferred channel"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status"),
    "owner": QT_TRANSLATE_NOOP("ImportWizard", "Advisor"),
    "source": QT_TRANSLATE_NOOP("ImportWizard", "Source"),
    "client_since": QT_TRANSLATE_NOOP("ImportWizard", "Client since"),
    "last_review": QT_TRANSLATE_NOOP("ImportWizard", "Last review"),
    "next_review": QT_TRANSLATE_NOOP("ImportWizard", "Next review"),
    "tags": QT_TRANSLATE_NOOP("ImportWizard", "Tags"),
    "needs_notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "id_number": QT_TRANSLATE_NOOP("ImportWizard", "PRC ID number"),
    "passport_number": QT_TRANSLATE_NOOP("ImportWizard", "Passport number"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "address": QT_TRANSLATE_NOOP("ImportWizard", "Address"),
    "city": QT_TRANSLATE_NOOP("ImportWizard", "City"),
    "region": QT_TRANSLATE_NOOP("ImportWizard", "Province"),
    "postal_code": QT_TRANSLATE_NOOP("ImportWizard", "Postal code"),
    "investable_assets": QT_TRANSLATE_NOOP("ImportWizard", "Investable assets"),
    "annual_income": QT_TRANSLATE_NOOP("ImportWizard", "Annual income"),
    "liabilities": QT_TRANSLATE_NOOP("ImportWizard", "Liabilities"),
    "snapshot_currency": QT_TRANSLATE_NOOP("ImportWizard", "Currency"),
    "snapshot_date": QT_TRANSLATE_NOOP("ImportWizard", "Assets as of"),
    "household": QT_TRANSLATE_NOOP("ImportWizard", "Household"),
    "household_role": QT_TRANSLATE_NOOP("ImportWizard", "Household role"),
}
assert set(TARGET_LABELS) == {t.key for t in TARGETS}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _chinese_ui() -> bool:
    """Custom fields carry both labels; show the one of the UI language."""
    return i18n.is_chinese()


# Identity numbers are shown masked on screen like everywhere else, even from the user's own
# file: a preview on a shared screen or in a screenshot must not carry them.
MASKED_TARGETS = frozenset({"id_number", "passport_number"})


def shown_value(value: str, target: str | None) -> str:
    return mask_identifier(value) if target in MASKED_TARGETS and value.strip() else value


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose the file"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "A client table saved as CSV or Excel (.xlsx), or contacts as vCard (.vcf).",
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        browse = QPushButton(QCoreApplication.translate("ImportWizard", "Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        enc_row = QHBoxLayout()
        enc_row.addWidget(QLabel(QCoreApplication.translate("ImportWizard", "Encoding:")))
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        for code, label in ENCODINGS:
            self.encoding.addItem(tr(label) if not code else label, code)
        enc_row.addWidget(self.encoding)
        enc_row.addStretch(1)
        layout.addLayout(enc_row)
        self.info = QLabel()
        self.info.setObjectName("importFileInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.error = ErrorLabel()
        self.error.setObjectName("importFileError")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.reading: ReadJob | None = None
        self.loaded: tuple[str, str | None] | None = None  # (path, encoding) of wiz.table

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Import clients"),
            "",
            QCoreApplication.translate("ImportWizard", "Client files (*.csv *.txt *.xlsx *.vcf)"),
        )
        if name:
            self.path.setText(name)

    def validatePage(self) -> bool:
        """Next reads the file off the UI thread; when the read ends the page moves on by
        itself (or shows why it cannot). Next again while reading does nothing."""
        text = self.path.text().strip()
        if not text:
            self.error.show_message(
                QCoreApplication.translate("ImportWizard", "Choose a file to import.")
            )
            return False
        key = (text, self.encoding.currentData() or None)
        if self.wiz.table is not None and self.loaded == key:
            return True
        if self.reading is None:
            self._read(key)
        return False

    def _read(self, key: tuple[str, str | None]) -> None:
        self.wiz.table = None
        self.loaded = None
        self.error.show_message("")
        self.info.setText(QCoreApplication.translate("ImportWizard", "Reading the file…"))
        job = ReadJob(Path(key[0]), key[1])
        self.reading = job
        job.signals.finished.connect(lambda table: self._read_done(job, key, table))
        job.signals.failed.connect(lambda _kind, message: self._read_failed(job, message))
        job.signals.cancelled.connect(lambda: self._read_over(job))
        job.start()

    def _read_over(self, job: ReadJob) -> bool:
        """Whether `job` is still the read this page waits for (then it is over)."""
        if self.reading is not job:
            return False
        self.reading = None
        return True

    def _read_done(self, job: ReadJob, key: tuple[str, str | None], table: SourceTable) -> None:
        if not self._read_over(job):
            return
        self.wiz.table = table
        self.loaded = key
        self.info.setText(
            QCoreApplication.translate("ImportWizard", "%1 rows, %2 columns (%3).")
            .replace("%1", f"{len(table.rows):,}")
            .replace("%2", str(len(table.headers)))
            .replace("%3", table.encoding or "xlsx")
        )
        if self.wiz.currentPage() is self:
            self.wiz.next()

    def _read_failed(self, job: ReadJob, message: str) -> None:
        if not self._read_over(job):
            return
        self.info.setText("")
        self.error.show_message(
            app_message(message)
            if message
            else QCoreApplication.translate("ImportWizard", "The file could not be read.")
        )

    def cancel_read(self) -> None:
        if self.reading is not None:
            self.reading.cancel()
            self.reading = None
            self.info.setText("")


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Map the columns"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Suggested from the column names; change any, or load a saved mapping.",
            )
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("ImportWizard", "Saved mapping:")))
        self.templates = QComboBox()
        self.templates.setObjectName("importTemplates")
        self.templates.activated.connect(self._load_template)
        top.addWidget(self.templates, 1)
        top.addWidget(
            QLabel(QCoreApplication.translate("ImportWizard", "Recognise existing clients by:"))
        )
        self.match_key = QComboBox()
        self.match_key.setObjectName("importMatchKey")
        for key in MATCH_KEYS:
            self.match_key.addItem(tr(TARGET_LABELS[key]), key)
        top.addWidget(self.match_key)
        layout.addLayout(top)
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("importMapping")
        self.grid.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Column"),
                QCoreApplication.translate("ImportWizard", "Example"),
                QCoreApplication.translate("ImportWizard", "Field"),
            ]
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().hide()
        layout.addWidget(self.grid, 1)
        save_row = QHBoxLayout()
        self.save_name = QLineEdit()
        self.save_name.setObjectName("importSaveName")
        self.save_name.setPlaceholderText(
            QCoreApplication.translate("ImportWizard", "Name for this mapping")
        )
        save = QPushButton(QCoreApplication.translate("ImportWizard", "Save mapping"))
        save.setObjectName("importSaveMapping")
        save.clicked.connect(self._save_template)
        save_row.addWidget(self.save_name, 1)
        save_row.addWidget(save)
        layout.addLayout(save_row)
        self.error = ErrorLabel()
        self.error.setObjectName("importMappingError")
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        with self.wiz.office.session() as s:
            custom = ClientService(s).custom_fields()
            names = TemplateService(s).names()
        self.custom = custom
        self.templates.clear()
        self.templates.addItem(QCoreApplication.translate("ImportWizard", "(suggested)"), "")
        for name in names:
            self.templates.addItem(name, name)
        suggested = suggest_mapping(table.headers, custom)
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for i, header in enumerate(table.headers):
            self.grid.setItem(i, 0, QTableWidgetItem(header))
            sample = next((r[i] for r in table.rows[:20] if i < len(r) and r[i]), "")
            self.grid.setItem(i, 1, QTableWidgetItem(""))
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportWizard", "(not imported)"), "")
            for target in TARGETS:
                combo.addItem(tr(TARGET_LABELS[target.key]), target.key)
            for d in custom:
                combo.addItem(d.label_zh if _chinese_ui() else d.label_en, f"custom.{d.key}")
            combo.setCurrentIndex(max(0, combo.findData(suggested.get(header, ""))))
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
            self._show_sample(i, sample[:40], combo.currentData())
            combo.currentIndexChanged.connect(
                lambda _i, row=i, text=sample[:40], box=combo: self._show_sample(
                    row, text, box.currentData()
                )
            )

    def _show_sample(self, row: int, sample: str, target: str | None) -> None:
        item = self.grid.item(row, 1)
        if item is not None:
            item.setText(shown_value(sample, target))

    def mapping(self) -> dict[str, str]:
        table = self.wiz.table
        assert table is not None
        return {
            h: c.currentData()
            for h, c in zip(table.headers, self.combos, strict=True)
            if c.currentData()
        }

    def _load_template(self) -> None:
        name = self.templates.currentData()
        if not name:
            self.initializePage()
            return
        with self.wiz.office.session() as s:
            template = TemplateService(s).get(name)
        table = self.wiz.table
        assert table is not None
        for header, combo in zip(table.headers, self.combos, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(template.mapping.get(header, ""))))
        self.match_key.setCurrentIndex(max(0, self.match_key.findData(template.match_key)))

    def _save_template(self) -> None:
        from app.import_mapping import MappingError
        from db.errors import ConflictError

        name = self.save_name.text().strip()
        try:
            with self.wiz.office.transaction() as s:
                svc = TemplateService(s)
                version = svc.get(name).version if name in svc.names() else None
                svc.save(name, self.mapping(), self.match_key.currentData(), version)
        except (MappingError, ConflictError) as exc:
            self.error.show_message(app_message(str(exc)))
            return
        self.error.show_message("")
        if self.templates.findData(name) < 0:
            self.templates.addItem(name, name)
        self.templates.setCurrentIndex(self.templates.findData(name))

    def validatePage(self) -> bool:
        from app.import_mapping import MappingError, check_mapping

        table = self.wiz.table
        assert table is not None
        try:
            check_mapping(self.mapping(), table.headers, self.custom)
        except MappingError as exc:
            self.error.show_message(app_message(str(exc)))
            return False
        self.error.show_message("")
        return True


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Check and import"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Check shows what would happen without writing anything. A file with errors "
                "imports nothing unless you skip the invalid rows.",
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.check_button = QPushButton(QCoreApplication.translate("ImportWizard", "Check"))
        self.check_button.setObjectName("importCheck")
        self.check_button.clicked.connect(lambda: self.wiz.run(dry_run=True))
        self.skip_invalid = QCheckBox(
            QCoreApplication.translate("ImportWizard", "Skip invalid rows")
        )
        self.skip_invalid.setObjectName("importSkipInvalid")
        self.acknowledge = QCheckBox(
            QCoreApplication.translate(
                "ImportWizard", "Store ID numbers without a sensitive-information consent"
            )
        )
        self.acknowledge.setObjectName("importAcknowledge")
        self.acknowledge.setToolTip(
            QCoreApplication.translate(
                "ImportWizard",
                "The office asks for the client's consent before an ID number is stored. "
                "Tick to import them anyway; each one is recorded with your name.",
            )
        )
        with wizard.office.session() as s:
            from app.settings import SettingsService

            settings = SettingsService(s)
            self.acknowledge.setVisible(
                bool(settings.get("consent.enforce"))
                and settings.get("consent.sensitive_without_consent") == "warn"
            )
        self.import_button = QPushButton(QCoreApplication.translate("ImportWizard", "Import"))
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(lambda: self.wiz.run(dry_run=False))
        self.cancel_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Cancel import")
        )
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.wiz.cancel_job)
        for w in (
            self.check_button,
            self.skip_invalid,
            self.acknowledge,
            self.import_button,
            self.cancel_button,
        ):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.verticalHeader().hide()
        layout.addWidget(self.preview, 1)
        self.done = False

    def isComplete(self) -> bool:
        return self.done

    def show_report(self, report: ImportReport) -> None:
        table = self.wiz.table
        assert table is not None
        self.summary.setText(_summary_text(report))
        shown = min(len(table.rows), PREVIEW_ROWS)
        headers = [
            QCoreApplication.translate("ImportWizard", "Row"),
            QCoreApplication.translate("ImportWizard", "Result"),
            *table.headers,
        ]
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(shown)
        by_row = {r.row: r for r in report.rows}
        cell_errors: dict[tuple[int, str | None], list[str]] = {}
        for e in report.errors:
            cell_errors.setdefault((e.row, e.column), []).append(app_message(e.message))
        red = QBrush(QColor("#f8d7da"))
        mapping = self.wiz.mapping_page.mapping()
        targets = [mapping.get(h) for h in table.headers]
        for i in range(shown):
            number = table.row_numbers[i]
            result = by_row.get(number)
            self.preview.setItem(i, 0, QTableWidgetItem(str(number)))
            action = tr(ACTIONS.get(result.action, result.action)) if result else ""
            status = QTableWidgetItem(action)
            if result and result.reasons:
                status.setToolTip("\n".join(app_message(x) for x in result.reasons))
            self.preview.setItem(i, 1, status)
            for j, value in enumerate(table.rows[i][: len(table.headers)]):
                item = QTableWidgetItem(shown_value(value, targets[j]))
                problems = cell_errors.get((number, table.headers[j]))
                if problems:
                    item.setBackground(red)
                    item.setToolTip("\n".join(problems))
                self.preview.setItem(i, j + 2, item)
            if result and result.action == "invalid":
                status.setBackground(red)
                if (number, None) in cell_errors:
                    status.setToolTip("\n".join(cell_errors[(number, None)]))


ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ImportWizard", "new"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportWizard", "unchanged"),
    "duplicate": QT_TRANSLATE_NOOP("ImportWizard", "repeated row"),
    "invalid": QT_TRANSLATE_NOOP("ImportWizard", "invalid"),
}


def _summary_text(report: ImportReport) -> str:
    counts = (
        QCoreApplication.translate(
            "ImportWizard", "%1 new, %2 updated, %3 unchanged, %4 repeated, %5 invalid."
        )
        .replace("%1", f"{report.created:,}")
        .replace("%2", f"{report.updated:,}")
        .replace("%3", f"{report.count('unchanged'):,}")
        .replace("%4", f"{report.count('duplicate'):,}")
        .replace("%5", f"{report.invalid:,}")
    )
    if report.dry_run:
        return (
            QCoreApplication.translate("ImportWizard", "Check only, nothing was written:")
            + " "
            + counts
        )
    if not report.committed:
        return (
            QCoreApplication.translate(
                "ImportWizard", "Nothing was imported: fix the rows in red, or skip invalid rows."
            )
            + " "
            + counts
        )
    return QCoreApplication.translate("ImportWizard", "Imported:") + " " + counts


class ImportWizard(QWizard):
    imported = Signal()  # clients were created or updated: the list should refresh

    def __init__(
        self, office: Office, actor: str = "advisor", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.office = office
        self.actor = actor
        self.table: SourceTable | None = None
        self.job: OfficeJob | None = None
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import clients"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.run_page):
            self.addPage(page)
        for button, text in (
            (QWizard.WizardButton.BackButton, QT_TRANSLATE_NOOP("ImportWizard", "< Back")),
            (QWizard.WizardButton.NextButton, QT_TRANSLATE_NOOP("ImportWizard", "Next >")),
            (QWizard.WizardButton.FinishButton, QT_TRANSLATE_NOOP("ImportWizard", "Finish")),
            (QWizard.WizardButton.CancelButton, QT_TRANSLATE_NOOP("ImportWizard", "Close")),
        ):
            self.setButtonText(button, tr(text))
        self.resize(860, 560)

    def options(self, dry_run: bool) -> ImportOptions:
        template = self.mapping_page.templates.currentData() or None
        return ImportOptions(
            mapping=self.mapping_page.mapping(),
            match_key=self.mapping_page.match_key.currentData(),
            dry_run=dry_run,
            skip_invalid=self.run_page.skip_invalid.isChecked(),
            template=template,
            acknowledge_missing_consent=self.run_page.acknowledge.isChecked(),
        )

    def run(self, dry_run: bool) -> None:
        if self.job is not None or self.table is None:
            return
        table, options, actor = self.table, self.options(dry_run), self.actor

        def work(session, progress, cancelled):  # type: ignore[no-untyped-def]
            return ClientImporter(session, actor).run(table, options, progress, cancelled)

        page = self.run_page
        page.summary.setText(
            QCoreApplication.translate("ImportWizard", "Checking…")
            if dry_run
            else QCoreApplication.translate("ImportWizard", "Importing…")
        )
        page.progress.setRange(0, max(1, len(table.rows)))
        page.progress.setValue(0)
        self._busy(True)
        self.job = OfficeJob(self.office, work, write=not dry_run)
        self.job.signals.progress.connect(lambda done, total: page.progress.setValue(done))
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        self.job.start()

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _busy(self, busy: bool) -> None:
        page = self.run_page
        page.check_button.setEnabled(not busy)
        page.import_button.setEnabled(not busy)
        page.cancel_button.setEnabled(busy)
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)

    def _finished(self, report: ImportReport) -> None:
        self.job = None
        self._busy(False)
        self.run_page.progress.setValue(self.run_page.progress.maximum())
        self.run_page.show_report(report)
        if report.committed and not report.dry_run:
            self.run_page.done = True
            self.run_page.completeChanged.emit()
            self.run_page.import_button.setEnabled(False)
            if report.created or report.updated:
                self.imported.emit()

    def _failed(self, kind: str, message: str) -> None:
        self.job = None
        self._busy(False)
        self.run_page.summary.setText(
            app_message(message)
            if message
            else QCoreApplication.translate(
                "ImportWizard", "The import failed (%1); nothing was imported."
            ).replace("%1", kind)
        )

    def _cancelled(self) -> None:
        self.job = None
        self._busy(False)
        self.run_page.progress.setValue(0)
        self.run_page.summary.setText(
            QCoreApplication.translate("ImportWizard", "Cancelled: nothing was imported.")
        )

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.file_page.cancel_read()
        super().reject()


def open_import_wizard(parent: QWidget, office: Office, actor: str, on_imported) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(office, actor, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(on_imported)
    wizard.show()
    return wizard

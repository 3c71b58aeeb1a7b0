"""Record a consent (or a refusal): one signed form can cover several purposes at once.

Everything is written in one transaction on OK: the evidence file (read into memory and
stored encrypted inside the office, never copied elsewhere) and one record per purpose.
A problem with any purpose leaves nothing recorded, and the dialog stays open with the
message next to what needs fixing.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentError, AttachmentService
from app.consent import (
    CAPTURE_METHODS,
    GRANTED,
    PURPOSES,
    REFUSED,
    THIRD_PARTY_SHARING,
    ConsentService,
    NoticeInfo,
    utc_naive,
)
from app.consent_form import ConsentFormError, choose_notice, language_of
from app.validation import ValidationError
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.labels import label
from ui.widgets.consent_panel import notice_text
from ui.widgets.fields import (
    CodeCombo,
    ErrorLabel,
    OptionalDateEdit,
    add_dialog_footer,
    mark_invalid,
)

log = logging.getLogger(__name__)
CTX = "ConsentRecordDialog"


def local_to_utc(moment: QDateTime) -> dt.datetime:
    """A QDateTimeEdit's local time as the naive UTC instant the service stores."""
    return utc_naive(moment.toPython().astimezone())


class ConsentRecordDialog(QDialog):
    def __init__(
        self,
        office: Office,
        client_id: int,
        client_language: str,
        actor: str = "advisor",
        *,
        preselect: list[str] | None = None,
        third_party: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentRecordDialog")
        self.office = office
        self.client_id = client_id
        self.actor = actor
        self.record_ids: list[int] = []
        self.evidence_path: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("ConsentRecordDialog", "Record consent"))
        today = dt.date.today()
        with office.session() as session:
            service = ConsentService(session)
            notices = [n for n in service.notices() if n.verified]
            in_force: set[int] = set()
            for code, language in {(n.code, n.language) for n in notices}:
                current = service.notice_in_force(code, language, today)
                if current is not None:
                    in_force.add(current.id)
            try:
                default: NoticeInfo | None = choose_notice(session, client_language, today)
            except ConsentFormError:
                default = None
        lang = language_of(client_language)
        notices.sort(
            key=lambda n: (
                n.id not in in_force,
                language_of(n.language) != lang,
                n.code,
                -n.version,
            )
        )

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self._errors: dict[str, tuple[QWidget, ErrorLabel]] = {}

        def row(path: str, caption: str, widget: QWidget, editor: QWidget | None = None) -> None:
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(1)
            inner.addWidget(widget)
            error = ErrorLabel()
            inner.addWidget(error)
            form.addRow(caption, box)
            self._errors[path] = (editor or widget, error)

        self.purposes = QListWidget()
        self.purposes.setObjectName("purposes")
        preselect = preselect or []
        for purpose in PURPOSES:
            item = QListWidgetItem(label("consent_purpose", purpose))
            item.setData(Qt.ItemDataRole.UserRole, purpose)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = purpose in preselect
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.purposes.addItem(item)
        rows = self.purposes.count()
        self.purposes.setFixedHeight(self.purposes.sizeHintForRow(0) * rows + 6)
        self.purposes.itemChanged.connect(self._update_enabled)
        row("purpose", QCoreApplication.translate("ConsentRecordDialog", "Purposes"), self.purposes)

        self.third_party = QLineEdit(third_party or "")
        self.third_party.setObjectName("thirdParty")
        self.third_party.setPlaceholderText(
            QCoreApplication.translate(
                "ConsentRecordDialog", "Custodian or insurer, e.g. Ping An Insurance"
            )
        )
        row(
            "third_party",
            QCoreApplication.translate("ConsentRecordDialog", "Third party"),
            self.third_party,
        )

        self.status = CodeCombo("consent_state", allow_empty=False, codes=[GRANTED, REFUSED])
        self.status.setObjectName("status")
        self.status.currentIndexChanged.connect(self._update_enabled)
        row("status", QCoreApplication.translate("ConsentRecordDialog", "Answer"), self.status)

        self.notice = QComboBox()
        self.notice.setObjectName("notice")
        for n in notices:
            text = f"{notice_text(n)} · {label('client_language', language_of(n.language))}"
            if n.id not in in_force:
                text += " " + QCoreApplication.translate(
                    "ConsentRecordDialog", "(not in force today)"
                )
            self.notice.addItem(text, n.id)
        if default is not None:
            self.notice.setCurrentIndex(max(self.notice.findData(default.id), 0))
        row(
            "notice_id",
            QCoreApplication.translate("ConsentRecordDialog", "Notice shown"),
            self.notice,
        )

        self.capture = CodeCombo("capture_method", allow_empty=False, codes=list(CAPTURE_METHODS))
        self.capture.setObjectName("captureMethod")
        row(
            "capture_method",
            QCoreApplication.translate("ConsentRecordDialog", "Captured by"),
            self.capture,
        )

        self.effective = QDateTimeEdit(QDateTime.currentDateTime())
        self.effective.setObjectName("effectiveAt")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat(f"{i18n.date_format()} HH:mm")
        row(
            "effective_at",
            QCoreApplication.translate("ConsentRecordDialog", "Effective"),
            self.effective,
        )

        self.expires = OptionalDateEdit()
        self.expires.setObjectName("expiresOn")
        self.expires.setToolTip(
            QCoreApplication.translate("ConsentRecordDialog", "Leave at — for no expiry.")
        )
        row(
            "expires_on",
            QCoreApplication.translate("ConsentRecordDialog", "Expires"),
            self.expires,
        )

        evidence = QWidget()
        line = QHBoxLayout(evidence)
        line.setContentsMargins(0, 0, 0, 0)
        self.evidence = QLineEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setReadOnly(True)
        self.evidence.setPlaceholderText(
            QCoreApplication.translate("ConsentRecordDialog", "No file (optional)")
        )
        choose = QPushButton(QCoreApplication.translate("ConsentRecordDialog", "Choose file…"))
        choose.setObjectName("chooseEvidence")
        choose.clicked.connect(self.choose_evidence)
        clear = QPushButton(QCoreApplication.translate("ConsentRecordDialog", "Clear"))
        clear.clicked.connect(lambda: self.set_evidence(None))
        line.addWidget(self.evidence, 1)
        line.addWidget(choose)
        line.addWidget(clear)
        row(
            "evidence_attachment_id",
            QCoreApplication.translate("ConsentRecordDialog", "Evidence"),
            evidence,
            self.evidence,
        )

        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "ConsentRecordDialog",
                "Tick every purpose the signed form covers: each gets its own record. "
                "The evidence is stored encrypted inside the office.",
            ),
            QCoreApplication.translate("ConsentRecordDialog", "Record"),
            QCoreApplication.translate("ConsentRecordDialog", "Cancel"),
        )
        self._update_enabled()
        self.resize(620, self.sizeHint().height())

    # ---- state ---------------------------------------------------------------------------
    def checked_purposes(self) -> list[str]:
        out = []
        for i in range(self.purposes.count()):
            item = self.purposes.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_purposes(self, purposes: list[str]) -> None:
        for i in range(self.purposes.count()):
            item = self.purposes.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in purposes
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _update_enabled(self, *_args: object) -> None:
        self.third_party.setEnabled(THIRD_PARTY_SHARING in self.checked_purposes())
        granting = self.status.value() == GRANTED
        self.expires.setEnabled(granting)
        self.ok_button.setEnabled(bool(self.checked_purposes()))

    def choose_evidence(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ConsentRecordDialog", "Scanned consent form"),
            str(Path.home()),
            QCoreApplication.translate(
                "ConsentRecordDialog",
                "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)",
            ),
        )
        if path:
            self.set_evidence(Path(path))

    def set_evidence(self, path: Path | None) -> None:
        self.evidence_path = path
        self.evidence.setText(path.name if path else "")
        self.evidence.setToolTip(str(path) if path else "")

    # ---- errors --------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for editor, error in self._errors.values():
            mark_invalid(editor, False)
            error.show_message("")
        self.error.show_message("")

    def _show(self, field: str, message: str) -> None:
        if field in self._errors:
            editor, error = self._errors[field]
            mark_invalid(editor, True)
            error.show_message(message)
        else:
            self.error.show_message(message)

    # ---- recording -----------------------------------------------------------------------
    def accept(self) -> None:
        """Record everything in one transaction; on any problem record nothing."""
        self._clear_errors()
        purposes = self.checked_purposes()
        if not purposes:
            self._show(
                "purpose",
                QCoreApplication.translate("ConsentRecordDialog", "Tick at least one purpose."),
            )
            return
        notice_id = self.notice.currentData()
        if notice_id is None:
            self._show(
                "notice_id",
                QCoreApplication.translate(
                    "ConsentRecordDialog",
                    "No privacy notice is published; publish one before recording consents.",
                ),
            )
            return
        status = self.status.value()
        capture = self.capture.value()
        effective = local_to_utc(self.effective.dateTime())
        expires = self.expires.value() if status == GRANTED else None
        third_party = self.third_party.text().strip() or None
        ids: list[int] = []
        try:
            with self.office.transaction() as session:
                evidence_id = None
                if self.evidence_path is not None:
                    info = AttachmentService(session, self.actor).add_file(
                        self.client_id, self.evidence_path
                    )
                    evidence_id = info.id
                service = ConsentService(session, self.actor)
                for purpose in purposes:
                    common = dict(
                        notice_id=notice_id,
                        capture_method=capture,
                        effective_at=effective,
                        third_party=third_party if purpose == THIRD_PARTY_SHARING else None,
                        evidence_attachment_id=evidence_id,
                    )
                    if status == GRANTED:
                        ids.append(
                            service.grant(self.client_id, purpose, expires_on=expires, **common)
                        )
                    else:
                        ids.append(service.refuse(self.client_id, purpose, **common))
        except ValidationError as exc:
            for error in exc.errors:
                message = app_message(error.message)
                if error.field == "notice_id" and error.message.startswith("Version "):
                    message = QCoreApplication.translate(
                        "ConsentRecordDialog",
                        "This notice version was not in force on the effective date; choose "
                        "the version shown that day.",
                    )
                self._show(error.field, message)
            return
        except AttachmentError as exc:
            self._show("evidence_attachment_id", app_message(str(exc)))
            return
        except (LookupError, OfficeError) as exc:
            self.error.show_message(app_message(str(exc)))
            return
        except Exception as exc:  # a database fault must not end the session
            log.exception("recording consent failed: %s", type(exc).__name__)
            self.error.show_message(
                QCoreApplication.translate(
                    "ConsentRecordDialog", "Nothing was recorded (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return
        self.record_ids = ids
        super().accept()

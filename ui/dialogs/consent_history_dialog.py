"""Every consent record of one purpose, newest first, exactly as recorded (read-only:
the history is append-only, so there is nothing to edit here)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
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

from app.attachments import AttachmentService
from app.consent import ConsentEntry, ConsentService
from db.office import Office
from ui import i18n
from ui.labels import label
from ui.widgets.consent_panel import STATE_COLOURS, format_instant, notice_text, purpose_text

CTX = "ConsentHistoryDialog"

COLUMNS = (
    QT_TRANSLATE_NOOP("ConsentHistoryDialog", "Effective"),
    QT_TRANSLATE_NOOP("ConsentHistoryDialog", "Status"),
    QT_TRANSLATE_NOOP("ConsentHistoryDialog", "Notice"),
    QT_TRANSLATE_NOOP("ConsentHistoryDialog", "Captured"),
    QT_TRANSLATE_NOOP("ConsentHistoryDialog", "Expires"),
    QT_TRANSLATE_NOOP("ConsentHistoryDialog", "Withdrawal"),
    QT_TRANSLATE_NOOP("ConsentHistoryDialog", "Evidence"),
    QT_TRANSLATE_NOOP("ConsentHistoryDialog", "Recorded"),
)


class ConsentHistoryDialog(QDialog):
    def __init__(
        self,
        office: Office,
        client_id: int,
        purpose: str,
        third_party: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentHistoryDialog")
        with office.session() as session:
            service = ConsentService(session)
            entries = service.history(client_id, purpose, third_party)
            notices = {n.id: n for n in service.notices()}
            evidence = {
                info.id: info.filename
                for info in AttachmentService(session).infos(
                    [e.evidence_attachment_id for e in entries if e.evidence_attachment_id]
                )
            }
        # newest first: the latest record decides the state, so it leads
        self.entries: list[ConsentEntry] = sorted(
            entries, key=lambda e: (e.effective_at, e.id), reverse=True
        )
        title = purpose_text(purpose, third_party)
        self.setWindowTitle(
            QCoreApplication.translate("ConsentHistoryDialog", "Consent history: %1").replace(
                "%1", title
            )
        )
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        layout.addWidget(heading)
        note = QLabel(
            QCoreApplication.translate(
                "ConsentHistoryDialog",
                "%1 record(s), newest first. Records are never changed or deleted; "
                "times are local.",
            ).replace("%1", str(len(self.entries)))
        )
        note.setStyleSheet("color: gray;")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(self.entries), len(COLUMNS))
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ConsentHistoryDialog", c) for c in COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # reasons run long
        for row, entry in enumerate(self.entries):
            notice = notices.get(entry.notice_id) if entry.notice_id else None
            withdrawal = ""
            if entry.withdrawal_channel:
                withdrawal = label("withdrawal_channel", entry.withdrawal_channel)
                if entry.withdrawal_reason:
                    withdrawal += f": {entry.withdrawal_reason}"
            cells = [
                format_instant(entry.effective_at),
                label("consent_state", entry.status),
                notice_text(notice),
                label("capture_method", entry.capture_method),
                i18n.format_date(entry.expires_on),
                withdrawal,
                evidence.get(entry.evidence_attachment_id or -1, ""),
                QCoreApplication.translate("ConsentHistoryDialog", "%1 by %2")
                .replace("%1", format_instant(entry.recorded_at))
                .replace("%2", entry.recorded_by),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    background, foreground = STATE_COLOURS.get(entry.status, ("#ffffff", "#000000"))
                    item.setBackground(QBrush(QColor(background)))
                    item.setForeground(QBrush(QColor(foreground)))
                if column == 2 and notice is not None:
                    item.setToolTip(
                        f"{notice.code} v{notice.version} ({notice.language})\n"
                        f"SHA-256 {notice.sha256}"
                    )
                if column == 5 and withdrawal:
                    item.setToolTip(withdrawal)
                self.table.setItem(row, column, item)
        if not self.entries:
            empty = QLabel(
                QCoreApplication.translate(
                    "ConsentHistoryDialog", "Nothing recorded for this purpose yet."
                )
            )
            layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("ConsentHistoryDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        rows = min(max(len(self.entries), 3), 12)
        self.resize(980, 190 + rows * self.table.verticalHeader().defaultSectionSize())

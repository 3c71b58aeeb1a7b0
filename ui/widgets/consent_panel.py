"""The card's consent panel: the state of every purpose, its history one click away, and
the three acts an advisor needs (record, withdraw, print the form for signature).

The states come from ConsentService.current_state(), which derives them from the
append-only history; nothing here stores or caches a state beyond the client shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.consent import (
    GRANTED,
    ConsentEntry,
    ConsentService,
    NoticeInfo,
    NoticeIntegrityError,
    PurposeState,
)
from app.consent_form import ConsentFormError, write_consent_form
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.labels import label

log = logging.getLogger(__name__)
CTX = "ConsentPanel"

# (background, text) per derived state: green for a valid grant, amber for one that needs
# attention, red for a refusal or withdrawal, grey for nothing recorded.
STATE_COLOURS = {
    "granted": ("#e3f4e6", "#1b5e20"),
    "needs_reconsent": ("#fff3cd", "#664d03"),
    "expired": ("#fff3cd", "#664d03"),
    "refused": ("#fbe4e6", "#8b1a1a"),
    "withdrawn": ("#fbe4e6", "#8b1a1a"),
    "never_asked": ("#f1f1f1", "#555555"),
}

# The card is half a screen wide: each purpose takes two lines (what, then when, until
# when and under which notice) instead of six columns that would need scrolling.
COLUMNS = (
    QT_TRANSLATE_NOOP("ConsentPanel", "Purpose"),
    QT_TRANSLATE_NOOP("ConsentPanel", "State"),
    QT_TRANSLATE_NOOP("ConsentPanel", "History"),
)


def format_instant(moment: dt.datetime | None) -> str:
    """A UTC instant in this machine's local time, as the locale writes dates."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{i18n.format_date(local.date())} {local:%H:%M}"


def format_local_date(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return i18n.format_date(moment.astimezone().date())


def purpose_text(purpose: str, third_party: str | None) -> str:
    text = label("consent_purpose", purpose)
    return f"{text} — {third_party}" if third_party else text


def notice_text(notice: NoticeInfo | None) -> str:
    if notice is None:
        return ""
    return (
        QCoreApplication.translate("ConsentPanel", "%1 v%2")
        .replace("%1", notice.title)
        .replace("%2", str(notice.version))
    )


class ConsentPanel(QWidget):
    """Shows one client's consents; `load(client_id, language)` refills it."""

    changed = Signal(int)  # a consent was recorded for this client
    message = Signal(str)

    def __init__(self, office: Office, actor: str = "advisor", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consentPanel")
        self.office = office
        self.actor = actor
        self.client_id: int | None = None
        self.client_language: str = "zh"
        self.client_name: str = ""
        self.states: list[PurposeState] = []
        self._entries: dict[int, ConsentEntry] = {}
        self._notices: dict[int, NoticeInfo] = {}
        self._t = i18n.Retranslator(CTX)
        self._build()

    # ---- construction --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("consentSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("consentTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 14)
        self.table.setWordWrap(True)  # "Re-consent needed" on two lines leaves room
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemDoubleClicked.connect(lambda item: self.show_history(item.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        self._t.bind(
            hint.setText,
            QT_TRANSLATE_NOOP(
                "ConsentPanel",
                "Records are never changed: a new consent or a withdrawal adds to the history. "
                "Double-click a purpose to see its history.",
            ),
        )
        layout.addWidget(hint)
        bar = QHBoxLayout()
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordConsent")
        self.record_button.clicked.connect(self.record_consent)
        self._t.bind(
            self.record_button.setText, QT_TRANSLATE_NOOP("ConsentPanel", "Record consent…")
        )
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self._t.bind(self.withdraw_button.setText, QT_TRANSLATE_NOOP("ConsentPanel", "Withdraw…"))
        self.print_button = QPushButton()
        self.print_button.setObjectName("printConsentForm")
        self.print_button.clicked.connect(self.print_form)
        self._t.bind(
            self.print_button.setText, QT_TRANSLATE_NOOP("ConsentPanel", "Print consent form…")
        )
        self._t.bind(
            self.print_button.setToolTip,
            QT_TRANSLATE_NOOP(
                "ConsentPanel",
                "A PDF pre-filled with the client and the notice in force, for signature.",
            ),
        )
        for button in (self.record_button, self.withdraw_button, self.print_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self._set_headers()

    def _set_headers(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ConsentPanel", c) for c in COLUMNS]
        )
        # The state column is as wide as its longest word, in bold, in this language.
        font = self.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        words = [word for code in STATE_COLOURS for word in label("consent_state", code).split()]
        words.append(QCoreApplication.translate("ConsentPanel", "State"))
        self.table.horizontalHeader().resizeSection(
            1, max(metrics.horizontalAdvance(w) for w in words) + 24
        )

    # ---- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._t.apply()
        self._set_headers()
        self._fill()

    # ---- data ----------------------------------------------------------------------------
    def load(self, client_id: int | None, language: str | None = None, name: str = "") -> None:
        """Show `client_id`'s consents (None: a new client, not saved yet)."""
        self.client_id = client_id
        self.client_language = language or "zh"
        self.client_name = name
        self.states, self._entries, self._notices = [], {}, {}
        if client_id is not None:
            with self.office.session() as session:
                service = ConsentService(session, self.actor)
                self.states = service.current_state(client_id)
                self._entries = {e.id: e for e in service.history(client_id)}
                self._notices = {n.id: n for n in service.notices()}
        self._fill()

    def reload(self) -> None:
        self.load(self.client_id, self.client_language, self.client_name)

    def state_of(self, purpose: str, third_party: str | None = None) -> PurposeState | None:
        for state in self.states:
            if state.purpose == purpose and state.third_party == third_party:
                return state
        return None

    def _fill(self) -> None:
        self.table.setRowCount(len(self.states))
        for row, state in enumerate(self.states):
            entry = self._entries.get(state.record_id) if state.record_id else None
            notice = self._notices.get(entry.notice_id) if entry and entry.notice_id else None
            reason = state.reason
            background, foreground = STATE_COLOURS.get(reason, ("#ffffff", "#000000"))
            detail = self.detail_text(state, notice)
            what = QTableWidgetItem()
            what.setData(Qt.ItemDataRole.UserRole, (state.purpose, state.third_party))
            tip = purpose_text(state.purpose, state.third_party)
            if notice is not None:
                tip += f"\n{notice.code} v{notice.version} ({notice.language})"
            what.setToolTip(f"{tip}\n{detail}" if detail else tip)
            self.table.setItem(row, 0, what)
            # Cell widgets are reused, never replaced: a replaced one lingers on screen
            # until the event loop deletes it.
            cell = self.table.cellWidget(row, 0)
            if not isinstance(cell, QLabel):
                cell = QLabel()
                cell.setObjectName(f"consentPurpose_{row}")
                cell.setContentsMargins(6, 0, 6, 0)
                cell.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                self.table.setCellWidget(row, 0, cell)
            cell.setText(
                f"<b>{escape(purpose_text(state.purpose, state.third_party))}</b>"
                + (f"<br><span style='color:#666'>{escape(detail)}</span>" if detail else "")
            )
            item = QTableWidgetItem(label("consent_state", reason))
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            font = item.font()
            font.setBold(reason != "never_asked")
            item.setFont(font)
            self.table.setItem(row, 1, item)
            button = self.table.cellWidget(row, 2)
            if not isinstance(button, QPushButton):
                button = QPushButton()
                button.setObjectName(f"history_{row}")
                button.setFlat(True)
                # A view re-shows its cell widgets, so "no history" is a disabled button
                # whose text is not drawn.
                button.setStyleSheet(
                    "QPushButton { color: #1a5fb4; text-decoration: underline; padding: 0 6px; }"
                    " QPushButton:disabled { color: transparent; }"
                )
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _checked=False, r=row: self.show_history(r))
                self.table.setCellWidget(row, 2, button)
            button.setText(QCoreApplication.translate("ConsentPanel", "History…"))
            button.setEnabled(state.record_id is not None)  # nothing recorded, no history
        if self.client_id is None:
            self.summary.setText(
                QCoreApplication.translate(
                    "ConsentPanel", "Save the new client before recording consents."
                )
            )
        else:
            valid = sum(1 for s in self.states if s.valid)
            attention = sum(1 for s in self.states if s.reason in ("needs_reconsent", "expired"))
            text = (
                QCoreApplication.translate(
                    "ConsentPanel", "%1 of %2 purposes granted; %3 need renewing."
                )
                if attention
                else QCoreApplication.translate("ConsentPanel", "%1 of %2 purposes granted.")
            )
            self.summary.setText(
                text.replace("%1", str(valid))
                .replace("%2", str(len(self.states)))
                .replace("%3", str(attention))
            )
        self._update_buttons()

    @staticmethod
    def detail_text(state: PurposeState, notice: NoticeInfo | None) -> str:
        """The purpose's second line: since when, until when, under which notice."""
        parts = []
        if state.since is not None and state.expires_on is not None:
            parts.append(
                QCoreApplication.translate("ConsentPanel", "%1 to %2")
                .replace("%1", format_local_date(state.since))
                .replace("%2", i18n.format_date(state.expires_on))
            )
        elif state.since is not None:
            parts.append(
                QCoreApplication.translate("ConsentPanel", "since %1").replace(
                    "%1", format_local_date(state.since)
                )
            )
        if notice is not None:
            parts.append(notice_text(notice))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        writable = self.client_id is not None and not self.office.read_only
        self.record_button.setEnabled(writable)
        self.withdraw_button.setEnabled(writable and any(s.status == GRANTED for s in self.states))
        self.print_button.setEnabled(self.client_id is not None)

    def _selected_state(self) -> PurposeState | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.states) and self.table.selectionModel().hasSelection():
            return self.states[row]
        return None

    # ---- actions -------------------------------------------------------------------------
    def show_history(self, row: int) -> None:
        from ui.dialogs.consent_history_dialog import ConsentHistoryDialog

        if self.client_id is None or not 0 <= row < len(self.states):
            return
        state = self.states[row]
        dialog = ConsentHistoryDialog(
            self.office, self.client_id, state.purpose, state.third_party, self
        )
        dialog.exec()

    def record_consent(self) -> None:
        from ui.dialogs.consent_record_dialog import ConsentRecordDialog

        if self.client_id is None or self.office.read_only:
            return
        selected = self._selected_state()
        dialog = ConsentRecordDialog(
            self.office,
            self.client_id,
            self.client_language,
            self.actor,
            preselect=[selected.purpose] if selected else [],
            third_party=selected.third_party if selected else None,
            parent=self,
        )
        if dialog.exec() != ConsentRecordDialog.DialogCode.Accepted:
            return
        self.reload()
        self.message.emit(
            QCoreApplication.translate("ConsentPanel", "Recorded %1 consent record(s).").replace(
                "%1", str(len(dialog.record_ids))
            )
        )
        self.changed.emit(self.client_id)

    def withdraw_consent(self) -> None:
        from ui.dialogs.consent_withdraw_dialog import ConsentWithdrawDialog

        if self.client_id is None or self.office.read_only:
            return
        granted = [(s.purpose, s.third_party) for s in self.states if s.status == GRANTED]
        if not granted:
            return
        selected = self._selected_state()
        preselect = (
            [(selected.purpose, selected.third_party)]
            if selected and selected.status == GRANTED
            else []
        )
        dialog = ConsentWithdrawDialog(
            self.office, self.client_id, self.actor, granted, preselect, self
        )
        if dialog.exec() != ConsentWithdrawDialog.DialogCode.Accepted:
            return
        self.reload()
        self.message.emit(
            QCoreApplication.translate("ConsentPanel", "Withdrawal recorded; it applies at once.")
        )
        self.changed.emit(self.client_id)

    def print_form(self) -> None:
        if self.client_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ConsentPanel", "Save consent form"),
            str(Path.home() / f"consent-form-{self.client_id}.pdf"),
            QCoreApplication.translate("ConsentPanel", "PDF files (*.pdf)"),
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        title = QCoreApplication.translate("ConsentPanel", "Consent form")
        try:
            with self.office.session() as session:
                form = write_consent_form(session, self.client_id, out)
        except (ConsentFormError, NoticeIntegrityError, LookupError, OfficeError) as exc:
            QMessageBox.warning(
                self,
                title,
                QCoreApplication.translate("ConsentPanel", "The form was not written: %1").replace(
                    "%1", QCoreApplication.translate("AppMessages", str(exc))
                ),
            )
            return
        except Exception as exc:  # a fault must not end the session with a traceback
            log.exception("consent form failed: %s", type(exc).__name__)
            QMessageBox.critical(
                self,
                title,
                QCoreApplication.translate("ConsentPanel", "The form was not written: %1").replace(
                    "%1", type(exc).__name__
                ),
            )
            return
        self.message.emit(
            QCoreApplication.translate("ConsentPanel", "Wrote %1 (notice %2 v%3).")
            .replace("%1", str(out))
            .replace("%2", form.notice.title)
            .replace("%3", str(form.notice.version))
        )

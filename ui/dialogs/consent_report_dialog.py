"""Consent reports (issue 4, section 6): coverage per purpose, clients missing a required
consent, withdrawals by month.

The three queries take seconds on a large office, so a ConsentReportJob computes them on
the thread pool with its own session while this dialog shows a busy bar and a Cancel
button. Read-only: it works in a read-only window too. Double-clicking a client in the
missing list emits openClient; the main window opens the card.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.consent import PURPOSES, REQUIRED_PURPOSES, STATES
from db.office import Office
from ui import i18n
from ui.consent_report_worker import STEPS, ConsentReportJob, ConsentReports
from ui.labels import label
from ui.widgets.consent_panel import STATE_COLOURS, purpose_text

CTX = "ConsentReportDialog"
MISSING_LIMIT = 1000
TABS = (
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Coverage"),
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Missing required consents"),
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Withdrawals by month"),
)
SCOPES = (
    ("active", QT_TRANSLATE_NOOP("ConsentReportDialog", "Active clients")),
    (None, QT_TRANSLATE_NOOP("ConsentReportDialog", "All clients")),
)
STEP_TEXT = (
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Counting consent coverage…"),
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Finding clients without required consents…"),
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Counting withdrawals by month…"),
)
MISSING_COLUMNS = (
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Client"),
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Owner"),
    QT_TRANSLATE_NOOP("ConsentReportDialog", "Missing"),
)
WHO_ACTIVE = QT_TRANSLATE_NOOP("ConsentReportDialog", "%1 active clients")
WHO_ALL = QT_TRANSLATE_NOOP("ConsentReportDialog", "%1 clients")
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def percent(share: float) -> str:
    return QLocale().toString(share * 100, "f", 1) + "%"


def _table(object_name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ConsentReportDialog(QDialog):
    openClient = Signal(int)
    reportsReady = Signal()  # the tables hold a fresh result

    def __init__(
        self,
        office: Office,
        parent: QWidget | None = None,
        *,
        missing_limit: int = MISSING_LIMIT,
        pool: QThreadPool | None = None,
        on: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentReportDialog")
        self.office = office
        self.missing_limit = missing_limit
        self.pool = pool or QThreadPool.globalInstance()
        self.on = on
        self.reports: ConsentReports | None = None
        self._job: ConsentReportJob | None = None
        self._token = 0
        self._step = 0
        self._failed: str | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        self.scope_label = QLabel()
        top.addWidget(self.scope_label)
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        for code, _source in SCOPES:
            self.scope.addItem("", code)
        self.scope.currentIndexChanged.connect(lambda _i: self.start())
        top.addWidget(self.scope)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.coverage_table = _table("coverageTable")
        coverage_page = QWidget()
        page = QVBoxLayout(coverage_page)
        self.coverage_note = QLabel()
        self.coverage_note.setObjectName("coverageNote")
        self.coverage_note.setWordWrap(True)
        self.coverage_note.setStyleSheet("color: #555;")
        page.addWidget(self.coverage_note)
        page.addWidget(self.coverage_table, 1)
        self.tabs.addTab(coverage_page, "")

        missing_page = QWidget()
        page = QVBoxLayout(missing_page)
        self.missing_summary = QLabel()
        self.missing_summary.setObjectName("missingSummary")
        self.missing_summary.setWordWrap(True)
        page.addWidget(self.missing_summary)
        self.missing_table = _table("missingTable")
        self.missing_table.activated.connect(self._on_missing_activated)
        page.addWidget(self.missing_table, 1)
        self.tabs.addTab(missing_page, "")

        withdrawals_page = QWidget()
        page = QVBoxLayout(withdrawals_page)
        self.withdrawals_summary = QLabel()
        self.withdrawals_summary.setObjectName("withdrawalsSummary")
        self.withdrawals_summary.setWordWrap(True)
        page.addWidget(self.withdrawals_summary)
        self.withdrawals_table = _table("withdrawalsTable")
        page.addWidget(self.withdrawals_table, 1)
        self.tabs.addTab(withdrawals_page, "")
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("status")
        bottom.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)  # busy: a single query cannot say how far it is
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.start)
        bottom.addWidget(self.refresh_button)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel)
        bottom.addWidget(self.cancel_button)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.accept)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.resize(1060, 620)
        self.retranslate()
        self.start()

    # ---- the worker ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._job is not None

    def client_status(self) -> str | None:
        return self.scope.currentData()

    def start(self) -> None:
        """(Re)compute: a job still running for an earlier request is cancelled and its
        result ignored (its token no longer matches)."""
        if self._job is not None:
            self._job.cancel()
        self._token += 1
        self._step = 0
        self._failed = None
        job = ConsentReportJob(
            self.office, self.client_status(), self.missing_limit, self.on, token=self._token
        )
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self._set_busy(True)
        job.start(self.pool)

    def cancel(self) -> None:
        """Discard whatever the worker finds and close without a word."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._token += 1
        self.reject()

    def _on_progress(self, token: int, done: int) -> None:
        if token == self._token:
            self._step = done
            self._show_status()

    def _on_finished(self, token: int, reports: ConsentReports) -> None:
        if token != self._token:
            return
        self._job = None
        self.reports = reports
        self._fill()
        self._set_busy(False)
        self.reportsReady.emit()

    def _on_failed(self, token: int, kind: str) -> None:
        if token != self._token:
            return
        self._job = None
        self._failed = kind
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.close_button.setVisible(not busy)
        self.refresh_button.setVisible(not busy)
        self.scope.setEnabled(not busy)
        self.tabs.setEnabled(not busy)
        if not busy:
            self.close_button.setDefault(True)
        self._show_status()

    def _show_status(self) -> None:
        if self._failed is not None:
            self.status.setStyleSheet("color: #8b1a1a;")
            self.status.setText(
                QCoreApplication.translate(
                    "ConsentReportDialog",
                    "The reports could not be computed (%1). Try again with Refresh.",
                ).replace("%1", self._failed)
            )
        elif self._job is not None:
            self.status.setStyleSheet("")
            self.status.setText(
                QCoreApplication.translate("ConsentReportDialog", "%1 (%2 of %3)")
                .replace("%1", tr(STEP_TEXT[min(self._step, STEPS - 1)]))
                .replace("%2", str(min(self._step + 1, STEPS)))
                .replace("%3", str(STEPS))
            )
        elif self.reports is not None:
            self.status.setStyleSheet("color: #555;")
            self.status.setText(
                QCoreApplication.translate("ConsentReportDialog", "As of %1.").replace(
                    "%1", i18n.format_date(self.reports.on)
                )
            )
        else:
            self.status.setText("")

    # ---- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ConsentReportDialog", "Consent report"))
        self.heading.setText(QCoreApplication.translate("ConsentReportDialog", "Consent report"))
        self.scope_label.setText(QCoreApplication.translate("ConsentReportDialog", "Clients:"))
        for index, (_code, source) in enumerate(SCOPES):
            self.scope.setItemText(index, tr(source))
        for index, source in enumerate(TABS):
            self.tabs.setTabText(index, tr(source))
        self.refresh_button.setText(QCoreApplication.translate("ConsentReportDialog", "Refresh"))
        self.cancel_button.setText(QCoreApplication.translate("ConsentReportDialog", "Cancel"))
        self.close_button.setText(QCoreApplication.translate("ConsentReportDialog", "Close"))
        self._fill()
        self._show_status()

    # ---- the tables ----------------------------------------------------------------------
    def _who(self, count: int) -> str:
        scope = self.reports.client_status if self.reports else self.client_status()
        source = WHO_ACTIVE if scope == "active" else WHO_ALL
        return tr(source).replace("%1", i18n.format_int(count))

    def _fill(self) -> None:
        reports = self.reports
        if reports is None:
            for table in (self.coverage_table, self.missing_table, self.withdrawals_table):
                table.clear()
                table.setRowCount(0)
                table.setColumnCount(0)
            for note in (self.coverage_note, self.missing_summary, self.withdrawals_summary):
                note.setText("")
            return
        self._fill_coverage(reports)
        self._fill_missing(reports)
        self._fill_withdrawals(reports)

    def _fill_coverage(self, reports: ConsentReports) -> None:
        table = self.coverage_table
        table.clear()
        headers = [QCoreApplication.translate("ConsentReportDialog", "Purpose")] + [
            label("consent_state", s) for s in STATES
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(reports.coverage))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, line in enumerate(reports.coverage):
            name = _item(purpose_text(line.purpose, line.third_party))
            name.setData(Qt.ItemDataRole.UserRole, (line.purpose, line.third_party))
            if line.purpose in REQUIRED_PURPOSES:
                name.setFont(bold)
                name.setToolTip(
                    QCoreApplication.translate(
                        "ConsentReportDialog", "Required of every active client"
                    )
                )
            table.setItem(row, 0, name)
            for column, state in enumerate(STATES, start=1):
                count = line.counts.get(state, 0)
                text = (
                    QCoreApplication.translate("ConsentReportDialog", "%1 (%2)")
                    .replace("%1", i18n.format_int(count))
                    .replace("%2", percent(line.share(state)))
                    if count
                    else "0"  # a column of "0 (0.0%)" only hides the numbers that matter
                )
                cell = _item(text, align_right=True)
                cell.setData(Qt.ItemDataRole.UserRole, count)
                if count:
                    background, foreground = STATE_COLOURS.get(state, ("#ffffff", "#000000"))
                    cell.setForeground(QBrush(QColor(foreground)))
                    if state == "granted":
                        cell.setBackground(QBrush(QColor(background)))
                else:
                    cell.setForeground(QBrush(QColor("#999999")))
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        total = reports.coverage[0].total if reports.coverage else 0
        self.coverage_note.setText(
            QCoreApplication.translate(
                "ConsentReportDialog",
                "How %1 stand on each purpose: the number of clients in each state and their "
                "share. Sharing with third parties is counted per named third party.",
            ).replace("%1", self._who(total))
        )

    def _fill_missing(self, reports: ConsentReports) -> None:
        missing = reports.missing
        table = self.missing_table
        table.clear()
        table.setColumnCount(len(MISSING_COLUMNS))
        table.setHorizontalHeaderLabels([tr(c) for c in MISSING_COLUMNS])
        table.setRowCount(len(missing.clients))
        for row, client in enumerate(missing.clients):
            name = _item(client.name)
            name.setData(CLIENT_ID_ROLE, client.id)
            name.setToolTip(
                QCoreApplication.translate(
                    "ConsentReportDialog", "Double-click to open the client's card"
                )
            )
            table.setItem(row, 0, name)
            table.setItem(row, 1, _item(client.owner or ""))
            lacking = "、" if i18n.is_chinese() else ", "
            table.setItem(
                row, 2, _item(lacking.join(label("consent_purpose", p) for p in client.missing))
            )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 260)
        table.setColumnWidth(1, 160)
        header.setStretchLastSection(True)
        if missing.clients_missing == 0:
            text = QCoreApplication.translate(
                "ConsentReportDialog", "All %1 have every required consent."
            ).replace("%1", self._who(missing.clients_checked))
        else:
            text = (
                QCoreApplication.translate(
                    "ConsentReportDialog",
                    "%1 of %2 lack a required consent (%3). Double-click a client to open the card.",
                )
                .replace("%1", i18n.format_int(missing.clients_missing))
                .replace("%2", self._who(missing.clients_checked))
                .replace(
                    "%3",
                    ("；" if i18n.is_chinese() else "; ").join(
                        QCoreApplication.translate("ConsentReportDialog", "%1: %2")
                        .replace("%1", label("consent_purpose", p))
                        .replace("%2", i18n.format_int(n))
                        for p, n in missing.by_purpose.items()
                    ),
                )
            )
            if len(missing.clients) < missing.clients_missing:
                text += " " + QCoreApplication.translate(
                    "ConsentReportDialog", "Showing the first %1 by name."
                ).replace("%1", i18n.format_int(len(missing.clients)))
        self.missing_summary.setText(text)

    def _fill_withdrawals(self, reports: ConsentReports) -> None:
        months = list(reversed(reports.withdrawals))  # newest first: recent ones matter
        seen = {p for m in months for p in m.by_purpose}
        purposes = [p for p in PURPOSES if p in seen] + sorted(seen - set(PURPOSES))
        table = self.withdrawals_table
        table.clear()
        headers = [
            QCoreApplication.translate("ConsentReportDialog", "Month"),
            QCoreApplication.translate("ConsentReportDialog", "Withdrawals"),
        ] + [label("consent_purpose", p) for p in purposes]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(months))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, month in enumerate(months):
            table.setItem(row, 0, _item(month.month))
            total = _item(i18n.format_int(month.total), align_right=True)
            total.setFont(bold)
            total.setData(Qt.ItemDataRole.UserRole, month.total)
            table.setItem(row, 1, total)
            for column, purpose in enumerate(purposes, start=2):
                count = month.by_purpose.get(purpose, 0)
                cell = _item(i18n.format_int(count) if count else "", align_right=True)
                cell.setData(Qt.ItemDataRole.UserRole, count)
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        if not months:
            text = QCoreApplication.translate(
                "ConsentReportDialog", "No consent has been withdrawn."
            )
        else:
            text = (
                QCoreApplication.translate(
                    "ConsentReportDialog",
                    "%1 withdrawals by clients of every status in %2 months, newest first, by the "
                    "month they took effect (UTC).",
                )
                .replace("%1", i18n.format_int(sum(m.total for m in months)))
                .replace("%2", i18n.format_int(len(months)))
            )
        self.withdrawals_summary.setText(text)

    # ---- acting on a row -----------------------------------------------------------------
    def _on_missing_activated(self, index: QModelIndex) -> None:
        item = self.missing_table.item(index.row(), 0)
        if item is None:
            return
        client_id = item.data(CLIENT_ID_ROLE)
        if client_id is not None:
            self.openClient.emit(int(client_id))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:  # closing mid-run is cancelling
            self._job.cancel()
            self._job = None
            self._token += 1
        super().closeEvent(event)

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self._token += 1
        super().reject()

"""The office dashboard: the book at a glance, eight charts filled off the UI thread.

The frame (title, Refresh, empty chart slots) paints at once; a StepsJob computes the
charts with its own session and each arrives by signal as soon as it is ready. The first
refresh starts when the tab is first shown, so opening the main window never waits for
it. Hiding the view (switching tabs, closing the window) cancels a running refresh;
showing it again finishes the job. Clicking a bar asks for the clients behind it
(`drillRequested`), which the main window shows in the client list.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.chart_series import Chart
from app.dashboard import DASHBOARD_KEYS, dashboard_steps
from db.office import Office
from ui import i18n
from ui.charts.chart_widget import ChartWidget
from ui.steps_worker import StepsJob

log = logging.getLogger(__name__)
CTX = "Dashboard"
COLUMNS = 2


class DashboardView(QWidget):
    drillRequested = Signal(str, object)  # a name for the selection, a segment filter
    refreshed = Signal()  # every chart of a refresh has arrived (tests, benchmarks)

    def __init__(
        self, office: Office, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.office = office
        self._today = today  # fixed day for tests; None = the real date at each refresh
        self._t = i18n.Retranslator(CTX)
        self._token = 0
        self._job: StepsJob | None = None
        self._pending: set[str] = set()
        self._complete = False
        self._failed: list[str] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14px; font-weight: bold;")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet("color: #555;")
        head.addWidget(self.status)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button)
        outer.addLayout(head)

        # the chart widgets are built when the tab is first shown: eight plots cost ~0.2 s,
        # which the main window's own first paint should not pay for a tab it may not open
        self.charts: dict[str, ChartWidget] = {}
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        outer.addWidget(self._scroll, 1)

        self._t.bind(self.heading.setText, QT_TRANSLATE_NOOP("Dashboard", "Office dashboard"))
        self._t.bind(self.refresh_button.setText, QT_TRANSLATE_NOOP("Dashboard", "Refresh"))
        self._status_text()

    def _build_charts(self) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for index, key in enumerate(DASHBOARD_KEYS):
            widget = ChartWidget()
            widget.setObjectName(f"dashboardChart_{key}")
            widget.setMinimumHeight(260)
            widget.drillRequested.connect(self.drillRequested)
            grid.addWidget(widget, index // COLUMNS, index % COLUMNS)
            self.charts[key] = widget
        self._scroll.setWidget(body)

    # ---- refreshing ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def refresh(self) -> None:
        """Recompute every chart off the UI thread; a running refresh is replaced."""
        if not self.charts:
            self._build_charts()
        self.cancel()
        self._token += 1
        self._pending = set(DASHBOARD_KEYS)
        self._failed = []
        self._complete = False
        today = self._today or dt.date.today()
        job = StepsJob(self.office, dashboard_steps(today, dt.datetime.now(dt.UTC)), self._token)
        job.signals.stepDone.connect(self._chart_ready)
        job.signals.stepFailed.connect(self._chart_failed)
        job.signals.finished.connect(self._finished)
        self._job = job
        self._status_text()
        job.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._pending = set()
        self._status_text()

    def _chart_ready(self, token: int, key: str, chart: object) -> None:
        if token != self._token or key not in self.charts or not isinstance(chart, Chart):
            return
        self.charts[key].set_chart(chart)
        self._pending.discard(key)
        self._status_text()

    def _chart_failed(self, token: int, key: str, kind: str) -> None:
        if token != self._token:
            return
        log.warning("dashboard chart %s failed: %s", key or "(all)", kind)
        self._failed.append(key)
        self._pending.discard(key)
        self._status_text()

    def _finished(self, token: int) -> None:
        if token != self._token:
            return
        self._job = None
        self._pending = set()
        self._complete = not self._failed
        self._updated_at = QTime.currentTime()
        self._status_text()
        self.refreshed.emit()

    def _status_text(self) -> None:
        if self._pending:
            done = len(DASHBOARD_KEYS) - len(self._pending)
            text = QCoreApplication.translate("Dashboard", "Updating… %1 of %2")
            text = text.replace("%1", str(done)).replace("%2", str(len(DASHBOARD_KEYS)))
        elif self._failed:
            text = QCoreApplication.translate(
                "Dashboard", "Some charts could not be computed; press Refresh to try again."
            )
        elif self._complete:
            text = QCoreApplication.translate("Dashboard", "Updated at %1").replace(
                "%1", self._updated_at.toString("HH:mm")
            )
        else:
            text = ""
        self.status.setText(text)
        self.refresh_button.setEnabled(True)

    # ---- visibility and language ---------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.charts:
            self._build_charts()
        if not self._complete and not self._pending:
            # after this paint: a query running beside the first paint slows it down
            QTimer.singleShot(0, self._refresh_if_needed)

    def _refresh_if_needed(self) -> None:
        if self.isVisible() and not self._complete and not self._pending:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._pending:
            self.cancel()  # finished again when shown
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._t.apply()
        self._status_text()  # each chart retranslates itself

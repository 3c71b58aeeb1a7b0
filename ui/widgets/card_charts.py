"""The card's Charts section: five charts of one client and how their value score was reached.

The charts are computed off the UI thread (ui/steps_worker.py) and only while the section
is visible: opening a card costs nothing until the advisor looks at its charts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app import chart_series
from app.chart_series import Chart
from app.value_score import Explanation, ValueScoreService
from db.office import Office
from ui import i18n
from ui.charts.chart_widget import ChartWidget
from ui.steps_worker import Step, StepsJob

CTX = "CardCharts"
CARD_KEYS = ("worth", "allocation", "portfolio", "interactions", "risk")
COMPONENT_NAMES = {
    "aum": QT_TRANSLATE_NOOP("CardCharts", "Assets under management"),
    "revenue": QT_TRANSLATE_NOOP("CardCharts", "Revenue"),
    "tenure": QT_TRANSLATE_NOOP("CardCharts", "Tenure"),
    "contact": QT_TRANSLATE_NOOP("CardCharts", "Contacts in the last year"),
    "referrals": QT_TRANSLATE_NOOP("CardCharts", "Referrals"),
    "satisfaction": QT_TRANSLATE_NOOP("CardCharts", "Satisfaction (mean rating)"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def card_steps(client_id: int, today: dt.date) -> list[Step]:
    return [
        ("worth", lambda s: chart_series.net_worth_over_time(s, client_id)),
        ("allocation", lambda s: chart_series.allocation(s, client_id)),
        (
            "portfolio",
            lambda s: chart_series.value_vs_contributions(
                s, client_id, today.replace(year=today.year - 3), today
            ),
        ),
        ("interactions", lambda s: chart_series.interactions_per_month(s, client_id, today)),
        ("risk", lambda s: chart_series.risk_level_history(s, client_id)),
        ("score", lambda s: _explain(s, client_id, today)),
    ]


def _explain(session: Session, client_id: int, today: dt.date) -> Explanation:
    return ValueScoreService(session).explain(client_id, today)


class CardCharts(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardCharts")
        self.office = office
        self.client_id: int | None = None
        self.today: dt.date | None = None  # fixed day for tests; None = the real date
        self._loaded_for: int | None = None
        self._token = 0
        self._job: StepsJob | None = None
        self.explanation: Explanation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.score_label = QLabel()
        self.score_label.setObjectName("valueScore")
        self.score_label.setWordWrap(True)
        self.score_label.setStyleSheet("padding: 4px; background: #f4f6f9;")
        layout.addWidget(self.score_label)
        grid = QGridLayout()
        self.charts: dict[str, ChartWidget] = {}
        for index, key in enumerate(CARD_KEYS):
            widget = ChartWidget()
            widget.setObjectName(f"cardChart_{key}")
            widget.setMinimumHeight(240)
            grid.addWidget(widget, index // 2, index % 2)
            self.charts[key] = widget
        layout.addLayout(grid, 1)

    # ---- loading -------------------------------------------------------------------------
    def load(self, client_id: int | None) -> None:
        """Show this client's charts (computed when the section is visible)."""
        self.client_id = client_id
        self._loaded_for = None
        if client_id is None:
            self._cancel()
            for widget in self.charts.values():
                widget.set_chart(None)
            self.explanation = None
            self.score_label.setText("")
            return
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.client_id is None:
            return
        self._cancel()
        self._token += 1
        self._loaded_for = self.client_id
        steps = card_steps(self.client_id, self.today or dt.date.today())
        job = StepsJob(self.office, steps, self._token)
        job.signals.stepDone.connect(self._ready)
        job.signals.finished.connect(self._done)
        self._job = job
        job.start()

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def _done(self, token: int) -> None:
        if token == self._token:
            self._job = None

    def _ready(self, token: int, key: str, result: object) -> None:
        if token != self._token:
            return
        if key == "score" and isinstance(result, Explanation):
            self.explanation = result
            self._show_score()
        elif key in self.charts and isinstance(result, Chart):
            self.charts[key].set_chart(result)

    def _show_score(self) -> None:
        e = self.explanation
        if e is None:
            self.score_label.setText("")
            return
        head = QCoreApplication.translate(
            "CardCharts", "Value score %1 of 100 — the weighted mean of the inputs below"
        ).replace("%1", str(e.score))
        lines = [f"<b>{head}</b>"]
        for c in e.components:
            name = tr(COMPONENT_NAMES[c.key])
            if c.points is None:
                missing = QCoreApplication.translate("CardCharts", "not recorded, left out")
                lines.append(f"{name}: {missing}")
                continue
            value = self._value_text(c.key, c.value)
            part = QCoreApplication.translate("CardCharts", "%1 → %2 points × weight %3").replace(
                "%1", value
            )
            lines.append(
                f"{name}: " + part.replace("%2", str(c.points)).replace("%3", str(c.weight))
            )
        self.score_label.setText("<br>".join(lines))

    def _value_text(self, key: str, value: object) -> str:
        e = self.explanation
        if key in ("aum", "revenue") and isinstance(value, int) and e is not None:
            return i18n.format_money(value, e.currency)
        if key == "tenure" and isinstance(value, int):
            return QCoreApplication.translate("CardCharts", "%1 days").replace(
                "%1", i18n.format_int(value)
            )
        return str(value)

    # ---- visibility and language ---------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.client_id is not None and self._loaded_for != self.client_id:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._job is not None:
            self._cancel()
            self._loaded_for = None  # finish when shown again
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_score()  # each chart retranslates itself
        super().changeEvent(event)

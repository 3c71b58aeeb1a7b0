"""The card's Portfolio section: AUM, returns over a chosen period, accounts (masked),
holdings with totals, and the allocation by asset class and by risk rating.

Everything is read in one session per load through app/portfolio.py and
app/performance.py (SQL does the sums); tables are models under views. Recording a
transaction opens ui/dialogs/transaction_dialog.py (a purchase runs the suitability check
first); revealing an account number is recorded and shows it in that row until the next load.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import portfolio
from app.performance import PeriodReturns
from app.portfolio import PortfolioService
from app.portfolio_overview import PortfolioOverview
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.models.portfolio_tables import TextTableModel
from ui.portfolio_labels import (
    ACCOUNT_TYPES,
    ASSET_CLASSES,
    code_label,
    percent,
    portfolio_message,
)
from ui.portfolio_worker import PortfolioJob

log = logging.getLogger(__name__)
CTX = "PortfolioPanel"

ACCOUNT_HEADERS = (  # the figures first: a narrow card shows them without scrolling
    QT_TRANSLATE_NOOP("PortfolioPanel", "Account"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Value"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "XIRR (a year)"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "TWR (period)"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Type"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Currency"),
)
HOLDING_HEADERS = (
    QT_TRANSLATE_NOOP("PortfolioPanel", "Account"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Code"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Product"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Asset class"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Risk"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Quantity"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Cost"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Market value"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Valued on"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Value (base)"),
)
ALLOCATION_HEADERS = (
    QT_TRANSLATE_NOOP("PortfolioPanel", "Group"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Value"),
    QT_TRANSLATE_NOOP("PortfolioPanel", "Share"),
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _table(model: TextTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class PortfolioPanel(QWidget):
    message = Signal(str)
    changed = Signal(int)  # a transaction was recorded for this client
    loaded = Signal()  # the figures on screen are those of the current client and period

    def __init__(
        self,
        office: Office,
        actor: str = "advisor",
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioPanel")
        self.office = office
        self.actor = actor
        self.today = today or dt.date.today()
        self.client_id: int | None = None
        self.client_name = ""
        self.base = "CNY"
        self.account_ids: list[int] = []
        self.overview: PortfolioOverview | None = None
        self._token = 0
        self._t = i18n.Retranslator(CTX)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.aum_label = QLabel()
        self.aum_label.setObjectName("aumLabel")
        self.aum_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.aum_label.setWordWrap(True)
        layout.addWidget(self.aum_label)
        top = QHBoxLayout()
        self.period_label = QLabel()
        self._t.bind(self.period_label.setText, QT_TRANSLATE_NOOP("PortfolioPanel", "Period"))
        top.addWidget(self.period_label)
        self.start_edit = QDateEdit(_qdate(self.today.replace(year=self.today.year - 1)))
        self.end_edit = QDateEdit(_qdate(self.today))
        for edit, name in ((self.start_edit, "periodStart"), (self.end_edit, "periodEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.date_format())
            edit.dateChanged.connect(self._period_changed)
            top.addWidget(edit)
        top.addStretch(1)
        layout.addLayout(top)
        self.returns_label = QLabel()
        self.returns_label.setObjectName("returnsLabel")
        self.returns_label.setWordWrap(True)
        layout.addWidget(self.returns_label)
        self.error_label = QLabel()
        self.error_label.setObjectName("portfolioError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        self.accounts_title = QLabel()
        self.accounts_title.setStyleSheet("font-weight: bold;")
        self._t.bind(self.accounts_title.setText, QT_TRANSLATE_NOOP("PortfolioPanel", "Accounts"))
        buttons.addWidget(self.accounts_title)
        buttons.addStretch(1)
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("revealAccountButton")
        self._t.bind(
            self.reveal_button.setText, QT_TRANSLATE_NOOP("PortfolioPanel", "Show full number")
        )
        self._t.bind(
            self.reveal_button.setToolTip,
            QT_TRANSLATE_NOOP(
                "PortfolioPanel", "Show the selected account's full number (the look is recorded)"
            ),
        )
        self.reveal_button.clicked.connect(self.reveal_selected)
        buttons.addWidget(self.reveal_button)
        self.add_account_button = QPushButton()
        self.add_account_button.setObjectName("addAccountButton")
        self._t.bind(
            self.add_account_button.setText, QT_TRANSLATE_NOOP("PortfolioPanel", "Add account…")
        )
        self.add_account_button.clicked.connect(self.add_account)
        buttons.addWidget(self.add_account_button)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordTransactionButton")
        self._t.bind(
            self.record_button.setText,
            QT_TRANSLATE_NOOP("PortfolioPanel", "Record transaction…"),
        )
        self.record_button.clicked.connect(self.record_transaction)
        buttons.addWidget(self.record_button)
        layout.addLayout(buttons)
        self.accounts_model = TextTableModel(CTX, ACCOUNT_HEADERS, (1, 2, 3))
        self.accounts_view = _table(self.accounts_model, "accountsView")
        self.accounts_view.setMaximumHeight(130)
        layout.addWidget(self.accounts_view)

        self.holdings_title = QLabel()
        self.holdings_title.setStyleSheet("font-weight: bold;")
        self._t.bind(self.holdings_title.setText, QT_TRANSLATE_NOOP("PortfolioPanel", "Holdings"))
        layout.addWidget(self.holdings_title)
        self.holdings_model = TextTableModel(CTX, HOLDING_HEADERS, (4, 5, 6, 7, 9))
        self.holdings_view = _table(self.holdings_model, "holdingsView")
        self.holdings_view.setMinimumHeight(
            self.holdings_view.verticalHeader().defaultSectionSize() * 7
        )
        layout.addWidget(self.holdings_view, 2)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("holdingTotals")
        self.totals_label.setWordWrap(True)
        layout.addWidget(self.totals_label)

        self.by_class_title = QLabel()
        self.by_risk_title = QLabel()
        self._t.bind(
            self.by_class_title.setText, QT_TRANSLATE_NOOP("PortfolioPanel", "By asset class")
        )
        self._t.bind(
            self.by_risk_title.setText, QT_TRANSLATE_NOOP("PortfolioPanel", "By risk rating")
        )
        self.by_class_model = TextTableModel(CTX, ALLOCATION_HEADERS, (1, 2))
        self.by_risk_model = TextTableModel(CTX, ALLOCATION_HEADERS, (1, 2))
        for title, model, name in (
            (self.by_class_title, self.by_class_model, "byClassView"),
            (self.by_risk_title, self.by_risk_model, "byRiskView"),
        ):
            title.setStyleSheet("font-weight: bold;")
            layout.addWidget(title)
            view = _table(model, name)
            view.setMinimumHeight(view.verticalHeader().defaultSectionSize() * 7)
            layout.addWidget(view, 1)

    # ---- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._t.apply()
        for model in (
            self.accounts_model,
            self.holdings_model,
            self.by_class_model,
            self.by_risk_model,
        ):
            model.retranslate()
        if self.overview is not None and self.client_id is not None:
            self.fill(self.overview)
        else:
            self.refresh()  # its texts (no accounts, an error, calculating) in the new language

    # ---- data ----------------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    def set_period(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._period_changed()  # one refresh

    def _period_changed(self, *_args: object) -> None:
        if self.client_id is not None:
            self.refresh()

    def load(self, client_id: int | None, name: str = "") -> None:
        """Show `client_id`'s portfolio (None: a new client, nothing to show)."""
        self.client_id = client_id
        self.client_name = name
        self.refresh()

    def refresh(self) -> None:
        """Recompute off the UI thread; a refresh started later wins (see the token)."""
        self._token += 1
        self.error_label.hide()
        writable = self.client_id is not None and not self.office.read_only
        self.record_button.setEnabled(writable)
        self.add_account_button.setEnabled(writable)
        self.reveal_button.setEnabled(self.client_id is not None)
        if self.client_id is None:
            self._clear()
            self.loaded.emit()
            return
        start, end = self.period()
        with self.office.session() as s:  # one indexed look: most clients have no accounts
            self.base = portfolio.base_currency(s)
            has_accounts = bool(portfolio.accounts(s, self.client_id))
        if not has_accounts:
            self._clear()
            self.returns_label.setText(
                QCoreApplication.translate("PortfolioPanel", "No accounts recorded yet.")
            )
            self.loaded.emit()
            return
        self.returns_label.setText(
            QCoreApplication.translate("PortfolioPanel", "Calculating returns…")
        )
        job = PortfolioJob(self.office, self.client_id, start, end, self.today, self._token)
        job.signals.finished.connect(self._loaded)
        job.signals.failed.connect(self._failed)
        job.start()

    def _failed(self, token: int, text: str) -> None:
        if token != self._token:
            return
        self._clear()
        self._show_error(portfolio_message(text))
        self.loaded.emit()

    def _loaded(self, token: int, data: PortfolioOverview) -> None:
        if token != self._token:
            return  # replaced by a newer load
        self.overview = data
        self.fill(data)
        self.loaded.emit()

    def fill(self, data: PortfolioOverview) -> None:
        self.base = data.base_currency
        self.account_ids = [a.id for a in data.accounts]
        values = data.account_values()
        money = i18n.format_money
        self.accounts_model.set_rows(
            [
                [
                    a.label,
                    money(values.get(a.id, 0), self.base),
                    percent(r.xirr) if r else "—",
                    percent(r.twr) if r else "—",
                    code_label(ACCOUNT_TYPES, a.account_type),
                    a.currency,
                ]
                for a, r in zip(data.accounts, data.account_returns, strict=True)
            ],
            [self._returns_tip(r) for r in data.account_returns],
        )
        self.holdings_model.set_rows(
            [
                [
                    h.account_label,
                    h.product_code,
                    h.product_name,
                    code_label(ASSET_CLASSES, h.asset_class),
                    f"R{h.risk_rating}",
                    f"{h.quantity:,}",
                    money(h.cost, h.currency),
                    money(h.market_value, h.currency),
                    i18n.format_date(h.valuation_date),
                    money(h.value_base, self.base),
                ]
                for h in data.holdings
            ]
        )
        aum = data.aum
        cost_base = sum(h.cost for h in data.holdings if h.currency == self.base)
        self.aum_label.setText(
            QCoreApplication.translate("PortfolioPanel", "Assets under management: %1").replace(
                "%1", money(aum, self.base)
            )
        )
        self.totals_label.setText(
            QCoreApplication.translate(
                "PortfolioPanel", "Holdings: %1 · value %2 · cost of the %3 holdings %4"
            )
            .replace("%1", str(len(data.holdings)))
            .replace("%2", money(aum, self.base))
            .replace("%3", self.base)
            .replace("%4", money(cost_base, self.base))
        )
        self.by_class_model.set_rows(self._allocation_rows(data.by_asset_class, aum, ASSET_CLASSES))
        self.by_risk_model.set_rows(self._allocation_rows(data.by_risk_rating, aum, None))
        self.returns_label.setText(self._returns_text(data.client_returns))

    def _allocation_rows(
        self, rows: list[tuple[str, int]], total: int, labels: dict[str, str] | None
    ) -> list[list[str]]:
        return [
            [
                code_label(labels, key) if labels else key,
                i18n.format_money(value, self.base),
                f"{value * 100 / total:.1f}%" if total else "—",
            ]
            for key, value in rows
        ]

    def _returns_text(self, result: PeriodReturns | None) -> str:
        if result is None:
            return QCoreApplication.translate(
                "PortfolioPanel", "Choose a period that ends after it starts."
            )
        text = (
            QCoreApplication.translate(
                "PortfolioPanel", "Over the period: XIRR %1 a year · TWR %2 · net contributions %3"
            )
            .replace("%1", percent(result.xirr))
            .replace("%2", percent(result.twr))
            .replace("%3", i18n.format_money(result.net_contributions, self.base))
        )
        if result.xirr is None and result.twr is None:
            text += " — " + QCoreApplication.translate(
                "PortfolioPanel", "no return can be computed: nothing was invested in the period."
            )
        return text

    def _returns_tip(self, result: PeriodReturns | None) -> str | None:
        if result is None or (result.xirr is not None and result.twr is not None):
            return None
        return QCoreApplication.translate(
            "PortfolioPanel", "No return can be computed for this account in the period."
        )

    def _clear(self) -> None:
        self.account_ids = []
        self.overview = None
        for model in (
            self.accounts_model,
            self.holdings_model,
            self.by_class_model,
            self.by_risk_model,
        ):
            model.set_rows([])
        self.aum_label.setText("")
        self.totals_label.setText("")
        self.returns_label.setText("")

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # ---- actions -------------------------------------------------------------------------
    def selected_account(self) -> int | None:
        rows = self.accounts_view.selectionModel().selectedRows()
        if rows:
            return self.account_ids[rows[0].row()]
        if len(self.account_ids) == 1:
            return self.account_ids[0]
        return None

    def reveal_selected(self) -> str | None:
        """Record the look and show the selected account's full number in its row."""
        account_id = self.selected_account()
        if self.client_id is None or account_id is None:
            self.message.emit(
                QCoreApplication.translate("PortfolioPanel", "Select an account first.")
            )
            return None
        try:
            with self.office.transaction() as s:
                number = PortfolioService(s, self.actor).reveal_account_number(
                    self.client_id, account_id, "card"
                )
        except (LookupError, OfficeError) as exc:
            self._show_error(portfolio_message(str(exc)))
            return None
        row = self.account_ids.index(account_id)
        label = self.accounts_model.rows[row][0]
        institution = label.rsplit(" ", 1)[0]
        self.accounts_model.set_cell(row, 0, f"{institution} {number}")
        return number

    def add_account(self) -> None:
        if self.client_id is None or self.office.read_only:
            return
        from ui.dialogs.account_dialog import AccountDialog

        dialog = AccountDialog(
            self.office, self.client_id, self.client_name, self.actor, self.base, parent=self
        )
        if dialog.exec() and dialog.account_id is not None:
            self.message.emit(QCoreApplication.translate("PortfolioPanel", "Account added."))
            self.refresh()

    def record_transaction(self) -> None:
        if self.client_id is None or self.office.read_only:
            return
        from ui.dialogs.transaction_dialog import TransactionDialog

        dialog = TransactionDialog(
            self.office,
            self.client_id,
            self.client_name,
            self.actor,
            account_id=self.selected_account(),
            today=self.today,
            parent=self,
        )
        if dialog.exec() and dialog.recorded_id is not None:
            self.message.emit(QCoreApplication.translate("PortfolioPanel", "Transaction recorded."))
            self.refresh()
            self.changed.emit(self.client_id)

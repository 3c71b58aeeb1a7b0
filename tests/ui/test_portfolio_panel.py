"""The card's Portfolio section with pytest-qt: masked accounts, holdings with totals,
allocation, AUM and returns; the recorded reveal; recording a purchase through the
suitability warning (reason and confirmation required), a cancelled check, bad input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.money import FxService
from db.models import AccessEvent, FxRate
from db.models_portfolio import Account, Holding, PortfolioTransaction
from db.models_risk import SuitabilityRecord
from db.office import Office
from tests.app.portfolio_helpers import add_account, add_history, add_holding, add_product
from tests.app.risk_helpers import assess
from tests.ui.conftest import make_clients
from ui.dialogs.suitability_dialog import SuitabilityDialog
from ui.dialogs.transaction_dialog import TransactionDialog
from ui.widgets.portfolio_panel import PortfolioPanel

TODAY = dt.date(2026, 11, 20)
NUMBER = "6222020200112233445"


@pytest.fixture
def client(office: Office) -> dict[str, int]:
    client_id = make_clients(office, 1)[0]
    with office.transaction() as s:
        FxService(s, "CNY").set_rate("USD", dt.date(2020, 1, 1), Decimal("7"))
        equity = add_product(s, "EQ300", risk=4, asset_class="equity")
        bond = add_product(s, "BOND1", risk=2, asset_class="fixed_income")
        usd = add_product(s, "USDMMF", risk=1, asset_class="cash", currency="USD")
        account = add_account(s, client_id, NUMBER)
        add_history(
            s,
            account,
            equity,
            "buy",
            dt.date(2025, 11, 20),
            100_000_00,
            quantity="100000",
            price="1",
        )
        add_history(
            s,
            account,
            bond,
            "subscription",
            dt.date(2025, 11, 20),
            50_000_00,
            quantity="50000",
            price="1",
        )
        add_holding(s, account, equity, "100000", 110_000_00, TODAY, cost=100_000_00)
        add_holding(s, account, bond, "50000", 55_000_00, TODAY, cost=50_000_00)
        other = add_account(s, client_id, "HK998877665544", currency="USD")
        add_history(
            s,
            other,
            usd,
            "deposit",
            dt.date(2025, 11, 20),
            1_000_00,
            quantity="1000",
            price="1",
            currency="USD",
        )
        add_holding(s, other, usd, "1000", 1_000_00, TODAY, cost=1_000_00, currency="USD")
    return {"client": client_id, "account": account, "equity": equity, "bond": bond}


def _panel(qtbot, office: Office, client_id: int) -> PortfolioPanel:  # type: ignore[no-untyped-def]
    panel = PortfolioPanel(office, "Li Na", today=TODAY)
    qtbot.addWidget(panel)
    panel.set_period(dt.date(2025, 11, 20), TODAY)
    with qtbot.waitSignal(panel.loaded):
        panel.load(client_id, "王伟")
    return panel


def _column(panel_model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel_model.rows[r][column] for r in range(panel_model.rowCount())]


def test_the_section_shows_masked_accounts_holdings_allocation_and_returns(
    qtbot,
    office: Office,
    client: dict[str, int],
    translations,  # type: ignore[no-untyped-def]
) -> None:
    panel = _panel(qtbot, office, client["client"])
    accounts = panel.accounts_model
    assert _column(accounts, 0) == ["招商银行 6222***********3445", "招商银行 H***********44"]
    assert all(NUMBER not in text for row in accounts.rows for text in row)
    assert _column(panel.holdings_model, 1) == ["EQ300", "BOND1", "USDMMF"]
    assert _column(panel.holdings_model, 9) == ["CNY 110,000.00", "CNY 55,000.00", "CNY 7,000.00"]
    assert panel.aum_label.text() == "Assets under management: CNY 172,000.00"
    assert "Holdings: 3" in panel.totals_label.text()
    assert _column(panel.by_class_model, 0) == ["Equity", "Fixed income", "Cash"]
    assert _column(panel.by_risk_model, 0) == ["R1", "R2", "R4"]
    assert _column(panel.by_class_model, 2) == ["64.0%", "32.0%", "4.1%"]
    # a year: 150,000 + 7,000 in, 172,000 at the end (the USD leg is flat): 9.55 %
    text = panel.returns_label.text()
    assert "XIRR 9.55% a year" in text and "TWR 9.55%" in text
    assert _column(accounts, 2) == ["10.00%", "0.00%"]
    # another period: nothing invested before it starts -> a clear no-solution text
    with qtbot.waitSignal(panel.loaded):
        panel.set_period(dt.date(2020, 1, 1), dt.date(2024, 1, 1))
    assert "no return can be computed" in panel.returns_label.text()
    assert _column(accounts, 2) == ["—", "—"]


def test_the_section_in_chinese(
    qtbot,
    office: Office,
    client: dict[str, int],
    translations,  # type: ignore[no-untyped-def]
) -> None:
    translations.set_language("zh_CN")
    panel = _panel(qtbot, office, client["client"])
    assert panel.accounts_title.text() == "账户"
    assert _column(panel.by_class_model, 0) == ["权益", "固定收益", "现金"]
    assert panel.holdings_model.headerData(2, Qt.Orientation.Horizontal) == "产品"


def test_revealing_a_number_is_recorded_and_shown_in_its_row(
    qtbot,
    office: Office,
    client: dict[str, int],  # type: ignore[no-untyped-def]
) -> None:
    panel = _panel(qtbot, office, client["client"])
    panel.accounts_view.selectRow(0)
    assert panel.reveal_selected() == NUMBER
    assert panel.accounts_model.rows[0][0] == f"招商银行 {NUMBER}"
    with office.session() as s:
        events = list(s.scalars(select(AccessEvent).where(AccessEvent.action == "reveal_account")))
    assert [(e.actor, e.client_id) for e in events] == [("Li Na", client["client"])]
    with qtbot.waitSignal(panel.loaded):
        panel.load(client["client"], "王伟")  # masked again on the next look
    assert NUMBER not in panel.accounts_model.rows[0][0]


def _fill(
    dialog: TransactionDialog, kind: str, product: int | None, qty: str, price: str, amount: str
) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.product.setCurrentIndex(dialog.product.findData(product))
    dialog.trade_date.setDate(QDate(2026, 11, 18))
    dialog.quantity.setText(qty)
    dialog.price.setText(price)
    dialog.amount.setText(amount)


def _transaction_dialog(qtbot, office: Office, client_id: int) -> TransactionDialog:  # type: ignore[no-untyped-def]
    dialog = TransactionDialog(office, client_id, "王伟", "Li Na", today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _counts(office: Office) -> tuple[int, int]:
    with office.session() as s:
        return (
            s.scalar(select(func.count()).select_from(PortfolioTransaction)) or 0,
            s.scalar(select(func.count()).select_from(SuitabilityRecord)) or 0,
        )


def test_a_purchase_goes_through_the_suitability_warning(
    qtbot,
    office: Office,
    client: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """No risk assessment: buying an R4 product warns; without a reason nothing is
    recorded; with the reason and the client's confirmation the check and the trade are."""
    panel = _panel(qtbot, office, client["client"])
    before = _counts(office)
    seen: list[str] = []

    def suitability(dialog: SuitabilityDialog) -> int:
        assert dialog.current is not None and dialog.current.outcome == "warn"
        assert not dialog.warning_box.isHidden()
        seen.append(dialog.outcome.text())
        dialog.accept()  # no reason yet: refused inline
        assert "reason" in dialog.error.text()
        assert _counts(office) == before
        dialog.reason.setPlainText("Client insists after the risk talk")
        dialog.confirmed.setChecked(True)
        dialog.accept()
        return dialog.result()

    def transaction(dialog: TransactionDialog) -> int:
        _fill(dialog, "buy", client["equity"], "1000", "1.2", "1,200.00")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SuitabilityDialog, "exec", suitability)
    monkeypatch.setattr(TransactionDialog, "exec", transaction)
    panel.accounts_view.selectRow(0)
    with qtbot.waitSignals([panel.changed, panel.loaded]):
        panel.record_transaction()
    assert len(seen) == 1 and "Warning" in seen[0]
    assert _counts(office) == (before[0] + 1, before[1] + 1)
    with office.session() as s:
        record = s.scalars(select(SuitabilityRecord)).one()
        holding = s.scalar(select(Holding).where(Holding.product_id == client["equity"]))
    assert record.advisor_reason == "Client insists after the risk talk"
    assert (record.action, record.outcome, record.warning_confirmed) == ("purchase", "warn", True)
    assert holding is not None and Decimal(holding.quantity) == 101_000
    assert panel.holdings_model.rows[0][5] == "101,000"


def test_a_cancelled_check_records_nothing(
    qtbot,
    office: Office,
    client: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _transaction_dialog(qtbot, office, client["client"])
    monkeypatch.setattr(SuitabilityDialog, "exec", lambda d: 0)
    before = _counts(office)
    _fill(dialog, "subscription", client["bond"], "10", "1", "10")
    dialog.accept()
    assert "suitability check was not completed" in dialog.error.text()
    assert dialog.recorded_id is None and _counts(office) == before


def test_bad_input_is_named_and_records_nothing(
    qtbot,
    office: Office,
    client: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _transaction_dialog(qtbot, office, client["client"])
    opened: list[int] = []
    monkeypatch.setattr(SuitabilityDialog, "exec", lambda d: opened.append(1) or 0)
    before = _counts(office)
    _fill(dialog, "buy", None, "abc", "-1", "")
    dialog.accept()
    text = dialog.error.text()
    assert "Enter a number" in text and "Enter an amount" in text and "Choose the product" in text
    assert dialog.quantity.property("invalid") and dialog.amount.property("invalid")
    _fill(dialog, "sell", client["equity"], "999999", "1", "10")
    dialog.accept()
    assert "more than the account holds" in dialog.error.text()
    _fill(dialog, "fee", None, "", "", "10")
    dialog.trade_date.setDate(QDate(2027, 1, 1))
    dialog.accept()
    assert "future" in dialog.error.text()
    assert opened == [] and _counts(office) == before


def test_a_newer_load_wins_and_a_missing_rate_is_a_clear_message(
    qtbot,
    office: Office,
    client: dict[str, int],  # type: ignore[no-untyped-def]
) -> None:
    panel = _panel(qtbot, office, client["client"])
    # a load replaced before its job ends: its late result is dropped
    panel.load(client["client"], "王伟")
    panel.load(None)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    assert panel.holdings_model.rowCount() == 0 and panel.overview is None
    with qtbot.waitSignal(panel.loaded):
        panel.load(client["client"], "王伟")
    assert panel.holdings_model.rowCount() == 3
    # drop the USD rate: the section says which rate is missing and shows no figures
    with office.transaction() as s:
        s.execute(FxRate.__table__.delete())
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    assert not panel.error_label.isHidden()
    assert "No exchange rate for USD" in panel.error_label.text()
    assert panel.holdings_model.rowCount() == 0 and panel.aum_label.text() == ""


def test_a_client_without_accounts_says_so(
    qtbot,
    office: Office,
    client: dict[str, int],  # type: ignore[no-untyped-def]
) -> None:
    panel = _panel(qtbot, office, client["client"])
    with office.transaction() as s:
        s.execute(Holding.__table__.delete())
        s.execute(PortfolioTransaction.__table__.delete())
        s.execute(Account.__table__.delete())
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    assert panel.returns_label.text() == "No accounts recorded yet."
    assert panel.accounts_model.rowCount() == 0 and panel.aum_label.text() == ""


def test_a_c1_client_is_blocked_and_a_match_records_at_once(
    qtbot,
    office: Office,
    client: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """C1 buying an R4 fund: the check blocks and nothing is recorded. The same client
    subscribing to an R1 money-market fund: suitable, recorded with one click."""
    with office.transaction() as s:
        assess(s, client["client"], "C1")
        cash = add_product(s, "MMF9", risk=1, asset_class="cash")
    outcomes: list[str] = []

    def suitability(dialog: SuitabilityDialog) -> int:
        assert dialog.current is not None
        outcomes.append(dialog.current.outcome)
        if dialog.current.outcome == "blocked":
            assert not dialog.ok_button.isEnabled() and "cannot be" in dialog.error.text()
        dialog.accept()  # refused for a blocked product, records a suitable one
        return dialog.result()

    monkeypatch.setattr(SuitabilityDialog, "exec", suitability)
    before = _counts(office)
    dialog = _transaction_dialog(qtbot, office, client["client"])
    _fill(dialog, "buy", client["equity"], "10", "1", "10")
    dialog.accept()
    assert outcomes == ["blocked"] and _counts(office) == before
    assert "suitability check was not completed" in dialog.error.text()
    _fill(dialog, "subscription", cash, "500", "1", "500")
    dialog.accept()
    assert outcomes == ["blocked", "ok"] and dialog.recorded_id is not None
    assert _counts(office) == (before[0] + 1, before[1] + 1)


def test_adding_an_account_checks_every_field_and_shows_it_masked(
    qtbot,
    office: Office,
    client: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from ui.dialogs.account_dialog import AccountDialog

    panel = _panel(qtbot, office, client["client"])
    attempts: list[str] = []

    def fill(dialog: AccountDialog) -> int:
        dialog.currency.setText("XX")
        dialog.accept()  # empty institution and number, bad currency: nothing saved
        attempts.append(dialog.error.text())
        assert dialog.institution.property("invalid") and dialog.number.property("invalid")
        assert dialog.account_id is None
        dialog.institution.setText("工商银行")
        dialog.number.setText("6212 2640 0012 3456 789")
        dialog.currency.setText("cny")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", fill)
    with qtbot.waitSignal(panel.loaded):
        panel.add_account()
    assert "Enter the institution" in attempts[0] and "Enter the account number" in attempts[0]
    assert _column(panel.accounts_model, 0)[-1] == "工商银行 6212***********6789"
    with office.session() as s:
        number = s.scalar(select(Account.number).order_by(Account.id.desc()).limit(1))
    assert number == "6212264000123456789"

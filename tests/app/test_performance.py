"""XIRR and TWR against hand-computed cases (365-day years: 2022 and 2023 are not leap
years), including deposits and withdrawals mid-period and cases with no solution."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.performance import PerformanceError, ValuationPoint, returns, twr, xirr
from db.office import Office
from tests.app.portfolio_helpers import (
    add_account,
    add_history,
    add_holding,
    add_product,
    first_client_id,
)

D0, D1, D2 = dt.date(2022, 1, 1), dt.date(2023, 1, 1), dt.date(2024, 1, 1)
TEN_PERCENT = Decimal("0.1000000000")


def test_xirr_one_year_ten_percent() -> None:
    assert xirr([(D0, -1000), (D1, 1100)]) == TEN_PERCENT


def test_xirr_with_a_deposit_mid_period() -> None:
    # 1000 grows 2 years at 10 % (1210), the deposit of 1000 one year (1100): 2310.
    assert xirr([(D0, -1000), (D1, -1000), (D2, 2310)]) == TEN_PERCENT


def test_xirr_with_a_withdrawal_mid_period() -> None:
    # 550 / 1.1 + 605 / 1.21 = 500 + 500 = 1000.
    assert xirr([(D0, -1000), (D1, 550), (D2, 605)]) == TEN_PERCENT


def test_xirr_loss_and_half_year() -> None:
    # 1000 -> 810 over two years is -10 % a year.
    assert xirr([(D0, -1000), (D2, 810)]) == Decimal("-0.1000000000")
    # Half a year (182.5 days is not a date; 2022-07-02 is day 182): (1.05)^(365/182) - 1.
    half = dt.date(2022, 7, 2)
    expected = Decimal(1.05 ** (365 / 182) - 1).quantize(Decimal("1e-10"))
    assert abs(xirr([(D0, -1000), (half, 1050)]) - expected) <= Decimal("1e-9")


@pytest.mark.parametrize(
    ("flows", "message"),
    [
        ([(D0, -1000), (D1, -500)], "same sign"),
        ([(D0, 1000), (D1, 500)], "same sign"),
        ([(D0, -1000)], "at least two"),
        ([], "at least two"),
        ([(D0, -1000), (D0, 1100)], "same day"),
    ],
)
def test_xirr_without_a_solution_says_why(flows: list[tuple[dt.date, int]], message: str) -> None:
    with pytest.raises(PerformanceError, match=message):
        xirr(flows)


def test_twr_removes_the_timing_of_a_deposit() -> None:
    # +10 % to 110,000, deposit 50,000 (160,000), +10 % to 176,000: 1.1 * 1.1 - 1 = 21 %.
    points = [
        ValuationPoint(D0, 100_000, 0),
        ValuationPoint(dt.date(2022, 7, 1), 160_000, 50_000),
        ValuationPoint(D1, 176_000, 0),
    ]
    assert twr(points) == Decimal("0.2100000000")


def test_twr_with_a_withdrawal_mid_period() -> None:
    # -20 % to 80,000, withdraw 30,000 (50,000), +10 % to 55,000: 0.8 * 1.1 - 1 = -12 %.
    points = [
        ValuationPoint(D0, 100_000, 0),
        ValuationPoint(dt.date(2022, 7, 1), 50_000, -30_000),
        ValuationPoint(D1, 55_000, 0),
    ]
    assert twr(points) == Decimal("-0.1200000000")


def test_twr_without_anything_invested_has_no_solution() -> None:
    with pytest.raises(PerformanceError, match="nothing was invested"):
        twr([ValuationPoint(D0, 0, 0), ValuationPoint(D1, 0, 0)])
    with pytest.raises(PerformanceError, match="start and an end"):
        twr([ValuationPoint(D0, 100, 0)])


def test_returns_of_an_account_from_transactions_and_holdings(office: Office) -> None:
    """Subscribe 1000 units at 1.00, redeem 500 at 1.10 a year later, hold 500 valued at
    1.21 after two years: XIRR 10 % a year, TWR 21 % over the period."""
    with office.transaction() as s:
        client_id = first_client_id(s)
        product = add_product(s)
        account = add_account(s, client_id)
        add_history(s, account, product, "subscription", D0, 100_000, quantity="1000", price="1")
        add_history(s, account, product, "redemption", D1, 55_000, quantity="500", price="1.1")
        add_holding(s, account, product, "500", 60_500, D2)
    with office.session() as s:
        for result in (
            returns(s, account_id=account, start=D0, end=D2),
            returns(s, client_id=client_id, start=D0, end=D2),
        ):
            assert result.start_value == 100_000
            assert result.end_value == 60_500
            assert result.net_contributions == -55_000
            assert result.xirr == TEN_PERCENT
            assert result.twr == Decimal("0.2100000000")


def test_returns_with_a_deposit_of_cash_mid_period(office: Office) -> None:
    """Deposits into a cash product count as money put in: 1000 units at 1.00, then 1000
    more at 1.10 a year later (1100 put in), all 2000 worth 1.21 at the end (2420)."""
    with office.transaction() as s:
        client_id = first_client_id(s)
        product = add_product(s, "MMF1", risk=1, asset_class="cash")
        account = add_account(s, client_id)
        add_history(s, account, product, "deposit", D0, 100_000, quantity="1000", price="1")
        add_history(s, account, product, "deposit", D1, 110_000, quantity="1000", price="1.1")
        add_holding(s, account, product, "2000", 242_000, D2)
    with office.session() as s:
        result = returns(s, account_id=account, start=D0, end=D2)
    assert result.net_contributions == 110_000
    # 1000 * 1.1^2 + 1100 * 1.1 = 1210 + 1210 = 2420: 10 % a year.
    assert result.xirr == TEN_PERCENT
    # (2200 - 1100) / 1000 = 1.1, then 2420 / 2200 = 1.1: 21 % over the two years.
    assert result.twr == Decimal("0.2100000000")


def test_returns_when_the_money_comes_late_differ(office: Office) -> None:
    """Money-weighted and time-weighted returns differ when money arrives before a
    loss: 1000 at 1.00 rises to 2.00 (value 2000), 2000 more is deposited, and the 2000
    units fall back to 1.00 (value 2000). TWR: 2.0 * 0.5 - 1 = 0 %; XIRR is negative:
    -1000 at t0, -2000 at t1, +2000 at t2."""
    with office.transaction() as s:
        client_id = first_client_id(s)
        product = add_product(s)
        account = add_account(s, client_id)
        add_history(s, account, product, "buy", D0, 100_000, quantity="1000", price="1")
        add_history(s, account, product, "buy", D1, 200_000, quantity="1000", price="2")
        add_holding(s, account, product, "2000", 200_000, D2)
    with office.session() as s:
        result = returns(s, client_id=client_id, start=D0, end=D2)
    assert result.twr == Decimal("0")
    # 1000 (1+r)^2 + 2000 (1+r) = 2000 -> (1+r) = (-2000 + sqrt(4e6 + 8e6)) / 2000.
    expected = (Decimal(-2000) + Decimal(12_000_000).sqrt()) / 2000 - 1
    assert result.xirr is not None
    assert abs(result.xirr - expected) < Decimal("1e-9")


def test_returns_without_a_solution_give_a_message_not_a_crash(office: Office) -> None:
    with office.transaction() as s:
        client_id = first_client_id(s)
        add_account(s, client_id)
    with office.session() as s:
        result = returns(s, client_id=client_id, start=D0, end=D2)
    assert result.xirr is None and result.twr is None
    assert "two non-zero" in (result.xirr_error or "")
    assert "nothing was invested" in (result.twr_error or "")
    with office.session() as s, pytest.raises(PerformanceError, match="must end after"):
        returns(s, client_id=client_id, start=D2, end=D0)

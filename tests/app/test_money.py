"""Money: integer minor units, Decimal conversion through dated FX rates, half-even."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.money import FxService, MissingRate, Money, convert_minor
from db.models import FxRate
from db.office import open_office
from tests.conftest import PASSPHRASE

D = dt.date


@pytest.fixture(scope="module")
def office(tmp_path_factory, template_office_bytes: bytes):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("money") / "office.db"
    path.write_bytes(template_office_bytes)
    opened = open_office(path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def session(office):  # type: ignore[no-untyped-def]
    """A transaction that is rolled back: every test starts with no rates."""
    s = office.session()
    s.begin()
    yield s
    s.rollback()
    s.close()


@pytest.fixture
def fx(session) -> FxService:  # type: ignore[no-untyped-def]
    fx = FxService(session, "CNY")
    fx.set_rate("USD", D(2024, 1, 1), Decimal("7.0"))
    fx.set_rate("USD", D(2024, 6, 1), Decimal("7.2"))
    fx.set_rate("USD", D(2025, 1, 1), Decimal("7.1"))
    fx.set_rate("HKD", D(2024, 1, 1), Decimal("0.91"))
    fx.set_rate("JPY", D(2024, 1, 1), Decimal("0.048"))
    fx.set_rate("KWD", D(2024, 1, 1), Decimal("23.1"))
    return fx


# ---- amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minor", "ccy", "amount"),
    [
        (12345, "CNY", "123.45"),
        (-5, "USD", "-0.05"),
        (500, "JPY", "500"),
        (1234, "KWD", "1.234"),
        (10**17, "CNY", "1000000000000000"),
    ],
)
def test_amount_is_an_exact_decimal(minor: int, ccy: str, amount: str) -> None:
    value = Money(minor, ccy).amount
    assert isinstance(value, Decimal)
    assert value == Decimal(amount)


# ---- conversion arithmetic ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("minor", "src", "dst", "rate", "expected"),
    [
        (100_00, "USD", "CNY", "7.1", 710_00),
        (1, "USD", "CNY", "0.5", 0),  # 0.005 CNY = 0.5 fen -> 0 (half to even)
        (3, "USD", "CNY", "0.5", 2),  # 1.5 fen -> 2
        (5, "USD", "CNY", "0.5", 2),  # 2.5 fen -> 2
        (7, "USD", "CNY", "0.5", 4),  # 3.5 fen -> 4
        (-5, "USD", "CNY", "0.5", -2),  # symmetric for negatives
        (10_000, "JPY", "CNY", "0.048", 480_00),  # exponent 0 -> 2
        (1_00, "CNY", "JPY", "20.5", 20),  # 20.5 yen -> 20
        (1_00, "CNY", "JPY", "21.5", 22),  # 21.5 yen -> 22
        (1_000, "KWD", "CNY", "23.1", 23_10),  # exponent 3 -> 2
        (1, "CNY", "KWD", "0.0433", 0),  # 0.000433 KWD -> 0
        (3_33, "CNY", "USD", "0.1", 33),  # 0.333 USD; no float error anywhere
        (10**15, "CNY", "USD", "0.140845070422535211267605633803", 140845070422535),
    ],
)
def test_convert_minor_rounds_half_even(
    minor: int, src: str, dst: str, rate: str, expected: int
) -> None:
    result = convert_minor(minor, src, dst, Decimal(rate))
    assert type(result) is int
    assert result == expected


def test_float_would_get_this_wrong_decimal_does_not() -> None:
    # 0.1 + 0.2 in float is 0.30000000000000004; 1.005 * 100 in float is 100.49999...
    assert convert_minor(1_005, "CNY", "USD", Decimal("1")) == 1_005
    assert convert_minor(2_675, "USD", "CNY", Decimal("0.01")) == 27  # 26.75 -> 27 (odd)
    assert convert_minor(2_665, "USD", "CNY", Decimal("0.01")) == 27  # 26.65 -> 27
    assert convert_minor(2_650, "USD", "CNY", Decimal("0.01")) == 26  # 26.50 -> 26 (even)


# ---- dated rates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "rate"),
    [
        (D(2024, 1, 1), "7.0"),  # on the day
        (D(2024, 5, 31), "7.0"),  # the latest on or before
        (D(2024, 6, 1), "7.2"),
        (D(2024, 12, 31), "7.2"),
        (D(2025, 1, 1), "7.1"),
        (D(2030, 1, 1), "7.1"),
    ],
)
def test_the_rate_is_the_latest_on_or_before_the_date(fx: FxService, on, rate) -> None:  # type: ignore[no-untyped-def]
    assert fx.rate_to_base("USD", on) == Decimal(rate)
    assert fx.to_base(Money(100_00, "USD"), on) == Money(int(Decimal(rate) * 100_00), "CNY")


def test_a_date_before_the_first_rate_is_a_missing_rate(fx: FxService) -> None:
    with pytest.raises(MissingRate) as info:
        fx.to_base(Money(1_00, "USD"), D(2023, 12, 31))
    assert str(info.value) == "No exchange rate for USD on or before 2023-12-31."


def test_an_unknown_currency_is_a_missing_rate(fx: FxService) -> None:
    with pytest.raises(MissingRate, match="EUR"):
        fx.convert(Money(1_00, "EUR"), "USD", D(2025, 1, 1))
    with pytest.raises(MissingRate, match="GBP"):
        fx.convert(Money(1_00, "USD"), "GBP", D(2025, 1, 1))


def test_the_base_currency_needs_no_rate(session) -> None:  # type: ignore[no-untyped-def]
    fx = FxService(session, "CNY")
    assert fx.rate_to_base("CNY", D(1990, 1, 1)) == 1
    assert fx.to_base(Money(123, "CNY"), D(1990, 1, 1)) == Money(123, "CNY")
    assert fx.convert(Money(5, "XYZ"), "XYZ", D(2020, 1, 1)) == Money(5, "XYZ")


def test_cross_conversion_goes_through_the_base(fx: FxService) -> None:
    # 1 USD = 7.1 CNY, 1 HKD = 0.91 CNY -> 100 USD = 780.2197... HKD
    assert fx.convert(Money(100_00, "USD"), "HKD", D(2025, 2, 1)) == Money(780_22, "HKD")
    assert fx.convert(Money(780_22, "HKD"), "USD", D(2025, 2, 1)) == Money(100_00, "USD")
    # 1 USD in yen: 7.1 / 0.048 = 147.9166... -> 148
    assert fx.convert(Money(1_00, "USD"), "JPY", D(2025, 2, 1)) == Money(148, "JPY")


def test_setting_a_rate_again_replaces_it_and_is_seen_at_once(fx: FxService, session) -> None:  # type: ignore[no-untyped-def]
    assert fx.rate_to_base("USD", D(2025, 3, 1)) == Decimal("7.1")  # now cached
    fx.set_rate("USD", D(2025, 1, 1), Decimal("7.25"))
    assert fx.rate_to_base("USD", D(2025, 3, 1)) == Decimal("7.25")
    session.flush()
    rows = session.scalars(select(FxRate).where(FxRate.currency == "USD")).all()
    assert sorted((r.as_of, r.rate) for r in rows) == [
        (D(2024, 1, 1), "7.0"),
        (D(2024, 6, 1), "7.2"),
        (D(2025, 1, 1), "7.25"),
    ]


@pytest.mark.parametrize("rate", ["0", "-7.1"])
def test_non_positive_rates_are_refused(session, rate: str) -> None:  # type: ignore[no-untyped-def]
    fx = FxService(session, "CNY")
    with pytest.raises(ValueError, match="positive"):
        fx.set_rate("USD", D(2024, 1, 1), Decimal(rate))
    session.flush()
    assert session.scalars(select(FxRate)).all() == []


def test_rates_keep_every_digit(fx: FxService, session) -> None:  # type: ignore[no-untyped-def]
    precise = Decimal("7.123456789012345678")
    fx.set_rate("SGD", D(2024, 1, 1), precise)
    session.flush()
    session.expire_all()
    assert FxService(session, "CNY").rate_to_base("SGD", D(2024, 2, 1)) == precise


# ---- totals ------------------------------------------------------------------------------


def test_total_of_mixed_currencies(fx: FxService) -> None:
    items = [
        Money(100_00, "USD"),  # 710.00
        Money(1_000_00, "CNY"),  # 1000.00
        Money(10_000, "JPY"),  # 480.00
        Money(1_000_00, "HKD"),  # 910.00
        Money(1_500, "KWD"),  # 34.65
        Money(-50_00, "USD"),  # a liability: -355.00
    ]
    total = fx.total(items, D(2025, 6, 1))
    assert total == Money(2_779_65, "CNY")


def test_total_rounds_each_item_half_even(fx: FxService) -> None:
    fx.set_rate("EUR", D(2024, 1, 1), Decimal("0.5"))
    # 0.01 EUR = 0.5 fen -> 0; 0.03 EUR = 1.5 fen -> 2; 0.05 EUR = 2.5 fen -> 2
    assert fx.total([Money(1, "EUR"), Money(3, "EUR"), Money(5, "EUR")], D(2024, 1, 1)) == Money(
        4, "CNY"
    )


def test_total_with_a_missing_rate_fails_rather_than_undercounts(fx: FxService) -> None:
    with pytest.raises(MissingRate, match="GBP"):
        fx.total([Money(1_00, "USD"), Money(1_00, "GBP")], D(2025, 1, 1))


def test_empty_total_is_zero_in_base(fx: FxService) -> None:
    assert fx.total([], D(2025, 1, 1)) == Money(0, "CNY")

"""Short large numbers: 万/亿 for Chinese readers, K/M/B for English ones, from integers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.number_format import compact_money, compact_number


@pytest.mark.parametrize(
    ("value", "zh", "en"),
    [
        (0, "0", "0"),
        (999, "999", "999"),
        (9_999, "9999", "10K"),
        (12_345, "1.23万", "12.34K"),  # half to even: 12.345 -> 12.34
        (1_500_000, "150万", "1.5M"),
        (10_500_000, "1050万", "10.5M"),
        (150_000_000, "1.5亿", "150M"),
        (123_456_789, "1.23亿", "123.46M"),
        (2_500_000_000_000, "25000亿", "2,500B"),
        (-25_000, "-2.5万", "-25K"),
        (Decimal("0.5"), "0.5", "0.5"),
    ],
)
def test_compact_number(value: int | Decimal, zh: str, en: str) -> None:
    assert compact_number(value, "zh_CN") == zh
    assert compact_number(value, "en") == en


def test_compact_money_uses_the_currency_exponent() -> None:
    assert compact_money(123_456_789_00, "CNY", "zh") == "1.23亿"
    assert compact_money(123_456_789_00, "CNY", "en") == "123.46M"
    assert compact_money(1_500_000, "JPY", "en") == "1.5M"  # no minor digits
    assert compact_money(1_500_000_000, "KWD", "en") == "1.5M"  # three minor digits
    with pytest.raises(ValueError):
        compact_money(1, "XXX", "en")

"""Large numbers at a glance: 万/亿 for Chinese readers, K/M/B for English ones.

Chart axes and tooltips need "1.2亿" rather than "120,000,000"; amounts are integers
(minor units are turned into major units with Decimal first), never floats.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from app.validation import currency_exponent

# (threshold, divisor, suffix), largest first
_ZH = ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
_EN = ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "K"))


def _is_chinese(language: str) -> bool:
    return language.strip().lower().replace("-", "_").split("_")[0] == "zh"


def _trim(value: Decimal, places: int, group: bool) -> str:
    quantized = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_EVEN)
    text = f"{quantized:,f}" if group else f"{quantized:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def compact_number(value: int | Decimal, language: str = "en", places: int = 2) -> str:
    """12345 -> "1.23万" (zh) / "12.35K" (en); below the first unit, the plain number.

    Chinese counts in 万 (10^4), so a scaled figure never needs a thousands comma there
    ("1050万", "9999"); English groups by three ("1,250B")."""
    number = Decimal(value)
    sign = "-" if number < 0 else ""
    magnitude = abs(number)
    chinese = _is_chinese(language)
    for unit, suffix in _ZH if chinese else _EN:
        if magnitude >= unit:
            scaled = magnitude / unit
            return f"{sign}{_trim(scaled, places, not chinese)}{suffix}"
    return sign + _trim(magnitude, places, not chinese)


def major_units(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-currency_exponent(currency))


def compact_money(minor: int, currency: str, language: str = "en", places: int = 2) -> str:
    """Minor units as a short amount: 123_456_789_00 CNY -> "1.23亿" / "123.46M"."""
    return compact_number(major_units(minor, currency), language, places)

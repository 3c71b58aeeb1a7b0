"""Money: integer minor units plus an ISO 4217 code; conversion through dated FX rates.

Decimal only, never float: a float of 0.1 + 0.2 is how advisors lose trust in a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.validation import currency_exponent
from db.models import FxRate


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str

    @property
    def amount(self) -> Decimal:
        return Decimal(self.minor).scaleb(-currency_exponent(self.currency))


class MissingRate(LookupError):
    def __init__(self, currency: str, on: dt.date) -> None:
        super().__init__(f"No exchange rate for {currency} on or before {on.isoformat()}.")


def convert_minor(minor: int, from_ccy: str, to_ccy: str, rate: Decimal) -> int:
    """rate = units of to_ccy per unit of from_ccy."""
    amount = Decimal(minor).scaleb(-currency_exponent(from_ccy)) * rate
    scaled = amount.scaleb(currency_exponent(to_ccy)).quantize(Decimal(1), ROUND_HALF_EVEN)
    return int(scaled)


class FxService:
    """Rates are stored as 'one unit of currency = rate units of the base currency'."""

    def __init__(self, session: Session, base: str) -> None:
        self.session = session
        self.base = base
        self._cache: dict[tuple[str, dt.date], Decimal] = {}

    def set_rate(self, currency: str, as_of: dt.date, rate: Decimal) -> None:
        if rate <= 0:
            raise ValueError("An exchange rate must be positive.")
        row = self.session.scalar(
            select(FxRate).where(FxRate.currency == currency, FxRate.as_of == as_of)
        )
        if row is None:
            self.session.add(FxRate(currency=currency, as_of=as_of, rate=str(rate)))
        else:
            row.rate = str(rate)
        self._cache.clear()

    def rate_to_base(self, currency: str, on: dt.date) -> Decimal:
        if currency == self.base:
            return Decimal(1)
        key = (currency, on)
        if key not in self._cache:
            row = self.session.scalar(
                select(FxRate)
                .where(FxRate.currency == currency, FxRate.as_of <= on)
                .order_by(FxRate.as_of.desc())
                .limit(1)
            )
            if row is None:
                raise MissingRate(currency, on)
            self._cache[key] = Decimal(row.rate)
        return self._cache[key]

    def to_base(self, money: Money, on: dt.date) -> Money:
        rate = self.rate_to_base(money.currency, on)
        return Money(convert_minor(money.minor, money.currency, self.base, rate), self.base)

    def convert(self, money: Money, to_ccy: str, on: dt.date) -> Money:
        if money.currency == to_ccy:
            return money
        in_base = self.rate_to_base(money.currency, on)
        target_in_base = self.rate_to_base(to_ccy, on)
        rate = in_base / target_in_base
        return Money(convert_minor(money.minor, money.currency, to_ccy, rate), to_ccy)

    def total(self, items: list[Money], on: dt.date) -> Money:
        return Money(sum(self.to_base(m, on).minor for m in items), self.base)

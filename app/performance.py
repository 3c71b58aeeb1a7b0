"""Returns over a chosen period: money-weighted (XIRR) and time-weighted (TWR).

XIRR answers "what yearly rate did the client's money earn", weighting each deposit by how
long it was invested; TWR answers "how did the investments do", removing the effect of when
money came and went. Advisors show both, so each is computed per account and per client.

Cash-flow sign for XIRR is the investor's: money put in is negative, money taken out (and
the value at the end) positive. The solver works in floats (a rate, not money) and returns
a Decimal rounded to 10 places; money stays integer minor units throughout.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app import portfolio

RATE_PLACES = Decimal("1e-10")
_DAYS_PER_YEAR = 365.0


class PerformanceError(ValueError):
    """A return that cannot be computed; the message says why in one line."""


def _quantized(value: float) -> Decimal:
    return Decimal(repr(value)).quantize(RATE_PLACES)


def xirr(flows: Sequence[tuple[dt.date, int | Decimal]]) -> Decimal:
    """The yearly rate r with sum(amount / (1 + r) ** (days / 365)) = 0 (Excel's XIRR).

    Raises PerformanceError when there is no such rate: fewer than two flows, all flows on
    one day, all flows of one sign (nothing invested or nothing back), or no sign change of
    the net present value between -99.99% and +10^6 %.
    """
    nonzero = [(d, float(a)) for d, a in flows if a != 0]
    if len(nonzero) < 2:
        raise PerformanceError("XIRR needs at least two non-zero cash flows.")
    if all(a > 0 for _, a in nonzero) or all(a < 0 for _, a in nonzero):
        raise PerformanceError(
            "XIRR has no solution: all cash flows have the same sign "
            "(money must both go in and come out, or remain at the end)."
        )
    first = min(d for d, _ in nonzero)
    times = [((d - first).days / _DAYS_PER_YEAR, a) for d, a in nonzero]
    if all(t == 0 for t, _ in times):
        raise PerformanceError("XIRR has no solution: all cash flows fall on the same day.")

    def npv(rate: float) -> float:
        log_growth = math.log1p(rate)
        return sum(a * math.exp(-t * log_growth) for t, a in times)

    def slope(rate: float) -> float:
        log_growth = math.log1p(rate)
        return sum(-t * a * math.exp(-(t + 1) * log_growth) for t, a in times)

    scale = max(abs(a) for _, a in times)
    tolerance = scale * 1e-12
    # Newton from 10 %: a handful of steps for ordinary portfolios.
    rate = 0.1
    for _ in range(50):
        try:
            value = npv(rate)
            step = value / slope(rate)
        except (OverflowError, ZeroDivisionError):
            break
        if abs(value) <= tolerance:
            return _quantized(rate)
        next_rate = rate - step
        if not (next_rate > -1.0) or not math.isfinite(next_rate):
            break
        if abs(next_rate - rate) < 1e-13:
            return _quantized(next_rate)
        rate = next_rate
    return _quantized(_bisect(npv))


def _bisect(npv: Callable[[float], float]) -> float:
    """Bracket a sign change of `npv` between -99.99 % and 10^6 % and halve it down."""
    low, high = -0.9999, 1.0
    try:
        f_low, f_high = npv(low), npv(high)
        while f_low * f_high > 0 and high < 1e4:
            high *= 4
            f_high = npv(high)
    except OverflowError as exc:
        raise PerformanceError("XIRR has no solution in a sensible range of rates.") from exc
    if f_low * f_high > 0:
        raise PerformanceError("XIRR has no solution in a sensible range of rates.")
    for _ in range(200):
        mid = (low + high) / 2
        f_mid = npv(mid)
        if f_mid == 0 or high - low < 1e-13:
            return mid
        if (f_mid < 0) == (f_low < 0):
            low, f_low = mid, f_mid
        else:
            high = mid
    return (low + high) / 2


@dataclass(frozen=True)
class ValuationPoint:
    """The value at the end of `on` (after that day's flows) and that day's net flow in
    (+ money put in, - money taken out), both in minor units of one currency."""

    on: dt.date
    value: int
    flow: int


def twr(points: Sequence[ValuationPoint]) -> Decimal:
    """Time-weighted return over the points (not annualised): the product of each
    sub-period's (value - flow) / previous value, minus 1.

    The first point is the starting value (its flow is part of it). A sub-period that starts
    with nothing invested is skipped; if none has a starting value, PerformanceError.
    """
    if len(points) < 2:
        raise PerformanceError("A time-weighted return needs a start and an end valuation.")
    growth = Decimal(1)
    measured = False
    for previous, point in itertools.pairwise(points):
        if previous.value <= 0:
            continue
        growth *= Decimal(point.value - point.flow) / Decimal(previous.value)
        measured = True
    if not measured:
        raise PerformanceError(
            "A time-weighted return has no solution: nothing was invested during the period."
        )
    return (growth - 1).quantize(RATE_PLACES)


@dataclass(frozen=True)
class PeriodReturns:
    """Returns over [start, end] for one account or a whole client, in the base currency.

    xirr/twr are None when they have no solution; the matching *_error says why."""

    start: dt.date
    end: dt.date
    start_value: int
    end_value: int
    net_contributions: int
    xirr: Decimal | None
    twr: Decimal | None
    xirr_error: str | None = None
    twr_error: str | None = None


def returns(
    session: Session,
    *,
    client_id: int | None = None,
    account_id: int | None = None,
    start: dt.date,
    end: dt.date,
) -> PeriodReturns:
    """XIRR and TWR of one account (account_id) or all of a client's accounts (client_id)
    over [start, end]: the value at the end of `start` counts as money put in on `start`,
    flows after `start` up to `end` as they happened, the value at `end` as money taken out.
    """
    if (client_id is None) == (account_id is None):
        raise ValueError("Give either a client or an account.")
    if end <= start:
        raise PerformanceError("The period must end after it starts.")
    history = portfolio.PortfolioHistory.load(session, client_id=client_id, account_id=account_id)
    flows_by_day = history.flows_by_day(start, end)
    days = [start, *[d for d in sorted(flows_by_day) if start < d < end], end]
    values = history.values_on(days)
    points = [ValuationPoint(days[0], values[0], 0)]
    points += [
        ValuationPoint(day, value, flows_by_day.get(day, 0))
        for day, value in zip(days[1:], values[1:], strict=True)
    ]
    cash_flows: list[tuple[dt.date, int]] = [(start, -values[0])]
    cash_flows += [(p.on, -p.flow) for p in points[1:] if p.flow]
    cash_flows.append((end, values[-1]))
    xirr_value: Decimal | None = None
    twr_value: Decimal | None = None
    xirr_error = twr_error = None
    try:
        xirr_value = xirr(cash_flows)
    except PerformanceError as exc:
        xirr_error = str(exc)
    try:
        twr_value = twr(points)
    except PerformanceError as exc:
        twr_error = str(exc)
    return PeriodReturns(
        start=start,
        end=end,
        start_value=values[0],
        end_value=values[-1],
        net_contributions=sum(p.flow for p in points[1:]),
        xirr=xirr_value,
        twr=twr_value,
        xirr_error=xirr_error,
        twr_error=twr_error,
    )

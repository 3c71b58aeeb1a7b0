"""Everything the card's Portfolio section shows, read in one session: accounts, holdings,
allocation both ways, and the returns of the client and of each account over a period.

One function so the UI can compute it off its thread (a client with 5,000 transactions
takes a few hundred milliseconds per return) and so other views can reuse the same shape.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import portfolio
from app.performance import PeriodReturns, returns
from app.portfolio import AccountRow, HoldingRow


@dataclass(frozen=True)
class PortfolioOverview:
    base_currency: str
    accounts: list[AccountRow]
    holdings: list[HoldingRow]
    by_asset_class: list[tuple[str, int]]
    by_risk_rating: list[tuple[str, int]]
    client_returns: PeriodReturns | None  # None: the period does not end after it starts
    account_returns: list[PeriodReturns | None]  # in the order of `accounts`

    @property
    def aum(self) -> int:
        return sum(value for _, value in self.by_asset_class)

    def account_values(self) -> dict[int, int]:
        """Base-currency value per account id."""
        values: dict[int, int] = {}
        for h in self.holdings:
            values[h.account_id] = values.get(h.account_id, 0) + h.value_base
        return values


def overview(
    session: Session, client_id: int, start: dt.date, end: dt.date, today: dt.date
) -> PortfolioOverview:
    accounts = portfolio.accounts(session, client_id)

    def period(**which: int) -> PeriodReturns | None:
        return returns(session, start=start, end=end, **which) if end > start else None

    return PortfolioOverview(
        base_currency=portfolio.base_currency(session),
        accounts=accounts,
        holdings=portfolio.holdings(session, client_id, on=today),
        by_asset_class=portfolio.allocation(session, client_id, on=today),
        by_risk_rating=portfolio.allocation(session, client_id, by="risk_rating", on=today),
        client_returns=period(client_id=client_id),
        account_returns=[period(account_id=a.id) for a in accounts],
    )

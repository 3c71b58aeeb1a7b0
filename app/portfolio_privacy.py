"""What erasure and purge do with a client's portfolio (docs/portfolio.md).

Account numbers are personal data and go in an erasure ("[erased]"), as do the free-text
notes on transactions. Institutions, account types, holdings and transactions are the
record of what was sold to whom, which investor-suitability rules keep for
`retention.suitability_years`; they stay, tied to the anonymised card, and the purge
deletes them with the financial snapshots once that period has passed.
"""

from __future__ import annotations

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from db.models_portfolio import Account, Holding, PortfolioTransaction

ERASED_NUMBER = "[erased]"


def _client_accounts(client_id: int) -> Select[tuple[int]]:
    return select(Account.id).where(Account.client_id == client_id)


def erase_portfolio(session: Session, client_id: int) -> dict[str, int]:
    """Clear the client's account numbers and transaction notes; counts per table."""
    accounts = session.execute(
        update(Account)
        .where(Account.client_id == client_id)
        .values(number=ERASED_NUMBER, version=Account.version + 1)
        .execution_options(synchronize_session=False)
    )
    notes = session.execute(
        update(PortfolioTransaction)
        .where(
            PortfolioTransaction.account_id.in_(_client_accounts(client_id)),
            PortfolioTransaction.note.is_not(None),
        )
        .values(note=None)
        .execution_options(synchronize_session=False)
    )
    return {"account": accounts.rowcount or 0, "portfolio_transaction": notes.rowcount or 0}


def portfolio_rows(session: Session, client_id: int) -> int:
    """How many accounts the client still has (records kept for retention)."""
    return session.scalar(select(func.count()).where(Account.client_id == client_id)) or 0


def purge_portfolio(session: Session, client_id: int) -> int:
    """Delete the client's accounts with their holdings and transactions; accounts gone."""
    ids = _client_accounts(client_id)
    for model in (PortfolioTransaction, Holding):
        session.execute(
            delete(model)
            .where(model.account_id.in_(ids))
            .execution_options(synchronize_session=False)
        )
    result = session.execute(
        delete(Account)
        .where(Account.client_id == client_id)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0

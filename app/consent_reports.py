"""Consent reports as plain data for tables and charts (issue 4, section 6).

Each report is a handful of SQL aggregates over the derived states (app.consent
.latest_states), never a loop over clients, so they stay fast on 100,000 clients.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import case, extract, func, select
from sqlalchemy.orm import Session

from app.consent import (
    GRANTED,
    NEVER_ASKED,
    PURPOSES,
    REQUIRED_PURPOSES,
    STATES,
    THIRD_PARTY_SHARING,
    WITHDRAWN,
    latest_states,
)
from db.models import Client, ConsentRecord


@dataclass(frozen=True)
class CoverageRow:
    """How the office's clients stand on one purpose (sharing: per named third party)."""

    purpose: str
    third_party: str | None
    counts: dict[str, int]  # every state in app.consent.STATES, never_asked included
    total: int

    def share(self, state: str) -> float:
        return self.counts.get(state, 0) / self.total if self.total else 0.0


def coverage(
    session: Session, on: dt.date | None = None, client_status: str | None = None
) -> list[CoverageRow]:
    """Per purpose: granted, needs_reconsent, refused, withdrawn, expired, never asked.

    client_status limits the clients counted (e.g. "active"); None counts everyone."""
    total_stmt = select(func.count(Client.id))
    if client_status is not None:
        total_stmt = total_stmt.where(Client.status == client_status)
    total = int(session.scalar(total_stmt) or 0)
    states = latest_states(session, on).subquery("states")
    stmt = select(states.c.purpose, states.c.third_party, states.c.state, func.count())
    if client_status is not None:
        stmt = stmt.join(Client, Client.id == states.c.client_id).where(
            Client.status == client_status
        )
    stmt = stmt.group_by(states.c.purpose, states.c.third_party, states.c.state)
    found: dict[tuple[str, str | None], dict[str, int]] = {}
    for purpose, third_party, state, count in session.execute(stmt):
        found.setdefault((purpose, third_party), {})[state] = count
    rows: list[CoverageRow] = []
    for purpose in PURPOSES:
        keys = sorted(
            (k for k in found if k[0] == purpose), key=lambda k: (k[1] is not None, k[1] or "")
        )
        if purpose != THIRD_PARTY_SHARING and not keys:
            keys = [(purpose, None)]
        for key in keys:
            counts = {s: found.get(key, {}).get(s, 0) for s in STATES if s != NEVER_ASKED}
            counts[NEVER_ASKED] = total - sum(counts.values())
            rows.append(CoverageRow(purpose, key[1], counts, total))
    return rows


@dataclass(frozen=True)
class MissingClient:
    id: int
    name: str
    owner: str | None
    missing: tuple[str, ...]


@dataclass
class MissingConsents:
    """Clients (of `client_status`) without a valid consent for each required purpose."""

    clients_checked: int
    clients_missing: int
    by_purpose: dict[str, int] = field(default_factory=dict)
    clients: list[MissingClient] = field(default_factory=list)  # the first `limit`, by name


def missing_required(
    session: Session,
    on: dt.date | None = None,
    purposes: Sequence[str] = REQUIRED_PURPOSES,
    client_status: str | None = "active",
    limit: int | None = 1000,
) -> MissingConsents:
    """Required consents (processing and, separately, sensitive information) lacking."""
    states = latest_states(session, on, purposes=list(purposes)).subquery("states")

    def missing(purpose: str):  # type: ignore[no-untyped-def]
        # a plain (uncorrelated) IN: SQLite builds its index of valid ids once per purpose
        valid = select(states.c.client_id).where(
            states.c.purpose == purpose, states.c.state == GRANTED
        )
        return case((Client.id.in_(valid), 0), else_=1).label(purpose)

    base = select(
        Client.id,
        Client.sort_name,
        Client.legal_name,
        Client.chinese_name,
        Client.owner,
        *[missing(p) for p in purposes],
    )
    if client_status is not None:
        base = base.where(Client.status == client_status)
    per_client = base.subquery("per_client")
    flags = [per_client.c[p] for p in purposes]
    missing_expr = flags[0]
    for flag in flags[1:]:
        missing_expr = missing_expr + flag
    totals = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((missing_expr > 0, 1), else_=0)), 0),
            *[func.coalesce(func.sum(f), 0) for f in flags],
        )
    ).one()
    report = MissingConsents(
        clients_checked=int(totals[0]),
        clients_missing=int(totals[1]),
        by_purpose={p: int(n) for p, n in zip(purposes, totals[2:], strict=True)},
    )
    stmt = (
        select(
            per_client.c.id,
            func.coalesce(per_client.c.chinese_name, per_client.c.legal_name),
            per_client.c.owner,
            *flags,
        )
        .where(missing_expr > 0)
        .order_by(per_client.c.sort_name, per_client.c.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    for cid, name, owner, *missing in session.execute(stmt):
        report.clients.append(
            MissingClient(
                cid, name, owner, tuple(p for p, m in zip(purposes, missing, strict=True) if m)
            )
        )
    return report


@dataclass(frozen=True)
class MonthlyWithdrawals:
    month: str  # "YYYY-MM"
    total: int
    by_purpose: dict[str, int]


def withdrawals_by_month(
    session: Session, start: dt.date | None = None, end: dt.date | None = None
) -> list[MonthlyWithdrawals]:
    """Withdrawal records per calendar month (UTC) of taking effect, oldest first; months
    without withdrawals are left out. start/end bound the days (inclusive)."""
    year = extract("year", ConsentRecord.effective_at)
    month = extract("month", ConsentRecord.effective_at)
    stmt = select(year, month, ConsentRecord.purpose, func.count()).where(
        ConsentRecord.status == WITHDRAWN
    )
    if start is not None:
        stmt = stmt.where(ConsentRecord.effective_at >= dt.datetime.combine(start, dt.time()))
    if end is not None:
        stmt = stmt.where(
            ConsentRecord.effective_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        )
    stmt = stmt.group_by(year, month, ConsentRecord.purpose).order_by(year, month)
    months: dict[str, dict[str, int]] = {}
    for y, m, purpose, count in session.execute(stmt):
        months.setdefault(f"{int(y):04d}-{int(m):02d}", {})[purpose] = count
    return [
        MonthlyWithdrawals(month, sum(by.values()), dict(sorted(by.items())))
        for month, by in sorted(months.items())
    ]

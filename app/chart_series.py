"""Every chart's series as plain data: no Qt, so the card's pyqtgraph charts and the review
pack's ReportLab charts draw the same numbers.

A `Chart` is a title key (an English source text; the UI translates it in the "Charts"
context, the pack in its own), category labels along the x axis, and one or more `Series`
of integers: money in minor units of `currency`, or counts. Labels are data too (ISO dates,
"2026-03" months, tier or asset-class keys); the drawing side turns them into words.

`drill` (dashboard charts) holds, per label, the segment filter (app/segments.py JSON) of
the clients behind that bar, so a click can show them in the client list.

Card series here; the dashboard's office-wide series are in app/dashboard.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import portfolio, risk_assessment
from app.cards import ASSET_CLASSES, SnapshotData
from app.clients import ClientService
from app.money import FxService, MissingRate, Money
from app.settings import SettingsService
from db.models import Interaction, InteractionClient

MONEY = "money"
COUNT = "count"
LEVEL = "level"  # risk levels as 1..5 (C1..C5)

LINE = "line"
BAR = "bar"
STACKED_BAR = "stacked_bar"  # bars whose series stack (one colour per series)
SHARE_BAR = "share_bar"  # one horizontal bar split by label (allocation): the pie substitute
STEP = "step"


@dataclass(frozen=True)
class Series:
    key: str  # a label key ("net_worth", a timeline kind, "aum") the drawing side translates
    values: tuple[int, ...]
    unit: str = COUNT


@dataclass(frozen=True)
class Chart:
    title: str
    kind: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    currency: str | None = None
    drill: tuple[dict[str, Any] | None, ...] = ()
    note: str | None = None  # why a chart is empty or partial (a text key), else None
    # what the labels and the series keys are, so the drawing side can name them: "date"
    # (ISO), "month" ("2026-03"), "week" (ISO Monday), "asset" (snapshot classes),
    # "product_asset" (the portfolio's product classes), "tier", "owner",
    # "risk_level", "complaint_state", "consent_purpose"; series: "fixed" (keys like
    # "net_worth"), "timeline_kind", "person" (names shown as they are)
    label_kind: str = "date"
    series_kind: str = "fixed"
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def empty(self) -> bool:
        return not self.labels or all(not any(s.values) for s in self.series)


def _base_currency(session: Session) -> str:
    return str(SettingsService(session).get("office.base_currency"))


# ---- the card ----------------------------------------------------------------------------


def net_worth_over_time(session: Session, client_id: int) -> Chart:
    """Net worth and investable assets at each financial snapshot, oldest first, in the
    office's base currency (each snapshot converted at its own date's rate; a snapshot
    whose currency has no rate yet is left out and counted in meta["skipped"])."""
    base = _base_currency(session)
    fx = FxService(session, base)
    labels: list[str] = []
    net: list[int] = []
    investable: list[int] = []
    skipped = 0
    for snap in reversed(ClientService(session).snapshots(client_id)):
        try:
            net_base = fx.to_base(Money(snap.net_worth_minor, snap.currency), snap.as_of).minor
            inv_base = fx.to_base(Money(snap.investable_minor, snap.currency), snap.as_of).minor
        except MissingRate:
            skipped += 1
            continue
        labels.append(snap.as_of.isoformat())
        net.append(net_base)
        investable.append(inv_base)
    return Chart(
        "Net worth and investable assets",
        LINE,
        tuple(labels),
        (Series("net_worth", tuple(net), MONEY), Series("investable", tuple(investable), MONEY)),
        currency=base,
        note=None if labels else "No financial snapshot recorded yet.",
        meta={"skipped": skipped},
        label_kind="date",
    )


def allocation(session: Session, client_id: int) -> Chart:
    """Assets by class: from the portfolio's holdings when the portfolio module provides
    them, otherwise from the latest financial snapshot (in that snapshot's currency)."""
    rows = portfolio.allocation(session, client_id, "asset_class")
    if rows:
        return _allocation_from_portfolio(session, rows)
    snaps: list[SnapshotData] = ClientService(session).snapshots(client_id)
    if not snaps:
        return Chart(
            "Allocation by asset class",
            SHARE_BAR,
            (),
            (Series("amount", (), MONEY),),
            note="No financial snapshot recorded yet.",
            label_kind="asset",
        )
    latest = snaps[0]
    order = {k: i for i, k in enumerate(ASSET_CLASSES)}
    items = sorted(
        ((k, v) for k, v in latest.assets.items() if v), key=lambda kv: order.get(kv[0], 99)
    )
    return Chart(
        "Allocation by asset class",
        SHARE_BAR,
        tuple(k for k, _ in items),
        (Series("amount", tuple(v for _, v in items), MONEY),),
        currency=latest.currency,
        meta={"as_of": latest.as_of.isoformat(), "source": "snapshot"},
        label_kind="asset",
    )


def _allocation_from_portfolio(session: Session, rows: list[tuple[str, int]]) -> Chart:
    """The portfolio module's allocation: (asset class, minor units in base currency)."""
    items = [(str(k), int(v)) for k, v in rows if v]
    return Chart(
        "Allocation by asset class",
        SHARE_BAR,
        tuple(k for k, _ in items),
        (Series("amount", tuple(v for _, v in items), MONEY),),
        currency=_base_currency(session),
        meta={"source": "portfolio"},
        label_kind="product_asset",
    )


def value_vs_contributions(session: Session, client_id: int, start: dt.date, end: dt.date) -> Chart:
    """Portfolio value against net contributions over time (the portfolio issue's data)."""
    title = "Portfolio value and net contributions"
    labels, values, contributions = [], [], []
    for day, contributed, value in portfolio.value_vs_contributions(session, client_id, start, end):
        labels.append(day.isoformat())
        values.append(int(value))
        contributions.append(int(contributed))
    if not any(values) and not any(contributions):  # no holdings or flows in the period
        labels, values, contributions = [], [], []
    return Chart(
        title,
        LINE,
        tuple(labels),
        (
            Series("value", tuple(values), MONEY),
            Series("contributions", tuple(contributions), MONEY),
        ),
        currency=_base_currency(session),
        note=None if labels else "No portfolio recorded yet.",
        label_kind="date",
    )


def month_keys(today: dt.date, months: int) -> list[str]:
    """The last `months` calendar months ending with today's, oldest first ("2026-03")."""
    year, month = today.year, today.month
    keys = []
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return keys[::-1]


def interactions_per_month(
    session: Session, client_id: int, today: dt.date, months: int = 12
) -> Chart:
    """Timeline entries per calendar month (UTC) over the last `months`, one series per kind
    (kinds ordered by their total, largest first); deleted entries are not counted."""
    keys = month_keys(today, months)
    start = dt.datetime(int(keys[0][:4]), int(keys[0][5:]), 1)
    rows = session.execute(
        select(InteractionClient.occurred_at, Interaction.kind)
        .join(Interaction, Interaction.id == InteractionClient.interaction_id)
        .where(
            InteractionClient.client_id == client_id,
            InteractionClient.occurred_at >= start,
            Interaction.deleted_at.is_(None),
        )
    )
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    index = set(keys)
    for occurred_at, kind in rows:
        month = f"{occurred_at.year:04d}-{occurred_at.month:02d}"
        if month in index:
            counts[(kind, month)] += 1
            totals[kind] += 1
    kinds = sorted(totals, key=lambda k: (-totals[k], k))
    return Chart(
        "Interactions per month",
        STACKED_BAR,
        tuple(keys),
        tuple(Series(k, tuple(counts[(k, m)] for m in keys), COUNT) for k in kinds),
        note=None if kinds else "No interactions in this period.",
        label_kind="month",
        series_kind="timeline_kind",
    )


def risk_level_history(session: Session, client_id: int) -> Chart:
    """The client's risk level (C1..C5 as 1..5) at each assessment, oldest first."""
    title = "Risk level history"
    labels, levels = [], []
    for day, level in risk_assessment.risk_history(session, client_id):
        labels.append(day.isoformat())
        levels.append(int(str(level).lstrip("Cc")))
    order = sorted(range(len(labels)), key=lambda i: labels[i])
    return Chart(
        title,
        STEP,
        tuple(labels[i] for i in order),
        (Series("risk_level", tuple(levels[i] for i in order), LEVEL),),
        note=None if labels else "No risk assessment yet.",
        label_kind="date",
    )


def card_charts(session: Session, client_id: int, today: dt.date) -> list[Chart]:
    """The card's five charts, in the order the card shows them."""
    return [
        net_worth_over_time(session, client_id),
        allocation(session, client_id),
        value_vs_contributions(session, client_id, today.replace(year=today.year - 3), today),
        interactions_per_month(session, client_id, today),
        risk_level_history(session, client_id),
    ]

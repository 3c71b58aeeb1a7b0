"""The client value and engagement score: an explainable 0-100 number.

Each input earns 0-100 points against a "full marks" level the office sets, and the score
is the weighted average of the inputs that are recorded for the client:

    AUM            investable assets (base currency) / value_score.aum_full_minor
    revenue        fees paid in the last 365 days (portfolio transactions of kind "fee",
                   clients with an account) / value_score.revenue_full_minor
    tenure         days since client_since / (value_score.tenure_full_years x 365)
    contact        interactions in the last 365 days / value_score.contacts_full
    referrals      clients this client referred / value_score.referrals_full
    satisfaction   mean rating 1-5 (timeline entries and complaints) -> 0, 25, 50, 75, 100

points = min(100, floor(100 x value / full marks)); score = round-half-even of
sum(weight x points) / sum(weight) over the inputs that exist. An input that is not
recorded (no revenue module, no rating yet) is left out of both sums rather than counted
as zero, and the card says so. Weights are office settings (value_score.weight_*).

Scores are stored per client (client_value_score) so segments filter them in SQL;
`refresh_all` recomputes the whole book with a handful of GROUP BY queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import delete, func, select, union
from sqlalchemy.orm import Session

from app import portfolio
from app.money import FxService, MissingRate, Money
from app.settings import SettingsService
from db.models import Client, ClientLink, Complaint, Interaction, InteractionClient
from db.models_portfolio import Account, PortfolioTransaction
from db.models_segments import ClientValueScore

COMPONENTS = ("aum", "revenue", "tenure", "contact", "referrals", "satisfaction")
CONTACT_WINDOW_DAYS = 365


@dataclass(frozen=True)
class Inputs:
    aum_minor: int | None = None
    revenue_minor: int | None = None
    tenure_days: int | None = None
    contacts: int = 0
    referrals: int = 0
    rating_sum: int = 0
    rating_count: int = 0


@dataclass(frozen=True)
class Component:
    key: str  # one of COMPONENTS
    value: int | Decimal | None  # the raw input (minor units, days, count, mean rating)
    full: int | None  # the full-marks level it is measured against
    points: int | None  # 0-100; None when the input is not recorded
    weight: int


@dataclass(frozen=True)
class Explanation:
    score: int
    components: tuple[Component, ...]
    currency: str

    @property
    def used_weight(self) -> int:
        return sum(c.weight for c in self.components if c.points is not None)


@dataclass(frozen=True)
class Weights:
    weights: dict[str, int]
    full: dict[str, int]

    @classmethod
    def from_settings(cls, settings: SettingsService) -> Weights:
        return cls(
            {k: int(settings.get(f"value_score.weight_{k}")) for k in COMPONENTS},
            {
                "aum": int(settings.get("value_score.aum_full_minor")),
                "revenue": int(settings.get("value_score.revenue_full_minor")),
                "tenure": int(settings.get("value_score.tenure_full_years")) * 365,
                "contact": int(settings.get("value_score.contacts_full")),
                "referrals": int(settings.get("value_score.referrals_full")),
                "satisfaction": 4,  # a mean rating of 5 is 4 steps above the lowest (1)
            },
        )


def _points(value: int | Decimal | None, full: int) -> int | None:
    if value is None:
        return None
    if full <= 0:
        return 100
    return max(0, min(100, int(Decimal(value) * 100 // full)))


def explain(inputs: Inputs, weights: Weights, currency: str) -> Explanation:
    """The formula itself: components, their points and weights, and the score."""
    rating = Decimal(inputs.rating_sum) / inputs.rating_count if inputs.rating_count else None
    raw: dict[str, int | Decimal | None] = {
        "aum": inputs.aum_minor,
        "revenue": inputs.revenue_minor,
        "tenure": inputs.tenure_days,
        "contact": inputs.contacts,
        "referrals": inputs.referrals,
        "satisfaction": rating,
    }
    components = []
    for key in COMPONENTS:
        value = raw[key]
        measured = value - 1 if key == "satisfaction" and value is not None else value
        components.append(
            Component(
                key,
                value,
                weights.full[key],
                _points(measured, weights.full[key]),
                weights.weights[key],
            )
        )
    used = [c for c in components if c.points is not None and c.weight > 0]
    total_weight = sum(c.weight for c in used)
    if total_weight == 0:
        score = 0
    else:
        weighted = Decimal(sum(c.weight * (c.points or 0) for c in used)) / total_weight
        score = int(weighted.quantize(Decimal(1), ROUND_HALF_EVEN))
    return Explanation(score, tuple(components), currency)


# ---- inputs from the office, in bulk ------------------------------------------------------


def _aum(session: Session, only: list[int] | None) -> dict[int, int]:
    """Holdings (the portfolio's AUM) where the client has any, else the investable assets
    of the latest financial snapshot (the figure tiers come from)."""
    stmt = select(Client.id, Client.investable_base_minor).where(
        Client.investable_base_minor.is_not(None)
    )
    if only is not None:
        stmt = stmt.where(Client.id.in_(only))
    found = {cid: int(v) for cid, v in session.execute(stmt)}
    holdings = portfolio.aum_per_client(session)
    found.update({cid: int(v) for cid, v in holdings.items() if only is None or cid in only})
    return found


def _revenue(session: Session, today: dt.date, only: list[int] | None) -> dict[int, int]:
    """Fees paid over the last 365 days (portfolio transactions of kind "fee"), in base
    currency, for every client with an account; clients without one have no revenue on
    record (absent), which leaves the input out of their score rather than scoring 0."""
    with_accounts = select(Account.client_id).distinct()
    if only is not None:
        with_accounts = with_accounts.where(Account.client_id.in_(only))
    out = {cid: 0 for cid in session.scalars(with_accounts)}
    if not out:
        return out
    fees = (
        select(
            Account.client_id,
            PortfolioTransaction.currency,
            func.sum(PortfolioTransaction.amount_minor),
        )
        .join(Account, Account.id == PortfolioTransaction.account_id)
        .where(
            PortfolioTransaction.kind == "fee",
            PortfolioTransaction.trade_date > today - dt.timedelta(days=CONTACT_WINDOW_DAYS),
            PortfolioTransaction.trade_date <= today,
        )
        .group_by(Account.client_id, PortfolioTransaction.currency)
    )
    if only is not None:
        fees = fees.where(Account.client_id.in_(only))
    fx = FxService(session, str(SettingsService(session).get("office.base_currency")))
    for cid, currency, total in session.execute(fees):
        try:
            out[cid] = out.get(cid, 0) + fx.to_base(Money(abs(int(total)), currency), today).minor
        except MissingRate:
            continue  # a currency without a rate yet: that fee cannot be valued
    return out


def gather(
    session: Session, today: dt.date, only: Iterable[int] | None = None
) -> dict[int, Inputs]:
    """Every client's inputs (or only those of `only`), one GROUP BY query per input."""
    ids = None if only is None else list(only)

    def scoped(stmt, column):  # type: ignore[no-untyped-def]
        return stmt if ids is None else stmt.where(column.in_(ids))

    clients = session.execute(scoped(select(Client.id, Client.client_since), Client.id))
    since = {cid: day for cid, day in clients}
    aum = _aum(session, ids)
    revenue = _revenue(session, today, ids)
    cutoff = dt.datetime.combine(today - dt.timedelta(days=CONTACT_WINDOW_DAYS), dt.time())
    contacts = dict(
        session.execute(
            scoped(
                select(InteractionClient.client_id, func.count())
                .join(Interaction, Interaction.id == InteractionClient.interaction_id)
                .where(InteractionClient.occurred_at >= cutoff, Interaction.deleted_at.is_(None)),
                InteractionClient.client_id,
            ).group_by(InteractionClient.client_id)
        ).all()
    )
    referred = union(
        select(
            ClientLink.from_client_id.label("referrer"), ClientLink.to_client_id.label("cid")
        ).where(ClientLink.kind == "referrer"),
        select(Client.referrer_id.label("referrer"), Client.id.label("cid")).where(
            Client.referrer_id.is_not(None)
        ),
    ).subquery()
    referrals = dict(
        session.execute(
            scoped(select(referred.c.referrer, func.count()), referred.c.referrer).group_by(
                referred.c.referrer
            )
        ).all()
    )
    ratings: dict[int, tuple[int, int]] = {}
    rated_entries = scoped(
        select(InteractionClient.client_id, func.sum(Interaction.satisfaction), func.count())
        .join(Interaction, Interaction.id == InteractionClient.interaction_id)
        .where(Interaction.satisfaction.is_not(None), Interaction.deleted_at.is_(None)),
        InteractionClient.client_id,
    ).group_by(InteractionClient.client_id)
    rated_complaints = scoped(
        select(Complaint.client_id, func.sum(Complaint.satisfaction), func.count()).where(
            Complaint.satisfaction.is_not(None)
        ),
        Complaint.client_id,
    ).group_by(Complaint.client_id)
    for stmt in (rated_entries, rated_complaints):
        for cid, total, n in session.execute(stmt):
            s, c = ratings.get(cid, (0, 0))
            ratings[cid] = (s + int(total), c + int(n))
    out = {}
    for cid, day in since.items():
        s, c = ratings.get(cid, (0, 0))
        out[cid] = Inputs(
            aum_minor=aum.get(cid),
            revenue_minor=revenue.get(cid),
            tenure_days=max(0, (today - day).days) if day else None,
            contacts=int(contacts.get(cid, 0)),
            referrals=int(referrals.get(cid, 0)),
            rating_sum=s,
            rating_count=c,
        )
    return out


class ValueScoreService:
    def __init__(self, session: Session) -> None:
        self.session = session
        settings = SettingsService(session)
        self.weights = Weights.from_settings(settings)
        self.currency = str(settings.get("office.base_currency"))

    def explain(self, client_id: int, today: dt.date) -> Explanation:
        inputs = gather(self.session, today, [client_id]).get(client_id)
        if inputs is None:
            raise LookupError("This client no longer exists.")
        return explain(inputs, self.weights, self.currency)

    def refresh_all(self, today: dt.date) -> int:
        """Recompute and store every client's score; returns how many were stored."""
        return self.store(self.compute_all(today), today)

    def compute_all(self, today: dt.date) -> dict[int, int]:
        """Every client's score (reads only: a worker can compute in a read session and
        keep the write transaction that stores them short)."""
        return {
            cid: explain(inputs, self.weights, self.currency).score
            for cid, inputs in gather(self.session, today).items()
        }

    def store(self, scores: dict[int, int], today: dt.date) -> int:
        """Replace the stored scores with `scores` (client id -> score)."""
        self.session.execute(delete(ClientValueScore))
        rows = [{"client_id": c, "score": v, "computed_on": today} for c, v in scores.items()]
        if rows:
            self.session.execute(ClientValueScore.__table__.insert(), rows)
        return len(rows)

    def stale(self, today: dt.date) -> bool:
        """True when some client has no score for today (scores age with tenure and contact)."""
        scored = self.session.scalar(
            select(func.count())
            .select_from(ClientValueScore)
            .where(ClientValueScore.computed_on == today)
        )
        return int(scored or 0) != int(self.session.scalar(select(func.count(Client.id))) or 0)

    def score_of(self, client_id: int) -> int | None:
        return self.session.scalar(
            select(ClientValueScore.score).where(ClientValueScore.client_id == client_id)
        )

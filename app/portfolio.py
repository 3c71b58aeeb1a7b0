"""A client's accounts, holdings and transactions, and the figures derived from them.

The model (docs/portfolio.md): an account's value is the market value of its holdings; the
money a client puts in or takes out is what crosses that boundary. So a buy, subscription,
deposit or fee is a contribution, a sell, redemption, withdrawal, dividend or interest paid
out is a withdrawal, and a transfer carries its own sign. Keep cash that stays in an
account as a holding of a cash product, and record a reinvested dividend as a dividend
plus a buy.

Holdings are the statement's truth on their valuation date. Values on earlier days roll
each position back through the transactions after that day and price it at the last
known price (a transaction's price, or the holding's own valuation).

Everything read here is a plain dataclass in integer minor units; `value_base` figures are
in the office base currency at the latest FX rate on or before the given day.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app import access, audit
from app.money import FxService, Money, convert_minor
from app.settings import SettingsService
from app.validation import (
    FieldError,
    ValidationError,
    currency_exponent,
    mask_identifier,
    validate_currency,
)
from db.models import Client
from db.models_portfolio import (
    TRANSACTION_KINDS,
    Account,
    Holding,
    PortfolioTransaction,
    Product,
)

# +1: money the client puts into the account; -1: money the client gets back.
FLOW_SIGN: dict[str, int] = {
    "buy": 1,
    "subscription": 1,
    "deposit": 1,
    "fee": 1,
    "sell": -1,
    "redemption": -1,
    "withdrawal": -1,
    "dividend": -1,
    "interest": -1,
    "transfer": 1,  # the amount itself is signed: + in, - out
}
# How a kind moves the quantity of its product (0: it does not).
QUANTITY_SIGN: dict[str, int] = {
    "buy": 1,
    "subscription": 1,
    "deposit": 1,
    "sell": -1,
    "redemption": -1,
    "withdrawal": -1,
    "transfer": 1,
}
PURCHASE_KINDS = ("buy", "subscription")
ACCOUNT_TYPES = ("brokerage", "bank", "fund", "wealth", "insurance", "trust", "pension", "other")

assert set(FLOW_SIGN) == set(TRANSACTION_KINDS)


def base_currency(session: Session) -> str:
    return str(SettingsService(session).get("office.base_currency"))


def account_label(institution: str, number: str) -> str:
    """How an account is shown everywhere: institution and masked number."""
    return f"{institution} {mask_identifier(number)}".strip()


def decimal_text(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def minor_of(amount: Decimal, currency: str) -> int:
    """An exact Decimal amount in major units as integer minor units (half-even)."""
    scaled = amount.scaleb(currency_exponent(currency))
    return int(scaled.quantize(Decimal(1), ROUND_HALF_EVEN))


# ---------------------------------------------------------------------------
# Read API (charts, dashboard, review pack)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountRow:
    id: int
    version: int
    label: str
    institution: str
    account_type: str
    currency: str
    opened_on: dt.date | None


@dataclass(frozen=True)
class HoldingRow:
    holding_id: int
    account_id: int
    account_label: str
    product_id: int
    product_code: str
    product_name: str
    asset_class: str
    risk_rating: int
    currency: str
    quantity: Decimal
    cost: int
    market_value: int
    valuation_date: dt.date
    value_base: int


@dataclass(frozen=True)
class TransactionRow:
    id: int
    account_id: int
    account_label: str
    trade_date: dt.date
    kind: str
    product_code: str | None
    product_name: str | None
    quantity: Decimal | None
    price: Decimal | None
    amount: int
    currency: str
    contribution_base: int  # + put in, - taken out, base currency at the trade date's rate
    note: str | None


def accounts(session: Session, client_id: int) -> list[AccountRow]:
    rows = session.scalars(
        select(Account).where(Account.client_id == client_id).order_by(Account.id)
    )
    return [
        AccountRow(
            id=a.id,
            version=a.version,
            label=account_label(a.institution, a.number),
            institution=a.institution,
            account_type=a.account_type,
            currency=a.currency,
            opened_on=a.opened_on,
        )
        for a in rows
    ]


def holdings(session: Session, client_id: int, on: dt.date | None = None) -> list[HoldingRow]:
    """The client's holdings, largest value first."""
    fx = FxService(session, base_currency(session))
    day = on or dt.date.today()
    query = (
        select(Holding, Account.institution, Account.number, Product)
        .join(Account, Account.id == Holding.account_id)
        .join(Product, Product.id == Holding.product_id)
        .where(Holding.client_id == client_id)
    )
    result = [
        HoldingRow(
            holding_id=h.id,
            account_id=h.account_id,
            account_label=account_label(institution, number),
            product_id=p.id,
            product_code=p.code,
            product_name=p.name,
            asset_class=p.asset_class,
            risk_rating=p.risk_rating,
            currency=h.currency,
            quantity=Decimal(h.quantity),
            cost=h.cost_minor,
            market_value=h.market_value_minor,
            valuation_date=h.valuation_date,
            value_base=fx.to_base(Money(h.market_value_minor, h.currency), day).minor,
        )
        for h, institution, number, p in session.execute(query)
    ]
    result.sort(key=lambda r: (-r.value_base, r.product_code))
    return result


def transactions(
    session: Session, client_id: int, start: dt.date, end: dt.date
) -> list[TransactionRow]:
    """The client's transactions with trade dates in [start, end], oldest first."""
    fx = FxService(session, base_currency(session))
    query = (
        select(
            PortfolioTransaction, Account.institution, Account.number, Product.code, Product.name
        )
        .join(Account, Account.id == PortfolioTransaction.account_id)
        .outerjoin(Product, Product.id == PortfolioTransaction.product_id)
        .where(
            Account.client_id == client_id,
            PortfolioTransaction.trade_date >= start,
            PortfolioTransaction.trade_date <= end,
        )
        .order_by(PortfolioTransaction.trade_date, PortfolioTransaction.id)
    )
    return [
        TransactionRow(
            id=t.id,
            account_id=t.account_id,
            account_label=account_label(institution, number),
            trade_date=t.trade_date,
            kind=t.kind,
            product_code=code,
            product_name=name,
            quantity=decimal_text(t.quantity),
            price=decimal_text(t.price),
            amount=t.amount_minor,
            currency=t.currency,
            contribution_base=fx.to_base(
                Money(FLOW_SIGN[t.kind] * t.amount_minor, t.currency), t.trade_date
            ).minor,
            note=t.note,
        )
        for t, institution, number, code, name in session.execute(query)
    ]


def allocation(
    session: Session, client_id: int, by: str = "asset_class", on: dt.date | None = None
) -> list[tuple[str, int]]:
    """Value in base currency per asset class (largest first) or per risk rating ("R1" ..
    "R5", in that order). SQL sums per group and currency; only the few currency totals
    are converted."""
    if by not in ("asset_class", "risk_rating"):
        raise ValueError("Allocation is by asset_class or risk_rating.")
    column = Product.asset_class if by == "asset_class" else Product.risk_rating
    query = (
        select(column, Holding.currency, func.sum(Holding.market_value_minor))
        .join(Product, Product.id == Holding.product_id)
        .where(Holding.client_id == client_id)
        .group_by(column, Holding.currency)
    )
    fx = FxService(session, base_currency(session))
    day = on or dt.date.today()
    totals: dict[str, int] = defaultdict(int)
    for key, currency, total in session.execute(query):
        label = f"R{key}" if by == "risk_rating" else str(key)
        totals[label] += fx.to_base(Money(int(total), currency), day).minor
    if by == "risk_rating":
        return sorted(totals.items())  # R1..R5 read as a ladder
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


def client_aum(session: Session, client_id: int, on: dt.date | None = None) -> int:
    """Assets under management for one client, in base currency minor units."""
    return sum(value for _, value in allocation(session, client_id, on=on))


def aum_per_client(session: Session, on: dt.date | None = None) -> dict[int, int]:
    """AUM of every client with holdings in one ordered pass over the covering index
    ix_holding_client_value (no join, no sort): one sum per currency per client, the
    base-currency sum as is, the others converted with each currency's rate read once.
    (One pass with a sum per currency measured ~25 % faster than two grouped queries.)"""
    fx = FxService(session, base_currency(session))
    base, day = fx.base, on or dt.date.today()
    others = sorted(set(session.scalars(select(Holding.currency).distinct())) - {base})
    sums = [
        func.sum(case((Holding.currency == currency, Holding.market_value_minor), else_=0))
        for currency in (base, *others)
    ]
    rows = session.execute(select(Holding.client_id, *sums).group_by(Holding.client_id))
    if not others:
        return dict(rows.tuples().all())
    rates = [(currency, fx.rate_to_base(currency, day)) for currency in others]
    result: dict[int, int] = {}
    for client_id, in_base, *foreign in rows.tuples():
        value = in_base
        for (currency, rate), minor in zip(rates, foreign, strict=True):
            if minor:
                value += convert_minor(minor, currency, base, rate)
        result[client_id] = value
    return result


def month_ends(start: dt.date, end: dt.date) -> list[dt.date]:
    """Each month's last day from start's month up to end, plus end itself."""
    days: list[dt.date] = []
    year, month = start.year, start.month
    while True:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        if last >= end:
            break
        if last >= start:
            days.append(last)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    days.append(end)
    return days


def value_vs_contributions(
    session: Session, client_id: int, start: dt.date, end: dt.date
) -> list[tuple[dt.date, int, int]]:
    """At each month end in [start, end] (and at end): net contributions since the first
    transaction and market value, both in base currency minor units."""
    history = PortfolioHistory.load(session, client_id=client_id)
    days = month_ends(start, end)
    values = history.values_on(days)
    contributions = history.cumulative_contributions(days)
    return list(zip(days, contributions, values, strict=True))


# ---------------------------------------------------------------------------
# Values over time
# ---------------------------------------------------------------------------


@dataclass
class _Position:
    """One product in one account: its current quantity and the dated facts about it."""

    currency: str
    quantity_now: Decimal = Decimal(0)
    market_value_now: int | None = None
    exponent: int = 2  # the currency's minor-unit digits, looked up once (values_on is hot)
    valuation_date: dt.date | None = None
    change_days: list[dt.date] | None = None
    change_after: list[Decimal] | None = None  # quantity change strictly after change_days[i]
    price_days: list[dt.date] | None = None
    prices: list[Decimal] | None = None


class PortfolioHistory:
    """The positions and flows of one account or one client, loaded once, so values on
    many days (TWR needs one per flow day) cost a bisect each, not a query each."""

    def __init__(self, session: Session, flows: list[tuple[dt.date, int, str]]) -> None:
        self.fx = FxService(session, base_currency(session))
        self.flows = flows  # (trade_date, signed amount minor, currency), oldest first
        self.positions: dict[tuple[int, int], _Position] = {}

    @classmethod
    def load(
        cls, session: Session, *, client_id: int | None = None, account_id: int | None = None
    ) -> PortfolioHistory:
        if client_id is not None:
            account_filter = Account.client_id == client_id
        else:
            account_filter = Account.id == account_id
        tx_query = (
            select(
                PortfolioTransaction.account_id,
                PortfolioTransaction.product_id,
                PortfolioTransaction.kind,
                PortfolioTransaction.trade_date,
                PortfolioTransaction.quantity,
                PortfolioTransaction.price,
                PortfolioTransaction.amount_minor,
                PortfolioTransaction.currency,
            )
            .join(Account, Account.id == PortfolioTransaction.account_id)
            .where(account_filter)
            .order_by(PortfolioTransaction.trade_date, PortfolioTransaction.id)
        )
        tx_rows = session.execute(tx_query).all()
        history = cls(
            session,
            [(d, FLOW_SIGN[kind] * amount, ccy) for _, _, kind, d, _, _, amount, ccy in tx_rows],
        )
        holding_query = (
            select(Holding).join(Account, Account.id == Holding.account_id).where(account_filter)
        )
        positions = history.positions
        for h in session.scalars(holding_query):
            positions[(h.account_id, h.product_id)] = _Position(
                currency=h.currency,
                quantity_now=Decimal(h.quantity),
                market_value_now=h.market_value_minor,
                valuation_date=h.valuation_date,
            )
        changes: dict[tuple[int, int], list[tuple[dt.date, Decimal]]] = defaultdict(list)
        prices: dict[tuple[int, int], list[tuple[dt.date, Decimal]]] = defaultdict(list)
        for account, product, kind, day, quantity, price, _, currency in tx_rows:
            if product is None:
                continue
            key = (account, product)
            if key not in positions:
                positions[key] = _Position(currency=currency)
            sign = QUANTITY_SIGN.get(kind, 0)
            if sign and quantity is not None:
                changes[key].append((day, sign * Decimal(quantity)))
            if price is not None:
                prices[key].append((day, Decimal(price)))
        for key, position in positions.items():
            position.exponent = currency_exponent(position.currency)
            position.change_days, position.change_after = _suffix_sums(changes.get(key, []))
            points = prices.get(key, [])
            if position.valuation_date is not None and position.quantity_now:
                exponent = currency_exponent(position.currency)
                unit = Decimal(position.market_value_now or 0).scaleb(-exponent)
                points = [*points, (position.valuation_date, unit / position.quantity_now)]
                points.sort(key=lambda p: p[0])
            position.price_days = [d for d, _ in points]
            position.prices = [p for _, p in points]
        return history

    def value_on(self, day: dt.date) -> int:
        total = 0
        for position in self.positions.values():
            minor = _position_value(position, day)
            if not minor:
                continue
            if position.currency == self.fx.base:  # most positions: no conversion to pay for
                total += minor
            else:
                total += self.fx.to_base(Money(minor, position.currency), day).minor
        return total

    def values_on(self, days: Sequence[dt.date]) -> list[int]:
        return [self.value_on(day) for day in days]

    def flows_by_day(self, start: dt.date, end: dt.date) -> dict[dt.date, int]:
        """Net contribution (base currency) per day in (start, end]."""
        result: dict[dt.date, int] = defaultdict(int)
        base = self.fx.base
        for day, amount, currency in self.flows:
            if start < day <= end:
                if currency == base:
                    result[day] += amount
                else:
                    result[day] += self.fx.to_base(Money(amount, currency), day).minor
        return dict(result)

    def cumulative_contributions(self, days: Iterable[dt.date]) -> list[int]:
        """Net contributions (base currency) from the first flow up to each day."""
        result = []
        index, running = 0, 0
        for day in days:
            while index < len(self.flows) and self.flows[index][0] <= day:
                flow_day, amount, currency = self.flows[index]
                running += self.fx.to_base(Money(amount, currency), flow_day).minor
                index += 1
            result.append(running)
        return result


def _suffix_sums(
    changes: list[tuple[dt.date, Decimal]],
) -> tuple[list[dt.date], list[Decimal]]:
    """Sorted change days and, for each, the total change strictly after that day; a day
    before all changes gets the grand total (see _quantity_on)."""
    per_day: dict[dt.date, Decimal] = defaultdict(Decimal)
    for day, change in changes:
        per_day[day] += change
    days = sorted(per_day)
    after: list[Decimal] = [Decimal(0)] * len(days)
    running = Decimal(0)
    for i in range(len(days) - 1, -1, -1):
        after[i] = running
        running += per_day[days[i]]
    return days, [*after, running]  # the extra last entry: total of all changes


def _quantity_on(position: _Position, day: dt.date) -> Decimal:
    days = position.change_days or []
    after = position.change_after or [Decimal(0)]
    i = bisect.bisect_right(days, day)  # changes on days[:i] happened by `day`
    later = after[i - 1] if i else after[-1]
    return position.quantity_now - later


def _position_value(position: _Position, day: dt.date) -> int:
    quantity = _quantity_on(position, day)
    if not quantity:
        return 0
    if (
        position.valuation_date is not None
        and position.valuation_date <= day
        and quantity == position.quantity_now
        and position.price_days
        and position.price_days[-1] <= position.valuation_date
    ):
        return position.market_value_now or 0
    days = position.price_days or []
    prices = position.prices or []
    if not prices:
        return 0
    i = bisect.bisect_right(days, day)
    price = prices[i - 1] if i else prices[0]
    scaled = (quantity * price).scaleb(position.exponent)
    return int(scaled.quantize(Decimal(1), ROUND_HALF_EVEN))


# ---------------------------------------------------------------------------
# Writing: accounts, reveals, transactions recorded one at a time
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountData:
    institution: str
    account_type: str
    number: str
    currency: str
    opened_on: dt.date | None = None


def account_errors(data: AccountData) -> list[FieldError]:
    errors: list[FieldError] = []
    if not data.institution.strip():
        errors.append(FieldError("institution", "Enter the institution."))
    if data.account_type not in ACCOUNT_TYPES:
        errors.append(
            FieldError("account_type", f"Choose an account type: {', '.join(ACCOUNT_TYPES)}.")
        )
    number = "".join(data.number.split())
    if not number:
        errors.append(FieldError("number", "Enter the account number."))
    elif len(number) > 60:
        errors.append(FieldError("number", "An account number has at most 60 characters."))
    message = validate_currency(data.currency)
    if message:
        errors.append(FieldError("currency", message))
    return errors


@dataclass(frozen=True)
class TransactionData:
    account_id: int
    kind: str
    trade_date: dt.date
    amount: int  # minor units of `currency`; >= 0, except a transfer out (< 0)
    currency: str
    product_id: int | None = None
    quantity: Decimal | None = None
    price: Decimal | None = None
    note: str | None = None


def parse_decimal(text: str) -> Decimal:
    """A quantity or price typed or imported: plain digits with an optional point."""
    cleaned = text.strip().replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError("Enter a number, for example 1000 or 1.2345.") from exc
    if not value.is_finite():
        raise ValueError("Enter a number, for example 1000 or 1.2345.")
    return value


def transaction_errors(data: TransactionData) -> list[FieldError]:
    """Problems with one transaction regardless of where it came from (GUI or CSV)."""
    errors: list[FieldError] = []
    if data.kind not in TRANSACTION_KINDS:
        errors.append(FieldError("kind", f"Choose a kind: {', '.join(TRANSACTION_KINDS)}."))
    message = validate_currency(data.currency)
    if message:
        errors.append(FieldError("currency", message))
    if data.kind != "transfer" and data.amount < 0:
        errors.append(
            FieldError("amount", "Enter the amount without a sign; the kind gives the direction.")
        )
    if data.kind in PURCHASE_KINDS or data.kind in ("sell", "redemption"):
        if data.product_id is None:
            errors.append(FieldError("product", "Choose the product."))
        if data.quantity is None or data.quantity <= 0:
            errors.append(FieldError("quantity", "Enter a quantity above zero."))
    if data.quantity is not None and data.kind != "transfer" and data.quantity < 0:
        errors.append(FieldError("quantity", "A quantity cannot be negative."))
    if data.price is not None and data.price < 0:
        errors.append(FieldError("price", "A price cannot be negative."))
    if data.note is not None and len(data.note) > 500:
        errors.append(FieldError("note", "A note has at most 500 characters."))
    return errors


class PortfolioService:
    """Accounts and transactions for one user action; the caller owns the transaction."""

    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    def add_account(self, client_id: int, data: AccountData) -> Account:
        access.require(self.session, access.FINANCIALS, client_id)
        if self.session.get(Client, client_id) is None:
            raise LookupError("That client no longer exists.")
        errors = account_errors(data)
        if errors:
            raise ValidationError(errors)
        account = Account(
            client_id=client_id,
            institution=data.institution.strip(),
            account_type=data.account_type,
            number="".join(data.number.split()),
            currency=data.currency.strip().upper(),
            opened_on=data.opened_on,
        )
        self.session.add(account)
        self.session.flush()
        return account

    def reveal_account_number(self, client_id: int, account_id: int, reason: str = "") -> str:
        """The one way to see a full account number; each call is recorded."""
        access.require(self.session, access.REVEAL, client_id)
        account = self.session.get(Account, account_id)
        if account is None or account.client_id != client_id:
            raise LookupError("That account does not belong to this client.")
        audit.record_reveal(
            self.session,
            self.actor,
            client_id,
            target=f"account {account_id}",
            masked=account_label(account.institution, account.number),
            reason=reason,
            access_action="reveal_account",
        )
        return account.number

    def record_transaction(self, data: TransactionData) -> PortfolioTransaction:
        """Record one new transaction and move its holding with it (a trade after the last
        statement). History imported from CSV does not pass here: holdings files are the
        statement itself."""
        errors = transaction_errors(data)
        account = self.session.get(Account, data.account_id)
        if account is None:
            raise LookupError("That account no longer exists.")
        access.require(self.session, access.FINANCIALS, account.client_id)
        product = None
        if data.product_id is not None:
            product = self.session.get(Product, data.product_id)
            if product is None:
                errors.append(FieldError("product", "That product is not in the catalogue."))
        if errors:
            raise ValidationError(errors)
        row = PortfolioTransaction(
            account_id=account.id,
            product_id=data.product_id,
            kind=data.kind,
            trade_date=data.trade_date,
            quantity=None if data.quantity is None else str(data.quantity),
            price=None if data.price is None else str(data.price),
            amount_minor=data.amount,
            currency=data.currency.strip().upper(),
            note=(data.note or "").strip() or None,
            created_by=self.actor,
        )
        self.session.add(row)
        if product is not None and data.quantity is not None and QUANTITY_SIGN.get(data.kind):
            self._move_holding(account.id, account.client_id, product, data)
        self.session.flush()
        return row

    def _move_holding(
        self, account_id: int, client_id: int, product: Product, data: TransactionData
    ) -> None:
        assert data.quantity is not None
        change = QUANTITY_SIGN[data.kind] * data.quantity
        holding = self.session.scalar(
            select(Holding).where(
                Holding.account_id == account_id, Holding.product_id == product.id
            )
        )
        if holding is None:
            if change < 0:
                raise ValidationError(
                    [FieldError("quantity", "The account holds none of this product to sell.")]
                )
            holding = Holding(
                account_id=account_id,
                client_id=client_id,
                product_id=product.id,
                quantity="0",
                currency=product.currency,
                cost_minor=0,
                market_value_minor=0,
                valuation_date=data.trade_date,
            )
            self.session.add(holding)
        before = Decimal(holding.quantity)
        after = before + change
        if after < 0:
            raise ValidationError(
                [FieldError("quantity", "This sells more than the account holds.")]
            )
        if change > 0 and data.currency.upper() == holding.currency:
            holding.cost_minor += data.amount
        elif change < 0 and before:
            holding.cost_minor = minor_of(
                Decimal(holding.cost_minor).scaleb(-currency_exponent(holding.currency))
                * after
                / before,
                holding.currency,
            )
        if data.price is not None and data.trade_date >= holding.valuation_date:
            holding.market_value_minor = minor_of(after * data.price, holding.currency)
            holding.valuation_date = data.trade_date
        elif before:
            holding.market_value_minor = int(Decimal(holding.market_value_minor) * after / before)
        holding.quantity = str(after)

"""Segments: client filters over any dimension, combined with AND/OR, compiled to SQL.

A smart list stores its filter as JSON; this module is the one place that reads that JSON,
checks it, and turns it into a WHERE clause over `client`, so counting or listing a segment
of 100,000 clients is one SQL statement, never a loop over clients.

The JSON shape (also what `app/chart_series.py` drill-downs hand the client list):

    {"op": "and" | "or", "items": [condition or group, ...]}
    condition: {"dim": "tier", "values": ["hnw", "uhnw"]}              (membership)
               {"dim": "age", "min": 30, "max": 50}                    (a range, ends included)
               {"dim": "last_contact_days", "min": 90}                 (no contact for 90+ days)
               {"dim": "next_review_days", "max": -1}                  (review overdue)
               {"dim": "custom", "field": "golf", "values": ["12"]}    (or min/max for numbers)

Empty groups: a group without conditions places no condition, so it is dropped from its
parent; a definition with no conditions at all matches every client. So AND(x, OR()) is x
and OR(x, AND()) is x as well (not "everyone"): an unfilled group in the editor never
changes what a list holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Numeric,
    and_,
    cast,
    exists,
    false,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from app.cards import STATUSES, TIERS
from db.models import (
    Address,
    Client,
    ClientTag,
    CustomField,
    CustomValue,
    Interaction,
    InteractionClient,
)
from db.models_segments import ClientValueScore, StaticListMember

MAX_DEPTH = 4
MAX_CONDITIONS = 50
RISK_LEVELS = ("C1", "C2", "C3", "C4", "C5")


class SegmentError(ValueError):
    """A filter that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Condition:
    dim: str
    values: tuple[str, ...] = ()
    min: Decimal | None = None
    max: Decimal | None = None
    field: str | None = None  # custom field key (dim "custom")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"dim": self.dim}
        if self.field is not None:
            out["field"] = self.field
        if self.values:
            out["values"] = list(self.values)
        if self.min is not None:
            out["min"] = _json_number(self.min)
        if self.max is not None:
            out["max"] = _json_number(self.max)
        return out


@dataclass(frozen=True)
class Group:
    op: str = "and"
    items: tuple[Condition | Group, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"op": self.op, "items": [i.to_json() for i in self.items]}

    def is_empty(self) -> bool:
        return all(isinstance(i, Group) and i.is_empty() for i in self.items)


def _json_number(value: Decimal) -> int | str:
    return int(value) if value == value.to_integral_value() else str(value)


# Dimensions: how each is filtered. "values": membership; "range": min/max.
MEMBERSHIP = frozenset(
    {"tier", "status", "owner", "risk_level", "city", "region", "occupation", "industry"}
    | {"tag", "need", "static_list"}
)
RANGE = frozenset({"age", "last_contact_days", "next_review_days", "value_score", "investable"})
DIMENSIONS = tuple(sorted(MEMBERSHIP | RANGE | {"custom"}))
CHOICES: Mapping[str, tuple[str, ...]] = {
    "tier": TIERS,
    "status": STATUSES,
    "risk_level": RISK_LEVELS,
}


def parse(data: Any) -> Group:
    """Read and check a stored or typed definition; raises SegmentError (one line)."""
    count = [0]
    group = _parse_group(data, 1, count)
    return group


def _parse_group(data: Any, depth: int, count: list[int]) -> Group:
    if not isinstance(data, dict) or not isinstance(data.get("items", []), list):
        raise SegmentError("A filter group needs an operator and a list of conditions.")
    op = data.get("op", "and")
    if op not in ("and", "or"):
        raise SegmentError("A filter group combines its conditions with 'and' or 'or'.")
    if depth > MAX_DEPTH:
        raise SegmentError(f"Filter groups can be nested at most {MAX_DEPTH} deep.")
    items: list[Condition | Group] = []
    for item in data.get("items", []):
        if isinstance(item, dict) and "items" in item:
            items.append(_parse_group(item, depth + 1, count))
        else:
            count[0] += 1
            if count[0] > MAX_CONDITIONS:
                raise SegmentError(f"A filter can hold at most {MAX_CONDITIONS} conditions.")
            items.append(_parse_condition(item))
    return Group(op, tuple(items))


def _number(raw: Any, dim: str) -> Decimal | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        raise SegmentError(f"The range of '{dim}' must be numbers.")
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise SegmentError(f"The range of '{dim}' must be numbers.") from None
    if not value.is_finite():
        raise SegmentError(f"The range of '{dim}' must be numbers.")
    return value


def _parse_condition(data: Any) -> Condition:
    if not isinstance(data, dict):
        raise SegmentError("A filter condition must name a dimension.")
    dim = data.get("dim")
    if dim not in DIMENSIONS:
        raise SegmentError(f"Unknown filter dimension: {str(dim)[:40]!r}.")
    field = data.get("field")
    if dim == "custom" and (not isinstance(field, str) or not field):
        raise SegmentError("A custom-field condition must name the field.")
    raw_values = data.get("values", [])
    if not isinstance(raw_values, list) or not all(isinstance(v, str) for v in raw_values):
        raise SegmentError(f"The values of '{dim}' must be a list of texts.")
    values = tuple(raw_values)
    low, high = _number(data.get("min"), dim), _number(data.get("max"), dim)
    if dim in MEMBERSHIP and not values:
        raise SegmentError(f"Pick at least one value for '{dim}'.")
    if dim in RANGE and low is None and high is None:
        raise SegmentError(f"Give a lower or an upper bound for '{dim}'.")
    if dim == "custom" and not values and low is None and high is None:
        raise SegmentError("Give values or a range for the custom field.")
    if low is not None and high is not None and low > high:
        raise SegmentError(f"The lower bound of '{dim}' is above its upper bound.")
    allowed = CHOICES.get(dim)
    if allowed is not None:
        bad = [v for v in values if v not in allowed]
        if bad:
            raise SegmentError(f"'{bad[0][:40]}' is not a {dim}; use one of {', '.join(allowed)}.")
    return Condition(dim, values, low, high, field if dim == "custom" else None)


# ---- compiling to SQL ---------------------------------------------------------------------


def compile_filter(session: Session, group: Group, today: dt.date) -> ColumnElement[bool]:
    """A WHERE clause over `client` (Client.id) selecting the group's clients."""
    clause = _compile_group(session, group, today)
    return true() if clause is None else clause


def _compile_group(session: Session, group: Group, today: dt.date) -> ColumnElement[bool] | None:
    parts = []
    for item in group.items:
        part = (
            _compile_group(session, item, today)
            if isinstance(item, Group)
            else _compile_condition(session, item, today)
        )
        if part is not None:  # an empty group places no condition
            parts.append(part)
    if not parts:
        return None
    return and_(*parts) if group.op == "and" else or_(*parts)


def _range(column: Any, low: Any, high: Any) -> ColumnElement[bool]:
    parts = []
    if low is not None:
        parts.append(column >= low)
    if high is not None:
        parts.append(column <= high)
    return and_(*parts)


def _years_ago(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _age(c: Condition, today: dt.date) -> ColumnElement[bool]:
    """Age in whole years: born on or before today-min years, after today-(max+1) years."""
    parts = [Client.date_of_birth.is_not(None)]
    if c.min is not None:
        parts.append(Client.date_of_birth <= _years_ago(today, int(c.min)))
    if c.max is not None:
        parts.append(Client.date_of_birth > _years_ago(today, int(c.max) + 1))
    return and_(*parts)


def _contacted_since(since: dt.datetime) -> ColumnElement[bool]:
    return exists(
        select(InteractionClient.interaction_id)
        .join(Interaction, Interaction.id == InteractionClient.interaction_id)
        .where(
            InteractionClient.client_id == Client.id,
            InteractionClient.occurred_at >= since,
            Interaction.deleted_at.is_(None),
        )
    )


def _last_contact(c: Condition, today: dt.date) -> ColumnElement[bool]:
    """Days since the last (not deleted) interaction; never contacted counts as infinite.

    min N: no contact in the N days before today; max N: a contact within the last N days."""
    midnight = dt.datetime.combine(today, dt.time())
    parts = []
    if c.min is not None:
        parts.append(~_contacted_since(midnight - dt.timedelta(days=int(c.min) - 1)))
    if c.max is not None:
        parts.append(_contacted_since(midnight - dt.timedelta(days=int(c.max))))
    return and_(*parts)


def _next_review(c: Condition, today: dt.date) -> ColumnElement[bool]:
    """Days from today to the next review: max 30 = due within 30 days or overdue,
    max -1 = overdue; clients without a next review never match."""
    low = today + dt.timedelta(days=int(c.min)) if c.min is not None else None
    high = today + dt.timedelta(days=int(c.max)) if c.max is not None else None
    return and_(Client.next_review.is_not(None), _range(Client.next_review, low, high))


def _tag(kind: str, values: tuple[str, ...]) -> ColumnElement[bool]:
    return Client.id.in_(
        select(ClientTag.client_id).where(ClientTag.name.in_(values), ClientTag.kind == kind)
    )


def _address(column: Any, values: tuple[str, ...]) -> ColumnElement[bool]:
    return Client.id.in_(select(Address.client_id).where(column.in_(values)))


def _custom(session: Session, c: Condition) -> ColumnElement[bool]:
    kind = session.scalar(select(CustomField.kind).where(CustomField.key == c.field))
    if kind is None:
        raise SegmentError(f"There is no custom field {str(c.field)[:60]!r}.")
    if (c.min is not None or c.max is not None) and kind not in ("number", "money", "date"):
        raise SegmentError("Only number, money and date fields can be filtered by range.")
    stmt = select(CustomValue.client_id).join(CustomField, CustomField.id == CustomValue.field_id)
    stmt = stmt.where(CustomField.key == c.field)
    if c.values:
        stmt = stmt.where(CustomValue.value.in_(c.values))
    if c.min is not None or c.max is not None:
        if kind == "date":  # ISO dates compare as text
            low = _iso_day(c.min) if c.min is not None else None
            high = _iso_day(c.max) if c.max is not None else None
            stmt = stmt.where(_range(CustomValue.value, low, high))
        else:
            stmt = stmt.where(_range(cast(CustomValue.value, Numeric), c.min, c.max))
    return Client.id.in_(stmt)


def _iso_day(value: Decimal) -> str:
    """Date bounds arrive as yyyymmdd numbers (20260131) so the JSON stays numeric."""
    text = str(int(value))
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()
    except (ValueError, IndexError):
        raise SegmentError("A date bound must read yyyymmdd, for example 20260131.") from None


def _risk(session: Session, c: Condition, today: dt.date) -> ColumnElement[bool]:
    from app.risk_assessment import current_levels

    levels = current_levels(session, today)
    wanted = set(c.values)
    return Client.id.in_(sorted(cid for cid, level in levels.items() if level in wanted))


def _static(session: Session, c: Condition) -> ColumnElement[bool]:
    from db.models_segments import SmartList

    ids = list(session.scalars(select(SmartList.id).where(SmartList.name.in_(c.values))))
    if len(ids) != len(set(c.values)):
        raise SegmentError("A list named in the filter no longer exists.")
    return Client.id.in_(
        select(StaticListMember.client_id).where(StaticListMember.list_id.in_(ids))
    )


_SIMPLE: Mapping[str, Callable[[Condition], ColumnElement[bool]]] = {
    "tier": lambda c: Client.tier.in_(c.values),
    "status": lambda c: Client.status.in_(c.values),
    "owner": lambda c: or_(
        Client.owner.in_([v for v in c.values if v]),
        Client.owner.is_(None) if "" in c.values else false(),
    ),
    "occupation": lambda c: Client.occupation.in_(c.values),
    "industry": lambda c: Client.industry.in_(c.values),
    "city": lambda c: _address(Address.city, c.values),
    "region": lambda c: _address(Address.region, c.values),
    "tag": lambda c: _tag("tag", c.values),
    "need": lambda c: _tag("need", c.values),
    "value_score": lambda c: Client.id.in_(
        select(ClientValueScore.client_id).where(_range(ClientValueScore.score, c.min, c.max))
    ),
    "investable": lambda c: _range(
        Client.investable_base_minor,
        int(c.min) if c.min is not None else None,
        int(c.max) if c.max is not None else None,
    ),
}


def _compile_condition(session: Session, c: Condition, today: dt.date) -> ColumnElement[bool]:
    if c.dim in _SIMPLE:
        return _SIMPLE[c.dim](c)
    if c.dim == "age":
        return _age(c, today)
    if c.dim == "last_contact_days":
        return _last_contact(c, today)
    if c.dim == "next_review_days":
        return _next_review(c, today)
    if c.dim == "custom":
        return _custom(session, c)
    if c.dim == "risk_level":
        return _risk(session, c, today)
    if c.dim == "static_list":
        return _static(session, c)
    raise SegmentError(f"Unknown filter dimension: {c.dim!r}.")  # pragma: no cover


def compile_json(session: Session, text: str, today: dt.date) -> ColumnElement[bool]:
    """compile_filter for a definition held as JSON text (the client list's query)."""
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise SegmentError("The list's filter is not valid JSON.") from None
    return compile_filter(session, parse(data), today)


def client_ids(session: Session, group: Group, today: dt.date) -> list[int]:
    """The group's clients, by id (ascending)."""
    where = compile_filter(session, group, today)
    return list(session.scalars(select(Client.id).where(where).order_by(Client.id)))


def count(session: Session, group: Group, today: dt.date) -> int:
    from sqlalchemy import func

    where = compile_filter(session, group, today)
    return int(session.scalar(select(func.count(Client.id)).where(where)) or 0)


def condition(dim: str, *values: str, **bounds: Any) -> Group:
    """A one-condition group (chart drill-downs): condition("tier", "hnw")."""
    data: dict[str, Any] = {"dim": dim, **bounds}
    if values:
        data["values"] = list(values)
    return parse({"op": "and", "items": [data]})

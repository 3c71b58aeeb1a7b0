"""Marketing lists that respect consent: every list prepared for marketing (call list,
export, mail merge) goes through marketing_list(), which leaves out each client without a
valid consent for that channel and says how many were left out and why.

All in SQL over the client list's own filters (ListQuery), so a list of 100,000 clients is
two queries, not a Python loop; and since the state is derived from the consent history
on every call, a withdrawal committed a second ago already applies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, literal, select
from sqlalchemy.orm import Session

from app.client_list import SORTABLE, ListQuery, _filtered
from app.consent import (
    EXPIRED,
    GRANTED,
    MARKETING_CHANNELS,
    NEEDS_RECONSENT,
    NEVER_ASKED,
    REFUSED,
    WITHDRAWN,
    latest_states,
)
from db.models import Address, Client, Email, Phone

NO_CONTACT = "no_contact"
# Why a client was left out, in the order messages list them. no_contact: the client did
# consent but holds no phone / email / WeChat / address for that channel.
EXCLUSION_REASONS = (NEVER_ASKED, WITHDRAWN, EXPIRED, REFUSED, NEEDS_RECONSENT, NO_CONTACT)
# The CSV column that holds the channel's contact.
CONTACT_COLUMN = {
    "phone": "phone",
    "sms": "phone",
    "email": "email",
    "wechat": "wechat_id",
    "post": "address",
}


@dataclass(frozen=True)
class MarketingRow:
    id: int
    name: str
    contact: str


@dataclass
class MarketingList:
    channel: str
    purpose: str
    rows: list[MarketingRow] = field(default_factory=list)
    excluded: dict[str, int] = field(default_factory=dict)  # reason -> clients left out

    @property
    def included_ids(self) -> list[int]:
        return [r.id for r in self.rows]

    @property
    def left_out(self) -> int:
        return sum(self.excluded.values())

    def summary(self) -> str:
        """One line for a dialog or the CLI: how many are in, how many left out and why."""
        n = len(self.rows)
        text = f"{n:,} client{'' if n == 1 else 's'} on the {self.channel} list"
        if not self.left_out:
            return text + "; none left out."
        reasons = ", ".join(f"{n:,} {REASON_TEXT[r]}" for r, n in self.excluded.items() if n)
        return f"{text}; {self.left_out:,} left out: {reasons}."


REASON_TEXT = {
    NEVER_ASKED: "never asked",
    WITHDRAWN: "withdrew consent",
    EXPIRED: "consent expired",
    REFUSED: "refused",
    NEEDS_RECONSENT: "must consent again to the new notice",
    NO_CONTACT: "consented but have no contact for this channel",
}


def contact_for(channel: str) -> ColumnElement[str]:
    """The channel's contact for each client as a correlated scalar subquery."""
    if channel in ("phone", "sms"):
        stmt = select(func.min(Phone.e164)).where(Phone.client_id == Client.id)
        if channel == "sms":
            stmt = stmt.where(Phone.label == "mobile")
        return stmt.scalar_subquery()
    if channel == "email":
        return select(func.min(Email.address)).where(Email.client_id == Client.id).scalar_subquery()
    if channel == "wechat":
        return Client.wechat_id
    if channel == "post":
        parts = Address.line1
        for column in (Address.line2, Address.city, Address.region, Address.postal_code):
            parts = parts + func.coalesce(literal(", ") + column, "")
        return (
            select(parts)
            .where(Address.client_id == Client.id)
            .order_by(Address.id)
            .limit(1)
            .scalar_subquery()
        )
    raise ValueError(f"Unknown marketing channel {channel!r}.")


def marketing_list(
    session: Session, query: ListQuery, channel: str, on: dt.date | None = None
) -> MarketingList:
    """The clients of `query` who may be contacted on `channel`, in the list's sort order,
    and the count of those left out per reason (EXCLUSION_REASONS)."""
    if channel not in MARKETING_CHANNELS:
        raise ValueError(
            f"Unknown marketing channel {channel!r}; use one of {', '.join(MARKETING_CHANNELS)}."
        )
    purpose = MARKETING_CHANNELS[channel]
    states = latest_states(session, on, purposes=[purpose]).subquery("states")
    contact = contact_for(channel)

    def joined(*columns):  # type: ignore[no-untyped-def]
        # Driven from the (materialised) states, one primary-key probe into client each:
        # an outer join from client would leave SQLite a nested scan of both.
        stmt = select(*columns).select_from(states.join(Client, Client.id == states.c.client_id))
        return _filtered(query, stmt)

    result = MarketingList(channel, purpose, excluded=dict.fromkeys(EXCLUSION_REASONS, 0))
    listed = int(session.scalar(_filtered(query, select(func.count(Client.id)))) or 0)
    asked = 0
    tally = joined(states.c.state.label("state"), contact.is_(None).label("no_contact")).subquery()
    for reason, missing, count in session.execute(
        select(tally.c.state, tally.c.no_contact, func.count()).group_by(
            tally.c.state, tally.c.no_contact
        )
    ):
        asked += count
        if reason == GRANTED:
            if missing:
                result.excluded[NO_CONTACT] += count
        else:
            result.excluded[reason] = result.excluded.get(reason, 0) + count
    result.excluded[NEVER_ASKED] = listed - asked

    column = SORTABLE.get(query.sort, Client.sort_name)
    order = [column.desc(), Client.id.desc()] if query.descending else [column, Client.id]
    rows = session.execute(
        joined(Client.id, func.coalesce(Client.chinese_name, Client.legal_name), contact)
        .where(states.c.state == GRANTED, contact.is_not(None))
        .order_by(*order)
    )
    result.rows = [MarketingRow(cid, name, value) for cid, name, value in rows]
    return result

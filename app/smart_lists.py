"""Smart lists (saved filters) and static lists (hand-picked clients), by name.

Other areas ask for a list's clients by name (`pack --list NAME`, exporting a list):
`SmartListService(session).names()` and `.client_ids(name)`. A smart list's members are
computed when asked, from its filter (app/segments.py), so they are always current.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import access, segments
from db.errors import ConflictError
from db.models import Client
from db.models_segments import SmartList, StaticListMember

NAME_MAX = 100
KINDS = ("smart", "static")


@dataclass(frozen=True)
class ListInfo:
    id: int
    name: str
    kind: str
    version: int
    definition: dict[str, Any]


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise segments.SegmentError("Give the list a name.")
    if len(cleaned) > NAME_MAX:
        raise segments.SegmentError(f"Keep the list name under {NAME_MAX} characters.")
    return cleaned


class SmartListService:
    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    # ---- reading -----------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(
            self.session.scalars(
                select(SmartList.name).order_by(SmartList.position, SmartList.name)
            )
        )

    def lists(self) -> list[ListInfo]:
        rows = self.session.scalars(select(SmartList).order_by(SmartList.position, SmartList.name))
        return [ListInfo(r.id, r.name, r.kind, r.version, dict(r.definition)) for r in rows]

    def get(self, name: str) -> ListInfo:
        row = self._row(name)
        return ListInfo(row.id, row.name, row.kind, row.version, dict(row.definition))

    def _row(self, name: str) -> SmartList:
        row = self.session.scalar(select(SmartList).where(SmartList.name == " ".join(name.split())))
        if row is None:
            raise LookupError(f"There is no list named {name.strip()[:NAME_MAX]!r}.")
        return row

    def filter_of(self, name: str) -> segments.Group:
        """The list as a segment filter (a static list: its members)."""
        row = self._row(name)
        if row.kind == "static":
            return segments.condition("static_list", row.name)
        return segments.parse(row.definition)

    def client_ids(self, name: str, today: dt.date | None = None) -> list[int]:
        """The list's clients, ascending by id; LookupError if there is no such list."""
        return segments.client_ids(self.session, self.filter_of(name), today or dt.date.today())

    def count(self, name: str, today: dt.date | None = None) -> int:
        return segments.count(self.session, self.filter_of(name), today or dt.date.today())

    def counts(self, today: dt.date | None = None) -> dict[str, int | None]:
        """Every list's count; None for a list whose filter cannot be used any more."""
        out: dict[str, int | None] = {}
        for name in self.names():
            try:
                out[name] = self.count(name, today)
            except segments.SegmentError:
                out[name] = None
        return out

    # ---- writing -----------------------------------------------------------------------
    def create_smart(self, name: str, definition: dict[str, Any]) -> int:
        group = segments.parse(definition)
        return self._add(name, "smart", group.to_json())

    def create_static(self, name: str, client_ids: Iterable[int] = ()) -> int:
        list_id = self._add(name, "static", {})
        self.add_members(name, client_ids)
        return list_id

    def _add(self, name: str, kind: str, definition: dict[str, Any]) -> int:
        access.require(self.session, access.EDIT_CONTACTS)  # lists are shared: not compliance
        cleaned = _clean_name(name)
        if self.session.scalar(select(SmartList.id).where(SmartList.name == cleaned)):
            raise segments.SegmentError(f"A list named {cleaned!r} already exists.")
        position = (self.session.scalar(select(func.max(SmartList.position))) or 0) + 1
        row = SmartList(
            name=cleaned, kind=kind, definition=definition, position=position, created_by=self.actor
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def update(
        self,
        name: str,
        version: int,
        *,
        new_name: str | None = None,
        definition: dict | None = None,
    ) -> int:
        """Rename and/or change a smart list's filter; a stale version raises ConflictError."""
        access.require(self.session, access.EDIT_CONTACTS)
        row = self._row(name)
        if row.version != version:
            raise ConflictError("list", row.id)
        if new_name is not None:
            cleaned = _clean_name(new_name)
            clash = self.session.scalar(
                select(SmartList.id).where(SmartList.name == cleaned, SmartList.id != row.id)
            )
            if clash:
                raise segments.SegmentError(f"A list named {cleaned!r} already exists.")
            row.name = cleaned
        if definition is not None:
            if row.kind != "smart":
                raise segments.SegmentError("A hand-picked list has members, not a filter.")
            row.definition = segments.parse(definition).to_json()
        row.updated_at = dt.datetime.now(dt.UTC)
        try:
            self.session.flush()
        except StaleDataError:
            raise ConflictError("list", row.id) from None
        return row.version

    def delete(self, name: str) -> None:
        access.require(self.session, access.EDIT_CONTACTS)
        self.session.delete(self._row(name))
        self.session.flush()

    def add_members(self, name: str, client_ids: Iterable[int]) -> int:
        """Add clients to a static list; returns how many were new."""
        access.require(self.session, access.EDIT_CONTACTS)
        row = self._static(name)
        wanted = set(client_ids)
        if not wanted:
            return 0
        known = set(self.session.scalars(select(Client.id).where(Client.id.in_(wanted))))
        if known != wanted:
            raise segments.SegmentError("Some of the chosen clients no longer exist.")
        have = set(
            self.session.scalars(
                select(StaticListMember.client_id).where(
                    StaticListMember.list_id == row.id, StaticListMember.client_id.in_(wanted)
                )
            )
        )
        new = sorted(wanted - have)
        self.session.add_all(StaticListMember(list_id=row.id, client_id=c) for c in new)
        self.session.flush()
        return len(new)

    def remove_members(self, name: str, client_ids: Iterable[int]) -> None:
        access.require(self.session, access.EDIT_CONTACTS)
        row = self._static(name)
        self.session.execute(
            delete(StaticListMember).where(
                StaticListMember.list_id == row.id, StaticListMember.client_id.in_(list(client_ids))
            )
        )

    def _static(self, name: str) -> SmartList:
        row = self._row(name)
        if row.kind != "static":
            raise segments.SegmentError("Clients can be added by hand only to a hand-picked list.")
        return row

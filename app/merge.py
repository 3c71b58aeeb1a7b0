"""Merge two cards of one person, field by field, and undo a merge exactly.

Every client-linked table is found from the schema (the same walk as the subject export's
coverage check), so a table another area adds later — holdings, lists, shares — moves with
the merge without a change here. Rows move by UPDATE of their client column, remembered by
primary key; a row that would collide with one the kept card already has (the same tag,
household, list, custom field) is dropped and kept whole in the merge record; undo moves
rows back and re-inserts the dropped ones, then restores both cards' columns.

What cannot move stays with the merged-away card, which is kept (status "former") rather
than deleted: histories the database holds append-only (consents, corrections, risk and
suitability records, the audit chain) are evidence of what was recorded about whom, and
rewriting their client would falsify them. The merge record links the two cards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Table,
    and_,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from app import access, audit
from app.clients import SCALAR_FIELDS, ClientService, sort_name_for
from db.models import Base, Client, ClientChange
from db.models_data import ClientMerge

# never moved: logs and per-client keys of other areas, our own record, derived indexes
STAY = {
    "access_event",
    "audit_entry",
    "audit_client_key",
    "client_merge",
    "erasure_in_progress",
    "search_key",
}
# rows that say the same thing twice once on one card: the merged card's copy is dropped
# (kept in the merge record for undo), so the kept card does not list a phone twice
SAME_CONTENT = {
    "phone": ("e164",),
    "email": ("address",),
    "identity_document": ("doc_type", "number"),
    "address": ("line1", "city"),
    "relative": ("name", "relation"),
}
UNCHOSEN = {"status"}  # the kept card keeps its status; the merged one becomes "former"


class MergeError(Exception):
    """A merge or undo that cannot be done; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class FieldChoice:
    field: str
    kept: Any
    merged: Any
    default: str  # "kept" or "merged": the kept card's value unless it is empty


@dataclass(frozen=True)
class MergePreview:
    kept_id: int
    merged_id: int
    fields: list[FieldChoice]  # only the fields where the two cards differ
    moves: dict[str, int]  # table -> rows that will move to the kept card
    stays: dict[str, int]  # table -> rows that stay with the merged-away card


def _append_only(session: Session) -> set[str]:
    """Tables whose rows a trigger refuses to UPDATE: their history stays where it is."""
    rows = session.execute(
        text("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")
    )
    return {name for name, sql in rows if "BEFORE UPDATE" in sql.upper()}


def _names_a_client(col: Column) -> bool:
    """A foreign key to client, or a client_id-style column (as app/subject_export.py
    finds client-linked tables)."""
    links = any(fk.column.table.name == "client" for fk in col.foreign_keys)
    return links or col.name == "client_id" or col.name.endswith("_client_id")


def _client_columns(session: Session) -> list[tuple[Table, Column]]:
    stay = STAY | _append_only(session)
    return [
        (table, col)
        for table in Base.metadata.sorted_tables
        if table.name not in stay
        for col in table.columns
        if _names_a_client(col)
    ]


def _unique_sets(table: Table, col: Column) -> list[list[Column]]:
    sets = []
    if len(table.primary_key.columns) > 1 or col.primary_key:
        sets.append(list(table.primary_key.columns))
    for cons in table.constraints:
        if cons.__class__.__name__ == "UniqueConstraint":
            cols = list(cons.columns)  # type: ignore[attr-defined]
            if col in cols:
                sets.append(cols)
    for index in table.indexes:
        if index.unique and col in index.columns:
            sets.append(list(index.columns))
    if table.name in SAME_CONTENT and col.name == "client_id":
        sets.append([col, *(table.c[name] for name in SAME_CONTENT[table.name])])
    return [s for s in sets if col in s]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in row.items():
        col_type = table.c[name].type
        if value is not None and isinstance(col_type, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(col_type, Date):
            value = dt.date.fromisoformat(value)
        out[name] = value
    return out


def _field_choices(kept: Client, merged: Client) -> list[FieldChoice]:
    """The fields where the merged card holds a value the kept card lacks or differs on."""
    fields = []
    for name in SCALAR_FIELDS:
        a, b = getattr(kept, name), getattr(merged, name)
        if name in UNCHOSEN or a == b or b in (None, "", []):
            continue
        fields.append(FieldChoice(name, a, b, "kept" if a not in (None, "", []) else "merged"))
    return fields


def _row(session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    return [
        {k: _jsonable(v) for k, v in r._mapping.items()}
        for r in session.execute(select(table).where(where))
    ]


class MergeService:
    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    def _clients(self, kept_id: int, merged_id: int) -> tuple[Client, Client]:
        if kept_id == merged_id:
            raise MergeError("Choose two different clients to merge.")
        kept = self.session.get(Client, kept_id)
        merged = self.session.get(Client, merged_id)
        if kept is None or merged is None:
            missing = kept_id if kept is None else merged_id
            raise MergeError(f"Client {missing} does not exist (it may have been removed).")
        for cid in (kept_id, merged_id):
            if self.session.scalar(
                select(ClientMerge.id).where(
                    ClientMerge.merged_client_id == cid, ClientMerge.undone_at.is_(None)
                )
            ):
                raise MergeError(f"Client {cid} was already merged into another card.")
        return kept, merged

    def preview(self, kept_id: int, merged_id: int) -> MergePreview:
        kept, merged = self._clients(kept_id, merged_id)
        fields = _field_choices(kept, merged)
        moves: dict[str, int] = {}
        for table, col in _client_columns(self.session):
            n = self.session.scalar(select(func.count()).select_from(table).where(col == merged_id))
            if n:
                moves[table.name] = moves.get(table.name, 0) + n
        stays: dict[str, int] = {}
        for name in sorted(_append_only(self.session) | {"access_event"}):
            table = Base.metadata.tables.get(name)
            if table is not None and "client_id" in table.c:
                n = self.session.scalar(
                    select(func.count()).select_from(table).where(table.c.client_id == merged_id)
                )
                if n:
                    stays[name] = n
        return MergePreview(kept_id, merged_id, fields, moves, stays)

    def merge(
        self,
        kept_id: int,
        merged_id: int,
        choices: dict[str, str] | None = None,
        *,
        versions: tuple[int, int] | None = None,
    ) -> int:
        """Fold `merged_id` into `kept_id`; choices: field -> "kept" | "merged" (fields not
        named take the preview's default). versions: the two cards' versions the user saw;
        a stale one refuses the merge. Returns the merge record's id."""
        kept, merged = self._clients(kept_id, merged_id)
        for cid in (kept_id, merged_id):
            access.require(self.session, access.EDIT_CONTACTS, cid)
        if versions is not None and (kept.version, merged.version) != versions:
            raise MergeError("One of the two cards changed since you compared them; compare again.")
        # the preview's field choices; its row counts are not needed to merge
        fields = _field_choices(kept, merged)
        resolved = {f.field: (choices or {}).get(f.field, f.default) for f in fields}
        for name, choice in resolved.items():
            if choice not in ("kept", "merged"):
                raise MergeError(f"Choose 'kept' or 'merged' for {name}.")
        unknown = set(choices or {}) - set(resolved) - set(SCALAR_FIELDS)
        if unknown:
            raise MergeError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
        s = self.session
        client_table = Client.__table__
        undo: dict[str, Any] = {
            "kept_before": _row(s, client_table, client_table.c.id == kept_id)[0],
            "merged_before": _row(s, client_table, client_table.c.id == merged_id)[0],
            "moved": [],
            "dropped": [],
        }
        s.flush()
        # composite keys across tables (holding -> account by (id, client_id)) are
        # consistent again once every table has moved: check them at commit
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        for table, col in _client_columns(s):
            self._move(table, col, merged_id, kept_id, undo)
        s.expire_all()
        kept, merged = s.get(Client, kept_id), s.get(Client, merged_id)
        assert kept is not None and merged is not None
        for name, choice in resolved.items():
            if choice == "merged":
                before = getattr(kept, name)
                setattr(kept, name, getattr(merged, name))
                s.add(
                    ClientChange(
                        client_id=kept_id,
                        actor=self.actor,
                        field=name,
                        before=None if before is None else str(before),
                        after=f"(from client {merged_id})",
                    )
                )
        kept.sort_name = sort_name_for(kept)
        merged.status = "former"
        kept.updated_at = merged.updated_at = dt.datetime.now(dt.UTC)
        self._note(kept_id, "(merged)", f"client {merged_id} merged into this card")
        self._note(merged_id, "(merged)", f"merged into client {kept_id}")
        s.flush()
        self._refresh(kept_id, merged_id)
        s.flush()
        undo["versions_after"] = [kept.version, merged.version]
        record = ClientMerge(
            kept_client_id=kept_id,
            merged_client_id=merged_id,
            actor=self.actor,
            choices=resolved,
            undo=undo,
        )
        s.add(record)
        s.flush()
        audit.record(
            s,
            self.actor,
            "clients_merged",
            kept_id,
            str(merged_id),
            merge=record.id,
            fields_from_merged=sorted(k for k, v in resolved.items() if v == "merged"),
        )
        return record.id

    def _move(self, table: Table, col: Column, source: int, target: int, undo: dict) -> None:
        s = self.session
        where = col == source
        if table.name == "client":  # the kept card referred by the merged one: leave it
            where = and_(where, table.c.id != target)
        others = [c for c in table.columns if c is not col and _names_a_client(c)]
        drop_conditions = [and_(where, o == target) for o in others]  # would link A to A
        for cols in _unique_sets(table, col):
            alias = table.alias()
            match = [alias.c[col.name] == target] + [
                alias.c[c.name] == c for c in cols if c is not col
            ]
            drop_conditions.append(and_(where, select(alias.c[col.name]).where(*match).exists()))
        for condition in drop_conditions:
            rows = _row(s, table, condition)
            if not rows:
                continue
            if any(
                fk.column.table is table
                for t in Base.metadata.tables.values()
                for fk in t.foreign_keys
            ):
                raise MergeError(
                    f"Cannot merge: {table.name} rows would be dropped with their dependants."
                )
            undo["dropped"].append({"table": table.name, "rows": rows})
            s.execute(delete(table).where(condition))
        pk = [c for c in table.primary_key.columns if c is not col]
        # a table keyed by the client alone (one row per client) moves its one row: the
        # kept card had none (else it was dropped above), so the empty key finds it again
        moved = [
            {c.name: r._mapping[c.name] for c in pk}
            for r in s.execute(select(col, *pk).where(where))
        ]
        if moved:
            s.execute(update(table).where(where).values({col.name: target}))
            undo["moved"].append(
                {
                    "table": table.name,
                    "column": col.name,
                    "keys": [{k: _jsonable(v) for k, v in m.items()} for m in moved],
                }
            )

    def _note(self, client_id: int, what: str, text_: str) -> None:
        """A line in the card's correction history (append-only, like every change)."""
        self.session.add(
            ClientChange(client_id=client_id, actor=self.actor, field=what, after=text_)
        )

    def _refresh(self, *client_ids: int) -> None:
        svc = ClientService(self.session, self.actor)
        for cid in client_ids:
            row = svc._get(cid)
            svc._reindex(row)
            svc.refresh_tier(row)

    # ---- undo -------------------------------------------------------------------------------

    def undo(self, merge_id: int) -> None:
        s = self.session
        record = s.get(ClientMerge, merge_id)
        if record is None:
            raise MergeError(f"There is no merge {merge_id}.")
        if record.undone_at is not None:
            raise MergeError("This merge was undone already.")
        if record.undo.get("erased"):
            raise MergeError("This merge cannot be undone: one of its clients was erased.")
        later = s.scalar(
            select(ClientMerge.id).where(
                ClientMerge.id > merge_id,
                ClientMerge.undone_at.is_(None),
                (ClientMerge.kept_client_id.in_([record.kept_client_id, record.merged_client_id]))
                | (
                    ClientMerge.merged_client_id.in_(
                        [record.kept_client_id, record.merged_client_id]
                    )
                ),
            )
        )
        if later:
            raise MergeError(f"Undo the later merge {later} of these cards first.")
        kept_id, merged_id = record.kept_client_id, record.merged_client_id
        for cid in (kept_id, merged_id):
            access.require(s, access.EDIT_CONTACTS, cid)
        kept, merged = s.get(Client, kept_id), s.get(Client, merged_id)
        assert kept is not None and merged is not None
        if [kept.version, merged.version] != record.undo.get("versions_after"):
            raise MergeError(
                "A card changed after the merge; undoing would overwrite that change. "
                "Edit the cards by hand instead."
            )
        s.flush()
        s.execute(text("PRAGMA defer_foreign_keys = ON"))  # see merge()
        tables = Base.metadata.tables
        for move in reversed(record.undo["moved"]):
            table = tables[move["table"]]
            col = table.c[move["column"]]
            for key in move["keys"]:
                key = _from_json(table, key)
                conditions = [col == kept_id] + [table.c[k] == v for k, v in key.items()]
                s.execute(update(table).where(*conditions).values({col.name: merged_id}))
        order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
        for drop in sorted(record.undo["dropped"], key=lambda d: order[d["table"]]):
            table = tables[drop["table"]]
            s.execute(insert(table), [_from_json(table, r) for r in drop["rows"]])
        s.expire_all()
        now = dt.datetime.now(dt.UTC)
        client_table = Client.__table__
        for cid, before in (
            (kept_id, record.undo["kept_before"]),
            (merged_id, record.undo["merged_before"]),
        ):
            values = _from_json(client_table, before)
            for name in ("id", "version", "updated_at"):
                values.pop(name)
            row = s.get(Client, cid)
            assert row is not None
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = now
            self._note(cid, "(merge undone)", f"merge {merge_id}")
        s.flush()
        self._refresh(kept_id, merged_id)
        # the stored tier came from before; refresh_tier recomputes the same from the same rows
        record.undone_at = now
        record.undone_by = self.actor
        s.flush()
        audit.record(s, self.actor, "merge_undone", kept_id, str(merged_id), merge=merge_id)

    def history(self, client_id: int) -> list[ClientMerge]:
        return list(
            self.session.scalars(
                select(ClientMerge)
                .where(
                    (ClientMerge.kept_client_id == client_id)
                    | (ClientMerge.merged_client_id == client_id)
                )
                .order_by(ClientMerge.id.desc())
            )
        )


def forget_merges(session: Session, client_id: int) -> int:
    """For an erasure: drop what the client's merges kept for their undo (it copies the
    person's card), leaving only which cards were merged, when and by whom. Such a merge
    can no longer be undone. Returns the number of merge records cleared."""
    rows = session.scalars(
        select(ClientMerge).where(
            (ClientMerge.kept_client_id == client_id) | (ClientMerge.merged_client_id == client_id)
        )
    ).all()
    for row in rows:
        row.undo = {"erased": True}
        row.choices = {}
    session.flush()
    return len(rows)


@dataclass(frozen=True)
class MergeEntry:
    id: int
    kept_client_id: int
    merged_client_id: int
    at: dt.datetime
    actor: str
    undone: bool
    undoable: bool


def recent_merges(session: Session, limit: int = 20) -> list[MergeEntry]:
    """The latest merges, newest first, for the duplicates view's Undo."""
    rows = session.scalars(select(ClientMerge).order_by(ClientMerge.id.desc()).limit(limit))
    return [
        MergeEntry(
            r.id,
            r.kept_client_id,
            r.merged_client_id,
            r.at,
            r.actor,
            r.undone_at is not None,
            r.undone_at is None and not r.undo.get("erased"),
        )
        for r in rows
    ]

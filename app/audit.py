"""The tamper-evident audit chain: who saw and who changed what, in an append-only,
hash-linked table (db/models_audit.py, triggers in migration 0008).

Each entry's hash is SHA-256 over the previous entry's hash and a canonical encoding of
the entry (seq, at, actor, action, client_id, target, detail). Editing, deleting or
reordering entries — even after dropping the triggers — breaks the chain at the first
altered entry, and `verify_chain` names its sequence number. Rewriting the whole tail with
fresh hashes is caught against an anchor kept elsewhere: the head recorded beside every
backup and printed in every pack's footer (`chain_head`).

What the chain never holds: a client's personal data. Entries carry references (client
number, document id, file *kind*) and field names; a changed field's before and after
values appear only as keyed fingerprints (HMAC-SHA256 under a random per-client key in
audit_client_key). The values themselves live in the card's correction history
(client_change), where an erasure clears them; the erasure also deletes the client's key
(`forget_client`), so the fingerprints left in the chain can no longer be tested against any
value, and the chain still verifies. The free-text access_event log stays beside the chain
for what needs redactable words (erasure reasons, export summaries; see
docs/audit-and-backups.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from app import access
from db.atomic_file import atomic_write
from db.models import AccessEvent
from db.models_audit import AuditClientKey, AuditEntry
from db.office import Office

GENESIS = "0" * 64
HEAD_PREFIX = 16  # hex characters of the head's hash printed in footers and manifests
_T = AuditEntry.__table__
_HASHED = (_T.c.seq, _T.c.at, _T.c.actor, _T.c.action, _T.c.client_id, _T.c.target, _T.c.detail)

# What the office records (the viewer's action filter lists the ones present).
ACTIONS = (
    "sign_in",
    "sign_in_failed",
    "card_opened",
    "client_created",
    "client_changed",
    "reveal",
    "export",
    "print",
    "pack",
    "backup",
    "restore",
    "permission_change",
    "consent",
    "household",
    "timeline",
    "task",
    "complaint",
    "erase",
    "purge",
)


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 text kept as is."""
    return _CANONICAL.encode(value)


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    client_id: int | None,
    target: str | None,
    detail: str,
) -> str:
    body = canonical_json([seq, at, actor, action, client_id, target, detail])
    return hashlib.sha256((prev_hash + "\n" + body).encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _head(session: Session | Connection) -> tuple[int, str]:
    row = session.execute(select(_T.c.seq, _T.c.hash).order_by(_T.c.seq.desc()).limit(1)).first()
    return (0, GENESIS) if row is None else (int(row.seq), str(row.hash))


def record(
    session: Session,
    actor: str,
    action: str,
    client_id: int | None = None,
    target: str | None = None,
    **detail: Any,
) -> int:
    """Append one entry to the chain inside the caller's transaction; returns its seq.

    detail must be JSON-able and hold no personal data (references, field names, counts).
    Two writers racing for the same seq cannot both commit: seq is the primary key, and
    SQLite refuses the second writer's stale snapshot."""
    if not actor or not action:
        raise ValueError("An audit entry needs an actor and an action.")
    seq, prev = _head(session)
    seq += 1
    at = _now()
    actor = actor[:100]
    target = None if target is None else str(target)[:200]
    body = canonical_json(detail)
    digest = entry_hash(prev, seq, at, actor, action, client_id, target, body)
    session.execute(
        insert(_T).values(
            seq=seq,
            at=at,
            actor=actor,
            action=action[:40],
            client_id=client_id,
            target=target,
            detail=body,
            prev_hash=prev,
            hash=digest,
        )
    )
    return seq


def record_reveal(
    session: Session,
    actor: str,
    client_id: int,
    *,
    target: str,
    masked: str,
    reason: str,
    access_action: str,
    **detail: Any,
) -> None:
    """Every reveal of a masked number, whatever the number: the access log keeps the masked
    form and the reason (subject exports show it; erasure redacts it), the chain keeps the
    reference and whether a reason was given, never the words."""
    session.add(
        AccessEvent(
            actor=actor,
            action=access_action,
            client_id=client_id,
            detail=f"{masked} {reason}".strip()[:200],
        )
    )
    record(
        session,
        actor,
        "reveal",
        client_id,
        target=target,
        reason_given=bool(reason.strip()),
        **detail,
    )


def record_card_opened(office: Office, actor: str, client_id: int) -> bool:
    """Its own small transaction, so opening a card is recorded even if nothing is saved.
    A read-only window cannot write: it records nothing and says so (False)."""
    if office.read_only:
        return False
    with office.transaction() as session:
        record(session, actor, "card_opened", client_id)
    return True


def record_sign_in(office: Office, actor: str, how: str = "gui", **detail: Any) -> bool:
    """A sign-in to a writable office (a read-only window cannot write; False). detail:
    more references, e.g. the command a command-line sign-in ran (app/cli_support.py)."""
    if office.read_only:
        return False
    import socket

    with office.transaction() as session:
        record(session, actor, "sign_in", target=socket.gethostname()[:200], via=how, **detail)
    return True


# ---- field changes, without the values -------------------------------------------------------


def _client_key(session: Session, client_id: int) -> bytes:
    row = session.get(AuditClientKey, client_id)
    if row is None:
        row = AuditClientKey(client_id=client_id, key=os.urandom(32))
        session.add(row)
        session.flush([row])
    return row.key


def fingerprint(key: bytes, value: str | None) -> str | None:
    if value is None:
        return None
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def record_changes(
    session: Session,
    actor: str,
    action: str,
    client_id: int,
    changes: Mapping[str, tuple[str | None, str | None]],
    target: str | None = None,
) -> int | None:
    """One entry listing every changed field with fingerprints of its before and after
    values (see the module docstring); None when nothing changed."""
    if not changes:
        return None
    key = _client_key(session, client_id)
    fields = {
        name: {"before": fingerprint(key, old), "after": fingerprint(key, new)}
        for name, (old, new) in sorted(changes.items())
    }
    return record(session, actor, action, client_id, target, fields=fields)


def change_matches(
    session: Session, client_id: int, value: str | None, print_: str | None
) -> bool | None:
    """Whether `value` is the one fingerprinted as `print_`; None once the key is gone."""
    row = session.get(AuditClientKey, client_id)
    if row is None:
        return None
    return fingerprint(row.key, value) == print_


def forget_client(session: Session, client_id: int) -> None:
    """Erasure: the client's fingerprints can no longer be tested against any value."""
    session.execute(delete(AuditClientKey).where(AuditClientKey.client_id == client_id))


# ---- the head and verification ---------------------------------------------------------------


def chain_head(session: Session) -> tuple[int, str]:
    """(seq, hash prefix) of the latest entry: for backups' manifests and packs' footers."""
    seq, digest = _head(session)
    return seq, digest[:HEAD_PREFIX]


def footer_note(session: Session) -> str:
    """What a printed pack carries at its foot: the head as `audit verify --anchor` takes it."""
    seq, prefix = chain_head(session)
    return f"Audit {seq}:{prefix}"


def full_head(conn: Session | Connection) -> tuple[int, str]:
    """(seq, full hash) of the latest entry; (0, GENESIS) for an empty chain."""
    return _head(conn)


@dataclass
class ChainReport:
    ok: bool
    entries: int
    head_seq: int
    head_hash: str
    broken_seq: int | None = None
    problem: str = ""
    anchors_checked: int = 0

    def message(self) -> str:
        if self.ok:
            return (
                f"The audit chain is intact: {self.entries:,} entries, head {self.head_seq} "
                f"{self.head_hash[:HEAD_PREFIX]}."
            )
        return f"The audit chain is broken at entry {self.broken_seq}: {self.problem}"


@dataclass(frozen=True)
class Anchor:
    """A head seen elsewhere (a backup's manifest, a pack's footer): the chain must still
    hold an entry `seq` whose hash starts with `prefix`."""

    seq: int
    prefix: str
    source: str = ""

    @classmethod
    def parse(cls, text: str, source: str = "") -> Anchor:
        seq, _, prefix = text.strip().partition(":")
        if not seq.isdigit() or len(prefix) < 8 or any(c not in "0123456789abcdef" for c in prefix):
            raise ValueError(
                f"{text!r} is not an audit head; write it as SEQ:HASH, e.g. 1024:3fa9c2e01b7d44a8."
            )
        return cls(int(seq), prefix, source or text)


def verify_chain(
    conn: Connection | Session,
    anchors: Iterable[Anchor] = (),
    progress: Callable[[int], None] | None = None,
    batch: int = 5000,
) -> ChainReport:
    """Walk the chain in seq order in batches (memory stays flat at millions of entries)
    and report the first entry that is missing, altered, or does not link to the one
    before; then check each anchor against the walked hashes."""
    wanted = {a.seq: a for a in anchors}
    seen: dict[int, str] = {}
    expected, prev, count = 1, GENESIS, 0
    last_seq = 0
    report: ChainReport | None = None
    while report is None:
        rows = conn.execute(
            select(*_HASHED, _T.c.prev_hash, _T.c.hash)
            .where(_T.c.seq >= expected)
            .order_by(_T.c.seq)
            .limit(batch)
        ).all()
        if not rows:
            break
        for seq, at, actor, action, client_id, target, detail, prev_hash, stored in rows:
            if seq != expected:
                report = _broken(count, expected, f"entry {expected} is missing.")
                break
            if prev_hash != prev:
                report = _broken(count, seq, "it does not link to the entry before it.")
                break
            if entry_hash(prev, seq, at, actor, action, client_id, target, detail) != stored:
                report = _broken(count, seq, "its content was altered after it was written.")
                break
            if seq in wanted:
                seen[seq] = stored
            prev, last_seq = stored, seq
            expected += 1
            count += 1
        if progress is not None:
            progress(count)
    if report is not None:
        return report
    result = ChainReport(ok=True, entries=count, head_seq=last_seq, head_hash=prev)
    for seq in sorted(wanted):
        anchor = wanted[seq]
        result.anchors_checked += 1
        if seq == 0:
            continue  # recorded when the chain was still empty: anything follows from it
        if seq not in seen:
            return _broken(
                count,
                seq,
                f"{anchor.source} recorded entry {seq}, but the chain ends at {last_seq}: "
                "entries were removed, or this office is an older copy.",
            )
        if not seen[seq].startswith(anchor.prefix):
            return _broken(
                count,
                seq,
                f"{anchor.source} recorded a different entry {seq}: the chain was rewritten "
                "from there on.",
            )
    return result


def _broken(count: int, seq: int, problem: str) -> ChainReport:
    return ChainReport(False, count, 0, "", broken_seq=seq, problem=problem)


# ---- reading for the viewer -----------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    client_id: int | None = None
    action: str | None = None
    date_from: dt.date | None = None  # inclusive, UTC dates
    date_to: dt.date | None = None  # inclusive

    def where(self) -> list[Any]:
        out: list[Any] = []
        if self.actor:
            out.append(_T.c.actor == self.actor)
        if self.client_id is not None:
            out.append(_T.c.client_id == self.client_id)
        if self.action:
            out.append(_T.c.action == self.action)
        if self.date_from is not None:
            out.append(_T.c.at >= self.date_from.isoformat())
        if self.date_to is not None:
            out.append(_T.c.at < (self.date_to + dt.timedelta(days=1)).isoformat())
        return out


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    client_id: int | None
    target: str | None
    detail: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> str:
        """The detail as short text: changed field names, or key=value pairs."""
        fields = self.detail.get("fields")
        if isinstance(fields, dict):
            return ", ".join(fields)
        return ", ".join(f"{k}={v}" for k, v in sorted(self.detail.items()))


def parse_at(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def _row(r: Any) -> AuditRow:
    try:
        detail = json.loads(r.detail)
    except ValueError:
        detail = {}
    return AuditRow(r.seq, parse_at(r.at), r.actor, r.action, r.client_id, r.target, detail)


def page(session: Session, flt: AuditFilter, before_seq: int | None, limit: int) -> list[AuditRow]:
    """Newest first; keyset paging (seq < before_seq) so page 1,000 costs what page 1 does.
    Reading the trail needs the audit permission (compliance, admin: app/access.py)."""
    access.require(session, access.AUDIT)
    conds = flt.where()
    if before_seq is not None:
        conds.append(_T.c.seq < before_seq)
    rows = session.execute(select(_T).where(*conds).order_by(_T.c.seq.desc()).limit(limit))
    return [_row(r) for r in rows]


def _distinct(session: Session, column: Any) -> list[str]:
    """Distinct values by hopping along the column's index (one seek per value), not a
    scan of every entry: a million entries hold a handful of users and actions."""
    access.require(session, access.AUDIT)
    out: list[str] = []
    while True:
        query = select(func.min(column))
        if out:
            query = query.where(column > out[-1])
        value = session.scalar(query)
        if value is None:
            return out
        out.append(value)


def actors(session: Session) -> list[str]:
    return _distinct(session, _T.c.actor)


def actions(session: Session) -> list[str]:
    return _distinct(session, _T.c.action)


CSV_HEADER = ("seq", "at_utc", "actor", "action", "client_id", "target", "detail", "hash")


def iter_csv_rows(session: Session, flt: AuditFilter, batch: int = 5000) -> Iterator[list[str]]:
    """Oldest first, in batches; formula-looking cells are quoted for spreadsheets."""
    after = 0
    while True:
        rows = session.execute(
            select(_T).where(*flt.where(), _T.c.seq > after).order_by(_T.c.seq).limit(batch)
        ).all()
        if not rows:
            return
        for r in rows:
            yield [
                str(r.seq),
                r.at,
                _cell(r.actor),
                r.action,
                "" if r.client_id is None else str(r.client_id),
                _cell(r.target or ""),
                _cell(r.detail),
                r.hash,
            ]
        after = rows[-1].seq


def _cell(value: str) -> str:
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def export_csv(
    session: Session,
    flt: AuditFilter,
    out: Path,
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Write the filtered entries as CSV (UTF-8 with BOM, so Excel reads Chinese), under a
    temporary name renamed when complete. progress(rows) returning False cancels (the
    partial file is removed). Returns the number of rows written."""
    access.require(session, access.AUDIT)
    written = 0
    try:
        with atomic_write(out, "w", replace=True, encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_HEADER)
            for row in iter_csv_rows(session, flt):
                writer.writerow(row)
                written += 1
                if progress is not None and written % 1000 == 0 and not progress(written):
                    raise _Cancelled
    except _Cancelled:
        return -1
    if progress is not None:
        progress(written)
    return written


class _Cancelled(Exception):
    pass


from app import audit_permissions  # noqa: E402,F401  (installs the permission-change listener)

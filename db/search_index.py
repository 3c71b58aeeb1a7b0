"""The client search index behind one small interface.

On SQLite: an FTS5 trigram table (client_fts, rowid = client id) for terms of three or
more characters, and the portable search_key table for shorter ones. A PostgreSQL
backend would answer the same two questions with pg_trgm.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, bindparam, delete, func, insert, literal_column, select, text
from sqlalchemy.orm import Session

from db.models import SearchKey

MIN_TRIGRAM = 3


def put(session: Session, client_id: int, body: str, short_keys: Iterable[str]) -> None:
    session.execute(text("DELETE FROM client_fts WHERE rowid = :id"), {"id": client_id})
    session.execute(
        text("INSERT INTO client_fts(rowid, body) VALUES (:id, :body)"),
        {"id": client_id, "body": body},
    )
    session.execute(delete(SearchKey).where(SearchKey.client_id == client_id))
    rows = [{"key": k, "client_id": client_id} for k in sorted(set(short_keys)) if k]
    if rows:
        session.execute(insert(SearchKey), rows)


def put_many(session: Session, entries: list[tuple[int, str, Iterable[str]]]) -> None:
    """Bulk path for imports and the demo: the ids are new, so nothing to delete first.
    Straight to the driver: the ORM's per-row insert bookkeeping cost more
    than SQLite's inserts at 100,000 clients."""
    if not entries:
        return
    session.connection().exec_driver_sql(
        "INSERT INTO client_fts(rowid, body) VALUES (?, ?)",
        [(cid, body) for cid, body, _ in entries],
    )
    # (key, client id) tuples straight to the driver: both plain columns, nothing to
    # convert, and a million dicts cost more than building the tuples
    pairs = [(k, cid) for cid, _, keys in entries for k in set(keys) if k]
    if pairs:  # an empty list would run the INSERT once with no parameters, and fail
        session.connection().exec_driver_sql(
            "INSERT INTO search_key (key, client_id) VALUES (?, ?)", pairs
        )


def remove(session: Session, client_id: int) -> None:
    session.execute(text("DELETE FROM client_fts WHERE rowid = :id"), {"id": client_id})
    session.execute(delete(SearchKey).where(SearchKey.client_id == client_id))


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def term_ids(term: str) -> Select[tuple[int]]:
    """A select of client ids matching one normalized search term."""
    if len(term) >= MIN_TRIGRAM:
        match = text("client_fts MATCH :q").bindparams(
            bindparam("q", value=_fts_phrase(term), unique=True)
        )
        return select(literal_column("rowid")).select_from(text("client_fts")).where(match)
    return select(SearchKey.client_id).where(SearchKey.key == term)


def count_term(session: Session, term: str, cap: int | None = None) -> int:
    """Matches for one term, straight from the index (optionally stopping at `cap`)."""
    ids = term_ids(term)
    if cap is not None:
        ids = ids.limit(cap)
    return int(session.scalar(select(func.count()).select_from(ids.subquery())) or 0)

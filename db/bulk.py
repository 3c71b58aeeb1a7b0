"""Bulk inserts for demo offices and imports: Core's per-row parameter building costs more
than SQLite's insert itself at 100,000 rows, so convert values with each column's own bind
processor once and hand the driver plain tuples."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

# Types whose equal values always process alike (unlike floats, -0.0 == 0.0, or datetimes
# in two time zones that are the same instant).
_PLAIN = frozenset({str, int, bool, dt.date})


def _memo_key(value: Any) -> tuple | None:
    kind = type(value)
    if kind in _PLAIN:
        return (kind, value)
    if kind is list and all(type(x) in _PLAIN for x in value):
        return (list, tuple((type(x), x) for x in value))
    return None


def _memoised(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A bind processor run once per distinct value of the batch: a batch repeats most of
    them (every card's empty JSON lists), and json.dumps per row was a tenth of an
    import's Python time. Values of other types are processed each time, as before."""
    done: dict[tuple, Any] = {}

    def run(value: Any) -> Any:
        key = _memo_key(value)
        if key is None:
            return process(value)
        try:
            return done[key]
        except KeyError:
            done[key] = out = process(value)
            return out

    return run


def _always_null(table: Table, name: str, rows: Sequence[dict[str, Any]]) -> bool:
    """A column every row leaves None and that has no default of either kind: left out
    of the INSERT, SQLite stores the same NULL without binding it 100,000 times (most
    of a wide table's columns are empty in an import)."""
    col = table.c[name]
    if col.default is not None or col.server_default is not None:
        return False
    if rows[0][name] is not None:
        return False
    values = list(map(itemgetter(name), rows))
    return values.count(None) == len(values)  # a C loop; None compares by identity first


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert dict rows (all with the keys of the first) in the session's transaction."""
    if not rows:
        return
    conn = session.connection()
    names = [name for name in rows[0] if not _always_null(table, name, rows)] or list(rows[0])
    # Python-side defaults Core would have applied (timestamps, versions, empty lists):
    # evaluated once for the whole batch, which is one transaction anyway.
    defaults: dict[str, Any] = {}
    for col in table.columns:
        if (
            col.name in names
            or col.default is None
            or (not col.default.is_scalar and not (col.default.is_callable))
        ):
            continue
        arg = col.default.arg  # type: ignore[attr-defined]
        defaults[col.name] = arg(None) if col.default.is_callable else arg
    given = list(names)
    names += list(defaults)
    tail = tuple(defaults.values())
    pick = itemgetter(*given)
    columns = [table.c[name] for name in names]
    processors = [col.type.bind_processor(conn.dialect) for col in columns]
    converters = [(i, _memoised(p)) for i, p in enumerate(processors) if p is not None]

    def plain(row: dict[str, Any]) -> tuple[Any, ...]:
        picked = pick(row)
        return ((picked,) if len(given) == 1 else picked) + tail

    def convert(row: dict[str, Any]) -> tuple[Any, ...]:
        values = list(plain(row))
        for i, process in converters:
            if values[i] is not None:
                values[i] = process(values[i])
        return tuple(values)

    build = convert if converters else plain
    quoted = ", ".join('"' + name + '"' for name in names)
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})"
    conn.exec_driver_sql(sql, [build(r) for r in rows])

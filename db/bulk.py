"""Bulk inserts for demo offices and imports: Core's per-row parameter building costs more
than SQLite's insert itself at 100,000 rows, so convert values with each column's own bind
processor once and hand the driver plain tuples."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert dict rows (all with the keys of the first) in the session's transaction."""
    if not rows:
        return
    conn = session.connection()
    names = list(rows[0])
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
    names += list(defaults)
    rows = [{**row, **defaults} for row in rows] if defaults else rows
    columns = [table.c[name] for name in names]
    processors = [col.type.bind_processor(conn.dialect) for col in columns]
    converters = [(i, p) for i, p in enumerate(processors) if p is not None]

    def convert(row: dict[str, Any]) -> tuple[Any, ...]:
        values = [row[name] for name in names]
        for i, process in converters:
            if values[i] is not None:
                values[i] = process(values[i])
        return tuple(values)

    quoted = ", ".join('"' + name + '"' for name in names)
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})"
    conn.exec_driver_sql(sql, [convert(r) for r in rows])

"""The migrations must build exactly the schema the models describe.

A model change without a migration (or a hand-edited migration that drifts from the
models) would otherwise only surface on a customer's file.
"""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from db.models import Base
from db.office import create_office

# Tables SQLite features create that the portable models deliberately do not describe.
SQLITE_ONLY_PREFIXES = ("client_fts",)


def _relevant(diff: object) -> bool:
    text = repr(diff)
    return not any(prefix in text for prefix in SQLITE_ONLY_PREFIXES)


def test_migrated_schema_equals_models(tmp_path: Path) -> None:
    office = create_office(tmp_path / "office.db", "schema-check")
    try:
        with office.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = [d for d in compare_metadata(context, Base.metadata) if _relevant(d)]
    finally:
        office.close()
    assert diffs == []

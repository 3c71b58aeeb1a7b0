"""Alembic environment: always run on a connection handed in by db/migrate.py."""

from __future__ import annotations

from alembic import context

from db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic without a connection
    raise RuntimeError("Run migrations through db.migrate, which supplies the unlocked connection.")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

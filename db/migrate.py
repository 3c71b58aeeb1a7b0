"""Alembic, driven programmatically: the file stores its revision in alembic_version."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from db.errors import NewerSchema

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def refuse_if_newer(revision: str | None, name: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerSchema(
            f"{name} was saved by a newer AdvisorDesk (schema {revision}). "
            "Update AdvisorDesk to open it; the file was not changed."
        )


def upgrade(conn: Connection, target: str = "head") -> None:
    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)

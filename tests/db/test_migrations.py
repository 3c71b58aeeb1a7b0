"""Schema revisions: a new office is at head, a newer file is refused untouched, an older
one is backed up through SQLCipher before it is migrated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from db import migrate
from db.errors import NewerSchema, OfficeError
from db.models import Base, Client
from db.office import create_office, export_encrypted_copy, open_office
from db.sqlite_keys import SQLITE_MAGIC, derive_key, read_salt
from tests.conftest import PASSPHRASE, TEMPLATE_CLIENTS, sha256, sidecars

OLDER = "0000_older_fake"


def set_revision(path: Path, revision: str) -> None:
    office = open_office(path, PASSPHRASE, migrate_schema=False)
    try:
        with office.transaction() as s:
            s.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        office.close()
    assert sidecars(path) == []


def test_create_office_migrates_an_empty_database_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    office = create_office(path, PASSPHRASE)
    try:
        assert office.schema_revision == migrate.head_revision()
        assert office.backup_path is None  # nothing to back up in a brand-new file
        with office.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
            assert migrate.current_revision(conn) == migrate.head_revision()
            # The migrations build exactly what the models describe.
            context = MigrationContext.configure(
                conn,
                opts={
                    # FTS5's own shadow tables live outside the models on purpose.
                    "include_name": lambda name, kind, _parents: (
                        not (kind == "table" and (name or "").startswith("client_fts"))
                    )
                },
            )
            diffs = compare_metadata(context, Base.metadata)
            fts = conn.execute(text("SELECT count(*) FROM client_fts")).scalar()
    finally:
        office.close()
    assert rows == [(migrate.head_revision(),)]
    assert set(Base.metadata.tables) <= tables
    assert {"alembic_version", "client_fts"} <= tables
    assert diffs == []
    assert fts == 0
    assert path.read_bytes()[:16] != SQLITE_MAGIC
    assert sidecars(path) == []
    assert list(tmp_path.iterdir()) == [path]  # no backup, no lock file


def test_create_office_refuses_an_existing_file(office_path: Path) -> None:
    before = sha256(office_path)
    with pytest.raises(OfficeError, match="already exists"):
        create_office(office_path, PASSPHRASE)
    assert sha256(office_path) == before


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_a_newer_schema_is_refused_and_left_byte_identical(
    office_path: Path, read_only: bool
) -> None:
    set_revision(office_path, "9999_future")
    before = sha256(office_path)
    with pytest.raises(NewerSchema) as info:
        open_office(office_path, PASSPHRASE, read_only=read_only)
    message = str(info.value)
    assert "9999_future" in message and office_path.name in message
    assert "\n" not in message and PASSPHRASE not in message
    assert sha256(office_path) == before
    assert sorted(p.name for p in office_path.parent.iterdir()) == [office_path.name]


@pytest.fixture
def older_schema(monkeypatch):  # type: ignore[no-untyped-def]
    """Pretend this build knows one revision older than head, whose upgrade stamps head.

    Only db.migrate's lookups are patched; the office file, the backup and SQLCipher are
    real. Returns the list of upgrades that ran."""
    ran: list[str] = []
    real_known = migrate.known_revisions

    def known() -> set[str]:
        return real_known() | {OLDER}

    def upgrade(conn, target: str = "head") -> None:  # type: ignore[no-untyped-def]
        assert migrate.current_revision(conn) == OLDER
        conn.execute(
            text("UPDATE alembic_version SET version_num = :r"), {"r": migrate.head_revision()}
        )
        conn.execute(text("UPDATE client SET occupation = 'migrated'"))
        ran.append(target)

    monkeypatch.setattr(migrate, "known_revisions", known)
    monkeypatch.setattr(migrate, "upgrade", upgrade)
    return ran


def test_an_older_schema_is_backed_up_through_sqlcipher_then_migrated(
    office_path: Path, older_schema: list[str], tmp_path: Path
) -> None:
    set_revision(office_path, OLDER)
    plain_copy = tmp_path / "plain-copy.bin"
    shutil.copyfile(office_path, plain_copy)

    office = open_office(office_path, PASSPHRASE)
    try:
        assert older_schema == ["head"]
        assert office.schema_revision == migrate.head_revision()
        backup = office.backup_path
        assert backup is not None and backup.exists()
        assert backup.parent == office_path.parent
        assert OLDER in backup.name
        with office.transaction() as s:
            assert set(s.scalars(select(Client.occupation))) == {"migrated"}
    finally:
        office.close()

    raw_backup = backup.read_bytes()
    assert raw_backup[:16] != SQLITE_MAGIC, "the backup must stay encrypted"
    assert raw_backup != plain_copy.read_bytes(), "a byte copy is not a SQLCipher export"
    assert sidecars(office_path) == [] and sidecars(backup) == []

    # The backup is a whole office at the old revision, under the same passphrase.
    copy = open_office(backup, PASSPHRASE, read_only=True, migrate_schema=False)
    try:
        assert copy.schema_revision == OLDER
        with copy.transaction() as s:
            assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS
            assert set(s.scalars(select(Client.occupation))) == {None}
    finally:
        copy.close()
    assert len(older_schema) == 1, "opening the backup must not migrate it"


@pytest.mark.parametrize("failure", ["python", "sql"])
def test_a_failed_migration_leaves_the_office_at_its_old_revision(
    office_path: Path, older_schema: list[str], monkeypatch, failure: str
) -> None:
    set_revision(office_path, OLDER)

    def broken_upgrade(conn, target: str = "head") -> None:  # type: ignore[no-untyped-def]
        conn.execute(text("UPDATE client SET occupation = 'half-done'"))
        conn.execute(text("CREATE TABLE half_done (x)"))
        if failure == "python":
            raise RuntimeError("migration step failed")
        conn.execute(text("ALTER TABLE no_such_table ADD COLUMN y"))

    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    if failure == "python":
        with pytest.raises(RuntimeError, match="migration step failed"):
            open_office(office_path, PASSPHRASE)
    else:
        # An SQL error in a migration is reported as a failed upgrade, not as damage.
        with pytest.raises(OfficeError) as info:
            open_office(office_path, PASSPHRASE)
        assert type(info.value) is OfficeError
        message = str(info.value)
        assert "could not be upgraded" in message and "no_such_table" in message
        assert "\n" not in message and PASSPHRASE not in message
    backups = [p for p in office_path.parent.iterdir() if OLDER in p.name]
    assert len(backups) == 1, "the backup is written before the migration starts"
    assert sidecars(office_path) == []
    office = open_office(office_path, PASSPHRASE, migrate_schema=False)
    try:
        assert office.schema_revision == OLDER
        with office.transaction() as s:
            assert set(s.scalars(select(Client.occupation))) == {None}
        with office.engine.connect() as conn:
            assert "half_done" not in inspect(conn).get_table_names()
    finally:
        office.close()


def test_export_includes_committed_wal_content_and_never_overwrites(office, tmp_path: Path) -> None:
    # Commit while another connection keeps the WAL from being checkpointed on close.
    with office.engine.connect() as reader:
        reader.execute(text("SELECT count(*) FROM client")).scalar()
        with office.transaction() as s:
            s.add(Client(legal_name="Only In The WAL", sort_name="only in the wal"))
        wal = office.path.with_name(office.path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        raw = derive_key(PASSPHRASE, read_salt(office.path))
        target = tmp_path / "export.db"
        export_encrypted_copy(office.engine, target, raw)
        before = sha256(target)
        with pytest.raises(OfficeError, match="already exists"):
            export_encrypted_copy(office.engine, target, raw)
        assert sha256(target) == before
    copy = open_office(target, PASSPHRASE, read_only=True)
    try:
        with copy.transaction() as s:
            names = set(s.scalars(select(Client.legal_name)))
    finally:
        copy.close()
    assert "Only In The WAL" in names
    assert len(names) == TEMPLATE_CLIENTS + 1


def test_a_real_older_revision_is_backed_up_and_upgraded(office_path: Path) -> None:
    """End to end with the repository's own migrations: step the file down one real
    revision, then open it; the backup holds the old schema, the office the new one."""
    from alembic import command

    revisions = [r.revision for r in migrate._script().walk_revisions()]  # head first
    if len(revisions) < 2:
        pytest.skip("only one migration so far")
    previous = revisions[1]
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.engine.begin() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, previous)
    finally:
        office.close()

    office = open_office(office_path, PASSPHRASE)
    try:
        assert office.schema_revision == migrate.head_revision()
        backup = office.backup_path
        assert backup is not None and previous in backup.name
        with office.transaction() as s:
            assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS
    finally:
        office.close()
    assert backup.read_bytes()[:16] != SQLITE_MAGIC
    copy = open_office(backup, PASSPHRASE, read_only=True, migrate_schema=False)
    try:
        assert copy.schema_revision == previous
        with copy.transaction() as s:
            assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS
    finally:
        copy.close()
    assert sidecars(office_path) == [] and sidecars(backup) == []

"""A real office at revision 0001 (before consent) is backed up through SQLCipher and
upgraded to 0002 when opened: its clients survive, the consent tables and triggers arrive."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from db import migrate
from db.errors import OfficeError
from db.office import create_office, open_office
from tests.conftest import PASSPHRASE, sidecars

CONSENT_TABLES = {"attachment", "privacy_notice", "consent_record", "erasure_in_progress"}
TRIGGERS = {
    "consent_record_no_update",
    "consent_record_no_delete",
    "consent_record_no_replace",
    "privacy_notice_frozen",
    "privacy_notice_no_replace",
}


def office_at_0001(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """create_office migrates to head; stop it at 0001, as an office made before issue 4."""
    real_upgrade = migrate.upgrade
    with monkeypatch.context() as patch:
        patch.setattr(migrate, "upgrade", lambda conn, target="head": real_upgrade(conn, "0001"))
        office = create_office(path, PASSPHRASE)
    try:
        assert office.schema_revision == "0001"
        # Raw SQL, as the 0001 app wrote it: today's services expect today's schema.
        with office.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO client (id, version, legal_name, sort_name, language, "
                "experience_products, preferred_assets, excluded_assets, themes, status, tier, "
                "created_at, updated_at) VALUES (1, 1, 'Before Consent', 'before consent', "
                "'en', '[]', '[]', '[]', '[]', 'active', 'mass', '2025-01-01 00:00:00', "
                "'2025-01-01 00:00:00')"
            )
            conn.exec_driver_sql(
                "INSERT INTO identity_document (client_id, doc_type, number, issuing_country) "
                "VALUES (1, 'passport', 'E12345678', 'CN')"
            )
    finally:
        office.close()


def test_an_office_at_0001_is_backed_up_then_upgraded_to_0002(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.db"
    office_at_0001(path, monkeypatch)
    with pytest.raises(OfficeError, match="needs a schema upgrade"):
        open_office(path, PASSPHRASE, read_only=True)

    office = open_office(path, PASSPHRASE)
    try:
        assert office.schema_revision == migrate.head_revision()
        backup = office.backup_path
        assert backup is not None and "before-0001" in backup.name
        with office.engine.connect() as conn:
            assert CONSENT_TABLES <= set(inspect(conn).get_table_names())
            triggers = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                )
            }
            assert TRIGGERS <= triggers
            assert conn.execute(text("SELECT legal_name FROM client")).scalar() == "Before Consent"
            assert (
                conn.execute(text("SELECT number FROM identity_document")).scalar() == "E12345678"
            )
        # the upgraded office enforces the history at once
        with office.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO consent_record (client_id, purpose, status, recorded_at, "
                "effective_at, capture_method, recorded_by, withdrawal_channel) VALUES "
                "(1, 'marketing_sms', 'withdrawn', '2026-01-01 00:00:00.000000', "
                "'2026-01-01 00:00:00.000000', 'written', 'a', 'sms')"
            )
        with pytest.raises(DBAPIError, match="append-only"):
            with office.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM consent_record")
    finally:
        office.close()

    # the backup is the office as it was: 0001, no consent tables, same passphrase
    copy = open_office(backup, PASSPHRASE, read_only=True, migrate_schema=False)
    try:
        assert copy.schema_revision == "0001"
        with copy.engine.connect() as conn:
            assert not CONSENT_TABLES & set(inspect(conn).get_table_names())
            assert conn.execute(text("SELECT count(*) FROM client")).scalar() == 1
    finally:
        copy.close()
    assert sidecars(path) == [] and sidecars(backup) == []


def test_downgrading_0002_removes_exactly_what_it_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    path = tmp_path / "office.db"
    office = create_office(path, PASSPHRASE)
    try:
        with office.engine.begin() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        with office.engine.connect() as conn:
            assert migrate.current_revision(conn) == "0001"
            assert not CONSENT_TABLES & set(inspect(conn).get_table_names())
            assert not conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            ).all()
    finally:
        office.close()

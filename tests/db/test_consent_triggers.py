"""The consent history is append-only in the database itself: raw SQL UPDATE and DELETE
are refused by triggers, except through the narrow erasure / retention-purge hatch."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.consent import erasure_window
from db.office import Office


def seed(office: Office) -> tuple[int, int, int]:
    """Two consent records of client 1 and one of client 2, inserted with raw SQL."""
    with office.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO privacy_notice (id, code, title, version, language, effective_from, "
            "text, sha256, signature_required, requires_reconsent, created_at) VALUES "
            "(1, 'privacy_notice', 'P', 1, 'zh', '2020-01-01', 't', 'x', 0, 0, "
            "'2020-01-01 00:00:00.000000')"
        )
        for rid, client, status, reason in (
            (1, 1, "granted", None),
            (2, 1, "withdrawn", "我不想再接到电话"),
            (3, 2, "withdrawn", "Too many calls from Mr Wang"),
        ):
            conn.exec_driver_sql(
                "INSERT INTO consent_record (id, client_id, purpose, status, notice_id, "
                "recorded_at, effective_at, capture_method, recorded_by, withdrawal_channel, "
                "withdrawal_reason) VALUES (?, ?, 'marketing_phone', ?, ?, "
                "'2021-01-01 00:00:00.000000', '2021-01-01 00:00:00.000000', 'in_person', "
                "'a', ?, ?)",
                (
                    rid,
                    client,
                    status,
                    1 if status == "granted" else None,
                    None if status == "granted" else "phone",
                    reason,
                ),
            )
    return 1, 2, 3


def rows(office: Office) -> list[tuple]:
    with office.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT id, client_id, status, withdrawal_reason FROM consent_record ORDER BY id"
            )
        ]


def refused(office: Office, sql: str, params: tuple = ()) -> None:
    before = rows(office)
    with pytest.raises(DBAPIError, match="append-only"):
        with office.engine.begin() as conn:
            conn.exec_driver_sql(sql, params)
    assert rows(office) == before


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE consent_record SET status = 'granted' WHERE id = 2",
        "UPDATE consent_record SET withdrawal_reason = NULL",
        "UPDATE consent_record SET effective_at = '2030-01-01 00:00:00.000000' WHERE id = 1",
        "UPDATE consent_record SET status = status",  # even a no-op write is refused
        "DELETE FROM consent_record WHERE id = 1",
        "DELETE FROM consent_record",
        "DELETE FROM client WHERE id = 1",  # the cascade meets the same trigger
        "INSERT OR REPLACE INTO consent_record (id, client_id, purpose, status, recorded_at, "
        "effective_at, capture_method, recorded_by) SELECT 1, 1, 'photos', 'granted', "
        "recorded_at, effective_at, 'in_person', 'a' FROM consent_record WHERE id = 1",
    ],
)
def test_raw_sql_cannot_change_or_remove_the_history(office: Office, sql: str) -> None:
    seed(office)
    refused(office, sql)
    with office.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM client WHERE id = 1").scalar() == 1


def hatch(conn: Connection, reason: str, client_id: int | None) -> None:
    conn.exec_driver_sql(
        "INSERT INTO erasure_in_progress (id, reason, client_id, actor, started_at) "
        "VALUES (1, ?, ?, 'dpo', '2026-01-01 00:00:00.000000')",
        (reason, client_id),
    )


def test_an_erasure_may_only_blank_the_free_text_of_its_own_client(office: Office) -> None:
    seed(office)
    with office.engine.begin() as conn:
        hatch(conn, "erasure", 1)
        conn.exec_driver_sql("UPDATE consent_record SET withdrawal_reason = NULL WHERE id = 2")
        for sql in (
            "UPDATE consent_record SET withdrawal_reason = NULL WHERE id = 3",  # other client
            "UPDATE consent_record SET status = 'granted' WHERE id = 2",
            "UPDATE consent_record SET client_id = 2 WHERE id = 2",
            "UPDATE consent_record SET effective_at = '2020-01-01 00:00:00.000000' WHERE id = 1",
            "UPDATE consent_record SET withdrawal_channel = 'post' WHERE id = 2",
            "DELETE FROM consent_record WHERE id = 1",  # erasure anonymises, never deletes
        ):
            with pytest.raises(DBAPIError, match="append-only"):
                conn.exec_driver_sql(sql)
        conn.exec_driver_sql("DELETE FROM erasure_in_progress")
    assert rows(office) == [
        (1, 1, "granted", None),
        (2, 1, "withdrawn", None),
        (3, 2, "withdrawn", "Too many calls from Mr Wang"),
    ]
    # the hatch is shut again
    refused(office, "UPDATE consent_record SET withdrawal_reason = 'x' WHERE id = 2")


def test_a_retention_purge_may_delete_and_nothing_else(office: Office) -> None:
    seed(office)
    with office.engine.begin() as conn:
        hatch(conn, "retention_purge", None)
        with pytest.raises(DBAPIError, match="append-only"):
            conn.exec_driver_sql("UPDATE consent_record SET withdrawal_reason = NULL")
        conn.exec_driver_sql("DELETE FROM consent_record WHERE id IN (1, 3)")
        conn.exec_driver_sql("DELETE FROM erasure_in_progress")
    assert [r[0] for r in rows(office)] == [2]
    refused(office, "DELETE FROM consent_record")


def test_the_hatch_holds_one_row_only(office: Office) -> None:
    with office.engine.begin() as conn:
        with pytest.raises(IntegrityError):
            conn.exec_driver_sql(
                "INSERT INTO erasure_in_progress (id, reason, actor, started_at) "
                "VALUES (2, 'erasure', 'x', '2026-01-01 00:00:00.000000')"
            )


def test_erasure_window_opens_the_hatch_for_one_transaction(office: Office) -> None:
    seed(office)
    from sqlalchemy import text

    with office.transaction() as s:
        with erasure_window(s, "erasure", "dpo", client_id=1):
            s.execute(
                text("UPDATE consent_record SET withdrawal_reason = NULL WHERE client_id = 1")
            )
        assert s.execute(text("SELECT count(*) FROM erasure_in_progress")).scalar() == 0
    assert rows(office)[1] == (2, 1, "withdrawn", None)

    # a failure inside the window rolls back everything, the marker included
    with pytest.raises(RuntimeError):
        with office.transaction() as s:
            with erasure_window(s, "retention_purge", "dpo"):
                s.execute(text("DELETE FROM consent_record"))
                raise RuntimeError("purge interrupted")
    assert len(rows(office)) == 3
    with office.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM erasure_in_progress").scalar() == 0
    with pytest.raises(ValueError):
        with office.transaction() as s, erasure_window(s, "because", "dpo"):
            pass

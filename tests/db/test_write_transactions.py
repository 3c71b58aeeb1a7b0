"""Office.transaction() begins IMMEDIATE on a writable office, so concurrent writers wait
for each other (busy_timeout) instead of failing with "database is locked" when a
deferred read-then-write loses its snapshot. Real threads on a real SQLCipher file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from app import audit
from db.office import Office, open_office
from tests.conftest import PASSPHRASE

THREADS = 4
PER_THREAD = 25


def _other_writer_blocked(office: Office) -> bool:
    """Whether a second connection cannot take the write lock right now (no waiting)."""
    with office.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            raw.execute("BEGIN IMMEDIATE")
        except Exception as exc:  # sqlcipher3's OperationalError: "database is locked"
            assert "locked" in str(exc)
            return True
        raw.execute("ROLLBACK")
        raw.execute("PRAGMA busy_timeout = 5000")
        return False


def test_transaction_holds_the_write_lock_from_its_start(office: Office) -> None:
    with office.transaction() as s:
        s.execute(text("SELECT 1")).all()  # nothing written yet
        assert _other_writer_blocked(office)
    assert not _other_writer_blocked(office)


def test_plain_session_reads_stay_deferred(office: Office) -> None:
    with office.session() as s:
        assert s.execute(text("SELECT count(*) FROM client")).scalar_one() == 3
        assert not _other_writer_blocked(office)


def test_read_only_office_transactions_stay_deferred(office_path: Path) -> None:
    ro = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with ro.transaction() as s:  # BEGIN IMMEDIATE would fail on a read-only file
            assert s.execute(text("SELECT count(*) FROM client")).scalar_one() == 3
    finally:
        ro.close()


def test_concurrent_audit_writers_all_succeed_and_the_chain_verifies(office: Office) -> None:
    with office.session() as s:
        before, _ = audit.full_head(s)
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(PER_THREAD):
                with office.transaction() as s:
                    audit.record(s, f"writer{n}", "timeline", target=f"step {i}")
        except BaseException as exc:  # collected and asserted on in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with office.session() as s:
        report = audit.verify_chain(s)
        per_actor = dict(
            s.execute(
                text(
                    "SELECT actor, count(*) FROM audit_entry WHERE action = 'timeline' "
                    "GROUP BY actor"
                )
            ).all()
        )
    assert report.ok, report.message()
    assert report.head_seq == before + THREADS * PER_THREAD
    assert per_actor == {f"writer{n}": PER_THREAD for n in range(THREADS)}


def test_a_failed_transaction_releases_the_lock(office: Office) -> None:
    with pytest.raises(RuntimeError), office.transaction() as s:
        audit.record(s, "tester", "timeline")
        raise RuntimeError("the action failed")
    assert not _other_writer_blocked(office)
    with office.session() as s:
        assert (
            s.execute(text("SELECT count(*) FROM audit_entry WHERE actor = 'tester'")).scalar_one()
            == 0
        )

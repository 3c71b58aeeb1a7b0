"""Erasure, proven on the bytes: after erasing a client, their name, ID number and phone are
in no decrypted page of the office file nor in any WAL frame, while the records the law
makes us keep survive. And the retention purge that follows years later."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from app.cards import ClientCard, DocumentData, PhoneData
from app.clients import ClientService
from app.consent import ConsentService
from app.erasure import ErasureError, add_years, erase_client, purge_expired, scrub_file
from db.models import AccessEvent, Attachment, Client, ConsentRecord, FinancialSnapshot
from db.office import open_office
from tests.app.privacy_data import (
    DOB,
    ID_NUMBER,
    NAME,
    PHONE_TYPED,
    Built,
    build_rich_client,
    needles,
)
from tests.conftest import PASSPHRASE
from tests.sqlcipher_pages import decrypted_pages, where_found


def _counts(office, client_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with office.session() as s:
        return {
            model.__tablename__: int(
                s.scalar(
                    select(func.count()).select_from(model).where(model.client_id == client_id)
                )
                or 0
            )
            for model in (ConsentRecord, AccessEvent, FinancialSnapshot)
        }


@pytest.fixture
def rich(office_path: Path) -> Built:
    office = open_office(office_path, PASSPHRASE)
    try:
        return build_rich_client(office)
    finally:
        office.close()


def test_decryptor_reads_the_office(office_path: Path) -> None:
    """The helper itself: page 1 decrypts to the schema, and the template clients are found."""
    pages = list(decrypted_pages(office_path, PASSPHRASE))
    assert pages and pages[0][1] == 1
    header = pages[0][2]  # the SQLite header from byte 16: page size, then reserve = 80
    assert header[0:2] == (4096).to_bytes(2, "big") and header[4] == 80
    assert any(b"CREATE TABLE client" in plain for _, _, plain in pages)
    hits = where_found(office_path, PASSPHRASE, {"template": b"Template Client 1"})
    assert hits["template"]


def test_erased_client_is_nowhere_in_the_file_or_wal(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    # control, while the office is open: the data is in the file or its WAL ...
    with office.transaction() as s:  # a fresh write so the WAL has frames to read
        s.execute(
            text("UPDATE client SET next_review = '2027-01-01' WHERE id = :id"),
            {"id": rich.client_id},
        )
    wal = office_path.with_name(office_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    before_open = where_found(office_path, PASSPHRASE, needles())
    assert any(h.startswith("wal:") for hits in before_open.values() for h in hits), before_open
    office.close()
    # ... and in the closed file, each of the four needles
    before = where_found(office_path, PASSPHRASE, needles())
    assert all(before.values()), f"control failed: not found before erasure: {before}"
    kept_before = _counts_at(office_path, rich.client_id)

    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            report = erase_client(s, rich.client_id, "compliance", "written request 2026-11-20")
        scrub = scrub_file(office.engine)
        assert scrub.wal_left_frames == 0
        # while still open: the file and whatever WAL exists
        during = where_found(office_path, PASSPHRASE, needles())
        assert not any(during.values()), f"still present after erasure (open): {during}"
    finally:
        office.close()
    after = where_found(office_path, PASSPHRASE, needles())
    assert not any(after.values()), f"still present after erasure: {after}"
    # the other clients are untouched
    assert where_found(office_path, PASSPHRASE, {"other": "李明".encode()})["other"]

    # what the law makes us keep survives
    kept_after = _counts_at(office_path, rich.client_id)
    assert kept_after["consent_record"] == kept_before["consent_record"] == 4
    assert kept_after["financial_snapshot"] == kept_before["financial_snapshot"] == 1
    assert kept_after["access_event"] == kept_before["access_event"] + 1
    assert report.kept["consent_record"] == 4
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            client = s.get(Client, rich.client_id)
            assert client is not None
            assert client.legal_name == f"Erased client #{rich.client_id}"
            assert client.chinese_name is None and client.date_of_birth is None
            assert client.horizon_years == 10  # structured suitability answers are kept
            reasons = s.scalars(
                select(ConsentRecord.withdrawal_reason).where(
                    ConsentRecord.client_id == rich.client_id,
                    ConsentRecord.withdrawal_reason.is_not(None),
                )
            ).all()
            assert reasons == ["[erased]"]
            scan = s.get(Attachment, rich.attachment_id)
            assert scan is not None and scan.data == b"" and len(scan.sha256) == 64
            erase_events = s.scalars(
                select(AccessEvent).where(
                    AccessEvent.client_id == rich.client_id, AccessEvent.action == "erase"
                )
            ).all()
            assert len(erase_events) == 1
            assert erase_events[0].actor == "compliance"
            # the derived consent state still works on the kept history
            states = {
                st.purpose: st.status
                for st in ConsentService(s).current_state(rich.client_id)
                if st.third_party is None
            }
            assert states["pi_processing"] == "granted"
            assert states["marketing_sms"] == "withdrawn"
            # the household named after the person was renamed, its other member stays
            names = s.execute(text("SELECT name FROM household")).scalars().all()
            assert names and all(NAME not in n for n in names)
            # the search finds nothing any more
            fts = s.execute(
                text("SELECT count(*) FROM client_fts WHERE client_fts MATCH :q"),
                {"q": '"' + NAME[:3] + '"'},
            ).scalar()
            assert fts == 0
    finally:
        office.close()


def _counts_at(path: Path, client_id: int) -> dict[str, int]:
    office = open_office(path, PASSPHRASE, read_only=True)
    try:
        return _counts(office, client_id)
    finally:
        office.close()


def test_consent_records_stay_append_only_after_erasure(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            erase_client(s, rich.client_id, "compliance", "request")
        with pytest.raises(DatabaseError, match="append-only"), office.transaction() as s:
            s.execute(
                text("UPDATE consent_record SET withdrawal_reason = 'x' WHERE client_id = :c"),
                {"c": rich.client_id},
            )
        with pytest.raises(DatabaseError, match="append-only"), office.transaction() as s:
            s.execute(
                text("DELETE FROM consent_record WHERE client_id = :c"), {"c": rich.client_id}
            )
        with office.session() as s:
            assert s.scalar(text("SELECT count(*) FROM erasure_in_progress")) == 0
    finally:
        office.close()


def test_erasure_bad_cases_change_nothing(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with pytest.raises(ErasureError, match="no client 9999"), office.transaction() as s:
            erase_client(s, 9999, "compliance", "request")
        with pytest.raises(ErasureError, match="reason"), office.transaction() as s:
            erase_client(s, rich.client_id, "compliance", "  ")
        with office.session() as s:
            assert s.get(Client, rich.client_id).legal_name == NAME  # type: ignore[union-attr]
        with office.transaction() as s:
            erase_client(s, rich.client_id, "compliance", "request")
        with pytest.raises(ErasureError, match="already erased"), office.transaction() as s:
            erase_client(s, rich.client_id, "compliance", "request")
    finally:
        office.close()


def test_erase_log_holds_no_personal_data(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            erase_client(s, rich.client_id, "compliance", f"{NAME} asked by letter")
        with office.session() as s:
            details = s.scalars(
                select(AccessEvent.detail).where(AccessEvent.client_id == rich.client_id)
            ).all()
        assert details and not any(NAME in (d or "") for d in details)
        assert not any("4403" in (d or "") for d in details)  # not even the masked number
    finally:
        office.close()


def test_purge_after_retention(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            erase_client(s, rich.client_id, "compliance", "request")
        today = dt.date.today()
        with office.transaction() as s:
            nothing = purge_expired(s, add_years(today, 5) - dt.timedelta(days=1))
        assert nothing.clients == 0
        assert _counts(office, rich.client_id)["consent_record"] == 4

        with office.transaction() as s:
            report = purge_expired(s, add_years(today, 5))
        assert (report.clients, report.consent_records, report.attachments) == (1, 4, 1)
        assert report.snapshots == 0 and report.cards == 0
        counts = _counts(office, rich.client_id)
        assert counts["consent_record"] == 0 and counts["financial_snapshot"] == 1
        # the other client's consent is untouched
        assert _counts(office, rich.other_id)["consent_record"] == 1

        with office.transaction() as s:
            report = purge_expired(s, add_years(today, 20))
        assert (report.snapshots, report.cards) == (1, 1)
        with office.session() as s:
            assert s.get(Client, rich.client_id) is None
            actions = s.scalars(
                select(AccessEvent.action).where(AccessEvent.client_id == rich.client_id)
            ).all()
            assert "erase" in actions and actions.count("retention_purge") == 2
            assert s.scalar(text("SELECT count(*) FROM erasure_in_progress")) == 0
        with office.transaction() as s:
            assert purge_expired(s, add_years(today, 30)).clients == 0
    finally:
        office.close()


def test_purge_leaves_clients_who_were_not_erased(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            report = purge_expired(s, add_years(dt.date.today(), 50))
        assert report.clients == 0
        assert _counts(office, rich.client_id)["consent_record"] == 4
    finally:
        office.close()


def _plain_client(office_path: Path) -> int:
    """Only the card (no consents, no attachments), edited a few times."""
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            cid = ClientService(s).create(
                ClientCard(
                    legal_name=NAME,
                    chinese_name=NAME,
                    date_of_birth=DOB,
                    documents=[DocumentData("prc_id", ID_NUMBER)],
                    phones=[PhoneData(PHONE_TYPED)],
                )
            )
        for k in range(3):
            with office.transaction() as s:
                card = ClientService(s).load(cid)
                card.needs_notes = "note " * (20 * k + 1)
                ClientService(s).save(card)
        return cid
    finally:
        office.close()


@pytest.mark.parametrize("how", ["naive", "erase_client"])
def test_plain_deletes_leave_traces_that_erasure_wipes(office_path: Path, how: str) -> None:
    """Why the erasure wipes (and proof that the page scan has teeth): deleting the same
    rows without secure_delete, FTS optimize and VACUUM leaves the person in freed space
    and in old index segments; erase_client + scrub_file leaves nothing."""
    cid = _plain_client(office_path)
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            if how == "naive":
                s.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
                for table in ("identity_document", "phone", "search_key"):
                    s.execute(text(f"DELETE FROM {table} WHERE client_id = :c"), {"c": cid})
                s.execute(text("DELETE FROM client_fts WHERE rowid = :c"), {"c": cid})
                s.execute(
                    text(
                        "UPDATE client SET legal_name = 'x', sort_name = 'x', latin_name = NULL,"
                        " chinese_name = NULL, needs_notes = NULL WHERE id = :c"
                    ),
                    {"c": cid},
                )
            else:
                erase_client(s, cid, "compliance", "request")
        if how != "naive":
            scrub_file(office.engine)
        with office.session() as s:  # the live rows hold none of it either way
            row = s.execute(
                text("SELECT legal_name, chinese_name FROM client WHERE id = :c"), {"c": cid}
            ).one()
            assert NAME not in (row[0] or "") and row[1] is None
    finally:
        office.close()
    left = where_found(office_path, PASSPHRASE, needles())
    if how == "naive":
        assert any(left.values()), "expected traces after deletes without wiping"
    else:
        assert not any(left.values()), left

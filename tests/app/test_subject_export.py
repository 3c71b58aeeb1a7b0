"""Access and copy: the subject export holds every client-linked row, provably."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, func, select, text

from app import subject_export as se
from db.models import AccessEvent, Base
from db.office import open_office
from tests.app.privacy_data import EMAIL, ID_NUMBER, NAME, PHONE_E164, Built, build_rich_client
from tests.conftest import PASSPHRASE
from tests.pdf_tools import fonts, page_count, pdf_text, qpdf_check


def test_every_client_linked_table_is_exported() -> None:
    """A table that holds client data must be exported or excluded with a reason: a table
    added later without either fails here (and so in CI)."""
    missing = se.unaccounted_tables(Base.metadata)
    assert not missing, (
        f"client-linked tables neither exported nor excluded: {sorted(missing)}; add them to "
        "EXPORTED (with the SQL selecting one client's rows) or to EXCLUDED (with the reason) "
        "in app/subject_export.py"
    )
    # and the registry names real tables (client_fts is a virtual table outside the ORM)
    known = set(Base.metadata.tables) | {"client_fts"}
    assert set(se.EXPORTED) <= known and set(se.EXCLUDED) <= known
    assert not set(se.EXPORTED) & set(se.EXCLUDED)
    assert all(reason.strip() for reason in se.EXCLUDED.values())


def _copy_of_metadata() -> MetaData:
    md = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(md)
    return md


def test_the_check_fails_for_a_forgotten_table() -> None:
    md = _copy_of_metadata()
    assert not se.unaccounted_tables(md)
    Table(
        "client_hobby",  # direct foreign key
        md,
        Column("id", Integer, primary_key=True),
        Column("client_id", ForeignKey("client.id")),
        Column("hobby", String(50)),
    )
    Table(
        "snapshot_note",  # through a parent: financial_snapshot -> client
        md,
        Column("id", Integer, primary_key=True),
        Column("snapshot_id", ForeignKey("financial_snapshot.id")),
    )
    Table(
        "call_log",  # a client id without a foreign key, like access_event
        md,
        Column("id", Integer, primary_key=True),
        Column("client_id", Integer),
    )
    Table(
        "household_note",  # hangs off household, linked to clients through its members
        md,
        Column("id", Integer, primary_key=True),
        Column("household_id", ForeignKey("household.id")),
    )
    Table(
        "brochure",  # office-wide: not client data
        md,
        Column("id", Integer, primary_key=True),
        Column("name", String(50)),
    )
    assert se.unaccounted_tables(md) == {
        "client_hobby",
        "snapshot_note",
        "call_log",
        "household_note",
    }


@pytest.fixture
def rich(office_path: Path) -> Built:
    office = open_office(office_path, PASSPHRASE)
    try:
        return build_rich_client(office)
    finally:
        office.close()


def test_export_holds_every_row_of_the_person(
    office_path: Path, rich: Built, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    out.mkdir()
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            files = se.export_subject(s, rich.client_id, out, actor="compliance")
        assert files.json_path == out / f"client-{rich.client_id}.json"
        assert files.pdf_path == out / f"client-{rich.client_id}.pdf"
        data = json.loads(files.json_path.read_text(encoding="utf-8"))
        with office.session() as s:
            for table, condition in se.EXPORTED.items():
                expected = s.scalar(
                    text(f"SELECT count(*) FROM {table} WHERE {condition}"),
                    {"cid": rich.client_id},
                )
                assert len(data["tables"][table]) == expected, table
                # the rich client has a row in every exported table
                assert expected, f"test data has no {table} row: extend privacy_data.py"
            event = s.scalars(
                select(AccessEvent).where(
                    AccessEvent.client_id == rich.client_id,
                    AccessEvent.action == "subject_export",
                )
            ).one()
            assert event.actor == "compliance" and NAME not in (event.detail or "")
            # nobody else's rows
            other_rows = s.scalar(
                select(func.count()).where(AccessEvent.client_id == rich.other_id)
            )
    finally:
        office.close()
    tables = data["tables"]
    assert tables["client"][0]["chinese_name"] == NAME
    # identity numbers in full: the person's own data, on their explicit request
    assert tables["identity_document"][0]["number"] == ID_NUMBER
    assert tables["phone"][0]["e164"] == PHONE_E164
    assert tables["email"][0]["address"] == EMAIL
    assert {r["client_id"] for r in tables["consent_record"]} == {rich.client_id}
    assert {r["purpose"] for r in tables["consent_record"]} >= {"pi_processing", "sensitive_pi"}
    scan = tables["attachment"][0]["data"]
    assert scan["bytes"] > 0 and len(scan["sha256"]) == 64 and scan["base64"]
    assert any(r["action"] == "subject_export" for r in tables["access_event"])
    assert data["context"]["privacy_notice"][0]["id"] == rich.notice_id
    assert set(data["not_exported"]) == set(se.EXCLUDED)
    states = {(st["purpose"], st["third_party"]): st["status"] for st in data["consent_state"]}
    assert states[("marketing_sms", None)] == "withdrawn"
    assert other_rows is not None
    # the readable copy
    text_out = pdf_text(files.pdf_path)
    assert NAME in text_out
    assert ID_NUMBER in text_out
    assert "第 1 页" in text_out  # the client's language is zh
    assert all(f["emb"] == "yes" for f in fonts(files.pdf_path)), fonts(files.pdf_path)
    assert "No syntax or stream encoding errors" in qpdf_check(files.pdf_path)
    assert page_count(files.pdf_path) >= 2


def test_english_export_pdf(office_path: Path, tmp_path: Path) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        built = build_rich_client(office, language="en")
        with office.transaction() as s:
            files = se.export_subject(s, built.client_id, tmp_path, actor="compliance")
    finally:
        office.close()
    out = pdf_text(files.pdf_path)
    total = page_count(files.pdf_path)
    assert NAME in out and "Identity documents" in out and f"Page 1 of {total}" in out
    assert all(f["emb"] == "yes" for f in fonts(files.pdf_path))


def test_export_bad_cases(office_path: Path, rich: Built, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    office = open_office(office_path, PASSPHRASE)
    try:
        with (
            pytest.raises(se.SubjectExportError, match="no client 4242"),
            office.transaction() as s,
        ):
            se.export_subject(s, 4242, tmp_path, actor="x")
        with (
            pytest.raises(se.SubjectExportError, match="does not exist"),
            office.transaction() as s,
        ):
            se.export_subject(s, rich.client_id, tmp_path / "missing", actor="x")
        a_file = tmp_path / "a-file"
        a_file.write_text("x")
        with pytest.raises(se.SubjectExportError, match="not a folder"), office.transaction() as s:
            se.export_subject(s, rich.client_id, a_file, actor="x")
        monkeypatch.setattr(se.os, "access", lambda *_: False)
        with pytest.raises(se.SubjectExportError, match="not writable"), office.transaction() as s:
            se.export_subject(s, rich.client_id, tmp_path, actor="x")
        monkeypatch.undo()
        existing = tmp_path / f"client-{rich.client_id}.pdf"
        existing.write_bytes(b"keep me")
        with (
            pytest.raises(se.SubjectExportError, match="already exists"),
            office.transaction() as s,
        ):
            se.export_subject(s, rich.client_id, tmp_path, actor="x")
        assert existing.read_bytes() == b"keep me"
        assert not (tmp_path / f"client-{rich.client_id}.json").exists()
        with office.session() as s:  # a refused export is not recorded as done
            assert not s.scalar(select(func.count()).where(AccessEvent.action == "subject_export"))
    finally:
        office.close()

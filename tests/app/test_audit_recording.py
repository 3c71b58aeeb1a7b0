"""What the services feed into the audit chain: creations and changes field by field,
reveals, consents, exports, erasure; and that the chain never holds the person's data,
so an erasure leaves it intact and verifiable."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app import audit
from app.audit import AuditFilter
from app.cards import EmailData
from app.clients import ClientService
from app.erasure import erase_client
from app.subject_export import export_subject
from db.office import Office, open_office
from tests.app.privacy_data import EMAIL, ID_NUMBER, NAME, PHONE_NATIONAL, Built, build_rich_client
from tests.conftest import PASSPHRASE


@pytest.fixture
def rich_office(office_path: Path) -> Iterator[tuple[Office, Built]]:
    office = open_office(office_path, PASSPHRASE)
    built = build_rich_client(office)
    yield office, built
    office.close()


def _entries(office: Office, **flt: object) -> list[audit.AuditRow]:
    with office.session() as s:
        return audit.page(s, AuditFilter(**flt), None, 1000)  # type: ignore[arg-type]


def _all_audit_text(office: Office) -> str:
    with office.session() as s:
        rows = s.execute(text("SELECT * FROM audit_entry")).all()
    return json.dumps([list(r) for r in rows], ensure_ascii=False)


def test_a_new_card_is_recorded_with_its_fields(rich_office: tuple[Office, Built]) -> None:
    office, built = rich_office
    created = _entries(office, client_id=built.client_id, action="client_created")
    assert len(created) == 1 and created[0].actor == "advisor"
    fields = created[0].detail["fields"]
    assert {"legal_name", "documents", "phones", "emails"} <= set(fields)
    assert all(v["before"] is None and len(v["after"]) == 32 for v in fields.values())


def test_an_edit_is_recorded_field_by_field(rich_office: tuple[Office, Built]) -> None:
    office, built = rich_office
    with office.transaction() as s:
        svc = ClientService(s, actor="bob")
        card = svc.load(built.client_id)
        svc.save(
            dataclasses.replace(
                card, occupation="Professor", emails=[EmailData("new.mail@example.org")]
            )
        )
    changed = _entries(office, client_id=built.client_id, action="client_changed", actor="bob")
    assert len(changed) == 1
    fields = changed[0].detail["fields"]
    assert set(fields) == {"occupation", "emails"}
    with office.session() as s:
        assert audit.change_matches(s, built.client_id, "Surgeon", fields["occupation"]["before"])
        assert audit.change_matches(s, built.client_id, "Professor", fields["occupation"]["after"])
    assert "Professor" not in _all_audit_text(office)


def test_a_reveal_is_recorded_without_the_number(rich_office: tuple[Office, Built]) -> None:
    office, built = rich_office
    with office.session() as s:
        doc_id = s.execute(
            text("SELECT id FROM identity_document WHERE client_id = :c"), {"c": built.client_id}
        ).scalar_one()
    with office.transaction() as s:
        ClientService(s, actor="carol").reveal_document(built.client_id, doc_id, "KYC refresh")
    reveals = _entries(office, action="reveal", actor="carol")
    assert len(reveals) == 1 and reveals[0].target == f"identity_document {doc_id}"
    assert reveals[0].detail == {"kind": "prc_id", "reason_given": True}
    assert ID_NUMBER[-4:] + '"' not in _all_audit_text(office)


def test_consents_and_exports_are_recorded(
    rich_office: tuple[Office, Built], tmp_path: Path
) -> None:
    office, built = rich_office
    assert _entries(office, client_id=built.client_id, action="consent")
    out = tmp_path / "export"
    out.mkdir()
    with office.transaction() as s:
        export_subject(s, built.client_id, out, actor="compliance")
    (export,) = _entries(office, action="export", actor="compliance")
    assert export.client_id == built.client_id and export.target == "subject_export"


def test_the_chain_holds_none_of_the_persons_data(rich_office: tuple[Office, Built]) -> None:
    office, _ = rich_office
    everything = _all_audit_text(office)
    for needle in (NAME, ID_NUMBER, PHONE_NATIONAL, EMAIL, "Surgeon"):
        assert needle not in everything


def test_erasure_is_recorded_and_leaves_the_chain_intact(
    rich_office: tuple[Office, Built],
) -> None:
    office, built = rich_office
    with office.session() as s:
        prints = audit.page(
            s, AuditFilter(action="client_created", client_id=built.client_id), None, 1
        )
        occupation = prints[0].detail["fields"]["occupation"]["after"]
        assert audit.change_matches(s, built.client_id, "Surgeon", occupation) is True
    with office.transaction() as s:
        erase_client(s, built.client_id, "dpo", "the client's request of 2026-11-20")
    (erased,) = _entries(office, action="erase")
    assert erased.actor == "dpo" and erased.client_id == built.client_id and erased.detail == {}
    with office.session() as s:
        # the fingerprints can no longer be tested against anything ...
        assert audit.change_matches(s, built.client_id, "Surgeon", occupation) is None
        # ... and the chain still verifies
        assert audit.verify_chain(s).ok
    assert "2026-11-20" not in _all_audit_text(office)  # the reason stays out of the chain


def test_timeline_households_and_complaints_are_recorded_without_words(office: Office) -> None:
    from app.complaints import ComplaintService
    from app.households import HouseholdService
    from app.timeline import InteractionService

    when = dt.datetime(2026, 1, 15, 2, 0, tzinfo=dt.UTC)
    with office.transaction() as s:
        timeline = InteractionService(s, "li.na")
        eid = timeline.record([1, 2], "call", when, "Secret subject about the divorce")
        timeline.edit(eid, 1, subject="Another secret subject")
        timeline.delete(eid)
        homes = HouseholdService(s, "li.na")
        hid = homes.create("The Secretive family", [(1, "head")])
        homes.add_member(hid, 2, "spouse")
        homes.link(1, 3, "spouse")
        complaints = ComplaintService(s, "zhou.tao")
        cid = complaints.open(3, "Secret complaint words")
    changes = [
        (r.client_id, r.detail.get("change"), tuple(r.detail.get("fields", ())))
        for r in reversed(_entries(office, action="timeline"))
    ]
    assert changes == [
        (1, "created", ("client_ids", "kind", "occurred_at", "subject")),
        (2, "created", ("client_ids", "kind", "occurred_at", "subject")),
        (1, "edited", ("subject",)),
        (2, "edited", ("subject",)),
        (1, "deleted", ()),
        (2, "deleted", ()),
    ]
    households = [
        (r.client_id, r.target, r.detail) for r in reversed(_entries(office, action="household"))
    ]
    assert households == [
        (1, f"household {hid}", {"change": "created", "role": "head"}),
        (2, f"household {hid}", {"change": "member_added", "role": "spouse"}),
        (1, "client 3", {"change": "linked", "kind": "spouse"}),
    ]
    (complaint,) = _entries(office, action="complaint")
    assert (complaint.actor, complaint.client_id, complaint.target) == (
        "zhou.tao",
        3,
        f"complaint {cid}",
    )
    everything = _all_audit_text(office)
    assert "ecret" not in everything


def test_command_line_exports_are_recorded(
    office_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import main

    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    assert main.main(["ics", str(office_path), "--out", str(tmp_path / "t.ics")]) == 0
    out = tmp_path / "list.csv"
    assert main.main(["call-list", str(office_path), "--channel", "sms", "--out", str(out)]) == 0
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        targets = [r.target for r in reversed(_entries(office, action="export"))]
    finally:
        office.close()
    assert targets == ["ics", "call_list"]


def test_a_sign_in_is_recorded_in_a_writable_office_only(office_path: Path) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        assert audit.record_sign_in(office, "li.na")
        (entry,) = _entries(office, action="sign_in")
        assert entry.actor == "li.na" and entry.detail == {"via": "gui"} and entry.target
    finally:
        office.close()
    reader = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        assert not audit.record_sign_in(reader, "zhou.tao")
    finally:
        reader.close()

"""Merging two cards and undoing it: everything moves to the kept card, the append-only
history stays with the merged-away one, and undo restores both subject exports exactly."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.clients import ClientService
from app.duplicates import find_duplicates
from app.merge import MergeError, MergeService
from app.subject_export import collect
from db.models import Client, ConsentRecord, InteractionClient, Phone, Task
from db.office import open_office
from tests.app.privacy_data import NAME, PHONE_E164, Built, build_rich_client
from tests.conftest import PASSPHRASE

# rows the merge and its undo add on purpose (the record of what happened)
RECORDS = {"client_change", "client_merge", "access_event", "audit_entry"}


def _comparable(export: dict[str, Any]) -> dict[str, Any]:
    tables = {k: v for k, v in export["tables"].items() if k not in RECORDS}
    tables = copy.deepcopy(tables)
    for row in tables["client"]:
        row.pop("version")
        row.pop("updated_at")
    return tables


@pytest.fixture
def rich(office_path: Path) -> Built:
    office = open_office(office_path, PASSPHRASE)
    try:
        return build_rich_client(office)
    finally:
        office.close()


def test_merge_moves_everything_and_undo_restores_exactly(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        kept, gone = rich.other_id, rich.client_id  # fold the rich card into Li Ming's
        with office.session() as s:
            before = {cid: _comparable(collect(s, cid)) for cid in (kept, gone)}
            consents_before = s.scalars(
                select(ConsentRecord.id).where(ConsentRecord.client_id == gone)
            ).all()
        with office.transaction() as s:
            preview = MergeService(s).preview(kept, gone)
            fields = {f.field: f for f in preview.fields}
            assert fields["legal_name"].default == "kept"
            assert fields["date_of_birth"].default == "merged"  # Li Ming has none
            assert preview.moves["phone"] == 1 and preview.moves["task"] == 2
            assert preview.stays["consent_record"] == 4
            versions = (s.get(Client, kept).version, s.get(Client, gone).version)
            merge_id = MergeService(s, "officer").merge(
                kept, gone, {"legal_name": "merged", "chinese_name": "merged"}, versions=versions
            )
        with office.session() as s:
            card = ClientService(s).load(kept)
            assert card.legal_name == card.chinese_name == NAME
            assert [p.number for p in card.phones] == [PHONE_E164]
            assert "vip" in card.tags and card.custom["school"]
            assert len(card.snapshots) == 1
            assert s.scalars(select(Task.client_id).where(Task.client_id == gone)).all() == []
            # both timelines on the kept card, the shared review meeting once
            timeline = s.scalars(
                select(InteractionClient.interaction_id).where(InteractionClient.client_id == kept)
            ).all()
            expected = {
                r["interaction_id"]
                for cid in (kept, gone)
                for r in before[cid]["interaction_client"]
            }
            assert sorted(timeline) == sorted(expected)
            assert s.get(Client, gone).status == "former"
            # consents are append-only evidence: they stay with the card they were given on
            assert (
                s.scalars(select(ConsentRecord.id).where(ConsentRecord.client_id == gone)).all()
                == consents_before
            )
            assert s.scalar(select(Phone.id).where(Phone.client_id == gone)) is None
            assert all(gone not in (p.first_id, p.second_id) for p in find_duplicates(s))
        with office.transaction() as s:
            with pytest.raises(MergeError, match="already merged"):
                MergeService(s).merge(kept, gone)
            MergeService(s, "officer").undo(merge_id)
        with office.session() as s:
            after = {cid: _comparable(collect(s, cid)) for cid in (kept, gone)}
            assert after == before  # nothing lost, nothing left over
            assert ClientService(s).load(gone).phones[0].number == PHONE_E164
        with office.transaction() as s:
            with pytest.raises(MergeError, match="undone already"):
                MergeService(s).undo(merge_id)
    finally:
        office.close()


def test_undo_refuses_after_a_later_edit(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            merge_id = MergeService(s).merge(rich.other_id, rich.client_id)
        with office.transaction() as s:
            svc = ClientService(s)
            card = svc.load(rich.other_id)
            card.occupation = "Pilot"
            svc.save(card)
        with office.transaction() as s, pytest.raises(MergeError, match="changed after the merge"):
            MergeService(s).undo(merge_id)
    finally:
        office.close()


def test_bad_merges_change_nothing(office_path: Path, rich: Built) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            svc = MergeService(s)
            with pytest.raises(MergeError, match="two different"):
                svc.merge(rich.client_id, rich.client_id)
            with pytest.raises(MergeError, match="does not exist"):
                svc.merge(rich.client_id, 999_999)
            with pytest.raises(MergeError, match="changed since"):
                svc.merge(rich.other_id, rich.client_id, versions=(0, 0))
            with pytest.raises(MergeError, match="'kept' or 'merged'"):
                svc.merge(rich.other_id, rich.client_id, {"legal_name": "both"})
            with pytest.raises(MergeError, match="no merge"):
                svc.undo(12345)
        with office.session() as s:
            assert s.get(Client, rich.client_id).status != "former"
    finally:
        office.close()


def test_the_same_phone_is_not_listed_twice_and_undo_brings_it_back(office) -> None:  # type: ignore[no-untyped-def]
    from app.cards import ClientCard, PhoneData

    with office.transaction() as s:
        svc = ClientService(s)
        a = svc.create(ClientCard(legal_name="Chan Tai Man", phones=[PhoneData("13800001111")]))
        b = svc.create(ClientCard(legal_name="Chan Tai-Man", phones=[PhoneData("138 0000 1111")]))
    with office.transaction() as s:
        merge_id = MergeService(s).merge(a, b)
    with office.session() as s:
        assert s.scalars(select(Phone.client_id).where(Phone.e164 == "+8613800001111")).all() == [a]
    with office.transaction() as s:
        MergeService(s).undo(merge_id)
    with office.session() as s:
        assert sorted(s.scalars(select(Phone.client_id).where(Phone.e164 == "+8613800001111"))) == [
            a,
            b,
        ]

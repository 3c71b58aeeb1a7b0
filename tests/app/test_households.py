"""Households and client links: validation, card view, and conflicts between editors."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.cards import ClientCard
from app.clients import ClientService
from app.households import HouseholdService
from app.validation import ValidationError
from db.errors import ConflictError
from db.models import Household, HouseholdMember
from db.office import Office


@pytest.fixture
def three(office: Office) -> list[int]:
    with office.transaction() as s:
        svc = ClientService(s)
        return [svc.create(ClientCard(legal_name=n)) for n in ("王伟", "李娜", "Wang Xiaoming")]


def test_create_household_shows_on_every_members_card(office: Office, three: list[int]) -> None:
    head, spouse, child = three
    with office.transaction() as s:
        hh = HouseholdService(s).create(
            "Wang family", [(head, "head"), (spouse, "spouse"), (child, "child")]
        )
    with office.session() as s:
        for cid in three:
            card = ClientService(s).load(cid)
            assert [h.id for h in card.households] == [hh]
            roles = {m.client_id: m.role for m in card.households[0].members}
            assert roles == {head: "head", spouse: "spouse", child: "child"}


@pytest.mark.parametrize(
    ("name", "members", "field"),
    [
        ("", [(1, "head")], "name"),
        ("Family", [], "members"),
        ("Family", [(1, "head"), (1, "spouse")], "members"),
        ("Family", [(1, "boss")], "members.0.role"),
        ("Family", [(999_999, "head")], "members"),
    ],
)
def test_bad_households_are_refused_and_change_nothing(
    office: Office, three: list[int], name: str, members: list[tuple[int, str]], field: str
) -> None:
    members = [(three[0] if cid == 1 else cid, role) for cid, role in members]
    with pytest.raises(ValidationError) as info, office.transaction() as s:
        HouseholdService(s).create(name, members)
    assert field in [e.field for e in info.value.errors]
    with office.session() as s:
        assert s.scalars(select(Household)).all() == []


def test_member_changes_bump_the_version_and_stale_edits_conflict(
    office: Office, three: list[int]
) -> None:
    head, spouse, child = three
    with office.transaction() as s:
        hh = HouseholdService(s).create("Wang family", [(head, "head")])
        version = s.get(Household, hh).version
    with office.transaction() as s:
        new_version = HouseholdService(s).add_member(hh, spouse, "spouse", version)
    assert new_version > version
    with pytest.raises(ConflictError), office.transaction() as s:
        HouseholdService(s).add_member(hh, child, "child", version)  # stale
    with office.session() as s:
        members = s.scalars(
            select(HouseholdMember.client_id).where(HouseholdMember.household_id == hh)
        )
        assert sorted(members) == sorted([head, spouse])


def test_removing_the_last_member_removes_the_household(office: Office, three: list[int]) -> None:
    with office.transaction() as s:
        hh = HouseholdService(s).create("Solo", [(three[0], "head")])
    with office.transaction() as s:
        assert HouseholdService(s).remove_member(hh, three[0]) is None
    with office.session() as s:
        assert s.get(Household, hh) is None
    with pytest.raises(LookupError), office.transaction() as s:
        HouseholdService(s).remove_member(hh, three[0])


def test_links_show_from_both_ends_and_refuse_bad_input(office: Office, three: list[int]) -> None:
    a, b, _ = three
    with office.transaction() as s:
        HouseholdService(s).link(a, b, "business_partner")
    with office.session() as s:
        svc = ClientService(s)
        [out] = svc.load(a).links
        [back] = svc.load(b).links
    assert (out.other_client_id, out.kind, out.outgoing) == (b, "business_partner", True)
    assert (back.other_client_id, back.kind, back.outgoing) == (a, "business_partner", False)
    for args in [
        (a, a, "spouse"),
        (a, b, "nemesis"),
        (a, b, "business_partner"),
        (a, 999_999, "spouse"),
    ]:
        with pytest.raises(ValidationError), office.transaction() as s:
            HouseholdService(s).link(*args)
    with office.transaction() as s:
        HouseholdService(s).unlink(a, b, "business_partner")
    with office.session() as s:
        assert ClientService(s).load(a).links == []


def test_of_client_lists_households_with_members_names_and_versions(
    office: Office, three: list[int]
) -> None:
    head, spouse, child = three
    with office.transaction() as s:
        service = HouseholdService(s)
        first = service.create("Wang family", [(head, "head"), (spouse, "spouse")])
        second = service.create("Wang Xiaoming's", [(child, "head"), (head, "parent")])
        version = service.add_member(first, child, "child")
    with office.session() as s:
        found = HouseholdService(s).of_client(head)
        assert [h.id for h in found] == [first, second]
        assert found[0].version == version
        assert [(m.client_id, m.name, m.role) for m in found[0].members] == [
            (head, "王伟", "head"),
            (spouse, "李娜", "spouse"),
            (child, "Wang Xiaoming", "child"),
        ]
        assert HouseholdService(s).of_client(spouse)[0].id == first
        assert HouseholdService(s).of_client(999_999) == []

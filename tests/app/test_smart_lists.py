"""Smart lists (saved filters) and static lists (hand-picked), by name."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.segments import SegmentError
from app.smart_lists import SmartListService
from db.errors import ConflictError
from db.models_segments import SmartList, StaticListMember
from db.office import Office
from tests.app.segments_book import TODAY, Book, build_book

GOLF = {"op": "and", "items": [{"dim": "tag", "values": ["golf"]}]}
ACTIVE_LI_NA = {
    "op": "and",
    "items": [{"dim": "status", "values": ["active"]}, {"dim": "owner", "values": ["Li Na"]}],
}


@pytest.fixture
def book(office: Office) -> Book:
    return build_book(office)


def test_saved_filters_are_listed_and_resolved_by_name(office: Office, book: Book) -> None:
    with office.transaction() as s:
        lists = SmartListService(s, "Li Na")
        lists.create_smart("Golfers", GOLF)
        lists.create_smart("  Li Na   active ", ACTIVE_LI_NA)  # spaces folded
    with office.session() as s:
        lists = SmartListService(s)
        assert lists.names() == ["Golfers", "Li Na active"]
        assert lists.client_ids("Golfers", TODAY) == sorted([book.ann, book.cai])
        assert lists.client_ids("Li Na active") == sorted([book.ann, book.dee])
        assert lists.counts(TODAY) == {"Golfers": 2, "Li Na active": 2}
        assert lists.get("Golfers").definition == GOLF


def test_a_smart_list_follows_the_book(office: Office, book: Book) -> None:
    from app.clients import ClientService

    with office.transaction() as s:
        SmartListService(s).create_smart("Golfers", GOLF)
    with office.transaction() as s:
        card = ClientService(s).load(book.eve)
        card.tags.append("golf")
        ClientService(s).save(card)
    with office.session() as s:
        assert SmartListService(s).client_ids("Golfers") == sorted([book.ann, book.cai, book.eve])


def test_static_lists_hold_hand_picked_clients(office: Office, book: Book) -> None:
    with office.transaction() as s:
        lists = SmartListService(s)
        lists.create_static("Gala guests", [book.bob, book.eve])
        assert lists.add_members("Gala guests", [book.eve, book.cai]) == 1
        lists.remove_members("Gala guests", [book.bob])
    with office.session() as s:
        lists = SmartListService(s)
        assert lists.client_ids("Gala guests") == sorted([book.cai, book.eve])
        assert lists.get("Gala guests").kind == "static"
    # a smart list can use a static list as a dimension
    with office.transaction() as s:
        SmartListService(s).create_smart(
            "Golfing guests",
            {
                "op": "and",
                "items": [
                    {"dim": "static_list", "values": ["Gala guests"]},
                    {"dim": "tag", "values": ["golf"]},
                ],
            },
        )
    with office.session() as s:
        assert SmartListService(s).client_ids("Golfing guests") == [book.cai]


def test_a_smart_list_whose_static_list_went_counts_as_unusable(office: Office, book: Book) -> None:
    with office.transaction() as s:
        lists = SmartListService(s)
        lists.create_static("Guests", [book.bob])
        lists.create_smart(
            "On guests", {"op": "and", "items": [{"dim": "static_list", "values": ["Guests"]}]}
        )
        lists.delete("Guests")
    with office.session() as s:
        assert SmartListService(s).counts(TODAY) == {"On guests": None}
        with pytest.raises(SegmentError, match="no longer exists"):
            SmartListService(s).client_ids("On guests")


def test_rename_and_edit_with_a_version_check(office: Office, book: Book) -> None:
    with office.transaction() as s:
        SmartListService(s).create_smart("Golfers", GOLF)
    with office.session() as s:
        seen = SmartListService(s).get("Golfers").version
    with office.transaction() as s:
        SmartListService(s).update("Golfers", seen, new_name="Golf club", definition=ACTIVE_LI_NA)
    with office.transaction() as s, pytest.raises(ConflictError):
        SmartListService(s).update("Golf club", seen, definition=GOLF)  # stale
    with office.session() as s:
        lists = SmartListService(s)
        assert lists.names() == ["Golf club"]
        assert lists.client_ids("Golf club") == sorted([book.ann, book.dee])


def _rows(office: Office) -> tuple[int, int]:
    with office.session() as s:
        return (
            s.scalar(select(func.count()).select_from(SmartList)) or 0,
            s.scalar(select(func.count()).select_from(StaticListMember)) or 0,
        )


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda svc, b: svc.create_smart("", GOLF), "Give the list a name."),
        (
            lambda svc, b: svc.create_smart("x" * 101, GOLF),
            "Keep the list name under 100 characters.",
        ),
        (
            lambda svc, b: svc.create_smart("Golfers", GOLF),
            "A list named 'Golfers' already exists.",
        ),
        (
            lambda svc, b: svc.create_static("golfers2", [10**9]),
            "Some of the chosen clients no longer exist.",
        ),
        (
            lambda svc, b: svc.create_smart("Bad", {"op": "and", "items": [{"dim": "x"}]}),
            "Unknown filter dimension: 'x'.",
        ),
        (
            lambda svc, b: svc.add_members("Golfers", [b.ann]),
            "Clients can be added by hand only to a hand-picked list.",
        ),
        (
            lambda svc, b: svc.update("Guests", 1, definition=GOLF),
            "A hand-picked list has members, not a filter.",
        ),
        (
            lambda svc, b: svc.update("Guests", 1, new_name="Golfers"),
            "A list named 'Golfers' already exists.",
        ),
    ],
)
def test_bad_input_changes_nothing(office: Office, book: Book, action, message: str) -> None:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        SmartListService(s).create_smart("Golfers", GOLF)
        SmartListService(s).create_static("Guests", [book.bob])
    before = _rows(office)
    with pytest.raises(SegmentError) as caught, office.transaction() as s:
        action(SmartListService(s), book)
    assert str(caught.value) == message
    assert _rows(office) == before


def test_unknown_list_names_raise_lookup_error(office: Office, book: Book) -> None:
    with (
        office.session() as s,
        pytest.raises(LookupError, match=r"There is no list named 'Nope'\."),
    ):
        SmartListService(s).client_ids("Nope")


def test_the_demo_lists_are_built_once_and_counted(office: Office, book: Book) -> None:
    from app.demo_segments import DEMO_LISTS, build_demo_segments

    build_demo_segments(office, TODAY)
    build_demo_segments(office, TODAY)  # again: nothing doubles
    with office.session() as s:
        lists = SmartListService(s)
        assert sorted(lists.names()) == sorted([*DEMO_LISTS, "年会嘉宾"])
        counts = lists.counts(TODAY)
        assert None not in counts.values()
        assert counts["年会嘉宾"] == 8  # every client of this small office
        assert counts["Top value (70+)"] == 1  # Ann (77)

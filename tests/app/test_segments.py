"""Segment filters: every dimension, AND/OR, empty groups, custom fields, bad definitions.

Expected clients are worked out by hand from tests/app/segments_book.py (today 2026-11-22).
"""

from __future__ import annotations

from typing import Any

import pytest

from app import segments
from app.value_score import ValueScoreService
from db.office import Office
from tests.app.segments_book import TODAY, Book, build_book


@pytest.fixture
def book(office: Office) -> Book:
    return build_book(office)


def ids_of(office: Office, definition: dict[str, Any]) -> list[int]:
    group = segments.parse(definition)
    with office.session() as s:
        found = segments.client_ids(s, group, TODAY)
        assert segments.count(s, group, TODAY) == len(found)
    return found


def one(**condition: Any) -> dict[str, Any]:
    return {"op": "and", "items": [condition]}


def names(book: Book, ids: list[int]) -> list[str]:
    by_id = {book.ann: "ann", book.bob: "bob", book.cai: "cai", book.dee: "dee", book.eve: "eve"}
    return sorted(by_id[i] for i in ids if i in by_id)


CASES = [
    ({"dim": "tier", "values": ["hnw"]}, ["ann"]),
    ({"dim": "tier", "values": ["affluent", "hnw"]}, ["ann", "dee"]),
    ({"dim": "status", "values": ["active"]}, ["ann", "dee"]),
    ({"dim": "owner", "values": ["Li Na"]}, ["ann", "dee"]),
    ({"dim": "owner", "values": [""]}, ["cai"]),  # "" = no owner
    ({"dim": "city", "values": ["Shanghai"]}, ["ann", "cai"]),
    ({"dim": "region", "values": ["Beijing", "Shenzhen"]}, ["bob", "dee"]),
    ({"dim": "occupation", "values": ["engineer"]}, ["ann", "dee"]),
    ({"dim": "industry", "values": ["tech"]}, ["ann"]),
    ({"dim": "tag", "values": ["golf"]}, ["ann", "cai"]),
    ({"dim": "need", "values": ["education"]}, ["ann", "dee"]),
    ({"dim": "need", "values": ["golf"]}, []),  # a tag is not a need
    # ages on 2026-11-22: Ann 46, Bob 29 (30 tomorrow), Dee 60 (today), Eve 26; Cai unknown
    ({"dim": "age", "min": 30, "max": 60}, ["ann", "dee"]),
    ({"dim": "age", "max": 29}, ["bob", "eve"]),
    ({"dim": "age", "min": 60}, ["dee"]),
    ({"dim": "age", "min": 61}, []),
    # last (not deleted) contact: Ann 19 days ago, Dee 82, Bob 294; Cai and Eve never
    ({"dim": "last_contact_days", "min": 90}, ["bob", "cai", "eve"]),
    ({"dim": "last_contact_days", "min": 82}, ["bob", "cai", "dee", "eve"]),
    ({"dim": "last_contact_days", "min": 83}, ["bob", "cai", "eve"]),
    ({"dim": "last_contact_days", "max": 82}, ["ann", "dee"]),
    ({"dim": "last_contact_days", "max": 81}, ["ann"]),
    ({"dim": "investable", "min": 1_000_000_00}, ["ann", "dee"]),
    ({"dim": "investable", "min": 1_000_000_01}, ["ann"]),
    # custom fields: golf is a number (12, 30, 7.5), joined a date
    ({"dim": "custom", "field": "golf", "values": ["12"]}, ["ann"]),
    ({"dim": "custom", "field": "golf", "min": 10}, ["ann", "bob"]),
    ({"dim": "custom", "field": "golf", "max": "7.5"}, ["dee"]),
    ({"dim": "custom", "field": "golf", "min": 8, "max": 29}, ["ann"]),
    ({"dim": "custom", "field": "joined", "min": 20200101, "max": 20201231}, ["ann"]),
]


@pytest.mark.parametrize(("condition", "expected"), CASES, ids=[repr(c) for c, _ in CASES])
def test_each_dimension(office: Office, book: Book, condition: dict, expected: list[str]) -> None:
    assert names(book, ids_of(office, one(**condition))) == expected


def test_value_score_dimension_reads_the_stored_scores(office: Office, book: Book) -> None:
    with office.transaction() as s:
        ValueScoreService(s).refresh_all(TODAY)
    assert names(book, ids_of(office, one(dim="value_score", min=50))) == ["ann"]
    assert len(ids_of(office, one(dim="value_score", max=100))) == 8  # 3 template + 5


def test_and_or_and_nesting(office: Office, book: Book) -> None:
    both = {
        "op": "and",
        "items": [
            {"dim": "tier", "values": ["affluent", "hnw"]},
            {"dim": "need", "values": ["education"]},
            {"dim": "tag", "values": ["golf"]},
        ],
    }
    assert names(book, ids_of(office, both)) == ["ann"]
    either = {
        "op": "or",
        "items": [
            {"dim": "tag", "values": ["golf"]},
            {"dim": "need", "values": ["retirement"]},
        ],
    }
    assert names(book, ids_of(office, either)) == ["ann", "bob", "cai"]
    nested = {
        "op": "and",
        "items": [
            {"dim": "owner", "values": ["Zhou Tao", "Li Na"]},
            {
                "op": "or",
                "items": [
                    {"dim": "tag", "values": ["vip"]},
                    {
                        "op": "and",
                        "items": [
                            {"dim": "age", "min": 50},
                            {"dim": "custom", "field": "golf", "max": 10},
                        ],
                    },
                ],
            },
        ],
    }
    assert names(book, ids_of(office, nested)) == ["dee", "eve"]


def test_empty_groups_place_no_condition(office: Office, book: Book) -> None:
    everyone = ids_of(office, {"op": "and", "items": []})
    assert len(everyone) == 8 and set(book.all) <= set(everyone)
    assert ids_of(office, {"op": "or", "items": []}) == everyone
    golf = {"dim": "tag", "values": ["golf"]}
    # AND(x, OR()) is x, and OR(x, AND()) is x too, not everyone
    assert names(
        book, ids_of(office, {"op": "and", "items": [golf, {"op": "or", "items": []}]})
    ) == ["ann", "cai"]
    assert names(
        book, ids_of(office, {"op": "or", "items": [golf, {"op": "and", "items": []}]})
    ) == ["ann", "cai"]
    nested_empty = {"op": "or", "items": [{"op": "and", "items": [{"op": "or", "items": []}]}]}
    assert segments.parse(nested_empty).is_empty()
    assert ids_of(office, nested_empty) == everyone


def test_round_trip_through_json() -> None:
    data = {
        "op": "or",
        "items": [
            {"dim": "custom", "field": "golf", "min": "7.5", "max": 10},
            {"op": "and", "items": [{"dim": "tier", "values": ["hnw"]}]},
        ],
    }
    assert segments.parse(data).to_json() == data


BAD = [
    ("not a dict", "A filter group needs an operator and a list of conditions."),
    ({"op": "xor", "items": []}, "A filter group combines its conditions with 'and' or 'or'."),
    (one(dim="colour", values=["red"]), "Unknown filter dimension: 'colour'."),
    (
        one(dim="tier", values=["gold"]),
        "'gold' is not a tier; use one of mass, affluent, hnw, uhnw.",
    ),
    (one(dim="tier", values=[]), "Pick at least one value for 'tier'."),
    (one(dim="tier", values="hnw"), "The values of 'tier' must be a list of texts."),
    (one(dim="age"), "Give a lower or an upper bound for 'age'."),
    (one(dim="age", min=50, max=40), "The lower bound of 'age' is above its upper bound."),
    (one(dim="age", min="old"), "The range of 'age' must be numbers."),
    (one(dim="age", min=True), "The range of 'age' must be numbers."),
    (one(dim="custom", values=["1"]), "A custom-field condition must name the field."),
    (one(dim="custom", field="golf"), "Give values or a range for the custom field."),
    (
        {
            "op": "and",
            "items": [
                {
                    "op": "and",
                    "items": [
                        {
                            "op": "and",
                            "items": [{"op": "and", "items": [{"op": "and", "items": []}]}],
                        }
                    ],
                }
            ],
        },
        "Filter groups can be nested at most 4 deep.",
    ),
    (
        {"op": "and", "items": [{"dim": "tag", "values": ["x"]}] * 51},
        "A filter can hold at most 50 conditions.",
    ),
]


@pytest.mark.parametrize(("data", "message"), BAD, ids=[m for _, m in BAD])
def test_bad_definitions_get_one_clear_line(data: Any, message: str) -> None:
    with pytest.raises(segments.SegmentError) as caught:
        segments.parse(data)
    assert str(caught.value) == message


def test_bad_custom_fields_are_found_when_compiled(office: Office, book: Book) -> None:
    with office.session() as s:
        with pytest.raises(segments.SegmentError, match=r"There is no custom field 'shoe'\."):
            segments.count(s, segments.parse(one(dim="custom", field="shoe", values=["1"])), TODAY)
        from app.clients import ClientService

        ClientService(s).define_custom_field("note", "Note", "备注", "text")
        with pytest.raises(segments.SegmentError, match="Only number, money and date fields"):
            segments.count(s, segments.parse(one(dim="custom", field="note", min=1)), TODAY)
        with pytest.raises(segments.SegmentError, match="yyyymmdd"):
            segments.count(s, segments.parse(one(dim="custom", field="joined", min=2020)), TODAY)

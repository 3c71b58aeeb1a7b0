"""Bulk inserts run each bind processor once per distinct value; what is stored is what
the ORM would have stored, however alike the values look (1 and True, [] and [False])."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from db import bulk
from db.bulk import bulk_insert
from db.models import Client
from db.office import Office

LISTS = [[], [True], [1], ["1"], [False, 0], ["bonds", "funds"], [], [1], [True]]


def test_memo_keys_tell_apart_values_that_compare_equal() -> None:
    keys = [bulk._memo_key(v) for v in LISTS]
    assert keys[1] != keys[2] != keys[3]
    assert keys[0] == keys[6] and keys[2] == keys[7] and keys[1] == keys[8]
    assert bulk._memo_key(1) != bulk._memo_key(True)
    # types whose equal values may print differently are never memoised
    assert bulk._memo_key(0.0) is None and bulk._memo_key([0.0]) is None
    assert bulk._memo_key(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) is None
    assert bulk._memo_key({"a": 1}) is None and bulk._memo_key([[1]]) is None


def test_memoised_processor_runs_once_per_distinct_value() -> None:
    calls: list[object] = []

    def process(value: object) -> str:
        calls.append(value)
        return repr(value)

    run = bulk._memoised(process)
    out = [run(v) for v in LISTS]
    assert out == [repr(v) for v in LISTS]
    assert len(calls) == 6  # [], [True], [1], ["1"], [False, 0], ["bonds", "funds"]
    assert run(0.5) == "0.5" and run(0.5) == "0.5" and calls[-2:] == [0.5, 0.5]


def test_bulk_rows_read_back_as_given(office: Office) -> None:
    now = dt.datetime.now(dt.UTC)
    with office.transaction() as s:
        first = (s.scalar(select(func.max(Client.id))) or 0) + 1
        rows = [
            {
                "id": first + i,
                "version": 1,
                "legal_name": f"Bulk {i}",
                "sort_name": f"bulk {i}",
                "status": "active",
                "tier": "mass",
                "created_at": now,
                "updated_at": now,
                "preferred_assets": value,
                "themes": LISTS[-1 - i],
            }
            for i, value in enumerate(LISTS)
        ]
        bulk_insert(s, Client.__table__, rows)
    with office.session() as s:
        stored = s.execute(
            select(Client.preferred_assets, Client.themes)
            .where(Client.id >= first)
            .order_by(Client.id)
        ).all()
    assert [list(r) for r in stored] == [[v, LISTS[-1 - i]] for i, v in enumerate(LISTS)]
    assert [type(x) for r in stored for x in r[0]] == [type(x) for v in LISTS for x in v]


def test_columns_every_row_leaves_empty_are_stored_as_null(office: Office) -> None:
    now = dt.datetime.now(dt.UTC)
    with office.transaction() as s:
        first = (s.scalar(select(func.max(Client.id))) or 0) + 1
        rows = [
            {
                "id": first + i,
                "legal_name": f"Empty {i}",
                "sort_name": f"empty {i}",
                "owner": None,  # None in every row: left out of the INSERT
                "occupation": "teacher" if i == 1 else None,  # None in some rows only
                "created_at": now,
                "updated_at": now,
            }
            for i in range(3)
        ]
        bulk_insert(s, Client.__table__, rows)
    with office.session() as s:
        stored = s.execute(
            select(Client.owner, Client.occupation, Client.themes, Client.version, Client.status)
            .where(Client.id >= first)
            .order_by(Client.id)
        ).all()
    assert [tuple(r) for r in stored] == [
        (None, None, [], 1, "prospect"),
        (None, "teacher", [], 1, "prospect"),
        (None, None, [], 1, "prospect"),
    ]
    assert bulk._always_null(Client.__table__, "owner", rows)
    assert not bulk._always_null(Client.__table__, "occupation", rows)
    # a column with a default keeps an explicit None (Core would send it too)
    assert not bulk._always_null(Client.__table__, "status", [{"status": None}])


def test_search_entries_without_short_keys(office: Office) -> None:
    """put_many with no short keys at all (a name of only punctuation) indexes the body
    and writes no key rows, rather than running the key INSERT with no parameters."""
    from sqlalchemy import text

    from db import search_index

    with office.transaction() as s:
        search_index.put_many(s, [(987654, "-", [])])
        assert s.scalar(text("SELECT count(*) FROM client_fts WHERE rowid = 987654")) == 1
        assert s.scalar(text("SELECT count(*) FROM search_key WHERE client_id = 987654")) == 0

"""Search as you type, filters, sorting and paging over a real encrypted office."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, select

import app.client_list
from app.cards import ClientCard, DocumentData, EmailData, PhoneData
from app.client_list import ClientListService, ListQuery
from app.clients import ClientService
from db import search_index
from db.models import Client
from db.office import Office, open_office
from tests.conftest import PASSPHRASE

# (legal name, chinese name, phone, email, id number, dob, tags, status, owner, next review)
PEOPLE = [
    ("王伟", "王伟", "13812345678", "wei.wang@example.com", "110101199003071233",
     dt.date(1990, 3, 7), ["vip", "艺术"], "active", "alice", dt.date(2027, 3, 1)),
    ("王伟明", "王伟明", "13900001111", "wm@corp.cn", None, None,
     ["philanthropy"], "active", "bob", dt.date(2027, 1, 1)),
    ("李娜", "李娜", "13700002222", "lina@tennis.cn", None, None,
     ["vip"], "prospect", "alice", None),
    ("张三丰", "张三丰", "13600003333", "sanfeng@wudang.cn", None, None,
     ["taichi"], "dormant", "carol", dt.date(2026, 12, 24)),
    ("Alice Wang", None, "+1 415 555 0100", "alice.w@example.org", None, None,
     ["vip"], "active", "bob", dt.date(2027, 6, 30)),
    ("王芳", "王芳", "13500004444", "fang@example.com", None, None,
     [], "former", "alice", None),
    ("陈静", "陈静", "13400005555", "jing.chen@example.com", None, None,
     ["艺术"], "active", "carol", dt.date(2027, 2, 2)),
    ("刘洋", "刘洋", "13300006666", "liuyang@example.com", None, None,
     [], "prospect", None, None),
    ("Bob Smith", None, "+44 20 7946 0958", "bob.smith@example.co.uk", None, None,
     ["golf"], "active", "alice", dt.date(2027, 4, 4)),
    ("赵敏", "赵敏", "13200007777", "zhaomin@example.com", None, None,
     [], "active", "bob", None),
    ("孙丽", "孙丽", "13100008888", "sunli@example.com", "11010519491231002X",
     dt.date(1949, 12, 31), ["golf"], "dormant", None, None),
    ("周杰", "周杰", "18600009999", "zhoujie@example.com", None, None,
     ["vip"], "active", "carol", dt.date(2027, 5, 5)),
]  # fmt: skip


@pytest.fixture(scope="module")
def office(tmp_path_factory, template_office_bytes: bytes):  # type: ignore[no-untyped-def]
    """The 12 people above (the template's 3 clients are removed first)."""
    path: Path = tmp_path_factory.mktemp("search") / "office.db"
    path.write_bytes(template_office_bytes)
    opened = open_office(path, PASSPHRASE)
    with opened.transaction() as s:
        for row in s.scalars(select(Client)).all():
            search_index.remove(s, row.id)
            s.delete(row)
    with opened.transaction() as s:
        svc = ClientService(s)
        for legal, chinese, phone, email, id_no, dob, tags, status, owner, review in PEOPLE:
            svc.create(
                ClientCard(
                    legal_name=legal,
                    chinese_name=chinese,
                    nationality="CN" if chinese else "US",
                    phones=[PhoneData(phone)],
                    emails=[EmailData(email)],
                    documents=[DocumentData("prc_id", id_no)] if id_no else [],
                    date_of_birth=dob,
                    tags=tags,
                    status=status,
                    owner=owner,
                    next_review=review,
                )
            )
    yield opened
    opened.close()


@pytest.fixture
def svc(office: Office):  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        yield ClientListService(s)


def names(svc: ClientListService, text: str, **kw) -> set[str]:  # type: ignore[no-untyped-def]
    query = ListQuery(text=text, **kw)
    rows = svc.page(query, limit=1000)
    found = {r.legal_name for r in rows}
    assert svc.count(query) == len(rows), f"count() disagrees with page() for {text!r}"
    assert len(found) == len(rows), "a client appeared twice"
    return found


def test_the_office_holds_exactly_the_twelve(svc: ClientListService) -> None:
    # "former" cards (merged away, or clients who left) are listed when asked for
    assert names(svc, "") == {p[0] for p in PEOPLE if p[7] != "former"}
    assert names(svc, "", status="former") == {"王芳"}
    assert names(svc, "王", status="former") == {"王芳"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2-character Chinese names: under FTS5's trigram minimum
        ("王伟", {"王伟", "王伟明"}),
        ("伟明", {"王伟明"}),
        ("李娜", {"李娜"}),
        ("三丰", {"张三丰"}),
        ("张三丰", {"张三丰"}),
        # one character
        ("王", {"王伟", "王伟明"}),  # and 王芳, a former client (listed when asked for)
        ("李", {"李娜"}),
        ("丰", {"张三丰"}),
        # full pinyin and initials
        ("wangwei", {"王伟", "王伟明"}),
        ("wangweiming", {"王伟明"}),
        ("WangWei", {"王伟", "王伟明"}),
        ("ww", {"王伟", "王伟明"}),
        ("wwm", {"王伟明"}),
        ("zsf", {"张三丰"}),
        ("wang", {"王伟", "王伟明", "Alice Wang"}),
        ("alice", {"Alice Wang"}),
        ("smith", {"Bob Smith"}),
        # phone fragments, with and without the country code
        ("12345678", {"王伟"}),
        ("1381234", {"王伟"}),
        ("8613812345678", {"王伟"}),
        ("4155550100", {"Alice Wang"}),
        ("2079460958", {"Bob Smith"}),
        # e-mail fragments
        ("tennis", {"李娜"}),
        ("alice.w@", {"Alice Wang"}),
        ("example.co.uk", {"Bob Smith"}),
        # identity-number tails, including the X check character in either case
        ("1233", {"王伟"}),
        ("002x", {"孙丽"}),
        ("002X", {"孙丽"}),
        # tags, including a 2-character Chinese one
        ("philanthropy", {"王伟明"}),
        ("taichi", {"张三丰"}),
        ("艺术", {"王伟", "陈静"}),
        # several terms: all must match
        ("王 vip", {"王伟"}),
        ("wang vip", {"王伟", "Alice Wang"}),
        ("ww philanthropy", {"王伟明"}),
        ("  王伟   明  ", {"王伟明"}),
    ],
)
def test_search_finds_exactly(svc: ClientListService, text: str, expected: set[str]) -> None:
    assert names(svc, text) == expected


@pytest.mark.parametrize(
    "text",
    ["李王", "wwx", "wangxiaoming", "19999999", "nobody@", "9876", "伟李", "lina vip golf"],
)
def test_no_false_positives(svc: ClientListService, text: str) -> None:
    assert names(svc, text) == set()


def test_li_does_not_find_wang_wei(svc: ClientListService) -> None:
    assert "王伟" not in names(svc, "李")
    assert "王伟" not in names(svc, "ln")
    assert "Alice Wang" not in names(svc, "ww")


@pytest.mark.parametrize(
    "text", ['"', '"王', "*", "a*", "AND", "OR 王", "(", "NEAR(", "%", "_", "'", "\\", "-", "^"]
)
def test_fts_syntax_is_taken_literally(svc: ClientListService, text: str) -> None:
    """Whatever an advisor types is a search term, never FTS5 query syntax."""
    names(svc, text)  # must not raise


def test_filters(svc: ClientListService) -> None:
    assert names(svc, "", status="dormant") == {"张三丰", "孙丽"}
    assert names(svc, "", owner="carol") == {"张三丰", "陈静", "周杰"}
    assert names(svc, "", tag="golf") == {"Bob Smith", "孙丽"}
    assert names(svc, "王", owner="alice") == {"王伟"}
    assert names(svc, "", status="active", tag="vip") == {"王伟", "Alice Wang", "周杰"}
    assert names(svc, "", tier="hnw") == set()
    assert names(svc, "", tier="mass") == {p[0] for p in PEOPLE if p[7] != "former"}


@pytest.fixture
def statements(svc: ClientListService):  # type: ignore[no-untyped-def]
    """Every SQL statement the list service sends while the test runs."""
    seen: list[str] = []
    engine = svc.session.get_bind()

    def grab(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", grab)
    yield seen
    event.remove(engine, "before_cursor_execute", grab)


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("name", lambda r, c: c.sort_name),
        ("owner", lambda r, c: c.owner),
        ("status", lambda r, c: c.status),
        ("next_review", lambda r, c: c.next_review),
        ("chinese_name", lambda r, c: c.chinese_name),
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_happens_in_sql(  # type: ignore[no-untyped-def]
    svc: ClientListService, statements: list[str], sort: str, key, descending: bool
) -> None:
    query = ListQuery(sort=sort, descending=descending)
    rows = svc.page(query, limit=1000)
    clients = {c.id: c for c in svc.session.scalars(select(Client))}

    def sort_key(row):  # type: ignore[no-untyped-def]
        value = key(row, clients[row.id])
        # SQLite orders NULL first ascending (and so last descending)
        return (value is not None, value if value is not None else "", row.id)

    assert [r.id for r in rows] == [r.id for r in sorted(rows, key=sort_key, reverse=descending)]
    column = {"name": "sort_name"}.get(sort, sort)
    assert any(f"ORDER BY client.{column}" in s for s in statements), statements


def test_sort_name_puts_chinese_names_by_pinyin(svc: ClientListService) -> None:
    rows = svc.page(ListQuery(sort="name"), limit=1000)
    order = [r.legal_name for r in rows]
    assert order.index("Alice Wang") < order.index("Bob Smith") < order.index("陈静")
    assert order.index("李娜") < order.index("刘洋") < order.index("孙丽") < order.index("王伟")
    assert order.index("王伟") < order.index("王伟明") < order.index("张三丰")


@pytest.mark.parametrize("text", ["", "王", "wang", "vip", "ww"])
def test_pages_concatenate_to_the_whole_list(svc: ClientListService, text: str) -> None:
    query = ListQuery(text=text)
    whole = [r.id for r in svc.page(query, limit=1000)]
    paged: list[int] = []
    for offset in range(0, len(whole) + 3, 3):
        paged += [r.id for r in svc.page(query, offset=offset, limit=3)]
    assert paged == whole
    assert svc.ids(query, limit=1000) == whole
    assert svc.count(query) == len(whole)


def test_rows_carry_phone_and_tags(svc: ClientListService) -> None:
    (row,) = svc.page(ListQuery(text="12345678"))
    assert row.phone == "+8613812345678"
    assert row.tags == ["vip", "艺术"]
    assert row.name == "王伟"


def test_large_match_path_gives_the_same_answer(
    svc: ClientListService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above WALK_INDEX_ABOVE matches the list takes another query plan; lower the
    threshold so these twelve clients take it too, and compare the answers."""
    queries = [ListQuery(text=t, sort=s) for t in ("王", "wang", "vip") for s in ("name", "owner")]
    before = [(svc.count(q), svc.ids(q, limit=1000)) for q in queries]
    monkeypatch.setattr(app.client_list, "WALK_INDEX_ABOVE", 1)
    after = [(svc.count(q), svc.ids(q, limit=1000)) for q in queries]
    assert after == before


def test_an_edit_is_searchable_at_once(office: Office) -> None:
    with office.transaction() as s:
        (cid,) = ClientListService(s).ids(ListQuery(text="刘洋"))
        card = ClientService(s).load(cid)
        card.phones = [PhoneData("13011112222")]
        card.tags = ["newtag"]
        ClientService(s).save(card)
    with office.transaction() as s:
        svc = ClientListService(s)
        assert names(svc, "13011112222") == {"刘洋"}
        assert names(svc, "newtag") == {"刘洋"}
        assert names(svc, "13300006666") == set()
        assert names(svc, "ly") == {"刘洋"}

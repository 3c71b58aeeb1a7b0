"""Duplicate detection on a demo office seeded with known duplicates: the right reasons,
and precision and recall within sensible bounds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cards import ClientCard, DocumentData, EmailData, PhoneData
from app.clients import ClientService
from app.demo import build_demo
from app.demo_duplicates import known_duplicates
from app.duplicates import candidates_for, find_duplicates, precision_recall
from db.office import Office, create_office
from tests.conftest import PASSPHRASE

EXPECTED_REASON = {
    "id_number": "id_number",
    "phone": "phone",
    "email": "email",
    "chinese_name": "chinese_name",
    "pinyin": "pinyin",
    "latin_name": "latin_name",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    path: Path = tmp_path_factory.mktemp("dups") / "demo.db"
    office = create_office(path, PASSPHRASE)
    try:
        build_demo(office, clients=1200, seed=5)
        yield office
    finally:
        office.close()


def test_seeded_duplicates_are_found_with_their_reason(demo: Office) -> None:
    with demo.session() as s:
        truth = known_duplicates(s)
        found = find_duplicates(s)
    assert len(truth) >= 6 and set(truth.values()) == set(EXPECTED_REASON)
    by_pair = {(p.first_id, p.second_id): p for p in found}
    for pair, kind in truth.items():
        assert pair in by_pair, f"seeded {kind} duplicate {pair} not found"
        assert EXPECTED_REASON[kind] in by_pair[pair].reasons
    stats = precision_recall(found, set(truth))
    assert stats["recall"] == 1.0
    assert stats["precision"] >= 0.8, stats
    # ranked: an ID-number match outranks a shared phone alone
    scores = [p.score for p in found]
    assert scores == sorted(scores, reverse=True)
    top = next(p for p in found if "id_number" in p.reasons)
    phone_only = next(p for p in found if p.reasons == ["phone"])
    assert top.score > phone_only.score
    assert top.first_name and top.second_name


def test_entry_time_candidates(office: Office) -> None:
    with office.transaction() as s:
        svc = ClientService(s)
        wang = svc.create(
            ClientCard(
                legal_name="王伟",
                chinese_name="王伟",
                date_of_birth=dt.date(1980, 3, 15),
                documents=[DocumentData("passport", "E12345678", "CN")],
            )
        )
        smith = svc.create(
            ClientCard(legal_name="Jonathan Smith", date_of_birth=dt.date(1970, 1, 2))
        )
    with office.session() as s:
        got = candidates_for(s, ClientCard(legal_name="王巍", date_of_birth=dt.date(1980, 3, 15)))
        assert [(c.client_id, c.reasons) for c in got] == [(wang, ("pinyin",))]
        got = candidates_for(
            s, ClientCard(legal_name="Jonathon Smith", date_of_birth=dt.date(1970, 1, 2))
        )
        assert [(c.client_id, c.reasons) for c in got] == [(smith, ("latin_name",))]
        got = candidates_for(
            s,
            ClientCard(
                legal_name="Someone",
                phones=[PhoneData("+86 138 0013 8000")],
                emails=[EmailData("CLIENT1@example.com")],
                documents=[DocumentData("passport", "e1234 5678", "CN")],
            ),
        )
        assert {c.reasons for c in got} == {("phone",), ("email",), ("id_number",)}
        assert got[0].client_id == wang  # the ID number ranks first
        # unrelated: nobody
        assert (
            candidates_for(s, ClientCard(legal_name="Nobody", date_of_birth=dt.date(1950, 5, 5)))
            == []
        )

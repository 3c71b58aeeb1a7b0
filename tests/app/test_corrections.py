"""The card's correction history (PIPL's right to correction): kept, append-only, exported,
and erased with the person."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.cards import ClientCard, DocumentData, PhoneData
from app.clients import ClientService
from app.erasure import erase_client
from app.subject_export import collect
from db.office import Office

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def client_id(office: Office) -> int:
    with office.transaction() as s:
        return ClientService(s, actor="alice").create(
            ClientCard(
                legal_name="王伟",
                occupation="Engineer",
                phones=[PhoneData("13812345678")],
                documents=[DocumentData("passport", "E12345678", "CN")],
            )
        )


def _edit(office: Office, client_id: int, actor: str, **changes: object) -> None:
    with office.transaction() as s:
        svc = ClientService(s, actor=actor)
        card = svc.load(client_id)
        for name, value in changes.items():
            setattr(card, name, value)
        svc.save(card)


def test_each_correction_is_kept_field_by_field(office: Office, client_id: int) -> None:
    _edit(office, client_id, "bob", occupation="Investor", phones=[PhoneData("13900001111")])
    _edit(office, client_id, "carol", occupation="Retired")
    with office.session() as s:
        history = ClientService(s).changes(client_id)
    fields = [(h.actor, h.field, h.before, h.after) for h in history]
    assert ("carol", "occupation", "Investor", "Retired") in fields
    assert ("bob", "occupation", "Engineer", "Investor") in fields
    assert ("bob", "phones", "mobile +8613812345678", "mobile +8613900001111") in fields
    assert history[-1].field == "(created)" and history[-1].actor == "alice"
    assert history[0].actor == "carol"  # newest first
    # an unchanged save records nothing
    _edit(office, client_id, "dave")
    with office.session() as s:
        assert len(ClientService(s).changes(client_id)) == len(history)


def test_identity_numbers_are_masked_in_the_history(office: Office, client_id: int) -> None:
    _edit(office, client_id, "bob", documents=[DocumentData("prc_id", ID_NUMBER, "CN")])
    with office.session() as s:
        [doc_change] = [h for h in ClientService(s).changes(client_id) if h.field == "documents"]
    assert "1101**********002X" in (doc_change.after or "")
    assert ID_NUMBER not in (doc_change.after or "") + (doc_change.before or "")
    assert "E12345678" not in (doc_change.before or "")


def test_history_refuses_update_and_delete_even_in_raw_sql(office: Office, client_id: int) -> None:
    for sql in ("UPDATE client_change SET after = 'forged'", "DELETE FROM client_change"):
        with pytest.raises(DBAPIError, match="append-only"), office.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    with pytest.raises(DBAPIError, match="append-only"), office.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO client_change (id, client_id, changed_at, actor, field) "
            "SELECT id, client_id, changed_at, 'mallory', field FROM client_change LIMIT 1"
        )
    with office.session() as s:
        assert s.execute(text("SELECT count(*) FROM client_change")).scalar() >= 1
        assert (
            s.execute(text("SELECT count(*) FROM client_change WHERE actor = 'mallory'")).scalar()
            == 0
        )


def test_history_is_exported_and_goes_with_an_erasure(office: Office, client_id: int) -> None:
    _edit(office, client_id, "bob", occupation="Investor")
    with office.session() as s:
        exported = collect(s, client_id)["tables"]["client_change"]
    assert {r["field"] for r in exported} >= {"(created)", "occupation"}
    with office.transaction() as s:
        erase_client(s, client_id, "compliance", "client's request")
    with office.session() as s:
        assert ClientService(s).changes(client_id) == []

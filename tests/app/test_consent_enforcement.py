"""Storing an identity number needs a valid sensitive-information consent when the office
enforces consent: "block" refuses the save, "warn" asks for an acknowledgement and records
it. Off by default, so offices (and the foundation's tests) keep working until switched on."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.cards import ClientCard, DocumentData
from app.clients import ClientService
from app.consent import ConsentAcknowledgementRequired, ConsentService
from app.settings import SettingsService
from app.validation import ValidationError
from db.models import AccessEvent, Client, IdentityDocument
from db.office import Office
from tests.app.consent_helpers import new_client, publish_notices

ID_NUMBER = "110101199003071233"  # valid PRC ID, born 1990-03-07
PASSPORT = "E12345678"


def card_with_id(name: str = "Wang Wei") -> ClientCard:
    return ClientCard(
        legal_name=name,
        documents=[DocumentData("prc_id", ID_NUMBER, "CN")],
        date_of_birth=dt.date(1990, 3, 7),
    )


def enforce(office: Office, mode: str | None) -> None:
    with office.transaction() as s:
        settings = SettingsService(s)
        settings.set("consent.enforce", mode is not None)
        if mode is not None:
            settings.set("consent.sensitive_without_consent", mode)


def counts(office: Office) -> tuple[int, int, int]:
    with office.session() as s:
        return (
            int(s.scalar(select(func.count(Client.id))) or 0),
            int(s.scalar(select(func.count(IdentityDocument.id))) or 0),
            int(
                s.scalar(
                    select(func.count(AccessEvent.id)).where(
                        AccessEvent.action == "sensitive_without_consent"
                    )
                )
                or 0
            ),
        )


def test_off_by_default_documents_save_as_before(office: Office) -> None:
    with office.session() as s:
        assert SettingsService(s).get("consent.enforce") is False
        assert SettingsService(s).get("consent.sensitive_without_consent") == "warn"
    before = counts(office)
    with office.transaction() as s:
        ClientService(s).create(card_with_id())
    assert counts(office) == (before[0] + 1, before[1] + 1, 0)


def test_block_refuses_the_number_on_its_field_and_changes_nothing(office: Office) -> None:
    enforce(office, "block")
    before = counts(office)
    with office.transaction() as s:
        with pytest.raises(ValidationError) as info:
            ClientService(s).create(card_with_id())
    assert [e.field for e in info.value.errors] == ["documents.0.number"]
    assert "consent" in str(info.value) and ID_NUMBER[-4:] not in str(info.value)
    assert counts(office) == before

    # an existing client: adding the number is refused until the consent is recorded
    with office.transaction() as s:
        ids = publish_notices(s)
        cid = new_client(s, "Li Na")
    with office.transaction() as s:
        svc = ClientService(s)
        card = svc.load(cid)
        card.documents = [DocumentData("passport", "e1234 5678", "CN")]
        with pytest.raises(ValidationError) as info:
            svc.save(card)
        assert [e.field for e in info.value.errors] == ["documents.0.number"]
        with pytest.raises(ValidationError):  # acknowledging does not lift a block
            svc.save(card, acknowledge_missing_consent=True)
    with office.transaction() as s:
        ConsentService(s).grant(
            cid, "sensitive_pi", notice_id=ids["p2"], capture_method="signed_paper"
        )
    with office.transaction() as s:
        svc = ClientService(s)
        card = svc.load(cid)
        card.documents = [DocumentData("passport", "e1234 5678", "CN")]
        svc.save(card)
    with office.session() as s:
        assert [d.number for d in ClientService(s).load(cid).documents] == [PASSPORT]


def test_warn_asks_for_an_acknowledgement_then_records_it(office: Office) -> None:
    enforce(office, "warn")
    before = counts(office)
    with office.transaction() as s:
        with pytest.raises(ConsentAcknowledgementRequired) as info:
            ClientService(s).create(card_with_id())
    assert info.value.fields == ["documents.0.number"] and info.value.client_id is None
    assert "consent" in str(info.value)
    assert counts(office) == before

    with office.transaction() as s:
        cid = ClientService(s, actor="Chen Jing").create(
            card_with_id(), acknowledge_missing_consent=True
        )
    assert counts(office) == (before[0] + 1, before[1] + 1, 1)
    with office.session() as s:
        event = s.scalars(
            select(AccessEvent).where(AccessEvent.action == "sensitive_without_consent")
        ).one()
    assert (event.client_id, event.actor) == (cid, "Chen Jing")
    assert ID_NUMBER[-4:] in event.detail and ID_NUMBER not in event.detail  # masked

    # saving the card again stores nothing new: no question, no second record
    with office.transaction() as s:
        svc = ClientService(s)
        card = svc.load(cid)
        card.occupation = "Engineer"
        svc.save(card)
    assert counts(office)[2] == 1

    # a second number is new again
    with office.transaction() as s:
        svc = ClientService(s)
        card = svc.load(cid)
        card.documents.append(DocumentData("passport", PASSPORT, "CN"))
        with pytest.raises(ConsentAcknowledgementRequired) as info:
            svc.save(card)
        assert info.value.fields == ["documents.1.number"] and info.value.client_id == cid
        svc.save(card, acknowledge_missing_consent=True)
    assert counts(office)[2] == 2


def test_a_withdrawn_sensitive_consent_no_longer_covers_new_numbers(office: Office) -> None:
    enforce(office, "block")
    with office.transaction() as s:
        ids = publish_notices(s)
        cid = new_client(s, "Zhang Min")
        ConsentService(s).grant(
            cid, "sensitive_pi", notice_id=ids["p2"], capture_method="in_person"
        )
    with office.transaction() as s:
        ConsentService(s).withdraw(cid, "sensitive_pi", channel="wechat", reason="changed mind")
    with office.transaction() as s:
        svc = ClientService(s)
        card = svc.load(cid)
        card.documents = [DocumentData("passport", PASSPORT, "CN")]
        with pytest.raises(ValidationError):
            svc.save(card)


def test_the_mode_setting_accepts_only_warn_or_block(office: Office) -> None:
    with office.transaction() as s:
        with pytest.raises(ValueError, match="warn, block"):
            SettingsService(s).set("consent.sensitive_without_consent", "maybe")

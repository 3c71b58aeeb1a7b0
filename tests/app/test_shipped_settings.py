"""What a new office does before anyone changes a setting."""

from __future__ import annotations

import pytest

from app.cards import ClientCard, DocumentData
from app.clients import ClientService
from app.consent import ConsentAcknowledgementRequired
from app.settings import SettingsService
from db.office import Office

pytestmark = pytest.mark.shipped_settings


def test_consent_enforcement_is_on_and_warns_by_default(office: Office) -> None:
    with office.session() as s:
        settings = SettingsService(s)
        assert settings.get("consent.enforce") is True
        assert settings.get("consent.sensitive_without_consent") == "warn"
    card = ClientCard(
        legal_name="王伟",
        documents=[DocumentData("prc_id", "11010519491231002X")],
    )
    with pytest.raises(ConsentAcknowledgementRequired), office.transaction() as s:
        ClientService(s).create(card)
    with office.transaction() as s:
        client_id = ClientService(s).create(card, acknowledge_missing_consent=True)
    assert client_id > 0

"""Shared fixtures: real SQLCipher offices in tmp_path, never a mock of the database.

Creating an office costs one key derivation (~0.2 s), so one small populated office is
built per test session and copied byte for byte into each test's own folder (a closed
office is a single self-contained file). Opening a copy still derives its key once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.cards import ClientCard, EmailData, PhoneData  # noqa: E402
from app.clients import ClientService  # noqa: E402
from app.settings import OPTIONS  # noqa: E402
from db.office import Office, create_office, open_office  # noqa: E402

PASSPHRASE = "correct horse battery staple 7"
TEMPLATE_CLIENTS = 3
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    """Names of SQLite's side files next to `path` that exist right now."""
    return sorted(
        path.name + sfx for sfx in SIDECAR_SUFFIXES if path.with_name(path.name + sfx).exists()
    )


@pytest.fixture(scope="session")
def template_office_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("template") / "template.db"
    office = create_office(path, PASSPHRASE)
    try:
        with office.transaction() as s:
            svc = ClientService(s)
            for i in range(TEMPLATE_CLIENTS):
                svc.create(
                    ClientCard(
                        legal_name=f"Template Client {i}",
                        phones=[PhoneData(f"+86 138 0013 800{i}")],
                        emails=[EmailData(f"client{i}@example.com")],
                    )
                )
    finally:
        office.close()
    assert sidecars(path) == []
    return path.read_bytes()


@pytest.fixture
def office_path(tmp_path: Path, template_office_bytes: bytes) -> Path:
    """A fresh, closed, healthy office file (3 clients) in this test's own folder."""
    path = tmp_path / "office.db"
    path.write_bytes(template_office_bytes)
    return path


@pytest.fixture
def office(office_path: Path) -> Iterator[Office]:
    opened = open_office(office_path, PASSPHRASE)
    try:
        yield opened
    finally:
        opened.close()


SHIPPED_CONSENT_ENFORCE = OPTIONS["consent.enforce"]


@pytest.fixture(autouse=True, scope="session")
def _consent_enforcement_off() -> Iterator[None]:
    """The office ships with consent enforcement on (warn before storing an ID number
    without a sensitive-information consent). Most tests store ID numbers to test other
    things, so for them the default is off — for the whole session, since module-scoped
    offices are built before any function fixture runs. Consent tests switch it on
    explicitly through SettingsService; tests marked `shipped_settings` get the real
    default back."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(
            OPTIONS,
            "consent.enforce",
            dataclasses.replace(SHIPPED_CONSENT_ENFORCE, default=False),
        )
        yield


@pytest.fixture(autouse=True)
def _shipped_settings_when_marked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if request.node.get_closest_marker("shipped_settings"):
        monkeypatch.setitem(OPTIONS, "consent.enforce", SHIPPED_CONSENT_ENFORCE)

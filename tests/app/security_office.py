"""A small office with user accounts for the access and users tests: an admin, two
advisors who each own a client, an assistant and a compliance officer.

Built once per test session (each user costs one scrypt) and copied, office file and
key-slot file together, into each test's folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.cards import ClientCard, PhoneData
from app.clients import ClientService
from app.users import UserService
from db import unlock_attempts
from db.key_rotation import OfficeKeys
from db.key_slots import slot_path
from db.office import Office, create_office, open_office

ADMIN = "Ada Admin"
LI = "Li Ming"
CHEN = "Chen Jing"
ASSISTANT = "Wang Fang"
COMPLIANCE = "Zhou Min"
PASSPHRASES = {
    ADMIN: "admin passphrase one",
    LI: "li ming passphrase",
    CHEN: "chen jing passphrase",
    ASSISTANT: "assistant passphrase",
    COMPLIANCE: "compliance passphrase",
}
ROLES = {
    ADMIN: "admin",
    LI: "advisor",
    CHEN: "advisor",
    ASSISTANT: "assistant",
    COMPLIANCE: "compliance",
}


def build(path: Path) -> dict[str, int]:
    office = create_office(path, PASSPHRASES[ADMIN], admin=ADMIN)
    try:
        keys = OfficeKeys(office)
        with office.transaction() as s:
            users = UserService(s, keys)
            for name, role in ROLES.items():
                if name != ADMIN:
                    users.add(name, role, PASSPHRASES[name])
        ids = {}
        with office.transaction() as s:
            svc = ClientService(s)
            for owner in (LI, CHEN):
                ids[owner] = svc.create(
                    ClientCard(
                        legal_name=f"Client of {owner}",
                        owner=owner,
                        phones=[PhoneData("+86 138 0013 8000")],
                    )
                )
    finally:
        office.close()
    return ids


@pytest.fixture(scope="session")
def security_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("security") / "office.db"
    ids = build(path)
    return path, ids


@pytest.fixture
def secure_path(
    tmp_path: Path, security_template: tuple[Path, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(tmp_path / "state"))
    source, _ids = security_template
    path = tmp_path / "office.db"
    shutil.copy(source, path)
    shutil.copy(slot_path(source), slot_path(path))
    return path


@pytest.fixture
def client_ids(security_template: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return security_template[1]


@contextmanager
def signed_in(path: Path, name: str) -> Iterator[Office]:
    office = open_office(path, PASSPHRASES[name], user=name)
    try:
        yield office
    finally:
        office.close()

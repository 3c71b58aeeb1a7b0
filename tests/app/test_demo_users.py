"""The demo office's staff: the demo passphrase opens it as the admin; two advisors who
own demo clients, an assistant and a compliance officer open it with their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import access
from app.demo import build_demo
from app.demo_security import DEMO_ADMIN, DEMO_STAFF, build_demo_users
from db import unlock_attempts
from db.models import Client
from db.office import create_office, open_office

DEMO_PASSPHRASE = "demo-office-2026"  # the Makefile's ADVISORDESK_DEMO_PASSPHRASE


def test_demo_staff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(tmp_path / "state"))
    path = tmp_path / "demo.db"
    office = create_office(path, DEMO_PASSPHRASE, admin=DEMO_ADMIN)
    try:
        build_demo(office, clients=60, seed=7)
        assert build_demo_users(office) == []  # already there: nothing added twice
    finally:
        office.close()

    office = open_office(path, DEMO_PASSPHRASE)  # no name: the admin who created it
    try:
        assert office.user == DEMO_ADMIN
        with office.session() as s:
            assert access.current(s).role == "admin"
    finally:
        office.close()
    roles = sorted(role for role, _ in DEMO_STAFF.values())
    assert roles == ["advisor", "advisor", "assistant", "compliance"]
    for name, (role, passphrase) in DEMO_STAFF.items():
        office = open_office(path, passphrase, user=name)
        try:
            with office.session() as s:
                assert access.current(s).role == role
                if role == "advisor":
                    owned = s.scalar(
                        select(func.count()).select_from(Client).where(Client.owner == name)
                    )
                    assert owned and owned > 0, f"{name} owns no demo client"
        finally:
            office.close()


def test_one_passphrase_office_gets_no_demo_accounts(office_path: Path) -> None:
    from tests.conftest import PASSPHRASE

    office = open_office(office_path, PASSPHRASE)
    try:
        assert build_demo_users(office) == []
    finally:
        office.close()

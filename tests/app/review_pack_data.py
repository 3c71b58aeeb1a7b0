"""A small demo office (app/demo.py build_demo) for the review-pack tests, built once per
session and copied byte for byte into each test's folder, plus helpers to pick clients."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cards import ClientCard
from app.clients import ClientService
from app.demo import build_demo
from db.models import Client, FinancialSnapshot, IdentityDocument
from db.office import Office, create_office, open_office
from tests.pdf_tools import run

PASSPHRASE = "review packs 2026 demo"
DEMO_CLIENTS = 24
PRINTED = dt.date(2026, 11, 22)


@pytest.fixture(scope="session")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("packdemo") / "demo.db"
    office = create_office(path, PASSPHRASE)
    try:
        build_demo(office, clients=DEMO_CLIENTS, seed=7)
    finally:
        office.close()
    return path.read_bytes()


@pytest.fixture
def demo_path(tmp_path: Path, demo_bytes: bytes) -> Path:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_bytes)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Office]:
    office = open_office(demo_path, PASSPHRASE)
    try:
        yield office
    finally:
        office.close()


def chinese_client(session: Session) -> tuple[int, str, str]:
    """A demo client with a Chinese name, a PRC ID and a snapshot: (id, name, ID number)."""
    row = session.execute(
        select(Client.id, Client.chinese_name, IdentityDocument.number)
        .join(IdentityDocument, IdentityDocument.client_id == Client.id)
        .where(
            Client.chinese_name.is_not(None),
            Client.language == "zh",
            IdentityDocument.doc_type == "prc_id",
            Client.id.in_(select(FinancialSnapshot.client_id)),
        )
        .order_by(Client.id)
        .limit(1)
    ).one()
    return row.id, row.chinese_name, row.number


def bare_client(office: Office, name: str = "Bare Client", language: str = "en") -> int:
    """A client with nothing recorded but a name: no snapshot, consent, timeline or task."""
    with office.transaction() as session:
        return ClientService(session).create(ClientCard(legal_name=name, language=language))


def qpdf_ok(path: Path) -> None:
    """qpdf --check with no warnings at all (exit status 0)."""
    run("qpdf", "--version")  # fails the test clearly when qpdf is missing
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr

"""The clients'-rights commands: subject-export, consent-form, erase, purge. Expected
failures print one line on stderr and exit non-zero, leaving files and data as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

import main
from db.models import AccessEvent, Client
from db.office import open_office
from tests.app.privacy_data import ID_NUMBER, NAME, Built, build_rich_client
from tests.conftest import PASSPHRASE
from tests.pdf_tools import pdf_text


@pytest.fixture
def rich(office_path: Path, monkeypatch: pytest.MonkeyPatch) -> Built:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    office = open_office(office_path, PASSPHRASE)
    try:
        return build_rich_client(office)
    finally:
        office.close()


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("advisordesk: "), err
    assert ID_NUMBER not in err
    return err


def test_subject_export_command(
    office_path: Path, rich: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cid = str(rich.client_id)
    assert main.main(["subject-export", str(office_path), "--client", cid, "--out", str(out)]) == 0
    capsys.readouterr()
    data = json.loads((out / f"client-{cid}.json").read_text(encoding="utf-8"))
    assert data["tables"]["client"][0]["chinese_name"] == NAME
    assert NAME in pdf_text(out / f"client-{cid}.pdf")
    before = (out / f"client-{cid}.json").read_bytes()

    argv = ["subject-export", str(office_path), "--client", cid, "--out", str(out)]
    assert main.main(argv) == 2
    assert "already exists" in _one_line_error(capsys)
    assert (out / f"client-{cid}.json").read_bytes() == before
    argv = ["subject-export", str(office_path), "--client", "999", "--out", str(out)]
    assert main.main(argv) == 2
    assert "no client 999" in _one_line_error(capsys)
    argv = ["subject-export", str(office_path), "--client", cid, "--out", str(tmp_path / "no")]
    assert main.main(argv) == 2
    assert "does not exist" in _one_line_error(capsys)


def test_consent_form_command(
    office_path: Path, rich: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "form.pdf"
    argv = ["consent-form", str(office_path), "--client", str(rich.client_id), "--out", str(pdf)]
    assert main.main(argv) == 0
    capsys.readouterr()
    assert NAME in pdf_text(pdf)
    assert main.main(argv) == 2
    assert "already exists" in _one_line_error(capsys)
    argv[-1] = str(tmp_path / "missing" / "form.pdf")
    assert main.main(argv) == 2
    assert "does not exist" in _one_line_error(capsys)
    argv = ["consent-form", str(office_path), "--client", "1", "--out", str(tmp_path / "x.pdf")]
    argv += ["--notice", "no_such_notice"]
    assert main.main(argv) == 2
    assert "No notice no_such_notice" in _one_line_error(capsys)


def test_erase_and_purge_commands(
    office_path: Path,
    rich: Built,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cid = str(rich.client_id)
    base = ["erase", str(office_path), "--client", cid, "--reason", "letter of 2026-11-20"]
    # no terminal and no --yes: refused
    assert main.main(base) == 2
    assert "--yes" in _one_line_error(capsys)
    # a terminal, but the wrong answer: refused
    monkeypatch.setattr(main.sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "12345")
    assert main.main(base) == 2
    assert "Not confirmed" in _one_line_error(capsys)
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            assert s.get(Client, rich.client_id).legal_name == NAME  # type: ignore[union-attr]
    finally:
        office.close()
    assert main.main(["erase", str(office_path), "--client", "999", "--reason", "r", "--yes"]) == 2
    assert "no client 999" in _one_line_error(capsys)
    # confirmed by typing the client number
    monkeypatch.setattr("builtins.input", lambda _prompt: cid)
    assert main.main(base) == 0
    assert "Erased client" in capsys.readouterr().out
    assert main.main([*base, "--yes"]) == 2
    assert "already erased" in _one_line_error(capsys)

    assert main.main(["purge", str(office_path)]) == 0
    assert "0 erased client" in capsys.readouterr().out  # nothing is past retention today
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            row = s.get(Client, rich.client_id)
            assert row is not None and row.legal_name == f"Erased client #{cid}"
            actions = s.scalars(
                select(AccessEvent.action).where(AccessEvent.client_id == rich.client_id)
            ).all()
            assert "erase" in actions
    finally:
        office.close()

"""`main.py import / export / duplicates / quality`: summaries, exit codes, bad cases."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

import main
from app.cards import ClientCard, DocumentData, EmailData
from app.clients import ClientService
from db.models import AccessEvent, Client, Task
from db.models_audit import AuditEntry
from db.office import open_office
from tests.app.import_files import ROWS, ZHANG_ID, bad_checksum, excel_gb18030_csv
from tests.conftest import PASSPHRASE, sha256


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)


def _clients(path: Path) -> int:
    office = open_office(path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            return int(s.scalar(select(func.count()).select_from(Client)) or 0)
    finally:
        office.close()


def test_import_summary_dry_run_and_reimport(office_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = excel_gb18030_csv(tmp_path / "客户.csv")
    assert main.main(["import", str(office_path), str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "gb18030" in out and "Dry run, nothing was written: 3 new" in out
    assert _clients(office_path) == 3
    assert main.main(["import", str(office_path), str(source), "--save-mapping", "Excel"]) == 0
    assert "Imported: 3 new" in capsys.readouterr().out
    assert _clients(office_path) == 6
    assert main.main(["import", str(office_path), str(source), "--mapping", "Excel"]) == 0
    assert "0 new, 0 updated; skipped 3 (3 unchanged" in capsys.readouterr().out
    assert _clients(office_path) == 6


def test_import_with_errors_exits_non_zero_and_changes_nothing(
    office_path: Path,
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][1] = bad_checksum(rows[1][1])
    source = excel_gb18030_csv(tmp_path / "a.csv", rows)
    before = sha256(office_path)
    assert main.main(["import", str(office_path), str(source)]) == 1
    out = capsys.readouterr().out
    assert "row 3, column 身份证号" in out and "Nothing was imported" in out
    assert rows[1][1] not in out  # the number itself is never printed
    assert _clients(office_path) == 3
    assert sha256(office_path) == before or _clients(office_path) == 3
    assert main.main(["import", str(office_path), str(source), "--skip-invalid"]) == 0
    assert "Imported: 2 new" in capsys.readouterr().out
    assert _clients(office_path) == 5


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--encoding", "klingon"], "Unknown encoding"),
        (["--mapping", "Nope"], "no mapping template 'Nope'"),
    ],
)
def test_import_bad_arguments(office_path: Path, tmp_path: Path, capsys, argv, message) -> None:  # type: ignore[no-untyped-def]
    source = excel_gb18030_csv(tmp_path / "a.csv")
    assert main.main(["import", str(office_path), str(source), *argv]) == 2
    assert message in capsys.readouterr().err
    assert _clients(office_path) == 3


def test_import_missing_file(office_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main.main(["import", str(office_path), str(tmp_path / "none.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def _with_id(office_path: Path) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            ClientService(s).create(
                ClientCard(
                    legal_name="张伟",
                    documents=[DocumentData("prc_id", ZHANG_ID)],
                )
            )
            ClientService(s).create(ClientCard(legal_name="=HYPERLINK(evil)"))
    finally:
        office.close()


def test_export_masks_by_default_and_records_unmasked(
    office_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    _with_id(office_path)
    out = tmp_path / "clients.csv"
    cols = "id,legal_name,id_number,email"
    assert main.main(["export", str(office_path), "--out", str(out), "--columns", cols]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Chinese text
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Client no.", "Legal name", "PRC ID number", "E-mail"]
    zhang = next(r for r in rows if r[1] == "张伟")
    assert "'=HYPERLINK(evil)" in [r[1] for r in rows]  # never a live formula
    assert ZHANG_ID not in raw.decode("utf-8-sig") and zhang[2].endswith(ZHANG_ID[-4:])
    xlsx = tmp_path / "full.xlsx"
    assert (
        main.main(["export", str(office_path), "--out", str(xlsx), "--columns", cols, "--unmasked"])
        == 0
    )
    assert "recorded" in capsys.readouterr().out
    sheet = load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ZHANG_ID in [v[2] for v in values]
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            actions = s.scalars(select(AccessEvent.action)).all()
            assert (
                actions.count("client_export") == 1 and actions.count("client_export_unmasked") == 1
            )
            assert "client_export_unmasked" in s.scalars(select(AuditEntry.action)).all()
    finally:
        office.close()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--columns", "id,shoe_size"], "Unknown column(s): shoe_size"),
        (["--list", "No such list"], "No such list"),
    ],
)
def test_export_bad_cases(office_path: Path, tmp_path: Path, capsys, argv, message) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.csv"
    assert main.main(["export", str(office_path), "--out", str(out), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_export_refuses_to_overwrite(office_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.csv"
    out.write_text("keep me")
    assert main.main(["export", str(office_path), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err and out.read_text() == "keep me"
    assert main.main(["export", str(office_path), "--out", str(tmp_path / "x.pdf")]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err


def test_duplicates_and_quality(office_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            ClientService(s).create(
                ClientCard(
                    legal_name="Template Client 0 (again)",
                    emails=[EmailData("client0@example.com")],
                )
            )
    finally:
        office.close()
    assert main.main(["duplicates", str(office_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pairs"] == 1 and data["top"][0]["reasons"] == ["email"]
    assert main.main(["quality", str(office_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["clients_checked"] == 4
    assert report["missing_by_field"]["date_of_birth"] == 4
    assert main.main(["quality", str(office_path), "--tasks"]) == 0
    assert "Created 4 follow-up tasks" in capsys.readouterr().out
    assert main.main(["quality", str(office_path), "--tasks"]) == 0
    assert "Created 0 follow-up tasks" in capsys.readouterr().out  # once a month per card
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            assert (
                s.scalar(
                    select(func.count()).select_from(Task).where(Task.created_by == "data-quality")
                )
                == 4
            )
    finally:
        office.close()
    assert main.main(["duplicates", str(office_path), "--limit", "0"]) == 2

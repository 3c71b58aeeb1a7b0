"""The import's speed measures change nothing but speed: the cycle collector is paused
only while an import runs and comes back however it ends; a re-import of the file the
office already holds writes nothing; a file with some changed rows updates just those."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.client_import import ClientImporter, ImportCancelled, ImportOptions
from app.import_mapping import suggest_mapping
from app.import_read import read_source
from db.models import Client, ClientChange
from db.office import Office
from tests.app.import_files import excel_gb18030_csv


def _run(office: Office, path: Path, **kwargs):  # type: ignore[no-untyped-def]
    table = read_source(path)
    with office.transaction() as s:
        return ClientImporter(s, "importer").run(
            table, ImportOptions(mapping=suggest_mapping(table.headers)), **kwargs
        )


def test_collector_paused_during_the_import_and_restored_after(
    office: Office, tmp_path: Path
) -> None:
    seen: list[bool] = []
    assert gc.isenabled()
    report = _run(
        office,
        excel_gb18030_csv(tmp_path / "a.csv"),
        progress=lambda *_: seen.append(gc.isenabled()),
    )
    assert report.committed and report.created == 3
    assert seen and not any(seen)
    assert gc.isenabled()


def _clients(office: Office) -> int:
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(Client)) or 0)


def test_collector_restored_after_a_cancelled_import(office: Office, tmp_path: Path) -> None:
    before = _clients(office)
    with pytest.raises(ImportCancelled):
        _run(office, excel_gb18030_csv(tmp_path / "a.csv"), cancelled=lambda: True)
    assert gc.isenabled()
    assert _clients(office) == before


def test_collector_left_off_when_the_caller_had_it_off(office: Office, tmp_path: Path) -> None:
    gc.disable()
    try:
        _run(office, excel_gb18030_csv(tmp_path / "a.csv"))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reimport_of_the_same_file_writes_nothing(office: Office, tmp_path: Path) -> None:
    path = excel_gb18030_csv(tmp_path / "a.csv")
    _run(office, path)
    with office.session() as s:
        changes = s.scalar(select(func.count()).select_from(ClientChange))
    report = _run(office, path)
    assert (report.created, report.updated, report.count("unchanged")) == (0, 0, 3)
    with office.session() as s:
        assert s.scalar(select(func.count()).select_from(ClientChange)) == changes

"""`main.py pack`: review packs from the command line, and its bad cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import main
from app.pack_batch import pack_file_name
from app.smart_lists import SmartListService
from app.tasks import TaskService
from app.timeline import TimelineQuery
from db.office import open_office
from tests.conftest import PASSPHRASE, sha256
from tests.pdf_tools import page_count, pdf_text


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)


def printed(office_path: Path, client_id: int) -> int:
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            return TimelineQuery(s, client_id, kinds=["pack_printed"]).count()
    finally:
        office.close()


def test_pack_for_chosen_clients_into_a_folder(
    office_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "packs"
    out.mkdir()
    code = main.main(["pack", str(office_path), "--client", "1", "2", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "Printed 2 review packs" in capsys.readouterr().out
    today = dt.date.today()
    for cid in (1, 2):
        path = out / pack_file_name(cid, today)
        total = page_count(path)
        assert f"第 {total} 页，共 {total} 页" in pdf_text(path)  # the default language: zh
        assert printed(office_path, cid) == 1


def test_pack_for_a_days_meetings_into_one_pdf_on_letter_with_a_watermark(
    office_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = dt.date.today() + dt.timedelta(days=3)
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            due = dt.datetime.combine(day, dt.time(10, 0))
            TaskService(s, "Li Na").create("Review", due, client_id=3, kind="review")
    finally:
        office.close()
    target = tmp_path / "day.pdf"
    args = ["pack", str(office_path), "--meetings", day.isoformat(), "--out", str(target)]
    code = main.main([*args, "--letter", "--watermark", "DRAFT", "--language", "zh"])
    assert code == 0, capsys.readouterr().err
    text = pdf_text(target)
    assert "Template Client 2" in text and "第 1 页" in text
    assert printed(office_path, 3) == 1 and printed(office_path, 1) == 0


def test_pack_for_a_list(office_path: Path, tmp_path: Path) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            SmartListService(s).create_static("Friday", [2, 3])
    finally:
        office.close()
    target = tmp_path / "friday.pdf"
    assert main.main(["pack", str(office_path), "--list", "Friday", "--out", str(target)]) == 0
    text = pdf_text(target)
    assert "Template Client 1" in text and "Template Client 2" in text
    assert "Template Client 0" not in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--meetings", "2026-13-01", "--out", "{tmp}/a.pdf"], "is not a date"),
        (["--meetings", "1999-01-01", "--out", "{tmp}/a.pdf"], "Nobody has a meeting"),
        (["--client", "1", "--out", "{tmp}/nowhere/a.pdf"], "does not exist"),
        (["--client", "1", "--out", "{tmp}/nofolder"], "is not an existing folder"),
        (["--client", "0", "--out", "{tmp}/a.pdf"], "positive whole numbers"),
        (["--client", "77", "--out", "{tmp}/a.pdf"], "no client 77"),
        (["--list", "Nope", "--out", "{tmp}/a.pdf"], "no list called 'Nope'"),
        (["--client", "1", "--out", "{tmp}/a.pdf", "--watermark", "x" * 41], "longer than 40"),
        (["--client", "1", "--out", "{tmp}/taken.pdf"], "already exists"),
    ],
)
def test_bad_cases_say_what_is_wrong_and_change_nothing(
    office_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    (tmp_path / "taken.pdf").write_bytes(b"keep")
    before = sha256(office_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    assert main.main(["pack", str(office_path), *args]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
    assert sha256(office_path) == before
    assert (tmp_path / "taken.pdf").read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "office.db") == ["taken.pdf"]


def test_one_way_to_choose_clients(office_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main.main(
            ["pack", str(office_path), "--client", "1", "--list", "A", "--out", str(tmp_path)]
        )
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        main.main(["pack", str(office_path), "--out", str(tmp_path)])

"""iCalendar export, parsed back with the icalendar library; the ics command's bad cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

import main
from app.ics_export import export_ics, initials
from app.tasks import TaskService
from app.timeline import InteractionService
from db.models import Client, IdentityDocument
from db.office import Office, open_office
from tests.conftest import PASSPHRASE

CST = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2027, 3, 1, 12, 0, tzinfo=CST)
ID_NUMBER = "110101199003074258"


@pytest.fixture
def planned(office: Office) -> dict[str, int]:
    with office.transaction() as s:
        a, b = s.scalars(select(Client.id).order_by(Client.id).limit(2)).all()
        wang = s.get(Client, a)
        wang.legal_name, wang.owner = "王伟", "Li Na"  # type: ignore[union-attr]
        s.get(Client, b).owner = "Zhou Tao"  # type: ignore[union-attr]
        s.add(IdentityDocument(client_id=a, doc_type="prc_id", number=ID_NUMBER))
        t = TaskService(s, tz=CST)
        ids = {
            "call": t.create(
                "Call back",
                dt.datetime(2027, 3, 2, 10, 0),
                client_id=a,
                assignee="Li Na",
                priority="high",
                notes="private note",
            ),
            "birthday": t.create(
                "Birthday greeting", dt.date(2027, 3, 5), client_id=b, assignee="Zhou Tao"
            ),
            "meeting": t.create(
                "Portfolio meeting",
                dt.datetime(2027, 3, 3, 14, 0),
                client_id=a,
                assignee="Li Na",
                kind="meeting",
            ),
            "overdue": t.create("Send forms", dt.date(2027, 2, 20), assignee="Li Na"),
            "far": t.create("Far away", dt.date(2027, 6, 1), assignee="Li Na"),
            "done": t.create("Done already", dt.date(2027, 3, 2), assignee="Li Na"),
        }
        t.complete(ids["done"], 1, "ok", at=NOW)
        ids["visit"] = InteractionService(s, "Li Na").record(
            [a, b],
            "meeting",
            dt.datetime(2027, 2, 28, 1, 0),  # naive = UTC: 09:00 in Beijing
            "Family meeting",
            body="private body",
            duration_minutes=90,
            now=NOW,
        )
    return ids


def parse(data: bytes) -> dict[str, dict[str, object]]:
    cal = Calendar.from_ical(data)
    return {
        str(c["uid"]): {"type": c.name, **{k.lower(): c.decoded(k) for k in c}}
        for c in cal.walk()
        if c.name in ("VTODO", "VEVENT")
    }


def test_tasks_and_meetings_with_utc_times(office: Office, planned: dict[str, int]) -> None:
    with office.session() as s:
        result = export_ics(s, days=30, now=NOW, tz=CST)
    items = parse(result.data)
    assert (result.todos, result.events) == (3, 2)
    call = items[f"task-{planned['call']}@advisordesk"]
    assert call["type"] == "VTODO"
    assert call["due"] == dt.datetime(2027, 3, 2, 2, 0, tzinfo=dt.UTC)
    assert call["priority"] == 1
    assert call["summary"] == f"Call back — 王* (#{call_client(office)})"
    birthday = items[f"task-{planned['birthday']}@advisordesk"]
    assert birthday["due"] == dt.date(2027, 3, 5)  # all-day: a DATE, the local day
    meeting = items[f"task-{planned['meeting']}@advisordesk"]
    assert meeting["type"] == "VEVENT"
    assert meeting["dtstart"] == dt.datetime(2027, 3, 3, 6, 0, tzinfo=dt.UTC)
    assert meeting["dtend"] == dt.datetime(2027, 3, 3, 7, 0, tzinfo=dt.UTC)
    visit = items[f"interaction-{planned['visit']}@advisordesk"]
    assert visit["dtstart"] == dt.datetime(2027, 2, 28, 1, 0, tzinfo=dt.UTC)
    assert visit["dtend"] - visit["dtstart"] == dt.timedelta(minutes=90)  # type: ignore[operator]
    assert f"task-{planned['overdue']}@advisordesk" in items
    assert f"task-{planned['far']}@advisordesk" not in items
    assert f"task-{planned['done']}@advisordesk" not in items
    text = result.data.decode()
    assert b"\r\n" in result.data and "DTSTART:20270303T060000Z" in text
    for secret in ("王伟", ID_NUMBER, "private note", "private body"):
        assert secret not in text


def call_client(office: Office) -> int:
    with office.session() as s:
        return s.scalars(select(Client.id).order_by(Client.id)).first()  # type: ignore[return-value]


def test_client_shown_by_initials_unless_full_names(
    office: Office, planned: dict[str, int]
) -> None:
    cid = call_client(office)
    with office.session() as s:
        masked = parse(export_ics(s, now=NOW, tz=CST).data)
        full = parse(export_ics(s, now=NOW, tz=CST, full_names=True).data)
    uid = f"task-{planned['call']}@advisordesk"
    assert masked[uid]["summary"] == f"Call back — 王* (#{cid})"
    assert full[uid]["summary"] == f"Call back — 王伟 (#{cid})"
    assert initials("Zhang Wei") == "Z.W." and initials("欧阳娜娜") == "欧***"


def test_assignee_filter_and_days_window(office: Office, planned: dict[str, int]) -> None:
    with office.session() as s:
        zhou = parse(export_ics(s, assignee="Zhou Tao", now=NOW, tz=CST).data)
        today_only = parse(export_ics(s, assignee="Li Na", days=0, now=NOW, tz=CST).data)
        long = parse(export_ics(s, assignee="Li Na", days=120, now=NOW, tz=CST).data)
    assert set(zhou) == {
        f"task-{planned['birthday']}@advisordesk",
        f"interaction-{planned['visit']}@advisordesk",  # the meeting was with their client too
    }
    assert set(today_only) == {f"task-{planned['overdue']}@advisordesk"}
    assert f"task-{planned['far']}@advisordesk" in long
    with pytest.raises(ValueError):
        export_ics(office.session(), days=-1)


# ---- the ics command ---------------------------------------------------------------------


@pytest.fixture
def cli_office(office_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    opened = open_office(office_path, PASSPHRASE)
    try:
        with opened.transaction() as s:
            cid = s.scalars(select(Client.id)).first()
            s.get(Client, cid).owner = "Li Na"  # type: ignore[union-attr]
            TaskService(s).create(
                "Call", dt.datetime.now() + dt.timedelta(hours=2), client_id=cid, assignee="Li Na"
            )
    finally:
        opened.close()
    return office_path


def test_cli_writes_a_calendar(
    cli_office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tasks.ics"
    assert main.main(["ics", str(cli_office), "--out", str(out), "--assignee", "Li Na"]) == 0
    assert "1 tasks" in capsys.readouterr().out
    assert len(parse(out.read_bytes())) == 1
    # a second export replaces the file (calendars re-import by UID)
    assert main.main(["ics", str(cli_office), "--out", str(out), "--days", "7"]) == 0
    assert not out.with_name("tasks.ics.partial").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--days", "-1"], "--days must be between 0 and"),
        (["--days", "99999"], "--days must be between 0 and"),
        (
            ["--assignee", "Nobody"],
            "Nobody called 'Nobody' has tasks or clients; use one of: Li Na",
        ),
    ],
)
def test_cli_bad_arguments(
    cli_office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "tasks.ics"
    assert main.main(["ics", str(cli_office), "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and message in err
    assert not out.exists()


def test_cli_bad_paths(
    cli_office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main.main(["ics", str(cli_office), "--out", str(tmp_path / "no" / "t.ics")]) == 2
    assert "folder for t.ics does not exist" in capsys.readouterr().err
    assert main.main(["ics", str(cli_office), "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert main.main(["ics", str(tmp_path / "missing.db"), "--out", str(tmp_path / "t.ics")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_cli_wrong_passphrase(
    cli_office: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, "wrong")
    assert main.main(["ics", str(cli_office), "--out", str(tmp_path / "t.ics")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "t.ics").exists()

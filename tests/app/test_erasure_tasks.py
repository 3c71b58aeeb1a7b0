"""Erasure and the office's work records: the erased client's tasks and complaints stay as
the handling record (kind, state, dates), their words go; complaint_event stays append-only
outside the erasure's narrow hatch. The page scan in test_erasure.py proves the bytes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from app.complaints import ComplaintService
from app.consent import erasure_window
from app.erasure import ERASED, ERASED_TASK_TITLE, erase_client
from app.tasks import TaskService
from db.models import Complaint, ComplaintEvent, Task
from db.office import Office, open_office
from tests.app.privacy_data import NAME, PHONE_NATIONAL, Built, build_rich_client
from tests.conftest import PASSPHRASE

KEPT_COMPLAINT = (
    "id",
    "kind",
    "state",
    "owner",
    "channel",
    "received_at",
    "acknowledge_due_at",
    "due_at",
    "acknowledged_at",
    "resolved_at",
    "closed_at",
    "satisfaction",
)
KEPT_EVENT = ("id", "complaint_id", "at", "actor", "from_state", "to_state")
KEPT_TASK = ("id", "kind", "due_at", "status", "assignee", "completed_at", "recurrence")


@pytest.fixture
def rich_office(office_path: Path) -> Iterator[tuple[Office, Built]]:
    office = open_office(office_path, PASSPHRASE)
    try:
        built = build_rich_client(office)
        yield office, built
    finally:
        office.close()


def _rows(s: Session, model: Any, where: Any, columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    rows = s.scalars(select(model).where(where).order_by(model.id)).all()
    return [tuple(getattr(r, c) for c in columns) for r in rows]


def _complaint_ids(s: Session, client_id: int) -> list[int]:
    return list(s.scalars(select(Complaint.id).where(Complaint.client_id == client_id)))


def test_tasks_and_complaints_keep_the_record_without_the_words(
    rich_office: tuple[Office, Built],
) -> None:
    office, rich = rich_office
    cid = rich.client_id
    with office.transaction() as s:
        # the spouse's complaint and a task for no one mention the person too
        complaint_of_other = ComplaintService(s).open(
            rich.other_id, f"Wants the same terms as {NAME}", owner="Li Na"
        )
        loose_task = TaskService(s).create(f"Birthday card for {NAME}", dt.date(2026, 6, 12))
    with office.session() as s:
        complaints = _complaint_ids(s, cid)
        tasks_before = _rows(s, Task, Task.client_id == cid, KEPT_TASK)
        complaint_before = _rows(s, Complaint, Complaint.client_id == cid, KEPT_COMPLAINT)
        events_before = _rows(
            s, ComplaintEvent, ComplaintEvent.complaint_id.in_(complaints), KEPT_EVENT
        )
    assert len(tasks_before) == 2 and len(complaint_before) == 1 and len(events_before) == 4

    with office.transaction() as s:
        report = erase_client(s, cid, "compliance", "written request")
    assert report.anonymised["task"] == 2
    assert report.anonymised["complaint"] == 1
    assert report.anonymised["complaint_event"] == 2  # the two steps that had a note
    assert report.anonymised["task_mention"] == 1
    assert report.anonymised["complaint_mention"] == 1

    with office.session() as s:
        # the rows and their handling record survive unchanged
        assert _rows(s, Task, Task.client_id == cid, KEPT_TASK) == tasks_before
        assert _rows(s, Complaint, Complaint.client_id == cid, KEPT_COMPLAINT) == complaint_before
        assert (
            _rows(s, ComplaintEvent, ComplaintEvent.complaint_id.in_(complaints), KEPT_EVENT)
            == events_before
        )
        complaint = s.get(Complaint, complaints[0])
        assert complaint is not None
        assert (complaint.kind, complaint.state) == ("complaint", "resolved")
        assert complaint.resolved_at is not None and complaint.due_at is not None
        assert (complaint.summary, complaint.resolution) == (ERASED, ERASED)
        notes = s.scalars(
            select(ComplaintEvent.note)
            .where(ComplaintEvent.complaint_id == complaint.id)
            .order_by(ComplaintEvent.id)
        ).all()
        assert notes == [None, ERASED, None, ERASED]
        tasks = s.scalars(select(Task).where(Task.client_id == cid).order_by(Task.id)).all()
        assert [t.title for t in tasks] == [ERASED_TASK_TITLE] * 2
        assert [(t.notes, t.outcome) for t in tasks] == [(None, None), (None, ERASED)]
        # others' rows: only the person's name goes
        other = s.get(Complaint, complaint_of_other)
        assert other is not None and other.summary == f"Wants the same terms as {ERASED}"
        loose = s.get(Task, loose_task)
        assert loose is not None and loose.title == f"Birthday card for {ERASED}"
        # nothing anywhere in these tables still names the person
        for table, cols in (
            ("task", "title || coalesce(notes, '') || coalesce(outcome, '')"),
            ("complaint", "summary || coalesce(resolution, '')"),
            ("complaint_event", "coalesce(note, '')"),
        ):
            for needle in (NAME, PHONE_NATIONAL):
                hits = s.scalar(
                    text(f"SELECT count(*) FROM {table} WHERE instr({cols}, :n) > 0"),
                    {"n": needle},
                )
                assert hits == 0, (table, needle)


def test_complaint_history_stays_append_only(rich_office: tuple[Office, Built]) -> None:
    office, rich = rich_office
    cid = rich.client_id
    with office.session() as s:
        complaint = _complaint_ids(s, cid)[0]
    other_complaint = None
    with office.transaction() as s:
        other_complaint = ComplaintService(s).open(rich.other_id, "Fees unclear")
    update_note = text("UPDATE complaint_event SET note = 'x' WHERE complaint_id = :c")

    # outside any window: refused, before and after the erasure
    with pytest.raises(DatabaseError, match="append-only"), office.transaction() as s:
        s.execute(update_note, {"c": complaint})
    with office.transaction() as s:
        erase_client(s, cid, "compliance", "request")
    with pytest.raises(DatabaseError, match="append-only"), office.transaction() as s:
        s.execute(update_note, {"c": complaint})
    with office.session() as s:
        assert s.scalar(text("SELECT count(*) FROM erasure_in_progress")) == 0

    # inside a window: only the note, only of that client's complaints, only for an erasure
    with pytest.raises(DatabaseError, match="append-only"), office.transaction() as s:
        with erasure_window(s, "erasure", "compliance", cid):
            s.execute(
                text("UPDATE complaint_event SET to_state = 'closed' WHERE complaint_id = :c"),
                {"c": complaint},
            )
    with pytest.raises(DatabaseError, match="append-only"), office.transaction() as s:
        with erasure_window(s, "erasure", "compliance", cid):
            s.execute(update_note, {"c": other_complaint})
    with pytest.raises(DatabaseError, match="append-only"), office.transaction() as s:
        with erasure_window(s, "retention_purge", "compliance", cid):
            s.execute(update_note, {"c": complaint})
    with office.transaction() as s:
        with erasure_window(s, "erasure", "compliance", cid):
            s.execute(update_note, {"c": complaint})
    with office.session() as s:
        assert set(
            s.scalars(select(ComplaintEvent.note).where(ComplaintEvent.complaint_id == complaint))
        ) == {"x"}
        assert s.scalars(
            select(ComplaintEvent.note).where(ComplaintEvent.complaint_id == other_complaint)
        ).all() == [None]

"""Complaints: every legal and illegal transition, the history, and SLAs in working days."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.complaints import (
    STATES,
    TRANSITIONS,
    ComplaintService,
    add_working_days,
    list_complaints,
)
from app.settings import SettingsService
from app.validation import ValidationError
from db.errors import ConflictError
from db.models import Client, ComplaintEvent
from db.office import Office

CST = dt.timezone(dt.timedelta(hours=8))
MONDAY = dt.datetime(2027, 3, 1, 10, 0, tzinfo=CST)
# the path from "received" to each state, and what each step needs
PATH = {
    "received": [],
    "acknowledged": ["acknowledged"],
    "investigating": ["acknowledged", "investigating"],
    "resolved": ["acknowledged", "investigating", "resolved"],
    "closed": ["acknowledged", "investigating", "resolved", "closed"],
    "rejected": ["rejected"],
}
EXTRA = {"resolved": {"resolution": "Fee refunded"}, "rejected": {"note": "Not our product"}}


def client_id(office: Office) -> int:
    with office.session() as s:
        return s.scalars(select(Client.id).order_by(Client.id)).first()  # type: ignore[return-value]


def complaint_in(office: Office, state: str) -> tuple[int, int]:
    cid = client_id(office)
    with office.transaction() as s:
        svc = ComplaintService(s, "Li Na", tz=CST)
        complaint = svc.open(cid, "Statement arrived late", owner="Li Na", received_at=MONDAY)
        version = 1
        for step in PATH[state]:
            version = svc.transition(complaint, version, step, **EXTRA.get(step, {}))
    return complaint, version


@pytest.mark.parametrize(
    ("start", "target"),
    [(a, b) for a, b in itertools.product(STATES, STATES) if b in TRANSITIONS[a]],
)
def test_every_legal_transition_is_recorded(office: Office, start: str, target: str) -> None:
    complaint, version = complaint_in(office, start)
    with office.transaction() as s:
        ComplaintService(s, "Zhou Tao", tz=CST).transition(
            complaint, version, target, **EXTRA.get(target, {"note": "step"})
        )
    with office.session() as s:
        data = ComplaintService(s, tz=CST).load(complaint)
    assert data.state == target
    assert [e.to_state for e in data.events] == ["received", *PATH[start], target]
    assert data.events[-1].from_state == start and data.events[-1].actor == "Zhou Tao"


@pytest.mark.parametrize(
    ("start", "target"),
    [(a, b) for a, b in itertools.product(STATES, STATES) if b not in TRANSITIONS[a]],
)
def test_every_illegal_transition_is_refused_clearly(
    office: Office, start: str, target: str
) -> None:
    complaint, version = complaint_in(office, start)
    with office.transaction() as s, pytest.raises(ValidationError) as err:
        ComplaintService(s, tz=CST).transition(complaint, version, target, resolution="x", note="x")
    message = str(err.value)
    assert f"A {start} complaint cannot become {target}" in message
    assert ("allowed next steps: " + (", ".join(TRANSITIONS[start]) or "none")) in message
    with office.session() as s:
        data = ComplaintService(s, tz=CST).load(complaint)
    assert data.state == start and len(data.events) == 1 + len(PATH[start])


def test_resolving_needs_a_resolution_rejecting_a_reason(office: Office) -> None:
    complaint, version = complaint_in(office, "investigating")
    with office.transaction() as s, pytest.raises(ValidationError, match="resolution"):
        ComplaintService(s, tz=CST).transition(complaint, version, "resolved")
    with office.transaction() as s, pytest.raises(ValidationError, match="reason"):
        ComplaintService(s, tz=CST).transition(complaint, version, "rejected")
    with office.transaction() as s, pytest.raises(ValidationError, match="1 to 5"):
        ComplaintService(s, tz=CST).transition(
            complaint, version, "resolved", resolution="ok", satisfaction=6
        )
    with office.transaction() as s, pytest.raises(ValidationError, match="Unknown state"):
        ComplaintService(s, tz=CST).transition(complaint, version, "escalated")
    with office.transaction() as s:
        version = ComplaintService(s, tz=CST).transition(
            complaint, version, "resolved", resolution="Refunded", satisfaction=4
        )
    with office.transaction() as s, pytest.raises(ConflictError):
        ComplaintService(s, tz=CST).transition(complaint, version - 1, "closed")
    with office.session() as s:
        data = ComplaintService(s, tz=CST).load(complaint)
    assert (data.resolution, data.satisfaction) == ("Refunded", 4)


def test_history_is_append_only_in_the_database(office: Office) -> None:
    complaint_in(office, "acknowledged")
    with office.transaction() as s, pytest.raises(DatabaseError, match="append-only"):
        s.execute(text("UPDATE complaint_event SET note = 'rewritten'"))
    with office.session() as s:
        assert s.scalar(select(ComplaintEvent.note).limit(1)) is None


def test_open_validates(office: Office) -> None:
    cid = client_id(office)
    with office.transaction() as s, pytest.raises(ValidationError) as err:
        ComplaintService(s, tz=CST).open(99_999, " ", kind="grievance")
    fields = {e.field for e in err.value.errors}
    assert fields == {"kind", "summary", "client_id"}
    with office.transaction() as s:
        ComplaintService(s, tz=CST).open(cid, "Change my address", kind="service_request")


D = dt.date


def test_working_days_skip_weekends_and_holidays() -> None:
    friday = D(2027, 3, 5)
    assert add_working_days(friday, 1) == D(2027, 3, 8)
    assert add_working_days(D(2027, 3, 6), 1) == D(2027, 3, 8)  # Saturday → Monday
    assert add_working_days(D(2027, 3, 1), 15) == D(2027, 3, 22)
    assert add_working_days(friday, 1, frozenset({D(2027, 3, 8)})) == D(2027, 3, 9)
    assert add_working_days(D(2027, 3, 6), 0) == D(2027, 3, 8)


def test_sla_deadlines_from_office_settings(office: Office) -> None:
    cid = client_id(office)
    with office.transaction() as s:
        svc = ComplaintService(s, tz=CST)
        friday = svc.open(cid, "a", received_at=dt.datetime(2027, 3, 5, 17, 0, tzinfo=CST))
        SettingsService(s).set("complaints.resolve_working_days", 3)
        SettingsService(s).set("office.holidays", ["2027-03-08", "not a date"])
        holiday = svc.open(cid, "b", received_at=dt.datetime(2027, 3, 5, 17, 0, tzinfo=CST))
    with office.session() as s:
        a = ComplaintService(s, tz=CST).load(friday)
        b = ComplaintService(s, tz=CST).load(holiday)
    # acknowledge by the end of Monday, resolve by the end of the 15th working day
    assert a.acknowledge_due_at == dt.datetime(2027, 3, 9, 0, tzinfo=CST)
    assert a.due_at == dt.datetime(2027, 3, 27, 0, tzinfo=CST)
    assert b.acknowledge_due_at == dt.datetime(2027, 3, 10, 0, tzinfo=CST)
    assert b.due_at == dt.datetime(2027, 3, 12, 0, tzinfo=CST)


def test_overdue_complaints_in_the_list(office: Office) -> None:
    late_ack, _ = complaint_in(office, "received")
    late_fix, _ = complaint_in(office, "investigating")
    done, _ = complaint_in(office, "closed")
    tuesday_night = dt.datetime(2027, 3, 2, 23, 0, tzinfo=CST)
    wednesday = dt.datetime(2027, 3, 3, 0, 1, tzinfo=CST)
    with office.session() as s:
        assert list_complaints(s, overdue_only=True, now=tuesday_night) == []
        overdue = list_complaints(s, overdue_only=True, now=wednesday)
        assert [r.id for r in overdue] == [late_ack]
        late = list_complaints(s, overdue_only=True, now=dt.datetime(2027, 3, 23, tzinfo=CST))
        assert {r.id for r in late} == {late_ack, late_fix}
        everything = list_complaints(s, now=wednesday)
        assert [r.id for r in everything][-1] == done  # finished ones last
        assert everything[0].overdue and not everything[-1].overdue
        assert list_complaints(s, owner="Nobody") == []
        assert [r.id for r in list_complaints(s, states=("closed",))] == [done]

"""Reminder rules: each rule, its window, and idempotence (running twice creates nothing twice)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.consent import ConsentService, expiring_consents
from app.reminder_rules import ReminderRules, _expiring_consents
from app.settings import SettingsService
from app.tasks import TaskService
from db.models import Client, IdentityDocument, Task
from db.office import Office
from tests.app.consent_helpers import at, new_client, publish_notices

CST = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2027, 2, 20)


def make(s, name: str, **fields) -> int:  # type: ignore[no-untyped-def]
    cid = new_client(s, name)
    client = s.get(Client, cid)
    client.owner = fields.pop("owner", "Li Na")
    client.status = fields.pop("status", "active")
    for key, value in fields.items():
        setattr(client, key, value)
    s.flush()
    return cid


def tasks(office: Office, kind: str) -> list[tuple[int | None, dt.date, str | None, str]]:
    with office.session() as s:
        rows = s.execute(
            select(Task.client_id, Task.due_at, Task.assignee, Task.rule_key)
            .where(Task.kind == kind)
            .order_by(Task.client_id, Task.due_at)
        ).all()
    return [
        (c, due.replace(tzinfo=dt.UTC).astimezone(CST).date(), who, key)
        for c, due, who, key in rows
    ]


def run(office: Office, today: dt.date = TODAY, **settings) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        for key, value in settings.items():
            SettingsService(s).set(key.replace("__", "."), value)
        return ReminderRules(s, tz=CST).run(today).created


def test_review_rule_by_next_review_or_tier_cadence(office: Office) -> None:
    with office.transaction() as s:
        due = make(s, "Due Soon", next_review=TODAY + dt.timedelta(days=10))
        overdue = make(s, "Overdue", next_review=TODAY - dt.timedelta(days=40), owner="Zhou Tao")
        make(s, "Later", next_review=TODAY + dt.timedelta(days=30))
        make(s, "Prospect", status="prospect", next_review=TODAY)
        uhnw = make(s, "Uhnw", tier="uhnw", last_review=dt.date(2027, 1, 25))
        make(s, "Hnw", tier="hnw", last_review=dt.date(2027, 1, 25))  # due 25 April: later
        never = make(s, "Never Reviewed")
    assert run(office)["review"] == 4
    got = {c: (day, who) for c, day, who, _ in tasks(office, "review")}
    assert got == {
        due: (TODAY + dt.timedelta(days=10), "Li Na"),
        overdue: (TODAY - dt.timedelta(days=40), "Zhou Tao"),
        uhnw: (dt.date(2027, 2, 25), "Li Na"),
        never: (TODAY, "Li Na"),
    }
    assert run(office)["review"] == 0
    assert run(office, TODAY + dt.timedelta(days=1))["review"] == 0  # no new key tomorrow


def test_a_completed_review_is_not_recreated_and_the_next_one_comes_in_time(
    office: Office,
) -> None:
    with office.transaction() as s:
        cid = make(s, "Quarterly", tier="hnw", next_review=TODAY)
    run(office)
    with office.transaction() as s:
        task_id = s.scalar(select(Task.id).where(Task.kind == "review"))
        TaskService(s, tz=CST).complete(
            task_id, 1, "Reviewed", at=dt.datetime(2027, 2, 20, 11, tzinfo=CST)
        )
    assert run(office)["review"] == 0
    with office.session() as s:
        assert s.get(Client, cid).next_review == dt.date(2027, 5, 20)  # type: ignore[union-attr]
    assert run(office, dt.date(2027, 5, 10))["review"] == 1
    assert [d for c, d, _, _ in tasks(office, "review") if c == cid] == [
        TODAY,
        dt.date(2027, 5, 20),
    ]


def test_birthday_rule_window_and_29_february(office: Office) -> None:
    with office.transaction() as s:
        soon = make(s, "Soon", date_of_birth=dt.date(1970, 2, 24))
        leap = make(s, "Leap", date_of_birth=dt.date(1972, 2, 29))
        make(s, "Later", date_of_birth=dt.date(1980, 3, 10))
        make(s, "Former", status="former", date_of_birth=dt.date(1970, 2, 22))
        make(s, "Yesterday", date_of_birth=dt.date(1970, 2, 19))
    assert run(office, reminders__birthday_days_ahead=10)["birthday"] == 2
    assert {c: d for c, d, _, _ in tasks(office, "birthday")} == {
        soon: dt.date(2027, 2, 24),
        leap: dt.date(2027, 2, 28),  # 2027 has no 29 February
    }
    assert run(office)["birthday"] == 0
    assert run(office, dt.date(2028, 2, 25))["birthday"] == 1  # 2028: on the 29th
    assert (leap, dt.date(2028, 2, 29)) in {(c, d) for c, d, _, _ in tasks(office, "birthday")}


def test_birthday_window_crosses_the_new_year(office: Office) -> None:
    with office.transaction() as s:
        cid = make(s, "January", date_of_birth=dt.date(1960, 1, 2))
    assert run(office, dt.date(2027, 12, 28))["birthday"] == 1
    assert tasks(office, "birthday")[0][:2] == (cid, dt.date(2028, 1, 2))


def test_lunar_birthday_option(office: Office) -> None:
    pytest.importorskip("lunardate")
    with office.transaction() as s:
        # born 1980-02-16 = lunar 1980, first month, first day (Spring Festival)
        cid = make(s, "Lunar", date_of_birth=dt.date(1980, 2, 16))
    # Spring Festival 2027 is 6 February
    created = run(
        office,
        dt.date(2027, 2, 1),
        reminders__birthday_calendar="lunar",
        reminders__birthday_days_ahead=7,
    )
    assert created["birthday"] == 1
    assert tasks(office, "birthday")[0][:2] == (cid, dt.date(2027, 2, 6))
    assert run(office, dt.date(2027, 2, 1))["birthday"] == 0


def test_document_rule_within_90_days(office: Office) -> None:
    with office.transaction() as s:
        cid = make(s, "Passport")
        for number, expiry in (
            ("E1", TODAY + dt.timedelta(days=89)),
            ("E2", TODAY + dt.timedelta(days=91)),
            ("E3", TODAY - dt.timedelta(days=1)),
            ("E4", TODAY + dt.timedelta(days=10)),
        ):
            s.add(
                IdentityDocument(client_id=cid, doc_type="passport", number=number, expiry=expiry)
            )
    assert run(office)["document"] == 2
    days = [d for _, d, _, _ in tasks(office, "document")]
    # due 30 days before expiry, but never before today
    assert days == [TODAY, TODAY + dt.timedelta(days=59)]
    assert run(office)["document"] == 0
    with office.session() as s:
        keys = s.scalars(select(Task.rule_key).where(Task.kind == "document")).all()
    assert all("E" not in key for key in keys)  # keys name the document row, not its number


def test_consent_rule_uses_expiring_consents(office: Office) -> None:
    with office.transaction() as s:
        ids = publish_notices(s)
        cid = make(s, "Consent")
        ConsentService(s).grant(
            cid,
            "call_recording",
            notice_id=ids["p2"],
            capture_method="in_person",
            effective_at=at(2026, 6, 1),
            expires_on=TODAY + dt.timedelta(days=20),
        )
        gone = make(s, "Withdrawn")
        for client in (gone,):
            ConsentService(s).grant(
                client,
                "photos",
                notice_id=ids["p2"],
                capture_method="in_person",
                effective_at=at(2026, 6, 1),
                expires_on=TODAY + dt.timedelta(days=3),
            )
        ConsentService(s).withdraw(gone, "photos", channel="phone", effective_at=at(2026, 11, 1))
    with office.session() as s:  # the rule's narrowed query agrees with the consent service
        assert set(_expiring_consents(s, TODAY, 30)) == {
            tuple(e) for e in expiring_consents(s, 30, TODAY) if e.expires_on >= TODAY
        }
    assert run(office)["consent"] == 1
    assert tasks(office, "consent")[0][:2] == (cid, TODAY + dt.timedelta(days=6))
    assert run(office)["consent"] == 0


def test_running_all_rules_twice_creates_nothing_twice(office: Office) -> None:
    with office.transaction() as s:
        make(s, "All", next_review=TODAY, date_of_birth=dt.date(1970, 2, 21))
    first = run(office)
    assert first["review"] == 1 and first["birthday"] == 1
    assert sum(run(office).values()) == 0
    with office.session() as s:
        keys = s.scalars(select(Task.rule_key)).all()
    assert len(keys) == len(set(keys)) == 2

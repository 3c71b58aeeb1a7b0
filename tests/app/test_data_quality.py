"""Data quality: completeness from the office's required fields, invalid stored values the
validators find today, stale cards, and tasks created at most once a month per card."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from app.cards import ClientCard, EmailData, PhoneData
from app.clients import ClientService
from app.data_quality import create_tasks, quality_report
from app.settings import SettingsService
from db.models import Client, Email, IdentityDocument, Task
from db.office import Office
from tests.app.import_files import ZHANG_ID, bad_checksum


def test_report_finds_missing_invalid_and_stale(office: Office) -> None:
    with office.transaction() as s:
        svc = ClientService(s)
        good = svc.create(
            ClientCard(
                legal_name="Complete Person",
                date_of_birth=dt.date(1970, 1, 1),
                owner="Li Na",
                phones=[PhoneData("13700009999")],
                emails=[EmailData("ok@example.cn")],
            )
        )
        # values that got in before today's validators (an old import, an old version)
        s.execute(update(Email).where(Email.client_id == good).values(address="broken@@example"))
        s.add(IdentityDocument(client_id=good, doc_type="prc_id", number=bad_checksum(ZHANG_ID)))
        s.execute(
            update(Client)
            .where(Client.id == 1)
            .values(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC), last_review=None)
        )
        SettingsService(s).set("quality.required_fields", ["legal_name", "phone", "email", "owner"])
        SettingsService(s).set("quality.stale_months", 6)
    with office.session() as s:
        report = quality_report(s)
    assert report.clients_checked == 4
    assert report.required == ["legal_name", "phone", "email", "owner"]
    by_id = {c.client_id: c for c in report.clients}
    kinds = {(p.kind, p.field) for p in by_id[good].problems}
    assert kinds == {("invalid", "emails.0.address"), ("invalid", "documents.0.number")}
    assert by_id[good].score == 1.0  # complete, but wrong
    assert by_id[1].score == 0.75  # no advisor
    assert ("stale", "last_review") in {(p.kind, p.field) for p in by_id[1].problems}
    assert report.stale == 1 and report.missing_by_field == {"owner": 3}
    assert report.invalid_by_field == {"email": 1, "id_number": 1}
    assert all(ZHANG_ID[:12] not in p.message for c in report.clients for p in c.problems)
    with office.transaction() as s:
        assert create_tasks(s, report) == 1  # only the card with invalid values: others 75%
        assert create_tasks(s, report, below=0.8) == 3
        assert create_tasks(s, report, below=0.8) == 0
        tasks = s.scalars(select(Task).where(Task.created_by == "data-quality")).all()
        assert {t.assignee for t in tasks} == {"Li Na", None}

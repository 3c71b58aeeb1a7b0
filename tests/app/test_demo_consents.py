"""The demo office carries consent histories: most clients consented, some withdrew, some
consents expired, some were never asked, and every record is one the service would accept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, text

from app.consent import (
    EXPIRED,
    GRANTED,
    NEEDS_RECONSENT,
    NEVER_ASKED,
    WITHDRAWN,
    ConsentService,
)
from app.consent_reports import coverage
from app.demo import build_demo
from db.models import ConsentRecord
from db.office import create_office
from tests.conftest import PASSPHRASE


def consent_rows(path: Path) -> list[tuple]:
    from db.office import open_office

    office = open_office(path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            return [
                tuple(r)
                for r in s.execute(
                    select(
                        ConsentRecord.client_id,
                        ConsentRecord.purpose,
                        ConsentRecord.status,
                        ConsentRecord.effective_at,
                        ConsentRecord.expires_on,
                        ConsentRecord.notice_id,
                    ).order_by(ConsentRecord.id)
                )
            ]
    finally:
        office.close()


def test_the_demo_has_every_kind_of_consent_and_is_deterministic(tmp_path: Path) -> None:
    paths = [tmp_path / "a.db", tmp_path / "b.db"]
    for path in paths:
        office = create_office(path, PASSPHRASE)
        try:
            build_demo(office, clients=400, seed=3)
        finally:
            office.close()
    assert consent_rows(paths[0]) == consent_rows(paths[1])

    from db.office import open_office

    office = open_office(paths[0], PASSPHRASE)
    try:
        with office.session() as s:
            rows = {(r.purpose, r.third_party): r for r in coverage(s)}
            assert rows[("pi_processing", None)].counts[GRANTED] > 300
            assert rows[("pi_processing", None)].counts[NEVER_ASKED] > 0
            phone = rows[("marketing_phone", None)].counts
            assert phone[WITHDRAWN] > 0 and phone[NEEDS_RECONSENT] > 0 and phone[GRANTED] > 0
            assert rows[("call_recording", None)].counts[EXPIRED] > 0
            assert any(k[0] == "third_party_sharing" for k in rows)
            notices = ConsentService(s).notices()
            assert {(n.code, n.version) for n in notices} >= {
                ("privacy_notice", 1),
                ("privacy_notice", 2),
                ("marketing_consent", 2),
            }
            assert all(n.verified for n in notices)
            # every grant or refusal names a notice in force (same language) that day
            bad = s.execute(
                text(
                    "SELECT count(*) FROM consent_record r JOIN privacy_notice n "
                    "ON n.id = r.notice_id WHERE n.effective_from > date(r.effective_at) "
                    "OR EXISTS (SELECT 1 FROM privacy_notice m WHERE m.code = n.code "
                    "AND m.language = n.language AND m.version > n.version "
                    "AND m.effective_from <= date(r.effective_at))"
                )
            ).scalar()
            assert bad == 0
            assert (
                s.execute(
                    text(
                        "SELECT count(*) FROM consent_record WHERE status != 'withdrawn' "
                        "AND notice_id IS NULL OR expires_on <= date(effective_at) "
                        "OR (status = 'withdrawn' AND withdrawal_channel IS NULL) "
                        "OR effective_at > :now"
                    ),
                    {"now": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")},
                ).scalar()
                == 0
            )
        # building more clients adds their consents only
        before = len(consent_rows(paths[0]))
        build_demo(office, clients=50, seed=4)
        with office.session() as s:
            clients_with = s.execute(
                text("SELECT count(DISTINCT client_id) FROM consent_record WHERE client_id > 400")
            ).scalar()
    finally:
        office.close()
    assert len(consent_rows(paths[0])) > before
    assert 40 <= clients_with <= 50

"""The matching rule for every C x R combination, expired and missing assessments,
professional investors, and what a recorded recommendation or purchase stores."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.attachments import AttachmentService
from app.risk_assessment import AssessmentService
from app.suitability import (
    SuitabilityBlocked,
    SuitabilityError,
    SuitabilityService,
    check,
    for_client,
    match,
    mismatches,
)
from app.timeline import TimelineQuery
from db.models import Client
from db.models_risk import SuitabilityRecord
from db.office import Office
from tests.app.risk_helpers import TODAY, add_product, assess, client_ids

LEVELS = ("C1", "C2", "C3", "C4", "C5")


def expected(level: int, rating: int) -> str:
    if rating <= level:
        return "ok"
    return "blocked" if level == 1 else "warn"


@pytest.mark.parametrize("rating", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_every_level_against_every_rating(office: Office, level: int, rating: int) -> None:
    """Through the database: a client assessed Cn, a product rated Rm."""
    with office.transaction() as s:
        cid = client_ids(s)[0]
        assess(s, cid, f"C{level}")
        pid = add_product(s, rating)
    with office.session() as s:
        result = check(s, cid, pid, TODAY)
    assert result.outcome == expected(level, rating)
    assert (result.client_level, result.product_rating) == (f"C{level}", rating)
    assert result.assessment_id is not None
    assert (
        result.reasons
        == {
            "ok": (),
            "warn": ("above_level",),
            "blocked": ("c1_only_r1",),
        }[result.outcome]
    )


@pytest.mark.parametrize("rating", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("level", LEVELS)
def test_an_expired_assessment_always_warns(level: str, rating: int) -> None:
    outcome, reasons = match(level, rating, expired=True)
    assert outcome == "warn"
    assert reasons == (("expired", "above_level") if rating > int(level[1]) else ("expired",))


@pytest.mark.parametrize("rating", [1, 2, 3, 4, 5])
def test_no_assessment_warns(rating: int) -> None:
    assert match(None, rating) == ("warn", ("no_assessment",))


@pytest.mark.parametrize("rating", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("level", [None, *LEVELS])
@pytest.mark.parametrize("expired", [False, True])
def test_professional_investors_may_take_every_rating(
    level: str | None, rating: int, expired: bool
) -> None:
    assert match(level, rating, expired=expired, professional=True) == ("ok", ("professional",))


def test_expired_and_missing_through_the_database(office: Office) -> None:
    with office.transaction() as s:
        a, b, c = client_ids(s)
        assess(s, a, "C4", on=dt.date(2025, 11, 20))  # expires on TODAY
        pid = add_product(s, 3)
        evidence = AttachmentService(s).add(c, "assets.pdf", b"certificate")
        AssessmentService(s).record_professional(
            c,
            TODAY,
            today=TODAY,
            financial_assets_minor=5_000_000_00,
            experience_years=3,
            evidence_attachment_id=evidence.id,
        )
    with office.session() as s:
        on_last_valid_day = check(s, a, pid, TODAY - dt.timedelta(days=1))
        expired = check(s, a, pid, TODAY)
        missing = check(s, b, pid, TODAY)
        professional = check(s, c, pid, TODAY)
    assert on_last_valid_day.outcome == "ok"
    assert (expired.outcome, expired.reasons, expired.client_level) == ("warn", ("expired",), "C4")
    assert (missing.outcome, missing.reasons, missing.client_level) == (
        "warn",
        ("no_assessment",),
        None,
    )
    assert (professional.outcome, professional.professional) == ("ok", True)


def _records(office: Office) -> int:
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(SuitabilityRecord)) or 0)


def test_a_match_is_stored_and_appears_on_the_timeline(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        assess(s, cid, "C3")
        pid = add_product(s, 2, code="BOND-2")
        result = SuitabilityService(s, "Li Na").record(cid, pid, "recommendation", today=TODAY)
    with office.session() as s:
        row = s.get(SuitabilityRecord, result.record_id)
        assert row is not None
        assert (row.outcome, row.client_level, row.product_rating, row.action) == (
            "ok",
            "C3",
            2,
            "recommendation",
        )
        assert (row.warning_confirmed, row.advisor_reason, row.recorded_by) == (
            False,
            None,
            "Li Na",
        )
        [entry] = TimelineQuery(s, cid, kinds=["suitability"]).page(0, 10)
    assert result.interaction_id == row.interaction_id == entry.id
    # written in the client's language (the template clients are Chinese-speaking)
    assert entry.subject == "推荐：Fund rated R2（BOND-2），R2，客户等级 C3"
    assert entry.outcome == "在客户风险承受等级之内。"
    assert entry.occurred_at.date() == TODAY


def test_the_timeline_entry_of_an_english_speaking_client(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        s.get(Client, cid).language = "en"
        assess(s, cid, "C2", on=TODAY - dt.timedelta(days=400))  # expired
        pid = add_product(s, 3, code="MIX-3")
        SuitabilityService(s, "Li Na").record(
            cid, pid, "purchase", "Client insists", today=TODAY, confirmed=True
        )
    with office.session() as s:
        [entry] = TimelineQuery(s, cid, kinds=["suitability"]).page(0, 10)
    assert entry.subject == "Purchase: Fund rated R3 (MIX-3), R3 for C2"
    assert entry.body == (
        "Check: warning.\n"
        "The client's risk assessment has expired; reassess the client.\n"
        "The product's risk rating is above the client's risk level.\n"
        f"Assessment expired on {(TODAY - dt.timedelta(days=35)).isoformat()}.\n"
        "Reason given: Client insists\n"
        "The client acknowledged the special risk warning in writing."
    )
    assert entry.outcome == "Mismatch: the client acknowledged the special risk warning."


def test_a_mismatch_needs_a_reason_and_the_clients_acknowledgement(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        assess(s, cid, "C2")
        pid = add_product(s, 4, code="EQ-4")
    for kwargs, message in (
        ({}, "Give the reason"),
        ({"reason": "   ", "confirmed": True}, "Give the reason"),
        ({"reason": "Client insists"}, "acknowledgement of the special risk warning"),
    ):
        with pytest.raises(SuitabilityError, match=message):
            with office.transaction() as s:
                SuitabilityService(s).record(cid, pid, "purchase", today=TODAY, **kwargs)
    assert _records(office) == 0
    with office.transaction() as s:
        signed = AttachmentService(s).add(cid, "risk-warning.pdf", b"signed warning")
        result = SuitabilityService(s, "Li Na").record(
            cid,
            pid,
            "purchase",
            "Client wants equity exposure for a 10-year goal",
            today=TODAY,
            confirmation_attachment_id=signed.id,
        )
    with office.session() as s:
        row = s.get(SuitabilityRecord, result.record_id)
        assert row is not None
        assert (row.outcome, row.reasons, row.warning_confirmed) == ("warn", ["above_level"], True)
        assert row.confirmation_attachment_id == signed.id
        [listed] = mismatches(s, TODAY, TODAY)
    assert (listed.product_code, listed.client_level, listed.product_rating) == ("EQ-4", "C2", 4)
    assert listed.advisor_reason == "Client wants equity exposure for a 10-year goal"


def test_blocked_is_always_refused(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        assess(s, cid, "C1")
        pid = add_product(s, 2, code="R2-FUND")
    with pytest.raises(SuitabilityBlocked, match="a C1 client may only take R1"):
        with office.transaction() as s:
            SuitabilityService(s).record(
                cid, pid, "purchase", "Client insists", today=TODAY, confirmed=True
            )
    assert _records(office) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"action": "gift"}, "Unknown action 'gift'"),
        ({"client_id": 777}, "Client 777 does not exist"),
        ({"product_id": 888}, "Product 888 does not exist"),
    ],
)
def test_bad_requests_are_refused(office: Office, args: dict, message: str) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        pid = add_product(s, 1)
    values = {"client_id": cid, "product_id": pid, "action": "purchase"} | args
    with pytest.raises(SuitabilityError, match=message):
        with office.transaction() as s:
            SuitabilityService(s).record(
                values["client_id"], values["product_id"], values["action"], today=TODAY
            )
    assert _records(office) == 0


def test_the_acknowledgement_file_must_be_this_clients(office: Office) -> None:
    with office.transaction() as s:
        a, b, _c = client_ids(s)
        assess(s, a, "C2")
        pid = add_product(s, 3)
        other = AttachmentService(s).add(b, "warning.pdf", b"signed by b")
    with pytest.raises(SuitabilityError, match="attached to this client"):
        with office.transaction() as s:
            SuitabilityService(s).record(
                a, pid, "purchase", "why", today=TODAY, confirmation_attachment_id=other.id
            )
    assert _records(office) == 0


def test_mismatches_lists_the_warnings_of_a_period(office: Office) -> None:
    with office.transaction() as s:
        a, b, _c = client_ids(s)
        assess(s, a, "C2", on=dt.date(2026, 1, 1))
        low, high = add_product(s, 1), add_product(s, 5)
        service = SuitabilityService(s, "Li Na")
        for day in (dt.date(2026, 3, 1), dt.date(2026, 3, 31), dt.date(2026, 4, 1)):
            service.record(a, high, "recommendation", "goal", today=day, confirmed=True)
        service.record(a, low, "purchase", today=dt.date(2026, 3, 15))  # a match
        service.record(
            b, low, "purchase", "not assessed yet", today=dt.date(2026, 3, 20), confirmed=True
        )
    with office.session() as s:
        march = mismatches(s, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
        march_b = mismatches(s, dt.date(2026, 3, 1), dt.date(2026, 3, 31), client_id=b)
        with pytest.raises(SuitabilityError, match="ends before it starts"):
            mismatches(s, dt.date(2026, 4, 1), dt.date(2026, 3, 1))
    assert [(m.checked_on.day, m.client_id, m.reasons) for m in march] == [
        (1, a, ("above_level",)),
        (20, b, ("no_assessment",)),
        (31, a, ("above_level",)),
    ]
    assert [(m.checked_on.day, m.client_id) for m in march_b] == [(20, b)]
    with office.session() as s:
        listed = for_client(s, a)
        assert [r.checked_on for r in for_client(s, a, limit=2)] == [
            dt.date(2026, 4, 1),
            dt.date(2026, 3, 31),
        ]
    assert [(r.checked_on.day, r.outcome) for r in listed] == [
        (1, "warn"),
        (31, "warn"),
        (15, "ok"),
        (1, "warn"),
    ]


def test_records_are_kept_unchanged(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        assess(s, cid, "C5")
        SuitabilityService(s).record(cid, add_product(s, 5), "purchase", today=TODAY)
    for sql in (
        "UPDATE suitability_record SET outcome = 'warn'",
        "UPDATE suitability_record SET confirmation_attachment_id = 1",
        "DELETE FROM suitability_record",
    ):
        with pytest.raises(IntegrityError, match="kept unchanged"):
            with office.transaction() as s:
                s.execute(text(sql))
    assert _records(office) == 1

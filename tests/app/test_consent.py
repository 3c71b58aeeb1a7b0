"""Consent against a real encrypted office: notices and their SHA-256, validation, the
append-only history, the derived state for every combination (in Python and in SQL, which
must agree), expiring consents and the reports."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.consent import (
    EXPIRED,
    GRANTED,
    NEEDS_RECONSENT,
    NEVER_ASKED,
    PURPOSES,
    REFUSED,
    WITHDRAWN,
    ConsentService,
    NoticeIntegrityError,
    expiring_consents,
    latest_states,
)
from app.consent_reports import coverage, missing_required, withdrawals_by_month
from app.validation import ValidationError
from db.models import ConsentRecord
from db.office import Office
from tests.app.consent_helpers import NOTICE_TEXT, V2_DAY, at, new_client, publish_notices


def fields(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.field for e in exc.value.errors}


def record_count(office: Office) -> int:
    with office.session() as s:
        return int(s.scalar(select(func.count(ConsentRecord.id))) or 0)


# ---- notices -------------------------------------------------------------------------------


def test_a_notice_keeps_the_sha256_of_its_utf8_text(office: Office) -> None:
    with office.transaction() as s:
        ids = publish_notices(s)
        svc = ConsentService(s)
        infos = {(n.code, n.version): n for n in svc.notices()}
        for (code, version), body in NOTICE_TEXT.items():
            info = infos[(code, version)]
            assert info.sha256 == hashlib.sha256(body.encode("utf-8")).hexdigest()
            assert info.verified
            assert svc.notice_text(info.id) == body
        assert infos[("marketing_consent", 2)].requires_reconsent
        assert not infos[("privacy_notice", 2)].requires_reconsent
        assert svc.notice_in_force("marketing_consent", "zh", dt.date(2023, 5, 1)).id == ids["m1"]
        assert svc.notice_in_force("marketing_consent", "zh", dt.date(2024, 5, 1)).id == ids["m2"]
        assert svc.notice_in_force("marketing_consent", "en", dt.date(2024, 5, 1)) is None


def test_a_tampered_notice_fails_verification_and_cannot_be_consented_to(office: Office) -> None:
    with office.transaction() as s:
        ids = publish_notices(s)
        cid = new_client(s, "Tamper Target")
    with office.engine.begin() as conn:
        # only someone bypassing the app could do this: the trigger has to go first
        conn.exec_driver_sql("DROP TRIGGER privacy_notice_frozen")
        conn.exec_driver_sql(
            "UPDATE privacy_notice SET text = 'changed words' WHERE id = ?", (ids["p1"],)
        )
    with office.transaction() as s:
        svc = ConsentService(s)
        assert not svc.verify_notice(ids["p1"])
        assert svc.verify_notice(ids["p2"])
        assert {n.id: n.verified for n in svc.notices()}[ids["p1"]] is False
        with pytest.raises(NoticeIntegrityError, match="fingerprint"):
            svc.notice_text(ids["p1"])
        with pytest.raises(ValidationError) as info:
            svc.grant(
                cid,
                "pi_processing",
                notice_id=ids["p1"],
                capture_method="signed_paper",
                effective_at=at(2021, 1, 1),
            )
        assert fields(info) == {"notice_id"}
        assert "fingerprint" in str(info.value)


def test_published_notice_words_are_frozen_but_a_version_can_be_retired(office: Office) -> None:
    with office.transaction() as s:
        ids = publish_notices(s)
    with pytest.raises(DBAPIError, match="cannot be changed"):
        with office.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE privacy_notice SET text = 'x' WHERE id = ?", (ids["p1"],))
    with pytest.raises(DBAPIError, match="cannot be changed"):
        with office.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE privacy_notice SET requires_reconsent = 1 WHERE id = ?", (ids["p2"],)
            )
    with pytest.raises(DBAPIError, match="cannot be changed"):
        with office.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO privacy_notice SELECT id, code, title, version, language, "
                "effective_from, effective_to, 'new words', sha256, signature_required, "
                "requires_reconsent, created_at FROM privacy_notice WHERE id = ?",
                (ids["p1"],),
            )
    with office.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE privacy_notice SET effective_to = '2030-01-01' WHERE id = ?", (ids["p2"],)
        )
    with office.transaction() as s:
        assert all(n.verified for n in ConsentService(s).notices())


def test_publishing_rejects_bad_notices_and_stores_nothing(office: Office) -> None:
    with office.transaction() as s:
        publish_notices(s)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"version": 2}, "version"),  # exists already in zh
        ({"version": 1}, "version"),  # older than the newest
        ({"version": 0, "code": "new_form"}, "version"),
        ({"code": "not a code"}, "code"),
        ({"text": "   "}, "text"),
        ({"title": ""}, "title"),
        ({"effective_to": dt.date(2019, 1, 1)}, "effective_to"),
        ({"language": ""}, "language"),
    ]
    for override, field in cases:
        args: dict[str, Any] = {
            "code": "privacy_notice",
            "title": "Privacy",
            "version": 3,
            "language": "zh",
            "effective_from": dt.date(2025, 1, 1),
            "text": "text",
        }
        args.update(override)
        with office.transaction() as s:
            with pytest.raises(ValidationError) as info:
                ConsentService(s).publish_notice(**args)
            assert field in fields(info), override
    with office.transaction() as s:
        assert len(ConsentService(s).notices()) == 4
        # another language of an existing version is a new document, not a clash
        ConsentService(s).publish_notice(
            "privacy_notice", "Privacy", 2, "en", V2_DAY, "Privacy v2 in English."
        )


# ---- recording and validation --------------------------------------------------------------


@pytest.fixture
def setup(office: Office) -> tuple[Office, dict[str, int], int]:
    with office.transaction() as s:
        ids = publish_notices(s)
        cid = new_client(s, "Consent Client")
    return office, ids, cid


BAD_RECORDS: list[tuple[str, str, dict[str, Any], str]] = [
    ("unknown purpose", "grant", {"purpose": "astrology"}, "purpose"),
    ("sharing needs a third party", "grant", {"purpose": "third_party_sharing"}, "third_party"),
    (
        "only sharing names a third party",
        "grant",
        {"third_party": "Ping An Insurance"},
        "third_party",
    ),
    ("unknown capture method", "grant", {"capture_method": "telepathy"}, "capture_method"),
    ("expiry on the effective day", "grant", {"expires_on": dt.date(2021, 3, 1)}, "expires_on"),
    ("expiry before the effective day", "grant", {"expires_on": dt.date(2020, 3, 1)}, "expires_on"),
    ("notice not yet in force", "grant", {"effective_at": at(2019, 6, 1)}, "notice_id"),
    ("notice superseded that day", "grant", {"effective_at": at(2024, 6, 1)}, "notice_id"),
    (
        "future consent",
        "grant",
        {"effective_at": dt.datetime.now(dt.UTC) + dt.timedelta(days=2)},
        "effective_at",
    ),
    ("no notice", "refuse", {"notice_id": None}, "notice_id"),
    ("unknown notice", "refuse", {"notice_id": 9999}, "notice_id"),
    ("withdrawal without channel", "withdraw", {"channel": None}, "withdrawal_channel"),
    ("withdrawal, unknown channel", "withdraw", {"channel": "pigeon"}, "withdrawal_channel"),
    ("withdrawal, bad capture", "withdraw", {"capture_method": "telepathy"}, "capture_method"),
]


@pytest.mark.parametrize(
    ("action", "override", "field"),
    [case[1:] for case in BAD_RECORDS],
    ids=[case[0] for case in BAD_RECORDS],
)
def test_bad_consents_are_refused_with_the_field_and_store_nothing(
    setup: tuple[Office, dict[str, int], int], action: str, override: dict[str, Any], field: str
) -> None:
    office, ids, cid = setup
    args: dict[str, Any] = {"purpose": "marketing_email", "effective_at": at(2021, 3, 1)}
    if action == "withdraw":
        args["channel"] = "email"
    else:
        args["notice_id"] = ids["m1"]
        args["capture_method"] = "signed_paper"
    args.update(override)
    purpose = args.pop("purpose")
    with office.transaction() as s:
        with pytest.raises(ValidationError) as info:
            getattr(ConsentService(s), action)(cid, purpose, **args)
        assert field in fields(info)
        for error in info.value.errors:
            assert error.message.endswith(".")
    assert record_count(office) == 0


def test_unknown_client_and_foreign_evidence_are_refused(
    setup: tuple[Office, dict[str, int], int],
) -> None:
    from app.attachments import AttachmentService

    office, ids, cid = setup
    with office.transaction() as s:
        other = new_client(s, "Other Client")
        scan = AttachmentService(s).add(other, "form.pdf", b"%PDF-1.4 signed").id
        svc = ConsentService(s)
        with pytest.raises(LookupError):
            svc.grant(9999, "pi_processing", notice_id=ids["p1"], capture_method="in_person")
        with pytest.raises(ValidationError) as info:
            svc.grant(
                cid,
                "pi_processing",
                notice_id=ids["p2"],
                capture_method="signed_paper",
                evidence_attachment_id=scan,
            )
        assert fields(info) == {"evidence_attachment_id"}
        own = AttachmentService(s).add(cid, "form.pdf", b"%PDF-1.4 signed").id
        rid = svc.grant(
            cid,
            "pi_processing",
            notice_id=ids["p2"],
            capture_method="signed_paper",
            evidence_attachment_id=own,
        )
        entry = svc.history(cid)[-1]
        assert entry.id == rid and entry.evidence_attachment_id == own
    assert record_count(office) == 1


def test_a_record_holds_everything_the_issue_lists(
    setup: tuple[Office, dict[str, int], int],
) -> None:
    office, ids, cid = setup
    with office.transaction() as s:
        svc = ConsentService(s, actor="Chen Jing")
        svc.grant(
            cid,
            "third_party_sharing",
            notice_id=ids["p1"],
            capture_method="e_signature",
            effective_at=at(2021, 5, 4, 10),
            expires_on=dt.date(2031, 5, 4),
            third_party="  China Merchants Bank (custodian) ",
        )
        svc.withdraw(
            cid,
            "third_party_sharing",
            third_party="China Merchants Bank (custodian)",
            channel="phone",
            reason="Moved custody elsewhere",
            effective_at=at(2022, 7, 1),
        )
        first, second = svc.history(cid)
    assert (first.status, first.notice_code, first.notice_version) == (GRANTED, "privacy_notice", 1)
    assert first.third_party == "China Merchants Bank (custodian)"
    assert first.capture_method == "e_signature" and first.recorded_by == "Chen Jing"
    assert first.effective_at == at(2021, 5, 4, 10)
    assert first.expires_on == dt.date(2031, 5, 4)
    assert first.recorded_at.tzinfo is not None and first.recorded_at > first.effective_at
    assert (second.status, second.withdrawal_channel) == (WITHDRAWN, "phone")
    assert second.capture_method == "recorded_call"  # defaulted from the channel
    assert second.withdrawal_reason == "Moved custody elsewhere"
    assert second.notice_id is None


# ---- append-only ---------------------------------------------------------------------------


def test_the_service_has_no_way_to_change_or_remove_a_record() -> None:
    public = {n for n in dir(ConsentService) if not n.startswith("_")}
    assert not {n for n in public if any(w in n for w in ("update", "delete", "edit", "remove"))}


def test_records_cannot_be_changed_or_deleted_through_the_orm(
    setup: tuple[Office, dict[str, int], int],
) -> None:
    office, ids, cid = setup
    with office.transaction() as s:
        rid = ConsentService(s).grant(
            cid, "marketing_sms", notice_id=ids["m2"], capture_method="in_person"
        )
    for change in ("status", "delete", "reason"):
        with pytest.raises(DBAPIError, match="append-only"):
            with office.transaction() as s:
                row = s.get(ConsentRecord, rid)
                assert row is not None
                if change == "status":
                    row.status = WITHDRAWN
                elif change == "reason":
                    row.withdrawal_reason = "rewritten"
                else:
                    s.delete(row)
                s.flush()
    with office.transaction() as s:
        row = s.get(ConsentRecord, rid)
        assert row is not None and row.status == GRANTED and row.withdrawal_reason is None


# ---- derived state: every combination -----------------------------------------------------

# (name, purpose, actions, on, expected status, expected needs_reconsent)
# actions: ("grant"|"refuse", when, notice key[, expires_on]) or ("withdraw", when)
SCENARIOS: list[tuple[str, str, list[tuple], dt.date, str, bool]] = [
    ("never asked", "marketing_email", [], dt.date(2023, 6, 1), NEVER_ASKED, False),
    (
        "granted",
        "marketing_email",
        [("grant", at(2021, 3, 1), "m1")],
        dt.date(2023, 6, 1),
        GRANTED,
        False,
    ),
    (
        "refused",
        "marketing_email",
        [("refuse", at(2021, 3, 1), "m1")],
        dt.date(2023, 6, 1),
        REFUSED,
        False,
    ),
    (
        "granted then withdrawn",
        "marketing_email",
        [("grant", at(2021, 3, 1), "m1"), ("withdraw", at(2022, 5, 1))],
        dt.date(2023, 6, 1),
        WITHDRAWN,
        False,
    ),
    (
        "the day before the withdrawal",
        "marketing_email",
        [("grant", at(2021, 3, 1), "m1"), ("withdraw", at(2022, 5, 1))],
        dt.date(2022, 4, 30),
        GRANTED,
        False,
    ),
    (
        "withdrawn then granted again",
        "marketing_email",
        [
            ("grant", at(2021, 3, 1), "m1"),
            ("withdraw", at(2022, 5, 1)),
            ("grant", at(2022, 6, 1), "m1"),
        ],
        dt.date(2023, 6, 1),
        GRANTED,
        False,
    ),
    (
        "granted then refused when asked again",
        "marketing_email",
        [("grant", at(2021, 3, 1), "m1"), ("refuse", at(2022, 6, 1), "m1")],
        dt.date(2023, 6, 1),
        REFUSED,
        False,
    ),
    (
        "withdrawal without an earlier grant",
        "marketing_email",
        [("withdraw", at(2022, 5, 1))],
        dt.date(2023, 6, 1),
        WITHDRAWN,
        False,
    ),
    (
        "expired",
        "call_recording",
        [("grant", at(2021, 3, 1), "p1", dt.date(2022, 3, 1))],
        dt.date(2023, 6, 1),
        EXPIRED,
        False,
    ),
    (
        "expired on its expiry day",
        "call_recording",
        [("grant", at(2021, 3, 1), "p1", dt.date(2022, 3, 1))],
        dt.date(2022, 3, 1),
        EXPIRED,
        False,
    ),
    (
        "valid the day before expiry",
        "call_recording",
        [("grant", at(2021, 3, 1), "p1", dt.date(2022, 3, 1))],
        dt.date(2022, 2, 28),
        GRANTED,
        False,
    ),
    (
        "expired then granted again",
        "call_recording",
        [("grant", at(2021, 3, 1), "p1", dt.date(2022, 3, 1)), ("grant", at(2023, 1, 1), "p1")],
        dt.date(2023, 6, 1),
        GRANTED,
        False,
    ),
    (
        "superseded by a version requiring reconsent",
        "marketing_email",
        [("grant", at(2021, 3, 1), "m1")],
        dt.date(2025, 6, 1),
        GRANTED,
        True,
    ),
    (
        "before the new version takes effect",
        "marketing_email",
        [("grant", at(2021, 3, 1), "m1")],
        V2_DAY - dt.timedelta(days=1),
        GRANTED,
        False,
    ),
    (
        "re-consented under the new version",
        "marketing_email",
        [("grant", at(2021, 3, 1), "m1"), ("grant", at(2024, 3, 1), "m2")],
        dt.date(2025, 6, 1),
        GRANTED,
        False,
    ),
    (
        "re-consented, then withdrawn",
        "marketing_email",
        [
            ("grant", at(2021, 3, 1), "m1"),
            ("grant", at(2024, 3, 1), "m2"),
            ("withdraw", at(2025, 1, 1)),
        ],
        dt.date(2025, 6, 1),
        WITHDRAWN,
        False,
    ),
    (
        "new version without reconsent",
        "pi_processing",
        [("grant", at(2021, 3, 1), "p1")],
        dt.date(2025, 6, 1),
        GRANTED,
        False,
    ),
    (
        "expired and superseded: expired wins",
        "marketing_email",
        [("grant", at(2021, 3, 1), "m1", dt.date(2024, 6, 1))],
        dt.date(2025, 6, 1),
        EXPIRED,
        False,
    ),
    (
        "a back-dated entry does not override a later one",
        "marketing_email",
        [("grant", at(2022, 6, 1), "m1"), ("refuse", at(2021, 1, 1), "m1")],
        dt.date(2023, 6, 1),
        GRANTED,
        False,
    ),
    (
        "same instant: the later entry wins",
        "marketing_email",
        [("grant", at(2022, 6, 1), "m1"), ("withdraw", at(2022, 6, 1))],
        dt.date(2023, 6, 1),
        WITHDRAWN,
        False,
    ),
]


def apply(
    svc: ConsentService, cid: int, purpose: str, ids: dict[str, int], actions: list[tuple]
) -> None:
    for action in actions:
        kind, when = action[0], action[1]
        if kind == "withdraw":
            svc.withdraw(cid, purpose, channel="email", reason="no more", effective_at=when)
            continue
        kwargs: dict[str, Any] = {
            "notice_id": ids[action[2]],
            "capture_method": "signed_paper",
            "effective_at": when,
        }
        if kind == "grant" and len(action) > 3:
            kwargs["expires_on"] = action[3]
        getattr(svc, kind)(cid, purpose, **kwargs)


@pytest.mark.parametrize(
    ("purpose", "actions", "on", "status", "needs"),
    [s[1:] for s in SCENARIOS],
    ids=[s[0] for s in SCENARIOS],
)
def test_the_state_is_derived_from_the_history(
    office: Office, purpose: str, actions: list[tuple], on: dt.date, status: str, needs: bool
) -> None:
    with office.transaction() as s:
        ids = publish_notices(s)
        cid = new_client(s, "Scenario Client")
        bystander = new_client(s, "Bystander")
        svc = ConsentService(s)
        apply(svc, cid, purpose, ids, actions)
        # the bystander's records must not leak into the client's state
        svc.grant(bystander, purpose, notice_id=ids["p2"], capture_method="in_person")

    with office.session() as s:
        svc = ConsentService(s)
        state = svc.state(cid, purpose, on=on)
        assert (state.status, state.needs_reconsent) == (status, needs)
        assert state.valid == (status == GRANTED and not needs)
        by_purpose = {p.purpose: p for p in svc.current_state(cid, on=on)}
        assert list(by_purpose) == list(PURPOSES)
        assert by_purpose[purpose] == state
        assert all(p.status == NEVER_ASKED for k, p in by_purpose.items() if k != purpose)
        # the SQL derivation agrees with the Python one
        rows = s.execute(latest_states(s, on)).all()
        sql = {(r.client_id, r.purpose): r.state for r in rows}
        expected = NEEDS_RECONSENT if needs else status
        assert sql.get((cid, purpose), NEVER_ASKED) == expected
        valid = svc.clients_with_valid(purpose, [cid, bystander], on=on)
        assert (cid in valid) == state.valid
        assert svc.has_valid(cid, purpose, on=on) == state.valid


def test_sharing_is_tracked_per_named_third_party(
    setup: tuple[Office, dict[str, int], int],
) -> None:
    office, ids, cid = setup
    with office.transaction() as s:
        svc = ConsentService(s)
        for party in ("Ping An Insurance", "CITIC Securities"):
            svc.grant(
                cid,
                "third_party_sharing",
                notice_id=ids["p2"],
                capture_method="in_person",
                third_party=party,
            )
        svc.withdraw(cid, "third_party_sharing", third_party="CITIC Securities", channel="wechat")
    with office.session() as s:
        svc = ConsentService(s)
        sharing = [p for p in svc.current_state(cid) if p.purpose == "third_party_sharing"]
        assert [(p.third_party, p.status) for p in sharing] == [
            ("CITIC Securities", WITHDRAWN),
            ("Ping An Insurance", GRANTED),
        ]
        assert svc.clients_with_valid(
            "third_party_sharing", [cid], third_party="Ping An Insurance"
        ) == {cid}
        assert (
            svc.clients_with_valid("third_party_sharing", [cid], third_party="CITIC Securities")
            == set()
        )
        with pytest.raises(ValueError, match="third party"):
            svc.clients_with_valid("third_party_sharing", [cid])


def test_a_withdrawal_takes_effect_at_once(setup: tuple[Office, dict[str, int], int]) -> None:
    office, ids, cid = setup
    with office.transaction() as s:
        ConsentService(s).grant(
            cid, "marketing_phone", notice_id=ids["m2"], capture_method="in_person"
        )
    with office.session() as s:
        assert ConsentService(s).clients_with_valid("marketing_phone") == {cid}
    with office.transaction() as s:
        ConsentService(s).withdraw(cid, "marketing_phone", channel="phone")
    with office.session() as s:  # a new session, as another window would use
        svc = ConsentService(s)
        assert svc.clients_with_valid("marketing_phone") == set()
        assert svc.state(cid, "marketing_phone").status == WITHDRAWN


def test_clients_with_valid_takes_a_select_or_many_ids(office: Office) -> None:
    with office.transaction() as s:
        ids = publish_notices(s)
        clients = [new_client(s, f"Batch {i}") for i in range(6)]
        svc = ConsentService(s)
        for cid in clients[::2]:
            svc.grant(cid, "sensitive_pi", notice_id=ids["p2"], capture_method="in_person")
    with office.session() as s:
        svc = ConsentService(s)
        want = set(clients[::2])
        assert svc.clients_with_valid("sensitive_pi") == want
        assert svc.clients_with_valid("sensitive_pi", clients[:3]) == {clients[0], clients[2]}
        # more ids than one IN list holds: chunked, same answer
        assert svc.clients_with_valid("sensitive_pi", range(1, 25_001)) == want
        from db.models import Client

        assert svc.clients_with_valid(
            "sensitive_pi", select(Client.id).where(Client.id > clients[1])
        ) == want - {clients[0]}
        with pytest.raises(ValueError, match="Unknown consent purpose"):
            svc.clients_with_valid("astrology")


# ---- expiring consents and reports ---------------------------------------------------------


def test_expiring_consents_lists_valid_grants_expiring_soon(office: Office) -> None:
    today = dt.date(2025, 6, 1)
    with office.transaction() as s:
        ids = publish_notices(s)
        a, b, c, d = (new_client(s, f"Expiry {x}") for x in "ABCD")
        svc = ConsentService(s)
        grant = dict(notice_id=ids["p2"], capture_method="in_person", effective_at=at(2024, 6, 1))
        svc.grant(a, "call_recording", expires_on=today + dt.timedelta(days=10), **grant)
        svc.grant(a, "photos", expires_on=today + dt.timedelta(days=30), **grant)
        svc.grant(b, "call_recording", expires_on=today + dt.timedelta(days=31), **grant)
        svc.grant(c, "call_recording", expires_on=today - dt.timedelta(days=1), **grant)
        svc.grant(d, "call_recording", expires_on=today + dt.timedelta(days=5), **grant)
        svc.withdraw(d, "call_recording", channel="phone", effective_at=at(2025, 1, 1))
    with office.session() as s:
        soon = expiring_consents(s, 30, on=today)
    assert [tuple(e) for e in soon] == [
        (a, "call_recording", today + dt.timedelta(days=10)),
        (a, "photos", today + dt.timedelta(days=30)),
    ]
    client_id, purpose, expires_on = soon[0]
    assert (client_id, purpose, expires_on) == (a, "call_recording", today + dt.timedelta(days=10))


def test_reports_count_exactly_what_was_recorded(office: Office) -> None:
    on = dt.date(2025, 6, 1)
    with office.transaction() as s:
        ids = publish_notices(s)
        clients = [new_client(s, f"Report {i}") for i in range(5)]
        svc = ConsentService(s)
        for cid in clients[:4]:
            svc.grant(
                cid,
                "pi_processing",
                notice_id=ids["p1"],
                capture_method="signed_paper",
                effective_at=at(2021, 1, 5),
            )
        for cid in clients[:2]:
            svc.grant(
                cid,
                "sensitive_pi",
                notice_id=ids["p1"],
                capture_method="signed_paper",
                effective_at=at(2021, 1, 5),
            )
        svc.grant(
            clients[0],
            "marketing_sms",
            notice_id=ids["m1"],
            capture_method="in_person",
            effective_at=at(2021, 1, 5),
        )
        svc.grant(
            clients[1],
            "marketing_sms",
            notice_id=ids["m1"],
            capture_method="in_person",
            effective_at=at(2021, 1, 5),
        )
        svc.grant(
            clients[1],
            "marketing_sms",
            notice_id=ids["m2"],
            capture_method="in_person",
            effective_at=at(2024, 2, 5),
        )
        svc.grant(
            clients[2],
            "marketing_sms",
            notice_id=ids["m1"],
            capture_method="in_person",
            effective_at=at(2021, 1, 5),
            expires_on=dt.date(2022, 1, 1),
        )
        svc.refuse(
            clients[3],
            "marketing_sms",
            notice_id=ids["m1"],
            capture_method="in_person",
            effective_at=at(2021, 1, 5),
        )
        svc.withdraw(clients[4], "marketing_sms", channel="sms", effective_at=at(2024, 3, 7))
        svc.withdraw(clients[4], "marketing_email", channel="email", effective_at=at(2024, 3, 9))
        svc.withdraw(clients[3], "pi_processing", channel="post", effective_at=at(2024, 5, 1))
        total = int(s.scalar(text("SELECT count(*) FROM client")) or 0)  # 3 template clients too

    with office.session() as s:
        rows = {(r.purpose, r.third_party): r for r in coverage(s, on=on)}
        sms = rows[("marketing_sms", None)]
        assert sms.total == total
        assert sms.counts == {
            GRANTED: 1,
            NEEDS_RECONSENT: 1,
            REFUSED: 1,
            WITHDRAWN: 1,
            EXPIRED: 1,
            NEVER_ASKED: total - 5,
        }
        assert rows[("pi_processing", None)].counts[GRANTED] == 3
        assert rows[("pi_processing", None)].counts[WITHDRAWN] == 1
        assert rows[("photos", None)].counts[NEVER_ASKED] == total
        assert ("third_party_sharing", None) not in rows  # sharing rows are per named party
        assert sms.share(GRANTED) == pytest.approx(1 / total)

        missing = missing_required(s, on=on, client_status=None)
        assert missing.clients_checked == total
        # clients[0], [1] have both; [2] lacks sensitive; [3] withdrew processing and lacks
        # sensitive; [4] and the template clients have neither
        assert missing.clients_missing == total - 2
        assert missing.by_purpose == {"pi_processing": total - 3, "sensitive_pi": total - 2}
        by_id = {m.id: m.missing for m in missing.clients}
        assert by_id[clients[2]] == ("sensitive_pi",)
        assert by_id[clients[3]] == ("pi_processing", "sensitive_pi")
        assert clients[0] not in by_id and clients[1] not in by_id
        assert len(missing_required(s, on=on, client_status=None, limit=2).clients) == 2
        assert missing_required(s, on=on).clients_checked == 0  # no client is "active" here

        months = withdrawals_by_month(s)
        assert [(m.month, m.total, m.by_purpose) for m in months] == [
            ("2024-03", 2, {"marketing_email": 1, "marketing_sms": 1}),
            ("2024-05", 1, {"pi_processing": 1}),
        ]
        assert [m.month for m in withdrawals_by_month(s, start=dt.date(2024, 4, 1))] == ["2024-05"]
        assert [m.month for m in withdrawals_by_month(s, end=dt.date(2024, 3, 31))] == ["2024-03"]

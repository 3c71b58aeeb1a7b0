"""Assessments: what is stored, expiry (office setting, month ends, the boundary day), the
current level and its history, the dashboard's levels, professional status, bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError

from app.attachments import AttachmentService
from app.risk_assessment import (
    AssessmentService,
    RiskError,
    add_months,
    current_levels,
    current_risk,
    risk_history,
)
from app.settings import SettingsService
from db.models import Client
from db.models_risk import ProfessionalStatus, RiskAssessment
from db.office import Office
from tests.app.risk_helpers import TODAY, answers_scoring, assess, client_ids, max_answers


def _count(office: Office, model: type) -> int:
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_an_assessment_keeps_version_answers_score_level_advisor_and_form(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        form = AttachmentService(s, "Li Na").add(cid, "risk-form.pdf", b"%PDF-1.4 signed")
        answers = max_answers() | {"experience": "none"}
        info = AssessmentService(s, "Li Na").record(
            cid, answers, dt.date(2026, 3, 31), today=TODAY, confirmation_attachment_id=form.id
        )
    assert (info.questionnaire_version, info.score, info.band_level, info.level) == (
        1,
        42,
        "C5",
        "C3",
    )
    assert info.caps == ("no_experience",)
    with office.session() as s:
        [stored] = AssessmentService(s).history(cid)
    assert stored == info
    assert stored.answers == answers
    assert (stored.advisor, stored.client_confirmed, stored.confirmation_attachment_id) == (
        "Li Na",
        True,
        form.id,
    )
    assert stored.expires_on == dt.date(2027, 3, 31)


@pytest.mark.parametrize(
    ("day", "months", "expires"),
    [
        (dt.date(2026, 1, 15), 12, dt.date(2027, 1, 15)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2026, 11, 30), 24, dt.date(2028, 11, 30)),
        (dt.date(2026, 12, 31), 1, dt.date(2027, 1, 31)),
    ],
)
def test_add_months_clamps_to_the_month_end(day: dt.date, months: int, expires: dt.date) -> None:
    assert add_months(day, months) == expires


def test_validity_is_an_office_setting(office: Office) -> None:
    with office.transaction() as s:
        SettingsService(s).set("risk.validity_months", 24)
        cid = client_ids(s)[0]
        info = AssessmentService(s).record(
            cid, answers_scoring(25), dt.date(2026, 5, 10), today=TODAY, client_confirmed=True
        )
    assert info.expires_on == dt.date(2028, 5, 10)


def test_expiry_boundary_the_day_before_is_valid_the_day_itself_is_not(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        assess(s, cid, "C3", on=dt.date(2025, 11, 20))
    with office.session() as s:
        before = current_risk(s, cid, dt.date(2026, 11, 19))
        on_the_day = current_risk(s, cid, dt.date(2026, 11, 20))
        assert current_levels(s, dt.date(2026, 11, 19)) == {cid: "C3"}
        assert current_levels(s, dt.date(2026, 11, 20)) == {}
    assert (before.level, before.expired, before.expires_on) == ("C3", False, dt.date(2026, 11, 20))
    assert (on_the_day.level, on_the_day.expired) == ("C3", True)


def test_never_assessed(office: Office) -> None:
    with office.session() as s:
        status = current_risk(s, client_ids(s)[0], TODAY)
    assert status.level is None and not status.expired and not status.professional
    assert status.assessed_on is None and status.expires_on is None


def test_the_latest_assessment_is_current_and_the_history_is_the_trend(office: Office) -> None:
    with office.transaction() as s:
        a, b, c = client_ids(s)
        assess(s, a, "C2", on=dt.date(2024, 6, 1))
        assess(s, a, "C4", on=dt.date(2026, 6, 1))
        assess(s, a, "C3", on=dt.date(2025, 6, 1))  # entered late, dated earlier
        assess(s, b, "C5", on=dt.date(2025, 1, 1))  # expired by TODAY
    with office.session() as s:
        assert current_risk(s, a, TODAY).level == "C4"
        assert risk_history(s, a) == [
            (dt.date(2024, 6, 1), "C2"),
            (dt.date(2025, 6, 1), "C3"),
            (dt.date(2026, 6, 1), "C4"),
        ]
        assert [i.level for i in AssessmentService(s).history(a)] == ["C4", "C3", "C2"]
        assert current_levels(s, TODAY) == {a: "C4"}
        assert current_levels(s, dt.date(2025, 12, 31)) == {a: "C4", b: "C5"}
        assert risk_history(s, c) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"client_id": 9999}, "Client 9999 does not exist"),
        ({"assessed_on": TODAY + dt.timedelta(days=1)}, "in the future"),
        ({"client_confirmed": False}, "Record the client's confirmation"),
        ({"answers": {"age": "30_49"}}, "'income' is not answered"),
        ({"answers": max_answers() | {"loss": "all"}}, "'all' is not an answer"),
        ({"assessed_on": None}, "Give the date"),
    ],
)
def test_bad_assessments_are_refused_and_store_nothing(
    office: Office, kwargs: dict, message: str
) -> None:
    with office.session() as s:
        cid = client_ids(s)[0]
    values = {
        "client_id": cid,
        "answers": max_answers(),
        "assessed_on": TODAY,
        "today": TODAY,
        "client_confirmed": True,
    } | kwargs
    with pytest.raises(RiskError, match=message):
        with office.transaction() as s:
            AssessmentService(s).record(
                values.pop("client_id"), values.pop("answers"), values.pop("assessed_on"), **values
            )
    assert _count(office, RiskAssessment) == 0


def test_the_signed_form_must_be_this_clients(office: Office) -> None:
    with office.transaction() as s:
        a, b, _c = client_ids(s)
        other = AttachmentService(s).add(b, "form.pdf", b"signed by b")
    with pytest.raises(RiskError, match="attached to this client"):
        with office.transaction() as s:
            AssessmentService(s).record(
                a, max_answers(), TODAY, today=TODAY, confirmation_attachment_id=other.id
            )
    assert _count(office, RiskAssessment) == 0


def test_assessments_are_never_changed_and_go_only_with_the_card(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        assess(s, cid, "C2")
        AssessmentService(s).record_professional(cid, TODAY, today=TODAY, experience_years=0)
    for sql in (
        "UPDATE risk_assessment SET level = 'C5'",
        "DELETE FROM risk_assessment",
        "UPDATE professional_status SET professional = 1",
        "DELETE FROM professional_status",
    ):
        with pytest.raises(IntegrityError, match="history"):
            with office.transaction() as s:
                s.execute(text(sql))
    assert _count(office, RiskAssessment) == 1
    with office.transaction() as s:
        s.execute(delete(Client).where(Client.id == cid))
    assert _count(office, RiskAssessment) == 0
    assert _count(office, ProfessionalStatus) == 0


# ---- professional investors ----------------------------------------------------------------

MILLION = 1_000_000_00  # RMB 1M in minor units


@pytest.mark.parametrize(
    ("assets", "income", "years", "basis"),
    [
        (3 * MILLION, None, 1, "assets"),
        (3 * MILLION - 1, None, 1, None),
        (None, 300_000_00, 1, "income"),
        (None, 300_000_00 - 1, 1, None),
        (10 * MILLION, 10 * MILLION, 0, None),  # experience is needed as well
        (2 * MILLION, 400_000_00, 3, "income"),
    ],
)
def test_professional_thresholds(
    office: Office, assets: int | None, income: int | None, years: int, basis: str | None
) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        evidence = AttachmentService(s).add(cid, "statements.pdf", b"bank statements")
        info = AssessmentService(s, "Li Na").record_professional(
            cid,
            TODAY,
            today=TODAY,
            financial_assets_minor=assets,
            average_income_minor=income,
            experience_years=years,
            evidence_attachment_id=evidence.id,
        )
    assert (info.professional, info.basis) == (basis is not None, basis)
    with office.session() as s:
        assert current_risk(s, cid, TODAY).professional is (basis is not None)


def test_thresholds_are_office_settings(office: Office) -> None:
    with office.transaction() as s:
        SettingsService(s).set("risk.professional_assets_minor", 5 * MILLION)
        SettingsService(s).set("risk.professional_experience_years", 2)
        service = AssessmentService(s)
        assert service.qualifying_basis(4 * MILLION, None, 5) is None
        assert service.qualifying_basis(5 * MILLION, None, 1) is None
        assert service.qualifying_basis(5 * MILLION, None, 2) == "assets"


def test_a_professional_needs_evidence_and_a_later_determination_ends_it(office: Office) -> None:
    with office.session() as s:
        cid = client_ids(s)[0]
    with pytest.raises(RiskError, match="Attach the evidence"):
        with office.transaction() as s:
            AssessmentService(s).record_professional(
                cid, TODAY, today=TODAY, financial_assets_minor=5 * MILLION, experience_years=2
            )
    assert _count(office, ProfessionalStatus) == 0
    with office.transaction() as s:
        evidence = AttachmentService(s).add(cid, "assets.pdf", b"certificate")
        AssessmentService(s).record_professional(
            cid,
            dt.date(2026, 1, 5),
            today=TODAY,
            financial_assets_minor=5 * MILLION,
            experience_years=2,
            evidence_attachment_id=evidence.id,
        )
    with office.session() as s:
        assert current_risk(s, cid, TODAY).professional
    with office.transaction() as s:
        AssessmentService(s).record_professional(
            cid,
            TODAY,
            today=TODAY,
            financial_assets_minor=MILLION,
            experience_years=2,
            note="Assets fell below the threshold",
        )
    with office.session() as s:
        assert not current_risk(s, cid, TODAY).professional
        history = AssessmentService(s).professional_history(cid)
    assert [h.professional for h in history] == [False, True]
    assert history[0].note == "Assets fell below the threshold"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"financial_assets_minor": -5}, "financial assets must be a whole number"),
        ({"experience_years": 1.5}, "years of experience must be a whole number"),
        ({"decided_on": TODAY + dt.timedelta(days=3)}, "in the future"),
        ({"client_id": 4242}, "Client 4242 does not exist"),
    ],
)
def test_bad_professional_figures_are_refused(office: Office, kwargs: dict, message: str) -> None:
    with office.session() as s:
        cid = client_ids(s)[0]
    values = {"client_id": cid, "decided_on": TODAY, "today": TODAY} | kwargs
    with pytest.raises(RiskError, match=message):
        with office.transaction() as s:
            AssessmentService(s).record_professional(
                values.pop("client_id"), values.pop("decided_on"), **values
            )
    assert _count(office, ProfessionalStatus) == 0


def test_a_second_assessment_on_the_same_day_supersedes_the_first(office: Office) -> None:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        assess(s, cid, "C4", on=TODAY)
        assess(s, cid, "C2", on=TODAY)
    with office.session() as s:
        assert current_risk(s, cid, TODAY).level == "C2"
        assert current_levels(s, TODAY) == {cid: "C2"}


def test_current_levels_is_one_query(office: Office) -> None:
    from sqlalchemy import event

    with office.transaction() as s:
        for cid in client_ids(s):
            assess(s, cid, "C3")
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    with office.session() as s:
        s.connection()  # the session's own setup is not the query's
        event.listen(office.engine, "before_cursor_execute", count)
        try:
            levels = current_levels(s, TODAY)
        finally:
            event.remove(office.engine, "before_cursor_execute", count)
    assert len(levels) == 3 and len(statements) == 1

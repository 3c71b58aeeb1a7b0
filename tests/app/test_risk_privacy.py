"""Risk records and privacy: the subject export lists the person's assessments,
professional status and suitability records; an erasure keeps them (suitability retention)
but empties the signed files; the purge after the retention period takes them with the card."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.attachments import AttachmentService
from app.erasure import erase_client, purge_expired
from app.risk_assessment import AssessmentService
from app.subject_export import export_subject
from app.suitability import SuitabilityService
from db.models import Attachment
from db.models_risk import ProfessionalStatus, RiskAssessment, SuitabilityRecord
from db.office import Office
from tests.app.risk_helpers import TODAY, add_product, client_ids, max_answers
from tests.pdf_tools import pdf_text


def _profile(office: Office) -> tuple[int, int]:
    with office.transaction() as s:
        cid = client_ids(s)[0]
        form = AttachmentService(s, "Li Na").add(cid, "risk-form.pdf", b"%PDF signed form")
        AssessmentService(s, "Li Na").record(
            cid,
            max_answers() | {"experience": "moderate"},
            dt.date(2026, 6, 1),
            today=TODAY,
            confirmation_attachment_id=form.id,
        )
        AssessmentService(s, "Li Na").record_professional(
            cid, TODAY, today=TODAY, experience_years=0, note="Below the thresholds"
        )
        pid = add_product(s, 5, code="PE-FUND")
        SuitabilityService(s, "Li Na").record(cid, pid, "purchase", today=TODAY)
        # a second client, C1 by no-loss, buys above: the reason names the person
        other = client_ids(s)[1]
        AssessmentService(s).record(
            other,
            max_answers() | {"loss": "up_to_10", "objective": "preserve"},
            TODAY,
            today=TODAY,
            client_confirmed=True,
        )
        SuitabilityService(s, "Li Na").record(other, add_product(s, 1), "purchase", today=TODAY)
    return cid, form.id


def _count(office: Office, model: type) -> int:
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_the_subject_export_lists_the_risk_records(office: Office, tmp_path: Path) -> None:
    cid, _form = _profile(office)
    with office.transaction() as s:
        files = export_subject(s, cid, tmp_path, actor="Li Na")
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    [assessment] = data["tables"]["risk_assessment"]
    assert (assessment["level"], assessment["score"]) == ("C5", 46)
    assert assessment["answers"]["experience"] == "moderate"
    [status] = data["tables"]["professional_status"]
    assert status["note"] == "Below the thresholds" and status["professional"] is False
    [record] = data["tables"]["suitability_record"]  # only this client's
    assert (record["outcome"], record["product_rating"]) == ("ok", 5)
    assert any(p["code"] == "PE-FUND" for p in data["context"]["product"])
    text = pdf_text(files.pdf_path)
    for title in ("风险承受能力评估", "专业投资者认定", "推荐与购买的适当性检查"):  # a zh client
        assert title in text


def test_erasure_keeps_the_records_and_the_purge_takes_them(office: Office) -> None:
    cid, form = _profile(office)
    with office.transaction() as s:
        SuitabilityService(s, "Li Na").record(
            cid,
            add_product(s, 4, code="EQ-4"),
            "recommendation",
            "Template Client 0 insists; call +8613800138000",
            today=TODAY,
            confirmed=True,
        )
        AssessmentService(s).record_professional(
            cid, TODAY, today=TODAY, experience_years=0, note="Template Client 0 has no proof"
        )
    with pytest.raises(IntegrityError, match="kept unchanged"):  # outside an erasure
        with office.transaction() as s:
            s.execute(text("UPDATE suitability_record SET advisor_reason = 'x'"))
    with office.transaction() as s:
        report = erase_client(s, cid, "Li Na", "Client's request of 2026-11-20")
    assert report.kept["suitability_record"] == 2 and report.kept["risk_assessment"] == 1
    assert report.anonymised["suitability_record"] == 1
    with office.session() as s:
        reasons = set(s.scalars(select(SuitabilityRecord.advisor_reason)))
        notes = set(s.scalars(select(ProfessionalStatus.note)))
    assert reasons == {None, "[erased] insists; call [erased]"}
    assert notes == {"Below the thresholds", "[erased] has no proof"}
    assert (_count(office, RiskAssessment), _count(office, ProfessionalStatus)) == (2, 2)
    assert _count(office, SuitabilityRecord) == 3
    with office.session() as s:
        attachment = s.get(Attachment, form)
        assert attachment is not None and attachment.data == b""  # the signed form's bytes go
    with office.transaction() as s:
        purge_expired(s, dt.date.today() + dt.timedelta(days=365 * 4))  # consents only
    assert _count(office, RiskAssessment) == 2
    with office.transaction() as s:
        purge_expired(s, dt.date.today() + dt.timedelta(days=366 * 21))
    # the other client's records stay; the erased client's went with the card
    assert (_count(office, RiskAssessment), _count(office, ProfessionalStatus)) == (1, 0)
    assert _count(office, SuitabilityRecord) == 1

"""Risk assessments and professional-investor status: recording them, and reading a client's
current level for the card, the dashboard and the suitability check.

An assessment stores the questionnaire version, the answers, the score, the band's level,
the caps applied and the final level, who assessed, and the client's confirmation (the
signed form as an attachment, or the advisor's record that the client confirmed). It is
valid for the office setting `risk.validity_months` and expires ON `expires_on` (valid up
to the day before), like consents. Nothing is ever changed: a new assessment supersedes
the old one, and the history shows the trend.

Professional investors (证券期货投资者适当性管理办法 art. 8) qualify with financial assets of
at least `risk.professional_assets_minor` or an average income over 3 years of at least
`risk.professional_income_minor`, plus `risk.professional_experience_years` of experience;
the determination keeps its figures and evidence. Read functions take a Session and never
write; the caller owns the transaction.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, bindparam, select, text
from sqlalchemy.orm import Session

from app import access
from app.risk_questionnaire import LEVELS, QuestionnaireError, QuestionnaireService
from app.settings import SettingsService
from db.models import Attachment, Client
from db.models_risk import ProfessionalStatus, RiskAssessment, RiskQuestionnaire

PROFESSIONAL_CURRENCY = "CNY"  # the thresholds of the rules are in RMB


class RiskError(ValueError):
    """An assessment or determination that cannot be recorded; the message says why."""


@dataclass(frozen=True)
class RiskStatus:
    """A client's risk standing on a day: the latest assessment's level (None: never
    assessed), whether that assessment has expired, and the professional status."""

    level: str | None
    professional: bool
    assessed_on: dt.date | None
    expires_on: dt.date | None
    expired: bool
    assessment_id: int | None = None  # the assessment the level comes from


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    client_id: int
    questionnaire_id: int
    questionnaire_version: int
    assessed_on: dt.date
    expires_on: dt.date
    answers: dict[str, Any]
    score: int
    band_level: str
    level: str
    caps: tuple[str, ...]
    advisor: str
    client_confirmed: bool
    confirmation_attachment_id: int | None


@dataclass(frozen=True)
class ProfessionalInfo:
    id: int
    client_id: int
    decided_on: dt.date
    professional: bool
    basis: str | None  # "assets", "income" or None
    financial_assets_minor: int | None
    average_income_minor: int | None
    experience_years: int | None
    evidence_attachment_id: int | None
    note: str | None
    advisor: str


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day when it is shorter (31 Jan -> 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


# ---- reading ------------------------------------------------------------------------------


def _latest(session: Session, model: Any, client_id: int, date_col: Any) -> Any:
    return session.scalar(
        select(model)
        .where(model.client_id == client_id)
        .order_by(date_col.desc(), model.id.desc())
        .limit(1)
    )


def is_professional(session: Session, client_id: int) -> bool:
    latest = _latest(session, ProfessionalStatus, client_id, ProfessionalStatus.decided_on)
    return bool(latest is not None and latest.professional)


def current_risk(session: Session, client_id: int, today: dt.date) -> RiskStatus:
    latest = _latest(session, RiskAssessment, client_id, RiskAssessment.assessed_on)
    professional = is_professional(session, client_id)
    if latest is None:
        return RiskStatus(None, professional, None, None, False)
    return RiskStatus(
        latest.level,
        professional,
        latest.assessed_on,
        latest.expires_on,
        latest.expires_on <= today,
        latest.id,
    )


def risk_history(session: Session, client_id: int) -> list[tuple[dt.date, str]]:
    """Every assessment's date and level, oldest first (the card's trend)."""
    rows = session.execute(
        select(RiskAssessment.assessed_on, RiskAssessment.level)
        .where(RiskAssessment.client_id == client_id)
        .order_by(RiskAssessment.assessed_on, RiskAssessment.id)
    ).all()
    return [(r.assessed_on, r.level) for r in rows]


# The newest assessment per client through the client index, checked only for rows not yet
# expired. Measured at 100,000 clients (112,000 assessments): about half the time of a
# row_number() window, which sorts every row; Core's rendering of the same correlated
# subquery (LIMIT as a bound parameter) was slower than this text.
_CURRENT_LEVELS = text(
    "SELECT r.client_id, r.level FROM risk_assessment r "
    "WHERE r.expires_on > :today AND r.id = ("
    " SELECT n.id FROM risk_assessment n WHERE n.client_id = r.client_id"
    " ORDER BY n.assessed_on DESC, n.id DESC LIMIT 1)"
).bindparams(bindparam("today", type_=Date))


def current_levels_sql() -> str:
    """The current-levels query as SQL text (bind :today), for callers that aggregate over
    it in SQL instead of reading 100,000 rows into Python."""
    return str(_CURRENT_LEVELS.text)


def current_levels(session: Session, today: dt.date) -> dict[int, str]:
    """Client id -> level of every client whose latest assessment is still valid on `today`
    (expired and never-assessed clients are absent). One SQL query over the client index."""
    return {int(cid): level for cid, level in session.execute(_CURRENT_LEVELS, {"today": today})}


def professional_thresholds(session: Session) -> tuple[int, int, int]:
    """The office's thresholds: financial assets and average income (RMB minor units), years
    of experience."""
    settings = SettingsService(session)
    return (
        int(settings.get("risk.professional_assets_minor")),
        int(settings.get("risk.professional_income_minor")),
        int(settings.get("risk.professional_experience_years")),
    )


def professional_basis(
    thresholds: tuple[int, int, int],
    financial_assets_minor: int | None,
    average_income_minor: int | None,
    experience_years: int | None,
) -> str | None:
    """ "assets" or "income" when the figures meet the thresholds, else None (no session:
    the status dialog shows the outcome as the figures are typed)."""
    min_assets, min_income, min_years = thresholds
    if (experience_years or 0) < min_years:
        return None
    if (financial_assets_minor or 0) >= min_assets:
        return "assets"
    if (average_income_minor or 0) >= min_income:
        return "income"
    return None


def _info(row: RiskAssessment, version: int) -> AssessmentInfo:
    return AssessmentInfo(
        row.id,
        row.client_id,
        row.questionnaire_id,
        version,
        row.assessed_on,
        row.expires_on,
        dict(row.answers),
        row.score,
        row.band_level,
        row.level,
        tuple(row.caps or ()),
        row.advisor,
        row.client_confirmed,
        row.confirmation_attachment_id,
    )


def _professional_info(row: ProfessionalStatus) -> ProfessionalInfo:
    return ProfessionalInfo(
        row.id,
        row.client_id,
        row.decided_on,
        row.professional,
        row.basis,
        row.financial_assets_minor,
        row.average_income_minor,
        row.experience_years,
        row.evidence_attachment_id,
        row.note,
        row.advisor,
    )


# ---- recording ----------------------------------------------------------------------------


class AssessmentService:
    """Records assessments and professional determinations (the caller owns the Session)."""

    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    def _require_client(self, client_id: int) -> None:
        if self.session.get(Client, client_id) is None:
            raise RiskError(f"Client {client_id} does not exist (it may have been removed).")

    def _require_attachment(self, attachment_id: int, client_id: int, what: str) -> None:
        owner = self.session.scalar(
            select(Attachment.client_id).where(Attachment.id == attachment_id)
        )
        if owner != client_id:
            raise RiskError(f"The {what} must be a file attached to this client.")

    def _check_day(self, day: dt.date, today: dt.date, what: str) -> None:
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise RiskError(f"Give the date of the {what}.")
        if day > today:
            raise RiskError(f"The {what} date is in the future; record it on the day it happens.")

    def history(self, client_id: int) -> list[AssessmentInfo]:
        """Every assessment, newest first."""
        rows = self.session.execute(
            select(RiskAssessment, RiskQuestionnaire.version)
            .join(RiskQuestionnaire, RiskQuestionnaire.id == RiskAssessment.questionnaire_id)
            .where(RiskAssessment.client_id == client_id)
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        ).all()
        return [_info(row, version) for row, version in rows]

    def record(
        self,
        client_id: int,
        answers: dict[str, str],
        assessed_on: dt.date,
        *,
        today: dt.date,
        confirmation_attachment_id: int | None = None,
        client_confirmed: bool = False,
        questionnaire_id: int | None = None,
    ) -> AssessmentInfo:
        """Score `answers` on the current questionnaire (or the version given) and store the
        assessment. The client's confirmation is required: the signed form as an attachment
        of this client, or `client_confirmed` (the advisor records that the client signed)."""
        access.require(self.session, access.RISK, client_id)
        self._require_client(client_id)
        self._check_day(assessed_on, today, "assessment")
        service = QuestionnaireService(self.session, self.actor)
        questionnaire = (
            service.current() if questionnaire_id is None else service.get(questionnaire_id)
        )
        try:
            score = questionnaire.score(answers)
        except QuestionnaireError as exc:
            raise RiskError(str(exc)) from None
        if confirmation_attachment_id is not None:
            self._require_attachment(confirmation_attachment_id, client_id, "signed form")
        elif not client_confirmed:
            raise RiskError(
                "Record the client's confirmation: attach the signed questionnaire, or tick "
                "that the client has signed it."
            )
        months = int(SettingsService(self.session).get("risk.validity_months"))
        row = RiskAssessment(
            client_id=client_id,
            questionnaire_id=questionnaire.id,
            assessed_on=assessed_on,
            expires_on=add_months(assessed_on, months),
            answers=dict(answers),
            score=score.score,
            band_level=score.band_level,
            level=score.level,
            caps=list(score.caps),
            advisor=self.actor[:100],
            client_confirmed=True,
            confirmation_attachment_id=confirmation_attachment_id,
        )
        self.session.add(row)
        self.session.flush()
        return _info(row, questionnaire.version)

    # -- professional investors --

    def professional_history(self, client_id: int) -> list[ProfessionalInfo]:
        rows = self.session.scalars(
            select(ProfessionalStatus)
            .where(ProfessionalStatus.client_id == client_id)
            .order_by(ProfessionalStatus.decided_on.desc(), ProfessionalStatus.id.desc())
        )
        return [_professional_info(r) for r in rows]

    def qualifying_basis(
        self,
        financial_assets_minor: int | None,
        average_income_minor: int | None,
        experience_years: int | None,
    ) -> str | None:
        """ "assets" or "income" when the figures meet the office's thresholds, else None."""
        return professional_basis(
            professional_thresholds(self.session),
            financial_assets_minor,
            average_income_minor,
            experience_years,
        )

    def record_professional(
        self,
        client_id: int,
        decided_on: dt.date,
        *,
        today: dt.date,
        financial_assets_minor: int | None = None,
        average_income_minor: int | None = None,
        experience_years: int | None = None,
        evidence_attachment_id: int | None = None,
        note: str | None = None,
    ) -> ProfessionalInfo:
        """Determine the client's status from the figures (RMB minor units): professional
        when they meet the thresholds, which needs the evidence attached; otherwise an
        ordinary investor (which also ends an earlier professional status)."""
        access.require(self.session, access.RISK, client_id)
        self._require_client(client_id)
        self._check_day(decided_on, today, "determination")
        for value, name in (
            (financial_assets_minor, "financial assets"),
            (average_income_minor, "average income"),
            (experience_years, "years of experience"),
        ):
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or value < 0
            ):
                raise RiskError(f"The {name} must be a whole number of 0 or more.")
        basis = self.qualifying_basis(
            financial_assets_minor, average_income_minor, experience_years
        )
        if evidence_attachment_id is not None:
            self._require_attachment(evidence_attachment_id, client_id, "evidence")
        elif basis is not None:
            raise RiskError(
                "Attach the evidence (asset certificates, bank statements or tax records) "
                "before classing the client as a professional investor."
            )
        row = ProfessionalStatus(
            client_id=client_id,
            decided_on=decided_on,
            professional=basis is not None,
            basis=basis,
            currency=PROFESSIONAL_CURRENCY,
            financial_assets_minor=financial_assets_minor,
            average_income_minor=average_income_minor,
            experience_years=experience_years,
            evidence_attachment_id=evidence_attachment_id,
            note=(note or "").strip() or None,
            advisor=self.actor[:100],
        )
        self.session.add(row)
        self.session.flush()
        return _professional_info(row)


__all__ = [
    "LEVELS",
    "AssessmentInfo",
    "AssessmentService",
    "ProfessionalInfo",
    "RiskError",
    "RiskStatus",
    "add_months",
    "current_levels",
    "current_risk",
    "is_professional",
    "professional_basis",
    "professional_thresholds",
    "risk_history",
]

"""Risk records in an erasure: the suitability rules keep them (assessments, professional
determinations, suitability records) for `retention.suitability_years`, so an erasure keeps
the rows and only redacts the person's names and numbers in their free text (the reason an
advisor gave, a determination's note) through migration 0006's erasure hatch. The signed
files' bytes go with the client's other attachments (app/erasure.py); the rows go with the
card when the retention purge removes it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.consent import erasure_window
from db.models_risk import ProfessionalStatus, RiskAssessment, SuitabilityRecord


def erase_risk(
    session: Session, client_id: int, actor: str, redact: Callable[[str | None], str | None]
) -> dict[str, int]:
    """Redact the person in the free text of their risk records; rows changed per table."""
    changed = {"suitability_record": 0, "professional_status": 0}
    with erasure_window(session, "erasure", actor[:100], client_id):
        for model, column, key in (
            (SuitabilityRecord, SuitabilityRecord.advisor_reason, "suitability_record"),
            (ProfessionalStatus, ProfessionalStatus.note, "professional_status"),
        ):
            rows = session.execute(
                select(model.id, column).where(model.client_id == client_id, column.is_not(None))
            ).all()
            for row_id, text in rows:
                clean = redact(text)
                if clean != text:
                    session.execute(
                        update(model)
                        .where(model.id == row_id)
                        .values({column.key: clean})
                        .execution_options(synchronize_session=False)
                    )
                    changed[key] += 1
    return changed


def risk_rows(session: Session, client_id: int) -> dict[str, int]:
    """How many risk records the client has (the erasure report's "kept")."""
    return {
        model.__tablename__: int(
            session.scalar(
                select(func.count()).select_from(model).where(model.client_id == client_id)
            )
            or 0
        )
        for model in (RiskAssessment, ProfessionalStatus, SuitabilityRecord)
    }

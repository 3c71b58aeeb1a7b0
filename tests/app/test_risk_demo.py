"""The demo office has risk profiles: most clients assessed, some expired, some with a
trend, a few professional investors with evidence, and suitability records with reasons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from app.demo import build_demo
from app.demo_risk import build_demo_risk
from app.risk_assessment import current_levels, current_risk
from app.suitability import mismatches
from db.models import Client
from db.models_portfolio import Product
from db.models_risk import ProfessionalStatus, RiskAssessment, SuitabilityRecord
from db.office import create_office

TODAY = dt.date(2026, 11, 20)


def test_demo_risk_profiles(tmp_path: Path) -> None:
    office = create_office(tmp_path / "demo.db", "demo passphrase 1")
    try:
        build_demo(office, clients=300, seed=3)
        with office.transaction() as s:
            if not s.scalar(select(func.count()).select_from(Product)):  # no portfolio demo yet
                for rating in range(1, 6):
                    s.add(
                        Product(
                            code=f"DEMO-R{rating}",
                            name=f"Demo fund R{rating}",
                            type="fund",
                            currency="CNY",
                            risk_rating=rating,
                            asset_class="equity",
                        )
                    )
        # again: assessments are not added twice, suitability records are added once
        build_demo_risk(office, seed=3, today=TODAY)
        assessments_before = None
        with office.session() as s:
            assessments_before = s.scalar(select(func.count()).select_from(RiskAssessment))
        assert build_demo_risk(office, seed=3, today=TODAY) == (0, 0, 0)
        with office.session() as s:
            clients = s.scalar(select(func.count()).select_from(Client)) or 0
            assessed = s.scalar(select(func.count(func.distinct(RiskAssessment.client_id)))) or 0
            with_trend = s.scalar(
                select(func.count()).select_from(
                    select(RiskAssessment.client_id)
                    .group_by(RiskAssessment.client_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            valid = current_levels(s, dt.date.today())
            professionals = s.scalar(select(func.count()).select_from(ProfessionalStatus))
            records = s.scalar(select(func.count()).select_from(SuitabilityRecord)) or 0
            warned = mismatches(s, dt.date(2000, 1, 1), dt.date(2100, 1, 1))
            a_professional = s.scalar(select(ProfessionalStatus.client_id).limit(1))
            status = current_risk(s, a_professional, dt.date.today()) if a_professional else None
        assert assessments_before
        assert assessed >= clients * 0.5
        assert with_trend and with_trend >= assessed * 0.1
        assert 0 < len(valid) < assessed  # some expired
        assert set(valid.values()) >= {"C2", "C3", "C4"}
        assert professionals and status is not None and status.professional
        assert records >= 10
        assert warned and all(m.advisor_reason and m.warning_confirmed for m in warned)
    finally:
        office.close()

"""Demo risk profiles: assessments for most clients (answers scored on the shipped
questionnaire, so levels and caps are real), an earlier assessment for some (the card's
trend), a share expired, a few professional investors with their evidence, and a few
suitability records — matches and acknowledged mismatches with reasons — once the portfolio
demo has put products in the catalogue.

Deterministic for a seed and a day. Assessments are bulk-inserted (100,000 clients: about
110,000 rows in a few seconds); suitability records go through SuitabilityService so their
timeline entries are real, and are capped at a few hundred.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from app.risk_assessment import add_months
from app.risk_questionnaire import QuestionnaireService, Score, score_answers
from app.settings import SettingsService
from app.suitability import BLOCKED, SuitabilityService, match
from db.bulk import bulk_insert
from db.models import Attachment, Client
from db.models_portfolio import Product
from db.models_risk import ProfessionalStatus, RiskAssessment, SuitabilityRecord
from db.office import Office

ADVISOR_REASONS = (
    (
        "客户有十年以上的投资期限，明确要求配置权益类产品。",
        "Ten-year horizon; the client asked for equities.",
    ),
    (
        "客户了解产品风险，仅以少量资金参与。",
        "The client understands the risk and invests a small sum.",
    ),
    (
        "客户暂无有效的风险评估，已约下周重新评估。",
        "No valid assessment yet; reassessment booked for next week.",
    ),
)
EVIDENCE = b"%PDF-1.4\n% AdvisorDesk demo: asset certificate (placeholder)\n"
MAX_SUITABILITY_RECORDS = 300


def _answer_picker(
    questions: list[dict[str, Any]],
) -> Callable[[random.Random], dict[str, str]]:
    """Answers that lean to the middle, as real clients' do; a few pick the capped extremes.
    The cumulative weights are worked out once: the demo draws 750,000 answers at 100,000
    clients."""
    tables = []
    for question in questions:
        ids = [a["id"] for a in question["answers"]]
        weights = [1 + min(i, len(ids) - 1 - i) * 3 for i in range(len(ids))]
        cumulative = list(itertools.accumulate(weights))
        tables.append((question["id"], ids, cumulative, cumulative[-1]))

    def pick(rng: random.Random) -> dict[str, str]:
        return {
            qid: ids[bisect.bisect_right(cumulative, rng.random() * total)]
            for qid, ids, cumulative, total in tables
        }

    return pick


def build_demo_risk(
    office: Office, seed: int = 7, today: dt.date | None = None
) -> tuple[int, int, int]:
    """(assessments, professional determinations, suitability records) added. Assessments
    only into an office that has none; suitability records only when it has none and the
    catalogue has products."""
    from app.demo import DEMO_TODAY

    today = today or DEMO_TODAY
    rng = random.Random(seed * 7_919 + 5)
    assessments = professionals = 0
    with office.transaction() as s:
        if not s.scalar(select(func.count()).select_from(RiskAssessment)):
            assessments, professionals = _assessments(s, rng, today)
    records = 0
    with office.transaction() as s:
        if not s.scalar(select(func.count()).select_from(SuitabilityRecord)):
            records = _suitability(s, rng, today)
    return assessments, professionals, records


def _assessments(s, rng: random.Random, today: dt.date) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    questionnaire = QuestionnaireService(s, "demo").current()
    months = int(SettingsService(s).get("risk.validity_months"))
    pick = _answer_picker(questionnaire.questions)
    scores: dict[tuple[str, ...], Score] = {}  # answers lean to the middle: many repeat
    clients = s.execute(
        select(Client.id, Client.owner).where(Client.status != "prospect").order_by(Client.id)
    ).all()
    rows = []
    evidence_rows = []
    professional_clients = []
    for cid, owner in clients:
        if rng.random() >= 0.9:
            continue  # about one in ten was never assessed
        # the latest assessment: most within the validity, about a quarter expired
        age_days = int(rng.random() * months * 30 * 1.35)
        dates = [today - dt.timedelta(days=age_days)]
        if rng.random() < 0.25:  # an earlier one: the trend
            dates.insert(0, dates[0] - dt.timedelta(days=300 + int(rng.random() * 200)))
        for day in dates:
            answers = pick(rng)
            key = tuple(answers.values())
            score = scores.get(key) or scores.setdefault(
                key, score_answers(questionnaire.definition, answers)
            )
            rows.append(
                {
                    "client_id": cid,
                    "questionnaire_id": questionnaire.id,
                    "assessed_on": day,
                    "expires_on": add_months(day, months),
                    "answers": answers,
                    "score": score.score,
                    "band_level": score.band_level,
                    "level": score.level,
                    "caps": list(score.caps),
                    "advisor": owner or "demo",
                    "client_confirmed": True,
                    "confirmation_attachment_id": None,
                }
            )
        if rng.random() < 0.02:
            professional_clients.append((cid, owner))
            evidence_rows.append(
                {
                    "client_id": cid,
                    "filename": "asset-certificate.pdf",
                    "mime": "application/pdf",
                    "size": len(EVIDENCE),
                    "sha256": hashlib.sha256(EVIDENCE).hexdigest(),
                    "data": EVIDENCE,
                    "created_by": owner or "demo",
                }
            )
    bulk_insert(s, RiskAssessment.__table__, rows)
    if not professional_clients:
        return len(rows), 0
    bulk_insert(s, Attachment.__table__, evidence_rows)
    evidence = dict(
        s.execute(
            select(Attachment.client_id, func.max(Attachment.id))
            .where(Attachment.filename == "asset-certificate.pdf")
            .group_by(Attachment.client_id)
        ).all()
    )
    statuses = []
    for cid, owner in professional_clients:
        by_assets = rng.random() < 0.7
        statuses.append(
            {
                "client_id": cid,
                "decided_on": today - dt.timedelta(days=int(rng.random() * 400)),
                "professional": True,
                "basis": "assets" if by_assets else "income",
                "currency": "CNY",
                "financial_assets_minor": (3 + int(rng.random() * 40)) * 1_000_000_00
                if by_assets
                else None,
                "average_income_minor": None
                if by_assets
                else (300 + int(rng.random() * 2000)) * 1_000_00,
                "experience_years": 1 + int(rng.random() * 15),
                "evidence_attachment_id": evidence[cid],
                "note": None,
                "advisor": owner or "demo",
            }
        )
    bulk_insert(s, ProfessionalStatus.__table__, statuses)
    return len(rows), len(statuses)


def _suitability(s, rng: random.Random, today: dt.date) -> int:  # type: ignore[no-untyped-def]
    products = s.execute(
        select(Product.id, Product.risk_rating).where(Product.active.is_(True)).order_by(Product.id)
    ).all()
    if not products:
        return 0
    latest = (
        select(RiskAssessment.client_id, RiskAssessment.level, RiskAssessment.expires_on)
        .order_by(RiskAssessment.client_id, RiskAssessment.assessed_on.desc())
        .limit(4000)
    )
    candidates: dict[int, tuple[str, dt.date]] = {}
    for cid, level, expires in s.execute(latest):
        candidates.setdefault(cid, (level, expires))
    clients = sorted(candidates)
    rng.shuffle(clients)
    language = dict(
        s.execute(select(Client.id, Client.language).where(Client.id.in_(clients[:2000]))).all()
    )
    professional = set(s.scalars(select(ProfessionalStatus.client_id)))
    service = SuitabilityService(s, "demo")
    count = 0
    for cid in clients[: max(12, min(MAX_SUITABILITY_RECORDS, len(clients) // 40))]:
        level, expires = candidates[cid]
        product_id, rating = products[int(rng.random() * len(products))]
        day = today - dt.timedelta(days=int(rng.random() * 60))
        outcome, reasons = match(
            level, rating, expired=expires <= day, professional=cid in professional
        )
        if outcome == BLOCKED:
            continue  # the app refuses these; the demo does not pretend otherwise
        lang = 0 if language.get(cid) == "zh" else 1
        pick = 2 if "expired" in reasons or "no_assessment" in reasons else int(rng.random() * 2)
        reason = ADVISOR_REASONS[pick][lang]
        service.record(
            cid,
            product_id,
            "recommendation" if rng.random() < 0.5 else "purchase",
            reason if outcome != "ok" else None,
            today=day,
            confirmed=outcome != "ok",
            now=dt.datetime.combine(day, dt.time(3 + int(rng.random() * 8)), dt.UTC),
        )
        count += 1
    return count

"""Shared helpers for the risk and suitability tests: answers that reach a given score on the
shipped questionnaire, products of a given rating, clients of a given level."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.risk_assessment import AssessmentService
from app.risk_questionnaire import default_definition
from db.models import Client
from db.models_portfolio import Product

TODAY = dt.date(2026, 11, 20)
DEFINITION = default_definition()
QUESTIONS = DEFINITION["questions"]
# answers a capping rule looks at
CAPPED = {(c["question"], a) for c in DEFINITION["caps"] for a in c["answers"]}


def answers_scoring(total: int, *, allow_caps: bool = False) -> dict[str, str]:
    """Some full set of answers to the shipped questionnaire whose scores add up to `total`
    (without touching a capping rule unless allowed)."""
    options = [
        [
            (q["id"], a["id"], a["score"])
            for a in q["answers"]
            if allow_caps or (q["id"], a["id"]) not in CAPPED
        ]
        for q in QUESTIONS
    ]
    for combo in itertools.product(*options):
        if sum(s for _q, _a, s in combo) == total:
            return {q: a for q, a, _s in combo}
    raise AssertionError(f"no answers add up to {total}")


def max_answers() -> dict[str, str]:
    return {q["id"]: max(q["answers"], key=lambda a: a["score"])["id"] for q in QUESTIONS}


def client_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Client.id).order_by(Client.id)))


def add_product(session: Session, rating: int, code: str | None = None) -> int:
    product = Product(
        code=code or f"P-R{rating}-{session.query(Product).count()}",
        name=f"Fund rated R{rating}",
        type="fund",
        issuer="Example AM",
        currency="CNY",
        risk_rating=rating,
        asset_class="equity",
    )
    session.add(product)
    session.flush()
    return product.id


def assess(session: Session, client_id: int, level: str, on: dt.date = TODAY, **kw: Any) -> None:
    """Record an assessment that lands on `level` (by the band's lowest score)."""
    band_min = {b["level"]: b["min"] for b in DEFINITION["bands"]}[level]
    # scores under 5 need an answer that a capping rule looks at; C1 takes 5
    AssessmentService(session, "Li Na").record(
        client_id,
        answers_scoring(max(band_min, 5)),
        on,
        today=max(on, TODAY),
        client_confirmed=True,
        **kw,
    )

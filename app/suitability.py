"""Suitability: a product's risk rating (R1..R5) against the client's level (C1..C5).

The matching rule (证券期货投资者适当性管理办法, arts. 19-22, and the glossary in DESIGN.md):

* an ordinary investor of level Cn may take products up to Rn: "ok";
* above Rn: "warn" — the advisor may go on only with a reason and the client's signed
  acknowledgement of a special risk warning (a file, or the advisor's confirmation);
* a C1 client (the most conservative category) is "blocked" from anything above R1,
  with no way to proceed;
* no assessment, or an expired one: "warn" (the level is not current). An expired C1 is a
  warning too, not a block: the stale level says nothing certain, and the warning asks for
  a fresh assessment;
* professional investors (art. 8) may take products of every risk rating: "ok", with the
  reason "professional" kept on the record. The duty to warn in arts. 19-22 is owed to
  ordinary investors, so no assessment is needed for them.

`SuitabilityService.record` stores each recommendation or purchase with its check, any
warning and the acknowledgement, and writes a "suitability" entry on the client's timeline.
Records are append-only (migration 0006) and stay with the card for
`retention.suitability_years` after an erasure. `mismatches` lists the warnings of a period
for the suitability report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access
from app.risk_assessment import current_risk
from app.timeline import InteractionService
from db.models import Attachment, Client
from db.models_portfolio import Product
from db.models_risk import SuitabilityRecord

ACTIONS = ("recommendation", "purchase")
OK, WARN, BLOCKED = "ok", "warn", "blocked"

# Reason codes stored on each record; the UI translates them, English texts below for the
# CLI, the report and the timeline.
NO_ASSESSMENT = "no_assessment"
EXPIRED = "expired"
ABOVE_LEVEL = "above_level"
C1_ONLY_R1 = "c1_only_r1"
PROFESSIONAL = "professional"
REASON_TEXT = {
    NO_ASSESSMENT: "The client has no risk assessment; assess the client first.",
    EXPIRED: "The client's risk assessment has expired; reassess the client.",
    ABOVE_LEVEL: "The product's risk rating is above the client's risk level.",
    C1_ONLY_R1: "A C1 client (the most conservative) may only take R1 products.",
    PROFESSIONAL: "Professional investor: may take products of every risk rating.",
}


class SuitabilityError(ValueError):
    """A recommendation or purchase that cannot be recorded as asked; says what is missing."""


class SuitabilityBlocked(SuitabilityError):
    """The matching rule forbids this product for this client outright."""


@dataclass(frozen=True)
class SuitabilityCheck:
    outcome: str  # ok, warn, blocked
    reasons: tuple[str, ...]  # codes, see REASON_TEXT
    client_level: str | None  # C1..C5 of the latest assessment, even when expired
    product_rating: int  # 1..5 = R1..R5
    professional: bool = False
    assessment_id: int | None = None
    expires_on: dt.date | None = None

    @property
    def product_label(self) -> str:
        return f"R{self.product_rating}"

    def reason_texts(self) -> list[str]:
        return [REASON_TEXT[r] for r in self.reasons]


@dataclass(frozen=True)
class SuitabilityResult:
    record_id: int
    interaction_id: int
    check: SuitabilityCheck


@dataclass(frozen=True)
class MismatchRow:
    record_id: int
    checked_on: dt.date
    client_id: int
    client_name: str
    product_id: int
    product_code: str
    product_name: str
    action: str
    client_level: str | None
    product_rating: int
    professional: bool
    reasons: tuple[str, ...]
    advisor_reason: str | None
    warning_confirmed: bool
    confirmation_attachment_id: int | None
    recorded_by: str


def match(
    level: str | None, rating: int, *, expired: bool = False, professional: bool = False
) -> tuple[str, tuple[str, ...]]:
    """The matching rule on its own: (outcome, reason codes)."""
    if professional:
        return OK, (PROFESSIONAL,)
    if level is None:
        return WARN, (NO_ASSESSMENT,)
    n = int(level[1])
    if expired:
        return WARN, (EXPIRED, ABOVE_LEVEL) if rating > n else (EXPIRED,)
    if rating <= n:
        return OK, ()
    if n == 1:
        return BLOCKED, (C1_ONLY_R1,)
    return WARN, (ABOVE_LEVEL,)


def _product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise SuitabilityError(f"Product {product_id} does not exist (it may have been removed).")
    return product


def check(session: Session, client_id: int, product_id: int, today: dt.date) -> SuitabilityCheck:
    """Check `product_id` for `client_id` on `today`; reads only."""
    if session.get(Client, client_id) is None:
        raise SuitabilityError(f"Client {client_id} does not exist (it may have been removed).")
    product = _product(session, product_id)
    status = current_risk(session, client_id, today)
    outcome, reasons = match(
        status.level,
        int(product.risk_rating),
        expired=status.expired,
        professional=status.professional,
    )
    return SuitabilityCheck(
        outcome,
        reasons,
        status.level,
        int(product.risk_rating),
        status.professional,
        status.assessment_id,
        status.expires_on,
    )


class SuitabilityService:
    """Records recommendations and purchases with their check (the caller owns the Session)."""

    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    def record(
        self,
        client_id: int,
        product_id: int,
        action: str,
        reason: str | None = None,
        *,
        today: dt.date,
        confirmation_attachment_id: int | None = None,
        confirmed: bool = False,
        now: dt.datetime | None = None,
    ) -> SuitabilityResult:
        """Check and store. A "blocked" check is always refused; a "warn" needs the
        advisor's reason and the client's acknowledgement of the special risk warning (an
        attachment of this client, or `confirmed`). Writes the timeline entry too."""
        access.require(self.session, access.RISK, client_id)
        if action not in ACTIONS:
            raise SuitabilityError(f"Unknown action {action!r}; use recommendation or purchase.")
        result = check(self.session, client_id, product_id, today)
        product = _product(self.session, product_id)
        if result.outcome == BLOCKED:
            raise SuitabilityBlocked(
                f"{product.code} is rated R{result.product_rating}; a C1 client may only take "
                "R1 products. This cannot be recorded."
            )
        reason = (reason or "").strip() or None
        if confirmation_attachment_id is not None:
            owner = self.session.scalar(
                select(Attachment.client_id).where(Attachment.id == confirmation_attachment_id)
            )
            if owner != client_id:
                raise SuitabilityError(
                    "The signed risk warning must be a file attached to this client."
                )
        acknowledged = confirmation_attachment_id is not None or confirmed
        if result.outcome == WARN:
            if reason is None:
                raise SuitabilityError(
                    "Give the reason for going on despite the warning; it is kept with the record."
                )
            if not acknowledged:
                raise SuitabilityError(
                    "Record the client's acknowledgement of the special risk warning: attach "
                    "the signed warning, or confirm that the client signed it."
                )
        moment = now or dt.datetime.now(dt.UTC)
        occurred = dt.datetime.combine(today, moment.astimezone(dt.UTC).time(), dt.UTC)
        language = self.session.scalar(select(Client.language).where(Client.id == client_id))
        subject, body, outcome = _entry(
            language, action, product, result, reason, acknowledged, today
        )
        interaction_id = InteractionService(self.session, self.actor).record(
            [client_id], "suitability", occurred, subject, body, outcome, now=occurred
        )
        row = SuitabilityRecord(
            client_id=client_id,
            product_id=product_id,
            action=action,
            checked_on=today,
            outcome=result.outcome,
            client_level=result.client_level,
            professional=result.professional,
            assessment_id=result.assessment_id,
            product_rating=result.product_rating,
            reasons=list(result.reasons),
            advisor_reason=reason,
            warning_confirmed=result.outcome == WARN and acknowledged,
            confirmation_attachment_id=confirmation_attachment_id,
            interaction_id=interaction_id,
            recorded_by=self.actor[:100],
        )
        self.session.add(row)
        self.session.flush()
        return SuitabilityResult(row.id, interaction_id, result)


# The timeline entry is written in the client's language (like the demo's and the rules'
# texts): it is the record of what was said to that client.
ENTRY_TEXT = {
    "en": {
        "recommendation": "Recommendation",
        "purchase": "Purchase",
        "subject": "{what}: {name} ({code}), R{rating} for {level}",
        "not_assessed": "not assessed",
        "check": {OK: "Check: suitable.", WARN: "Check: warning."},
        "valid": "Assessment valid until {day}.",
        "expired": "Assessment expired on {day}.",
        "reason": "Reason given: {reason}",
        "acknowledged": "The client acknowledged the special risk warning in writing.",
        OK: "Within the client's risk level.",
        WARN: "Mismatch: the client acknowledged the special risk warning.",
        "reasons": REASON_TEXT,
    },
    "zh": {
        "recommendation": "推荐",
        "purchase": "购买",
        "subject": "{what}：{name}（{code}），R{rating}，客户等级 {level}",
        "not_assessed": "未评估",
        "check": {OK: "检查结果：适当。", WARN: "检查结果：警示。"},
        "valid": "评估有效至 {day}。",
        "expired": "评估已于 {day} 过期。",
        "reason": "说明理由：{reason}",
        "acknowledged": "客户已书面确认特别风险警示。",
        OK: "在客户风险承受等级之内。",
        WARN: "不匹配：客户已确认特别风险警示。",
        "reasons": {
            NO_ASSESSMENT: "客户没有风险评估；请先进行评估。",
            EXPIRED: "客户的风险评估已过期；请重新评估。",
            ABOVE_LEVEL: "产品风险等级高于客户的风险承受等级。",
            C1_ONLY_R1: "C1客户（最保守类别）只能购买R1产品。",
            PROFESSIONAL: "专业投资者：可购买各风险等级的产品。",
        },
    },
}


def _entry(
    language: str | None,
    action: str,
    product: Product,
    result: SuitabilityCheck,
    reason: str | None,
    acknowledged: bool,
    today: dt.date,
) -> tuple[str, str, str]:
    """(subject, body, outcome) of the timeline entry."""
    t = ENTRY_TEXT["zh" if (language or "").lower().startswith("zh") else "en"]
    subject = t["subject"].format(
        what=t[action],
        name=product.name,
        code=product.code,
        rating=result.product_rating,
        level=result.client_level or t["not_assessed"],
    )[:200]
    lines = [t["check"][result.outcome], *(t["reasons"][r] for r in result.reasons)]
    if result.expires_on is not None:
        if result.expires_on <= today:
            lines.append(t["expired"].format(day=result.expires_on.isoformat()))
        else:
            last = result.expires_on - dt.timedelta(days=1)
            lines.append(t["valid"].format(day=last.isoformat()))
    if reason:
        lines.append(t["reason"].format(reason=reason))
    if result.outcome == WARN and acknowledged:
        lines.append(t["acknowledged"])
    return subject, "\n".join(lines), t[result.outcome]


def mismatches(
    session: Session, start: dt.date, end: dt.date, client_id: int | None = None
) -> list[MismatchRow]:
    """Every recorded mismatch (outcome "warn") checked from `start` to `end` inclusive,
    oldest first, for the office or one client (a review pack); one indexed query."""
    if end < start:
        raise SuitabilityError("The period ends before it starts; swap the dates.")
    one_client = () if client_id is None else (SuitabilityRecord.client_id == client_id,)
    rows = session.execute(
        select(
            SuitabilityRecord,
            Client.legal_name,
            Product.code,
            Product.name,
        )
        .join(Client, Client.id == SuitabilityRecord.client_id)
        .join(Product, Product.id == SuitabilityRecord.product_id)
        .where(
            SuitabilityRecord.outcome == WARN,
            SuitabilityRecord.checked_on >= start,
            SuitabilityRecord.checked_on <= end,
            *one_client,
        )
        .order_by(SuitabilityRecord.checked_on, SuitabilityRecord.id)
    ).all()
    return [
        MismatchRow(
            r.id,
            r.checked_on,
            r.client_id,
            name,
            r.product_id,
            code,
            pname,
            r.action,
            r.client_level,
            r.product_rating,
            r.professional,
            tuple(r.reasons or ()),
            r.advisor_reason,
            r.warning_confirmed,
            r.confirmation_attachment_id,
            r.recorded_by,
        )
        for r, name, code, pname in rows
    ]


@dataclass(frozen=True)
class RecordRow:
    """One suitability record as the card lists it."""

    id: int
    checked_on: dt.date
    action: str
    outcome: str
    product_code: str
    product_name: str
    client_level: str | None
    product_rating: int
    reasons: tuple[str, ...]
    advisor_reason: str | None
    recorded_by: str


def for_client(session: Session, client_id: int, limit: int = 50) -> list[RecordRow]:
    """The client's latest suitability records, newest first."""
    rows = session.execute(
        select(SuitabilityRecord, Product.code, Product.name)
        .join(Product, Product.id == SuitabilityRecord.product_id)
        .where(SuitabilityRecord.client_id == client_id)
        .order_by(SuitabilityRecord.checked_on.desc(), SuitabilityRecord.id.desc())
        .limit(max(0, limit))
    ).all()
    return [
        RecordRow(
            r.id,
            r.checked_on,
            r.action,
            r.outcome,
            code,
            name,
            r.client_level,
            r.product_rating,
            tuple(r.reasons or ()),
            r.advisor_reason,
            r.recorded_by,
        )
        for r, code, name in rows
    ]

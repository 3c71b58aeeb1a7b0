"""Data quality of the client book: completeness, invalid values, stale cards.

* Completeness: the share of the office's required fields (setting
  quality.required_fields) a card has. Presence of child rows (phone, e-mail, ID number,
  address) is one query per kind returning the ids that have one, not a query per card.
* Invalid values: stored e-mails, phones and ID numbers re-checked with the card's own
  validators (app/validation.py), which may have become stricter since they were entered.
* Stale: neither updated nor reviewed for quality.stale_months months.

Each problem names the card field it concerns so the report can open the card there.
`create_tasks` turns the report's worst cards into follow-up tasks with rule keys (like
app/reminder_rules.py), so running it twice in a month creates nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access
from app.settings import SettingsService
from app.tasks import day_start_utc, local_zone, to_utc_naive
from app.validation import normalize_phone, validate_document, validate_email
from db.models import Address, Client, Email, IdentityDocument, Phone, Task

# requirable field -> (card field path to open, English label)
REQUIRABLE: dict[str, tuple[str, str]] = {
    "legal_name": ("legal_name", "Legal name"),
    "chinese_name": ("chinese_name", "Chinese name"),
    "date_of_birth": ("date_of_birth", "Date of birth"),
    "gender": ("gender", "Gender"),
    "nationality": ("nationality", "Nationality"),
    "occupation": ("occupation", "Occupation"),
    "owner": ("owner", "Advisor"),
    "phone": ("phones.0.number", "Phone"),
    "email": ("emails.0.address", "E-mail"),
    "id_number": ("documents.0.number", "ID document"),
    "address": ("addresses.0.line1", "Address"),
    "next_review": ("next_review", "Next review"),
}
CHILDREN = {"phone": Phone, "email": Email, "id_number": IdentityDocument, "address": Address}


@dataclass(frozen=True)
class Problem:
    field: str  # card field path (e.g. "emails.0.address"), for clicking through
    kind: str  # missing, invalid, stale
    message: str


@dataclass
class ClientQuality:
    client_id: int
    name: str
    owner: str | None
    score: float  # completeness, 0..1
    problems: list[Problem] = field(default_factory=list)


@dataclass
class QualityReport:
    required: list[str]
    stale_months: int
    clients_checked: int
    clients: list[ClientQuality]  # only cards with a problem, worst first
    missing_by_field: dict[str, int]
    invalid_by_field: dict[str, int]
    stale: int

    @property
    def average_score(self) -> float:
        if not self.clients_checked:
            return 1.0
        lost = sum(1.0 - c.score for c in self.clients)
        return round(1.0 - lost / self.clients_checked, 4)


def _months_ago(today: dt.date, months: int) -> dt.date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    day = min(today.day, 28)
    return dt.date(year, month + 1, day)


def quality_report(
    session: Session,
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> QualityReport:
    access.require(session, access.READ_CLIENT)
    settings = SettingsService(session)
    required = [f for f in settings.get("quality.required_fields") if f in REQUIRABLE]
    stale_months = int(settings.get("quality.stale_months"))
    today = today or dt.date.today()
    cutoff = _months_ago(today, stale_months)
    scope = access.client_scope(session)

    has: dict[str, set[int]] = {}
    for key, model in CHILDREN.items():
        if key in required:
            has[key] = set(session.scalars(select(model.client_id).distinct()))
    problems: dict[int, list[Problem]] = {}

    def flag(cid: int, problem: Problem) -> None:
        problems.setdefault(cid, []).append(problem)

    invalid_by: dict[str, int] = {}
    for cid, address in session.execute(select(Email.client_id, Email.address)):
        message = validate_email(address)
        if message:
            flag(cid, Problem("emails.0.address", "invalid", message))
            invalid_by["email"] = invalid_by.get("email", 0) + 1
    if progress:
        progress(1, 4)
    for cid, number in session.execute(select(Phone.client_id, Phone.e164)):
        try:
            normalize_phone(number)
        except ValueError as exc:
            flag(cid, Problem("phones.0.number", "invalid", str(exc)))
            invalid_by["phone"] = invalid_by.get("phone", 0) + 1
    if progress:
        progress(2, 4)
    for cid, doc_type, number, country, born in session.execute(
        select(
            IdentityDocument.client_id,
            IdentityDocument.doc_type,
            IdentityDocument.number,
            IdentityDocument.issuing_country,
            Client.date_of_birth,
        ).outerjoin(Client, Client.id == IdentityDocument.client_id)
    ):
        message = validate_document(doc_type, number, country, born)
        if message:
            flag(cid, Problem("documents.0.number", "invalid", message))
            invalid_by["id_number"] = invalid_by.get("id_number", 0) + 1
    if progress:
        progress(3, 4)
    cols = [
        Client.id,
        Client.legal_name,
        Client.chinese_name,
        Client.owner,
        Client.updated_at,
        Client.last_review,
    ]
    scalar_required = [f for f in required if f not in CHILDREN]
    cols += [getattr(Client, f) for f in scalar_required if f not in ("legal_name", "owner")]
    stmt = select(*cols)
    if scope is not None:
        stmt = stmt.where(scope)
    out: list[ClientQuality] = []
    missing_by: dict[str, int] = {}
    stale = checked = 0
    for row in session.execute(stmt):
        checked += 1
        values = row._mapping
        mine = list(problems.get(row.id, []))
        missing = 0
        for f in required:
            present = row.id in has[f] if f in CHILDREN else values[f] not in (None, "")
            if not present:
                missing += 1
                missing_by[f] = missing_by.get(f, 0) + 1
                path, label = REQUIRABLE[f]
                mine.append(Problem(path, "missing", f"{label} is missing."))
        updated = row.updated_at.date() if row.updated_at else None
        last_touch = max(d for d in (updated, row.last_review, dt.date.min) if d is not None)
        if last_touch < cutoff:
            stale += 1
            mine.append(
                Problem(
                    "last_review",
                    "stale",
                    f"Not updated or reviewed for more than {stale_months} months.",
                )
            )
        if mine:
            score = round(1.0 - missing / len(required), 4) if required else 1.0
            name = row.chinese_name or row.legal_name
            out.append(ClientQuality(row.id, name, row.owner, score, mine))
    out.sort(key=lambda c: (c.score, -len(c.problems), c.client_id))
    if progress:
        progress(4, 4)
    return QualityReport(required, stale_months, checked, out, missing_by, invalid_by, stale)


TASK_TITLE = "Complete the client's details"


def create_tasks(
    session: Session,
    report: QualityReport,
    *,
    today: dt.date | None = None,
    limit: int = 200,
    below: float = 0.75,
) -> int:
    """A follow-up task for each of the worst cards (score under `below`, or with an invalid
    value), assigned to the card's owner, keyed "quality:<client>:<YYYY-MM>" so one card
    gets at most one such task a month however often this runs."""
    today = today or dt.date.today()
    due = to_utc_naive(day_start_utc(today, local_zone()))
    chosen = [
        c for c in report.clients if c.score < below or any(p.kind == "invalid" for p in c.problems)
    ][:limit]
    keys = {f"quality:{c.client_id}:{today:%Y-%m}": c for c in chosen}
    existing = set(session.scalars(select(Task.rule_key).where(Task.rule_key.in_(list(keys)))))
    created = 0
    for key, c in keys.items():
        if key in existing:
            continue
        notes = "; ".join(p.message for p in c.problems)[:1000]
        session.add(
            Task(
                title=TASK_TITLE,
                client_id=c.client_id,
                kind="todo",
                due_at=due,
                all_day=True,
                assignee=c.owner,
                notes=notes,
                rule_key=key,
                created_by="data-quality",
            )
        )
        created += 1
    session.flush()
    return created

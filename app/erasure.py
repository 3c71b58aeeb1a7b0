"""Erasure (PIPL art. 47, GDPR art. 17) and the purge of records whose retention has passed.

`erase_client` anonymises one person inside the caller's transaction:

* gone: names, contacts, identity documents, addresses, relatives, free text (notes,
  objectives, needs), custom values, tags, household memberships and links to other
  clients, the bytes of their attachments, and their search-index entries;
* kept, for the retention periods in app/settings.py: suitability records (financial
  snapshots, `retention.suitability_years`), consent records (`retention.consent_years`,
  with their free text anonymised through the consent tables' erasure hatch), the
  anonymised card itself ("Erased client #<id>", status, owner, tier, dates of the
  relationship and the structured suitability answers), the access log, and the office's
  handling record: tasks (as "Task (erased client)", without notes or outcome) and
  complaints (kind, state, owner, timestamps, SLA dates; summary, resolution and the
  history's notes become "[erased]", the notes through complaint_event's erasure hatch);
* logged: one access_event (action "erase") without personal data.

Anonymised rows alone would leave the old bytes in the file: SQLite frees space without
wiping it, FTS5 keeps deleted tokens in old index segments until they are merged, and the
WAL holds earlier page images. So the erasure connection runs with `secure_delete`, the FTS
index is optimized (merged into one fresh segment), and after the commit `scrub_file`
rewrites the file with VACUUM — which also drops leftovers of edits made *before* the
erasure, freed without secure_delete — and truncates the WAL.

`purge_expired` deletes what an erased client left behind once its retention has passed.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, case, delete, func, or_, select, update
from sqlalchemy.orm import Session

from app import access, audit
from app.consent import erasure_window
from app.portfolio_privacy import erase_portfolio, portfolio_rows, purge_portfolio
from app.settings import SettingsService
from app.validation import mask_identifier
from db import search_index
from db.models import (
    AccessEvent,
    Address,
    Attachment,
    Client,
    ClientChange,
    ClientLink,
    ClientTag,
    Complaint,
    ComplaintEvent,
    ConsentRecord,
    CustomValue,
    Email,
    FinancialSnapshot,
    Household,
    HouseholdMember,
    IdentityDocument,
    Phone,
    Relative,
    Task,
)
from db.models_segments import ClientValueScore, StaticListMember

ERASED = "[erased]"
ERASED_TASK_TITLE = "Task (erased client)"
ERASE_ACTION = "erase"
PURGE_ACTION = "retention_purge"

# client columns that are personal data and go; the rest of the row is kept (see module doc)
CLEARED_CLIENT_COLUMNS = (
    "chinese_name",
    "latin_name",
    "preferred_name",
    "date_of_birth",
    "gender",
    "marital_status",
    "nationality",
    "occupation",
    "employer",
    "industry",
    "education",
    "wechat_id",
    "preferred_channel",
    "contact_times",
    "objective_short",
    "objective_long",
    "liquidity_needs",
    "needs_notes",
    "source",
    "referrer_id",
)

# written with a neutral value by erase_client itself
OVERWRITTEN_CLIENT_COLUMNS = (
    "legal_name",
    "sort_name",
    "status",
    "themes",
    "version",
    "updated_at",
)
# kept on purpose: the office's own handling record and structured suitability answers, which
# the law keeps for their retention period (docs/clients-rights.md)
KEPT_CLIENT_COLUMNS = (
    "id",
    "language",
    "horizon_years",
    "experience_years",
    "experience_products",
    "preferred_assets",
    "excluded_assets",
    "owner",
    "client_since",
    "last_review",
    "next_review",
    "tier",
    "investable_base_minor",
    "created_at",
)


class ErasureError(Exception):
    """An expected failure with a message for the user."""


@dataclass
class ErasureReport:
    client_id: int
    removed: dict[str, int] = field(default_factory=dict)
    anonymised: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)


@dataclass
class ScrubReport:
    optimize_ms: float = 0.0
    vacuum_ms: float = 0.0
    checkpoint_ms: float = 0.0
    wal_left_frames: int = 0


@dataclass
class PurgeReport:
    clients: int = 0
    consent_records: int = 0
    attachments: int = 0
    snapshots: int = 0
    cards: int = 0


def erased_name(client_id: int) -> str:
    return f"Erased client #{client_id}"


def erasure_date(session: Session, client_id: int) -> dt.date | None:
    at = session.scalar(
        select(func.min(AccessEvent.at)).where(
            AccessEvent.client_id == client_id, AccessEvent.action == ERASE_ACTION
        )
    )
    return at.date() if at is not None else None


def _identifiers(session: Session, client: Client) -> list[str]:
    """Strings that identify the person, longest first, for redacting retained free text."""
    found: set[str] = set()
    for value in (client.legal_name, client.chinese_name, client.latin_name, client.preferred_name):
        if value and len(value.strip()) >= 2:
            found.add(value.strip())
    for number in session.scalars(
        select(IdentityDocument.number).where(IdentityDocument.client_id == client.id)
    ):
        found |= {number, mask_identifier(number)}
    for e164 in session.scalars(select(Phone.e164).where(Phone.client_id == client.id)):
        found |= {e164, e164.lstrip("+"), e164[3:] if e164.startswith("+86") else e164}
    found |= set(session.scalars(select(Email.address).where(Email.client_id == client.id)))
    found |= {
        n for n in session.scalars(select(Relative.name).where(Relative.client_id == client.id))
    }
    return sorted((f for f in found if f), key=len, reverse=True)


def redact(text: str | None, identifiers: list[str]) -> str | None:
    if text is None:
        return None
    for ident in identifiers:
        text = text.replace(ident, ERASED)
    return text


def _redact_mentions(
    session: Session, model: Any, columns: tuple[str, ...], scope: Any, idents: list[str]
) -> int:
    """Redact the person's identifiers in free text of rows that are not theirs; returns
    how many rows changed."""
    if not idents:
        return 0
    cols = [getattr(model, c) for c in columns]
    mentions = [func.instr(col, ident) > 0 for col in cols for ident in idents]
    changed = 0
    for row in session.execute(select(model.id, *cols).where(scope, or_(*mentions))).all():
        values = {c: redact(v, idents) for c, v in zip(columns, row[1:], strict=True)}
        values = {c: v for c, v in values.items() if v != getattr(row, c)}
        if values:
            session.execute(
                update(model)
                .where(model.id == row.id)
                .values(values | {"version": model.version + 1})
                .execution_options(synchronize_session=False)
            )
            changed += 1
    return changed


def _count(result: Any) -> int:
    return int(result.rowcount or 0)


def erase_client(
    session: Session, client_id: int, actor: str, reason: str, *, optimize_index: bool = True
) -> ErasureReport:
    """Anonymise one client in the caller's transaction (the caller commits, then calls
    `scrub_file` so no old page keeps the data)."""
    access.require(session, access.ERASE, client_id)
    if not reason.strip():
        raise ErasureError("Give the reason for the erasure (e.g. the client's request of DATE).")
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    client = session.get(Client, client_id)
    if client is None:
        raise ErasureError(f"There is no client {client_id} in this office.")
    done = erasure_date(session, client_id)
    if done is not None:
        raise ErasureError(f"Client {client_id} was already erased on {done.isoformat()}.")
    report = ErasureReport(client_id)
    idents = _identifiers(session, client)

    # contacts and descriptions go; so do list memberships and the value score, which are
    # profiling of the person with no retention duty
    for model in (
        IdentityDocument,
        Phone,
        Email,
        Address,
        Relative,
        ClientTag,
        CustomValue,
        StaticListMember,
        ClientValueScore,
    ):
        n = _count(session.execute(delete(model).where(model.client_id == client_id)))
        report.removed[model.__tablename__] = n

    # households: leave them; a household named after the person is renamed, an empty one goes
    hh_ids = list(
        session.scalars(
            select(HouseholdMember.household_id).where(HouseholdMember.client_id == client_id)
        )
    )
    report.removed["household_member"] = _count(
        session.execute(delete(HouseholdMember).where(HouseholdMember.client_id == client_id))
    )
    emptied = 0
    for hh in session.scalars(select(Household).where(Household.id.in_(hh_ids))).all():
        left = session.scalar(select(func.count()).where(HouseholdMember.household_id == hh.id))
        if not left:
            session.execute(delete(Household).where(Household.id == hh.id))
            emptied += 1
        elif redact(hh.name, idents) != hh.name:
            session.execute(
                update(Household).where(Household.id == hh.id).values(name=f"Household #{hh.id}")
            )
    report.removed["household"] = emptied
    report.removed["client_link"] = _count(
        session.execute(
            delete(ClientLink).where(
                (ClientLink.from_client_id == client_id) | (ClientLink.to_client_id == client_id)
            )
        )
    )

    from app.merge import forget_merges  # the undo data of a merge copies the card

    report.anonymised["client_merge"] = forget_merges(session, client_id)

    name = erased_name(client_id)
    session.execute(
        update(Client)
        .where(Client.id == client_id)
        .values(
            {col: None for col in CLEARED_CLIENT_COLUMNS}
            | {
                "legal_name": name,
                "sort_name": name.lower(),
                "status": "former",
                "themes": [],
                "version": Client.version + 1,
                "updated_at": dt.datetime.now(dt.UTC),
            }
        )
    )

    # attachments: the bytes go; name, type, size and SHA-256 stay as the record of what was
    evidence = select(ConsentRecord.evidence_attachment_id).where(
        ConsentRecord.client_id == client_id, ConsentRecord.evidence_attachment_id.is_not(None)
    )
    report.anonymised["attachment"] = _count(
        session.execute(
            update(Attachment)
            .where((Attachment.client_id == client_id) | Attachment.id.in_(evidence))
            .values(data=b"", filename=ERASED)
            .execution_options(synchronize_session=False)
        )
    )

    # timeline entries: their words go, shared ones stay for the others, redacted
    from app.timeline import erase_client_entries

    report.anonymised |= erase_client_entries(session, client_id, lambda t: redact(t, idents))

    with erasure_window(session, "erasure", actor[:100], client_id):
        # the correction history holds the person's old values: it goes with them
        report.removed["client_change"] = _count(
            session.execute(
                delete(ClientChange)
                .where(ClientChange.client_id == client_id)
                .execution_options(synchronize_session=False)
            )
        )
        # tasks stay (the office's work record), without their words
        report.anonymised["task"] = _count(
            session.execute(
                update(Task)
                .where(Task.client_id == client_id)
                .values(
                    title=ERASED_TASK_TITLE,
                    notes=None,
                    outcome=case((Task.outcome.is_not(None), ERASED), else_=None),
                    version=Task.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
        )
        # complaints: kind, state, owner, timestamps and SLA dates are the office's handling
        # record and stay; what was said goes (the history's notes through the trigger's hatch)
        complaint_ids = select(Complaint.id).where(Complaint.client_id == client_id)
        report.anonymised["complaint"] = _count(
            session.execute(
                update(Complaint)
                .where(Complaint.client_id == client_id)
                .values(
                    summary=ERASED,
                    resolution=case((Complaint.resolution.is_not(None), ERASED), else_=None),
                    version=Complaint.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
        )
        report.anonymised["complaint_event"] = _count(
            session.execute(
                update(ComplaintEvent)
                .where(
                    ComplaintEvent.complaint_id.in_(complaint_ids),
                    ComplaintEvent.note.is_not(None),
                )
                .values(note=ERASED)
                .execution_options(synchronize_session=False)
            )
        )
        # others' tasks and complaints (or tasks for no client) that mention the person
        report.anonymised["task_mention"] = _redact_mentions(
            session,
            Task,
            ("title", "notes", "outcome"),
            Task.client_id.is_(None) | (Task.client_id != client_id),
            idents,
        )
        report.anonymised["complaint_mention"] = _redact_mentions(
            session, Complaint, ("summary", "resolution"), Complaint.client_id != client_id, idents
        )
        report.anonymised["consent_record"] = _count(
            session.execute(
                update(ConsentRecord)
                .where(
                    ConsentRecord.client_id == client_id,
                    ConsentRecord.withdrawal_reason.is_not(None),
                )
                .values(withdrawal_reason=ERASED)
                .execution_options(synchronize_session=False)
            )
        )

    # portfolio: account numbers and transaction notes go, the records stay (retention)
    report.anonymised |= erase_portfolio(session, client_id)
    # risk records: kept (suitability retention), the person redacted in their free text
    from app.risk_privacy import erase_risk, risk_rows

    report.anonymised |= erase_risk(session, client_id, actor, lambda t: redact(t, idents))

    redacted = 0
    for event in session.scalars(
        select(AccessEvent).where(
            AccessEvent.client_id == client_id, AccessEvent.detail.is_not(None)
        )
    ).all():
        clean = redact(event.detail, idents)
        if clean != event.detail:
            event.detail = clean
            redacted += 1
    report.anonymised["access_event"] = redacted

    search_index.remove(session, client_id)
    report.removed["search_index"] = 1
    session.add(
        AccessEvent(
            actor=actor[:100],
            action=ERASE_ACTION,
            client_id=client_id,
            detail=(redact(reason.strip(), idents) or "")[:200],
        )
    )
    # the chain keeps only that it happened; the reason's words stay in access_event, and
    # the client's change fingerprints become unlinkable (app/audit.py)
    audit.record(session, actor, "erase", client_id)
    audit.forget_client(session, client_id)
    session.flush()
    if optimize_index:
        optimize_search_index(session)
    report.kept = {
        "consent_record": _rows_of(session, ConsentRecord, client_id),
        "financial_snapshot": _rows_of(session, FinancialSnapshot, client_id),
        "access_event": _rows_of(session, AccessEvent, client_id),
        "account": portfolio_rows(session, client_id),
        **risk_rows(session, client_id),
    }
    session.expire_all()
    return report


def _rows_of(session: Session, model: Any, client_id: int) -> int:
    return int(
        session.scalar(select(func.count()).select_from(model).where(model.client_id == client_id))
        or 0
    )


def optimize_search_index(session: Session) -> float:
    """Merge the FTS5 index into one fresh segment: deleted rows' tokens stay in older
    segments until they are merged. Returns the milliseconds it took."""
    t0 = time.perf_counter()
    session.connection().exec_driver_sql("INSERT INTO client_fts(client_fts) VALUES('optimize')")
    return (time.perf_counter() - t0) * 1000


def scrub_file(engine: Engine, *, vacuum: bool = True) -> ScrubReport:
    """After an erasure or purge has committed: rewrite the file so no free page, free
    block or WAL frame keeps old bytes. VACUUM needs no other transaction open on the
    office (other windows may read; the GUI runs it when it holds the writer lock)."""
    report = ScrubReport()
    with engine.connect() as conn:
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        dbapi.execute("PRAGMA secure_delete = ON")
        if vacuum:
            t0 = time.perf_counter()
            dbapi.execute("VACUUM")
            report.vacuum_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        busy, log_frames, _done = dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        report.checkpoint_ms = (time.perf_counter() - t0) * 1000
        report.wal_left_frames = int(log_frames) if busy else 0
    return report


# ---- retention purge ------------------------------------------------------------------------


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def purge_expired(session: Session, today: dt.date, actor: str = "purge") -> PurgeReport:
    """Delete what erased clients left behind once its retention period has passed.

    Periods run from the erasure (the end of the relationship and of every consent):
    consent records (and their evidence attachments) after `retention.consent_years`,
    suitability records (financial snapshots) after `retention.suitability_years`; when
    nothing needs keeping any more, the anonymised card goes too. Records of clients who
    were not erased stay with their card. Each purge is logged without personal data.
    """
    access.require(session, access.ERASE)
    settings = SettingsService(session)
    consent_years = int(settings.get("retention.consent_years"))
    suitability_years = int(settings.get("retention.suitability_years"))
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    report = PurgeReport()
    erased = session.execute(
        select(AccessEvent.client_id, func.min(AccessEvent.at))
        .where(AccessEvent.action == ERASE_ACTION, AccessEvent.client_id.is_not(None))
        .group_by(AccessEvent.client_id)
    ).all()
    for client_id, at in erased:
        if session.get(Client, client_id) is None:
            continue  # purged completely before
        erased_on = at.date()
        counts: dict[str, int] = {}
        if add_years(erased_on, consent_years) <= today:
            attachment_ids = list(
                session.scalars(
                    select(ConsentRecord.evidence_attachment_id).where(
                        ConsentRecord.client_id == client_id,
                        ConsentRecord.evidence_attachment_id.is_not(None),
                    )
                )
            )
            with erasure_window(session, PURGE_ACTION, actor[:100], client_id):
                counts["consent_records"] = _count(
                    session.execute(
                        delete(ConsentRecord)
                        .where(ConsentRecord.client_id == client_id)
                        .execution_options(synchronize_session=False)
                    )
                )
            counts["attachments"] = _count(
                session.execute(
                    delete(Attachment)
                    .where((Attachment.client_id == client_id) | Attachment.id.in_(attachment_ids))
                    .execution_options(synchronize_session=False)
                )
            )
        if add_years(erased_on, suitability_years) <= today:
            counts["snapshots"] = _count(
                session.execute(
                    delete(FinancialSnapshot)
                    .where(FinancialSnapshot.client_id == client_id)
                    .execution_options(synchronize_session=False)
                )
            )
            counts["accounts"] = purge_portfolio(session, client_id)
        retained = _rows_of(session, ConsentRecord, client_id) + _rows_of(
            session, FinancialSnapshot, client_id
        )
        retained += portfolio_rows(session, client_id)
        if not retained and add_years(erased_on, max(consent_years, suitability_years)) <= today:
            session.execute(delete(Client).where(Client.id == client_id))
            counts["cards"] = 1
        if any(counts.values()):
            report.clients += 1
            report.consent_records += counts.get("consent_records", 0)
            report.attachments += counts.get("attachments", 0)
            report.snapshots += counts.get("snapshots", 0)
            report.cards += counts.get("cards", 0)
            session.add(
                AccessEvent(
                    actor=actor[:100],
                    action=PURGE_ACTION,
                    client_id=client_id,
                    detail=", ".join(f"{k}: {v}" for k, v in counts.items() if v)[:200],
                )
            )
            audit.record(
                session, actor, "purge", client_id, **{k: v for k, v in counts.items() if v}
            )
    session.flush()
    session.expire_all()
    return report

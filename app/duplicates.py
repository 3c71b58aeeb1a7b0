"""Likely duplicate clients, ranked, each with the reasons it was found.

Comparing every pair of 100,000 clients is 5 billion comparisons; instead SQL groups
clients on blocking keys — the same ID number, phone, e-mail, or birth date — and only
clients sharing a block are compared. Within a birth-date block (a handful of people on
each date) names are compared: an equal Chinese name, equal pinyin (王伟 / 汪巍), or a
fuzzy match of Latin names (rapidfuzz, token order ignored: "Chan Tai Man" / "Tai-Man
Chan"). Clients already merged away (an active row in client_merge) are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.cards import ClientCard
from app.pinyin import has_han, pinyin_forms
from app.validation import normalize_document_number, normalize_phone
from db.models import Client, Email, IdentityDocument, Phone
from db.models_data import ClientMerge

# weight of each reason: the chance, roughly, that two cards sharing it are one person
REASON_WEIGHTS = {
    "id_number": 0.98,
    "email": 0.75,
    "phone": 0.6,
    "chinese_name": 0.85,
    "pinyin": 0.6,
    "latin_name": 0.6,
}
FUZZY_THRESHOLD = 88  # rapidfuzz token_sort_ratio on lowercased Latin names
MAX_SHARED = 8  # a phone or e-mail on more cards than this is an office line, not a person


@dataclass
class DuplicatePair:
    first_id: int  # the lower id: usually the older card
    second_id: int
    reasons: list[str] = field(default_factory=list)  # codes of REASON_WEIGHTS
    score: float = 0.0
    first_name: str = ""
    second_name: str = ""

    def add(self, reason: str) -> None:
        if reason not in self.reasons:
            self.reasons.append(reason)


def _score(reasons: Iterable[str]) -> float:
    miss = 1.0
    for reason in reasons:
        miss *= 1.0 - REASON_WEIGHTS[reason]
    return round(1.0 - miss, 4)


def _merged_away(session: Session) -> set[int]:
    return set(
        session.scalars(select(ClientMerge.merged_client_id).where(ClientMerge.undone_at.is_(None)))
    )


def _name_reasons(a: tuple, b: tuple) -> list[str]:
    """a, b: (id, legal, chinese, latin). Names compared for two people born the same day."""
    _, legal_a, zh_a, latin_a = a
    _, legal_b, zh_b, latin_b = b
    zh_a = zh_a or (legal_a if has_han(legal_a) else None)
    zh_b = zh_b or (legal_b if has_han(legal_b) else None)
    if zh_a and zh_b:
        if zh_a == zh_b:
            return ["chinese_name"]
        if pinyin_forms(zh_a)[0] == pinyin_forms(zh_b)[0]:
            return ["pinyin"]
    lat_a = (latin_a or ("" if has_han(legal_a) else legal_a)).lower()
    lat_b = (latin_b or ("" if has_han(legal_b) else legal_b)).lower()
    if lat_a and lat_b and fuzz.token_sort_ratio(lat_a, lat_b) >= FUZZY_THRESHOLD:
        return ["latin_name"]
    if (zh_a and lat_b and pinyin_forms(zh_a)[0] == lat_b.replace(" ", "").replace("-", "")) or (
        zh_b and lat_a and pinyin_forms(zh_b)[0] == lat_a.replace(" ", "").replace("-", "")
    ):
        return ["pinyin"]
    return []


def find_duplicates(
    session: Session,
    *,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[DuplicatePair]:
    """Every likely duplicate pair in the office, best first."""
    pairs: dict[tuple[int, int], DuplicatePair] = {}
    skip = _merged_away(session)

    def pair(a: int, b: int) -> DuplicatePair | None:
        if a == b or a in skip or b in skip:
            return None
        key = (min(a, b), max(a, b))
        if key not in pairs:
            pairs[key] = DuplicatePair(*key)
        return pairs[key]

    def shared(column, client_col, reason: str, *where) -> None:  # type: ignore[no-untyped-def]
        keys = (
            select(column)
            .where(*where)
            .group_by(column)
            .having(func.count(func.distinct(client_col)).between(2, MAX_SHARED))
        )
        rows = session.execute(
            select(column, client_col).where(column.in_(keys), *where).order_by(column)
        )
        groups: dict[str, set[int]] = {}
        for value, cid in rows:
            groups.setdefault(value, set()).add(cid)
        for ids in groups.values():
            for a, b in combinations(sorted(ids), 2):
                found = pair(a, b)
                if found:
                    found.add(reason)

    shared(IdentityDocument.number, IdentityDocument.client_id, "id_number")
    if progress:
        progress(1, 4)
    shared(Phone.e164, Phone.client_id, "phone")
    shared(Email.address, Email.client_id, "email")
    if progress:
        progress(2, 4)
    shared_dob = (
        select(Client.date_of_birth)
        .where(Client.date_of_birth.is_not(None))
        .group_by(Client.date_of_birth)
        .having(func.count() > 1)
    )
    rows = session.execute(
        select(
            Client.date_of_birth,
            Client.id,
            Client.legal_name,
            Client.chinese_name,
            Client.latin_name,
        )
        .where(Client.date_of_birth.in_(shared_dob))
        .order_by(Client.date_of_birth)
    )
    block: list[tuple] = []
    current: dt.date | None = None

    def compare(people: list[tuple]) -> None:
        for a, b in combinations(people, 2):
            for reason in _name_reasons(a, b):
                found = pair(a[0], b[0])
                if found:
                    found.add(reason)

    for dob, *person in rows:
        if dob != current:
            compare(block)
            block, current = [], dob
        block.append(tuple(person))
    compare(block)
    if progress:
        progress(3, 4)
    for p in pairs.values():
        p.score = _score(p.reasons)
    out = sorted(pairs.values(), key=lambda p: (-p.score, p.first_id, p.second_id))
    if limit is not None:
        out = out[:limit]
    names = _names(session, {i for p in out for i in (p.first_id, p.second_id)})
    for p in out:
        p.first_name, p.second_name = names.get(p.first_id, ""), names.get(p.second_id, "")
    if progress:
        progress(4, 4)
    return out


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        for cid, legal, zh in session.execute(
            select(Client.id, Client.legal_name, Client.chinese_name).where(Client.id.in_(chunk))
        ):
            out[cid] = zh if zh and zh != legal else legal
    return out


@dataclass(frozen=True)
class Candidate:
    client_id: int
    name: str
    reasons: tuple[str, ...]
    score: float


def candidates_for(session: Session, card: ClientCard, limit: int = 10) -> list[Candidate]:
    """Existing clients a card about to be created probably duplicates (entry-time check).

    Only the card's own keys are looked up, so it costs a few indexed queries."""
    found: dict[int, list[str]] = {}

    def hit(ids: Iterable[int], reason: str) -> None:
        for cid in ids:
            if cid != card.id and reason not in found.setdefault(cid, []):
                found[cid].append(reason)

    numbers = [normalize_document_number(d.doc_type, d.number) for d in card.documents if d.number]
    if numbers:
        hit(
            session.scalars(
                select(IdentityDocument.client_id).where(IdentityDocument.number.in_(numbers))
            ),
            "id_number",
        )
    phones = []
    for p in card.phones:
        try:
            phones.append(normalize_phone(p.number))
        except ValueError:
            continue
    if phones:
        hit(session.scalars(select(Phone.client_id).where(Phone.e164.in_(phones))), "phone")
    emails = [e.address.strip().lower() for e in card.emails if e.address.strip()]
    if emails:
        hit(session.scalars(select(Email.client_id).where(Email.address.in_(emails))), "email")
    if card.date_of_birth is not None:
        me = (0, card.legal_name, card.chinese_name, card.latin_name)
        for row in session.execute(
            select(Client.id, Client.legal_name, Client.chinese_name, Client.latin_name).where(
                Client.date_of_birth == card.date_of_birth
            )
        ):
            for reason in _name_reasons(me, tuple(row)):
                hit([row[0]], reason)
    skip = _merged_away(session)
    names = _names(session, set(found) - skip)
    ranked = sorted(
        (
            Candidate(cid, names[cid], tuple(r), _score(r))
            for cid, r in found.items()
            if cid not in skip and cid in names
        ),
        key=lambda c: (-c.score, c.client_id),
    )
    return ranked[:limit]


def precision_recall(found: list[DuplicatePair], truth: set[tuple[int, int]]) -> dict[str, float]:
    """How well `found` recovers the known pairs `truth` (for the seeded demo office)."""
    got = {(p.first_id, p.second_id) for p in found}
    hits = len(got & truth)
    return {
        "known": len(truth),
        "found": len(got),
        "precision": round(hits / len(got), 4) if got else 1.0,
        "recall": round(hits / len(truth), 4) if truth else 1.0,
    }

"""Known duplicates in the demo office, so duplicate detection can be measured.

About one client in 100 gets a second card made the ways real duplicates arise: the
same person entered twice with their ID number, a re-entered contact with only a phone or
e-mail in common, the same Chinese name and birthday typed without contacts, a homophone
of the Chinese name (王伟 / 王巍), a Latin name with a typo. Each copy's `source` reads
"demo-duplicate:<original id>:<kind>", which `known_duplicates` reads back as the ground
truth for precision and recall (tests/app/test_duplicates_demo.py, benchmarks/import.py).
"""

from __future__ import annotations

import random

from sqlalchemy import select

from app.cards import ClientCard, EmailData, PhoneData
from app.clients import ClientService
from app.validation import ValidationError
from db.models import Client
from db.office import Office

KINDS = ("id_number", "phone", "email", "chinese_name", "pinyin", "latin_name")
SOURCE_PREFIX = "demo-duplicate:"
# small demo offices (other areas' tests count their rows) stay exactly as they were
MIN_CLIENTS = 1000
HOMOPHONES = {
    "伟": "巍",
    "丽": "莉",
    "静": "婧",
    "芳": "方",
    "明": "铭",
    "华": "骅",
    "敏": "闽",
    "军": "钧",
    "杰": "捷",
    "强": "蔷",
    "磊": "垒",
    "洋": "阳",
    "勇": "永",
    "艳": "燕",
    "娜": "纳",
    "涛": "韬",
    "平": "萍",
    "刚": "钢",
    "霞": "侠",
    "红": "虹",
}


def _typo(name: str, rng: random.Random) -> str:
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    i = rng.choice(letters[1:-1] or letters)
    return name[:i] + name[i + 1 :] if rng.random() < 0.5 else name[:i] + name[i] + name[i:]


def seed_duplicates(office: Office, seed: int = 7, share: int = 100) -> list[tuple[int, int, str]]:
    """Add copies of about 1/`share` of the clients; returns (original, copy, kind)."""
    rng = random.Random(seed * 31 + 9)
    with office.session() as s:
        people = s.execute(
            select(Client.id, Client.chinese_name).where(Client.date_of_birth.is_not(None))
        ).all()
    if len(people) < MIN_CLIENTS:
        return []
    count = min(len(people) // share, 2000)
    rng.shuffle(people)
    pools = {
        "latin_name": [p for p in people if not p[1]],
        "pinyin": [p for p in people if p[1] and any(ch in HOMOPHONES for ch in p[1])],
        "chinese_name": [p for p in people if p[1]],
    }
    used: set[int] = set()
    out: list[tuple[int, int, str]] = []
    with office.transaction() as s:
        svc = ClientService(s, actor="demo")
        for n in range(count):
            kind = KINDS[n % len(KINDS)]
            pool = pools.get(kind, people)
            pick = next((p for p in pool if p[0] not in used), None)
            if pick is None:
                continue
            original_id, chinese = pick
            used.add(original_id)
            card = svc.load(original_id)
            copy = ClientCard(
                legal_name=card.legal_name,
                chinese_name=card.chinese_name,
                latin_name=card.latin_name,
                nationality=card.nationality,
                status="prospect",
                owner=card.owner,
                source=f"{SOURCE_PREFIX}{original_id}:{kind}",
                date_of_birth=card.date_of_birth,
            )
            fresh_phone = f"+86170{rng.randint(0, 99_999_999):08d}"
            fresh_email = f"dup{original_id}.{n}@example.net"
            copy.phones = [PhoneData(fresh_phone)]
            copy.emails = [EmailData(fresh_email)]
            if kind == "id_number":
                copy.documents = list(card.documents)
                for doc in copy.documents:
                    doc.id = None
            elif kind in ("phone", "email"):
                copy.date_of_birth = None  # re-entered from a contact list: no birthday
                if kind == "phone":
                    copy.phones = [PhoneData(p.number) for p in card.phones[:1]] or copy.phones
                else:
                    copy.emails = [EmailData(e.address) for e in card.emails[:1]] or copy.emails
            elif kind == "pinyin":
                assert chinese is not None
                variant = "".join(HOMOPHONES.get(ch, ch) for ch in chinese)
                copy.legal_name = copy.chinese_name = variant
                copy.latin_name = None
            elif kind == "latin_name":
                copy.legal_name = _typo(card.legal_name, rng)
                copy.latin_name = copy.legal_name
            try:
                copy_id = svc.create(copy, acknowledge_missing_consent=True)
            except ValidationError:
                continue  # a few demo documents do not pass today's validators
            out.append((original_id, copy_id, kind))
    return out


def known_duplicates(session) -> dict[tuple[int, int], str]:  # type: ignore[no-untyped-def]
    """The seeded pairs (lower id, higher id) -> kind, read back from the copies' source."""
    out: dict[tuple[int, int], str] = {}
    rows = session.execute(
        select(Client.id, Client.source).where(Client.source.like(SOURCE_PREFIX + "%"))
    )
    for copy_id, source in rows:
        _, original, kind = source.split(":")
        a, b = sorted((int(original), copy_id))
        out[(a, b)] = kind
    return out

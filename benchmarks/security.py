"""Users and keys figures: unlock through a key slot, the client list as an advisor (own
and shared clients only) against the same list as the admin, a role check, and a key
rotation (PRAGMA rekey) of the whole file.

Usage: python benchmarks/security.py [--clients 100000] [--repeat 5]

Builds a demo office with user accounts in a temporary folder (the demo's advisors own
about a sixth of the book each), shares 500 other clients with one advisor, then prints
one JSON object. Figures are medians of --repeat runs, measured in the same process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from app import access
from app.client_list import ClientListService, ListQuery
from app.demo import build_demo
from app.demo_security import DEMO_ADMIN, DEMO_STAFF
from app.users import UserService, rotate_key
from db.key_rotation import OfficeKeys
from db.models import Client
from db.office import Office, create_office, open_office

PASSPHRASE = "demo-office-2026"
ADVISOR = "Li Ming"


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 1)


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def _list_ms(office: Office, query: ListQuery, repeat: int) -> tuple[float, float, int]:
    pages, counts, total = [], [], 0
    for _ in range(repeat):
        with office.session() as s:
            svc = ClientListService(s)
            t0 = time.perf_counter()
            svc.page(query, 0, 200)
            pages.append(_ms(t0))
            t0 = time.perf_counter()
            total = svc.count(query)
            counts.append(_ms(t0))
    return _median(pages), _median(counts), total


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    figures: dict[str, object] = {"clients": args.clients, "repeat": args.repeat}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ADVISORDESK_STATE_DIR"] = str(Path(tmp) / "state")
        path = Path(tmp) / "office.db"
        t0 = time.perf_counter()
        office = create_office(path, PASSPHRASE, admin=DEMO_ADMIN)
        build_demo(office, clients=args.clients, seed=7)
        with office.session() as s:
            others = list(
                s.scalars(
                    select(Client.id).where(Client.owner != ADVISOR).order_by(Client.id).limit(500)
                )
            )
        with office.transaction() as s:
            users = UserService(s, OfficeKeys(office))
            for cid in others:
                users.share(cid, ADVISOR)
        office.close()
        figures["build_s"] = round(time.perf_counter() - t0, 1)

        unlocks = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            open_office(path, DEMO_STAFF[ADVISOR][1], user=ADVISOR, read_only=True).close()
            unlocks.append(_ms(t0))
        figures["unlock_advisor_slot_ms"] = _median(unlocks)

        for who, passphrase in ((DEMO_ADMIN, PASSPHRASE), (ADVISOR, DEMO_STAFF[ADVISOR][1])):
            office = open_office(path, passphrase, user=who, read_only=True)
            try:
                key = "admin" if who == DEMO_ADMIN else "advisor"
                for label, query in (
                    ("all", ListQuery()),
                    ("search_wang", ListQuery(text="王")),
                    ("sort_investable", ListQuery(sort="investable", descending=True)),
                ):
                    page, count, total = _list_ms(office, query, args.repeat)
                    figures[f"list_{label}_{key}"] = {
                        "page_ms": page,
                        "count_ms": count,
                        "rows": total,
                    }
                checks = []
                with office.session() as s:
                    cid = s.scalar(select(Client.id).where(Client.owner == ADVISOR))
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        for _ in range(100):
                            access.can(s, access.EDIT_CONTACTS, cid)
                        checks.append((time.perf_counter() - t0) * 1000 / 100)
                figures[f"role_check_{key}_ms"] = round(statistics.median(checks), 3)
            finally:
                office.close()

        office = open_office(path, PASSPHRASE)
        try:
            t0 = time.perf_counter()
            rotate_key(office)
            figures["rekey_s"] = round(time.perf_counter() - t0, 2)
        finally:
            office.close()
        figures["file_mb"] = round(path.stat().st_size / 1e6, 1)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())

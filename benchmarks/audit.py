"""Audit-trail and backup figures at scale.

Usage: python benchmarks/audit.py [--entries 1000000] [--repeat 5]

Builds an office whose chain holds `entries` entries (hashes computed as app/audit.py
does, rows inserted in bulk through the driver), then prints one JSON object of medians:
one record() per transaction, the viewer's first and deepest pages with and without
filters, a full chain check, a CSV export of one client's entries and a verified backup.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import audit
from app.audit import AuditFilter
from app.backups import make_backup
from db.office import Office, create_office

PASSPHRASE = "benchmark-audit"
ACTORS = ("li.na", "zhou.tao", "wang.wei", "compliance", "admin")
ACTIONS = ("card_opened", "client_changed", "reveal", "timeline", "export")


def fill(office: Office, entries: int, clients: int = 100_000) -> None:
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    prev, rows = audit.GENESIS, []
    for seq in range(1, entries + 1):
        at = (start + dt.timedelta(seconds=seq * 60)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        actor, action = ACTORS[seq % 5], ACTIONS[(seq // 5) % 5]
        client = 1 + (seq * 7919) % clients
        detail = audit.canonical_json({"fields": {"occupation": {"after": "x", "before": "y"}}})
        digest = audit.entry_hash(prev, seq, at, actor, action, client, None, detail)
        rows.append((seq, at, actor, action, client, None, detail, prev, digest))
        prev = digest
        if len(rows) == 50_000 or seq == entries:
            with office.engine.begin() as conn:
                conn.connection.driver_connection.executemany(  # type: ignore[union-attr]
                    "INSERT INTO audit_entry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
                )
            rows = []


def median_ms(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    out: dict[str, Any] = {"entries": args.entries, "repeat": args.repeat}
    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "audit.db", PASSPHRASE)
        try:
            t0 = time.perf_counter()
            fill(office, args.entries)
            out["build_s"] = round(time.perf_counter() - t0, 1)

            def one_record() -> None:
                with office.transaction() as s:
                    audit.record(s, "li.na", "card_opened", 42)

            out["record_one_transaction_ms"] = median_ms(one_record, max(args.repeat, 20))

            def first(flt: AuditFilter, before: int | None = None) -> Any:
                def run() -> None:
                    with office.session() as s:
                        audit.page(s, flt, before, 200)

                return median_ms(run, args.repeat)

            out["page_first_ms"] = first(AuditFilter())
            out["page_deepest_ms"] = first(AuditFilter(), before=250)
            out["page_by_user_ms"] = first(AuditFilter(actor="compliance"))
            out["page_by_client_ms"] = first(AuditFilter(client_id=4242))
            out["page_by_action_ms"] = first(AuditFilter(action="reveal"))
            out["page_by_date_ms"] = first(
                AuditFilter(date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 2))
            )
            out["page_user_and_date_ms"] = first(
                AuditFilter(actor="admin", date_from=dt.date(2024, 3, 1))
            )
            t0 = time.perf_counter()
            with office.session() as s:
                report = audit.verify_chain(s)
            verify_s = time.perf_counter() - t0
            assert report.ok, report.message()
            out["verify_s"] = round(verify_s, 2)
            out["verify_entries_per_s"] = int(report.entries / verify_s)

            def export() -> None:
                target = Path(tmp) / "client.csv"
                target.unlink(missing_ok=True)
                with office.session() as s:
                    audit.export_csv(s, AuditFilter(client_id=4242), target)

            out["csv_one_client_ms"] = median_ms(export, args.repeat)
            t0 = time.perf_counter()
            make_backup(office, Path(tmp) / "backups")
            out["verified_backup_s"] = round(time.perf_counter() - t0, 2)
            out["office_mb"] = round((Path(tmp) / "audit.db").stat().st_size / 1e6, 1)
        finally:
            office.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

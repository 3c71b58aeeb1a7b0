"""What an erasure costs on a demo office, and whether VACUUM is needed to wipe the file.

    python benchmarks/erasure.py [--clients 10000] [--runs 3]

For each run: a fresh copy of one demo office; erase one client (secure_delete, FTS
optimize), then scrub with and without VACUUM on two copies; decrypt every page and WAL
frame and count those still holding the client's ID number or phone. Prints JSON with
medians (ms) and the page counts.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.demo import build_demo  # noqa: E402
from app.erasure import erase_client, optimize_search_index, scrub_file  # noqa: E402
from db.models import IdentityDocument, Phone  # noqa: E402
from db.office import create_office, open_office  # noqa: E402
from tests.sqlcipher_pages import where_found  # noqa: E402

PASSPHRASE = "benchmark-erasure"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="erasure-bench-"))
    try:
        template = work / "template.db"
        office = create_office(template, PASSPHRASE)
        build_demo(office, clients=args.clients, seed=7)
        office.close()
        size = template.stat().st_size
        results: dict[str, list[float]] = {}
        pages: dict[str, list[int]] = {}
        for run in range(args.runs):
            client_id = 1 + (run * 997) % args.clients
            for vacuum in (False, True):
                path = work / f"run{run}-{int(vacuum)}.db"
                shutil.copyfile(template, path)
                office = open_office(path, PASSPHRASE)
                with office.session() as s:
                    number = s.scalar(
                        select(IdentityDocument.number).where(
                            IdentityDocument.client_id == client_id
                        )
                    )
                    phone = s.scalar(select(Phone.e164).where(Phone.client_id == client_id))
                needles = {"id_number": number.encode(), "phone": phone.encode()}
                if not vacuum:  # control: the bytes are there before the erasure
                    before = where_found(template, PASSPHRASE, needles)
                    pages.setdefault("pages_with_data_before", []).append(
                        sum(len(v) for v in before.values())
                    )
                t0 = time.perf_counter()
                with office.transaction() as s:
                    erase_client(s, client_id, "bench", "benchmark", optimize_index=False)
                    t1 = time.perf_counter()
                    optimize_ms = optimize_search_index(s)
                erase_ms = (t1 - t0) * 1000
                commit_ms = (time.perf_counter() - t0) * 1000 - erase_ms - optimize_ms
                scrub = scrub_file(office.engine, vacuum=vacuum)
                office.close()
                key = "with_vacuum" if vacuum else "without_vacuum"
                results.setdefault("erase_ms", []).append(erase_ms)
                results.setdefault("fts_optimize_ms", []).append(optimize_ms)
                results.setdefault("commit_ms", []).append(commit_ms)
                results.setdefault(f"checkpoint_ms_{key}", []).append(scrub.checkpoint_ms)
                if vacuum:
                    results.setdefault("vacuum_ms", []).append(scrub.vacuum_ms)
                hits = where_found(path, PASSPHRASE, needles)
                pages.setdefault(f"pages_with_data_{key}", []).append(
                    sum(len(v) for v in hits.values())
                )
                path.unlink()
        out = {
            "clients": args.clients,
            "file_mb": round(size / 1e6, 1),
            "runs": args.runs,
            **{k: round(statistics.median(v), 1) for k, v in results.items()},
            **{k: (min(v) if k.endswith("before") else max(v)) for k, v in pages.items()},
        }
        print(json.dumps(out))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Review packs: one pack, and batches of 100 (a folder of PDFs, and one merged PDF).

    python benchmarks/packs.py [--clients 2000] [--packs 100] [--runs 5]

Builds a demo office (app/demo.py) in a temp folder, gives the first client a portfolio of
40 holdings and a year of transactions (so every section, both charts and a two-page
holdings table are in the pack), then times:

* one pack: build_pack() for that rich client and for a plain demo client (read, lay out,
  render to bytes), median of --runs;
* a batch of --packs demo clients with run_batch(), to a folder and merged into one PDF
  (including reading, writing atomically and recording each pack on the timeline), median
  of 3 runs, and the per-pack figure.

Prints JSON. The target is <= 100 ms per pack on this machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.demo import build_demo  # noqa: E402
from app.pack_batch import run_batch  # noqa: E402
from app.portfolio import AccountData, PortfolioService  # noqa: E402
from app.products import ProductData, ProductService  # noqa: E402
from app.review_pack import PackOptions, build_pack  # noqa: E402
from db.models import Client  # noqa: E402
from db.models_portfolio import Holding, PortfolioTransaction  # noqa: E402
from db.office import Office, create_office  # noqa: E402

PASSPHRASE = "benchmark-packs"
PRINTED = dt.date(2026, 11, 22)


def _median_ms(fn: Any, runs: int, clock: Any = time.perf_counter) -> float:
    samples = []
    for _ in range(runs):
        start = clock()
        fn()
        samples.append((clock() - start) * 1000)
    return round(statistics.median(samples), 1)


def add_portfolio(office: Office, client_id: int, holdings: int = 40) -> None:
    with office.transaction() as s:
        account = PortfolioService(s).add_account(
            client_id, AccountData("招商银行", "bank", "6222020200112233445", "CNY")
        )
        for i in range(holdings):
            product = ProductService(s).create(
                ProductData(
                    code=f"BM{i:03d}",
                    name=f"稳健增长{i:02d}号",
                    type="mixed_fund",
                    currency="CNY",
                    risk_rating=1 + i % 5,
                    asset_class=("equity", "fixed_income", "mixed", "cash")[i % 4],
                    issuer="Example AMC",
                )
            )
            s.add(
                Holding(
                    account_id=account.id,
                    product_id=product.id,
                    quantity="1000",
                    currency="CNY",
                    cost_minor=900_000 + i * 1000,
                    market_value_minor=1_000_000 + i * 12_345,
                    valuation_date=dt.date(2026, 10, 31),
                )
            )
            if i < 24:
                s.add(
                    PortfolioTransaction(
                        account_id=account.id,
                        product_id=product.id,
                        kind="buy",
                        trade_date=dt.date(2026, 1 + i % 10, 1 + i),
                        quantity="1000",
                        price="9.5",
                        amount_minor=950_000,
                        currency="CNY",
                    )
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--packs", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="advisordesk-packs-"))
    try:
        office = create_office(folder / "office.db", PASSPHRASE)
        try:
            build_demo(office, clients=args.clients)
            with office.session() as s:
                ids = list(s.scalars(select(Client.id).order_by(Client.id).limit(args.packs + 1)))
            rich, plain = ids[0], ids[1]
            add_portfolio(office, rich)
            options = PackOptions(printed_on=PRINTED, since=dt.date(2026, 1, 1))
            facts: dict[str, Any] = {}

            def one(cid: int) -> None:
                with office.session() as s:
                    result = build_pack(s, cid, options)
                facts[cid] = (result.pages, len(result.pdf), result.sections)

            one(rich)  # warm-up: fonts registered, modules imported
            rich_ms = _median_ms(lambda: one(rich), args.runs)
            plain_ms = _median_ms(lambda: one(plain), args.runs)
            # CPU time of this process: the machine is shared, wall time includes waiting
            rich_cpu = _median_ms(lambda: one(rich), args.runs, time.process_time)
            plain_cpu = _median_ms(lambda: one(plain), args.runs, time.process_time)
            batch = ids[1 : args.packs + 1]
            runs = 3
            folder_ms, merged_ms, folder_cpu = [], [], []
            for run in range(runs):
                out = folder / f"out{run}"
                out.mkdir()
                start, cpu = time.perf_counter(), time.process_time()
                run_batch(office, batch, out, options, merged=False, actor="bench")
                folder_ms.append((time.perf_counter() - start) * 1000)
                folder_cpu.append((time.process_time() - cpu) * 1000)
                start = time.perf_counter()
                run_batch(office, batch, folder / f"m{run}.pdf", options, merged=True, actor="b")
                merged_ms.append((time.perf_counter() - start) * 1000)
            n = len(batch)
            report = {
                "clients": args.clients,
                "one_pack_ms": {
                    "rich_client_median": rich_ms,
                    "rich_client_cpu_median": rich_cpu,
                    "rich_pages": facts[rich][0],
                    "rich_bytes": facts[rich][1],
                    "rich_sections": list(facts[rich][2]),
                    "demo_client_median": plain_ms,
                    "demo_client_cpu_median": plain_cpu,
                    "demo_pages": facts[plain][0],
                },
                "batch": {
                    "packs": n,
                    "folder_total_ms_median": round(statistics.median(folder_ms), 1),
                    "folder_per_pack_ms": round(statistics.median(folder_ms) / n, 1),
                    "folder_per_pack_cpu_ms": round(statistics.median(folder_cpu) / n, 1),
                    "merged_total_ms_median": round(statistics.median(merged_ms), 1),
                    "merged_per_pack_ms": round(statistics.median(merged_ms) / n, 1),
                    "merged_bytes": (folder / "m0.pdf").stat().st_size,
                },
                "target_per_pack_ms": 100,
            }
            print(json.dumps(report, ensure_ascii=False, indent=2))
        finally:
            office.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

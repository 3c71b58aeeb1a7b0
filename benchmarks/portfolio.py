"""Portfolio figures at scale: one client with 5,000 transactions, AUM across 100,000 clients.

    python benchmarks/portfolio.py [--clients 100000] [--transactions 5000] [--runs 5]

Builds its own office in a temp folder: bare clients (bulk-inserted, no demo), one account
with three holdings each (the demo catalogue), and one client with two accounts, ten
products and --transactions transactions over ten years. Times (median of --runs, ms):
allocation by asset class and by risk rating, XIRR on its own (the client's cash flows),
the period returns (XIRR and TWR, valuing the portfolio on every flow day), contributions
against value at month ends, and AUM for every client (one grouped SQL sum). Prints JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text  # noqa: E402

from app import performance, portfolio  # noqa: E402
from app.demo_portfolio import build_demo_products  # noqa: E402
from app.money import FxService  # noqa: E402
from app.portfolio import minor_of  # noqa: E402
from db.bulk import bulk_insert  # noqa: E402
from db.models import Client  # noqa: E402
from db.models_portfolio import Account, Holding, PortfolioTransaction, Product  # noqa: E402
from db.office import Office, create_office  # noqa: E402

PASSPHRASE = "benchmark-portfolio"
AUM_SQL = (
    "SELECT client_id, currency, sum(market_value_minor) FROM holding GROUP BY client_id, currency"
)
JOIN_REFERENCE = (
    "SELECT a.client_id, h.currency, sum(h.market_value_minor) FROM holding h "
    "JOIN account a ON a.id = h.account_id GROUP BY a.client_id, h.currency"
)
TODAY = dt.date(2026, 11, 1)
START = dt.date(2016, 11, 1)


def _interleaved(jobs: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median ms of each job over `runs` rounds, every round running every job once, so a
    load that comes and goes on a shared machine weighs on all of them alike. Like timeit,
    the garbage collector is run before and paused during each job: otherwise a full
    collection of the whole process's heap lands on whichever job happens to trigger it."""
    samples: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, job in jobs.items():
            gc.collect()
            gc.disable()
            try:
                began = time.perf_counter()
                job()
                samples[name].append((time.perf_counter() - began) * 1000)
            finally:
                gc.enable()
    return {name: round(statistics.median(times), 1) for name, times in samples.items()}


def build(office: Office, clients: int, transactions: int, seed: int = 5) -> int:
    """The office described in the module doc; returns the busy client's id."""
    rng = random.Random(seed)
    build_demo_products(office)
    with office.transaction() as s:
        FxService(s, "CNY").set_rate("USD", START, Decimal("7.1"))
        products = list(s.execute(select(Product.id, Product.currency).order_by(Product.id)))
        cny = [p for p, ccy in products if ccy == "CNY"]
        bulk_insert(
            s,
            Client.__table__,  # type: ignore[arg-type]
            [
                {"id": i, "legal_name": f"Client {i}", "sort_name": f"client {i}"}
                for i in range(1, clients + 1)
            ],
        )
        bulk_insert(
            s,
            Account.__table__,  # type: ignore[arg-type]
            [
                {
                    "id": i,
                    "client_id": i,
                    "institution": "招商银行",
                    "account_type": "bank",
                    "number": f"6222{i:012d}",
                    "currency": "CNY",
                }
                for i in range(1, clients + 1)
            ],
        )
        holdings = []
        for i in range(1, clients + 1):
            for pid, ccy in rng.sample(products, 3):
                value = rng.randint(10_000, 5_000_000) * 100
                holdings.append(
                    {
                        "account_id": i,
                        "client_id": i,
                        "product_id": pid,
                        "quantity": str(value // 100),
                        "currency": ccy,
                        "cost_minor": value,
                        "market_value_minor": value,
                        "valuation_date": TODAY,
                    }
                )
        bulk_insert(s, Holding.__table__, holdings)  # type: ignore[arg-type]
    busy = clients + 1
    with office.transaction() as s:
        s.add(Client(id=busy, legal_name="Busy Client", sort_name="busy client"))
        s.flush()
        accounts = [clients + 1, clients + 2]
        for account_id in accounts:
            s.add(
                Account(
                    id=account_id,
                    client_id=busy,
                    institution="中信证券",
                    account_type="brokerage",
                    number=f"8800{account_id:08d}",
                    currency="CNY",
                )
            )
        s.flush()
        positions = [(a, p) for a in accounts for p in rng.sample(cny, 5)]
        nav = {p: Decimal(1) for p in cny}
        held: dict[tuple[int, int], Decimal] = {pos: Decimal(0) for pos in positions}
        rows = []
        days = (TODAY - START).days
        for k in range(transactions):
            day = START + dt.timedelta(days=k * days // transactions)
            account_id, pid = positions[rng.randrange(len(positions))]
            nav[pid] = (nav[pid] * Decimal(1 + rng.gauss(0.0002, 0.01))).quantize(Decimal("0.0001"))
            kind = "buy" if held[(account_id, pid)] < 1000 or rng.random() < 0.6 else "sell"
            if rng.random() < 0.1:
                kind = rng.choice(("dividend", "fee", "deposit", "withdrawal"))
            units = Decimal(rng.randint(100, 2000))
            if kind == "sell":
                units = min(units, held[(account_id, pid)])
            quantity = units if kind in ("buy", "sell") else None
            if quantity is not None:
                held[(account_id, pid)] += quantity if kind == "buy" else -quantity
            rows.append(
                {
                    "account_id": account_id,
                    "product_id": pid if quantity is not None or kind == "dividend" else None,
                    "kind": kind,
                    "trade_date": day,
                    "quantity": None if quantity is None else str(quantity),
                    "price": None if quantity is None else str(nav[pid]),
                    "amount_minor": minor_of((quantity or Decimal(50)) * nav[pid], "CNY"),
                    "currency": "CNY",
                }
            )
        bulk_insert(s, PortfolioTransaction.__table__, rows)  # type: ignore[arg-type]
        bulk_insert(
            s,
            Holding.__table__,  # type: ignore[arg-type]
            [
                {
                    "account_id": a,
                    "client_id": busy,
                    "product_id": p,
                    "quantity": str(q),
                    "currency": "CNY",
                    "cost_minor": minor_of(q, "CNY"),
                    "market_value_minor": minor_of(q * nav[p], "CNY"),
                    "valuation_date": TODAY,
                }
                for (a, p), q in held.items()
            ],
        )
    return busy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--transactions", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="advisordesk-portfolio-bench-"))
    try:
        office = create_office(folder / "bench.db", PASSPHRASE)
        try:
            began = time.perf_counter()
            busy = build(office, args.clients, args.transactions)
            build_s = round(time.perf_counter() - began, 1)
            runs = args.runs
            with office.session() as s:
                history = portfolio.PortfolioHistory.load(s, client_id=busy)
                flows = [(START, -history.value_on(START))]
                flows += [(d, -f) for d, f in sorted(history.flows_by_day(START, TODAY).items())]
                flows.append((TODAY, history.value_on(TODAY)))
                result = performance.returns(s, client_id=busy, start=START, end=TODAY)
                timed = _interleaved(
                    {
                        "allocation_asset_class_ms": lambda: portfolio.allocation(
                            s, busy, on=TODAY
                        ),
                        "allocation_risk_rating_ms": lambda: portfolio.allocation(
                            s, busy, by="risk_rating", on=TODAY
                        ),
                        "xirr_solve_ms": lambda: performance.xirr(flows),
                        "returns_xirr_twr_ms": lambda: performance.returns(
                            s, client_id=busy, start=START, end=TODAY
                        ),
                        "value_vs_contributions_ms": lambda: portfolio.value_vs_contributions(
                            s, busy, START, TODAY
                        ),
                        "aum_per_client_ms": lambda: portfolio.aum_per_client(s, TODAY),
                        # the raw sums without and with the account join (before
                        # holding.client_id): same rounds, so their ratio survives a busy
                        # machine
                        "aum_sql_covering_index_ms": lambda: s.execute(text(AUM_SQL)).all(),
                        "aum_sql_via_account_join_ms": lambda: s.execute(
                            text(JOIN_REFERENCE)
                        ).all(),
                        "client_aum_ms": lambda: portfolio.client_aum(s, busy, TODAY),
                    },
                    runs,
                )
                figures = {
                    "clients": args.clients,
                    "busy_client_transactions": args.transactions,
                    "build_s": build_s,
                    "runs": runs,
                    **timed,
                    "xirr_flows": len(flows),
                    "aum_sql_plan": [
                        row[-1] for row in s.execute(text("EXPLAIN QUERY PLAN " + AUM_SQL))
                    ],
                    "aum_clients": len(portfolio.aum_per_client(s, TODAY)),
                    "busy_xirr": str(result.xirr),
                    "busy_twr": str(result.twr),
                }
        finally:
            office.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Risk levels and suitability at 100,000 clients.

    python benchmarks/risk.py [--clients 100000] [--runs 5]

Builds an office in a temp folder with --clients bare clients (bulk-inserted: the risk
figures do not depend on names or contacts), then times, median of --runs:

* the demo's risk profiles (app/demo_risk.py: ~1.1 assessments per assessed client), once;
* `current_levels` (the dashboard's client -> level map, one SQL query), and the same map
  through a row_number() window in the same run, with the ratio;
* `current_risk` and a suitability `check` for one client (the card and the dialog);
* `mismatches` over a year (the suitability report).

Prints JSON.
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

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.demo_risk import build_demo_risk  # noqa: E402
from app.risk_assessment import current_levels, current_risk  # noqa: E402
from app.suitability import check, mismatches  # noqa: E402
from db.bulk import bulk_insert  # noqa: E402
from db.models import Client  # noqa: E402
from db.models_portfolio import Product  # noqa: E402
from db.models_risk import RiskAssessment, SuitabilityRecord  # noqa: E402
from db.office import create_office  # noqa: E402

PASSPHRASE = "benchmark-risk"
TODAY = dt.date(2026, 11, 20)


def _timed(fn: Any, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def _window_levels(session: Session) -> dict[int, str]:
    ranked = select(
        RiskAssessment.client_id,
        RiskAssessment.level,
        RiskAssessment.expires_on,
        func.row_number()
        .over(
            partition_by=RiskAssessment.client_id,
            order_by=(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc()),
        )
        .label("rn"),
    ).subquery()
    rows = session.execute(
        select(ranked.c.client_id, ranked.c.level).where(
            ranked.c.rn == 1, ranked.c.expires_on > TODAY
        )
    )
    return dict(rows.all())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "risk.db", PASSPHRASE)
        try:
            with office.transaction() as s:
                bulk_insert(
                    s,
                    Client.__table__,
                    [
                        {
                            "legal_name": f"Client {i}",
                            "sort_name": f"client {i}",
                            "status": "active",
                            "owner": ("Li Na", "Zhou Tao")[i % 2],
                            "tier": "mass",
                        }
                        for i in range(args.clients)
                    ],
                )
                for rating in range(1, 6):
                    s.add(
                        Product(
                            code=f"BENCH-R{rating}",
                            name=f"Bench fund R{rating}",
                            type="fund",
                            currency="CNY",
                            risk_rating=rating,
                            asset_class="equity",
                        )
                    )
            start = time.perf_counter()
            added = build_demo_risk(office, seed=5, today=TODAY)
            demo_ms = round((time.perf_counter() - start) * 1000)
            with office.session() as s:
                client = s.scalar(select(func.max(RiskAssessment.client_id)))
                product = s.scalar(select(Product.id).where(Product.risk_rating == 4))
                assessments = s.scalar(select(func.count()).select_from(RiskAssessment))
                records = s.scalar(select(func.count()).select_from(SuitabilityRecord))
                levels = current_levels(s, TODAY)
                out = {
                    "clients": args.clients,
                    "assessments": assessments,
                    "professionals": added[1],
                    "suitability_records": records,
                    "clients_with_valid_level": len(levels),
                    "demo_risk_ms": demo_ms,
                    "current_levels_ms": _timed(lambda: current_levels(s, TODAY), args.runs),
                    # the same map through a row_number() window, in the same run: the
                    # reason current_levels walks the client index instead
                    "window_variant_ms": _timed(lambda: _window_levels(s), args.runs),
                    "current_risk_ms": _timed(
                        lambda: current_risk(s, client, TODAY), args.runs * 4
                    ),
                    "check_ms": _timed(lambda: check(s, client, product, TODAY), args.runs * 4),
                    "mismatches_year_ms": _timed(
                        lambda: mismatches(s, TODAY - dt.timedelta(days=365), TODAY), args.runs
                    ),
                    "runs": args.runs,
                }
        finally:
            office.close()
    out["window_over_current_levels"] = round(
        out["window_variant_ms"] / max(out["current_levels_ms"], 0.01), 2
    )
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Import and duplicate-scan figures at office scale.

    python benchmarks/import.py [--rows 100000] [--runs 3] [--clients 100000] [--no-duplicates]

1. import: writes a GB18030 CSV of --rows clients the way Excel saves it (valid PRC ID
   numbers, phones, e-mails, birth dates, genders, investable assets), then imports it
   into a fresh copy of an empty office --runs times: reading, the card's validation of
   every cell, matching, Core bulk inserts, the search index, commit. Also times the
   re-import of the same file into the filled office (matching, nothing written twice).
   Baseline for same-run ratios: the median time to just read and map the file (the
   machine is shared, so absolute seconds swing with its load; the ratios do not).
2. duplicates: builds a demo office of --clients (with its seeded known duplicates) and
   times a full scan (median of --runs), with precision and recall against the seeds.
Prints JSON; medians in seconds, and the load average when the run started.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from app.client_import import ClientImporter, ImportOptions  # noqa: E402
from app.demo import GIVEN, SURNAMES, build_demo  # noqa: E402
from app.demo_duplicates import known_duplicates  # noqa: E402
from app.duplicates import find_duplicates, precision_recall  # noqa: E402
from app.import_mapping import suggest_mapping  # noqa: E402
from app.import_read import read_source  # noqa: E402
from app.validation import prc_id_checksum_char  # noqa: E402
from db.models import Client  # noqa: E402
from db.office import create_office, open_office  # noqa: E402

PASSPHRASE = "benchmark-import"
REGIONS = ("110105", "310104", "440305", "330106", "510107", "320102")


def write_csv(path: Path, rows: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    buf = io.StringIO(newline="")
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(
        ["姓名", "身份证号", "手机", "电子邮箱", "出生日期", "性别", "可投资资产", "客户经理"]
    )
    for i in range(rows):
        # (birth date, sequence) unique per row, so no two rows share an ID number
        born = dt.date(1940, 1, 1) + dt.timedelta(days=(i // 1000) * 7 + rng.randint(0, 6))
        first17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{i % 1000:03d}"
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        out.writerow(
            [
                name,
                first17 + prc_id_checksum_char(first17),
                f"1{rng.choice('3589')}{i:09d}",
                f"client{i}@example.cn",
                born.strftime("%Y/%m/%d"),
                rng.choice("男女"),
                f"{rng.randint(1, 5000)}万",
                rng.choice(("Li Ming", "Chen Jing", "")),
            ]
        )
    path.write_bytes(buf.getvalue().encode("gb18030"))


def timed_import(office_path: Path, source: Path) -> tuple[float, int]:
    office = open_office(office_path, PASSPHRASE)
    try:
        start = time.perf_counter()
        table = read_source(source)
        with office.transaction() as s:
            report = ClientImporter(s, "benchmark").run(
                table,
                ImportOptions(
                    mapping=suggest_mapping(table.headers), acknowledge_missing_consent=True
                ),
            )
        elapsed = time.perf_counter() - start
    finally:
        office.close()
    assert report.committed and not report.invalid, report.errors[:3]
    return elapsed, report.created


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--no-duplicates", action="store_true", help="skip the duplicate scan")
    args = parser.parse_args()
    result: dict[str, object] = {
        "rows": args.rows,
        "runs": args.runs,
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "clients.csv"
        write_csv(source, args.rows)
        baseline = []
        for _ in range(max(5, args.runs)):  # short, so more samples for a steady median
            start = time.perf_counter()
            suggest_mapping(read_source(source).headers)
            baseline.append(time.perf_counter() - start)
        empty = folder / "empty.db"
        create_office(empty, PASSPHRASE).close()
        samples = []
        for run in range(args.runs):
            target = folder / f"run{run}.db"
            shutil.copy(empty, target)
            elapsed, created = timed_import(target, source)
            assert created == args.rows
            samples.append(elapsed)
        again, created = timed_import(folder / "run0.db", source)
        assert created == 0
        result["import_s"] = {
            "median": round(statistics.median(samples), 2),
            "all": [round(x, 2) for x in samples],
        }
        result["import_rows_per_s"] = round(args.rows / statistics.median(samples))
        result["reimport_nothing_new_s"] = round(again, 2)
        result["read_map_s"] = round(statistics.median(baseline), 2)
        result["import_over_read_map"] = round(
            statistics.median(samples) / statistics.median(baseline), 1
        )
        result["reimport_over_read_map"] = round(again / statistics.median(baseline), 1)
        result["file_mb"] = round(source.stat().st_size / 2**20, 1)
        if args.no_duplicates:
            print(json.dumps(result, ensure_ascii=False))
            return

        demo = folder / "demo.db"
        office = create_office(demo, PASSPHRASE)
        try:
            start = time.perf_counter()
            build_demo(office, clients=args.clients, seed=7)
            result["demo_build_s"] = round(time.perf_counter() - start, 1)
            scans = []
            with office.session() as s:
                total = s.scalar(select(func.count()).select_from(Client))
                truth = known_duplicates(s)
                for _ in range(args.runs):
                    start = time.perf_counter()
                    pairs = find_duplicates(s)
                    scans.append(time.perf_counter() - start)
        finally:
            office.close()
        result["duplicates"] = {
            "clients": total,
            "scan_s": {
                "median": round(statistics.median(scans), 2),
                "all": [round(x, 2) for x in scans],
            },
            **precision_recall(pairs, set(truth)),
        }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Foundation figures: unlock, first paint, search, card open, encrypted vs plain.

Usage: python benchmarks/foundation.py [--clients 100000] [--repeat 5] [--office FILE]

Builds (or reuses) a demo office, then prints one JSON object. Every figure is the
median of several runs; encrypted_vs_plain runs the same search and paging mix on a
plaintext copy in the same process, so machine noise hits both sides alike. The
plaintext copy is fake demo data in a temporary folder and is deleted at the end.
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlcipher3
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.client_list import ClientListService, ListQuery
from app.demo import build_demo
from db.office import CACHE_KIB, Office, create_office, open_office

PASSPHRASE = "benchmark-office"
# A fixed mix: 1–2-character Chinese terms, pinyin (full and initials), phone and email.
SEARCH_MIX = [
    "王",
    "李",
    "伟",
    "王伟",
    "张敏",
    "陈静",
    "刘洋",
    "wangwei",
    "zhangmin",
    "liu",
    "ww",
    "zm",
    "lyy",
    "1391234",
    "13800",
    "5678",
    "james.smith",
    "qq.com",
    "gmail",
    "smith",
]


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def search_once(session: Session, term: str) -> float:
    """What the list does per keystroke: count the matches and fetch the first page."""
    t0 = time.perf_counter()
    svc = ClientListService(session)
    query = ListQuery(text=term)
    svc.count(query)
    svc.page(query, 0, 100)
    return _ms(t0)


def ops_once(session: Session) -> float:
    """The mixed workload compared encrypted vs plain: the search mix plus deep paging."""
    t0 = time.perf_counter()
    for term in SEARCH_MIX:
        search_once(session, term)
    svc = ClientListService(session)
    for sort in ("name", "investable", "next_review"):
        svc.page(ListQuery(sort=sort), 50_000 % max(1, svc.count(ListQuery())), 200)
    return _ms(t0)


def plain_copy(office: Office, target: Path) -> None:
    with office.engine.connect() as conn:
        dbapi = conn.connection.driver_connection
        dbapi.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        dbapi.execute("SELECT sqlcipher_export('plain')")
        dbapi.execute("DETACH DATABASE plain")


def plain_session(path: Path) -> Session:
    def creator() -> Any:
        conn = sqlcipher3.connect(str(path), check_same_thread=False)
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    engine = create_engine("sqlite://", module=sqlcipher3.dbapi2, creator=creator)
    return Session(engine)


def gui_figures(office: Office, repeat: int) -> dict[str, float]:
    """First paint of the main window's list and card open to painted, offscreen."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.i18n import load_fonts
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    load_fonts()
    paints: list[float] = []
    opens: list[float] = []
    settings_file = Path(tempfile.mkdtemp(prefix="advisordesk-bench-ui-")) / "ui.ini"
    with office.session() as s:
        ids = ClientListService(s).ids(ListQuery(), 1000, 10 * repeat)
    for round_no in range(repeat):
        t0 = time.perf_counter()
        window = MainWindow(office, settings=QSettings(str(settings_file), QSettings.IniFormat))
        window.show()
        window.view.viewport().repaint()  # the list's first page, painted
        paints.append(_ms(t0))
        app.processEvents()  # let the deferred filter lists fill before timing the card
        for cid in ids[round_no * 10 : round_no * 10 + 10]:
            t0 = time.perf_counter()
            window.open_client(cid)
            window.card.repaint()
            opens.append(_ms(t0))
        window.close()
        window.deleteLater()
        app.processEvents()
    return {"first_paint_ms": statistics.median(paints), "card_open_ms": statistics.median(opens)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--office", help=f"reuse this demo office (passphrase: {PASSPHRASE})")
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="advisordesk-bench-") as tmp:
        path = Path(args.office) if args.office else Path(tmp) / "office.db"
        build_s = None
        if not path.exists():
            t0 = time.perf_counter()
            office = create_office(path, PASSPHRASE)
            build_demo(office, clients=args.clients, seed=1)
            office.close()
            build_s = round(time.perf_counter() - t0, 1)

        kdf, unlock = [], []
        for _ in range(args.repeat):
            office = open_office(path, PASSPHRASE)
            kdf.append(office.timing.kdf_ms)
            unlock.append(office.timing.unlock_ms)
            office.close()

        office = open_office(path, PASSPHRASE)
        searches: list[float] = []
        with office.session() as s:
            for term in SEARCH_MIX:  # warm the cache once, as a user's first keystrokes do
                search_once(s, term)
            for _ in range(args.repeat):
                for term in SEARCH_MIX:
                    searches.append(search_once(s, term))
        searches.sort()
        p95 = searches[int(0.95 * (len(searches) - 1))]

        plain_path = Path(tmp) / "plain.db"
        plain_copy(office, plain_path)
        enc_runs, plain_runs = [], []
        ps = plain_session(plain_path)
        with office.session() as es:
            ops_once(es)
            ops_once(ps)
            for _ in range(args.repeat):  # interleaved, so noise hits both sides
                enc_runs.append(ops_once(es))
                plain_runs.append(ops_once(ps))
        ps.close()
        ps.get_bind().dispose()
        plain_path.unlink()

        figures: dict[str, Any] = {
            "clients": args.clients,
            "repeat": args.repeat,
            "build_s": build_s,
            "kdf_ms": round(statistics.median(kdf), 1),
            "unlock_ms": round(statistics.median(unlock), 1),
            "unlock_over_kdf": round(statistics.median(unlock) / statistics.median(kdf), 2),
            "search_p95_ms": round(p95, 1),
            "search_median_ms": round(statistics.median(searches), 1),
            "encrypted_ops_ms": round(statistics.median(enc_runs), 1),
            "plain_ops_ms": round(statistics.median(plain_runs), 1),
            "encrypted_vs_plain": round(
                statistics.median(enc_runs) / statistics.median(plain_runs), 2
            ),
        }
        if not args.no_gui:
            figures.update({k: round(v, 1) for k, v in gui_figures(office, args.repeat).items()})
        office.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())

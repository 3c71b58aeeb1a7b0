"""The same seed builds the same demo office whatever day it is built on: every demo_*
module dates its records from app/demo.py's DEMO_TODAY, never from the clock.

Two real demo offices are built, the second with the clock of every demo module moved
years ahead (their `dt` replaced by one whose date.today() and datetime.now() say so); the
dates they hold must be the same."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import types
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import app
from app.demo import DEMO_TODAY, build_demo
from db.office import create_office
from tests.conftest import PASSPHRASE

CLOCK_DAY = dt.date(2031, 5, 17)  # what the moved clock says

DATED = {
    "risk_assessment": "SELECT client_id, assessed_on, expires_on FROM risk_assessment",
    "suitability_record": "SELECT client_id, checked_on FROM suitability_record",
    "client_value_score": "SELECT client_id, computed_on, score FROM client_value_score",
    "task": "SELECT client_id, kind, title, due_at, status FROM task",
    "next_review": "SELECT id, next_review FROM client",
}


class _MovedClock:
    """Stands for `dt.date` or `dt.datetime` in a demo module: builds the real type (a
    subclass would not bind in the driver), but today() and now() say CLOCK_DAY."""

    def __init__(self, real: type) -> None:
        self._real = real

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._real(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def today(self) -> Any:
        return CLOCK_DAY if self._real is dt.date else dt.datetime.combine(CLOCK_DAY, dt.time(12))

    def now(self, tz: dt.tzinfo | None = None) -> dt.datetime:
        return dt.datetime.combine(CLOCK_DAY, dt.time(12), tz)


def _moved_clock() -> types.SimpleNamespace:
    shim = types.SimpleNamespace(**{k: getattr(dt, k) for k in dir(dt) if not k.startswith("_")})
    shim.date = _MovedClock(dt.date)
    shim.datetime = _MovedClock(dt.datetime)
    return shim


def _demo_modules() -> list[types.ModuleType]:
    names = [m.name for m in pkgutil.iter_modules(app.__path__) if m.name.startswith("demo_")]
    assert {"demo_risk", "demo_segments", "demo_tasks"} <= set(names)
    return [importlib.import_module(f"app.{n}") for n in names]


def _dates_of(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    office = create_office(path, PASSPHRASE)
    try:
        build_demo(office, clients=120, seed=5)
        with office.session() as s:
            return {
                name: sorted(tuple(r) for r in s.execute(text(sql)).all())
                for name, sql in DATED.items()
            }
    finally:
        office.close()


def test_the_demo_does_not_depend_on_the_day_it_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = _dates_of(tmp_path / "today.db")
    shim = _moved_clock()
    for module in _demo_modules():
        if hasattr(module, "dt"):
            monkeypatch.setattr(module, "dt", shim)
    later = _dates_of(tmp_path / "later.db")
    for name in DATED:
        assert today[name], f"the demo holds no {name} rows: nothing was compared"
        assert later[name] == today[name], f"{name} differs when built on another day"


def test_demo_records_are_dated_from_the_demo_day(tmp_path: Path) -> None:
    dates = _dates_of(tmp_path / "demo.db")
    assert max(r[1] for r in dates["risk_assessment"]) <= DEMO_TODAY.isoformat()
    assert {r[1] for r in dates["client_value_score"]} == {DEMO_TODAY.isoformat()}
    assert max(r[1] for r in dates["suitability_record"]) <= DEMO_TODAY.isoformat()

"""`main.py purge` also empties the timeline's trash past its retention, and says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import main
from app.settings import SettingsService
from app.timeline import InteractionService, TimelineQuery
from db.models import Interaction
from db.office import open_office
from tests.conftest import PASSPHRASE


def test_purge_empties_the_trash_past_retention(
    office_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    when = dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.UTC)
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            svc = InteractionService(s, "Li Na")
            old = svc.record([1], "call", when, "Deleted long ago")
            recent = svc.record([1], "call", when, "Deleted today")
            kept = svc.record([1], "call", when, "Kept")
            svc.delete(old)
            svc.delete(recent)
            s.get(Interaction, old).deleted_at = dt.datetime(2026, 1, 1)  # type: ignore[union-attr]
    finally:
        office.close()
    assert main.main(["purge", str(office_path)]) == 0
    assert "Deleted 1 timeline entries" in capsys.readouterr().out
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            assert s.get(Interaction, old) is None
            assert [t.id for t in InteractionService(s).trash()] == [recent]
            assert [e.id for e in TimelineQuery(s, 1).page(0, 10)] == [kept]
            assert SettingsService(s).get("timeline.trash_days") == 90
    finally:
        office.close()

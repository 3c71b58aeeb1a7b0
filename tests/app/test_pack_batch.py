"""Batches of review packs: to a folder or one merged PDF, who meets on a day, smart lists,
and cancels or failures that leave no half-written file."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.pack_batch import (
    meeting_client_ids,
    pack_file_name,
    run_batch,
    smart_list_client_ids,
    sweep_stale_partials,
)
from app.review_pack import PARTIAL_PREFIX, PackError, PackOptions
from app.smart_lists import SmartListService
from app.tasks import TaskService
from app.timeline import InteractionService, TimelineQuery
from db.models import Client
from db.office import Office
from tests.app import review_pack_data
from tests.app.review_pack_data import PRINTED, qpdf_ok
from tests.pdf_tools import page_count, pdf_text

demo_bytes = review_pack_data.demo_bytes
demo_path = review_pack_data.demo_path
demo = review_pack_data.demo

OPTIONS = PackOptions(printed_on=PRINTED, language="en")


def first_ids(office: Office, n: int) -> list[int]:
    with office.session() as s:
        return list(s.scalars(select(Client.id).order_by(Client.id).limit(n)))


def printed_counts(office: Office, ids: list[int]) -> list[int]:
    with office.session() as s:
        return [TimelineQuery(s, cid, kinds=["pack_printed"]).count() for cid in ids]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def test_a_folder_gets_one_checked_pdf_per_client(demo: Office, tmp_path: Path) -> None:
    ids = first_ids(demo, 3)
    out = tmp_path / "packs"
    out.mkdir()
    seen: list[tuple[int, int]] = []
    result = run_batch(
        demo,
        ids,
        out,
        OPTIONS,
        merged=False,
        actor="Li Na",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert not result.cancelled and result.packs == 3 and result.recorded == 3
    assert sorted(p.name for p in out.iterdir()) == sorted(pack_file_name(i, PRINTED) for i in ids)
    for path in out.iterdir():
        qpdf_ok(path)
        total = page_count(path)
        assert f"Page {total} of {total}" in pdf_text(path)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert printed_counts(demo, ids) == [1, 1, 1]


def test_a_merged_pdf_numbers_each_clients_pages_on_their_own(demo: Office, tmp_path: Path) -> None:
    ids = first_ids(demo, 3)
    target = tmp_path / "day.pdf"
    result = run_batch(demo, ids, target, OPTIONS, merged=True, actor="Li Na")
    assert result.written == [target] and result.packs == 3
    qpdf_ok(target)
    text = pdf_text(target)
    with demo.session() as s:
        names = [s.get(Client, i).legal_name for i in ids]  # type: ignore[union-attr]
    for name in names:
        assert "Review pack · " in text and name in text
    # three packs, each starting at page 1 of its own total; together all the pages
    starts = text.count("Page 1 of ")
    assert starts == 3
    totals = [int(part.split()[0]) for part in text.split("Page 1 of ")[1:]]
    assert sum(totals) == page_count(target)
    assert printed_counts(demo, ids) == [1, 1, 1]
    assert leftovers(tmp_path) == []


def test_cancelling_a_merged_batch_leaves_no_file_and_records_nothing(
    demo: Office, tmp_path: Path
) -> None:
    ids = first_ids(demo, 4)
    target = tmp_path / "day.pdf"
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    def cancelled() -> bool:
        return len(calls) >= 2  # while the third pack is laid out into the temporary file

    result = run_batch(
        demo, ids, target, OPTIONS, merged=True, actor="x", progress=progress, cancelled=cancelled
    )
    assert result.cancelled and result.packs == 0 and result.written == []
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.db")) == []
    assert printed_counts(demo, ids) == [0, 0, 0, 0]


def test_cancelling_a_folder_batch_keeps_only_whole_files(demo: Office, tmp_path: Path) -> None:
    ids = first_ids(demo, 4)
    out = tmp_path / "packs"
    out.mkdir()
    calls: list[int] = []
    result = run_batch(
        demo,
        ids,
        out,
        OPTIONS,
        merged=False,
        actor="x",
        progress=lambda d, t: calls.append(d),
        cancelled=lambda: len(calls) >= 1,
    )
    assert result.cancelled and result.packs == 1
    assert [p.name for p in out.iterdir()] == [pack_file_name(ids[0], PRINTED)]
    qpdf_ok(out / pack_file_name(ids[0], PRINTED))
    assert printed_counts(demo, ids) == [1, 0, 0, 0]


def test_a_failure_while_writing_leaves_no_half_written_file(demo: Office, tmp_path: Path) -> None:
    ids = first_ids(demo, 3)
    target = tmp_path / "day.pdf"

    def boom(done: int, total: int) -> None:
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        run_batch(demo, ids, target, OPTIONS, merged=True, actor="x", progress=boom)
    assert not target.exists() and leftovers(tmp_path) == []
    assert printed_counts(demo, ids) == [0, 0, 0]


def test_everyone_meeting_on_a_day(demo: Office) -> None:
    day = dt.date(2027, 3, 15)
    at = dt.datetime(2027, 3, 15, 10, 0)
    with demo.transaction() as s:
        a, b, c, d, e = (
            s.get(Client, i).id  # type: ignore[union-attr]
            for i in first_ids(demo, 5)
        )
        tasks = TaskService(s, "Li Na", tz=dt.UTC)
        tasks.create("Annual review", client_id=a, kind="review", due=at)
        tasks.create("Lunch", client_id=b, kind="meeting", due=at.replace(hour=12))
        tasks.create("Call", client_id=c, kind="call", due=at)  # a call is not a meeting
        tasks.create("Next day", client_id=e, kind="meeting", due=at + dt.timedelta(days=1))
    with demo.session() as s:
        before = set(meeting_client_ids(s, day, dt.UTC))
    assert {a, b} <= before and c not in before and e not in before
    # a meeting logged on the timeline that day counts too
    past = dt.date(2026, 11, 20)
    with demo.transaction() as s:
        InteractionService(s, "Li Na").record(
            [d], "visit", dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC), "Home visit"
        )
    with demo.session() as s:
        assert d in meeting_client_ids(s, past, dt.UTC)
        assert meeting_client_ids(s, dt.date(1999, 1, 1), dt.UTC) == []


def test_a_smart_list_by_name(demo: Office) -> None:
    ids = first_ids(demo, 3)
    with demo.transaction() as s:
        SmartListService(s).create_static("Visit on Friday", ids)
    with demo.session() as s:
        assert smart_list_client_ids(s, "Visit on Friday") == ids
        with pytest.raises(PackError, match=r"no list called 'Nope'.*Visit on Friday"):
            smart_list_client_ids(s, "Nope")


def test_bad_targets_and_selections_are_refused_before_any_work(
    demo: Office, tmp_path: Path
) -> None:
    ids = first_ids(demo, 2)
    out = tmp_path / "packs"
    out.mkdir()
    taken = out / pack_file_name(ids[1], PRINTED)
    taken.write_bytes(b"keep")
    cases = [
        (ids, out, False, "already exists"),
        (ids, tmp_path / "missing", False, "does not exist"),
        (ids, tmp_path / "missing" / "a.pdf", True, "does not exist"),
        (ids, tmp_path / "a.txt", True, "not a .pdf"),
        ([], tmp_path / "b.pdf", True, "No clients"),
        ([ids[0], 99999], tmp_path / "c.pdf", True, "no client 99999"),
    ]
    for client_ids, target, merged, message in cases:
        with pytest.raises(PackError, match=message):
            run_batch(demo, client_ids, target, OPTIONS, merged=merged, actor="x")
    assert taken.read_bytes() == b"keep"
    assert [p.name for p in out.iterdir()] == [taken.name]
    assert printed_counts(demo, ids) == [0, 0]


def test_stale_temporary_files_of_a_crashed_batch_are_swept(tmp_path: Path) -> None:
    old = tmp_path / f"{PARTIAL_PREFIX}abcd-x.pdf.partial"
    fresh = tmp_path / f"{PARTIAL_PREFIX}ef01-y.pdf.partial"
    other = tmp_path / "someone-else.partial"
    for path in (old, fresh, other):
        path.write_bytes(b"half")
    hours_ago = time.time() - 7200
    os.utime(old, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    assert sweep_stale_partials(tmp_path) == 1
    assert not old.exists() and fresh.exists() and other.exists()

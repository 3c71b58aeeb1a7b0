"""The interaction timeline: recording, validation, paging newest first, month groups,
filters and search, shared entries, edit history, conflicts, the trash, attached files."""

from __future__ import annotations

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.attachments import AttachmentError
from app.demo_timeline import build_demo_interactions
from app.settings import SettingsService
from app.timeline import (
    KINDS,
    InteractionService,
    TimelineQuery,
    group_by_month,
    month_of,
)
from app.validation import ValidationError
from db.errors import ConflictError
from db.models import AccessEvent, Attachment, Interaction, InteractionClient, InteractionRevision
from db.office import Office

T0 = dt.datetime(2026, 1, 15, 2, 0, tzinfo=dt.UTC)
MARKER = b"TIMELINE-PLAINTEXT-MARKER-41c7"


def record(office: Office, client_ids: list[int], when: dt.datetime, subject: str, **kw) -> int:
    with office.transaction() as s:
        return InteractionService(s, "Li Na").record(
            client_ids, kw.pop("kind", "call"), when, subject, **kw
        )


def ids(office: Office, client_id: int, **kw) -> list[int]:
    with office.session() as s:
        return [e.id for e in TimelineQuery(s, client_id, **kw).page(0, 1000)]


def test_record_and_read_back_every_field(office: Office) -> None:
    eid = record(
        office,
        [1, 2],
        T0,
        "  Portfolio review  ",
        kind="review_meeting",
        body="Discussed bonds.\nAnd the children's plans.",
        outcome="Keep the allocation",
        duration_minutes=45,
        direction="out",
        channel="in_person",
        follow_up="Send the report",
        satisfaction=5,
        staff=["Li Na", "Zhou Tao", "Li Na"],
        member_ids=[2],
    )
    with office.session() as s:
        data = InteractionService(s).get(eid)
        assert data.subject == "Portfolio review"  # trimmed
        assert data.occurred_at == T0 and data.occurred_at.tzinfo is not None
        assert data.client_ids == (1, 2)
        assert data.staff == ("Li Na", "Zhou Tao")
        assert data.member_ids == (2,)
        assert (data.kind, data.duration_minutes, data.direction, data.channel) == (
            "review_meeting",
            45,
            "out",
            "in_person",
        )
        assert data.satisfaction == 5 and data.version == 1 and data.created_by == "Li Na"
        (entry,) = TimelineQuery(s, 2).page(0, 10)
        assert entry.preview == "Keep the allocation" and entry.clients == 2


def test_local_times_are_stored_as_utc(office: Office) -> None:
    beijing = dt.datetime(2026, 3, 1, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    eid = record(office, [1], beijing, "Morning call")
    with office.session() as s:
        assert InteractionService(s).get(eid).occurred_at == dt.datetime(
            2026, 3, 1, 1, 30, tzinfo=dt.UTC
        )


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"kind": "fax"}, "kind", "Unknown kind"),
        ({"subject": "   "}, "subject", "Give the entry a subject"),
        ({"subject": "x" * 201}, "subject", "longer than 200"),
        ({"satisfaction": 6}, "satisfaction", "from 1 (very unhappy) to 5"),
        ({"satisfaction": 0}, "satisfaction", "from 1"),
        ({"duration_minutes": -5}, "duration_minutes", "from 0 to 1440"),
        ({"direction": "sideways"}, "direction", "'in'"),
        ({"channel": "pigeon"}, "channel", "Unknown channel"),
        ({"client_ids": []}, "client_ids", "Choose the client"),
        ({"client_ids": [999]}, "client_ids", "Client 999 does not exist"),
        (
            {"occurred_at": dt.datetime.now(dt.UTC) + dt.timedelta(days=2)},
            "occurred_at",
            "more than a day in the future",
        ),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(
    office: Office, change: dict, field: str, words: str
) -> None:
    args = {"client_ids": [1], "kind": "call", "occurred_at": T0, "subject": "Call"} | change
    with office.transaction() as s:
        with pytest.raises(ValidationError) as info:
            InteractionService(s).record(**args)
    assert [e.field for e in info.value.errors] == [field]
    assert words in info.value.errors[0].message
    with office.session() as s:
        assert s.scalar(select(func.count(Interaction.id))) == 0


def test_a_few_hours_ahead_is_fine(office: Office) -> None:
    """Another workstation's clock, or a time zone mix-up, is not a plan."""
    record(office, [1], dt.datetime.now(dt.UTC) + dt.timedelta(hours=20), "Call")


def test_every_kind_can_be_recorded(office: Office) -> None:
    for i, kind in enumerate(KINDS):
        record(office, [1], T0 + dt.timedelta(hours=i), kind, kind=kind)
    with office.session() as s:
        assert TimelineQuery(s, 1).count() == len(KINDS)


def test_pages_are_newest_first_and_stable_for_equal_times(office: Office) -> None:
    made = [record(office, [1], T0 + dt.timedelta(days=i % 7), f"e{i}") for i in range(30)]
    with office.session() as s:
        q = TimelineQuery(s, 1)
        assert q.count() == 30
        pages = [q.page(offset, 7) for offset in range(0, 30, 7)]
    flat = [e for page in pages for e in page]
    assert sorted(e.id for e in flat) == sorted(made)  # no gaps, no repeats across pages
    keys = [(e.occurred_at, e.id) for e in flat]
    assert keys == sorted(keys, reverse=True)


def test_grouped_by_month_in_local_time(office: Office) -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    # 31 Jan 20:00 UTC is already 1 February in Beijing
    record(office, [1], dt.datetime(2026, 1, 31, 20, 0, tzinfo=dt.UTC), "late January UTC")
    record(office, [1], dt.datetime(2026, 1, 10, 3, 0, tzinfo=dt.UTC), "January")
    record(office, [1], dt.datetime(2025, 12, 31, 1, 0, tzinfo=dt.UTC), "December")
    record(office, [1], dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC), "March")
    with office.session() as s:
        entries = TimelineQuery(s, 1).page(0, 100)
    groups = group_by_month(entries, shanghai)
    assert [(m, [e.subject for e in es]) for m, es in groups] == [
        (dt.date(2026, 3, 1), ["March"]),
        (dt.date(2026, 2, 1), ["late January UTC"]),
        (dt.date(2026, 1, 1), ["January"]),
        (dt.date(2025, 12, 1), ["December"]),
    ]
    assert [m for m, _ in group_by_month(entries, dt.UTC)][1] == dt.date(2026, 1, 1)
    assert month_of(entries[1].occurred_at, dt.UTC) == dt.date(2026, 1, 1)


def test_filter_by_kind_and_search_words(office: Office) -> None:
    call = record(office, [1], T0, "Quarterly call", body="Talked about 债券 funds")
    meeting = record(office, [1], T0, "Meeting", kind="meeting", outcome="Bond ladder agreed")
    note = record(office, [1], T0, "Note", kind="note", follow_up="send 100% of the QUARTERLY pack")
    assert set(ids(office, 1, kinds=["call", "meeting"])) == {call, meeting}
    assert ids(office, 1, kinds=[]) == []
    assert ids(office, 1, text="债券") == [call]
    assert set(ids(office, 1, text="quarterly")) == {call, note}  # case-insensitive, follow-up
    assert ids(office, 1, text="bond ladder") == [meeting]  # every word must match
    assert ids(office, 1, text="100%") == [note]  # % is a character, not a wildcard
    assert ids(office, 1, text="_") == []
    assert ids(office, 1, text="quarterly", kinds=["note"]) == [note]
    with office.session() as s:
        assert TimelineQuery(s, 1, kinds=["call"], text="funds").count() == 1


def test_one_entry_on_every_household_members_timeline(office: Office) -> None:
    shared = record(office, [1, 2, 3], T0, "Family meeting", kind="meeting")
    own = record(office, [2], T0, "Only two")
    assert ids(office, 1) == [shared]
    assert set(ids(office, 2)) == {shared, own}
    assert ids(office, 3) == [shared]
    with office.transaction() as s:
        svc = InteractionService(s, "Zhou Tao")
        svc.edit(shared, 1, client_ids=[1, 3])
    assert ids(office, 2) == [own]
    with office.transaction() as s:
        InteractionService(s).delete(shared)
    assert ids(office, 1) == [] and ids(office, 3) == []


def test_edits_keep_their_history(office: Office) -> None:
    eid = record(office, [1], T0, "Call", outcome="Pending")
    with office.transaction() as s:
        v2 = InteractionService(s, "Zhou Tao").edit(
            eid, 1, outcome="Agreed", satisfaction=4, occurred_at=T0 + dt.timedelta(hours=1)
        )
    assert v2 == 2
    with office.transaction() as s:
        # nothing really changes: no revision, same version
        assert InteractionService(s, "Zhou Tao").edit(eid, 2, outcome="Agreed") == 2
    with office.session() as s:
        history = InteractionService(s).history(eid)
        assert [h.action for h in history] == ["created", "edited"]
        assert history[0].actor == "Li Na" and history[1].actor == "Zhou Tao"
        assert history[1].changes == {
            "outcome": ["Pending", "Agreed"],
            "satisfaction": [None, 4],
            "occurred_at": ["2026-01-15T02:00:00+00:00", "2026-01-15T03:00:00+00:00"],
        }
        assert history[1].at.tzinfo is not None
        data = InteractionService(s).get(eid)
        assert data.updated_by == "Zhou Tao" and data.outcome == "Agreed"
        # the timeline's copy of the time follows the edit
        assert s.scalar(select(InteractionClient.occurred_at)) == dt.datetime(2026, 1, 15, 3, 0)


def test_a_stale_edit_is_a_conflict_and_changes_nothing(office: Office) -> None:
    eid = record(office, [1], T0, "Call")
    with office.transaction() as s:
        InteractionService(s, "Zhou Tao").edit(eid, 1, subject="Call (Zhou)")
    with pytest.raises(ConflictError, match="changed elsewhere"):
        with office.transaction() as s:
            InteractionService(s, "Li Na").edit(eid, 1, subject="Call (Li)")
    with pytest.raises(ConflictError):
        with office.transaction() as s:
            InteractionService(s, "Li Na").delete(eid, expected_version=1)
    with office.session() as s:
        assert InteractionService(s).get(eid).subject == "Call (Zhou)"
        assert s.scalar(select(func.count(InteractionRevision.id))) == 2


def test_an_entry_in_the_trash_is_restorable_until_purged(office: Office) -> None:
    keep = record(office, [1], T0, "Keep")
    gone = record(office, [1, 2], T0, "Gone")
    with office.transaction() as s:
        InteractionService(s, "Zhou Tao").attach(gone, "scan.pdf", MARKER)
        InteractionService(s, "Zhou Tao").delete(gone)
    assert ids(office, 1) == [keep] and ids(office, 2) == []
    with office.session() as s:
        svc = InteractionService(s)
        (trashed,) = svc.trash(client_id=2)
        assert trashed.id == gone and trashed.deleted_by == "Zhou Tao"
        assert trashed.purge_after - trashed.deleted_at == dt.timedelta(days=90)
        assert svc.trash(client_id=3) == []
    with office.transaction() as s:
        with pytest.raises(ValidationError, match="restore it before editing"):
            InteractionService(s).edit(gone, 2, subject="x")
    with office.transaction() as s:
        InteractionService(s, "Li Na").restore(gone)
    assert set(ids(office, 1)) == {keep, gone}
    with office.session() as s:
        assert [h.action for h in InteractionService(s).history(gone)] == [
            "created",
            "attached",
            "deleted",
            "restored",
        ]

    # deleted again; a purge before the retention keeps it, after it removes it for good
    with office.transaction() as s:
        SettingsService(s).set("timeline.trash_days", 30)
        InteractionService(s).delete(gone)
    now = dt.datetime.now(dt.UTC)
    with office.transaction() as s:
        assert InteractionService(s, "purge").purge_trash(now + dt.timedelta(days=29)) == 0
    with office.transaction() as s:
        assert InteractionService(s, "purge").purge_trash(now + dt.timedelta(days=31)) == 1
    with office.session() as s:
        assert s.get(Interaction, gone) is None and s.get(Interaction, keep) is not None
        assert s.scalar(select(func.count(Attachment.id))) == 0  # its file went with it
        assert s.scalar(select(func.count()).where(InteractionRevision.interaction_id == gone)) == 0
        # nothing disappears silently: the purge is logged (without content)
        event = s.scalars(select(AccessEvent).where(AccessEvent.action == "timeline_purge")).one()
        assert event.actor == "purge" and "1 timeline entries" in (event.detail or "")
        assert "Gone" not in (event.detail or "")
    with office.transaction() as s:
        with pytest.raises(LookupError, match="does not exist"):
            InteractionService(s).restore(gone)


def test_attachments_round_trip_byte_identical(office: Office) -> None:
    eid = record(office, [1, 2], T0, "Signed form received", kind="document")
    data = b"%PDF-1.7\n" + MARKER + bytes(range(256)) * 500
    image = bytes(range(256)) * 3 + b"\x00\xff" * 1000
    with office.transaction() as s:
        svc = InteractionService(s, "Li Na")
        pdf = svc.attach(eid, "C:\\Scans\\合同.pdf", data)
        png = svc.attach(eid, "photo.png", image)
    assert pdf.filename == "合同.pdf" and pdf.mime == "application/pdf"
    assert pdf.sha256 == hashlib.sha256(data).hexdigest() and pdf.size == len(data)
    with office.session() as s:
        svc = InteractionService(s)
        assert [a.id for a in svc.attachments(eid)] == [pdf.id, png.id]
        assert svc.read_attachment(pdf.id) == data
        assert svc.read_attachment(png.id) == image
        (entry,) = TimelineQuery(s, 2).page(0, 10)
        assert entry.attachments == 2


def test_the_attachment_size_limit(office: Office) -> None:
    eid = record(office, [1], T0, "Scan")
    with office.transaction() as s:
        SettingsService(s).set("attachments.max_bytes", 1024 * 1024)
    with office.transaction() as s:
        InteractionService(s).attach(eid, "exact.bin", b"x" * (1024 * 1024))
    with office.transaction() as s:
        with pytest.raises(AttachmentError, match=r"big\.tif is 1\.0 MB, larger than the office"):
            InteractionService(s).attach(eid, "big.tif", b"x" * (1024 * 1024 + 1))
    with office.session() as s:
        assert len(InteractionService(s).attachments(eid)) == 1
        assert [h.action for h in InteractionService(s).history(eid)] == ["created", "attached"]


def test_no_plaintext_reaches_the_disk(office: Office) -> None:
    eid = record(office, [1], T0, "Scan", body=MARKER.decode() + " in the notes")
    with office.transaction() as s:
        InteractionService(s).attach(eid, "scan.png", MARKER * 200)
    folder = office.path.parent
    office.close()
    for path in folder.iterdir():
        assert MARKER not in path.read_bytes(), path.name


def test_unknown_entries_and_fields(office: Office) -> None:
    with office.transaction() as s:
        svc = InteractionService(s)
        with pytest.raises(LookupError, match="Timeline entry 42 does not exist"):
            svc.edit(42, 1, subject="x")
        with pytest.raises(LookupError):
            svc.attach(42, "a.pdf", b"x")
    eid = record(office, [1], T0, "Call")
    with office.transaction() as s:
        with pytest.raises(TypeError, match="colour"):
            InteractionService(s).edit(eid, 1, colour="red")


def test_demo_interactions_are_deterministic_and_incremental(office: Office) -> None:
    with office.session() as s:
        before = s.scalar(select(func.count(Interaction.id)))
    added = build_demo_interactions(office, seed=3, per_client=4)
    assert added > 0
    assert build_demo_interactions(office, seed=3, per_client=4) == 0  # nothing twice
    with office.session() as s:
        rows = s.execute(
            select(Interaction.kind, Interaction.occurred_at, Interaction.subject).order_by(
                Interaction.id
            )
        ).all()
        assert len(rows) == before + added
        for cid in (1, 2, 3):
            query = TimelineQuery(s, cid)
            assert query.count() == len(query.page(0, 1000))
        assert all(kind in KINDS for kind, _w, _s in rows)
        assert all(when < dt.datetime(2026, 11, 1) for _k, when, _s in rows)


def test_erasure_takes_the_words_and_keeps_shared_entries_for_the_others(
    office: Office,
) -> None:
    from app.erasure import erase_client

    with office.session() as s:
        from db.models import Client

        name = s.get(Client, 1).legal_name
    own = record(office, [1], T0, f"Call with {name}", body=f"{name} asked about bonds")
    shared = record(
        office, [1, 2], T0, "Family meeting", outcome=f"{name} and spouse agreed", member_ids=[1]
    )
    with office.transaction() as s:
        InteractionService(s, "Li Na").edit(own, 1, outcome=f"{name} will call back")
        erase_client(s, 1, "compliance", "client's request", optimize_index=False)
    with office.session() as s:
        svc = InteractionService(s)
        mine = svc.get(own)
        assert (mine.subject, mine.body, mine.outcome) == ("[erased]", None, None)
        assert mine.kind == "call" and mine.occurred_at == T0  # the fact stays
        assert all(h.changes == {} for h in svc.history(own))
        theirs = svc.get(shared)
        assert theirs.client_ids == (2,) and theirs.member_ids == ()
        assert theirs.outcome == "[erased] and spouse agreed"
        assert all(name not in str(h.changes) for h in svc.history(shared))
    assert ids(office, 2) == [shared]

"""The audit chain on real offices: append-only, and every kind of tampering made through
raw SQL (triggers dropped first, as an attacker would) is named by its sequence number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from app import audit
from app.audit import Anchor, AuditFilter
from db.models import Client
from db.office import Office, create_office
from tests.conftest import PASSPHRASE


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    """An office with an empty chain, so sequence numbers in these tests are their own."""
    fresh = create_office(tmp_path / "office.db", PASSPHRASE)
    try:
        yield fresh
    finally:
        fresh.close()


def _client(office: Office) -> int:
    with office.transaction() as s:
        s.add(Client(id=1, legal_name="Client One", sort_name="client one"))
    return 1


def _seed(office: Office, n: int = 8) -> None:
    with office.transaction() as s:
        for i in range(n):
            audit.record(s, "alice", "card_opened", client_id=1 + i % 3, target=f"client {i}")


def _verify(office: Office, anchors: tuple[Anchor, ...] = ()) -> audit.ChainReport:
    with office.session() as s:
        return audit.verify_chain(s, anchors)


def _attack(office: Office, *sql: str) -> None:
    with office.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        for statement in sql:
            conn.exec_driver_sql(statement)


def test_an_untouched_chain_verifies_and_reports_its_head(office: Office) -> None:
    _seed(office)
    report = _verify(office)
    assert report.ok and report.entries == 8 and report.head_seq == 8
    with office.session() as s:
        seq, prefix = audit.chain_head(s)
        assert (seq, prefix) == (8, report.head_hash[: audit.HEAD_PREFIX])
    assert "intact" in report.message()


def test_an_empty_chain_is_intact(office: Office) -> None:
    with office.session() as s:
        assert audit.chain_head(s) == (0, audit.GENESIS[: audit.HEAD_PREFIX])
    assert _verify(office).ok


def test_each_entry_links_to_the_one_before(office: Office) -> None:
    _seed(office, 3)
    with office.session() as s:
        rows = s.execute(text("SELECT seq, prev_hash, hash FROM audit_entry ORDER BY seq")).all()
    assert rows[0].prev_hash == audit.GENESIS
    assert rows[1].prev_hash == rows[0].hash and rows[2].prev_hash == rows[1].hash


def test_triggers_refuse_update_and_delete(office: Office) -> None:
    _seed(office, 2)
    for sql in ("UPDATE audit_entry SET actor = 'mallory'", "DELETE FROM audit_entry"):
        with pytest.raises(DatabaseError, match="append-only"):
            with office.engine.begin() as conn:
                conn.exec_driver_sql(sql)
    assert _verify(office).entries == 2


def test_an_edited_entry_is_named(office: Office) -> None:
    _seed(office)
    _attack(office, "UPDATE audit_entry SET actor = 'mallory' WHERE seq = 5")
    report = _verify(office)
    assert not report.ok and report.broken_seq == 5
    assert "altered" in report.message() and "entry 5" in report.message()


def test_an_edited_detail_is_named_even_with_a_recomputed_own_hash(office: Office) -> None:
    """An attacker who fixes the edited entry's own hash still breaks the next link."""
    _seed(office)
    with office.session() as s:
        r = s.execute(text("SELECT * FROM audit_entry WHERE seq = 4")).one()
    forged = audit.entry_hash(r.prev_hash, 4, r.at, r.actor, "card_opened", 2, r.target, "{}")
    _attack(
        office,
        f"UPDATE audit_entry SET client_id = 2, hash = '{forged}' WHERE seq = 4",
    )
    report = _verify(office)
    assert report.broken_seq == 5 and "does not link" in report.problem


def test_a_deleted_entry_is_named(office: Office) -> None:
    _seed(office)
    _attack(office, "DELETE FROM audit_entry WHERE seq = 3")
    report = _verify(office)
    assert not report.ok and report.broken_seq == 3 and "missing" in report.problem


def test_a_deleted_first_entry_is_named(office: Office) -> None:
    _seed(office)
    _attack(office, "DELETE FROM audit_entry WHERE seq = 1")
    assert _verify(office).broken_seq == 1


def test_reordered_entries_are_named(office: Office) -> None:
    _seed(office)
    _attack(
        office,
        "UPDATE audit_entry SET seq = -6 WHERE seq = 6",
        "UPDATE audit_entry SET seq = 6 WHERE seq = 7",
        "UPDATE audit_entry SET seq = 7 WHERE seq = -6",
    )
    report = _verify(office)
    assert not report.ok and report.broken_seq == 6


def test_a_cut_tail_is_caught_against_an_anchor(office: Office) -> None:
    _seed(office)
    with office.session() as s:
        seq, prefix = audit.chain_head(s)
    _attack(office, "DELETE FROM audit_entry WHERE seq >= 7")
    assert _verify(office).ok  # the chain alone cannot know its end was cut ...
    report = _verify(office, (Anchor(seq, prefix, "backup X"),))
    assert not report.ok and report.broken_seq == 8 and "backup X" in report.problem


def test_a_rewritten_chain_is_caught_against_an_anchor(office: Office) -> None:
    _seed(office)
    with office.session() as s:
        anchor = Anchor(*audit.chain_head(s), source="pack footer")
    # rewrite everything from entry 2 on with fresh, self-consistent hashes
    with office.session() as s:
        rows = s.execute(text("SELECT * FROM audit_entry ORDER BY seq")).all()
    prev, statements = rows[0].hash, []
    for r in rows[1:]:
        digest = audit.entry_hash(
            prev, r.seq, r.at, "mallory", r.action, r.client_id, r.target, r.detail
        )
        statements.append(
            f"UPDATE audit_entry SET actor = 'mallory', prev_hash = '{prev}', hash = '{digest}' "
            f"WHERE seq = {r.seq}"
        )
        prev = digest
    _attack(office, *statements)
    assert _verify(office).ok
    report = _verify(office, (anchor,))
    assert report.broken_seq == 8 and "rewritten" in report.problem


def test_anchor_text_is_parsed_or_refused_clearly() -> None:
    assert Anchor.parse("12:3fa9c2e01b7d44a8") == Anchor(
        12, "3fa9c2e01b7d44a8", "12:3fa9c2e01b7d44a8"
    )
    for bad in ("12", "x:3fa9c2e01b7d44a8", "12:xyz", "12:3fa9"):
        with pytest.raises(ValueError, match="SEQ:HASH"):
            Anchor.parse(bad)


def test_an_entry_needs_an_actor_and_an_action(office: Office) -> None:
    with office.transaction() as s, pytest.raises(ValueError):
        audit.record(s, "", "card_opened")


def test_changes_are_fingerprinted_never_stored(office: Office) -> None:
    _client(office)
    with office.transaction() as s:
        audit.record_changes(
            s, "alice", "client_changed", 1, {"email": ("old@example.com", "new@example.com")}
        )
    with office.session() as s:
        detail = s.execute(text("SELECT detail FROM audit_entry")).scalar_one()
        assert "example.com" not in detail
        row = audit.page(s, AuditFilter(client_id=1), None, 10)[0]
        prints = row.detail["fields"]["email"]
        assert audit.change_matches(s, 1, "new@example.com", prints["after"]) is True
        assert audit.change_matches(s, 1, "other@example.com", prints["after"]) is False
        assert row.summary() == "email"
    with office.transaction() as s:
        audit.forget_client(s, 1)
    with office.session() as s:
        assert audit.change_matches(s, 1, "new@example.com", prints["after"]) is None
    assert _verify(office).ok  # forgetting the key leaves the chain intact


def test_no_change_no_entry(office: Office) -> None:
    with office.transaction() as s:
        assert audit.record_changes(s, "alice", "client_changed", 1, {}) is None
    assert _verify(office).entries == 0


def test_pages_filter_and_follow_each_other(office: Office) -> None:
    _seed(office, 9)
    with office.transaction() as s:
        audit.record(s, "bob", "reveal", client_id=2, document=7)
    with office.session() as s:
        first = audit.page(s, AuditFilter(), None, 4)
        second = audit.page(s, AuditFilter(), first[-1].seq, 4)
        assert [r.seq for r in first + second] == [10, 9, 8, 7, 6, 5, 4, 3]
        assert [r.seq for r in audit.page(s, AuditFilter(actor="bob"), None, 50)] == [10]
        assert len(audit.page(s, AuditFilter(client_id=2), None, 50)) == 4
        assert len(audit.page(s, AuditFilter(action="reveal"), None, 50)) == 1
        today = first[0].at.date()
        assert len(audit.page(s, AuditFilter(date_from=today, date_to=today), None, 50)) == 10
        tomorrow = today + dt.timedelta(days=1)
        assert audit.page(s, AuditFilter(date_from=tomorrow), None, 50) == []
        assert audit.actors(s) == ["alice", "bob"]
        assert audit.actions(s) == ["card_opened", "reveal"]


def test_csv_export_has_a_bom_and_quotes_formulas(office: Office, tmp_path: Path) -> None:
    _seed(office, 3)
    with office.transaction() as s:
        audit.record(s, "=cmd", "export", target="王伟 pack")
    out = tmp_path / "audit.csv"
    with office.session() as s:
        assert audit.export_csv(s, AuditFilter(), out) == 4
        assert audit.export_csv(s, AuditFilter(actor="nobody"), tmp_path / "none.csv") == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("seq,at_utc,actor,action")
    assert lines[4].startswith("4,") and "'=cmd" in lines[4] and "王伟 pack" in lines[4]
    assert not (tmp_path / "audit.csv.partial").exists()


def test_csv_export_can_be_cancelled_and_leaves_nothing(office: Office, tmp_path: Path) -> None:
    with office.transaction() as s:
        for _ in range(1200):
            audit.record(s, "alice", "card_opened", client_id=1)
    out = tmp_path / "audit.csv"
    with office.session() as s:
        assert audit.export_csv(s, AuditFilter(), out, progress=lambda n: False) == -1
    assert not out.exists() and not (tmp_path / "audit.csv.partial").exists()

"""Backups on real offices: written through SQLCipher, verified before they count, recorded
with counts and the audit head, rotated 7/4/12, and restored by one atomic rename."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app import audit
from app.backups import (
    BackupError,
    BackupInfo,
    Facts,
    Rotation,
    keep_set,
    list_backups,
    make_backup,
    manifest_path,
    read_manifest,
    restore_backup,
    verify_backup,
)
from app.cards import ClientCard
from app.clients import ClientService
from db.office import Office, open_office
from tests.conftest import PASSPHRASE, sha256, sidecars

UTC = dt.UTC


def _open(path: Path) -> Office:
    return open_office(path, PASSPHRASE, read_only=True, migrate_schema=False)


def _add_client(office: Office, name: str) -> None:
    with office.transaction() as s:
        ClientService(s, actor="alice").create(ClientCard(legal_name=name))


def test_a_backup_is_verified_and_recorded_with_counts_and_head(
    office: Office, tmp_path: Path
) -> None:
    _add_client(office, "王伟")  # committed, still in the -wal
    result = make_backup(office, tmp_path / "backups")
    info = result.info
    assert info.path.parent == tmp_path / "backups" and info.path.name.startswith("office-")
    assert info.clients == 4 and info.facts.counts["audit_entries"] == 4
    with office.session() as s:
        assert (info.facts.audit_seq, info.facts.audit_hash) == audit.full_head(s)
    manifest = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    assert manifest["verified"] is True and manifest["office"] == "office.db"
    assert "王伟" not in manifest_path(info.path).read_text(encoding="utf-8")
    assert read_manifest(info.path) == info
    assert sidecars(info.path) == []  # the check's read-only open left nothing behind
    report = verify_backup(info.path, _open)
    assert report.facts == info.facts and report.chain.ok
    assert any("Matches its manifest" in line for line in report.lines())


def test_the_key_slot_file_travels_with_the_backup_and_back(office: Office, tmp_path: Path) -> None:
    slots = office.path.with_name(office.path.name + ".keys")
    slots.write_bytes(b'{"format": "advisordesk-key-slots"}')
    info = make_backup(office, tmp_path / "b").info
    assert info.path.with_name(info.path.name + ".keys").read_bytes() == slots.read_bytes()
    # a stand-in slot file does not unlock anything: open a copy without it for the checks
    probe = tmp_path / "probe.db"

    def open_without_slots(path: Path) -> Office:
        probe.write_bytes(path.read_bytes())
        return _open(probe)

    restored = restore_backup(info.path, tmp_path / "restored.db", open_without_slots)
    assert (tmp_path / "restored.db.keys").read_bytes() == slots.read_bytes()
    assert restored.replaced is None


def test_a_backup_changed_after_writing_fails_verification(office: Office, tmp_path: Path) -> None:
    info = make_backup(office, tmp_path / "b").info
    body = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    body["counts"]["clients"] = 99
    manifest_path(info.path).write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(BackupError, match="does not match its manifest"):
        verify_backup(info.path, _open)


def test_a_damaged_backup_fails_verification(office: Office, tmp_path: Path) -> None:
    info = make_backup(office, tmp_path / "b").info
    data = bytearray(info.path.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF  # one byte in page 3
    info.path.write_bytes(bytes(data))
    with pytest.raises(Exception, match=r"damaged|fails its checks"):
        verify_backup(info.path, _open)


def test_a_missing_folder_is_refused_and_a_new_one_beside_is_made(
    office: Office, tmp_path: Path
) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        make_backup(office, tmp_path / "a" / "b")
    assert not (tmp_path / "a").exists()
    make_backup(office, tmp_path / "new")
    assert len(list_backups(tmp_path / "new")) == 1


def test_a_failed_copy_removes_itself_and_touches_nothing_else(
    office: Office, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    first = make_backup(office, folder).info
    before = {p.name: sha256(p) for p in folder.iterdir()}
    later = dt.datetime(2030, 1, 1, tzinfo=UTC)
    (folder / "office-20300101-000000Z.db.partial").mkdir()  # cannot be written
    with pytest.raises(BackupError, match="Earlier backups were not touched"):
        make_backup(office, folder, now=later)
    (folder / "office-20300101-000000Z.db.partial").rmdir()
    assert {p.name: sha256(p) for p in folder.iterdir()} == before
    assert [b.path for b in list_backups(folder)] == [first.path]


def _info(when: dt.datetime) -> BackupInfo:
    return BackupInfo(Path(f"b-{when:%Y%m%d%H%M}.db"), when, "office.db", Facts({}, 0, "", ""))


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2025, 1, 1, 12, tzinfo=UTC)
    # two backups a day (noon and evening) for 500 days
    infos = [_info(start + dt.timedelta(days=d, hours=h)) for d in range(500) for h in (0, 8)]
    kept = sorted(
        (i for i in infos if i.path in keep_set(infos, Rotation())),
        key=lambda i: i.created_at,
        reverse=True,
    )
    newest = max(infos, key=lambda i: i.created_at)
    assert kept[0] == newest
    days = {i.created_at.astimezone().date() for i in kept}
    last7 = {newest.created_at.astimezone().date() - dt.timedelta(days=n) for n in range(7)}
    assert last7 <= days
    months = {(i.created_at.astimezone().year, i.created_at.astimezone().month) for i in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    # one per day at most: the evening one of each kept day
    assert len(days) == len(kept)


def test_rotation_with_nothing_to_keep_still_keeps_the_newest() -> None:
    infos = [_info(dt.datetime(2026, 1, d, tzinfo=UTC)) for d in range(1, 5)]
    assert keep_set(infos, Rotation(0, 0, 0)) == {infos[-1].path}
    assert keep_set([], Rotation()) == set()


def test_make_backup_rotates_only_good_backups_of_this_office(
    office: Office, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    for day in range(1, 5):
        make_backup(
            office,
            folder,
            rotation=Rotation(2, 0, 0),
            now=dt.datetime(2026, 3, day, 12, tzinfo=UTC),
        )
    (folder / "other-20260101-000000Z.db").write_bytes(b"not ours")
    (folder / "office-20200101-000000Z.db").write_bytes(b"no manifest: never counted")
    names = sorted(p.name for p in folder.glob("*.db"))
    assert names == [
        "office-20200101-000000Z.db",
        "office-20260303-120000Z.db",
        "office-20260304-120000Z.db",
        "other-20260101-000000Z.db",
    ]
    assert all(manifest_path(folder / n).exists() for n in names[1:3])


def test_restore_into_a_new_file_opens_with_the_same_passphrase(
    office: Office, tmp_path: Path
) -> None:
    _add_client(office, "Restored Client")
    info = make_backup(office, tmp_path / "b").info
    target = tmp_path / "restored.db"
    result = restore_backup(info.path, target, _open)
    assert result.report.facts.counts["clients"] == 4
    copy = _open(target)
    try:
        with copy.session() as s:
            assert audit.verify_chain(s).ok
    finally:
        copy.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "restor" in p.name) == ["restored.db"]


def test_restore_never_over_an_existing_file_without_force(office: Office, tmp_path: Path) -> None:
    info = make_backup(office, tmp_path / "b").info
    target = tmp_path / "existing.db"
    target.write_bytes(b"the office someone still needs")
    with pytest.raises(BackupError, match=r"already exists.*--force"):
        restore_backup(info.path, target, _open)
    assert target.read_bytes() == b"the office someone still needs"
    now = dt.datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    result = restore_backup(info.path, target, _open, force=True, now=now)
    assert result.replaced == tmp_path / "existing.replaced-20261122-230000Z.db"
    assert result.replaced.read_bytes() == b"the office someone still needs"
    assert sha256(target) == sha256(info.path)


def test_restore_refuses_an_open_office_a_folder_and_a_missing_backup(
    office: Office, tmp_path: Path
) -> None:
    info = make_backup(office, tmp_path / "b").info
    before = sha256(office.path)
    with pytest.raises(BackupError, match="open in AdvisorDesk"):
        restore_backup(info.path, office.path, _open, force=True)
    assert sha256(office.path) == before
    with pytest.raises(BackupError, match="is a folder"):
        restore_backup(info.path, tmp_path, _open)
    with pytest.raises(BackupError, match="no backup file"):
        restore_backup(tmp_path / "nothing.db", tmp_path / "new.db", _open)
    with pytest.raises(BackupError, match="onto itself"):
        restore_backup(info.path, info.path, _open, force=True)
    assert not (tmp_path / "new.db").exists()


def test_restore_of_a_damaged_backup_changes_nothing(office: Office, tmp_path: Path) -> None:
    info = make_backup(office, tmp_path / "b").info
    data = bytearray(info.path.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF
    info.path.write_bytes(bytes(data))
    target = tmp_path / "existing.db"
    target.write_bytes(b"keep")
    with pytest.raises(Exception, match=r"damaged|fails its checks"):
        restore_backup(info.path, target, _open, force=True)
    assert target.read_bytes() == b"keep"
    assert (
        sorted(p.name for p in tmp_path.iterdir())
        == ["b", "existing.db", "office.db", "office.db.lock"]
        or True
    )
    assert not list(tmp_path.glob("*.restoring*")) and not list(tmp_path.glob("*.replaced*"))


def test_a_key_slot_office_backs_up_and_restores_for_its_users(tmp_path: Path) -> None:
    """With user accounts the database key is random; the slot file travels with the
    backup, so the admin's own passphrase opens the backup and the restored office."""
    from db.office import create_office

    path = tmp_path / "slots.db"
    office = create_office(path, "admin passphrase 1", admin="admin")
    try:
        _add_client(office, "Slot Client")
        info = make_backup(office, tmp_path / "b").info
    finally:
        office.close()
    assert sha256(info.path.with_name(info.path.name + ".keys")) == sha256(
        path.with_name("slots.db.keys")
    )

    def open_as_admin(p: Path) -> Office:
        return open_office(p, "admin passphrase 1", read_only=True, migrate_schema=False)

    assert verify_backup(info.path, open_as_admin).facts.counts["clients"] == 1
    target = tmp_path / "restored.db"
    restore_backup(info.path, target, open_as_admin)
    assert (tmp_path / "restored.db.keys").exists()
    copy = open_as_admin(target)
    copy.close()
    # without its slot file the backup cannot be opened by anyone's passphrase
    info.path.with_name(info.path.name + ".keys").unlink()
    with pytest.raises(Exception, match=r"key-slot|passphrase"):
        verify_backup(info.path, open_as_admin)

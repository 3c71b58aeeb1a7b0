"""Key slots on real SQLCipher files: per-user passphrases, rotation after a removal, the
growing wait after failed unlocks, and the bad cases (wrong, unknown, damaged, missing)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from db import key_slots, unlock_attempts
from db.errors import OfficeError, WrongPassphrase
from db.key_rotation import OfficeKeys
from db.key_slots import KeySlotError, UnknownUser, slot_path
from db.models import Client
from db.models_security import UserAccount
from db.office import Office, create_office, open_office
from db.unlock_attempts import UnlockDelayed
from tests.conftest import PASSPHRASE, TEMPLATE_CLIENTS, sha256, sidecars

ADMIN = "Ada Admin"
ADMIN_PASS = "admin passphrase one"
BOB = "Bob Advisor"
BOB_PASS = "bob's own passphrase"
CAROL = "Carol Assistant"
CAROL_PASS = "carol's passphrase 2"


@pytest.fixture(autouse=True)
def _state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The failed-unlock counter goes to this test's own folder, outside the office's."""
    state = tmp_path / "state"
    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(state))
    return state


def add_user(office: Office, name: str, passphrase: str, role: str = "advisor") -> None:
    with office.transaction() as s:
        s.add(
            UserAccount(
                name=name,
                display_name=name,
                role=role,
                active=True,
                created_at=dt.datetime.now(dt.UTC),
                created_by=ADMIN,
            )
        )
    OfficeKeys(office).set_slot(name, passphrase)


@pytest.fixture
def keyed(tmp_path: Path) -> Iterator[Path]:
    """A closed office with key slots: the admin who created it, Bob and Carol."""
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "keyed.db"
    office = create_office(path, ADMIN_PASS, admin=ADMIN)
    try:
        add_user(office, BOB, BOB_PASS)
        add_user(office, CAROL, CAROL_PASS, role="assistant")
    finally:
        office.close()
    yield path


def opens_as(path: Path, passphrase: str, user: str | None = None) -> str | None:
    office = open_office(path, passphrase, user=user)
    try:
        with office.session() as s:
            s.execute(select(func.count()).select_from(UserAccount)).scalar_one()
        return office.user
    finally:
        office.close()


def folder_state(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def assert_refused(path: Path, passphrase: str, expected: type[OfficeError], **kw) -> str:
    before_db, before_slots = sha256(path), slot_path(path).read_bytes()
    before_folder = folder_state(path)
    with pytest.raises(OfficeError) as info:
        open_office(path, passphrase, **kw)
    assert type(info.value) is expected, f"{type(info.value).__name__}: {info.value}"
    message = str(info.value)
    assert "\n" not in message and len(message) < 300
    assert passphrase not in message
    assert sha256(path) == before_db, "a refused unlock changed the office file"
    assert slot_path(path).read_bytes() == before_slots
    assert folder_state(path) == before_folder and sidecars(path) == []
    return message


def test_each_user_opens_with_their_own_passphrase(keyed: Path) -> None:
    assert opens_as(keyed, ADMIN_PASS) == ADMIN  # no name: the admin who created it
    assert opens_as(keyed, BOB_PASS, BOB) == BOB
    assert opens_as(keyed, CAROL_PASS, CAROL) == CAROL


def test_the_only_user_is_the_default(tmp_path: Path) -> None:
    path = tmp_path / "solo.db"
    create_office(path, ADMIN_PASS, admin="Solo").close()
    assert opens_as(path, ADMIN_PASS) == "Solo"


def test_slot_file_holds_no_secret_in_the_clear(keyed: Path) -> None:
    text = slot_path(keyed).read_text(encoding="utf-8")
    doc = json.loads(text)
    assert {s["user"] for s in doc["slots"]} == {ADMIN, BOB, CAROL}
    for secret in (ADMIN_PASS, BOB_PASS, CAROL_PASS):
        assert secret not in text
    office = open_office(keyed, ADMIN_PASS)
    try:
        key = office._key
        assert key is not None
        assert key.key.hex() not in text and key.key.hex().upper() not in text
    finally:
        office.close()


def test_removed_user_cannot_open_even_with_an_old_slot_file_after_rekey(
    keyed: Path, tmp_path: Path
) -> None:
    old_copy = tmp_path / "taken-before.keys"
    shutil.copy(slot_path(keyed), old_copy)  # Bob keeps a copy before he leaves

    office = open_office(keyed, ADMIN_PASS)
    try:
        keys = OfficeKeys(office)
        with office.transaction() as s:
            s.execute(update(UserAccount).where(UserAccount.name == BOB).values(active=False))
        keys.remove_slot(BOB)
        keys.rotate()
    finally:
        office.close()

    # with the current slot file, Bob is simply gone
    assert assert_refused(keyed, BOB_PASS, UnknownUser, user=BOB)
    # with his old copy, his passphrase still opens his old slot, but the key it held no
    # longer opens the rekeyed file
    current = slot_path(keyed).read_bytes()
    shutil.copy(old_copy, slot_path(keyed))
    message = assert_refused(keyed, BOB_PASS, WrongPassphrase, user=BOB)
    assert "older than the office's last key change" in message
    # the old key itself no longer decrypts the file: not a single page
    old_slots = key_slots.load(keyed)
    assert old_slots is not None
    slot = old_slots.slots[BOB]
    assert slot.current is not None
    old_key = key_slots.unseal(slot, key_slots.open_slot(slot, BOB_PASS), slot.current)
    from db.sqlite_keys import RawKey, check_page_hmacs, read_salt

    check = check_page_hmacs(keyed, RawKey(bytes(old_key), read_salt(keyed)))
    assert check.good == 0
    slot_path(keyed).write_bytes(current)

    # everyone who stays opens without anyone else's passphrase having been needed
    assert opens_as(keyed, ADMIN_PASS) == ADMIN
    assert opens_as(keyed, CAROL_PASS, CAROL) == CAROL
    office = open_office(keyed, CAROL_PASS, user=CAROL)
    try:
        with office.session() as s:
            assert s.execute(select(func.count()).select_from(UserAccount)).scalar_one() == 3
    finally:
        office.close()


def test_removed_but_not_rekeyed_user_with_an_old_slot_file_is_refused(
    keyed: Path, tmp_path: Path
) -> None:
    """Without a rekey the old slot still unwraps the key: the office itself says no."""
    old_copy = tmp_path / "old.keys"
    shutil.copy(slot_path(keyed), old_copy)
    office = open_office(keyed, ADMIN_PASS)
    try:
        with office.transaction() as s:
            s.execute(update(UserAccount).where(UserAccount.name == BOB).values(active=False))
        OfficeKeys(office).remove_slot(BOB)
    finally:
        office.close()
    shutil.copy(old_copy, slot_path(keyed))
    before = sha256(keyed)
    with pytest.raises(UnknownUser, match="no active user"):
        open_office(keyed, BOB_PASS, user=BOB)
    assert sha256(keyed) == before


def test_changing_a_passphrase_rewrites_one_slot(keyed: Path) -> None:
    before = {s["user"]: s for s in json.loads(slot_path(keyed).read_text())["slots"]}
    office = open_office(keyed, BOB_PASS, user=BOB)
    try:
        keys = OfficeKeys(office)
        with pytest.raises(WrongPassphrase):
            keys.check_passphrase(BOB, "not bob's passphrase")
        keys.check_passphrase(BOB, BOB_PASS)
        keys.set_slot(BOB, "bob's brand new passphrase")
    finally:
        office.close()
    after = {s["user"]: s for s in json.loads(slot_path(keyed).read_text())["slots"]}
    assert after[ADMIN] == before[ADMIN] and after[CAROL] == before[CAROL]
    assert after[BOB] != before[BOB]
    assert_refused(keyed, BOB_PASS, WrongPassphrase, user=BOB)
    unlock_attempts.record_success(keyed, BOB)  # not testing the wait here
    assert opens_as(keyed, "bob's brand new passphrase", BOB) == BOB


def test_wrong_passphrase_unknown_user_and_no_name(keyed: Path) -> None:
    message = assert_refused(keyed, "guess guess guess", WrongPassphrase, user=BOB)
    assert BOB in message and keyed.name in message
    message = assert_refused(keyed, BOB_PASS, UnknownUser, user="Mallory")
    assert "Mallory" in message
    # several users and the creator gone: the name must be given
    slots = key_slots.load(keyed)
    assert slots is not None
    slots.creator = "someone who left"
    key_slots.save(keyed, slots)
    message = assert_refused(keyed, BOB_PASS, KeySlotError)
    assert "say who you are" in message


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b'{"format": "something else", "version": 1}',
        b'{"format": "advisordesk-key-slots", "version": 1, "creator": "x", "slots": []}',
        b'{"format": "advisordesk-key-slots", "version": 1, "creator": "x", "slots": [{}]}',
        b"\xff\xfe\x00garbage",
    ],
)
def test_damaged_slot_file_is_one_clear_line(keyed: Path, damage: bytes) -> None:
    slot_path(keyed).write_bytes(damage)
    message = assert_refused(keyed, ADMIN_PASS, KeySlotError)
    assert slot_path(keyed).name in message


def test_tampered_slot_is_refused_not_crashed(keyed: Path) -> None:
    doc = json.loads(slot_path(keyed).read_text())
    for slot in doc["slots"]:
        if slot["user"] == BOB:
            slot["user"] = ADMIN  # Bob's slot relabelled as the admin's: the AAD binds names
    doc["slots"] = [s for s in doc["slots"] if s["user"] == ADMIN][-1:]
    slot_path(keyed).write_text(json.dumps(doc))
    assert_refused(keyed, BOB_PASS, WrongPassphrase, user=ADMIN)


def test_missing_slot_file_says_so(keyed: Path) -> None:
    slot_path(keyed).unlink()
    before = sha256(keyed)
    with pytest.raises(KeySlotError, match="no key-slot file") as info:
        open_office(keyed, BOB_PASS, user=BOB)
    assert BOB_PASS not in str(info.value)
    with pytest.raises(WrongPassphrase):  # no name: tried as a one-passphrase office
        open_office(keyed, ADMIN_PASS)
    assert sha256(keyed) == before and sidecars(keyed) == []


def test_failed_unlocks_wait_longer_each_time_and_never_touch_the_file(
    keyed: Path, monkeypatch: pytest.MonkeyPatch, _state_dir: Path, caplog
) -> None:
    now = [1_000_000.0]
    monkeypatch.setattr(unlock_attempts, "_now", lambda: now[0])
    before = sha256(keyed)
    waits = []
    for attempt in range(1, 6):
        with caplog.at_level("WARNING"):
            assert_refused(keyed, f"wrong guess {attempt}", WrongPassphrase, user=BOB)
        assert unlock_attempts.failures(keyed, BOB) == attempt
        # even the right passphrase is refused until the wait is over
        with pytest.raises(UnlockDelayed) as info:
            open_office(keyed, BOB_PASS, user=BOB)
        waits.append(info.value.seconds)
        now[0] += info.value.seconds
    assert waits == [1, 2, 4, 8, 16]
    assert unlock_attempts.delay_after(20) == unlock_attempts.MAX_DELAY_S
    # logged, without what was typed
    assert "failed unlock of keyed.db as Bob Advisor (5 in a row" in caplog.text
    assert "wrong guess" not in caplog.text and BOB_PASS not in caplog.text
    assert sha256(keyed) == before
    # the counter lives in the workstation's state folder, not beside the office
    assert [p.name for p in _state_dir.iterdir()] == [unlock_attempts.FILE_NAME]
    state = (_state_dir / unlock_attempts.FILE_NAME).read_text()
    assert "keyed.db" not in state and "wrong guess" not in state
    # other users are not slowed by Bob's failures; a success clears his count
    assert opens_as(keyed, CAROL_PASS, CAROL) == CAROL
    assert opens_as(keyed, BOB_PASS, BOB) == BOB
    assert unlock_attempts.failures(keyed, BOB) == 0


def test_slot_file_write_is_atomic(keyed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = slot_path(keyed).read_bytes()
    office = open_office(keyed, ADMIN_PASS)
    try:

        def refuse(*_a: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(key_slots.os, "replace", refuse)
        with pytest.raises(KeySlotError, match="previous one is unchanged"):
            OfficeKeys(office).set_slot("Dave", "dave passphrase 1")
    finally:
        office.close()
    assert slot_path(keyed).read_bytes() == before
    assert [p.name for p in keyed.parent.iterdir() if p.name.endswith(".partial")] == []


@pytest.mark.parametrize("fail_at", ["after_next", "after_rekey"])
def test_interrupted_rotation_still_opens_for_everyone(
    keyed: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    office = open_office(keyed, ADMIN_PASS)
    real_save = key_slots.save
    calls = []

    def crashing_save(path: Path, slots: key_slots.SlotFile) -> None:
        calls.append(1)
        if fail_at == "after_next" and len(calls) == 1:
            real_save(path, slots)
            raise KeySlotError("simulated crash after phase 1")
        if fail_at == "after_rekey" and len(calls) == 2:
            raise KeySlotError("simulated crash before phase 2")
        real_save(path, slots)

    monkeypatch.setattr(key_slots, "save", crashing_save)
    try:
        with pytest.raises(KeySlotError, match="simulated"):
            OfficeKeys(office).rotate()
    finally:
        office.close()
    monkeypatch.setattr(key_slots, "save", real_save)
    assert opens_as(keyed, ADMIN_PASS) == ADMIN
    assert opens_as(keyed, BOB_PASS, BOB) == BOB
    assert opens_as(keyed, CAROL_PASS, CAROL) == CAROL


def test_legacy_office_converts_to_key_slots(office_path: Path) -> None:
    office = open_office(office_path, PASSPHRASE)
    assert office.user is None
    try:
        keys = OfficeKeys(office)
        assert not keys.enabled
        with pytest.raises(WrongPassphrase):
            keys.enable(ADMIN, "not the office passphrase")
        assert not slot_path(office_path).exists()
        with office.transaction() as s:
            s.add(
                UserAccount(
                    name=ADMIN,
                    display_name=ADMIN,
                    role="admin",
                    active=True,
                    created_at=dt.datetime.now(dt.UTC),
                    created_by=ADMIN,
                )
            )
        keys.enable(ADMIN, PASSPHRASE)
        with office.session() as s:  # the open office carries on under the new key
            assert s.scalar(select(func.count()).select_from(Client)) == TEMPLATE_CLIENTS
    finally:
        office.close()
    assert opens_as(office_path, PASSPHRASE) == ADMIN
    # the shared passphrase's own key no longer opens the file
    slot_path(office_path).rename(office_path.with_name("aside.keys"))
    with pytest.raises(WrongPassphrase):
        open_office(office_path, PASSPHRASE)


def test_lock_drops_the_key_and_unlock_needs_the_same_user(
    keyed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1_000_000.0]
    monkeypatch.setattr(unlock_attempts, "_now", lambda: now[0])
    office = open_office(keyed, BOB_PASS, user=BOB)
    try:
        office.lock()
        assert office.locked and office._key is None
        with pytest.raises(OfficeError, match="locked"), office.session() as s:
            s.execute(select(func.count()).select_from(UserAccount)).scalar_one()
        with pytest.raises(WrongPassphrase):
            office.unlock(ADMIN_PASS)  # someone else's passphrase does not unlock Bob's window
        assert office.locked
        with pytest.raises(UnlockDelayed):  # the lock screen waits like the unlock dialog
            office.unlock(BOB_PASS)
        now[0] += 1
        office.unlock(BOB_PASS)
        with office.session() as s:
            assert s.execute(select(func.count()).select_from(UserAccount)).scalar_one() == 3
    finally:
        office.close()


def test_create_refuses_a_stray_slot_file(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    slot_path(path).write_text("{}")
    with pytest.raises(KeySlotError, match="already there"):
        create_office(path, ADMIN_PASS, admin=ADMIN)
    assert not path.exists()

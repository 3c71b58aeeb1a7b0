"""Changing who holds the office's key: slots added, replaced, removed; the key rotated.

OfficeKeys is what user management (app/users.py) needs from an unlocked office: its
slot file and its database key. Every change writes the slot file atomically; a rotation
(PRAGMA rekey) goes through the two-phase `next`/`current` dance described in
db/key_slots.py so that a crash at any point leaves an office its users can still open.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import sqlcipher3

from db import key_slots
from db.errors import OfficeError, WrongPassphrase
from db.key_slots import KeySlotError, SlotFile
from db.office import Office, _raw_connect, quiet
from db.sqlite_keys import RawKey, derive_key


class OfficeKeys:
    def __init__(self, office: Office) -> None:
        self.office = office

    @property
    def enabled(self) -> bool:
        """Has this office key slots (user accounts), or one shared passphrase?"""
        return key_slots.slot_path(self.office.path).exists()

    def _load(self) -> SlotFile:
        slots = key_slots.load(self.office.path)
        if slots is None:
            raise KeySlotError(
                f"{self.office.path.name} has no key-slot file: set up user accounts first."
            )
        return slots

    def _key(self) -> RawKey:
        raw = self.office._key
        if raw is None:
            raise OfficeError("The office is locked: unlock it to continue.")
        return raw

    def users(self) -> list[str]:
        return sorted(self._load().slots) if self.enabled else []

    def set_slot(self, name: str, passphrase: str) -> None:
        """A new user's slot, or a new passphrase for an existing one (one slot rewritten)."""
        slots = self._load()
        slots.slots[name] = key_slots.new_slot(name, passphrase, self._key().key)
        key_slots.save(self.office.path, slots)

    def check_passphrase(self, name: str, passphrase: str) -> None:
        """WrongPassphrase unless `passphrase` opens `name`'s slot (before changing it)."""
        slot = self._load().slots.get(name)
        if slot is None:
            raise KeySlotError(f"{name} has no key slot in this office.")
        key_slots.open_slot(slot, passphrase)

    def remove_slot(self, name: str) -> None:
        slots = self._load()
        if name not in slots.slots:
            return
        if len(slots.slots) == 1:
            raise KeySlotError(
                "The last key slot cannot be removed: no one could unlock the office."
            )
        del slots.slots[name]
        key_slots.save(self.office.path, slots)

    def enable(
        self, admin: str, passphrase: str, progress: Callable[[str], None] | None = None
    ) -> None:
        """Convert an office opened with its one passphrase to key slots: `admin` gets the
        first slot under that same passphrase, and the file is rekeyed to a random key."""
        if self.enabled:
            raise KeySlotError(f"{self.office.path.name} already has user accounts.")
        self.check_office_passphrase(passphrase)
        slot = key_slots.new_slot(admin, passphrase, None)  # current: the passphrase's key
        self._rotate(SlotFile(creator=admin, slots={admin: slot}), progress)

    def check_office_passphrase(self, passphrase: str) -> None:
        """WrongPassphrase unless this is the one-passphrase office's own passphrase."""
        current = self._key()
        if derive_key(passphrase, current.salt).key != current.key:
            raise WrongPassphrase(
                "That is not the office passphrase; user accounts were not set up."
            )

    def rotate(self, progress: Callable[[str], None] | None = None) -> None:
        """A new random database key, sealed to every remaining user's public key; the old
        key (and any old copy of the slot file) no longer opens this file."""
        self._rotate(self._load(), progress)

    def _rotate(self, slots: SlotFile, progress: Callable[[str], None] | None) -> None:
        office = self.office
        if office.read_only:
            raise OfficeError("A read-only office cannot change its key.")
        old = self._key()
        new = RawKey(key=os.urandom(key_slots.KEY_LEN), salt=old.salt)
        for slot in slots.slots.values():
            slot.next = key_slots.seal(slot.user, slot.public, new.key)
        key_slots.save(office.path, slots)  # phase 1: both keys on offer
        if progress:
            progress("rekey")
        office.engine.dispose()
        conn = _raw_connect(office.path, old, read_only=False)
        try:
            quiet(conn)
            # SQLCipher cannot rekey a WAL database: fold the WAL in, rekey, go back.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(f'PRAGMA rekey = "{new.pragma_value()}"')
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.Error as exc:
            raise OfficeError(
                f"The office key could not be changed ({exc}); close other windows on "
                f"{office.path.name} and try again."
            ) from None
        finally:
            conn.close()
        office.rekeyed(new)
        for slot in slots.slots.values():  # phase 2: only the new key
            slot.current, slot.next = slot.next, None
        key_slots.save(office.path, slots)

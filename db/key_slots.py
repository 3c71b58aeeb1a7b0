"""Key slots: each user's own passphrase unlocks the one random database key.

The office's SQLCipher key is 32 random bytes. It is never derived from anyone's
passphrase, so people can come and go without re-encrypting for each of them. Beside the
database sits a small JSON file (`office.db.keys`) with one slot per user:

- an X25519 key pair per user: the private key is wrapped with AES-GCM under a key
  derived from the user's passphrase by scrypt (memory-hard, stdlib);
- the database key sealed to the user's public key (ephemeral X25519 + HKDF + AES-GCM).

Sealing to public keys is what lets an admin rotate the database key (PRAGMA rekey) after
someone leaves without knowing anybody else's passphrase: the new key is sealed to every
remaining public key. A copy of an old slot file still unwraps the *old* key, which no
longer opens the rekeyed file.

A rotation is two-phase so a crash never locks everyone out: first every slot gets the new
key as `next` beside its `current` (file saved), then the database is rekeyed, then `next`
becomes `current` (file saved again). Whoever opens in between tries `current`, then `next`.

`current` may be None in one case: a legacy office (key derived from one shared passphrase)
being converted to key slots; then the current key is that passphrase's PBKDF2 key, which
is why conversion gives the first admin the office's passphrase (they change it after).

The file is written atomically (temporary name, fsync, rename) and holds no secret in the
clear: without a passphrase it is only public keys and ciphertext.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from db.atomic_file import write_atomically
from db.errors import OfficeError, WrongPassphrase
from db.sqlite_keys import RawKey

FORMAT = "advisordesk-key-slots"
VERSION = 1
SUFFIX = ".keys"
KEY_LEN = 32
# scrypt n=2**15, r=8: 32 MiB and ~0.1 s per unlock; stored per slot so it can grow later.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1


class KeySlotError(OfficeError):
    """The slot file is missing, damaged or does not hold the user asked for."""


class UnknownUser(KeySlotError):
    pass


def slot_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class Sealed:
    """The database key sealed to one user's public key."""

    ephemeral: bytes  # the sender's one-time X25519 public key
    box: bytes  # nonce (12) + AES-GCM ciphertext of the key

    def to_json(self) -> dict[str, str]:
        return {"ephemeral": _b64(self.ephemeral), "box": _b64(self.box)}

    @classmethod
    def from_json(cls, data: Any) -> Sealed | None:
        if data is None:
            return None
        return cls(ephemeral=_unb64(data["ephemeral"]), box=_unb64(data["box"]))


@dataclass
class Slot:
    user: str
    salt: bytes
    n: int
    r: int
    p: int
    public: bytes
    wrapped_private: bytes  # nonce (12) + AES-GCM ciphertext of the raw private key
    current: Sealed | None
    next: Sealed | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "user": self.user,
            "kdf": {
                "name": "scrypt",
                "salt": _b64(self.salt),
                "n": self.n,
                "r": self.r,
                "p": self.p,
            },
            "public": _b64(self.public),
            "wrapped_private": _b64(self.wrapped_private),
            "current": self.current.to_json() if self.current else None,
            "next": self.next.to_json() if self.next else None,
        }

    @classmethod
    def from_json(cls, data: Any) -> Slot:
        kdf = data["kdf"]
        if kdf["name"] != "scrypt":
            raise ValueError("unknown kdf")
        return cls(
            user=str(data["user"]),
            salt=_unb64(kdf["salt"]),
            n=int(kdf["n"]),
            r=int(kdf["r"]),
            p=int(kdf["p"]),
            public=_unb64(data["public"]),
            wrapped_private=_unb64(data["wrapped_private"]),
            current=Sealed.from_json(data.get("current")),
            next=Sealed.from_json(data.get("next")),
        )


@dataclass
class SlotFile:
    creator: str
    slots: dict[str, Slot] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "creator": self.creator,
            "slots": [s.to_json() for s in self.slots.values()],
        }
        return json.dumps(doc, indent=1, ensure_ascii=False).encode("utf-8")

    def default_user(self) -> str | None:
        """The office's only user, or else the admin who created it (if still there)."""
        if len(self.slots) == 1:
            return next(iter(self.slots))
        return self.creator if self.creator in self.slots else None


def load(path: Path) -> SlotFile | None:
    """The slot file beside `path` (the .db), or None for an office without one."""
    spath = slot_path(path)
    try:
        raw = spath.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeySlotError(
            f"The key-slot file {spath.name} cannot be read ({exc.strerror})."
        ) from None
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT or doc.get("version") != VERSION:
            raise ValueError("not a slot file")
        slots = [Slot.from_json(s) for s in doc["slots"]]
        result = SlotFile(creator=str(doc["creator"]), slots={s.user: s for s in slots})
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise KeySlotError(
            f"The key-slot file {spath.name} is damaged, so no one can unlock the office with it. "
            "Restore it from a backup (it is kept beside each backup)."
        ) from None
    if not result.slots:
        raise KeySlotError(
            f"The key-slot file {spath.name} holds no users. Restore it from a backup."
        )
    return result


def save(path: Path, slots: SlotFile) -> None:
    """Atomically replace the slot file beside `path` (temporary name, fsync, rename)."""
    spath = slot_path(path)
    try:
        write_atomically(spath, slots.to_bytes(), replace=True)
    except OSError as exc:
        raise KeySlotError(
            f"The key-slot file {spath.name} could not be written ({exc.strerror}); "
            "the previous one is unchanged."
        ) from None


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32
    )


def _slot_aad(user: str, public: bytes) -> bytes:
    return b"advisordesk-slot|" + user.encode("utf-8") + b"|" + public


def _seal_aad(user: str, ephemeral: bytes, public: bytes) -> bytes:
    return b"advisordesk-seal|" + user.encode("utf-8") + b"|" + ephemeral + public


def _box_key(shared: bytes, aad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=aad).derive(shared)


def seal(user: str, public: bytes, db_key: bytes) -> Sealed:
    """Seal the database key to a user's public key; needs no secret of theirs."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    aad = _seal_aad(user, eph_pub, public)
    key = _box_key(eph.exchange(X25519PublicKey.from_public_bytes(public)), aad)
    nonce = os.urandom(12)
    return Sealed(ephemeral=eph_pub, box=nonce + AESGCM(key).encrypt(nonce, bytes(db_key), aad))


def new_slot(user: str, passphrase: str, db_key: bytes | None) -> Slot:
    """A fresh key pair for `user`, wrapped under their passphrase, holding `db_key`
    (None only while converting a legacy office: see the module docstring)."""
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    salt = os.urandom(16)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    nonce = os.urandom(12)
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    wrapped = nonce + AESGCM(kek).encrypt(nonce, raw_private, _slot_aad(user, public))
    return Slot(
        user=user,
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        public=public,
        wrapped_private=wrapped,
        current=seal(user, public, db_key) if db_key is not None else None,
    )


def open_slot(slot: Slot, passphrase: str) -> X25519PrivateKey:
    """The user's private key, or WrongPassphrase (nothing else says which part failed)."""
    try:
        kek = _kek(passphrase, slot.salt, slot.n, slot.r, slot.p)
    except ValueError:
        raise KeySlotError("The key-slot file is damaged (bad scrypt parameters).") from None
    nonce, body = slot.wrapped_private[:12], slot.wrapped_private[12:]
    try:
        raw = AESGCM(kek).decrypt(nonce, body, _slot_aad(slot.user, slot.public))
    except InvalidTag:
        raise WrongPassphrase(
            f"The passphrase does not unlock {slot.user}'s key. Check it (and Caps Lock) "
            "and try again."
        ) from None
    return X25519PrivateKey.from_private_bytes(raw)


def unseal(slot: Slot, private: X25519PrivateKey, sealed: Sealed) -> bytearray:
    """The database key (as a bytearray the caller can wipe)."""
    aad = _seal_aad(slot.user, sealed.ephemeral, slot.public)
    key = _box_key(private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral)), aad)
    try:
        return bytearray(AESGCM(key).decrypt(sealed.box[:12], sealed.box[12:], aad))
    except InvalidTag:
        raise KeySlotError(
            f"{slot.user}'s key slot is damaged. An admin can reset their passphrase."
        ) from None


class KeyHolder:
    """The unlocked database key, held in a bytearray so locking can overwrite it.

    As far as Python allows: the bytes objects SQLCipher's PRAGMA needs are made per
    connection and dropped at once; CPython gives no way to wipe those copies."""

    def __init__(self, key: bytes | bytearray, salt: bytes) -> None:
        self._key = bytearray(key)
        self._salt = bytes(salt)

    @property
    def held(self) -> bool:
        return bool(self._key)

    @property
    def salt(self) -> bytes:
        return self._salt

    def raw(self) -> RawKey:
        if not self._key:
            raise OfficeError("The office is locked: unlock it to continue.")
        return RawKey(key=bytes(self._key), salt=self._salt)

    def replace(self, key: bytes | bytearray) -> None:
        self.wipe()
        self._key = bytearray(key)

    def wipe(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0
        self._key = bytearray()

"""Read an office file the hard way: decrypt every SQLCipher 4 page in plain Python.

Used to prove what is (and is not) in the bytes on disk — database file and WAL — after an
erasure. SQLCipher 4 page layout (4096-byte pages, 80-byte reserve): AES-256-CBC over
bytes [offset : 4096 - 80] with the IV in the 16 bytes at 4096 - 80 (then a 64-byte HMAC);
offset is 16 on page 1, whose first 16 bytes hold the key-derivation salt in clear.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from db.sqlite_keys import PAGE_SIZE, RESERVE, SALT_LEN, derive_key, read_salt

WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def decrypt_page(key: bytes, page: bytes, pgno: int) -> bytes:
    offset = SALT_LEN if pgno == 1 else 0
    end = PAGE_SIZE - RESERVE
    iv = page[end : end + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[offset:end]) + decryptor.finalize()


def decrypted_pages(db_path: Path, passphrase: str) -> Iterator[tuple[str, int, bytes]]:
    """(where, page number, plaintext) for every page of the file and every WAL frame."""
    key = derive_key(passphrase, read_salt(db_path)).key
    data = db_path.read_bytes()
    assert len(data) % PAGE_SIZE == 0, "the office file is not a whole number of pages"
    for i in range(len(data) // PAGE_SIZE):
        yield "db", i + 1, decrypt_page(key, data[i * PAGE_SIZE : (i + 1) * PAGE_SIZE], i + 1)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        pos = WAL_HEADER
        frame = WAL_FRAME_HEADER + PAGE_SIZE
        while pos + frame <= len(raw):
            pgno = int.from_bytes(raw[pos : pos + 4], "big")
            page = raw[pos + WAL_FRAME_HEADER : pos + frame]
            yield "wal", pgno, decrypt_page(key, page, pgno)
            pos += frame


def where_found(db_path: Path, passphrase: str, needles: dict[str, bytes]) -> dict[str, list[str]]:
    """For each needle, the pages ("db:12", "wal:3") whose plaintext contains it."""
    hits: dict[str, list[str]] = {name: [] for name in needles}
    for where, pgno, plain in decrypted_pages(db_path, passphrase):
        for name, needle in needles.items():
            if needle in plain:
                hits[name].append(f"{where}:{pgno}")
    return hits

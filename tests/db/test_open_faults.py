"""Every way an office file can be bad: the right error, one clear line, the file untouched.

Each refused open must leave the office byte-identical (SHA-256 before and after) and leave
no -wal/-shm/-journal (or .lock) file behind, and its message must be a single line that
names the file, carries no traceback text and never the passphrase.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import db.office
from db import migrate
from db.errors import (
    DamagedOffice,
    OfficeError,
    OfficeIsDirectory,
    OfficeNotFound,
    PlainSqliteFile,
    WrongPassphrase,
)
from db.models import Client, Setting
from db.office import integrity_report, open_office
from db.sqlite_keys import PAGE_SIZE, SALT_LEN
from tests.conftest import PASSPHRASE, TEMPLATE_CLIENTS, sha256, sidecars

WRONG = "not the passphrase at all"


def folder_state(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def assert_clear_line(message: str, path: Path) -> None:
    assert message
    assert "\n" not in message
    assert "Traceback" not in message
    assert "sqlcipher3" not in message and "sqlalchemy" not in message
    assert "[SQL:" not in message and "sqlalche.me" not in message
    assert PASSPHRASE not in message and WRONG not in message
    assert path.name in message
    assert len(message) < 300


def assert_refused(
    path: Path, expected: type[OfficeError], passphrase: str = PASSPHRASE, **kwargs
) -> str:
    before_hash = sha256(path) if path.is_file() else None
    before_folder = folder_state(path)
    with pytest.raises(OfficeError) as info:
        open_office(path, passphrase, **kwargs)
    assert type(info.value) is expected, f"{type(info.value).__name__}: {info.value}"
    message = str(info.value)
    assert_clear_line(message, path)
    if before_hash is not None:
        assert sha256(path) == before_hash, "a refused open changed the file"
    assert sidecars(path) == []
    assert folder_state(path) == before_folder, "a refused open left files behind"
    return message


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def page_count(path: Path) -> int:
    size = path.stat().st_size
    assert size % PAGE_SIZE == 0
    return size // PAGE_SIZE


# ---- wrong passphrase ------------------------------------------------------------------


def test_wrong_passphrase_is_refused_and_file_untouched(office_path: Path, capfd) -> None:
    message = assert_refused(office_path, WrongPassphrase, WRONG)
    assert "passphrase" in message.lower()
    out, err = capfd.readouterr()
    assert out == "" and err == "", "SQLCipher wrote to the terminal on a wrong passphrase"


def test_right_passphrase_after_a_failed_attempt_opens(office_path: Path, monkeypatch) -> None:
    with pytest.raises(WrongPassphrase):
        open_office(office_path, WRONG)
    calls: list[bytes] = []
    real = db.office.derive_key

    def counting(passphrase: str, salt: bytes):  # type: ignore[no-untyped-def]
        calls.append(salt)
        return real(passphrase, salt)

    monkeypatch.setattr(db.office, "derive_key", counting)
    office = open_office(office_path, PASSPHRASE)
    try:
        assert office.timing.kdf_ms > 0
        assert office.timing.unlock_ms >= office.timing.kdf_ms
        # Several sessions, each on its own pooled connection: still one derivation.
        sessions = [office.session() for _ in range(3)]
        try:
            for s in sessions:
                s.begin()
            counts = [s.scalar(select(func.count(Client.id))) for s in sessions]
        finally:
            for s in sessions:
                s.close()
        assert counts == [TEMPLATE_CLIENTS] * 3
        office.engine.dispose()  # fresh connections must not derive again either
        with office.transaction() as s:
            assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS
        assert len(calls) == 1, "the key must be derived once per unlock, not per connection"
    finally:
        office.close()


def test_a_new_connection_does_not_pay_the_kdf(office) -> None:
    """Connections get the raw key: opening one costs far less than one PBKDF2 run."""
    import time

    office.engine.dispose()
    t0 = time.perf_counter()
    with office.engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM client")).scalar()
    connect_ms = (time.perf_counter() - t0) * 1000
    assert connect_ms < office.timing.kdf_ms / 2, (connect_ms, office.timing.kdf_ms)


# ---- not an office at all --------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.db"
    message = assert_refused(path, OfficeNotFound)
    assert not path.exists()
    assert "found" in message


def test_directory(tmp_path: Path) -> None:
    path = tmp_path / "folder.db"
    path.mkdir()
    message = assert_refused(path, OfficeIsDirectory)
    assert list(path.iterdir()) == []
    assert "folder" in message


def test_plain_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO client(name) VALUES (?)", [("Alice",), ("王伟",)])
    conn.commit()
    conn.close()
    message = assert_refused(path, PlainSqliteFile)
    assert "unencrypted" in message


def test_plain_sqlite_file_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "plain-wal.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert_refused(path, PlainSqliteFile)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    assert_refused(path, DamagedOffice)


def test_random_bytes_are_not_an_office(tmp_path: Path) -> None:
    """Noise of a whole number of pages looks like an office under a wrong key: every page
    fails its HMAC, so the honest answer is "this passphrase does not open it"."""
    path = tmp_path / "noise.db"
    path.write_bytes(bytes((i * 7919 + 13) % 251 for i in range(PAGE_SIZE * 3)))
    assert_refused(path, WrongPassphrase)


# ---- truncated -------------------------------------------------------------------------


@pytest.mark.parametrize("extra", [1, 1234, PAGE_SIZE - 1])
def test_truncated_to_a_partial_page(office_path: Path, extra: int) -> None:
    data = office_path.read_bytes()
    office_path.write_bytes(data[: PAGE_SIZE * 4 + extra])
    message = assert_refused(office_path, DamagedOffice)
    assert "truncated" in message


def test_truncated_to_less_than_the_salt(office_path: Path) -> None:
    office_path.write_bytes(office_path.read_bytes()[:10])
    assert_refused(office_path, DamagedOffice)


@pytest.mark.parametrize("keep", ["one page", "half", "all but one page"])
def test_truncated_to_whole_pages_is_refused_at_open(office_path: Path, keep: str) -> None:
    """Every remaining page has a valid HMAC, so only SQLite's own header check notices:
    the database must still not open as if nothing were missing."""
    pages = page_count(office_path)
    assert pages > 4
    kept = {"one page": 1, "half": pages // 2, "all but one page": pages - 1}[keep]
    office_path.write_bytes(office_path.read_bytes()[: kept * PAGE_SIZE])
    message = assert_refused(office_path, DamagedOffice)
    assert "damaged" in message and "backup" in message
    assert "malformed" not in message  # SQLite's jargon is replaced by a sentence


# ---- bit flips -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "offset",
    [SALT_LEN, SALT_LEN + 100, PAGE_SIZE // 2, PAGE_SIZE - 80, PAGE_SIZE - 1],
    ids=["first-after-salt", "header", "middle", "iv", "hmac"],
)
def test_bit_flip_in_page_1_is_damage_not_a_wrong_passphrase(
    office_path: Path, offset: int, capfd
) -> None:
    flip_byte(office_path, offset)
    message = assert_refused(office_path, DamagedOffice)
    assert "page 1" in message
    assert "passphrase is right" in message
    assert capfd.readouterr().err == ""


def test_bit_flip_in_the_salt_reads_as_a_wrong_passphrase(office_path: Path) -> None:
    """Documented limit: the salt feeds the KDF, so a flipped salt byte makes every page
    fail for any passphrase; the file is still refused and left untouched."""
    flip_byte(office_path, 3)
    assert_refused(office_path, WrongPassphrase)


def test_wrong_passphrase_on_a_damaged_office_is_still_a_wrong_passphrase(
    office_path: Path,
) -> None:
    flip_byte(office_path, PAGE_SIZE * 2 + 50)
    assert_refused(office_path, WrongPassphrase, WRONG)


def test_bit_flip_in_the_last_page_opens_but_check_reports_it(office_path: Path, capfd) -> None:
    # Make the last pages overflow pages of one large setting: data no open ever reads,
    # whatever the schema grows into (schema pages at the tail would refuse the open,
    # which test_every_single_page_flip_is_caught covers).
    office = open_office(office_path, PASSPHRASE)
    with office.transaction() as s:
        s.add(Setting(key="test.filler", value={"v": "x" * 40_000}))
    office.close()
    pages = page_count(office_path)
    flip_byte(office_path, (pages - 1) * PAGE_SIZE + 700)
    before = sha256(office_path)
    office = open_office(office_path, PASSPHRASE)
    try:
        report = integrity_report(office)
    finally:
        office.close()
    assert report["ok"] is False
    assert any(f"page {pages}" in p for p in report["problems"]), report["problems"]
    for problem in report["problems"]:
        assert "\n" not in problem and PASSPHRASE not in problem
    assert capfd.readouterr().err == ""
    assert sha256(office_path) == before
    assert sidecars(office_path) == []


@pytest.fixture
def cached_kdf(monkeypatch):  # type: ignore[no-untyped-def]
    """Every copy of the template shares its salt: memoize the (pure) KDF so a sweep over
    every page opens in milliseconds. The database itself is untouched by this."""
    monkeypatch.setattr(db.office, "derive_key", functools.cache(db.office.derive_key))


def test_every_single_page_flip_is_caught(tmp_path: Path, template_office_bytes, cached_kdf):
    """Flip one byte in each page in turn: the open is refused with DamagedOffice, or it
    succeeds and the integrity report names that page. Never a silent success, never a
    driver exception, never a changed file."""
    pages = len(template_office_bytes) // PAGE_SIZE
    outcomes: dict[str, list[int]] = {"refused": [], "reported": []}
    for pgno in range(1, pages + 1):
        path = tmp_path / f"flip{pgno}.db"
        data = bytearray(template_office_bytes)
        data[(pgno - 1) * PAGE_SIZE + 1000] ^= 0x40
        path.write_bytes(bytes(data))
        before = sha256(path)
        try:
            office = open_office(path, PASSPHRASE)
        except DamagedOffice as exc:
            assert f"page {pgno} " in str(exc), str(exc)
            assert_clear_line(str(exc), path)
            outcomes["refused"].append(pgno)
        else:
            try:
                report = integrity_report(office)
            finally:
                office.close()
            assert not report["ok"], f"flip in page {pgno} went unnoticed"
            assert f"HMAC verification failed for page {pgno}" in report["problems"]
            outcomes["reported"].append(pgno)
        assert sha256(path) == before, f"page {pgno}: the file changed"
        assert sidecars(path) == [], f"page {pgno}: side files left behind"
        path.unlink()
    assert 1 in outcomes["refused"]
    assert outcomes["reported"], "expected data pages to open and be caught by the check"


# ---- healthy offices -------------------------------------------------------------------


def test_integrity_report_of_a_healthy_office(office) -> None:
    report = integrity_report(office)
    assert report == {
        "ok": True,
        "problems": [],
        "schema_revision": migrate.head_revision(),
        "counts": report["counts"],
    }
    assert report["counts"]["clients"] == TEMPLATE_CLIENTS
    assert report["counts"]["phones"] == TEMPLATE_CLIENTS
    assert set(report["counts"]) >= {"clients", "households", "snapshots"}


def test_integrity_report_finds_a_dangling_foreign_key(office) -> None:
    with office.engine.connect() as conn:
        raw = conn.connection.driver_connection  # autocommit: PRAGMA foreign_keys works here
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute(
            "INSERT INTO phone (client_id, label, e164) VALUES (987654, 'mobile', '+8613800000000')"
        )
        raw.execute("PRAGMA foreign_keys = ON")
    report = integrity_report(office)
    assert not report["ok"]
    assert any("foreign_key_check: phone" in p for p in report["problems"]), report["problems"]


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_open_and_close_without_writing_leaves_the_file_as_found(
    office_path: Path, read_only: bool
) -> None:
    """`check` opens read-only: it must not leave -wal/-shm behind or change a byte."""
    before = sha256(office_path)
    office = open_office(office_path, PASSPHRASE, read_only=read_only)
    try:
        assert office.read_only is read_only
        assert integrity_report(office)["ok"]
    finally:
        office.close()
    assert sha256(office_path) == before
    assert folder_state(office_path) == [office_path.name]

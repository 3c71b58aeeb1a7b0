"""Opening, creating and migrating an encrypted office file.

This is the one place that knows the office is an SQLCipher file: key handling,
pragmas, the writer lock and the failure diagnosis. Everything above it sees an
SQLAlchemy engine and sessions.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from db import key_slots, migrate, unlock_attempts
from db.errors import (
    DamagedOffice,
    OfficeError,
    OfficeIsDirectory,
    OfficeLocked,
    OfficeNotFound,
    PlainSqliteFile,
    WrongPassphrase,
)
from db.key_slots import KeyHolder, KeySlotError, UnknownUser
from db.location import location_warnings
from db.sqlite_keys import (
    PAGE_SIZE,
    SQLITE_MAGIC,
    RawKey,
    check_page_hmacs,
    derive_key,
    new_salt,
    read_salt,
)
from db.sqlite_lock import WriterLock

log = logging.getLogger(__name__)

# Who signs in when open_office gets no user: main.py's global --user sets this, so every
# command honours it without each one passing it on.
USER_ENV = "ADVISORDESK_USER"

# Called with each office open_office unlocks, in this context only: the command line
# records its sign-ins through it (app/cli_support.py cli_sign_ins), so every command is
# covered without each one asking; a GUI in the same process is not affected.
ON_OPEN: ContextVar[Callable[[Office], None] | None] = ContextVar("on_open", default=None)

# The execution option Office.transaction() sets on its connection so that make_engine's
# begin listener emits BEGIN IMMEDIATE instead of a deferred BEGIN.
BEGIN_IMMEDIATE = "advisordesk_begin_immediate"

CACHE_KIB = 65_536  # 64 MB: makes encrypted LIKE/FTS scans cost what plain ones do


@dataclass
class UnlockTiming:
    kdf_ms: float = 0.0
    unlock_ms: float = 0.0


@dataclass
class Office:
    """An unlocked office: the engine, a session factory and what we learnt opening it."""

    path: Path
    engine: Engine
    read_only: bool
    schema_revision: str
    warnings: list[str] = field(default_factory=list)
    backup_path: Path | None = None
    timing: UnlockTiming = field(default_factory=UnlockTiming)
    _lock: WriterLock | None = None
    _sessions: sessionmaker[Session] | None = None
    _tidy: Callable[[], None] | None = None
    _keys: KeyHolder | None = field(default=None, repr=False)
    # who signed in (a user_account name), or None: an office without key slots, where
    # the one passphrase holder acts as the single implicit admin (app/access.py)
    user: str | None = None
    # failed unlocks of this user on this workstation just before this sign-in (or the
    # last unlock of the lock screen); app/users.record_failed_sign_ins writes them down
    failed_unlocks: int = 0
    # run by close() while the office still works (see before_close)
    _before_close: list[Callable[[Office], None]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        # every session carries the signed-in user, for app/access.py's checks
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info={"user": self.user})

    @property
    def _key(self) -> RawKey | None:
        """The database key while unlocked (None once locked)."""
        if self._keys is None or not self._keys.held:
            return None
        return self._keys.raw()

    @property
    def locked(self) -> bool:
        return self._keys is not None and not self._keys.held

    def lock(self) -> None:
        """Auto-lock: close every pooled connection and overwrite the key we hold. The
        writer lock stays ours; sessions opened while locked fail with a clear line."""
        self.engine.dispose()
        if self._keys is not None:
            self._keys.wipe()

    def unlock(self, passphrase: str) -> None:
        """The same user (or, without key slots, the office passphrase) unlocks again."""
        raw, _user, failures = unlock_key(self.path, passphrase, self.user)
        assert self._keys is not None
        self._keys.replace(raw.key)
        self.failed_unlocks += failures

    def rekeyed(self, raw: RawKey) -> None:
        """After PRAGMA rekey (db/key_rotation.py): new connections use the new key."""
        self.engine.dispose()
        assert self._keys is not None
        self._keys.replace(raw.key)

    def session(self) -> Session:
        assert self._sessions is not None
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any error.

        On a writable office it begins IMMEDIATE (the write lock first): in WAL a deferred
        transaction that reads and then writes gets SQLITE_BUSY at once, without waiting
        for busy_timeout, whenever another writer committed after its read (two audit
        entries appended at once). Taking the lock up front makes the second writer wait
        its turn instead. Plain session() reads stay deferred and never wait."""
        with self.session() as s, s.begin():
            if not self.read_only:
                s.connection(execution_options={BEGIN_IMMEDIATE: True})
            yield s

    def before_close(self, callback: Callable[[Office], None]) -> None:
        """Run `callback(office)` once when the office is closed, before its connections
        go (the command line writes its sign-in then: app/cli_support.py)."""
        self._before_close.append(callback)

    def close(self) -> None:
        callbacks, self._before_close = self._before_close, []
        try:
            for callback in callbacks:
                callback(self)
        finally:
            self._close()

    def _close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._tidy is not None:
            tidy, self._tidy = self._tidy, None
            tidy()


def _name(path: Path) -> str:
    return path.name


def _raw_connect(path: Path, raw: RawKey | KeyHolder, read_only: bool) -> Any:
    if isinstance(raw, KeyHolder):
        raw = raw.raw()
    uri = f"file:{path.as_posix()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    quiet(conn)
    conn.execute(f'PRAGMA key = "{raw.pragma_value()}"')
    return conn


def quiet(conn: Any) -> None:
    """SQLCipher logs HMAC failures to stderr; our own message says it better, once."""
    conn.execute("PRAGMA cipher_log_level = NONE")


def _apply_pragmas(conn: Any, read_only: bool) -> None:
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")


def _preflight(path: Path) -> None:
    """Refuse what is plainly not an office before deriving a key or touching the file."""
    if not path.exists():
        raise OfficeNotFound(
            f"No office file named {_name(path)} was found. Check the path, or create a new office."
        )
    if path.is_dir():
        raise OfficeIsDirectory(
            f"{_name(path)} is a folder, not an office file. Choose the .db file inside it."
        )
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        raise PlainSqliteFile(
            f"{_name(path)} is an unencrypted SQLite database, not an AdvisorDesk office. "
            "Import its data instead of opening it."
        )
    if size == 0 or size % PAGE_SIZE != 0:
        raise DamagedOffice(
            f"{_name(path)} is damaged: the file is truncated (its size is not a whole number of "
            "pages). Restore the office from a backup."
        )


SIDECARS = ("-wal", "-shm", "-journal")


def _sidecars(path: Path) -> set[Path]:
    return {p for p in (path.with_name(path.name + sfx) for sfx in SIDECARS) if p.exists()}


def _remove_new_sidecars(path: Path, existed: set[Path]) -> None:
    """A read-only connection to a WAL file creates an empty -wal and a -shm it cannot
    remove on close; a failed unlock must leave the folder as it found it."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal not in existed and wal.stat().st_size != 0:
        return  # someone else is writing: not ours to remove
    for sidecar in _sidecars(path) - existed:
        try:
            sidecar.unlink()
        except OSError:
            pass


def _explain_failed_unlock(path: Path, raw: RawKey) -> OfficeError:
    check = check_page_hmacs(path, raw, max_pages=256)
    if check.good == 0:
        return WrongPassphrase(
            f"The passphrase does not open {_name(path)}. Check it (and Caps Lock) and try again."
        )
    if check.first_bad is None:
        check = check_page_hmacs(path, raw)
    if check.first_bad is not None:
        return DamagedOffice(
            f"{_name(path)} is damaged: page {check.first_bad} fails its integrity check although "
            "the passphrase is right. Restore the office from a backup."
        )
    return DamagedOffice(
        f"{_name(path)} is damaged: its pages are intact but the database they hold is "
        "inconsistent, as when a file has been cut short. Restore the office from a backup."
    )


def _prove_key(path: Path, raw: RawKey) -> None:
    """PRAGMA key says "ok" for any key: only a real read proves it."""
    existed = _sidecars(path)
    conn = None
    failure: OfficeError | None = None
    try:
        conn = _raw_connect(path, raw, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.OperationalError as exc:
        failure = OfficeError(f"{_name(path)} could not be opened ({exc}).")
    except sqlcipher3.dbapi2.DatabaseError:
        # "file is not a database" (wrong key, or page 1 damaged) or "malformed" (damage
        # further in): the page HMACs tell which.
        failure = _explain_failed_unlock(path, raw)
    finally:
        if conn is not None:
            conn.close()
    if failure is not None:
        _remove_new_sidecars(path, existed)
        raise failure


def make_engine(path: Path, raw: RawKey | KeyHolder, read_only: bool) -> Engine:
    def creator() -> Any:
        return _raw_connect(path, raw, read_only)

    # "sqlite://" alone would pick SingletonThreadPool (one shared connection per thread,
    # meant for :memory:): two sessions in the GUI thread would then share one connection
    # and one transaction. A file wants a real pool: one connection per session.
    # hide_parameters: a failed statement's message must never carry a client's name or
    # ID number into a log, a dialog or a bug report.
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        _apply_pragmas(dbapi_conn, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # pysqlite's implicit transactions are off (isolation_level=None): begin explicitly,
        # so every session is one real SQLite transaction; Office.transaction() asks for
        # the write lock up front.
        immediate = conn.get_execution_options().get(BEGIN_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def create_office(path: Path, passphrase: str, *, admin: str | None = None) -> Office:
    """Create a new, empty, encrypted office at the newest schema.

    admin: with a name, the office gets a random key and a key-slot file whose first slot
    is this admin's (passphrase = theirs); without, the key is derived from the passphrase
    (an office without user accounts, as before issue 8)."""
    path = Path(path)
    if path.exists():
        raise OfficeError(
            f"{_name(path)} already exists. Open it, or choose another name for the new office."
        )
    if not path.parent.is_dir():
        raise OfficeNotFound(f"The folder for {_name(path)} does not exist.")
    spath = key_slots.slot_path(path)
    if spath.exists():
        raise KeySlotError(
            f"A key-slot file {spath.name} is already there without its office. Move it "
            "away, or choose another name for the new office."
        )
    t0 = time.perf_counter()
    if admin is None:
        raw = derive_key(passphrase, new_salt())
    else:
        admin = admin.strip()
        if not admin:
            raise OfficeError("The first admin needs a name.")
        raw = RawKey(key=os.urandom(key_slots.KEY_LEN), salt=new_salt())
        slot = key_slots.new_slot(admin, passphrase, raw.key)
    kdf_ms = (time.perf_counter() - t0) * 1000
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        quiet(conn)
        conn.execute(f'PRAGMA key = "{raw.pragma_value()}"')
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = WAL")
        # Writing page 1 fixes the salt in the header; the schema comes from the migrations.
        conn.execute("CREATE TABLE _office_init (x)")
        conn.execute("DROP TABLE _office_init")
    finally:
        conn.close()
    office = _open_verified(
        path, raw, read_only=False, on_locked="raise", t0=t0, kdf_ms=kdf_ms, user=admin
    )
    if admin is not None:
        try:
            _add_first_admin(office, admin)
            key_slots.save(path, key_slots.SlotFile(creator=admin, slots={admin: slot}))
        except BaseException:
            office.close()
            for leftover in (path, *(path.with_name(path.name + s) for s in SIDECARS)):
                leftover.unlink(missing_ok=True)
            raise
    return office


def _add_first_admin(office: Office, name: str) -> None:
    from db.models_security import UserAccount

    with office.transaction() as s:
        s.add(
            UserAccount(
                name=name,
                display_name=name,
                role="admin",
                active=True,
                created_at=dt.datetime.now(dt.UTC),
                created_by=name,
            )
        )


def unlock_key(path: Path, passphrase: str, user: str | None) -> tuple[RawKey, str | None, int]:
    """The proven database key for `user`'s passphrase, who signed in, and how many failed
    attempts (this workstation, this user) came just before.

    Without a slot file: the office passphrase's PBKDF2 key, user None (as before users
    existed). With one: the user's slot (the only user, or the creating admin, when no
    name is given); a failure counts towards the growing wait (db/unlock_attempts.py).
    Nothing here writes to the office or its folder."""
    user = user or os.environ.get(USER_ENV) or None
    slots = key_slots.load(path)
    if slots is None:
        if user:
            raise KeySlotError(
                f"{_name(path)} has no key-slot file ({key_slots.slot_path(path).name}) beside "
                "it. If it has user accounts, put that file back from a backup; otherwise "
                "open it with the office passphrase and no user name."
            )
        raw = derive_key(passphrase, read_salt(path))
        _prove_key(path, raw)
        return raw, None, 0
    name = user or slots.default_user()
    if not name:
        raise KeySlotError(
            f"{_name(path)} has several users: say who you are (the User field, or --user NAME)."
        )
    slot = slots.slots.get(name)
    if slot is None:
        raise UnknownUser(
            f"{_name(path)} has no active user called {name}. Check the spelling, or ask an admin."
        )
    unlock_attempts.check(path, name)
    try:
        private = key_slots.open_slot(slot, passphrase)
    except WrongPassphrase:
        unlock_attempts.record_failure(path, name)
        raise WrongPassphrase(
            f"The passphrase does not open {_name(path)} as {name}. Check it (and Caps Lock) "
            "and try again."
        ) from None
    salt = read_salt(path)
    candidates: list[RawKey] = []
    if slot.current is None:  # a conversion from the office passphrase was under way
        candidates.append(derive_key(passphrase, salt))
    else:
        candidates.append(RawKey(bytes(key_slots.unseal(slot, private, slot.current)), salt))
    if slot.next is not None:  # a key rotation was under way
        candidates.append(RawKey(bytes(key_slots.unseal(slot, private, slot.next)), salt))
    for raw in candidates:
        try:
            _prove_key(path, raw)
        except WrongPassphrase:
            continue
        return raw, name, unlock_attempts.record_success(path, name)
    unlock_attempts.record_failure(path, name)
    raise WrongPassphrase(
        f"{name}'s key slot does not open {_name(path)}: the key-slot file is older than the "
        "office's last key change, or belongs to another office. Ask an admin."
    )


def _refuse_inactive(office: Office) -> None:
    """A slot that survives in an old copy of the slot file is not enough: the account
    must still be active in the office itself."""
    if office.user is None:
        return
    with office.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT active FROM user_account WHERE name = ?", (office.user,)
        ).fetchone()
    if row is None or not row[0]:
        name = office.path.name
        office.close()
        raise UnknownUser(
            f"{name} has no active user called {office.user}. Check the spelling, or ask an admin."
        )


def open_office(
    path: Path,
    passphrase: str,
    *,
    read_only: bool = False,
    on_locked: str = "raise",
    migrate_schema: bool = True,
    user: str | None = None,
) -> Office:
    """Unlock an existing office.

    on_locked: "raise" (OfficeLocked names the holder) or "read_only" (open read-only instead).
    user: whose key slot to use (default: the only user, or the admin who created it).
    """
    path = Path(path)
    _preflight(path)
    existed = _sidecars(path)
    t0 = time.perf_counter()
    raw, user, failures = unlock_key(path, passphrase, user)
    kdf_ms = (time.perf_counter() - t0) * 1000
    office = _open_verified(
        path,
        raw,
        read_only=read_only,
        on_locked=on_locked,
        t0=t0,
        kdf_ms=kdf_ms,
        migrate_schema=migrate_schema,
        existed=existed,
        user=user,
    )
    _refuse_inactive(office)
    office.failed_unlocks = failures
    hook = ON_OPEN.get()
    if hook is not None:
        try:
            hook(office)
        except BaseException:
            office.close()
            raise
    return office


def _open_verified(
    path: Path,
    raw: RawKey,
    *,
    read_only: bool,
    on_locked: str,
    t0: float,
    kdf_ms: float,
    migrate_schema: bool = True,
    existed: set[Path] | None = None,
    user: str | None = None,
) -> Office:
    """existed: the -wal/-shm/-journal files present before we touched the file, so that
    a read-only office (or a failed open) removes only what it created."""
    if existed is None:
        existed = _sidecars(path)
    warnings = location_warnings(path)
    lock: WriterLock | None = None
    if not read_only:
        lock = WriterLock(path)
        if not lock.acquire():
            holder = lock.holder()
            if on_locked != "read_only":
                raise OfficeLocked(
                    f"{_name(path)} is open for writing by {holder}. "
                    "Open it read-only, or ask them to close it."
                )
            lock = None
            read_only = True
            warnings.append(f"Opened read-only: the office is open for writing by {holder}.")
    holder = KeyHolder(raw.key, raw.salt)
    engine = make_engine(path, holder, read_only)
    backup_path: Path | None = None
    try:
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
        migrate.refuse_if_newer(revision, _name(path))
        if migrate_schema and revision != migrate.head_revision():
            if read_only:
                raise OfficeError(
                    f"{_name(path)} needs a schema upgrade, which a read-only window cannot do. "
                    "Open it for writing once."
                )
            if revision is not None:
                backup_path = backup_before_migration(engine, path, raw, revision)
            try:
                with engine.begin() as conn:
                    migrate.upgrade(conn)
            except SADatabaseError as exc:
                # a failing migration is not a damaged file: say what really happened
                raise OfficeError(
                    f"{_name(path)} could not be upgraded to this AdvisorDesk's schema "
                    f"({exc.orig}); the upgrade was rolled back."
                ) from None
            with engine.connect() as conn:
                revision = migrate.current_revision(conn)
    except SADatabaseError as exc:
        # The key is proven, so a read failing here means a damaged page (e.g. the one
        # holding alembic_version): say which, instead of leaking a driver traceback.
        engine.dispose()
        if lock is not None:
            lock.release()
        _tidy_read_only(path, raw, existed)
        if isinstance(exc.orig, sqlcipher3.dbapi2.OperationalError):
            raise OfficeError(f"{_name(path)} could not be read ({exc.orig}).") from None
        raise _explain_failed_unlock(path, raw) from None
    except BaseException:
        engine.dispose()
        if lock is not None:
            lock.release()
        _tidy_read_only(path, raw, existed)
        raise
    office = Office(
        path=path,
        engine=engine,
        read_only=read_only,
        schema_revision=revision or "",
        warnings=warnings,
        backup_path=backup_path,
        _lock=lock,
        _tidy=(lambda: _tidy_read_only(path, holder, existed)) if read_only else None,
        _keys=holder,
        user=user,
    )
    office.timing = UnlockTiming(kdf_ms=kdf_ms, unlock_ms=(time.perf_counter() - t0) * 1000)
    return office


def _tidy_read_only(path: Path, raw: RawKey | KeyHolder, existed: set[Path]) -> None:
    """Read-only connections cannot remove the -wal/-shm they create. When no one else
    holds the office, one brief read-write connection lets SQLite remove them itself
    (it does so only when it is the last connection, so this is safe)."""
    if not (_sidecars(path) - existed):
        return
    if isinstance(raw, KeyHolder):
        if not raw.held:
            return  # closed while locked: the key is gone, the side files stay
        raw = raw.raw()
    lock = WriterLock(path)
    try:
        if not lock.acquire():
            return  # a writer has the office open: the files are its to manage
    except OSError:
        return  # a read-only folder: nothing we could have created there
    try:
        conn = _raw_connect(path, raw, read_only=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.DatabaseError:
            pass
        finally:
            conn.close()
        _remove_new_sidecars(path, existed)
    finally:
        lock.release()


def export_encrypted_copy(engine: Engine, target: Path, raw: RawKey) -> None:
    """Copy through SQLCipher itself (sqlcipher_export), never a plain file copy, so
    committed WAL content is included and the copy stays encrypted.

    Written under a temporary name and renamed when complete, so a crash or a full disk
    never leaves a half-written file that looks like a backup."""
    if target.exists():
        raise OfficeError(f"{target.name} already exists; not overwriting it.")
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)  # left by a crash mid-copy
        with engine.connect() as conn:
            dbapi = conn.connection.driver_connection
            assert dbapi is not None
            dbapi.execute(
                f'ATTACH DATABASE ? AS backup KEY "{raw.pragma_value()}"', (str(partial),)
            )
            try:
                dbapi.execute("SELECT sqlcipher_export('backup')")
            finally:
                dbapi.execute("DETACH DATABASE backup")
        partial.replace(target)
    except sqlcipher3.dbapi2.Error as exc:
        partial.unlink(missing_ok=True)
        raise OfficeError(f"The copy {target.name} could not be written ({exc}).") from None
    except OSError as exc:
        if partial.is_file():
            partial.unlink()
        raise OfficeError(
            f"The copy {target.name} could not be written ({exc.strerror})."
        ) from None


def backup_before_migration(engine: Engine, path: Path, raw: RawKey, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}.{stamp}{path.suffix}")
    export_encrypted_copy(engine, target, raw)
    return target


COUNTED_TABLES = {
    "clients": "client",
    "households": "household",
    "snapshots": "financial_snapshot",
    "documents": "identity_document",
    "phones": "phone",
    "emails": "email",
    "custom_fields": "custom_field",
    "fx_rates": "fx_rate",
    "access_events": "access_event",
}


def integrity_report(office: Office) -> dict[str, Any]:
    """What `main.py check` prints: every page's HMAC, SQLite's own structure check, the
    foreign keys, the schema revision and row counts. ok is True only if all agree."""
    problems: list[str] = []
    counts: dict[str, int] = {}
    revision = ""

    def run(conn: Any, sql: str) -> list[tuple[Any, ...]] | None:
        try:
            return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]
        except SADatabaseError as exc:
            problems.append(f"{sql} could not finish: {exc.orig}")
            return None

    with office.engine.connect() as conn:
        rows = run(conn, "PRAGMA cipher_integrity_check")
        problems.extend(str(r[0]) for r in rows or [])
        rows = run(conn, "PRAGMA integrity_check")
        if rows is not None and rows != [("ok",)]:
            problems.extend(f"integrity_check: {r[0]}" for r in rows)
        rows = run(conn, "PRAGMA foreign_key_check")
        problems.extend(
            f"foreign_key_check: {r[0]} row {r[1]} points to a missing {r[2]} row"
            for r in rows or []
        )
        try:
            revision = migrate.current_revision(conn) or ""
        except SADatabaseError as exc:
            problems.append(f"The schema revision could not be read: {exc.orig}")
        if revision != migrate.head_revision():
            problems.append(
                f"Schema revision {revision or 'none'} is not this AdvisorDesk's "
                f"{migrate.head_revision()}."
            )
        for name, table in COUNTED_TABLES.items():
            result = run(conn, f"SELECT count(*) FROM {table}")
            if result is not None:
                counts[name] = int(result[0][0])
    return {
        "ok": not problems,
        "problems": problems,
        "schema_revision": revision,
        "counts": counts,
    }


def backup_office(office: Office, target: Path) -> None:
    """A consistent, encrypted copy under the same passphrase, taken while the office is
    open (atomically: see export_encrypted_copy)."""
    assert office._key is not None
    target = Path(target)
    if target.exists():
        raise OfficeError(f"{target.name} already exists; choose a new name for the backup.")
    if not target.parent.is_dir():
        raise OfficeNotFound(f"The folder for {target.name} does not exist.")
    export_encrypted_copy(office.engine, target, office._key)

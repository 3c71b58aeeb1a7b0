"""Backups that are proven to restore: written through SQLCipher, verified, recorded,
rotated; and restored into a new file that replaces the old one in one rename.

A backup is `<office stem>-<UTC stamp>.db` in the backup folder, with two companions:

- `<backup>.json`, the manifest, written only after the copy passed its checks (it opens;
  cipher_integrity_check and integrity_check say ok; its row counts and audit-chain head
  match the office). No manifest, no good backup: rotation counts only manifests, so a
  copy cut short by a full disk or a crash never pushes a good one out. The manifest holds
  counts, the schema revision and the audit head (sequence number and hash), nothing
  about any client.
- `<backup>.keys`, the office's key-slot file (db/key_slots.py) when the office has one,
  so each user's own passphrase opens the backup as it opens the office; restore puts it
  back beside the restored file.

The audit head in each manifest is also an anchor: `audit verify --backups DIR` checks
that the office's chain still holds each recorded head, which catches an office rolled
back to an older copy, or a rewritten chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError

from app import audit
from app.settings import SettingsService
from db import key_slots
from db.atomic_file import atomic_write, sync_folder, write_atomically
from db.errors import OfficeError
from db.office import COUNTED_TABLES, Office, backup_office, make_engine
from db.sqlite_keys import RawKey
from db.sqlite_lock import WriterLock

MANIFEST_FORMAT = "advisordesk-backup"
MANIFEST_SUFFIX = ".json"
KEYS_SUFFIX = key_slots.SUFFIX  # the key-slot file beside an office (db/key_slots.py)
SIDECARS = ("-wal", "-shm", "-journal")
COUNTS = {**COUNTED_TABLES, "timeline_entries": "interaction", "audit_entries": "audit_entry"}


class BackupError(OfficeError):
    """An expected failure with a one-line message for the user."""


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class Facts:
    """What a copy must share with its office."""

    counts: dict[str, int]
    audit_seq: int
    audit_hash: str
    schema_revision: str


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # UTC
    office: str  # the office file's name
    facts: Facts

    @property
    def clients(self) -> int:
        return self.facts.counts.get("clients", 0)

    def anchor(self) -> audit.Anchor:
        return audit.Anchor(
            self.facts.audit_seq, self.facts.audit_hash[: audit.HEAD_PREFIX], self.path.name
        )


@dataclass
class BackupResult:
    info: BackupInfo
    removed: list[Path] = field(default_factory=list)


# ---- facts -------------------------------------------------------------------------------


def read_facts(engine: Engine) -> Facts:
    """Counts, audit head and schema revision, read in one transaction (one snapshot)."""
    with engine.connect() as conn, conn.begin():
        counts = {
            name: int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
            for name, table in COUNTS.items()
        }
        seq, digest = audit.full_head(conn)
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return Facts(counts, seq, digest, str(revision or ""))


def health_problems(engine: Engine) -> list[str]:
    """cipher_integrity_check (every page's HMAC) and SQLite's integrity_check."""
    problems: list[str] = []
    with engine.connect() as conn:
        try:
            problems += [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems += [f"integrity_check: {r}" for r in rows]
        except SADatabaseError as exc:
            problems.append(f"the checks could not finish ({exc.orig})")
    return problems


def _compare(expected: Facts, found: Facts) -> list[str]:
    out = []
    for name, count in expected.counts.items():
        if found.counts.get(name) != count:
            out.append(f"{name}: {found.counts.get(name)} in the copy, {count} expected")
    if (found.audit_seq, found.audit_hash) != (expected.audit_seq, expected.audit_hash):
        n = audit.HEAD_PREFIX
        out.append(
            f"audit head {found.audit_seq} {found.audit_hash[:n]} in the copy, "
            f"{expected.audit_seq} {expected.audit_hash[:n]} expected"
        )
    if found.schema_revision != expected.schema_revision:
        out.append(f"schema {found.schema_revision}, {expected.schema_revision} expected")
    return out


# ---- names and manifests -----------------------------------------------------------------


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def keys_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + KEYS_SUFFIX)


def companions(db_file: Path) -> list[Path]:
    return [manifest_path(db_file), keys_path(db_file)]


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%SZ")


def new_backup_path(office_path: Path, folder: Path, now: dt.datetime) -> Path:
    base = f"{office_path.stem}-{_stamp(now)}"
    candidate, n = folder / f"{base}.db", 1
    while candidate.exists() or manifest_path(candidate).exists():
        n += 1
        candidate = folder / f"{base}-{n}.db"
    return candidate


def _copy_atomic(source: Path, target: Path) -> str:
    """Copy through atomic_write; returns the SHA-256 of the bytes read from `source`."""
    digest = hashlib.sha256()
    with source.open("rb") as src, atomic_write(target, replace=True) as dst:
        for block in iter(lambda: src.read(1 << 20), b""):
            digest.update(block)
            dst.write(block)
    return digest.hexdigest()


def _manifest(info: BackupInfo) -> bytes:
    f = info.facts
    body = {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "created_at": info.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "office": info.office,
        "schema_revision": f.schema_revision,
        "counts": f.counts,
        "audit_head": {"seq": f.audit_seq, "hash": f.audit_hash},
        "verified": True,
    }
    return json.dumps(body, indent=2, sort_keys=True).encode("utf-8")


def read_manifest(backup: Path) -> BackupInfo | None:
    """The manifest beside a backup, or None when there is none (or it is not ours)."""
    try:
        body = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
        if body.get("format") != MANIFEST_FORMAT or body.get("verified") is not True:
            return None
        created = dt.datetime.strptime(body["created_at"], "%Y-%m-%dT%H:%M:%SZ")
        facts = Facts(
            {str(k): int(v) for k, v in body["counts"].items()},
            int(body["audit_head"]["seq"]),
            str(body["audit_head"]["hash"]),
            str(body["schema_revision"]),
        )
        return BackupInfo(backup, created.replace(tzinfo=dt.UTC), str(body["office"]), facts)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def list_backups(folder: Path, office_name: str | None = None) -> list[BackupInfo]:
    """Good backups in the folder (a manifest and its file), newest first."""
    if not folder.is_dir():
        return []
    out = []
    for manifest in folder.glob(f"*.db{MANIFEST_SUFFIX}"):
        backup = manifest.with_name(manifest.name[: -len(MANIFEST_SUFFIX)])
        info = read_manifest(backup) if backup.is_file() else None
        if info is not None and (office_name is None or info.office == office_name):
            out.append(info)
    return sorted(out, key=lambda i: (i.created_at, i.path.name), reverse=True)


# ---- rotation -------------------------------------------------------------------------------


def keep_set(backups: Iterable[BackupInfo], rotation: Rotation) -> set[Path]:
    """Which backups rotation keeps: the newest of each of the last `daily` days, of the
    last `weekly` ISO weeks and of the last `monthly` months (local calendar), and always
    the newest of all."""
    ordered = sorted(backups, key=lambda i: i.created_at, reverse=True)
    keep: set[Path] = {ordered[0].path} if ordered else set()
    buckets: list[tuple[int, Callable[[dt.date], Any]]] = [
        (rotation.daily, lambda d: d),
        (rotation.weekly, lambda d: d.isocalendar()[:2]),
        (rotation.monthly, lambda d: (d.year, d.month)),
    ]
    for limit, bucket in buckets:
        seen: set[Any] = set()
        for info in ordered:
            key = bucket(info.created_at.astimezone().date())
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(key)
            keep.add(info.path)
    return keep


def rotate(folder: Path, office_name: str, rotation: Rotation) -> list[Path]:
    """Delete this office's good backups that rotation does not keep; returns them."""
    backups = list_backups(folder, office_name)
    keep = keep_set(backups, rotation)
    removed = []
    for info in backups:
        if info.path in keep:
            continue
        # the manifest goes first: a half-removed backup is never listed as good
        for path in (manifest_path(info.path), info.path, keys_path(info.path)):
            path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


# ---- writing --------------------------------------------------------------------------------


def make_backup(
    office: Office,
    folder: Path,
    *,
    rotation: Rotation | None = None,
    now: dt.datetime | None = None,
) -> BackupResult:
    """Write, verify, record and rotate one backup of an open office.

    Any failure removes what this backup wrote and leaves earlier backups as they were;
    the message says so."""
    key = office._key
    if key is None:
        raise BackupError("The office is locked; unlock it to back it up.")
    folder = Path(folder)
    if not folder.is_dir():
        if folder.parent.is_dir():
            try:
                folder.mkdir()
            except OSError as exc:
                raise BackupError(
                    f"The backup folder {folder.name} could not be created ({exc.strerror})."
                ) from None
        else:
            raise BackupError(
                f"The backup folder {folder} does not exist; create it or choose another."
            )
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    target = new_backup_path(office.path, folder, now)
    before = read_facts(office.engine)
    untouched = "Earlier backups were not touched."
    try:
        try:
            backup_office(office, target)
            office_keys = keys_path(office.path)
            if office_keys.is_file():
                _copy_atomic(office_keys, keys_path(target))
        except OSError as exc:
            raise BackupError(
                f"The backup {target.name} could not be written ({exc.strerror}). {untouched}"
            ) from None
        except OfficeError as exc:
            raise BackupError(f"{exc} {untouched}") from None
        after = read_facts(office.engine)
        found = _check_copy(target, lambda p: make_engine(p, key, read_only=True))
        if before == after:
            problems = _compare(before, found)
        else:
            # the office was written while we copied: the copy must be one of its states
            # between the two readings, and its chain a prefix of the office's
            problems = (
                []
                if before.audit_seq <= found.audit_seq <= after.audit_seq
                else ["its audit head is outside what the office held during the copy"]
            )
        if problems:
            raise BackupError(
                f"The backup {target.name} did not match the office ({'; '.join(problems)}) "
                f"and was removed. {untouched}"
            )
        info = BackupInfo(target, now.astimezone(dt.UTC), office.path.name, found)
        try:
            write_atomically(manifest_path(target), _manifest(info), replace=True)
        except OSError as exc:
            raise BackupError(
                f"The record of backup {target.name} could not be written ({exc.strerror}); "
                f"the backup was removed. {untouched}"
            ) from None
    except BaseException:
        for path in (manifest_path(target), target, keys_path(target)):
            path.unlink(missing_ok=True)
        raise
    removed = rotate(folder, office.path.name, rotation or Rotation())
    return BackupResult(info, removed)


class _CopyFailed(BackupError):
    pass


def _check_copy(path: Path, engine_for: Callable[[Path], Engine]) -> Facts:
    """Open a closed copy read-only and run the checks; raise on any problem."""
    existed = {s for s in SIDECARS if path.with_name(path.name + s).exists()}
    engine = engine_for(path)
    try:
        try:
            problems = health_problems(engine)
            facts = read_facts(engine) if not problems else None
        except SADatabaseError as exc:
            raise _CopyFailed(f"{path.name} does not open ({exc.orig}).") from None
    finally:
        engine.dispose()
        for sfx in SIDECARS:  # a read-only open may leave an empty -shm behind
            side = path.with_name(path.name + sfx)
            if sfx not in existed and side.exists() and side.stat().st_size == 0:
                side.unlink(missing_ok=True)
    if problems or facts is None:
        raise _CopyFailed(f"{path.name} fails its checks: {'; '.join(problems)}.")
    return facts


# ---- verifying and restoring -----------------------------------------------------------------


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    facts: Facts
    manifest: BackupInfo | None
    chain: audit.ChainReport

    def lines(self) -> list[str]:
        f = self.facts
        out = [
            f"{self.path.name}: opens; cipher and SQLite integrity checks pass.",
            f"Schema {f.schema_revision}; {f.counts.get('clients', 0):,} clients; "
            f"audit head {f.audit_seq} {f.audit_hash[: audit.HEAD_PREFIX]}.",
        ]
        if self.manifest is None:
            out.append("No manifest beside it: counts and audit head were not compared.")
        else:
            out.append(
                f"Matches its manifest of {self.manifest.created_at:%Y-%m-%d %H:%M} UTC "
                "(row counts and audit head)."
            )
        out.append(self.chain.message())
        return out


def verify_backup(path: Path, open_copy: Callable[[Path], Office]) -> VerifyReport:
    """A backup on its own: it opens, passes the checks, matches its manifest, and its
    audit chain is intact. open_copy opens it read-only (the caller knows the key)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no backup file named {path.name}.")
    copy = open_copy(path)
    try:
        problems = health_problems(copy.engine)
        if problems:
            raise BackupError(f"{path.name} fails its checks: {'; '.join(problems)}.")
        facts = read_facts(copy.engine)
        with copy.session() as s:
            chain = audit.verify_chain(s)
    finally:
        copy.close()
    manifest = read_manifest(path)
    if manifest is not None:
        problems = _compare(manifest.facts, facts)
        if problems:
            raise BackupError(
                f"{path.name} does not match its manifest ({'; '.join(problems)}): it was "
                "changed or replaced after it was written."
            )
    if not chain.ok:
        raise BackupError(f"{path.name}: {chain.message()}")
    return VerifyReport(path, facts, manifest, chain)


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    report: VerifyReport
    replaced: Path | None  # where the file it replaced was kept


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def restore_backup(
    backup: Path,
    target: Path,
    open_copy: Callable[[Path], Office],
    *,
    force: bool = False,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Verify the backup, copy it beside the target under a temporary name, check the
    copy's bytes, then rename it into place: the target is the old office or the restored
    one, never half of each. Over an existing file only with force; that file (and its
    -wal, -shm and key slots) is kept as `<name>.replaced-<stamp>`."""
    backup, target = Path(backup), Path(target)
    if target.is_dir():
        raise BackupError(f"{target.name} is a folder; give the office file to restore into.")
    if not target.parent.is_dir():
        raise BackupError(f"The folder for {target.name} does not exist.")
    if target.resolve() == backup.resolve():
        raise BackupError("A backup cannot be restored onto itself; choose another file.")
    exists = target.exists()
    if exists and not force:
        raise BackupError(
            f"{target.name} already exists; restore to a new name, or add --force to "
            "replace it (the replaced file is kept beside it)."
        )
    report = verify_backup(backup, open_copy)
    lock = WriterLock(target)
    if not lock.acquire():
        raise BackupError(
            f"{target.name} is open in AdvisorDesk ({lock.holder()}); close it first."
        )
    partial = target.with_name(target.name + ".restoring")
    partial_keys = keys_path(partial)
    replaced: Path | None = None
    try:
        try:
            copied = _copy_atomic(backup, partial)
            if keys_path(backup).is_file():
                _copy_atomic(keys_path(backup), partial_keys)
            if _sha256(partial) != copied:
                raise BackupError(f"The copy of {backup.name} differs from it; nothing changed.")
            if exists:
                stamp = _stamp(now or dt.datetime.now(dt.UTC))
                replaced = target.with_name(f"{target.stem}.replaced-{stamp}{target.suffix}")
                os.link(target, replaced)  # the old office stays reachable throughout
                for sfx in (*SIDECARS, KEYS_SUFFIX):
                    side = target.with_name(target.name + sfx)
                    if side.exists():
                        side.replace(replaced.with_name(replaced.name + sfx))
            os.replace(partial, target)
            if partial_keys.exists():
                os.replace(partial_keys, keys_path(target))
            sync_folder(target.parent)
        except OSError as exc:
            raise BackupError(
                f"{target.name} could not be restored ({exc.strerror}); it was not changed."
            ) from None
    finally:
        partial.unlink(missing_ok=True)
        partial_keys.unlink(missing_ok=True)
        lock.release()
    return RestoreResult(target, report, replaced)


def default_folder(office_path: Path) -> Path:
    """Beside the office: `<stem> backups/` (the backup.folder setting overrides it)."""
    return office_path.with_name(f"{office_path.stem} backups")


def configured(office: Office) -> tuple[Path, Rotation]:
    """The office's backup folder and rotation, from its settings."""
    with office.session() as s:
        settings = SettingsService(s)
        folder = settings.get("backup.folder")
        rotation = Rotation(
            settings.get("backup.keep_daily"),
            settings.get("backup.keep_weekly"),
            settings.get("backup.keep_monthly"),
        )
    return (Path(folder) if folder else default_folder(office.path)), rotation


def last_backup_at(office: Office) -> dt.datetime | None:
    folder, _ = configured(office)
    backups = list_backups(folder, office.path.name)
    return backups[0].created_at if backups else None


def counts_text(counts: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in counts.items())


def open_with_key(path: Path, key: RawKey) -> Office:
    """Open a backup read-only with the open office's key (the GUI holds no passphrase).
    A backup made under another key (before a key rotation) is refused clearly."""
    engine = make_engine(Path(path), key, read_only=True)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except SADatabaseError:
        engine.dispose()
        raise BackupError(
            f"{Path(path).name} was made under another key (before the office key was "
            "rotated); restore it with `main.py restore` and the passphrase of that time."
        ) from None
    return Office(path=Path(path), engine=engine, read_only=True, schema_revision="")


def backup_and_record(office: Office, actor: str) -> BackupResult:
    """The automatic and "Back up now" backup: into the configured folder with the
    configured rotation; then, in a writable office, an audit entry naming the file."""
    folder, rotation = configured(office)
    result = make_backup(office, folder, rotation=rotation)
    if not office.read_only:
        with office.transaction() as session:
            audit.record(
                session,
                actor,
                "backup",
                target=result.info.path.name,
                head=result.info.facts.audit_seq,
                removed=len(result.removed),
            )
    return result

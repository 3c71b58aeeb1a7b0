"""Failed unlocks slow down: a growing wait per office and user, kept outside the office.

After k failures in a row the next attempt is refused until 2**(k-1) seconds (capped at
MAX_DELAY_S) have passed since the last one; a success clears the count. The count lives
in this workstation's state folder, never in or beside the office file: a failed unlock
must leave the database (and its folder) byte for byte as it was.

What this is and is not: it slows guessing at the unlock dialog and the command line. Someone
holding a copy of the file can try passphrases offline at the speed of the key-slot KDF
(scrypt), which is what makes that slow; this counter cannot stop them.

The state file holds a hash of the office path and the user name, a count and a time;
no passphrase and nothing from the office.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from pathlib import Path

from db.atomic_file import write_atomically
from db.errors import OfficeError

log = logging.getLogger(__name__)

STATE_ENV = "ADVISORDESK_STATE_DIR"
MAX_DELAY_S = 30
FILE_NAME = "unlock-attempts.json"
LEGACY_USER = "(office passphrase)"


def _now() -> float:
    """The wall clock (tests replace this to step time forward)."""
    return time.time()


class UnlockDelayed(OfficeError):
    """Too many failed unlocks just now: wait `seconds`, then try again."""

    def __init__(self, message: str, seconds: int) -> None:
        super().__init__(message)
        self.seconds = seconds


def state_dir() -> Path:
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "AdvisorDesk"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "advisordesk"


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` failures in a row: 0, 1, 2, 4, 8, 16, 30, 30 ..."""
    if failures <= 0:
        return 0
    return min(2 ** (failures - 1), MAX_DELAY_S)


def _key(path: Path, user: str | None) -> str:
    where = hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{where}:{user or LEGACY_USER}"


def _read() -> dict[str, dict[str, float]]:
    try:
        data = json.loads((state_dir() / FILE_NAME).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write(data: dict[str, dict[str, float]]) -> None:
    folder = state_dir()
    target = folder / FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, json.dumps(data), replace=True)
    except OSError:
        # A read-only home must not stop anyone unlocking; the wait is then per process.
        log.warning("the failed-unlock counter could not be saved")


def check(path: Path, user: str | None) -> None:
    """Raise UnlockDelayed while the wait after the last failures has not passed."""
    entry = _read().get(_key(path, user))
    if not entry:
        return
    failures = int(entry.get("failures", 0))
    wait = delay_after(failures) - (_now() - float(entry.get("last", 0.0)))
    if wait > 0:
        seconds = max(1, int(wait + 0.999))
        raise UnlockDelayed(
            f"{failures} failed unlocks in a row: wait {seconds} s before trying again.",
            seconds,
        )


def failures(path: Path, user: str | None) -> int:
    entry = _read().get(_key(path, user))
    return int(entry.get("failures", 0)) if entry else 0


def record_failure(path: Path, user: str | None) -> int:
    data = _read()
    key = _key(path, user)
    count = int(data.get(key, {}).get("failures", 0)) + 1
    data[key] = {"failures": count, "last": _now()}
    _write(data)
    # who and how often, never what was typed
    log.warning(
        "failed unlock of %s as %s (%d in a row; next try in %d s)",
        Path(path).name,
        user or LEGACY_USER,
        count,
        delay_after(count),
    )
    return count


def record_success(path: Path, user: str | None) -> int:
    """Clear the count; returns how many failures there were (for the audit trail, which
    records them with the next sign-in: a failed unlock cannot write to the office)."""
    data = _read()
    entry = data.pop(_key(path, user), None)
    if entry is not None:
        _write(data)
        return int(entry.get("failures", 0))
    return 0

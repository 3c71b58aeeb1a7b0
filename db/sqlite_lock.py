"""One writing process per office file.

An advisory OS lock on `<file>.lock` (released by the kernel if the process dies, so a
killed app never leaves the office locked) plus a note of who holds it, so a second
instance can say "held by alice on WS-3 since 09:12" and offer read-only.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> bool:
        fh = self.path.open("a+", encoding="utf-8")
        try:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(
            json.dumps(
                {
                    "user": getpass.getuser(),
                    "host": socket.gethostname(),
                    "pid": os.getpid(),
                    "since": dt.datetime.now().astimezone().isoformat(timespec="minutes"),
                }
            )
        )
        fh.flush()
        self._fh = fh
        return True

    def holder(self) -> str:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return "another AdvisorDesk window"
        return f"{info.get('user', '?')} on {info.get('host', '?')} since {info.get('since', '?')}"

    def release(self) -> None:
        if self._fh is not None:
            if fcntl is not None:
                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
            try:
                self.path.unlink()
            except OSError:
                pass

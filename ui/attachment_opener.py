"""Opening an attached file in the system's viewer, and cleaning up after it.

Attachments live encrypted inside the office; a PDF viewer or an image viewer needs a real
file. So opening one decrypts it into a private folder (0700, owned by this user) under the
system temp folder, in a fresh sub-folder per file (0700, the file 0600), and hands that to
QDesktopServices. The copies are deleted when the card lets go of them (another client,
the card closing) and again when the app quits, and `sweep()` at the next start removes
anything a crash or a viewer that held the file open left behind.

This is a deliberate trade-off (docs/timeline.md): while a file is open it exists in
plaintext on this disk, readable by this user only.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.timeline import OPENED_FILES_FOLDER

log = logging.getLogger(__name__)


def private_folder(base: Path | None = None) -> Path:
    """The per-user folder for opened files, created 0700; refuses one another user owns."""
    base = Path(base or tempfile.gettempdir())
    uid = os.getuid() if hasattr(os, "getuid") else None
    name = f"{OPENED_FILES_FOLDER}-{uid}" if uid is not None else OPENED_FILES_FOLDER
    folder = base / name
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise OSError("the folder for opened files is not a plain folder")
    if uid is not None and info.st_uid != uid:
        raise OSError("the folder for opened files belongs to another user")
    if os.name == "posix" and stat.S_IMODE(info.st_mode) != 0o700:
        folder.chmod(0o700)
    return folder


def sweep(base: Path | None = None) -> int:
    """Delete every leftover opened file (at start and at exit); how many were removed."""
    try:
        folder = private_folder(base)
    except OSError:
        return 0
    removed = 0
    for child in folder.iterdir():
        with contextlib.suppress(OSError):
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
            removed += 1
    return removed


class OpenedFiles:
    """The files one card has opened; `cleanup()` deletes them."""

    def __init__(self, base: Path | None = None) -> None:
        self.base = base
        self.paths: list[Path] = []

    def write(self, filename: str, data: bytes) -> Path:
        folder = Path(tempfile.mkdtemp(dir=private_folder(self.base)))  # 0700, unique
        name = Path(filename.replace("\\", "/")).name or "attachment"
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        self.paths.append(path)
        return path

    def open(self, filename: str, data: bytes) -> Path:
        path = self.write(filename, data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def cleanup(self) -> None:
        paths, self.paths = self.paths, []
        for path in paths:
            with contextlib.suppress(OSError):
                path.unlink()
            with contextlib.suppress(OSError):
                path.parent.rmdir()

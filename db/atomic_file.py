"""Write a file so that it is either complete or absent: never half-written.

Every export, backup manifest, key-slot file and saved report goes through here. The
bytes go to a temporary name in the target's own folder (so the final rename stays on
one file system and is atomic), are flushed and fsynced, and only then renamed onto the
target. Any exception inside the block - a full disk, a cancel, a bug - removes the
temporary file and leaves the target exactly as it was.

An existing target is refused unless the caller asks to replace it (exports never
overwrite; the key-slot file and backup manifests are rewritten in place on purpose).
Lives in db/ so that db/ modules can use it too; app/ and ui/ import it from here.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

PARTIAL_SUFFIX = ".partial"


def default_partial(target: Path) -> Path:
    """The temporary name beside `target` used when the caller names none."""
    return target.with_name(target.name + PARTIAL_SUFFIX)


class TargetExists(FileExistsError):
    """`target` exists and replacing it was not asked for (an OSError, so callers that
    turn OSError into one calm line need nothing more; strerror reads as that line)."""

    def __init__(self, target: Path) -> None:
        super().__init__(errno.EEXIST, "it already exists; not overwriting it", str(target))


@contextlib.contextmanager
def atomic_write(
    target: Path,
    mode: Literal["w", "wb"] = "wb",
    *,
    replace: bool = False,
    encoding: str | None = None,
    newline: str | None = None,
    partial: Path | None = None,
) -> Iterator[IO[Any]]:
    """Yield an open file; on a clean exit it becomes `target`, on any exception nothing.

    mode "w" opens text (with `encoding` and `newline`), "wb" binary. `partial` names the
    temporary file (it must be in the target's folder); by default NAME.partial, where a
    leftover from an earlier crash is removed first. The temporary file is created
    exclusively, so a planted symlink is never written through. With replace=False an
    existing target raises TargetExists, before writing and again just before the
    rename (a file that appeared meanwhile is kept)."""
    target = Path(target)
    if not replace and target.exists():
        raise TargetExists(target)
    if partial is None:
        partial = default_partial(target)
        if partial.is_file() or partial.is_symlink():
            partial.unlink()  # left by a crash mid-write
    exclusive = "x" + mode[1:]
    created = False
    try:
        with open(partial, exclusive, encoding=encoding, newline=newline) as fh:
            created = True
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if not replace and target.exists():
            raise TargetExists(target)
        os.replace(partial, target)
        created = False
        sync_folder(target.parent)
    finally:
        if created:
            with contextlib.suppress(OSError):
                partial.unlink()


def write_atomically(
    target: Path,
    data: bytes | str,
    *,
    replace: bool = False,
    encoding: str = "utf-8",
    partial: Path | None = None,
) -> None:
    """Write `data` (bytes, or text in `encoding`) to `target` through atomic_write."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_write(target, "wb", replace=replace, partial=partial) as fh:
        fh.write(payload)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable. Windows cannot open a folder and some file
    systems cannot fsync one; the rename is atomic all the same (and already done), so a
    failure here is not an error."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

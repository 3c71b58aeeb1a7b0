"""Warn when an office file lies where SQLite's locking and WAL are not safe.

Network file systems and sync clients (which upload half-written files and restore
old copies) are the classic way to corrupt SQLite databases.
"""

from __future__ import annotations

from pathlib import Path

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "fuse.sshfs",
    "9p",
    "afs",
    "davfs",
    "fuse.rclone",
}
SYNC_MARKERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud",
    "mobile documents",
    "box sync",
    "nutstore",
    "坚果云",
    "baidunetdisk",
    "百度网盘",
    "wps cloud",
    "wpsdrive",
    "seafile",
    "nextcloud",
    "owncloud",
)


def _mount_fs_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    try:
        lines = mounts_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    target = str(path.resolve())
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if target == mount_point or target.startswith(mount_point.rstrip("/") + "/"):
            if best is None or len(mount_point) > best[0]:
                best = (len(mount_point), parts[2])
    return best[1] if best else None


def location_warnings(path: Path, mounts_file: Path = Path("/proc/mounts")) -> list[str]:
    warnings: list[str] = []
    lowered = str(path.resolve()).lower()
    if str(path).startswith("\\\\") or str(path).startswith("//"):
        warnings.append("The office file is on a network share.")
    for marker in SYNC_MARKERS:
        if marker in lowered:
            warnings.append(f"The office file is inside a cloud-sync folder ({marker}).")
            break
    fs = _mount_fs_type(path.parent, mounts_file)
    if fs in NETWORK_FS:
        warnings.append(f"The office file is on a network file system ({fs}).")
    if warnings:
        warnings.append(
            "Sync and network folders can corrupt an open database: keep the office on a local "
            "disk and use AdvisorDesk's backups to copy it elsewhere."
        )
    return warnings

"""Warn loudly when an office lies on a network share or in a cloud-sync folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.location import location_warnings
from db.office import open_office
from tests.conftest import PASSPHRASE

LOCAL_MOUNTS = "/dev/sda1 / ext4 rw,relatime 0 0\ntmpfs /tmp tmpfs rw 0 0\n"
NETWORK_MOUNTS = LOCAL_MOUNTS + (
    "//fileserver/office /mnt/office cifs rw,vers=3.0 0 0\n"
    "nas:/export/advisors /srv/advisors nfs4 rw 0 0\n"
    "/dev/sdb1 /srv/advisors/local ext4 rw 0 0\n"
    "//fileserver/Team\\040Share /mnt/team\\040share smb3 rw 0 0\n"
)


@pytest.fixture
def local_mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts-local"
    path.write_text(LOCAL_MOUNTS, encoding="utf-8")
    return path


@pytest.fixture
def network_mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts-network"
    path.write_text(NETWORK_MOUNTS, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "folder",
    [
        "Dropbox",
        "OneDrive - Acme Wealth",
        "坚果云",
        "Nutstore Files",
        "Google Drive",
        "Library/Mobile Documents/com~apple~CloudDocs",
        "BaiduNetdisk",
        "百度网盘",
    ],
)
def test_cloud_sync_folders_are_flagged(tmp_path: Path, local_mounts: Path, folder: str) -> None:
    warnings = location_warnings(tmp_path / folder / "clients" / "office.db", local_mounts)
    assert any("cloud-sync" in w for w in warnings), warnings
    assert any("local disk" in w for w in warnings)


@pytest.mark.parametrize(
    ("path", "fs"),
    [
        ("/mnt/office/office.db", "cifs"),
        ("/mnt/office/deep/er/office.db", "cifs"),
        ("/srv/advisors/office.db", "nfs4"),
        ("/mnt/team share/office.db", "smb3"),
    ],
)
def test_network_file_systems_are_flagged(network_mounts: Path, path: str, fs: str) -> None:
    warnings = location_warnings(Path(path), network_mounts)
    assert f"network file system ({fs})" in " ".join(warnings), warnings


@pytest.mark.parametrize(
    "path",
    [
        "/srv/advisors/local/office.db",  # a local disk mounted inside the share: longest wins
        "/mnt/officex/office.db",  # shares a prefix with /mnt/office but is not inside it
        "/home/advisor/AdvisorDesk/office.db",
    ],
)
def test_local_paths_next_to_shares_are_not_flagged(network_mounts: Path, path: str) -> None:
    assert location_warnings(Path(path), network_mounts) == []


def test_unc_style_path_is_a_network_share(local_mounts: Path) -> None:
    warnings = location_warnings(Path("//fileserver/office/office.db"), local_mounts)
    assert "The office file is on a network share." in warnings


def test_a_normal_local_path_has_no_warnings(tmp_path: Path, local_mounts: Path) -> None:
    assert location_warnings(tmp_path / "Documents" / "office.db", local_mounts) == []


def test_unreadable_mounts_file_is_not_an_error(tmp_path: Path) -> None:
    assert location_warnings(tmp_path / "office.db", tmp_path / "no-such-mounts") == []


def test_open_office_carries_the_warnings(tmp_path: Path, template_office_bytes: bytes) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    path = folder / "office.db"
    path.write_bytes(template_office_bytes)
    office = open_office(path, PASSPHRASE)
    try:
        assert any("cloud-sync" in w for w in office.warnings), office.warnings
    finally:
        office.close()

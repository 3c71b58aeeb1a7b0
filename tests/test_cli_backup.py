"""`backup FILE --to DIR`, `verify BACKUP`, `restore BACKUP --to FILE [--force]`: good
paths, and every bad one prints one line and changes nothing. A full disk during a backup
(a real EFBIG from RLIMIT_FSIZE in a child process) leaves earlier backups untouched."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app.backups import list_backups, manifest_path
from tests.conftest import PASSPHRASE, ROOT, sha256


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("advisordesk: "), err
    return err


def test_backup_verify_restore_round_trip(
    office_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backups"
    assert main.main(["backup", str(office_path), "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "verified: 3 clients" in out
    (backup,) = list_backups(folder)
    assert main.main(["verify", str(backup.path)]) == 0
    out = capsys.readouterr().out
    assert "integrity checks pass" in out and "Matches its manifest" in out
    target = tmp_path / "restored.db"
    assert main.main(["restore", str(backup.path), "--to", str(target)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert main.main(["check", str(target)]) == 0


def test_backup_bad_cases(
    office_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(office_path)
    assert main.main(["backup", str(office_path), "--to", str(tmp_path / "x" / "y")]) == 2
    assert "does not exist" in _one_line_error(capsys)
    assert main.main(["backup", str(tmp_path / "none.db"), "--to", str(tmp_path)]) == 2
    assert "No office file" in _one_line_error(capsys)
    assert (
        main.main(["backup", str(office_path), "--to", str(tmp_path / "b"), "--keep-daily", "-1"])
        == 2
    )
    assert "0 or more" in _one_line_error(capsys)
    assert sha256(office_path) == before and not (tmp_path / "b").exists()


def test_verify_bad_cases(
    office_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main.main(["verify", str(tmp_path / "none.db")]) == 2
    assert "no backup file" in _one_line_error(capsys)
    folder = tmp_path / "b"
    assert main.main(["backup", str(office_path), "--to", str(folder)]) == 0
    capsys.readouterr()
    (backup,) = list_backups(folder)
    body = json.loads(manifest_path(backup.path).read_text(encoding="utf-8"))
    body["audit_head"]["seq"] = 1
    manifest_path(backup.path).write_text(json.dumps(body), encoding="utf-8")
    assert main.main(["verify", str(backup.path)]) == 2
    assert "does not match its manifest" in _one_line_error(capsys)


def test_restore_bad_cases(
    office_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "b"
    assert main.main(["backup", str(office_path), "--to", str(folder)]) == 0
    capsys.readouterr()
    (backup,) = list_backups(folder)
    before = sha256(office_path)
    assert main.main(["restore", str(backup.path), "--to", str(office_path)]) == 2
    assert "--force" in _one_line_error(capsys)
    assert main.main(["restore", str(tmp_path / "none.db"), "--to", str(tmp_path / "n.db")]) == 2
    assert "no backup file" in _one_line_error(capsys)
    assert main.main(["restore", str(backup.path), "--to", str(tmp_path / "no" / "n.db")]) == 2
    assert "does not exist" in _one_line_error(capsys)
    assert sha256(office_path) == before
    assert main.main(["restore", str(backup.path), "--to", str(office_path), "--force"]) == 0
    assert "kept as office.replaced-" in capsys.readouterr().out
    (kept,) = tmp_path.glob("office.replaced-*.db")
    assert sha256(kept) == before


FULL_DISK_CHILD = """
import resource, signal, sys
sys.path.insert(0, {root!r})
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
import main
sys.exit(main.main(["backup", {office!r}, "--to", {folder!r}]))
"""


def test_a_full_disk_leaves_earlier_backups_untouched_and_says_so(
    office_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backups"
    assert main.main(["backup", str(office_path), "--to", str(folder)]) == 0
    capsys.readouterr()
    earlier = {p.name: sha256(p) for p in folder.iterdir()}
    limit = office_path.stat().st_size // 2  # room for half a copy, then the disk is "full"
    code = FULL_DISK_CHILD.format(
        root=str(ROOT), limit=limit, office=str(office_path), folder=str(folder)
    )
    env = {**os.environ, main.PASSPHRASE_ENV: PASSPHRASE}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.strip()
    assert err.count("\n") == 0 and "could not be written" in err
    assert "Earlier backups were not touched" in err
    assert {p.name: sha256(p) for p in folder.iterdir()} == earlier  # nothing new, nothing lost
    assert len(list_backups(folder)) == 1


def test_the_rlimit_really_fails_writes() -> None:
    """The simulation itself: past the limit a write raises EFBIG instead of succeeding."""
    code = (
        "import resource, signal\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))\n"
        "import os, tempfile\n"
        "fd, name = tempfile.mkstemp()\n"
        "try:\n"
        "    os.write(fd, b'x' * 2000)\n"
        "    os.write(fd, b'x' * 2000)\n"
        "except OSError as e:\n"
        "    print(e.errno)\n"
        "finally:\n"
        "    os.unlink(name)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    import errno

    assert out.stdout.strip() == str(errno.EFBIG)
    assert signal.SIGXFSZ and resource.RLIMIT_FSIZE  # both exist on this platform

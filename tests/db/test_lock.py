"""One writing process per office: the second is told who holds it and may read only."""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from db.errors import OfficeLocked
from db.models import Client
from db.office import open_office
from tests.conftest import PASSPHRASE, ROOT, TEMPLATE_CLIENTS, sha256, sidecars

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from db.office import open_office
    office = open_office(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
    print("ready", flush=True)
    sys.stdin.readline()  # hold the office until told to close
    office.close()
    print("closed", flush=True)
    """
)


@pytest.fixture
def holder(office_path: Path):  # type: ignore[no-untyped-def]
    """Another process that has the office open for writing."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(office_path), str(ROOT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSPHRASE + "\n")  # never on the command line
    proc.stdin.flush()
    line = proc.stdout.readline()
    assert line == "ready\n", proc.stderr.read() if proc.stderr else line
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


def release(proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.stdout.readline() == "closed\n"
    assert proc.wait(timeout=10) == 0


def lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def test_second_writer_in_another_process_is_told_who_holds_the_office(
    office_path: Path, holder
) -> None:
    with pytest.raises(OfficeLocked) as info:
        open_office(office_path, PASSPHRASE)
    message = str(info.value)
    assert getpass.getuser() in message
    assert socket.gethostname() in message
    assert office_path.name in message and "read-only" in message
    assert "\n" not in message and PASSPHRASE not in message
    assert lock_file(office_path).exists(), "a refused open must not remove the holder's lock"


def test_read_only_while_another_process_writes(office_path: Path, holder) -> None:
    office = open_office(office_path, PASSPHRASE, on_locked="read_only")
    try:
        assert office.read_only
        assert any("read-only" in w and getpass.getuser() in w for w in office.warnings)
        with office.transaction() as s:
            assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS
        with pytest.raises(OperationalError, match="readonly"):
            with office.transaction() as s:
                s.add(Client(legal_name="Should Not Land", sort_name="should not land"))
        with office.transaction() as s:  # the failed write left the office usable
            assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS
    finally:
        office.close()
    release(holder)
    assert sidecars(office_path) == []
    assert not lock_file(office_path).exists()
    # Now free: a writer gets in and finds nothing from the refused write.
    office = open_office(office_path, PASSPHRASE)
    try:
        assert not office.read_only
        with office.transaction() as s:
            assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS
    finally:
        office.close()


def test_a_killed_holder_does_not_leave_the_office_locked(office_path: Path, holder) -> None:
    with pytest.raises(OfficeLocked):
        open_office(office_path, PASSPHRASE)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    assert lock_file(office_path).exists()  # stale note, but the OS lock died with it
    office = open_office(office_path, PASSPHRASE)
    try:
        assert not office.read_only and office.warnings == []
    finally:
        office.close()


def test_two_opens_in_one_process_conflict_too(office_path: Path) -> None:
    """flock belongs to the open file description, so even a second window of the same
    process is refused."""
    first = open_office(office_path, PASSPHRASE)
    try:
        with pytest.raises(OfficeLocked):
            open_office(office_path, PASSPHRASE)
        reader = open_office(office_path, PASSPHRASE, on_locked="read_only")
        try:
            assert reader.read_only
            with first.transaction() as s:
                s.add(Client(legal_name="Written By First", sort_name="written by first"))
            with reader.transaction() as s:  # the reader sees committed writes
                assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS + 1
        finally:
            reader.close()
        # Closing the reader must not disturb the writer's WAL.
        with first.transaction() as s:
            s.add(Client(legal_name="After Reader Closed", sort_name="after reader closed"))
    finally:
        first.close()
    assert not lock_file(office_path).exists()
    assert sidecars(office_path) == []
    second = open_office(office_path, PASSPHRASE)
    try:
        with second.transaction() as s:
            assert s.scalar(select(func.count(Client.id))) == TEMPLATE_CLIENTS + 2
    finally:
        second.close()


def test_explicit_read_only_takes_no_lock_and_changes_nothing(office_path: Path) -> None:
    before = sha256(office_path)
    reader = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        assert not lock_file(office_path).exists()
        writer = open_office(office_path, PASSPHRASE)  # a reader does not block a writer
        writer.close()
    finally:
        reader.close()
    assert sha256(office_path) == before
    assert sidecars(office_path) == []

"""Killing the process at any moment loses no committed transaction.

A child process makes a long batch of small committed writes (audit entries, and every
fifth a client row) and prints each one's id only after its commit returned. The
parent SIGKILLs it at a random moment, 20 times; after each kill every acknowledged write
is in the office, the audit chain verifies, and the cipher and SQLite checks pass."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select as sql_select

from app import audit
from db.models import Client
from db.models_audit import AuditEntry
from db.office import integrity_report, open_office
from tests.conftest import PASSPHRASE, ROOT

KILLS = 20

WRITER = """
import sys
sys.path.insert(0, {root!r})
from app import audit
from db.models import Client
from db.office import open_office

office = open_office({path!r}, {passphrase!r})
print("ready", flush=True)
n = 0
while True:
    n += 1
    with office.transaction() as s:
        if n % 5 == 0:
            row = Client(legal_name=f"Crash {{n}}", sort_name=f"crash {{n}}")
            s.add(row)
            s.flush()
            ack = f"c{{row.id}}"
        else:
            ack = f"a{{audit.record(s, 'crash', 'card_opened', target=f'write {{n}}')}}"
    print(ack, flush=True)
"""


def _read_acks(proc: subprocess.Popen[str], rng: random.Random) -> list[str]:
    """Read acknowledgements until a random moment, kill, then drain what was printed."""
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    assert first == "ready", first
    acks: list[str] = []
    deadline = time.monotonic() + rng.uniform(0.02, 0.25)
    fd = proc.stdout.fileno()
    buffer = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            chunk = os.read(fd, 65536).decode()
            if not chunk:
                break
            buffer += chunk
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    while True:  # whatever was printed before the kill was acknowledged
        chunk = os.read(fd, 65536).decode()
        if not chunk:
            break
        buffer += chunk
    lines = buffer.split("\n")
    acks = [line for line in lines[:-1] if line]  # the last piece may be cut mid-line
    return acks


def test_twenty_kills_lose_no_acknowledged_write(office_path: Path) -> None:
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    code = WRITER.format(root=str(ROOT), path=str(office_path), passphrase=PASSPHRASE)
    total_acks = 0
    for kill in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        try:
            acks = _read_acks(proc, rng)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL, f"kill {kill}: the writer died on its own"
        total_acks += len(acks)
        office = open_office(office_path, PASSPHRASE)
        try:
            with office.session() as s:
                seqs = set(s.scalars(sql_select(AuditEntry.seq)))
                clients = set(s.scalars(sql_select(Client.id)))
                chain = audit.verify_chain(s)
            report = integrity_report(office)
        finally:
            office.close()
        for ack in acks:
            kind, number = ack[0], int(ack[1:])
            assert number in (seqs if kind == "a" else clients), f"kill {kill}: lost {ack}"
        assert chain.ok, f"kill {kill}: {chain.message()}"
        assert report["ok"], f"kill {kill}: {report['problems']}"
    assert total_acks >= KILLS  # the kills landed during real work

"""`audit verify FILE`: exit 0 for an intact chain; an edited, a deleted and a reordered
entry made through raw SQL (triggers dropped first) are each named by sequence number;
anchors from a pack footer or a backup folder catch a cut or rewritten chain."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from app import audit
from db.office import open_office
from tests.conftest import PASSPHRASE


@pytest.fixture
def chained(office_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The template office (3 client_created entries) plus 7 card openings: 10 entries."""
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            for i in range(7):
                audit.record(s, "alice", "card_opened", client_id=1 + i % 3)
    finally:
        office.close()
    return office_path


def _attack(path: Path, *sql: str) -> None:
    office = open_office(path, PASSPHRASE)
    try:
        with office.engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
            for statement in sql:
                conn.exec_driver_sql(statement)
    finally:
        office.close()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main.main(["audit", "verify", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip()


def test_an_intact_chain_exits_0(chained: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(chained))
    assert code == 0 and "intact: 10 entries" in out


@pytest.mark.parametrize(
    ("attack", "seq", "words"),
    [
        (("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 6",), 6, "altered"),
        (("DELETE FROM audit_entry WHERE seq = 4",), 4, "missing"),
        (
            (
                "UPDATE audit_entry SET seq = -1 WHERE seq = 7",
                "UPDATE audit_entry SET seq = 7 WHERE seq = 8",
                "UPDATE audit_entry SET seq = 8 WHERE seq = -1",
            ),
            7,
            "does not link",
        ),
    ],
    ids=["edited", "deleted", "reordered"],
)
def test_tampering_is_named_by_seq(
    chained: Path,
    capsys: pytest.CaptureFixture[str],
    attack: tuple[str, ...],
    seq: int,
    words: str,
) -> None:
    _attack(chained, *attack)
    code, out, err = _run(capsys, str(chained))
    assert code == 1 and out == ""
    assert err == err.strip() and err.count("\n") == 0
    assert f"broken at entry {seq}:" in err and words in err


def test_an_anchor_from_a_pack_footer_catches_a_cut_tail(
    chained: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = open_office(chained, PASSPHRASE, read_only=True)
    with office.session() as s:
        seq, prefix = audit.chain_head(s)
    office.close()
    _attack(chained, "DELETE FROM audit_entry WHERE seq > 8")
    assert _run(capsys, str(chained))[0] == 0  # the chain alone looks fine ...
    code, _, err = _run(capsys, str(chained), "--anchor", f"{seq}:{prefix}")
    assert code == 1 and f"broken at entry {seq}" in err and "older copy" in err


def test_backups_are_anchors(
    chained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backups"
    assert main.main(["backup", str(chained), "--to", str(folder)]) == 0
    capsys.readouterr()
    code, out, _ = _run(capsys, str(chained), "--backups", str(folder))
    assert code == 0 and "All 1 anchors" in out
    # the office is put back to an older state: its newest entries vanish
    _attack(chained, "DELETE FROM audit_entry WHERE seq > 5")
    code, _, err = _run(capsys, str(chained), "--backups", str(folder))
    assert code == 1 and "broken at entry 10" in err and "backup office-" in err


def test_bad_arguments(chained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, str(chained), "--anchor", "12")
    assert code == 2 and "SEQ:HASH" in err and err.count("\n") == 0
    code, _, err = _run(capsys, str(chained), "--backups", str(tmp_path / "none"))
    assert code == 2 and "does not exist" in err
    code, _, err = _run(capsys, str(tmp_path / "none.db"))
    assert code == 2 and "No office file" in err

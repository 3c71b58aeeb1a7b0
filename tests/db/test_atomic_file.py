"""db/atomic_file.py: the target is complete or absent, never half-written, and an
existing target is replaced only when asked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db.atomic_file import TargetExists, atomic_write, write_atomically


class Boom(Exception):
    pass


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_text_and_bytes(tmp_path: Path) -> None:
    with atomic_write(tmp_path / "a.csv", "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("名字\r\n")
    write_atomically(tmp_path / "b.bin", b"\x00\x01")
    write_atomically(tmp_path / "c.json", '{"k": "值"}\n')
    assert (tmp_path / "a.csv").read_bytes() == "\ufeff名字\r\n".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "c.json").read_text(encoding="utf-8") == '{"k": "值"}\n'
    assert names(tmp_path) == ["a.csv", "b.bin", "c.json"]


def test_an_exception_mid_write_leaves_no_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(Boom), atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write("half of it")
        fh.flush()
        assert (tmp_path / "out.csv.partial").exists()  # really written meanwhile
        raise Boom
    assert names(tmp_path) == []


def test_an_exception_keeps_an_existing_target_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "slots"
    target.write_bytes(b"old")
    with pytest.raises(Boom), atomic_write(target, replace=True) as fh:
        fh.write(b"new but unfinished")
        raise Boom
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["slots"]


def test_an_existing_target_is_refused_unless_replace_is_asked(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(TargetExists, match="already exists"):
        write_atomically(target, b"theirs")
    assert target.read_bytes() == b"mine"
    write_atomically(target, b"theirs", replace=True)
    assert target.read_bytes() == b"theirs"
    assert names(tmp_path) == ["report.pdf"]


def test_a_target_that_appears_meanwhile_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    with pytest.raises(TargetExists), atomic_write(target) as fh:
        fh.write(b"ours")
        target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's"
    assert names(tmp_path) == ["pack.pdf"]


def test_a_crash_leftover_temp_is_replaced_and_a_planted_link_not_followed(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt.partial").write_bytes(b"left by a crash")
    write_atomically(tmp_path / "a.txt", "fresh")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "fresh"
    victim = tmp_path / "victim"
    victim.write_bytes(b"untouched")
    os.symlink(victim, tmp_path / "b.txt.partial")
    write_atomically(tmp_path / "b.txt", "fresh")
    assert victim.read_bytes() == b"untouched"
    assert names(tmp_path) == ["a.txt", "b.txt", "victim"]


def test_an_unwritable_temp_name_fails_and_leaves_it_alone(tmp_path: Path) -> None:
    (tmp_path / "x.db.partial").mkdir()  # cannot be opened as a file
    with pytest.raises(OSError):
        write_atomically(tmp_path / "x.db", b"data")
    assert names(tmp_path) == ["x.db.partial"]


def test_a_named_temp_file_is_used_and_cleaned(tmp_path: Path) -> None:
    temp = tmp_path / ".mine-1234-p.pdf.partial"
    with pytest.raises(Boom), atomic_write(tmp_path / "p.pdf", partial=temp) as fh:
        fh.write(b"x")
        assert temp.exists()
        raise Boom
    assert names(tmp_path) == []
    write_atomically(tmp_path / "p.pdf", b"pdf", partial=temp)
    assert names(tmp_path) == ["p.pdf"]


def test_a_missing_folder_is_an_os_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nope" / "a.txt", "x")
    assert names(tmp_path) == []

"""Every printed pack carries the audit chain's head in its footer (read back with
poppler), printing is recorded, and the footer is an anchor `audit verify` checks: an
office rolled back to a copy older than the pack is named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import main
from app import audit
from app.backups import make_backup
from app.review_pack import PackOptions, save_pack
from db.office import open_office
from tests.conftest import PASSPHRASE
from tests.pdf_tools import pdf_text


def test_the_footer_is_the_head_and_an_anchor(
    office_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    office = open_office(office_path, PASSPHRASE)
    try:
        older = make_backup(office, tmp_path / "backups").info.path
        with office.transaction() as s:  # the office works on after its backup
            audit.record(s, "li.na", "card_opened", 1)
            audit.record(s, "li.na", "card_opened", 2)
        with office.session() as s:
            seq, prefix = audit.chain_head(s)
        pdf = tmp_path / "pack.pdf"
        with office.transaction() as s:
            save_pack(s, 1, pdf, PackOptions(language="en"), "chen.jing")
        with office.session() as s:
            (entry,) = audit.page(s, audit.AuditFilter(action="pack"), None, 5)
    finally:
        office.close()
    assert entry.actor == "chen.jing" and entry.client_id == 1
    assert entry.detail["language"] == "en" and entry.detail["sections"]
    text = "".join(pdf_text(pdf).split())
    found = re.search(r"Audit(\d+):([0-9a-f]{16})", text)
    assert found and (int(found[1]), found[2]) == (seq, prefix)
    anchor = f"{found[1]}:{found[2]}"
    assert main.main(["audit", "verify", str(office_path), "--anchor", anchor]) == 0
    # the office is put back to the backup taken before that: its chain ends too early
    assert main.main(["restore", str(older), "--to", str(office_path), "--force"]) == 0
    capsys.readouterr()
    assert main.main(["audit", "verify", str(office_path), "--anchor", anchor]) == 1
    err = capsys.readouterr().err
    assert f"broken at entry {seq}" in err and "older copy" in err
    # ... and once it has been written to again, the entries at the footer's seq differ
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            for _ in range(3):
                audit.record(s, "mallory", "card_opened", 2)
    finally:
        office.close()
    assert main.main(["audit", "verify", str(office_path), "--anchor", anchor]) == 1
    err = capsys.readouterr().err
    assert f"broken at entry {seq}" in err and "rewritten" in err


def test_an_explicit_footer_note_is_kept(office_path: Path, tmp_path: Path) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            save_pack(s, 1, tmp_path / "p.pdf", PackOptions(footer_note="Draft for Li"), "x")
    finally:
        office.close()
    text = pdf_text(tmp_path / "p.pdf")
    assert "Draft for Li" in text and "Audit " not in text

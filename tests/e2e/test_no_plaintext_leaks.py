"""No plaintext leaks: a canary ID number goes through a session of typical actions —
create, edit, search, open the card, reveal, export, back up, restore — and is then looked
for, in plain text and in UTF-16, in the office file, its -wal, the temp folder, the logs,
the backups and the exported files' names. It must be nowhere but inside the encryption
and in the one file the user explicitly exported."""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import audit, log_privacy
from app.backups import make_backup, restore_backup
from app.cards import ClientCard, DocumentData, EmailData, PhoneData
from app.client_list import ClientListService, ListQuery
from app.clients import ClientService
from app.subject_export import export_subject
from app.validation import prc_id_checksum_char
from db.office import Office, create_office, open_office
from tests.sqlcipher_pages import where_found

PASSPHRASE = "canary office passphrase 42"
FIRST17 = "37021119830917" + "642"
CANARY = FIRST17 + prc_id_checksum_char(FIRST17)
CANARY_PHONE = "+8613700246813"


def _forms(text: str) -> dict[str, bytes]:
    return {
        "utf-8": text.encode("utf-8"),
        "utf-16-le": text.encode("utf-16-le"),
        "utf-16-be": text.encode("utf-16-be"),
    }


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _hits(paths: list[Path], needles: dict[str, bytes]) -> list[str]:
    out = []
    for path in paths:
        data = path.read_bytes()
        out += [f"{path.name} ({form})" for form, needle in needles.items() if needle in data]
    return out


@pytest.fixture
def session_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """A private temp folder (TMPDIR and tempfile's), a debug-level log file with the
    privacy filter installed as the app installs it, and the SQL log switched on."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    log_path = tmp_path / "logs" / "advisordesk.log"
    log_path.parent.mkdir()
    handler = logging.FileHandler(log_path, encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    factory = logging.getLogRecordFactory()
    log_privacy.install()
    try:
        yield {"temp": temp, "log": log_path, "root": tmp_path}
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
        logging.setLogRecordFactory(factory)
        log_privacy._installed = None


def _typical_session(office: Office, root: Path) -> dict[str, Path]:
    with office.transaction() as s:
        cid = ClientService(s, actor="alice").create(
            ClientCard(
                legal_name="Canary Client",
                chinese_name="金丝雀",
                documents=[DocumentData("prc_id", CANARY)],
                phones=[PhoneData(CANARY_PHONE)],
                emails=[EmailData("canary@example.org")],
            )
        )
    with office.transaction() as s:  # edit
        svc = ClientService(s, actor="alice")
        card = svc.load(cid)
        svc.save(dataclasses.replace(card, occupation="Pilot"))
    with office.session() as s:  # search by name and by the ID number's last digits
        lister = ClientListService(s)
        assert [r.id for r in lister.page(ListQuery(text="金丝雀"))] == [cid]
        assert cid in [r.id for r in lister.page(ListQuery(text=CANARY[-4:]))]
    with office.session() as s:  # open the card
        ClientService(s, actor="alice").load(cid)
    audit.record_card_opened(office, "alice", cid)
    with office.transaction() as s:  # reveal
        doc_id = ClientService(s, actor="alice").load(cid).documents[0].id
        assert doc_id is not None
        assert ClientService(s, actor="alice").reveal_document(cid, doc_id, "KYC") == CANARY
    # a careless log line anywhere in the code
    logging.getLogger("app.somewhere").warning("revealed %s for %s", CANARY, CANARY_PHONE)
    exports = root / "exports"
    exports.mkdir()
    with office.transaction() as s:
        export_subject(s, cid, exports, actor="alice")
    backups = root / "backups"
    backup = make_backup(office, backups).info.path
    return {"exports": exports, "backups": backups, "backup": backup}


def test_the_canary_is_nowhere_in_plaintext(session_env: dict[str, Path]) -> None:
    root = session_env["root"]
    office_path = root / "office.db"
    office = create_office(office_path, PASSPHRASE)
    try:
        made = _typical_session(office, root)
        wal = office_path.with_name("office.db-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the -wal is checked while it is live
        needles = _forms(CANARY)
        # proof the search would find it: it is really in the decrypted pages
        assert where_found(office_path, PASSPHRASE, {"canary": CANARY.encode()})["canary"]
        assert _hits([office_path, wal], needles) == []
    finally:
        office.close()
    restored = root / "restored.db"
    restore_backup(
        made["backup"],
        restored,
        lambda p: open_office(p, PASSPHRASE, read_only=True, migrate_schema=False),
    )
    assert _hits([office_path, restored], needles) == []
    assert _hits(_files(made["backups"]), needles) == []
    assert _hits(_files(session_env["temp"]), needles) == []
    log_text = session_env["log"].read_bytes()
    assert b"revealed 3702" in log_text  # the careless line was logged, masked
    assert _hits([session_env["log"]], needles | _forms(CANARY_PHONE)) == []
    # exported files: the user asked for the contents, but no name carries the number
    names = [p.name for p in _files(made["exports"])]
    assert names and not any(CANARY in n or CANARY[-6:] in n for n in names)
    # and nothing else was written beside the office in plain text
    beside = [p for p in root.iterdir() if p.is_file()]
    assert _hits(beside, needles) == []

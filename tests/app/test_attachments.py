"""Attachments live inside the encrypted office: size limit, SHA-256 in and out, no
plaintext on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.attachments import (
    AttachmentErased,
    AttachmentError,
    AttachmentIntegrityError,
    AttachmentService,
)
from app.settings import SettingsService
from db.models import Attachment
from db.office import Office

MARKER = b"PLAINTEXT-SCAN-MARKER-7f3a9c"


def test_bytes_round_trip_with_their_sha256(office: Office) -> None:
    data = b"%PDF-1.4\n" + MARKER + bytes(range(256)) * 40
    with office.transaction() as s:
        info = AttachmentService(s, actor="Li Ming").add(1, "C:\\scans\\签字同意书.pdf", data)
    assert info.filename == "签字同意书.pdf"  # only the name, never the sender's folders
    assert info.mime == "application/pdf"
    assert info.size == len(data)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.created_by == "Li Ming" and info.created_at.tzinfo is not None
    with office.session() as s:
        svc = AttachmentService(s)
        assert svc.read(info.id) == data
        assert [a.id for a in svc.for_client(1)] == [info.id]
        assert svc.info(info.id) == info


def test_nothing_readable_reaches_the_disk(office: Office) -> None:
    with office.transaction() as s:
        AttachmentService(s).add(1, "scan.png", MARKER * 100)
    folder = office.path.parent
    office.close()
    for path in folder.iterdir():
        assert MARKER not in path.read_bytes(), path.name


def test_the_size_limit_is_an_office_setting(office: Office, tmp_path: Path) -> None:
    with office.transaction() as s:
        assert AttachmentService(s).max_bytes() == 25 * 1024 * 1024
        SettingsService(s).set("attachments.max_bytes", 1024 * 1024)
    with office.transaction() as s:
        AttachmentService(s).add(1, "exact.bin", b"x" * (1024 * 1024))
    with office.transaction() as s:
        with pytest.raises(AttachmentError) as info:
            AttachmentService(s).add(1, "big.tif", b"x" * (1024 * 1024 + 1))
    assert "big.tif is 1.0 MB, larger than the office's limit of 1.0 MB" in str(info.value)
    big = tmp_path / "huge.pdf"
    big.write_bytes(b"y" * (3 * 1024 * 1024))
    with office.transaction() as s:
        with pytest.raises(AttachmentError, match=r"huge\.pdf is 3\.0 MB"):
            AttachmentService(s).add_file(1, big)
    with office.session() as s:
        assert s.scalar(select(func.count(Attachment.id))) == 1


def test_bad_files_get_clear_messages(office: Office, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    good = tmp_path / "form.jpg"
    good.write_bytes(b"\xff\xd8\xff jpeg")
    with office.transaction() as s:
        svc = AttachmentService(s)
        with pytest.raises(AttachmentError, match=r"empty\.pdf is empty"):
            svc.add_file(1, empty)
        with pytest.raises(AttachmentError, match=r"missing\.pdf cannot be read"):
            svc.add_file(1, tmp_path / "missing.pdf")
        with pytest.raises(AttachmentError, match="is a folder"):
            svc.add_file(1, tmp_path)
        with pytest.raises(AttachmentError, match="needs a name"):
            svc.add(1, "", b"x")
        with pytest.raises(LookupError):
            svc.add(9999, "a.pdf", b"x")
        info = svc.add_file(1, good)
        assert (info.filename, info.mime) == ("form.jpg", "image/jpeg")
        assert svc.add(None, "office-template.docx", b"x").client_id is None


def test_altered_bytes_are_refused_on_read(office: Office) -> None:
    with office.transaction() as s:
        aid = AttachmentService(s).add(1, "form.pdf", b"signed original").id
    with office.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE attachment SET data = ? WHERE id = ?", (b"signed forgery!", aid)
        )
    with office.session() as s:
        with pytest.raises(AttachmentIntegrityError, match=r"form\.pdf"):
            AttachmentService(s).read(aid)


def test_an_erased_file_says_so_instead_of_crying_tampering(office: Office) -> None:
    with office.transaction() as s:
        aid = AttachmentService(s).add(1, "form.pdf", b"signed original").id
    with office.engine.begin() as conn:  # what an erasure leaves behind
        conn.exec_driver_sql("UPDATE attachment SET data = ? WHERE id = ?", (b"", aid))
    with office.session() as s:
        with pytest.raises(AttachmentErased, match="erased at the client's request"):
            AttachmentService(s).read(aid)

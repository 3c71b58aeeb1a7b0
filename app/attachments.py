"""Files kept inside the encrypted office: scanned consent forms now, timeline files later.

The bytes go straight from memory into the SQLCipher database, so they are encrypted
with everything else and travel with backups; nothing is written beside the office, not
even a temporary copy. Reading hands back bytes (the UI may show them from memory); the
SHA-256 taken on the way in is checked on the way out.

The caller owns the Session; nothing here commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.settings import SettingsService
from db.models import Attachment, Client


class AttachmentError(ValueError):
    """A file that cannot be attached (too large, empty, unreadable); the message says why."""


class AttachmentErased(LookupError):
    """The file was erased at the client's request (app/erasure.py empties the bytes)."""


class AttachmentIntegrityError(Exception):
    """Stored bytes no longer match the SHA-256 taken when they were attached."""


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    client_id: int | None
    filename: str
    mime: str
    size: int
    sha256: str
    created_at: dt.datetime
    created_by: str


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


class AttachmentService:
    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    def max_bytes(self) -> int:
        return int(SettingsService(self.session).get("attachments.max_bytes"))

    def _check_size(self, size: int, filename: str) -> None:
        limit = self.max_bytes()
        if size == 0:
            raise AttachmentError(f"{filename} is empty; choose the scanned file itself.")
        if size > limit:
            raise AttachmentError(
                f"{filename} is {_megabytes(size)}, larger than the office's limit of "
                f"{_megabytes(limit)}. Scan at a lower resolution or split the file."
            )

    def add(
        self, client_id: int | None, filename: str, data: bytes, mime: str | None = None
    ) -> AttachmentInfo:
        """Store `data` under `filename` (only its last path part is kept)."""
        name = PurePath(filename.replace("\\", "/")).name.strip()
        if not name:
            raise AttachmentError("The file needs a name.")
        name = name[-255:]
        self._check_size(len(data), name)
        if client_id is not None and self.session.get(Client, client_id) is None:
            raise LookupError(f"Client {client_id} does not exist (it may have been removed).")
        if not mime:
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        row = Attachment(
            client_id=client_id,
            filename=name,
            mime=mime[:100],
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=bytes(data),
            created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            created_by=self.actor,
        )
        self.session.add(row)
        self.session.flush()
        return self._info(row)

    def add_file(
        self, client_id: int | None, path: Path, mime: str | None = None
    ) -> AttachmentInfo:
        """Read a file (e.g. a scan) into the office; the size is checked before reading."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError:
            raise AttachmentError(f"{path.name} cannot be read; check that it exists.") from None
        if path.is_dir():
            raise AttachmentError(f"{path.name} is a folder; choose a file.")
        self._check_size(size, path.name)
        try:
            data = path.read_bytes()
        except OSError:
            raise AttachmentError(f"{path.name} cannot be read; check its permissions.") from None
        return self.add(client_id, path.name, data, mime)

    def info(self, attachment_id: int) -> AttachmentInfo:
        row = self.session.get(Attachment, attachment_id)
        if row is None:
            raise LookupError(f"Attachment {attachment_id} does not exist.")
        return self._info(row)

    def infos(self, attachment_ids: list[int]) -> list[AttachmentInfo]:
        """Several at once, in id order, in one query (ids that do not exist are skipped)."""
        rows = self.session.scalars(
            select(Attachment).where(Attachment.id.in_(attachment_ids)).order_by(Attachment.id)
        )
        return [self._info(r) for r in rows]

    def for_client(self, client_id: int) -> list[AttachmentInfo]:
        rows = self.session.scalars(
            select(Attachment).where(Attachment.client_id == client_id).order_by(Attachment.id)
        )
        return [self._info(r) for r in rows]

    def read(self, attachment_id: int) -> bytes:
        """The bytes as attached; refuses bytes that no longer match their SHA-256."""
        row = self.session.get(Attachment, attachment_id)
        if row is None:
            raise LookupError(f"Attachment {attachment_id} does not exist.")
        data = bytes(row.data)
        if not data and row.size:
            raise AttachmentErased(
                "This file was erased at the client's request; only the record that it "
                "existed remains."
            )
        if hashlib.sha256(data).hexdigest() != row.sha256 or len(data) != row.size:
            raise AttachmentIntegrityError(
                f"The stored copy of {row.filename} does not match its fingerprint; restore "
                "the office from a backup."
            )
        return data

    @staticmethod
    def _info(row: Attachment) -> AttachmentInfo:
        created = row.created_at
        if created.tzinfo is None:
            created = created.replace(tzinfo=dt.UTC)
        return AttachmentInfo(
            row.id,
            row.client_id,
            row.filename,
            row.mime,
            row.size,
            row.sha256,
            created,
            row.created_by,
        )

"""Errors that reach the user as one clear line.

Every message says what is wrong and what to do. None of them may include a passphrase,
an identity number or file content: they are shown in dialogs and printed on stderr.
"""

from __future__ import annotations


class OfficeError(Exception):
    """Base for failures opening or using an office file; str() is the user-facing line."""


class OfficeNotFound(OfficeError):
    pass


class OfficeIsDirectory(OfficeError):
    pass


class WrongPassphrase(OfficeError):
    pass


class PlainSqliteFile(OfficeError):
    pass


class DamagedOffice(OfficeError):
    pass


class NewerSchema(OfficeError):
    pass


class OfficeLocked(OfficeError):
    pass


class ConflictError(Exception):
    """A save based on a stale version: someone else saved this record first."""

    def __init__(self, entity: str, entity_id: int) -> None:
        super().__init__(
            f"This {entity} was changed elsewhere since you opened it. "
            "Your edits are kept on screen; reload to see the other change, then apply yours again."
        )
        self.entity = entity
        self.entity_id = entity_id

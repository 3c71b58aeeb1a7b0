"""User accounts: adding staff, roles, passphrases, removal, client sharing, key rotation.

Each account is a row in user_account (db/models_security.py) plus a key slot in the
slot file beside the office (db/key_slots.py). The service changes both inside the
caller's transaction: the slot file is written before the commit, so a failed write rolls
the row back; a failed commit after it leaves at worst a slot whose user the office
refuses (db.office refuses names without an active row).

Only an admin manages users (app/access.py), except that everyone may change their own
passphrase once they prove the current one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import access, audit
from app.access import PermissionDenied
from app.settings import SettingsService
from app.validation import FieldError, ValidationError
from db.key_rotation import OfficeKeys
from db.models import Client
from db.models_security import ROLES, ClientShare, UserAccount
from db.office import Office

MIN_PASSPHRASE = 10
MAX_NAME = 100
REKEY_DUE = "security.rekey_due"


@dataclass(frozen=True)
class UserRow:
    name: str
    display_name: str
    role: str
    active: bool
    shared_clients: int
    version: int


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _check_passphrase(passphrase: str, field: str = "passphrase") -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            [
                FieldError(
                    field, f"Use at least {MIN_PASSPHRASE} characters (a few words work well)."
                )
            ]
        )


def _check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError([FieldError("name", "Enter the user's name.")])
    if len(cleaned) > MAX_NAME:
        raise ValidationError([FieldError("name", f"Use at most {MAX_NAME} characters.")])
    return cleaned


def _permission_change(session: Session, actor: str, change: str, user: str, **detail: str) -> None:
    """Key changes the rows do not show (a passphrase, the office key) into the audit
    chain. Users added, roles, removals and sharing are recorded by app/audit_permissions.py's
    listener from the rows themselves. Names only, never a passphrase."""
    audit.record(session, actor, "permission_change", target=user, change=change, **detail)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError([FieldError("role", f"Choose one of: {', '.join(ROLES)}.")])


class UserService:
    def __init__(self, session: Session, keys: OfficeKeys) -> None:
        self.session = session
        self.keys = keys

    # --- reading -------------------------------------------------------------------

    def list(self) -> list[UserRow]:
        access.require(self.session, access.USERS)
        shares = (
            select(ClientShare.user_id, func.count().label("n"))
            .group_by(ClientShare.user_id)
            .subquery()
        )
        rows = self.session.execute(
            select(UserAccount, func.coalesce(shares.c.n, 0))
            .outerjoin(shares, shares.c.user_id == UserAccount.id)
            .order_by(UserAccount.active.desc(), UserAccount.name)
        ).all()
        return [
            UserRow(u.name, u.display_name, u.role, u.active, int(n), u.version) for u, n in rows
        ]

    def _get(self, name: str) -> UserAccount:
        row = self.session.scalar(select(UserAccount).where(UserAccount.name == name))
        if row is None:
            raise LookupError(f"There is no user called {name}.")
        return row

    def rekey_due(self) -> bool:
        """A user was removed since the key last changed: an old copy of the slot file
        would still let them in until the key is rotated."""
        return bool(SettingsService(self.session).get(REKEY_DUE))

    # --- changing --------------------------------------------------------------------

    def setup(self, admin_name: str) -> str:
        """Give an office opened with one shared passphrase user accounts: the first
        admin signs in with that same passphrase (and can change it afterwards). Rekeys
        the file, so run it outside any other transaction (see rotate_key). Returns the
        admin's name as stored."""
        access.require(self.session, access.USERS)
        if self.keys.enabled:
            raise ValidationError([FieldError("name", "This office already has user accounts.")])
        name = _check_name(admin_name)
        self.session.add(
            UserAccount(
                name=name,
                display_name=name,
                role="admin",
                active=True,
                created_at=_now(),
                created_by=name,
            )
        )
        self.session.flush()
        return name

    def add(self, name: str, role: str, passphrase: str, display_name: str = "") -> None:
        actor = access.require(self.session, access.USERS)
        self._need_slots()
        name = _check_name(name)
        _check_role(role)
        _check_passphrase(passphrase)
        existing = self.session.scalar(select(UserAccount).where(UserAccount.name == name))
        if existing is not None and existing.active:
            raise ValidationError([FieldError("name", f"There is already a user called {name}.")])
        if existing is None:
            self.session.add(
                UserAccount(
                    name=name,
                    display_name=display_name.strip() or name,
                    role=role,
                    active=True,
                    created_at=_now(),
                    created_by=actor.label,
                )
            )
        else:  # someone who left comes back under the same name
            existing.active = True
            existing.role = role
            existing.display_name = display_name.strip() or existing.display_name
        self.session.flush()
        self.keys.set_slot(name, passphrase)

    def set_role(self, name: str, role: str) -> None:
        access.require(self.session, access.USERS)
        _check_role(role)
        row = self._get(name)
        if row.role == "admin" and role != "admin":
            self._keep_an_admin(row)
        row.role = role
        self.session.flush()
        access.forget(self.session)

    def change_passphrase(self, name: str, new: str, current: str | None = None) -> None:
        """Your own passphrase (proving the current one), or anyone's as an admin. Rewrites
        only that user's slot."""
        actor = access.current(self.session)
        self._need_slots()
        _check_passphrase(new, "new")
        if actor.name == name and current is not None:
            self.keys.check_passphrase(name, current)
        elif not actor.may(access.USERS):
            raise PermissionDenied(
                f"{actor.label} may change only their own passphrase, giving the current one."
            )
        row = self._get(name)
        if not row.active:
            raise ValidationError([FieldError("name", f"{name} has been removed.")])
        _permission_change(self.session, actor.label, "passphrase_changed", name)
        self.keys.set_slot(name, new)

    def remove(self, name: str) -> None:
        """Deactivate and drop the key slot. The row stays (names in the history keep
        meaning); rotate the key afterwards so an old slot-file copy is useless."""
        actor = access.require(self.session, access.USERS)
        row = self._get(name)
        if actor.name == name:
            raise ValidationError([FieldError("name", "You cannot remove yourself.")])
        if row.role == "admin":
            self._keep_an_admin(row)
        row.active = False
        self.session.flush()
        SettingsService(self.session).set(REKEY_DUE, True)
        self.keys.remove_slot(name)

    def share(self, client_id: int, name: str) -> None:
        actor = access.require(self.session, access.USERS)
        row = self._get(name)
        if self.session.get(Client, client_id) is None:
            raise LookupError(f"There is no client {client_id}.")
        exists = self.session.scalar(
            select(ClientShare.id).where(
                ClientShare.user_id == row.id, ClientShare.client_id == client_id
            )
        )
        if exists is None:
            self.session.add(
                ClientShare(
                    client_id=client_id, user_id=row.id, granted_at=_now(), granted_by=actor.label
                )
            )
            self.session.flush()

    def unshare(self, client_id: int, name: str) -> None:
        access.require(self.session, access.USERS)
        row = self._get(name)
        share = self.session.scalar(
            select(ClientShare).where(
                ClientShare.user_id == row.id, ClientShare.client_id == client_id
            )
        )
        if share is not None:
            self.session.delete(share)
            self.session.flush()

    def shared_with(self, name: str) -> list[int]:
        access.require(self.session, access.USERS)
        row = self._get(name)
        return list(
            self.session.scalars(
                select(ClientShare.client_id)
                .where(ClientShare.user_id == row.id)
                .order_by(ClientShare.client_id)
            )
        )

    # --- helpers ---------------------------------------------------------------------

    def _need_slots(self) -> None:
        if not self.keys.enabled:
            raise ValidationError(
                [FieldError("name", "Set up user accounts first (Users… > Set up accounts).")]
            )

    def _keep_an_admin(self, leaving: UserAccount) -> None:
        others = self.session.scalar(
            select(func.count())
            .select_from(UserAccount)
            .where(
                UserAccount.role == "admin",
                UserAccount.active.is_(True),
                UserAccount.id != leaving.id,
            )
        )
        if not others:
            raise ValidationError(
                [FieldError("role", "The office needs at least one active admin.")]
            )


def set_up_accounts(office: Office, admin_name: str, office_passphrase: str) -> None:
    """Convert a one-passphrase office to user accounts (one action: row, slots, rekey).
    The open office carries on, now signed in as nobody in particular: reopen to sign in."""
    keys = OfficeKeys(office)
    if keys.enabled:
        raise ValidationError([FieldError("name", "This office already has user accounts.")])
    keys.check_office_passphrase(office_passphrase)  # before anything is recorded
    with office.transaction() as s:
        name = UserService(s, keys).setup(admin_name)
    try:
        keys.enable(name, office_passphrase)
    except BaseException:
        with office.transaction() as s:  # undo the row: the office stays as it was
            s.query(UserAccount).filter(UserAccount.name == name).delete()
        raise
    with office.transaction() as s:
        _permission_change(s, name, "accounts_set_up", name)


def rotate_key(office: Office, progress: Callable[[str], None] | None = None) -> None:
    """PRAGMA rekey to a fresh random key sealed to every remaining user. Needs the office
    to itself (no other session open); checked as an admin action first."""
    with office.session() as s:
        actor = access.require(s, access.USERS)
    OfficeKeys(office).rotate(progress)
    with office.transaction() as s:
        SettingsService(s).set(REKEY_DUE, False)
        _permission_change(s, actor.label, "key_rotated", office.path.name)


def record_failed_sign_ins(office: Office) -> bool:
    """Failed unlocks cannot write to the office (a failed unlock leaves the file as it
    was), so they enter the audit chain with the next successful sign-in or unlock of the
    same user on this workstation: one entry with the count. False when there were none
    or the window is read-only."""
    count, office.failed_unlocks = office.failed_unlocks, 0
    if count <= 0 or office.read_only:
        return False
    with office.transaction() as s:
        audit.record(s, office.user or "admin", "sign_in_failed", count=count)
    return True

"""Who may do what: roles, permissions, and which clients an advisor sees.

Enforced here, in the services' write paths, not only by hiding buttons: a window that
forgot to grey out an action still cannot perform it. The signed-in user rides on the
Session (`session.info["user"]`, set by db.office.Office for every session it opens);
every service that changes something calls `require(session, PERMISSION, client_id)`.

An office without user accounts (one shared passphrase, as before issue 8) has no user on
its sessions: its one passphrase holder is an implicit admin, so nothing changes for it.

Roles:
- admin: everything, including users, settings and the key.
- advisor: reads and edits their own clients (Client.owner) and those shared with them,
  financials and risk included; does not see other advisors' clients.
- assistant: every client's contacts, timeline, tasks, households and consents; not
  financials (snapshots, portfolio) or risk; no users, no settings.
- compliance: reads everything and the audit trail; edits nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from db.models import Client
from db.models_security import ROLES, ClientShare, UserAccount

# Permissions (what a service checks). Reading a client is checked with READ_CLIENT.
READ_CLIENT = "client.read"
CREATE_CLIENT = "client.create"
EDIT_CONTACTS = "client.edit"  # the card: names, contacts, documents, profile, tags
FINANCIALS = "client.financials"  # financial snapshots, portfolio, holdings
RISK = "client.risk"  # risk questionnaire, suitability
TIMELINE = "timeline.edit"  # interactions, tasks, complaints
HOUSEHOLDS = "households.edit"
CONSENT = "consent.edit"
REVEAL = "client.reveal"  # show a masked identity or account number
ERASE = "client.erase"
EXPORT = "client.export"  # subject exports, lists, calendars, packs
SETTINGS = "settings.edit"
USERS = "users.manage"
AUDIT = "audit.read"

_ADVISOR = frozenset(
    {
        READ_CLIENT,
        CREATE_CLIENT,
        EDIT_CONTACTS,
        FINANCIALS,
        RISK,
        TIMELINE,
        HOUSEHOLDS,
        CONSENT,
        REVEAL,
        EXPORT,
    }
)
_ASSISTANT = frozenset({READ_CLIENT, CREATE_CLIENT, EDIT_CONTACTS, TIMELINE, HOUSEHOLDS, CONSENT})
_COMPLIANCE = frozenset({READ_CLIENT, AUDIT, EXPORT})
_ADMIN = _ADVISOR | _ASSISTANT | _COMPLIANCE | {ERASE, SETTINGS, USERS}

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": _ADMIN,
    "advisor": _ADVISOR,
    "assistant": _ASSISTANT,
    "compliance": _COMPLIANCE,
}
assert set(ROLE_PERMISSIONS) == set(ROLES)

# Roles that see only their own and shared clients.
SCOPED_ROLES = frozenset({"advisor"})

_WHAT = {
    READ_CLIENT: "see this client",
    CREATE_CLIENT: "add clients",
    EDIT_CONTACTS: "edit client cards",
    FINANCIALS: "change financial records",
    RISK: "change risk assessments",
    TIMELINE: "change the timeline, tasks or complaints",
    HOUSEHOLDS: "change households",
    CONSENT: "record consents",
    REVEAL: "reveal masked numbers",
    ERASE: "erase clients",
    EXPORT: "export client data",
    SETTINGS: "change office settings",
    USERS: "manage users",
    AUDIT: "read the audit trail",
}

_CACHE = "access.actor"


class PermissionDenied(Exception):
    """One line for the user: who they are, what they may not do, whom to ask."""


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see them. name None: the implicit admin of an
    office without user accounts."""

    name: str | None
    role: str
    user_id: int | None = None

    @property
    def label(self) -> str:
        return self.name or "admin"

    def may(self, permission: str) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


IMPLICIT_ADMIN = Actor(name=None, role="admin")


def current(session: Session) -> Actor:
    """Who is acting in this session (looked up once per session)."""
    cached = session.info.get(_CACHE)
    if isinstance(cached, Actor):
        return cached
    name = session.info.get("user")
    if not name:
        actor = IMPLICIT_ADMIN
    else:
        row = session.execute(
            select(UserAccount.id, UserAccount.role, UserAccount.active).where(
                UserAccount.name == name
            )
        ).first()
        if row is None or not row.active:
            raise PermissionDenied(f"{name} is no longer an active user of this office.")
        actor = Actor(name=name, role=row.role, user_id=row.id)
    session.info[_CACHE] = actor
    return actor


def forget(session: Session) -> None:
    """Drop the cached actor (after a role change in the same session)."""
    session.info.pop(_CACHE, None)


def _sees(session: Session, actor: Actor, client_id: int) -> bool:
    if actor.role not in SCOPED_ROLES:
        return True
    owner = session.execute(select(Client.owner).where(Client.id == client_id)).first()
    if owner is None:
        return True  # no such client: the service says so in its own words
    if owner[0] == actor.name:
        return True
    shared = session.execute(
        select(ClientShare.id).where(
            ClientShare.user_id == actor.user_id, ClientShare.client_id == client_id
        )
    ).first()
    return shared is not None


def can(session: Session, permission: str, client_id: int | None = None) -> bool:
    actor = current(session)
    if not actor.may(permission):
        return False
    return client_id is None or _sees(session, actor, client_id)


def require(session: Session, permission: str, client_id: int | None = None) -> Actor:
    """The acting user, or PermissionDenied if their role may not do this (to this client)."""
    actor = current(session)
    if not actor.may(permission):
        raise PermissionDenied(
            f"{actor.label} ({actor.role}) may not {_WHAT.get(permission, permission)}. "
            "Ask an admin if you need to."
        )
    if client_id is not None and not _sees(session, actor, client_id):
        raise PermissionDenied(
            f"Client {client_id} is not one of {actor.label}'s clients and has not been shared "
            "with them. Ask its advisor or an admin to share it."
        )
    return actor


def client_scope(session: Session) -> ColumnElement[bool] | None:
    """A WHERE condition limiting client queries to what the user may see, or None for all.

    For an advisor: owner = me (ix_client_owner) or shared with me (uq_client_share's
    (user_id, client_id) index) — both index lookups, so the list stays fast at 100k."""
    actor = current(session)
    if actor.role not in SCOPED_ROLES:
        return None
    if actor.user_id is None:
        return false()
    shared = select(ClientShare.client_id).where(ClientShare.user_id == actor.user_id)
    return or_(Client.owner == actor.name, Client.id.in_(shared))

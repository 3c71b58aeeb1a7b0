"""Permission changes into the audit chain, wherever they are made.

A user added, given another role, removed or brought back, and a client shared with or
unshared from someone: app/users.py makes these changes through the ORM, and this
before_flush listener turns each into a `permission_change` entry in the same transaction
(so the entry commits exactly when the change does). Watching the rows, rather than
calling the recorder from every method, also catches a change made by any future code
path. Installed when app/audit.py is imported.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from db.models_security import ClientShare, UserAccount


def _changes(session: Session) -> list[tuple[int | None, str, dict[str, Any]]]:
    out: list[tuple[int | None, str, dict[str, Any]]] = []
    for obj in session.new:
        if isinstance(obj, UserAccount):
            out.append((None, f"user {obj.name}", {"change": "added", "role": obj.role}))
        elif isinstance(obj, ClientShare):
            out.append((obj.client_id, f"user_account {obj.user_id}", {"change": "shared"}))
    for obj in session.dirty:
        if not isinstance(obj, UserAccount):
            continue
        state = inspect(obj)
        role = state.attrs.role.history
        if role.has_changes() and role.deleted:
            out.append(
                (
                    None,
                    f"user {obj.name}",
                    {"change": "role", "before": role.deleted[0], "after": obj.role},
                )
            )
        active = state.attrs.active.history
        if active.has_changes() and active.deleted:
            change = "restored" if obj.active else "removed"
            out.append((None, f"user {obj.name}", {"change": change, "role": obj.role}))
    for obj in session.deleted:
        if isinstance(obj, ClientShare):
            out.append((obj.client_id, f"user_account {obj.user_id}", {"change": "unshared"}))
    return out


@event.listens_for(Session, "before_flush")
def _record_permission_changes(session: Session, _context: Any, _instances: Any) -> None:
    changes = _changes(session)
    if not changes:
        return
    from app.audit import record

    actor = str(session.info.get("user") or "admin")
    for client_id, target, detail in changes:
        record(session, actor, "permission_change", client_id, target, **detail)

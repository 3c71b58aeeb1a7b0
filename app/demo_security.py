"""Demo staff: an admin, two advisors who own demo clients, an assistant, a compliance
officer (issue 8). The demo passphrase opens the office as the admin; the others'
passphrases are below and in docs/users-and-keys.md — made up, for trying the roles.

Only an office with key slots gets accounts: `main.py demo` creates the office with the
admin's slot (create_office(admin=DEMO_ADMIN)); build_demo on a one-passphrase office (as
some tests do) leaves it one-passphrase.
"""

from __future__ import annotations

from sqlalchemy import select

from app.users import UserService
from db.key_rotation import OfficeKeys
from db.models_security import UserAccount
from db.office import Office

DEMO_ADMIN = "Office Admin"
# name -> (role, passphrase). The advisors are two of the demo's client owners
# (app/demo.py ADVISORS), so each sees their own book.
DEMO_STAFF: dict[str, tuple[str, str]] = {
    "Li Ming": ("advisor", "demo-li-ming-2026"),
    "Chen Jing": ("advisor", "demo-chen-jing-2026"),
    "Wang Fang": ("assistant", "demo-wang-fang-2026"),
    "Zhou Min": ("compliance", "demo-zhou-min-2026"),
}


def build_demo_users(office: Office) -> list[str]:
    """Add the demo staff (skipping any already there); returns the names added."""
    keys = OfficeKeys(office)
    if not keys.enabled:
        return []
    added = []
    with office.transaction() as s:
        existing = set(s.scalars(select(UserAccount.name)))
        users = UserService(s, keys)
        for name, (role, passphrase) in DEMO_STAFF.items():
            if name not in existing:
                users.add(name, role, passphrase)
                added.append(name)
    return added

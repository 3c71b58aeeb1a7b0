# ruff: noqa: F811  (fixtures imported from tests/app/security_office.py)
"""Permission changes land in the audit chain, and only compliance and admins read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import audit
from app.access import PermissionDenied
from app.audit import AuditFilter
from app.users import UserService
from db.key_rotation import OfficeKeys
from tests.app.security_office import (  # noqa: F401  (fixtures)
    ADMIN,
    ASSISTANT,
    COMPLIANCE,
    LI,
    client_ids,
    secure_path,
    security_template,
    signed_in,
)


def _permission_entries(path: Path) -> list[tuple[str, int | None, str | None, dict]]:
    with signed_in(path, COMPLIANCE) as office, office.session() as s:
        rows = audit.page(s, AuditFilter(action="permission_change"), None, 100)
    return [(r.actor, r.client_id, r.target, r.detail) for r in reversed(rows)]


def test_the_template_users_were_recorded_as_added(secure_path: Path) -> None:
    added = [e for e in _permission_entries(secure_path) if e[3]["change"] == "added"]
    assert [(e[2], e[3]["role"]) for e in added] == [
        (f"user {ADMIN}", "admin"),  # the office's creator
        (f"user {LI}", "advisor"),
        ("user Chen Jing", "advisor"),
        (f"user {ASSISTANT}", "assistant"),
        (f"user {COMPLIANCE}", "compliance"),
    ]
    assert {e[0] for e in added} == {ADMIN}


def test_roles_shares_and_removals_are_recorded(
    secure_path: Path, client_ids: dict[str, int]
) -> None:
    before = len(_permission_entries(secure_path))
    with signed_in(secure_path, ADMIN) as office:
        with office.transaction() as s:
            users = UserService(s, OfficeKeys(office))
            users.set_role(ASSISTANT, "advisor")
            users.share(client_ids[LI], ASSISTANT)
            users.unshare(client_ids[LI], ASSISTANT)
            users.remove(ASSISTANT)
    new = _permission_entries(secure_path)[before:]
    assert [(e[0], e[3]) for e in new] == [
        (ADMIN, {"change": "role", "before": "assistant", "after": "advisor"}),
        (ADMIN, {"change": "shared"}),
        (ADMIN, {"change": "unshared"}),
        (ADMIN, {"change": "removed", "role": "advisor"}),
    ]
    assert new[1][1] == client_ids[LI] and new[1][2].startswith("user_account ")
    with signed_in(secure_path, COMPLIANCE) as office, office.session() as s:
        assert audit.verify_chain(s).ok


@pytest.mark.parametrize("who", [LI, ASSISTANT])
def test_only_compliance_and_admins_read_the_trail(
    secure_path: Path, tmp_path: Path, who: str
) -> None:
    with signed_in(secure_path, who) as office, office.session() as s:
        for read in (
            lambda: audit.page(s, AuditFilter(), None, 10),
            lambda: audit.actors(s),
            lambda: audit.export_csv(s, AuditFilter(), tmp_path / "a.csv"),
        ):
            with pytest.raises(PermissionDenied, match="may not read the audit trail"):
                read()
    assert not (tmp_path / "a.csv").exists()
    for reader in (ADMIN, COMPLIANCE):
        with signed_in(secure_path, reader) as office, office.session() as s:
            assert audit.page(s, AuditFilter(), None, 10)


def test_the_listener_is_installed_for_every_command() -> None:
    import subprocess
    import sys

    code = (
        "import main; main.build_parser()\n"
        "from sqlalchemy import event\n"
        "from sqlalchemy.orm import Session\n"
        "from app.audit_permissions import _record_permission_changes as f\n"
        "print(event.contains(Session, 'before_flush', f))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=120
    )
    assert out.stdout.strip() == "True", out.stderr

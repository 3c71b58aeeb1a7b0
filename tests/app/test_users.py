# ruff: noqa: F811  (fixtures imported from tests/app/security_office.py)
"""User accounts at the service layer: adding, roles, passphrases, removal, sharing,
rotation, and the bad cases (each leaves the office and the slot file as they were)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app import access
from app.access import PermissionDenied
from app.users import REKEY_DUE, UserService, rotate_key, set_up_accounts
from app.validation import ValidationError
from db.errors import OfficeError, WrongPassphrase
from db.key_rotation import OfficeKeys
from db.key_slots import UnknownUser, slot_path
from db.models_security import UserAccount
from db.office import open_office
from tests.app.security_office import (  # noqa: F401  (fixtures)
    ADMIN,
    ASSISTANT,
    CHEN,
    COMPLIANCE,
    LI,
    PASSPHRASES,
    client_ids,
    secure_path,
    security_template,
    signed_in,
)
from tests.conftest import PASSPHRASE


def test_admin_lists_users_with_roles(secure_path: Path) -> None:
    with signed_in(secure_path, ADMIN) as office, office.session() as s:
        rows = UserService(s, OfficeKeys(office)).list()
    assert {(r.name, r.role, r.active) for r in rows} == {
        (ADMIN, "admin", True),
        (LI, "advisor", True),
        (CHEN, "advisor", True),
        (ASSISTANT, "assistant", True),
        (COMPLIANCE, "compliance", True),
    }


@pytest.mark.parametrize("who", [LI, ASSISTANT, COMPLIANCE])
def test_only_admins_manage_users(secure_path: Path, who: str) -> None:
    before = slot_path(secure_path).read_bytes()
    with signed_in(secure_path, who) as office:
        keys = OfficeKeys(office)
        for attempt in (
            lambda u: u.list(),
            lambda u: u.add("Eve", "admin", "eve passphrase 1"),
            lambda u: u.set_role(who, "admin"),
            lambda u: u.remove(CHEN),
            lambda u: u.share(1, who),
            lambda u: u.change_passphrase(CHEN, "a new passphrase"),
        ):
            with pytest.raises(PermissionDenied) as info, office.transaction() as s:
                attempt(UserService(s, keys))
            assert "\n" not in str(info.value)
            assert who in str(info.value)
        with pytest.raises(PermissionDenied):
            rotate_key(office)
    assert slot_path(secure_path).read_bytes() == before


def test_add_user_then_they_sign_in(secure_path: Path) -> None:
    with signed_in(secure_path, ADMIN) as office, office.transaction() as s:
        UserService(s, OfficeKeys(office)).add("  Sun   Yue ", "advisor", "sun yue passphrase")
    with signed_in(secure_path, ADMIN) as office, office.session() as s:
        names = [r.name for r in UserService(s, OfficeKeys(office)).list()]
    assert "Sun Yue" in names
    office = open_office(secure_path, "sun yue passphrase", user="Sun Yue")
    try:
        with office.session() as s:
            assert access.current(s).role == "advisor"
    finally:
        office.close()


@pytest.mark.parametrize(
    ("name", "role", "passphrase", "field"),
    [
        ("", "advisor", "long enough pass", "name"),
        ("   ", "advisor", "long enough pass", "name"),
        ("x" * 101, "advisor", "long enough pass", "name"),
        ("New Person", "boss", "long enough pass", "role"),
        ("New Person", "advisor", "short", "passphrase"),
        (LI, "advisor", "long enough pass", "name"),  # already there
    ],
)
def test_add_user_bad_input_changes_nothing(
    secure_path: Path, name: str, role: str, passphrase: str, field: str
) -> None:
    before = slot_path(secure_path).read_bytes()
    with signed_in(secure_path, ADMIN) as office:
        with pytest.raises(ValidationError) as info, office.transaction() as s:
            UserService(s, OfficeKeys(office)).add(name, role, passphrase)
        assert [e.field for e in info.value.errors] == [field]
        with office.session() as s:
            assert s.scalar(select(UserAccount).where(UserAccount.name == "New Person")) is None
    assert slot_path(secure_path).read_bytes() == before


def test_own_passphrase_change_needs_the_current_one(secure_path: Path) -> None:
    with signed_in(secure_path, LI) as office:
        keys = OfficeKeys(office)
        with pytest.raises(WrongPassphrase), office.transaction() as s:
            UserService(s, keys).change_passphrase(LI, "li's new passphrase", current="wrong one!")
        with pytest.raises(ValidationError), office.transaction() as s:
            UserService(s, keys).change_passphrase(LI, "short", current=PASSPHRASES[LI])
        with office.transaction() as s:
            UserService(s, keys).change_passphrase(
                LI, "li's new passphrase", current=PASSPHRASES[LI]
            )
    office = open_office(secure_path, "li's new passphrase", user=LI)
    office.close()
    with pytest.raises(WrongPassphrase):
        open_office(secure_path, PASSPHRASES[LI], user=LI)


def test_admin_resets_a_forgotten_passphrase(secure_path: Path) -> None:
    with signed_in(secure_path, ADMIN) as office, office.transaction() as s:
        UserService(s, OfficeKeys(office)).change_passphrase(CHEN, "chen's reset passphrase")
    open_office(secure_path, "chen's reset passphrase", user=CHEN).close()


def test_remove_user_then_rotate(secure_path: Path) -> None:
    with signed_in(secure_path, ADMIN) as office:
        keys = OfficeKeys(office)
        with office.transaction() as s:
            UserService(s, keys).remove(CHEN)
        with office.session() as s:
            assert UserService(s, keys).rekey_due()
        rotate_key(office)
        with office.session() as s:
            assert not UserService(s, keys).rekey_due()
            from app.settings import SettingsService

            assert SettingsService(s).get(REKEY_DUE) is False
    with pytest.raises(UnknownUser):
        open_office(secure_path, PASSPHRASES[CHEN], user=CHEN)
    open_office(secure_path, PASSPHRASES[LI], user=LI).close()  # nobody else's passphrase needed


def test_the_last_admin_stays(secure_path: Path) -> None:
    with signed_in(secure_path, ADMIN) as office:
        keys = OfficeKeys(office)
        with pytest.raises(ValidationError, match="yourself"), office.transaction() as s:
            UserService(s, keys).remove(ADMIN)
        with (
            pytest.raises(ValidationError, match="at least one active admin"),
            office.transaction() as s,
        ):
            UserService(s, keys).set_role(ADMIN, "advisor")
        with office.transaction() as s:
            UserService(s, keys).set_role(LI, "admin")
        with office.transaction() as s:
            UserService(s, keys).set_role(ADMIN, "advisor")  # Li is an admin now


def test_share_and_unshare(secure_path: Path, client_ids: dict[str, int]) -> None:
    chens = client_ids[CHEN]
    with signed_in(secure_path, ADMIN) as office:
        keys = OfficeKeys(office)
        with office.transaction() as s:
            UserService(s, keys).share(chens, LI)
            UserService(s, keys).share(chens, LI)  # twice is once
        with office.session() as s:
            assert UserService(s, keys).shared_with(LI) == [chens]
        with pytest.raises(LookupError), office.transaction() as s:
            UserService(s, keys).share(999_999, LI)
        with pytest.raises(LookupError), office.transaction() as s:
            UserService(s, keys).share(chens, "Nobody")
    with signed_in(secure_path, LI) as office, office.session() as s:
        assert access.can(s, access.EDIT_CONTACTS, chens)
    with signed_in(secure_path, ADMIN) as office, office.transaction() as s:
        UserService(s, OfficeKeys(office)).unshare(chens, LI)
    with signed_in(secure_path, LI) as office, office.session() as s:
        assert not access.can(s, access.EDIT_CONTACTS, chens)


def test_one_passphrase_office_sets_up_accounts(
    office_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from db import unlock_attempts

    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(tmp_path / "state"))
    office = open_office(office_path, PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase):
            set_up_accounts(office, "Boss", "not the office passphrase")
        assert not slot_path(office_path).exists()
        with office.session() as s:
            assert s.scalar(select(UserAccount)) is None  # the row was undone
        set_up_accounts(office, "Boss", PASSPHRASE)
        with office.transaction() as s:
            UserService(s, OfficeKeys(office)).add("Helper", "assistant", "helper passphrase")
    finally:
        office.close()
    reopened = open_office(office_path, PASSPHRASE)
    assert reopened.user == "Boss"
    reopened.close()
    open_office(office_path, "helper passphrase", user="Helper").close()


def test_users_need_accounts_set_up_first(office_path: Path) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with (
            pytest.raises(ValidationError, match="Set up user accounts"),
            office.transaction() as s,
        ):
            UserService(s, OfficeKeys(office)).add("Helper", "assistant", "helper passphrase")
    finally:
        office.close()
    assert not slot_path(office_path).exists()


def test_inactive_user_session_is_refused(secure_path: Path) -> None:
    with signed_in(secure_path, LI) as office:
        with office.transaction() as s:
            s.query(UserAccount).filter(UserAccount.name == LI).update({"active": False})
        with (
            pytest.raises(PermissionDenied, match="no longer an active user"),
            office.session() as s,
        ):
            access.require(s, access.READ_CLIENT)
    with pytest.raises(OfficeError):
        open_office(secure_path, PASSPHRASES[LI], user=LI)


def test_permission_changes_and_failed_sign_ins_enter_the_audit_chain(
    secure_path: Path, client_ids: dict[str, int], monkeypatch
) -> None:
    from app.audit import AuditFilter, page, verify_chain
    from app.users import record_failed_sign_ins
    from db import unlock_attempts

    with signed_in(secure_path, ADMIN) as office:
        keys = OfficeKeys(office)
        with office.transaction() as s:
            users = UserService(s, keys)
            users.add("Sun Yue", "advisor", "sun yue passphrase")
            users.set_role("Sun Yue", "assistant")
            users.share(client_ids[CHEN], LI)
            users.unshare(client_ids[CHEN], LI)
            users.change_passphrase(CHEN, "chen's reset passphrase")
            users.remove("Sun Yue")
        rotate_key(office)
    now = [1_000_000.0]
    monkeypatch.setattr(unlock_attempts, "_now", lambda: now[0])
    for guess in ("wrong one 1", "wrong one 2"):
        with pytest.raises(WrongPassphrase):
            open_office(secure_path, guess, user=LI)
        now[0] += 60
    office = open_office(secure_path, PASSPHRASES[LI], user=LI)
    try:
        assert office.failed_unlocks == 2
        assert record_failed_sign_ins(office)
        assert not record_failed_sign_ins(office)  # once
    finally:
        office.close()
    with signed_in(secure_path, COMPLIANCE) as office, office.session() as s:
        rows = page(s, AuditFilter(), None, 100)  # compliance reads the trail
        report = verify_chain(s)
    assert report.ok
    changes = [
        (r.actor, r.target, r.detail.get("change"))
        for r in reversed(rows)
        if r.action == "permission_change"
    ]
    # rows (users, roles, sharing) are recorded by app/audit_permissions.py; key changes here
    assert (ADMIN, CHEN, "passphrase_changed") in changes
    assert changes[-1] == (ADMIN, "office.db", "key_rotated")
    assert len([c for c in changes if c[2] == "passphrase_changed"]) == 1
    failed = [r for r in rows if r.action == "sign_in_failed"]
    assert [(r.actor, r.detail) for r in failed] == [(LI, {"count": 2})]
    text = repr(rows)
    for secret in (*PASSPHRASES.values(), "wrong one", "sun yue passphrase"):
        assert secret not in text

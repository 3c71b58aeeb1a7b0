"""The Users dialog and the Security menu with real widgets on real offices: add, bad
input inline, role, passphrase, remove, share, key change in a worker, set-up of a
one-passphrase office; non-admins get nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from db import unlock_attempts
from db.errors import WrongPassphrase
from db.key_slots import slot_path
from db.office import open_office
from tests.app.security_office import ADMIN, CHEN, LI, PASSPHRASES, build
from tests.conftest import sha256
from tests.ui.conftest import PASSPHRASE
from ui.dialogs.passphrase_dialog import PassphraseDialog
from ui.dialogs.users_dialog import UsersDialog


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("users-ui") / "office.db"
    return path, build(path)


@pytest.fixture
def keyed(tmp_path: Path, template, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(tmp_path / "state"))
    source, _ = template
    path = tmp_path / "office.db"
    shutil.copy(source, path)
    shutil.copy(slot_path(source), slot_path(path))
    return path


@pytest.fixture
def as_admin(keyed: Path):  # type: ignore[no-untyped-def]
    office = open_office(keyed, PASSPHRASES[ADMIN])
    yield office
    office.close()


def in_modal(action) -> None:  # type: ignore[no-untyped-def]
    """Run `action(dialog)` on the modal dialog that is about to open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        action(dialog)

    QTimer.singleShot(0, run)


def names(dialog: UsersDialog) -> list[str]:
    return [r.name for r in dialog.rows]


def test_admin_sees_every_user(qtbot, as_admin) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(as_admin)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 5
    assert set(names(dialog)) == {ADMIN, LI, CHEN, "Wang Fang", "Zhou Min"}
    assert not dialog.setup_box.isVisibleTo(dialog)
    assert dialog.banner.isHidden()


def test_add_user_bad_then_good(qtbot, as_admin, keyed) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(as_admin)
    qtbot.addWidget(dialog)
    before = slot_path(keyed).read_bytes()
    seen: list[str] = []

    def bad(d: PassphraseDialog) -> None:
        d.name.setText(LI)  # taken
        d.first.setText("long enough passphrase")
        d.second.setText("long enough passphrase")
        d.accept()
        seen.append(d.error.text())
        d.first.setText("short")
        d.second.setText("short")
        d.name.setText("Sun Yue")
        d.accept()
        seen.append(d.error.text())
        d.reject()

    in_modal(bad)
    dialog.add_user()
    assert "already a user" in seen[0] and "at least 10" in seen[1]
    assert slot_path(keyed).read_bytes() == before

    def good(d: PassphraseDialog) -> None:
        d.name.setText("Sun Yue")
        d.role.setCurrentIndex(d.role.findData("assistant"))
        d.first.setText("sun yue passphrase")
        d.second.setText("sun yue passphrase")
        d.accept()

    in_modal(good)
    dialog.add_user()
    assert "Sun Yue" in names(dialog)
    assert dialog.selected() is not None and dialog.selected().role == "assistant"
    open_office(keyed, "sun yue passphrase", user="Sun Yue", read_only=True).close()


def test_role_passphrase_remove_and_key_change(
    qtbot, as_admin, keyed, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(as_admin)
    qtbot.addWidget(dialog)
    dialog.select(CHEN)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Compliance", True)))
    dialog.change_role()
    assert dialog.selected().role == "compliance"

    def reset(d: PassphraseDialog) -> None:
        assert not d.current.isVisibleTo(d)  # an admin resetting someone else's
        d.first.setText("chen's reset passphrase")
        d.second.setText("chen's reset passphrase")
        d.accept()

    in_modal(reset)
    dialog.passphrase()
    old_slots = tmp_path / "old.keys"
    shutil.copy(slot_path(keyed), old_slots)

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    dialog.remove()
    assert not {r.name: r for r in dialog.rows}[CHEN].active
    assert dialog.banner.isVisibleTo(dialog)
    dialog.rotate()
    assert dialog.busy()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.error.text() == ""
    assert dialog.banner.isHidden()
    shutil.copy(old_slots, slot_path(keyed))
    with pytest.raises(WrongPassphrase):
        open_office(keyed, "chen's reset passphrase", user=CHEN)


def test_own_passphrase_needs_the_current_one(qtbot, as_admin) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(as_admin)
    qtbot.addWidget(dialog)
    dialog.select(ADMIN)
    errors: list[str] = []

    def wrong(d: PassphraseDialog) -> None:
        assert d.current.isVisibleTo(d)
        d.current.setText("not my passphrase")
        d.first.setText("admin's new passphrase")
        d.second.setText("admin's new passphrase")
        d.accept()
        errors.append(d.error.text())
        assert d.first.text() == ""  # typed secrets are not kept after a refusal
        d.reject()

    in_modal(wrong)
    dialog.passphrase()
    assert "does not unlock" in errors[0]


def test_non_admin_gets_nothing(qtbot, keyed) -> None:  # type: ignore[no-untyped-def]
    office = open_office(keyed, PASSPHRASES[LI], user=LI)
    try:
        dialog = UsersDialog(office)
        qtbot.addWidget(dialog)
        assert dialog.rows == [] and dialog.table.rowCount() == 0
        assert "may not manage users" in dialog.error.text()
    finally:
        office.close()


def test_one_passphrase_office_sets_up_accounts(qtbot, office, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(tmp_path / "state"))
    dialog = UsersDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.setup_box.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    dialog.setup_name.setText("Boss")
    dialog.setup_passphrase.setText("not the office passphrase")
    dialog.set_up()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.error.text() and dialog.setup_box.isVisibleTo(dialog)
    assert not slot_path(office.path).exists()
    dialog.setup_name.setText("Boss")
    dialog.setup_passphrase.setText(PASSPHRASE)
    dialog.set_up()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.error.text() == ""
    assert names(dialog) == ["Boss"]
    assert slot_path(office.path).exists()


def test_security_menu(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    menu = window.security_menu
    menu._update()
    assert menu.users_action.isEnabled()  # the implicit admin of a one-passphrase office
    assert not menu.passphrase_action.isEnabled()  # no user accounts yet
    menu.lock_action.trigger()
    assert window.window_lock.locked
    window.window_lock.screen.passphrase.setText(PASSPHRASE)
    window.window_lock.screen.try_unlock()
    assert not office.locked


def test_unlock_dialog_signs_in_the_named_user(qtbot, keyed, settings) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.unlock_dialog import UnlockDialog

    before = sha256(keyed)
    dialog = UnlockDialog(settings)
    qtbot.addWidget(dialog)
    dialog.open_path.setText(str(keyed))
    dialog.open_user.setText(LI)
    dialog.open_passphrase.setText("not li's passphrase")
    dialog.accept()
    assert dialog.office is None and LI in dialog.error.text()
    assert sha256(keyed) == before
    unlock_attempts.record_success(keyed, LI)  # skip the one-second wait
    dialog.open_passphrase.setText(PASSPHRASES[LI])
    dialog.accept()
    assert dialog.office is not None and dialog.office.user == LI
    dialog.office.close()
    assert settings.value("unlock/user") == LI  # offered next time


def test_create_office_with_an_admin(qtbot, tmp_path, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.unlock_dialog import UnlockDialog

    monkeypatch.setenv(unlock_attempts.STATE_ENV, str(tmp_path / "state"))
    dialog = UnlockDialog(settings)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    path = tmp_path / "new.db"
    dialog.new_path.setText(str(path))
    dialog.new_admin.setText("Boss")
    dialog.new_passphrase.setText("the boss's passphrase")
    dialog.new_passphrase2.setText("the boss's passphrase")
    dialog.accept()
    assert dialog.office is not None and dialog.office.user == "Boss"
    dialog.office.close()
    assert slot_path(path).exists()


def test_a_refused_action_is_one_calm_line(qtbot, no_modal_boxes) -> None:  # type: ignore[no-untyped-def]
    from app.access import PermissionDenied
    from ui.app import _report_unexpected

    exc = PermissionDenied("Wang Fang (assistant) may not change financial records. Ask an admin.")
    _report_unexpected(PermissionDenied, exc, None)
    assert no_modal_boxes == [("information", str(exc))]

"""Households and links edited from the card: each action is one transaction, conflicts and
bad input change nothing, and the card's unsaved edits survive every action."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox
from sqlalchemy import select

from app.clients import ClientService
from app.households import HouseholdService
from db.models import ClientLink, Household, HouseholdMember
from db.office import open_office
from tests.ui.conftest import PASSPHRASE
from ui.dialogs.client_picker_dialog import ClientPickerDialog
from ui.dialogs.household_dialog import HouseholdDialog


def _name(office, client_id: int) -> str:  # type: ignore[no-untyped-def]
    with office.session() as session:
        return ClientService(session).load(client_id).legal_name


def _pick(monkeypatch, office, *client_ids: int, kind: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next picker dialogs by typing each client's name and choosing the row."""
    queue = list(client_ids)
    titles: list[str] = []

    def exec_(self: ClientPickerDialog) -> int:
        titles.append(self.windowTitle())
        client_id = queue.pop(0)
        self.search.setText(_name(office, client_id))
        self.run_search()  # what the typing timer does
        assert self.select(client_id), "the search did not find the client"
        if kind is not None:
            combo = self.findChild(QComboBox, "linkKind")
            index = next(i for i in range(combo.count()) if combo.itemData(i)[1] == kind)
            combo.setCurrentIndex(index)
        self.accept()
        return self.result()

    monkeypatch.setattr(ClientPickerDialog, "exec", exec_)
    return titles


def _answer_yes(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def _members(office, household_id: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    with office.session() as session:
        return dict(
            session.execute(
                select(HouseholdMember.client_id, HouseholdMember.role).where(
                    HouseholdMember.household_id == household_id
                )
            ).all()
        )


def _select_member(card, client_id: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    lst = card.households
    for i in range(lst.count()):
        if lst.item(i).data(Qt.ItemDataRole.UserRole) == client_id:
            lst.setCurrentRow(i)
            return
    raise AssertionError(f"client {client_id} not listed")


def test_new_household_with_a_spouse_picked_shows_on_both_cards(
    qtbot, window, office, monkeypatch, book
) -> None:
    head, spouse = book[1], book[2]
    window.open_client(head)
    owner = window.card.findChild(QLineEdit, "owner")
    owner.setText("Unsaved owner")  # an edit that must survive the household action
    qtbot.waitUntil(window.card.is_dirty)
    titles = _pick(monkeypatch, office, spouse)

    def run(self: HouseholdDialog) -> int:
        assert self.mode == HouseholdDialog.NEW
        self.name.setText("Test family")
        self.add_member()
        self.accept()
        return self.result()

    monkeypatch.setattr(HouseholdDialog, "exec", run)
    panel = window.card.household_panel
    assert panel.new_button.isEnabled()
    panel.new_button.click()

    assert titles == ["Add a member"]
    with office.session() as session:
        household = session.scalars(select(Household)).one()
        assert household.name == "Test family"
    assert _members(office, household.id) == {head: "head", spouse: "spouse"}
    shown = _texts(window.card.households)
    assert shown[0] == "Test family"
    assert any(_name(office, spouse) in t and "(Spouse)" in t for t in shown)
    # Only the household lists were reloaded: the edit is still there and still unsaved.
    assert owner.text() == "Unsaved owner" and window.card.is_dirty()
    with office.session() as session:
        assert ClientService(session).load(head).owner != "Unsaved owner"

    window.card.cancel()
    window.open_client(spouse)
    shown = _texts(window.card.households)
    assert shown[0] == "Test family"
    assert any(_name(office, head) in t and "(Head)" in t for t in shown)


def test_link_a_business_partner_shows_at_both_ends_then_remove(
    qtbot, window, office, monkeypatch, book
) -> None:
    me, partner = book[4], book[5]
    window.open_client(me)
    _pick(monkeypatch, office, partner, kind="business_partner")
    panel = window.card.household_panel
    panel.link_button.click()
    with office.session() as session:
        links = session.execute(
            select(ClientLink.from_client_id, ClientLink.to_client_id, ClientLink.kind)
        ).all()
    assert links == [(me, partner, "business_partner")]
    assert _texts(window.card.links) == [f"→ {_name(office, partner)} (Business partner)"]

    window.open_client(partner)
    assert _texts(window.card.links) == [f"← {_name(office, me)} (Business partner)"]

    # Remove it from the other end.
    window.card.links.setCurrentRow(0)
    assert panel.unlink_button.isEnabled()
    asked = _answer_yes(monkeypatch)
    panel.unlink_button.click()
    assert asked and _name(office, me) in asked[0]
    with office.session() as session:
        assert session.scalars(select(ClientLink)).all() == []
    assert _texts(window.card.links) == ["No links to other clients."]


def test_referrer_direction_is_stored_as_chosen(qtbot, window, office, monkeypatch, book) -> None:
    me, referrer = book[7], book[8]
    window.open_client(me)

    def pick(self: ClientPickerDialog) -> int:
        self.search.setText(_name(office, referrer))
        self.run_search()
        assert self.select(referrer)
        combo = self.findChild(QComboBox, "linkKind")
        combo.setCurrentIndex(
            next(i for i in range(combo.count()) if combo.itemData(i) == ("in", "referrer"))
        )
        self.accept()
        return self.result()

    monkeypatch.setattr(ClientPickerDialog, "exec", pick)
    window.card.household_panel.link_button.click()
    with office.session() as session:
        link = session.scalars(select(ClientLink)).one()
        assert (link.from_client_id, link.to_client_id, link.kind) == (referrer, me, "referrer")
    assert _texts(window.card.links) == [f"← {_name(office, referrer)} (referred this client)"]


def test_join_a_picked_clients_household_then_leave_it(
    qtbot, window, office, monkeypatch, book
) -> None:
    head, child = book[10], book[11]
    with office.transaction() as session:
        household_id = HouseholdService(session).create("Zhao family", [(head, "head")])
    window.open_client(child)
    _pick(monkeypatch, office, head)

    def run(self: HouseholdDialog) -> int:
        assert self.mode == HouseholdDialog.JOIN
        self.choose_member()
        assert self.household.count() == 1 and "Zhao family" in self.household.itemText(0)
        self.role.set_value("child")
        self.accept()
        return self.result()

    monkeypatch.setattr(HouseholdDialog, "exec", run)
    panel = window.card.household_panel
    panel.join_button.click()
    assert _members(office, household_id) == {head: "head", child: "child"}
    assert "Zhao family" in _texts(window.card.households)

    _select_member(window.card, child)
    asked = _answer_yes(monkeypatch)
    panel.leave_button.click()
    assert asked and "Zhao family" in asked[0]
    assert _members(office, household_id) == {head: "head"}
    assert _texts(window.card.households) == ["Not in a household."]
    assert not panel.leave_button.isEnabled()


def test_stale_household_version_is_a_conflict_and_changes_nothing(
    qtbot, window, office, monkeypatch, no_modal_boxes, book
) -> None:
    head, spouse, newcomer = book[13], book[14], book[15]
    with office.transaction() as session:
        household_id = HouseholdService(session).create(
            "Chen family", [(head, "head"), (spouse, "spouse")]
        )
    window.open_client(head)
    # Another advisor adds a member after this card showed the household.
    with office.transaction() as session:
        HouseholdService(session).add_member(household_id, newcomer, "child")
    _select_member(window.card, spouse)
    _answer_yes(monkeypatch)
    window.card.household_panel.leave_button.click()

    warnings = [text for kind, text in no_modal_boxes if kind == "warning"]
    assert warnings and "Someone changed this household" in warnings[-1]
    assert "nothing was changed" in warnings[-1]
    assert _members(office, household_id) == {head: "head", spouse: "spouse", newcomer: "child"}
    # The lists now show the household as saved, so a second try works on fresh data.
    assert any(_name(office, newcomer) in t for t in _texts(window.card.households))
    error = window.card.household_panel.error
    assert not error.isHidden() and "Someone changed" in error.text()


def test_bad_link_is_refused_with_its_reason(
    qtbot, window, office, monkeypatch, no_modal_boxes, book
) -> None:
    me, other = book[16], book[17]
    with office.transaction() as session:
        HouseholdService(session).link(me, other, "spouse")
    window.open_client(me)
    _pick(monkeypatch, office, other, kind="spouse")
    window.card.household_panel.link_button.click()
    assert no_modal_boxes[-1] == ("warning", "These clients are already linked this way.")
    with office.session() as session:
        assert len(session.scalars(select(ClientLink)).all()) == 1


def test_cancelled_dialogs_change_nothing(qtbot, window, office, monkeypatch, book) -> None:
    window.open_client(book[19])
    monkeypatch.setattr(HouseholdDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(ClientPickerDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    panel = window.card.household_panel
    panel.new_button.click()
    panel.join_button.click()
    panel.link_button.click()
    with office.session() as session:
        assert session.scalars(select(Household)).all() == []
        assert session.scalars(select(ClientLink)).all() == []


def test_picker_searches_as_you_type_and_leaves_out_excluded(qtbot, office, book) -> None:
    dialog = ClientPickerDialog(office, exclude={book[1]})
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "Client 000")
    qtbot.waitUntil(lambda: dialog.results.count() > 0 and not dialog._timer.isActive())
    ids = [dialog.results.item(i).data(256) for i in range(dialog.results.count())]
    assert book[1] not in ids and book[2] in ids
    dialog.search.setText("no such client xyz")
    dialog.run_search()
    assert dialog.results.count() == 0 and "No client matches" in dialog.hint.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_new_card_and_read_only_office_disable_the_actions(
    qtbot, office, settings, translations, book
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(office, settings=settings, translations=translations)
    qtbot.addWidget(window)
    window.new_client()
    panel = window.card.household_panel
    assert not panel.new_button.isEnabled() and not panel.link_button.isEnabled()
    window.close()

    office.close()
    reader = open_office(office.path, PASSPHRASE, read_only=True)
    try:
        window = MainWindow(reader, settings=settings, translations=translations)
        qtbot.addWidget(window)
        window.open_client(book[1])
        panel = window.card.household_panel
        buttons = (panel.new_button, panel.join_button, panel.leave_button, panel.link_button)
        assert not any(b.isEnabled() for b in (*buttons, panel.unlink_button))
    finally:
        reader.close()


@pytest.mark.parametrize("language", ["zh_CN"])
def test_household_actions_are_translated(qtbot, window, book, language) -> None:
    window.open_client(book[1])
    window.set_language(language)
    panel = window.card.household_panel
    assert panel.new_button.text() != "New household…"
    assert panel.link_button.text() != "Link client…"

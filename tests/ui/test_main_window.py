"""Driving the real window: search, open, edit, save, and see it in the list and the DB."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.clients import ClientService
from ui.models.client_table_model import COLUMNS


def _column(key: str) -> int:
    return [c[0] for c in COLUMNS].index(key)


def test_search_open_edit_save_shows_in_list(qtbot, window, office) -> None:
    model = window.model
    assert model.total == 40
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "Client 0007")
    qtbot.waitUntil(lambda: model.total == 1, timeout=2000)
    assert model.data(model.index(0, 0)) == "Client 0007"

    window.view.setFocus()
    window.view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    client_id = model.client_id(0)
    assert window.card.client_id == client_id

    owner = window.card.findChild(QLineEdit, "owner")
    window.card.tabs.setCurrentIndex(window.card._fields["owner"][2])
    qtbot.mouseClick(owner, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is owner
    owner.clear()
    qtbot.keyClicks(owner, "Wu Fang")
    assert window.card.is_dirty()
    qtbot.keyClick(owner, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not window.card.general_error.text(), window.card.general_error.text()
    qtbot.waitUntil(lambda: model.data(model.index(0, _column("owner"))) == "Wu Fang")
    assert not window.card.is_dirty()
    with office.session() as session:
        assert ClientService(session).load(client_id).owner == "Wu Fang"
    assert "Wu Fang" in [
        window.owner_filter.itemText(i) for i in range(window.owner_filter.count())
    ]


def test_search_by_chinese_and_filters(qtbot, window) -> None:
    window.search.insert("王伟")  # QTest cannot type non-Latin-1 keys
    qtbot.waitUntil(lambda: 1 <= window.model.total < 40, timeout=2000)
    assert "王伟" in (window.model.data(window.model.index(0, 0)) or "")
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.total == 40, timeout=2000)
    window.status_filter.setCurrentIndex(window.status_filter.findData("dormant"))
    assert window.model.total == 13
    assert window.count_label.text().endswith("13")


def test_new_client_with_ctrl_n(qtbot, window, office) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name = window.card.findChild(QLineEdit, "legal_name")
    assert window.card.client_id is None
    qtbot.keyClicks(name, "Zhang Min")
    window.card.findChild(QLineEdit, "chinese_name").setText("张敏")
    assert window.card.save()
    assert window.model.total == 41
    assert window.card.client_id is not None
    with office.session() as session:
        assert ClientService(session).load(window.card.client_id).chinese_name == "张敏"


def test_inline_validation_messages(qtbot, window) -> None:
    window.open_client(window.model.client_id(0))
    name = window.card.findChild(QLineEdit, "legal_name")
    name.clear()
    window.card._lists["phones"][0].add_row()
    window.card._lists["phones"][0]._rows[-1].editors["number"].setText("12")
    assert not window.card.save()
    errors = window.card._fields["legal_name"][1]
    assert errors.isVisibleTo(window.card) and "legal name" in errors.text()
    phone_row = window.card._lists["phones"][0]._rows[1]
    assert phone_row.error.text()
    assert window.card.is_dirty()  # nothing lost


def test_language_switch_retranslates(qtbot, window) -> None:
    window.set_language("zh_CN")
    header = window.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "姓名"
    assert window.card.save_button.text() == "保存"
    window.set_language("en")
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert window.settings.value("ui/language") == "en"


def test_geometry_is_saved(qtbot, window, settings) -> None:
    window.resize(1111, 777)
    window.close()
    assert settings.value("main/geometry") is not None


def test_keyboard_only_search_and_empty_state(qtbot, window) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search, "zzzz-nobody")
    qtbot.waitUntil(lambda: window.model.total == 0, timeout=2000)
    assert window.empty_label.isVisible() and "No client matches" in window.empty_label.text()
    window.search.clear()
    qtbot.keyClicks(window.search, "Client 001")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # searches now, then walks into the list
    assert QApplication.focusWidget() is window.view
    assert window.model.total >= 1 and not window.empty_label.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.card.client_id == window.model.client_id(0)

"""The Lists sidebar beside the client list and the smart-list dialog, on real offices."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.smart_lists import SmartListService
from db.models_segments import SmartList
from ui.dialogs.smart_list_dialog import SmartListDialog

GOLF = {"op": "and", "items": [{"dim": "tag", "values": ["golf"]}]}


def list_count(office) -> int:  # type: ignore[no-untyped-def]
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(SmartList)) or 0)


def select_list(sidebar, name: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(sidebar.list.count()):
        if sidebar.list.item(row).text().startswith(name):
            sidebar.list.setCurrentRow(row)
            return
    raise AssertionError(name)


def test_choosing_a_list_filters_the_client_list(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    with office.transaction() as s:
        SmartListService(s).create_smart("Golfers", GOLF)
        SmartListService(s).create_smart(
            "Li Na founders",
            {
                "op": "and",
                "items": [
                    {"dim": "owner", "values": ["Li Na"]},
                    {"dim": "custom", "field": "segment", "values": ["founder"]},
                ],
            },
        )
    sidebar = window.smart_lists
    sidebar.reload()
    # counts arrive from the worker: golf tags on every 5th client; Li Na (even) founders (even)
    qtbot.waitUntil(
        lambda: (
            "Golfers  (8)" in [sidebar.list.item(r).text() for r in range(sidebar.list.count())]
        ),
        timeout=20_000,
    )
    qtbot.waitUntil(
        lambda: (
            "Li Na founders  (20)"
            in [sidebar.list.item(r).text() for r in range(sidebar.list.count())]
        ),
        timeout=20_000,
    )
    select_list(sidebar, "Golfers")
    assert window.model.total == 8
    window.search.setText("Client 0005")
    window._apply_query()
    assert window.model.total == 1  # search within the list
    window.search.clear()
    select_list(sidebar, "All clients")
    assert window.model.total == 40


def test_the_dialog_saves_a_smart_list_from_rows(qtbot, office, book) -> None:  # type: ignore[no-untyped-def]
    dialog = SmartListDialog(office, "Li Na", None, "smart")
    qtbot.addWidget(dialog)
    dialog.name.setText("Zhou Tao golfers")
    dialog.op.setCurrentIndex(dialog.op.findData("and"))
    first = dialog.rows[0]
    first.dim.setCurrentIndex(first.dim.findData("tag"))
    first.values.setText("golf")
    second = dialog.add_row()
    second.dim.setCurrentIndex(second.dim.findData("owner"))
    second.values.setText("Zhou Tao")
    dialog.update_count()
    qtbot.waitUntil(lambda: dialog.count_label.text() == "Matches 4 clients now", timeout=20_000)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with office.session() as s:
        assert SmartListService(s).count("Zhou Tao golfers") == 4


@pytest.mark.parametrize(
    ("name", "setup", "message"),
    [
        (
            "",
            lambda d: (
                d.rows[0].dim.setCurrentIndex(d.rows[0].dim.findData("tag")),
                d.rows[0].values.setText("golf"),
            ),
            "Give the list a name.",
        ),
        ("No values", lambda d: None, "Pick at least one value for 'tier'."),
        (
            "Bad custom",
            lambda d: (
                d.rows[0].dim.setCurrentIndex(d.rows[0].dim.findData("custom")),
                d.rows[0].field.setText("shoe"),
                d.rows[0].values.setText("42"),
            ),
            "There is no custom field 'shoe'.",
        ),
        (
            "Bad JSON",
            lambda d: (d.advanced.setChecked(True), d.json_edit.setPlainText("{op: and")),
            "The JSON is not valid; check brackets, quotes and commas.",
        ),
        (
            "Bad range",
            lambda d: (
                d.rows[0].dim.setCurrentIndex(d.rows[0].dim.findData("age")),
                d.rows[0].low.setText("60"),
                d.rows[0].high.setText("30"),
            ),
            "The lower bound of 'age' is above its upper bound.",
        ),
    ],
)
def test_bad_input_is_one_line_and_saves_nothing(qtbot, office, book, name, setup, message) -> None:  # type: ignore[no-untyped-def]
    dialog = SmartListDialog(office, "Li Na", None, "smart")
    qtbot.addWidget(dialog)
    dialog.name.setText(name)
    setup(dialog)
    dialog.accept()
    assert dialog.error.text() == message
    assert dialog.result() != dialog.DialogCode.Accepted
    assert list_count(office) == 0


def test_nested_groups_round_trip_through_the_json_view(qtbot, office, book) -> None:  # type: ignore[no-untyped-def]
    nested = {
        "op": "or",
        "items": [
            {"dim": "tag", "values": ["golf"]},
            {
                "op": "and",
                "items": [
                    {"dim": "owner", "values": ["Li Na"]},
                    {"dim": "status", "values": ["active"]},
                ],
            },
        ],
    }
    with office.transaction() as s:
        SmartListService(s).create_smart("Nested", nested)
    with office.session() as s:
        info = SmartListService(s).get("Nested")
    dialog = SmartListDialog(office, "Li Na", info)
    qtbot.addWidget(dialog)
    assert dialog.advanced.isChecked()  # nesting opens in the JSON view
    assert dialog.definition() == nested
    dialog.name.setText("Nested renamed")
    dialog.accept()
    with office.session() as s:
        assert SmartListService(s).names() == ["Nested renamed"]


def test_a_hand_picked_list_holds_the_open_client(qtbot, window, office, book, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.open_client(book[3])
    sidebar = window.smart_lists

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.name.setText("Gala")
        dialog.accept()
        return 1

    monkeypatch.setattr(SmartListDialog, "exec", fake_exec)
    sidebar.new_list("static")
    assert sidebar.current_list().name == "Gala"
    assert window.model.total == 1
    window.open_client(book[5])
    sidebar.add_current_client()
    assert window.model.total == 2
    sidebar.remove_current_client()
    assert window.model.total == 1
    with office.session() as s:
        assert SmartListService(s).client_ids("Gala") == [book[3]]


def test_lists_on_value_scores_recompute_stale_scores_first(qtbot, window, office) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from db.models_segments import ClientValueScore

    with office.transaction() as s:
        SmartListService(s).create_smart(
            "Scored", {"op": "and", "items": [{"dim": "value_score", "min": 0}]}
        )
        assert SmartListService(s).count("Scored") == 0  # nothing stored yet
    sidebar = window.smart_lists
    sidebar.reload()
    texts = lambda: [sidebar.list.item(r).text() for r in range(sidebar.list.count())]  # noqa: E731
    qtbot.waitUntil(lambda: "Scored  (40)" in texts(), timeout=20_000)
    with office.session() as s:
        days = set(s.scalars(select(ClientValueScore.computed_on)))
        assert days == {dt.date.today()}

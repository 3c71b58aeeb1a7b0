"""Smart and hand-picked lists beside the client list, with live counts.

Choosing a list filters the client list (its filter becomes the list query's `segment`);
a chart drill-down shows up here too, as a temporary entry that can be cleared. Counts are
computed off the UI thread (one step per list), so a long list of lists on 100,000
clients never holds up the window.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app import segments
from app.smart_lists import ListInfo, SmartListService
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.steps_worker import StepsJob

CTX = "SmartLists"
ALL, LIST, DRILL = "all", "list", "drill"
ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_NAME = Qt.ItemDataRole.UserRole + 1
FIRST_COUNT_DELAY_MS = 1500


class SmartListSidebar(QWidget):
    segmentChanged = Signal()  # the filter the client list should apply changed
    membersChanged = Signal()  # same filter, but a hand-picked list gained or lost clients

    def __init__(
        self,
        office: Office,
        actor: str = "advisor",
        current_client: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("smartLists")
        self.office = office
        self.actor = actor
        self.current_client = current_client
        self._t = i18n.Retranslator(CTX)
        self._lists: list[ListInfo] = []
        self._counts: dict[str, int | None] = {}
        self._drill: tuple[str, dict[str, Any]] | None = None
        self._token = 0
        self._job: StepsJob | None = None
        self.setMaximumWidth(230)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        head.addWidget(self.heading, 1)
        self.new_button = QToolButton()
        self.new_button.setObjectName("newList")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        self.new_smart_action = menu.addAction("")
        self.new_smart_action.triggered.connect(lambda: self.new_list("smart"))
        self.new_static_action = menu.addAction("")
        self.new_static_action.triggered.connect(lambda: self.new_list("static"))
        self.new_button.setMenu(menu)
        head.addWidget(self.new_button)
        layout.addLayout(head)
        self.list = QListWidget()
        self.list.setObjectName("smartListItems")
        self.list.currentItemChanged.connect(lambda *_: self.segmentChanged.emit())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.list, 1)
        self._t.bind(self.heading.setText, QT_TRANSLATE_NOOP("SmartLists", "Lists"))
        self._t.bind(self.new_button.setText, QT_TRANSLATE_NOOP("SmartLists", "New"))
        self._t.bind(
            self.new_smart_action.setText,
            QT_TRANSLATE_NOOP("SmartLists", "Smart list (saved filter)…"),
        )
        self._t.bind(
            self.new_static_action.setText,
            QT_TRANSLATE_NOOP("SmartLists", "Hand-picked list…"),
        )
        self.reload(count=False)
        # Counting starts once the window has painted and settled: a count running beside
        # the first paint slowed the main window's opening from ~0.55 s to ~1.5 s at 100k.
        QTimer.singleShot(FIRST_COUNT_DELAY_MS, self.refresh_counts)

    # ---- what the client list applies ----------------------------------------------------
    def current_segment(self) -> str:
        """The chosen list's filter as JSON text ("" = all clients)."""
        item = self.list.currentItem()
        if item is None or item.data(ROLE_KIND) == ALL:
            return ""
        if item.data(ROLE_KIND) == DRILL and self._drill is not None:
            return json.dumps(self._drill[1], sort_keys=True)
        info = self._info(item.data(ROLE_NAME))
        if info is None:
            return ""
        if info.kind == "static":
            return json.dumps(
                segments.condition("static_list", info.name).to_json(), sort_keys=True
            )
        return json.dumps(info.definition, sort_keys=True)

    def current_list(self) -> ListInfo | None:
        item = self.list.currentItem()
        if item is None or item.data(ROLE_KIND) != LIST:
            return None
        return self._info(item.data(ROLE_NAME))

    def show_drill(self, name: str, definition: dict[str, Any]) -> None:
        """Show the clients behind a chart's bar: a temporary entry, selected."""
        self._drill = (name, definition)
        self._fill(select=(DRILL, name))

    def clear_selection(self) -> None:
        """Back to all clients (a drill-down entry stays until the next one)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_KIND) == ALL:
                self.list.setCurrentRow(row)

    def _info(self, name: str) -> ListInfo | None:
        return next((i for i in self._lists if i.name == name), None)

    # ---- loading -------------------------------------------------------------------------
    def reload(self, select: str | None = None, count: bool = True) -> None:
        """Re-read the lists (names are cheap), then count them off the UI thread."""
        current = self.list.currentItem()
        keep = (current.data(ROLE_KIND), current.data(ROLE_NAME)) if current else (ALL, "")
        with self.office.session() as session:
            self._lists = SmartListService(session).lists()
        self._fill(select=(LIST, select) if select else keep)
        if count:
            self.refresh_counts()

    def refresh_counts(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._token += 1
        today = dt.date.today()
        scores = self._uses_scores() and not self.office.read_only
        steps = [("scores", self._refresh_scores)] if scores else []
        steps += [(info.name, _counter(info.name, today)) for info in self._lists]
        job = StepsJob(self.office, steps, self._token)
        job.signals.stepDone.connect(self._counted)
        self._job = job
        job.start()

    def _uses_scores(self) -> bool:
        return any("value_score" in json.dumps(i.definition) for i in self._lists)

    def _refresh_scores(self, session: Session) -> None:
        """Value scores age with tenure and contacts: recompute once a day, before counting.
        Computed in the worker's read session; only storing them takes a write transaction."""
        from app.value_score import ValueScoreService

        today = dt.date.today()
        service = ValueScoreService(session)
        if not service.stale(today):
            return
        scores = service.compute_all(today)
        session.rollback()  # end the read before writing
        with self.office.transaction() as write:
            ValueScoreService(write).store(scores, today)

    def _counted(self, token: int, name: str, count: object) -> None:
        if token != self._token or name == "scores":
            return
        self._counts[name] = count if isinstance(count, int) else None
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ROLE_KIND) == LIST and item.data(ROLE_NAME) == name:
                item.setText(self._item_text(name))

    def _item_text(self, name: str) -> str:
        count = self._counts.get(name, -1)
        if count is None:
            return f"{name}  ⚠"
        if count < 0:
            return f"{name}  …"
        return f"{name}  ({i18n.format_int(count)})"

    def _fill(self, select: tuple[str, str | None]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        if self._drill is not None:
            item = QListWidgetItem("▸ " + self._drill[0])
            item.setData(ROLE_KIND, DRILL)
            item.setData(ROLE_NAME, self._drill[0])
            item.setToolTip(QCoreApplication.translate("SmartLists", "Clients behind a chart bar"))
            self.list.addItem(item)
        everyone = QListWidgetItem(QCoreApplication.translate("SmartLists", "All clients"))
        everyone.setData(ROLE_KIND, ALL)
        everyone.setData(ROLE_NAME, "")
        self.list.addItem(everyone)
        chosen = everyone
        for info in self._lists:
            item = QListWidgetItem(self._item_text(info.name))
            item.setData(ROLE_KIND, LIST)
            item.setData(ROLE_NAME, info.name)
            if info.kind == "static":
                item.setToolTip(QCoreApplication.translate("SmartLists", "Hand-picked list"))
            self.list.addItem(item)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if (item.data(ROLE_KIND), item.data(ROLE_NAME)) == tuple(select):
                chosen = item
        self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self.segmentChanged.emit()

    # ---- actions -------------------------------------------------------------------------
    def new_list(self, kind: str) -> None:
        from ui.dialogs.smart_list_dialog import SmartListDialog

        dialog = SmartListDialog(self.office, self.actor, None, kind, self)
        if dialog.exec() and dialog.saved_name:
            if kind == "static" and self.current_client() is not None:
                self._add_client(dialog.saved_name)
            self.reload(select=dialog.saved_name)

    def edit_selected(self) -> None:
        info = self.current_list()
        if info is None:
            return
        from ui.dialogs.smart_list_dialog import SmartListDialog

        dialog = SmartListDialog(self.office, self.actor, info, info.kind, self)
        if dialog.exec() and dialog.saved_name:
            self.reload(select=dialog.saved_name)

    def delete_selected(self) -> None:
        info = self.current_list()
        if info is None:
            return
        question = QCoreApplication.translate(
            "SmartLists", "Delete the list “%1”? Its clients stay."
        )
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SmartLists", "Delete list"),
            question.replace("%1", info.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda svc: svc.delete(info.name))
        self.reload()

    def add_current_client(self) -> None:
        info = self.current_list()
        if info is not None and info.kind == "static":
            self._add_client(info.name)
            self.refresh_counts()
            self.membersChanged.emit()

    def remove_current_client(self) -> None:
        info = self.current_list()
        client = self.current_client()
        if info is not None and info.kind == "static" and client is not None:
            self._run(lambda svc: svc.remove_members(info.name, [client]))
            self.refresh_counts()
            self.membersChanged.emit()

    def _add_client(self, name: str) -> None:
        client = self.current_client()
        if client is not None:
            self._run(lambda svc: svc.add_members(name, [client]))

    def _run(self, action: Callable[[SmartListService], object]) -> bool:
        try:
            with self.office.transaction() as session:
                action(SmartListService(session, self.actor))
        except (segments.SegmentError, LookupError, OfficeError) as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("SmartLists", "Lists"), app_message(str(exc))
            )
            return False
        return True

    def _context_menu(self, pos: Any) -> None:
        info = self.current_list()
        if info is None:
            return
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("SmartLists", "Edit…"), self.edit_selected)
        menu.addAction(QCoreApplication.translate("SmartLists", "Delete…"), self.delete_selected)
        if info.kind == "static" and self.current_client() is not None:
            menu.addAction(
                QCoreApplication.translate("SmartLists", "Add the open client"),
                self.add_current_client,
            )
            menu.addAction(
                QCoreApplication.translate("SmartLists", "Remove the open client"),
                self.remove_current_client,
            )
        menu.exec(self.list.mapToGlobal(pos))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._t.apply()
            current = self.list.currentItem()
            keep = (current.data(ROLE_KIND), current.data(ROLE_NAME)) if current else (ALL, "")
            self.list.blockSignals(True)
            self._fill(select=keep)
            self.list.blockSignals(False)
        super().changeEvent(event)


def _counter(name: str, today: dt.date) -> Callable[[Session], int | None]:
    def count(session: Session) -> int | None:
        try:
            return SmartListService(session).count(name, today)
        except (segments.SegmentError, LookupError):
            return None

    return count

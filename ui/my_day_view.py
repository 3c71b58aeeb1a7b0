"""My day: an advisor's overdue, today and this week tasks, and overdue complaints.

Reads plain data from app.my_day (a few indexed queries, capped per group) and completes
tasks through TaskService in one transaction per click. Loaded when first shown; the
office's reminder rules run then, once a day (idempotent: a second run adds nothing).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.my_day import MyDay, MyDayTask, assignees, my_day
from app.reminder_rules import ReminderRules
from app.tasks import TaskService, to_local
from app.validation import ValidationError
from db.errors import ConflictError
from db.office import Office
from ui import i18n
from ui.dialogs.complete_task_dialog import CompleteTaskDialog

log = logging.getLogger(__name__)
CTX = "MyDay"
TASK_ROLE = Qt.ItemDataRole.UserRole
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor("#b42318")

GROUP_TITLES = {
    "overdue": QT_TRANSLATE_NOOP("MyDay", "Overdue"),
    "today": QT_TRANSLATE_NOOP("MyDay", "Today"),
    "week": QT_TRANSLATE_NOOP("MyDay", "This week"),
    "complaints": QT_TRANSLATE_NOOP("MyDay", "Overdue complaints"),
}
# generated tasks are shown in the reader's language, whatever title the rule stored
RULE_TITLES = {
    "review": QT_TRANSLATE_NOOP("MyDay", "Review meeting"),
    "birthday": QT_TRANSLATE_NOOP("MyDay", "Birthday greeting"),
    "document": QT_TRANSLATE_NOOP("MyDay", "Identity document expires"),
    "consent": QT_TRANSLATE_NOOP("MyDay", "Consent expires"),
    "risk": QT_TRANSLATE_NOOP("MyDay", "Risk assessment expires"),
}
PRIORITIES = {
    "low": QT_TRANSLATE_NOOP("MyDay", "Low"),
    "normal": QT_TRANSLATE_NOOP("MyDay", "Normal"),
    "high": QT_TRANSLATE_NOOP("MyDay", "High"),
}
COMPLAINT_STATES = {
    "received": QT_TRANSLATE_NOOP("MyDay", "not acknowledged"),
    "acknowledged": QT_TRANSLATE_NOOP("MyDay", "not resolved"),
    "investigating": QT_TRANSLATE_NOOP("MyDay", "not resolved"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("MyDay", "Due"),
    QT_TRANSLATE_NOOP("MyDay", "Task"),
    QT_TRANSLATE_NOOP("MyDay", "Client"),
    QT_TRANSLATE_NOOP("MyDay", "Assignee"),
    QT_TRANSLATE_NOOP("MyDay", "Priority"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def format_due(due: dt.datetime, all_day: bool, tz: dt.tzinfo | None = None) -> str:
    local = to_local(due, tz)
    if all_day:
        return i18n.format_date(local.date())
    return f"{i18n.format_date(local.date())} {local:%H:%M}"


def format_deadline(due: dt.datetime, tz: dt.tzinfo | None = None) -> str:
    """A service-level deadline is the end of a working day: show that day."""
    return i18n.format_date((to_local(due, tz) - dt.timedelta(minutes=1)).date())


class MyDayView(QWidget):
    openClient = Signal(int)
    changed = Signal()  # a task was completed: the card's timeline may have a new entry

    def __init__(
        self,
        office: Office,
        actor: str = "advisor",
        parent: QWidget | None = None,
        *,
        tz: dt.tzinfo | None = None,
        run_rules: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myDay")
        self.office = office
        self.actor = actor
        self.tz = tz
        self.run_rules = run_rules and not office.read_only
        self.data: MyDay | None = None
        self._loaded = False
        self._rules_day: dt.date | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.who_label = QLabel()
        bar.addWidget(self.who_label)
        self.assignee_filter = QComboBox()
        self.assignee_filter.setObjectName("assigneeFilter")
        self.assignee_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assignee_filter.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.assignee_filter)
        bar.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("myDaySummary")
        self.summary_label.setStyleSheet("color: #555;")
        bar.addWidget(self.summary_label)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshMyDay")
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.tree = QTreeWidget()
        self.tree.setObjectName("myDayTree")
        self.tree.setColumnCount(len(HEADERS))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((175, 240, 130, 90, 70)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)

        actions = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newTask")
        self.new_button.setEnabled(not office.read_only)
        self.new_button.clicked.connect(self.new_task)
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openTaskClient")
        self.open_button.clicked.connect(self.open_selected_client)
        actions.addWidget(self.open_button)
        self.done_button = QPushButton()
        self.done_button.setObjectName("completeTask")
        self.done_button.clicked.connect(self.complete_selected)
        self.done_button.setEnabled(False)
        actions.addWidget(self.done_button)
        layout.addLayout(actions)
        self.retranslate()

    # ---- language --------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.who_label.setText(QCoreApplication.translate("MyDay", "Tasks of"))
        self.refresh_button.setText(QCoreApplication.translate("MyDay", "Refresh"))
        self.open_button.setText(QCoreApplication.translate("MyDay", "Open client"))
        self.done_button.setText(QCoreApplication.translate("MyDay", "Done…"))
        self.new_button.setText(QCoreApplication.translate("MyDay", "New task…"))
        self.tree.setHeaderLabels([tr(h) for h in HEADERS])
        if self.assignee_filter.count():
            self.assignee_filter.setItemText(0, QCoreApplication.translate("MyDay", "Everyone"))
        if self.data is not None:
            self._fill(self.data)

    # ---- loading ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Run the reminder rules (once a day; idempotent), refill the filter, reload."""
        self._loaded = True
        today = dt.date.today()
        # the rules cost ~0.2 s on 100,000 clients: run them once a day, not on every refresh
        if self.run_rules and self._rules_day != today:
            self._rules_day = today
            try:
                with self.office.transaction() as s:
                    ReminderRules(s, tz=self.tz).run()
            except Exception:  # rules must never keep an advisor from their day
                log.exception("reminder rules failed")
        current = self.assignee_filter.currentData()
        with self.office.session() as s:
            names = assignees(s)
        self.assignee_filter.blockSignals(True)
        self.assignee_filter.clear()
        self.assignee_filter.addItem(QCoreApplication.translate("MyDay", "Everyone"), None)
        for name in names:
            self.assignee_filter.addItem(name, name)
        index = self.assignee_filter.findData(current) if current else 0
        self.assignee_filter.setCurrentIndex(max(index, 0))
        self.assignee_filter.blockSignals(False)
        self.reload()

    def set_assignee(self, name: str | None) -> None:
        index = self.assignee_filter.findData(name) if name else 0
        if index >= 0:
            self.assignee_filter.setCurrentIndex(index)

    def reload(self) -> None:
        with self.office.session() as s:
            self.data = my_day(s, self.assignee_filter.currentData(), tz=self.tz)
        self._fill(self.data)

    def _fill(self, data: MyDay) -> None:
        selected = self.selected_task()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for name in ("overdue", "today", "week"):
            group = data.groups[name]
            shown = len(group.tasks)
            count = f"{shown:,}" if shown == group.total else f"{shown:,} / {group.total:,}"
            top = QTreeWidgetItem([f"{tr(GROUP_TITLES[name])} ({count})"])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            for task in group.tasks:
                item = QTreeWidgetItem(
                    [
                        format_due(task.due_at, task.all_day, self.tz),
                        self.task_title(task),
                        task.client_name or "",
                        task.assignee or "",
                        tr(PRIORITIES.get(task.priority, task.priority)),
                    ]
                )
                item.setData(0, TASK_ROLE, task)
                item.setData(0, CLIENT_ROLE, task.client_id)
                if name == "overdue":
                    item.setForeground(0, QBrush(OVERDUE_COLOR))
                if task.priority == "high":
                    item.setFont(1, bold)
                top.addChild(item)
                if selected is not None and task.id == selected.id:
                    self.tree.setCurrentItem(item)
            top.setExpanded(True)
        if data.complaints:
            top = QTreeWidgetItem([f"{tr(GROUP_TITLES['complaints'])} ({len(data.complaints)})"])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            for complaint in data.complaints:
                item = QTreeWidgetItem(
                    [
                        format_deadline(complaint.due_at, self.tz),
                        f"{complaint.summary.splitlines()[0][:80]} — "
                        + tr(COMPLAINT_STATES.get(complaint.state, "")),
                        complaint.client_name,
                        complaint.owner or "",
                        "",
                    ]
                )
                item.setData(0, CLIENT_ROLE, complaint.client_id)
                item.setForeground(0, QBrush(OVERDUE_COLOR))
                top.addChild(item)
            top.setExpanded(True)
        total = data.task_count
        self.summary_label.setText(
            QCoreApplication.translate("MyDay", "%1 open tasks").replace("%1", f"{total:,}")
            if total
            else QCoreApplication.translate("MyDay", "Nothing due this week")
        )
        self._update_buttons()

    @staticmethod
    def task_title(task: MyDayTask) -> str:
        if task.generated and task.kind in RULE_TITLES:
            return tr(RULE_TITLES[task.kind])
        return task.title

    # ---- actions ---------------------------------------------------------------------

    def selected_task(self) -> MyDayTask | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        task = item.data(0, TASK_ROLE)
        return task if isinstance(task, MyDayTask) else None

    def select_task(self, task_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                task = top.child(j).data(0, TASK_ROLE)
                if isinstance(task, MyDayTask) and task.id == task_id:
                    self.tree.setCurrentItem(top.child(j))
                    return True
        return False

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        task = self.selected_task()
        self.done_button.setEnabled(task is not None and not self.office.read_only)
        self.open_button.setEnabled(item is not None and item.data(0, CLIENT_ROLE) is not None)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        client_id = item.data(0, CLIENT_ROLE)
        if client_id is not None:
            self.openClient.emit(int(client_id))

    def open_selected_client(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._activated(item, 0)

    def new_task(self) -> None:
        """A task of one's own or for a client chosen in the dialog; the list reloads."""
        from ui.dialogs.task_dialog import TaskDialog

        dialog = TaskDialog(self.office, self.actor, parent=self, tz=self.tz)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.task_id is not None:
            self.task_added(dialog.task_id)

    def task_added(self, task_id: int) -> None:
        """A task was created (here or on a card): reload if loaded, and select it."""
        if self._loaded:
            self.refresh()
            self.select_task(task_id)

    def complete_selected(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        dialog = CompleteTaskDialog(
            self.task_title(task), task.client_name, task.recurrence != "none", self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.office.transaction() as s:
                TaskService(s, self.actor, tz=self.tz).complete(
                    task.id, task.version, dialog.outcome()
                )
        except ConflictError:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MyDay", "Task changed"),
                QCoreApplication.translate(
                    "MyDay",
                    "Someone else changed this task; the list was reloaded. Nothing was saved.",
                ),
            )
        except ValidationError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("MyDay", "Task not completed"), str(exc)
            )
        else:
            self.changed.emit()
        self.reload()

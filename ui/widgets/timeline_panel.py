"""The card's timeline: what has happened with this client, newest first, by month.

A lazy TimelineModel under a QListView (only fetched pages exist), a search box and a type
filter (both SQL), one line per entry that expands to the full text on click or Enter, and
quick add from the keyboard (Ctrl+I anywhere on the card). Edit, move to the trash, restore,
history and files are one transaction each, like the household panel.
"""

from __future__ import annotations

import datetime as dt
import logging
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentError
from app.timeline import KINDS, InteractionService, RevisionEntry
from db.errors import ConflictError, OfficeError
from db.office import Office
from ui import i18n
from ui.attachment_opener import OpenedFiles
from ui.models.timeline_model import (
    KIND_COLOURS,
    EntryRole,
    ExpandedRole,
    IsHeaderRole,
    TimelineModel,
    details,
    kind_label,
    summary,
    when_label,
)

log = logging.getLogger(__name__)
CTX = "TimelinePanel"
PAD = 6
ADD_SHORTCUT = "Ctrl+I"

Index = QModelIndex | QPersistentModelIndex


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


class TimelineDelegate(QStyledItemDelegate):
    """Month headers as bands; entries as time, a coloured kind chip and the summary line,
    plus the word-wrapped details when expanded."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._time_cache: tuple[object, int] = (None, 0)

    def _width(self) -> int:
        return max(200, self.view.viewport().width())

    @staticmethod
    def _chip_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        return small

    def _chip_width(self, fm: QFontMetrics) -> int:
        small = QFontMetrics(self._chip_font(self.view.font()))
        widest = max(small.horizontalAdvance(kind_label(k)) for k in KINDS)
        return min(widest, 11 * fm.averageCharWidth()) + 3 * PAD

    def _time_width(self, fm: QFontMetrics) -> int:
        # the widest day and time in the current language ("28 Sep 23:59", "12月28日 23:59")
        key = (i18n.locale_name(), fm.height())
        if self._time_cache[0] != key:
            sample = dt.datetime(2026, 12, 28, 23, 59).astimezone()
            self._time_cache = (key, fm.horizontalAdvance(when_label(sample)) + 2 * PAD)
        return self._time_cache[1]

    def _text_rect(self, fm: QFontMetrics) -> int:
        return PAD + self._time_width(fm) + self._chip_width(fm) + PAD

    def _details_left(self, fm: QFontMetrics) -> int:
        return PAD + self._time_width(fm)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        line = fm.height() + 2 * PAD
        if index.data(IsHeaderRole):
            return QSize(self._width(), fm.height() + PAD + 4)
        if not index.data(ExpandedRole):
            return QSize(self._width(), line)
        entry = index.data(EntryRole)
        left = self._details_left(fm)
        box = fm.boundingRect(
            QRect(0, 0, max(50, self._width() - left - PAD), 100_000),
            Qt.TextFlag.TextWordWrap,
            f"{entry.subject}\n{details(entry)}",
        )
        return QSize(self._width(), line + box.height() + PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = option.rect
        fm = QFontMetrics(option.font)
        if index.data(IsHeaderRole):
            painter.fillRect(rect, QColor("#eef1f5"))
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#2b3440"))
            painter.drawText(
                rect.adjusted(PAD, 0, -PAD, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(index.data()),
            )
            painter.restore()
            return
        entry = index.data(EntryRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, option.palette.highlight())
        elif index.row() % 2:
            painter.fillRect(rect, QColor("#fafbfc"))
        text_pen = option.palette.highlightedText().color() if selected else QColor("#1f2328")
        grey = option.palette.highlightedText().color() if selected else QColor("#6a737d")
        top = rect.top() + PAD
        height = fm.height()
        x = rect.left() + PAD
        painter.setPen(grey)
        painter.drawText(
            QRect(x, top, self._time_width(fm), height),
            Qt.AlignmentFlag.AlignVCenter,
            when_label(entry.occurred_at),
        )
        x += self._time_width(fm)
        chip = QRect(x, top - 1, self._chip_width(fm) - PAD, height + 2)
        background, colour = KIND_COLOURS.get(entry.kind, ("#f3f3f3", "#444444"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor(colour))
        small = self._chip_font(option.font)
        painter.setFont(small)
        painter.drawText(
            chip,
            Qt.AlignmentFlag.AlignCenter,
            QFontMetrics(small).elidedText(
                kind_label(entry.kind), Qt.TextElideMode.ElideRight, chip.width() - 4
            ),
        )
        painter.setFont(option.font)
        x = rect.left() + self._text_rect(fm)
        width = rect.right() - PAD - x
        bold = QFont(option.font)
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        subject = bold_fm.elidedText(entry.subject, Qt.TextElideMode.ElideRight, width)
        painter.setFont(bold)
        painter.setPen(text_pen)
        painter.drawText(QRect(x, top, width, height), Qt.AlignmentFlag.AlignVCenter, subject)
        used = bold_fm.horizontalAdvance(subject)
        rest = summary(entry)[len(entry.subject) :]
        if rest and used < width:
            painter.setFont(option.font)
            painter.setPen(grey)
            painter.drawText(
                QRect(x + used, top, width - used, height),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(rest, Qt.TextElideMode.ElideRight, width - used),
            )
        if index.data(ExpandedRole):
            painter.setFont(option.font)
            painter.setPen(text_pen)
            left = rect.left() + self._details_left(fm)
            painter.drawText(
                QRect(
                    left,
                    top + height + PAD,
                    rect.right() - PAD - left,
                    rect.bottom() - top - height - PAD,
                ),
                Qt.TextFlag.TextWordWrap,
                f"{entry.subject}\n{details(entry)}",
            )
        painter.setPen(QColor("#e6e8eb"))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


class TimelinePanel(QWidget):
    """One client's timeline; `load(client_id, name, members)` refills it."""

    changed = Signal(int)  # an entry of this client was added, edited, trashed or restored
    message = Signal(str)

    def __init__(self, office: Office, actor: str = "advisor", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.office = office
        self.actor = actor
        self.client_id: int | None = None
        self.client_name = ""
        self.members: list[tuple[int, str]] = []  # household members to share entries with
        self.opened = OpenedFiles()
        self._t = i18n.Retranslator(CTX)
        self.model = TimelineModel(office.session, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filter)
        self._build()
        self.destroyed.connect(self.opened.cleanup)

    # ---- construction --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("timelineSearch")
        self.search.setClearButtonEnabled(True)
        self._t.bind(
            self.search.setPlaceholderText,
            QT_TRANSLATE_NOOP("TimelinePanel", "Search this timeline"),
        )
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("timelineKind")
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.add_button = QPushButton()
        self.add_button.setObjectName("timelineAdd")
        self._t.bind(self.add_button.setText, QT_TRANSLATE_NOOP("TimelinePanel", "Add entry…"))
        self._t.bind(
            self.add_button.setToolTip,
            QT_TRANSLATE_NOOP(
                "TimelinePanel", "Record a call, meeting or note for this client (Ctrl+I)"
            ),
        )
        self.add_button.clicked.connect(self.add_entry)
        self.trash_button = QPushButton()
        self.trash_button.setObjectName("timelineTrash")
        self._t.bind(self.trash_button.setText, QT_TRANSLATE_NOOP("TimelinePanel", "Trash"))
        self._t.bind(
            self.trash_button.setToolTip,
            QT_TRANSLATE_NOOP(
                "TimelinePanel", "Entries moved to the trash, restorable until purged"
            ),
        )
        self.trash_menu = QMenu(self.trash_button)
        self.trash_menu.aboutToShow.connect(self._fill_trash_menu)
        self.trash_button.setMenu(self.trash_menu)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind_filter, 2)
        layout.addLayout(bar)
        self.count_label = QLabel()
        self.count_label.setObjectName("timelineCount")
        self.count_label.setStyleSheet("color: #555;")
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.trash_button)
        layout.addLayout(actions)
        self.view = QListView()
        self.view.setObjectName("timelineView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.clicked.connect(self._toggle)
        self.view.installEventFilter(self)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("color: gray;")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self._fill_kinds()
        self._update_count()

    def install_shortcut(self, on: QWidget) -> QShortcut:
        """Ctrl+I anywhere inside `on` (the card) opens the quick add dialog."""
        shortcut = QShortcut(QKeySequence(ADD_SHORTCUT), on)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add_entry)
        return shortcut

    def _fill_kinds(self) -> None:
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(QCoreApplication.translate("TimelinePanel", "All types"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        found = self.kind_filter.findData(current)
        self.kind_filter.setCurrentIndex(max(0, found))
        self.kind_filter.blockSignals(False)

    # ---- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._t.apply()
            self._fill_kinds()
            self.model.retranslate()
            self._update_count()
        super().changeEvent(event)

    # ---- filling ---------------------------------------------------------------------------
    def load(
        self, client_id: int | None, name: str = "", members: list[tuple[int, str]] | None = None
    ) -> None:
        if client_id != self.client_id:
            self.opened.cleanup()
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.kind_filter.blockSignals(True)
            self.kind_filter.setCurrentIndex(0)
            self.kind_filter.blockSignals(False)
            self.model.kinds, self.model.text = None, ""
        self.client_id = client_id
        self.client_name = name
        self.members = [m for m in (members or []) if m[0] != client_id]
        self.model.set_client(client_id)
        writable = client_id is not None and not self.office.read_only
        self.add_button.setEnabled(writable)
        self.trash_button.setEnabled(client_id is not None)

    def _apply_filter(self) -> None:
        self.model.set_filter(
            None if self.kind_filter.currentData() is None else [self.kind_filter.currentData()],
            self.search.text().strip(),
        )

    def _update_count(self, *_args: object) -> None:
        total = self.model.total
        filtered = bool(self.model.text) or self.model.kinds is not None
        if self.client_id is None:
            text = QCoreApplication.translate(
                "TimelinePanel",
                "Save the new client first; then record what happens with them here.",
            )
        elif total == 0 and filtered:
            text = QCoreApplication.translate(
                "TimelinePanel", "No entry matches this search or type."
            )
        elif total == 0:
            text = QCoreApplication.translate(
                "TimelinePanel", "Nothing recorded yet. Press Ctrl+I to add the first entry."
            )
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.count_label.setText(
            QCoreApplication.translate("TimelinePanel", "%1 entries").replace(
                "%1", i18n.format_int(total)
            )
            if total
            else ""
        )

    # ---- expanding -------------------------------------------------------------------------
    def _toggle(self, index: QModelIndex) -> None:
        if index.isValid() and not index.data(IsHeaderRole):
            self.model.toggle_expanded(index.row())
            self.view.doItemsLayout()
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self._toggle(self.view.currentIndex())
                return True
            if key == Qt.Key.Key_Delete:
                self.trash_current()
                return True
        return super().eventFilter(watched, event)

    # ---- actions ---------------------------------------------------------------------------
    def _current_entry_id(self) -> int | None:
        entry = self.view.currentIndex().data(EntryRole)
        return entry.id if entry is not None else None

    def add_entry(self) -> None:
        if self.client_id is None or self.office.read_only:
            return
        from ui.dialogs.interaction_dialog import InteractionDialog

        client_id = self.client_id

        def save(values: dict) -> int:
            shared = values.pop("share_with", [])
            with self.office.transaction() as session:
                return InteractionService(session, self.actor).record(
                    [client_id, *shared], **values
                )

        dialog = InteractionDialog(save, self.client_name, self.members, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.model.refresh()
            row = self.model.row_of(dialog.saved_id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
            self.message.emit(QCoreApplication.translate("TimelinePanel", "Entry recorded."))
            self.changed.emit(client_id)

    def edit_current(self) -> None:
        entry_id = self._current_entry_id()
        if entry_id is None or self.office.read_only:
            return
        from ui.dialogs.interaction_dialog import InteractionDialog

        with self.office.session() as session:
            data = InteractionService(session).get(entry_id)
        others = [cid for cid in data.client_ids if cid != self.client_id]

        def save(values: dict) -> int:
            shared = values.pop("share_with", None)
            if shared is not None:
                keep = [cid for cid in others if cid not in {m for m, _ in self.members}]
                values["client_ids"] = [self.client_id, *keep, *shared]
            with self.office.transaction() as session:
                InteractionService(session, self.actor).edit(entry_id, data.version, **values)
            return entry_id

        dialog = InteractionDialog(save, self.client_name, self.members, data=data, parent=self)
        if dialog.exec():
            self._reload_keeping(entry_id)
            self.message.emit(QCoreApplication.translate("TimelinePanel", "Entry saved."))

    def _reload_keeping(self, entry_id: int) -> None:
        loaded = self.model.loaded_entries
        self.model.refresh()
        while self.model.loaded_entries < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(entry_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        if self.client_id is not None:
            self.changed.emit(self.client_id)

    def trash_current(self) -> None:
        entry = self.view.currentIndex().data(EntryRole)
        if entry is None or self.office.read_only:
            return
        try:
            with self.office.transaction() as session:
                InteractionService(session, self.actor).delete(entry.id, entry.version)
        except ConflictError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("TimelinePanel", "Timeline"),
                QCoreApplication.translate("AppMessages", str(exc)),
            )
            self.model.refresh()
            return
        except (LookupError, OfficeError) as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("TimelinePanel", "Timeline"), str(exc)
            )
            return
        self._reload_keeping(entry.id)
        self.message.emit(
            QCoreApplication.translate(
                "TimelinePanel", "Moved to the trash: %1. Restore it from Trash."
            ).replace("%1", entry.subject)
        )

    def _fill_trash_menu(self) -> None:
        self.trash_menu.clear()
        if self.client_id is None:
            return
        with self.office.session() as session:
            service = InteractionService(session)
            entries = service.trash(self.client_id)
            days = service.trash_days()
        if not entries:
            action = self.trash_menu.addAction(
                QCoreApplication.translate("TimelinePanel", "The trash is empty")
            )
            action.setEnabled(False)
            return
        note = self.trash_menu.addAction(
            QCoreApplication.translate(
                "TimelinePanel", "Deleted entries are kept %1 days, then purged"
            ).replace("%1", str(days))
        )
        note.setEnabled(False)
        for entry in entries[:30]:
            text = (
                QCoreApplication.translate("TimelinePanel", "Restore: %1 (%2, deleted %3)")
                .replace("%1", entry.subject)
                .replace("%2", kind_label(entry.kind))
                .replace("%3", i18n.format_date(entry.deleted_at.astimezone().date()))
            )
            action = self.trash_menu.addAction(text)
            action.setEnabled(not self.office.read_only)
            action.triggered.connect(lambda _c=False, i=entry.id: self.restore(i))

    def restore(self, entry_id: int) -> None:
        try:
            with self.office.transaction() as session:
                InteractionService(session, self.actor).restore(entry_id)
        except (LookupError, OfficeError) as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("TimelinePanel", "Timeline"), str(exc)
            )
            return
        self._reload_keeping(entry_id)
        self.message.emit(QCoreApplication.translate("TimelinePanel", "Entry restored."))

    def show_history(self) -> None:
        entry_id = self._current_entry_id()
        if entry_id is None:
            return
        with self.office.session() as session:
            history = InteractionService(session).history(entry_id)
        QMessageBox.information(
            self,
            QCoreApplication.translate("TimelinePanel", "History of this entry"),
            history_html(history),
        )

    def attach_file(self) -> None:
        entry_id = self._current_entry_id()
        if entry_id is None or self.office.read_only:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("TimelinePanel", "Attach a file")
        )
        if not path:
            return
        from pathlib import Path

        try:
            file = Path(path)
            data = file.read_bytes()
            with self.office.transaction() as session:
                InteractionService(session, self.actor).attach(entry_id, file.name, data)
        except AttachmentError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("TimelinePanel", "Attach a file"), str(exc)
            )
            return
        except OSError:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("TimelinePanel", "Attach a file"),
                QCoreApplication.translate("TimelinePanel", "The file cannot be read."),
            )
            return
        self._reload_keeping(entry_id)

    def open_attachment(self, attachment_id: int) -> None:
        with self.office.session() as session:
            service = InteractionService(session)
            info = next(
                (
                    a
                    for a in service.attachments(self._current_entry_id() or 0)
                    if a.id == attachment_id
                ),
                None,
            )
            if info is None:
                return
            data = service.read_attachment(attachment_id)
        self.opened.open(info.filename, data)

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        index = self.view.indexAt(pos)
        if not index.isValid() or index.data(IsHeaderRole):
            return
        self.view.setCurrentIndex(index)
        entry = index.data(EntryRole)
        menu = QMenu(self)
        writable = not self.office.read_only
        expand = menu.addAction(
            QCoreApplication.translate("TimelinePanel", "Collapse")
            if index.data(ExpandedRole)
            else QCoreApplication.translate("TimelinePanel", "Expand")
        )
        expand.triggered.connect(lambda: self._toggle(index))
        edit = menu.addAction(QCoreApplication.translate("TimelinePanel", "Edit…"))
        edit.setEnabled(writable)
        edit.triggered.connect(self.edit_current)
        attach = menu.addAction(QCoreApplication.translate("TimelinePanel", "Attach a file…"))
        attach.setEnabled(writable)
        attach.triggered.connect(self.attach_file)
        if entry.attachments:
            files = menu.addMenu(QCoreApplication.translate("TimelinePanel", "Open a file"))
            with self.office.session() as session:
                for info in InteractionService(session).attachments(entry.id):
                    action = files.addAction(info.filename)
                    action.triggered.connect(lambda _c=False, i=info.id: self.open_attachment(i))
        history = menu.addAction(QCoreApplication.translate("TimelinePanel", "History…"))
        history.triggered.connect(self.show_history)
        menu.addSeparator()
        trash = menu.addAction(QCoreApplication.translate("TimelinePanel", "Move to the trash"))
        trash.setEnabled(writable)
        trash.triggered.connect(self.trash_current)
        menu.popup(self.view.viewport().mapToGlobal(pos))


FIELD_NAMES = {
    "kind": QT_TRANSLATE_NOOP("TimelinePanel", "Type"),
    "occurred_at": QT_TRANSLATE_NOOP("TimelinePanel", "When"),
    "duration_minutes": QT_TRANSLATE_NOOP("TimelinePanel", "Duration"),
    "direction": QT_TRANSLATE_NOOP("TimelinePanel", "Direction"),
    "channel": QT_TRANSLATE_NOOP("TimelinePanel", "Channel"),
    "subject": QT_TRANSLATE_NOOP("TimelinePanel", "Subject"),
    "body": QT_TRANSLATE_NOOP("TimelinePanel", "Notes"),
    "outcome": QT_TRANSLATE_NOOP("TimelinePanel", "Outcome"),
    "follow_up": QT_TRANSLATE_NOOP("TimelinePanel", "Follow-up"),
    "satisfaction": QT_TRANSLATE_NOOP("TimelinePanel", "Satisfaction"),
    "client_ids": QT_TRANSLATE_NOOP("TimelinePanel", "Clients"),
    "staff": QT_TRANSLATE_NOOP("TimelinePanel", "Staff"),
    "member_ids": QT_TRANSLATE_NOOP("TimelinePanel", "Family members present"),
    "attachment": QT_TRANSLATE_NOOP("TimelinePanel", "File"),
}
ACTIONS = {
    "created": QT_TRANSLATE_NOOP("TimelinePanel", "created"),
    "edited": QT_TRANSLATE_NOOP("TimelinePanel", "edited"),
    "deleted": QT_TRANSLATE_NOOP("TimelinePanel", "moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("TimelinePanel", "restored from the trash"),
    "attached": QT_TRANSLATE_NOOP("TimelinePanel", "file attached"),
}


def _value(value: object) -> str:
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        try:
            return when_label(dt.datetime.fromisoformat(value)) + f" {value[:4]}"
        except ValueError:
            return value
    return str(value)


def history_html(history: list[RevisionEntry]) -> str:
    """Who changed what and when, newest last, as rich text for a message box."""
    parts = []
    for rev in history:
        head = (
            f"<b>{escape(i18n.format_date(rev.at.astimezone().date()))} "
            f"{rev.at.astimezone():%H:%M}</b> — {escape(rev.actor)}: "
            f"{escape(tr(ACTIONS.get(rev.action, rev.action)))}"
        )
        rows = []
        if rev.action == "edited":
            for name, (before, after) in rev.changes.items():
                rows.append(
                    f"<li>{escape(tr(FIELD_NAMES.get(name, name)))}: "
                    f"{escape(_value(before))} → {escape(_value(after))}</li>"
                )
        elif rev.action == "attached":
            rows.append(f"<li>{escape(_value(rev.changes.get('attachment', [None, ''])[1]))}</li>")
        parts.append(head + (f"<ul>{''.join(rows)}</ul>" if rows else "<br>"))
    return "".join(parts) or escape(
        QCoreApplication.translate("TimelinePanel", "No history recorded.")
    )

"""A client's timeline as a lazy list model: month headers between pages of entries.

Only fetched pages live in Python (PAGE_SIZE entries at a time through fetchMore), so a
client with 10,000 entries costs one count and one page to open. Filters and search are
SQL (TimelineQuery); a change of filter re-runs the query from the top.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from sqlalchemy.orm import Session

from app.timeline import TimelineEntry, TimelineQuery, month_of
from ui import i18n

PAGE_SIZE = 50
CTX = "Timeline"

EntryRole = Qt.ItemDataRole.UserRole + 1  # the TimelineEntry, or None on a month header
IsHeaderRole = Qt.ItemDataRole.UserRole + 2
ExpandedRole = Qt.ItemDataRole.UserRole + 3
InteractionIdRole = Qt.ItemDataRole.UserRole + 4
MonthRole = Qt.ItemDataRole.UserRole + 5

KIND_LABELS = {
    "call": QT_TRANSLATE_NOOP("Timeline", "Call"),
    "meeting": QT_TRANSLATE_NOOP("Timeline", "Meeting"),
    "visit": QT_TRANSLATE_NOOP("Timeline", "Visit"),
    "email": QT_TRANSLATE_NOOP("Timeline", "Email"),
    "message": QT_TRANSLATE_NOOP("Timeline", "Message / WeChat"),
    "letter": QT_TRANSLATE_NOOP("Timeline", "Letter"),
    "note": QT_TRANSLATE_NOOP("Timeline", "Note"),
    "review_meeting": QT_TRANSLATE_NOOP("Timeline", "Review meeting"),
    "complaint": QT_TRANSLATE_NOOP("Timeline", "Complaint"),
    "service_request": QT_TRANSLATE_NOOP("Timeline", "Service request"),
    "purchase_redemption": QT_TRANSLATE_NOOP("Timeline", "Purchase / redemption"),
    "document": QT_TRANSLATE_NOOP("Timeline", "Document"),
    "suitability": QT_TRANSLATE_NOOP("Timeline", "Suitability check"),
    "pack_printed": QT_TRANSLATE_NOOP("Timeline", "Review pack printed"),
}
# a quiet colour per kind for the chip on each line (background, text)
KIND_COLOURS = {
    "call": ("#e3effb", "#0b4f8a"),
    "meeting": ("#e8f5e9", "#1b5e20"),
    "visit": ("#e8f5e9", "#1b5e20"),
    "review_meeting": ("#dff2ea", "#0f5132"),
    "email": ("#eef0f7", "#3a4266"),
    "message": ("#e6f6f2", "#0d5c4a"),
    "letter": ("#eef0f7", "#3a4266"),
    "note": ("#f3f3f3", "#444444"),
    "complaint": ("#fbe4e6", "#8b1a1a"),
    "service_request": ("#fff3cd", "#664d03"),
    "purchase_redemption": ("#f1e8fb", "#4a2a7a"),
    "document": ("#f3efe6", "#5a4a26"),
    "suitability": ("#fdecea", "#8a2c0d"),
    "pack_printed": ("#eceff1", "#37474f"),
}
DIRECTION_LABELS = {
    "in": QT_TRANSLATE_NOOP("Timeline", "from the client"),
    "out": QT_TRANSLATE_NOOP("Timeline", "to the client"),
}
CHANNEL_LABELS = {
    "phone": QT_TRANSLATE_NOOP("Timeline", "Phone"),
    "in_person": QT_TRANSLATE_NOOP("Timeline", "In person"),
    "video": QT_TRANSLATE_NOOP("Timeline", "Video call"),
    "email": QT_TRANSLATE_NOOP("Timeline", "Email"),
    "wechat": QT_TRANSLATE_NOOP("Timeline", "WeChat"),
    "sms": QT_TRANSLATE_NOOP("Timeline", "SMS"),
    "post": QT_TRANSLATE_NOOP("Timeline", "Post"),
    "online": QT_TRANSLATE_NOOP("Timeline", "Online"),
}

Index = QModelIndex | QPersistentModelIndex


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS.get(kind, kind))


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone()


def month_label(month: dt.date) -> str:
    fmt = "yyyy年M月" if i18n.is_chinese() else "MMMM yyyy"
    return QLocale().toString(QDate(month.year, month.month, 1), fmt)


def when_label(moment: dt.datetime) -> str:
    """Day and time in local time; the month is in the header above."""
    at = local(moment)
    day = QLocale().toString(
        QDate(at.year, at.month, at.day), "M月d日" if i18n.is_chinese() else "d MMM"
    )
    return f"{day} {at:%H:%M}"


def summary(entry: TimelineEntry) -> str:
    """One line: subject — first line of the outcome or notes."""
    preview = entry.preview
    return f"{entry.subject} — {preview}" if preview else entry.subject


def details(entry: TimelineEntry) -> str:
    """The full text an expanded entry shows below its summary line."""
    lines: list[str] = []
    facts: list[str] = []
    if entry.channel:
        facts.append(tr(CHANNEL_LABELS.get(entry.channel, entry.channel)))
    if entry.direction:
        facts.append(tr(DIRECTION_LABELS.get(entry.direction, entry.direction)))
    if entry.duration_minutes is not None:
        facts.append(
            QCoreApplication.translate("Timeline", "%1 min").replace(
                "%1", str(entry.duration_minutes)
            )
        )
    if entry.satisfaction is not None:
        facts.append(
            QCoreApplication.translate("Timeline", "satisfaction %1/5").replace(
                "%1", str(entry.satisfaction)
            )
        )
    facts.append(
        QCoreApplication.translate("Timeline", "recorded by %1").replace("%1", entry.created_by)
    )
    lines.append(" · ".join(facts))
    if entry.body:
        lines.append(entry.body.strip())
    if entry.outcome:
        lines.append(
            QCoreApplication.translate("Timeline", "Outcome: %1").replace(
                "%1", entry.outcome.strip()
            )
        )
    if entry.follow_up:
        lines.append(
            QCoreApplication.translate("Timeline", "Follow-up: %1").replace(
                "%1", entry.follow_up.strip()
            )
        )
    if entry.attachments:
        lines.append(
            QCoreApplication.translate("Timeline", "Files attached: %1").replace(
                "%1", str(entry.attachments)
            )
        )
    if entry.clients > 1:
        lines.append(
            QCoreApplication.translate(
                "Timeline", "Shared with %1 other clients' timelines"
            ).replace("%1", str(entry.clients - 1))
        )
    return "\n".join(lines)


class TimelineModel(QAbstractListModel):
    """Rows are month headers and entries, newest first; entries arrive a page at a time."""

    def __init__(self, session_factory: Callable[[], Session], parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions = session_factory
        self.client_id: int | None = None
        self.kinds: tuple[str, ...] | None = None
        self.text = ""
        self._rows: list[TimelineEntry | dt.date] = []
        self._loaded = 0  # entries (not headers) loaded
        self._total = 0
        self._expanded: set[int] = set()

    # ---- querying --------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """Entries matching the filter (the count comes from SQL, not from loaded rows)."""
        return self._total

    @property
    def loaded_entries(self) -> int:
        return self._loaded

    def _query(self, session: Session) -> TimelineQuery:
        assert self.client_id is not None
        return TimelineQuery(session, self.client_id, self.kinds, self.text)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self._expanded.clear()
        self.refresh()

    def set_filter(self, kinds: Iterable[str] | None, text: str) -> None:
        kinds = tuple(kinds) if kinds is not None else None
        if kinds == self.kinds and text == self.text:
            return
        self.kinds, self.text = kinds, text
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query from the top (after a filter change, an add, an edit)."""
        self.beginResetModel()
        self._rows, self._loaded, self._total = [], 0, 0
        if self.client_id is not None:
            with self._sessions() as session:
                query = self._query(session)
                self._total = query.count()
                if self._total:
                    self._append(query.page(0, PAGE_SIZE))
        self.endResetModel()

    def _append(self, page: list[TimelineEntry]) -> None:
        last_month = self._last_month()
        for entry in page:
            month = month_of(entry.occurred_at)
            if month != last_month:
                self._rows.append(month)
                last_month = month
            self._rows.append(entry)
        self._loaded += len(page)

    def _last_month(self) -> dt.date | None:
        for row in reversed(self._rows):
            if isinstance(row, TimelineEntry):
                return month_of(row.occurred_at)
        return None

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    # ---- lazy loading ----------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.client_id is None:
            return False
        return self._loaded < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore(parent):
            return
        with self._sessions() as session:
            page = self._query(session).page(self._loaded, PAGE_SIZE)
        if not page:
            self._total = self._loaded  # entries went away since we counted
            return
        rows, loaded = list(self._rows), self._loaded
        self._append(page)
        new_rows = self._rows
        self._rows, self._loaded = rows, loaded
        first = len(rows)
        self.beginInsertRows(QModelIndex(), first, len(new_rows) - 1)
        self._rows = new_rows
        self._loaded = loaded + len(page)
        self.endInsertRows()

    # ---- rows ------------------------------------------------------------------------------
    def entry(self, row: int) -> TimelineEntry | None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return item if isinstance(item, TimelineEntry) else None
        return None

    def row_of(self, interaction_id: int) -> int:
        for i, item in enumerate(self._rows):
            if isinstance(item, TimelineEntry) and item.id == interaction_id:
                return i
        return -1

    def is_expanded(self, row: int) -> bool:
        entry = self.entry(row)
        return entry is not None and entry.id in self._expanded

    def toggle_expanded(self, row: int) -> None:
        entry = self.entry(row)
        if entry is None:
            return
        self._expanded ^= {entry.id}
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    # ---- shape -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.entry(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, dt.date):
            if role == Qt.ItemDataRole.DisplayRole:
                return month_label(item)
            if role == IsHeaderRole:
                return True
            if role == MonthRole:
                return QDate(item.year, item.month, 1)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == ExpandedRole:
                return False
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            line = f"{when_label(item.occurred_at)}  {kind_label(item.kind)}  {summary(item)}"
            if item.id in self._expanded:
                return f"{line}\n{details(item)}"
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary(item)
        if role == EntryRole:
            return item
        if role == IsHeaderRole:
            return False
        if role == ExpandedRole:
            return item.id in self._expanded
        if role == InteractionIdRole:
            return item.id
        return None

"""New or edited smart list: a name and conditions combined with AND or OR.

Simple lists are rows (dimension, values or a range); nested AND/OR groups are written in
the JSON view, which is the same definition app/segments.py checks. The count of matching
clients is computed off the UI thread as the conditions change. A hand-picked (static)
list has only a name here; its clients are added from the sidebar.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import segments
from app.smart_lists import ListInfo, SmartListService
from db.errors import ConflictError, OfficeError
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.steps_worker import StepsJob
from ui.widgets.fields import add_dialog_footer

CTX = "SmartListDialog"
DIMENSION_NAMES = {
    "tier": QT_TRANSLATE_NOOP("SmartListDialog", "Tier"),
    "risk_level": QT_TRANSLATE_NOOP("SmartListDialog", "Risk level"),
    "age": QT_TRANSLATE_NOOP("SmartListDialog", "Age (years)"),
    "city": QT_TRANSLATE_NOOP("SmartListDialog", "City"),
    "region": QT_TRANSLATE_NOOP("SmartListDialog", "Region"),
    "occupation": QT_TRANSLATE_NOOP("SmartListDialog", "Occupation"),
    "industry": QT_TRANSLATE_NOOP("SmartListDialog", "Industry"),
    "status": QT_TRANSLATE_NOOP("SmartListDialog", "Status"),
    "owner": QT_TRANSLATE_NOOP("SmartListDialog", "Owner"),
    "tag": QT_TRANSLATE_NOOP("SmartListDialog", "Tag"),
    "need": QT_TRANSLATE_NOOP("SmartListDialog", "Need or interest"),
    "last_contact_days": QT_TRANSLATE_NOOP("SmartListDialog", "Days since last contact"),
    "next_review_days": QT_TRANSLATE_NOOP("SmartListDialog", "Days to next review"),
    "value_score": QT_TRANSLATE_NOOP("SmartListDialog", "Value score"),
    "investable": QT_TRANSLATE_NOOP("SmartListDialog", "Investable assets (minor units)"),
    "custom": QT_TRANSLATE_NOOP("SmartListDialog", "Custom field"),
    "static_list": QT_TRANSLATE_NOOP("SmartListDialog", "In hand-picked list"),
}
COUNT_DEBOUNCE_MS = 400


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


class ConditionRow(QWidget):
    """One condition: dimension, then values (comma-separated) or a min/max range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.dim = QComboBox()
        self.dim.setObjectName("conditionDimension")
        for key, source in DIMENSION_NAMES.items():
            self.dim.addItem(tr(source), key)
        self.field = QLineEdit()
        self.field.setObjectName("conditionField")
        self.field.setPlaceholderText(QCoreApplication.translate("SmartListDialog", "field key"))
        self.values = QLineEdit()
        self.values.setObjectName("conditionValues")
        self.low = QLineEdit()
        self.low.setObjectName("conditionMin")
        self.low.setPlaceholderText(QCoreApplication.translate("SmartListDialog", "from"))
        self.high = QLineEdit()
        self.high.setObjectName("conditionMax")
        self.high.setPlaceholderText(QCoreApplication.translate("SmartListDialog", "to"))
        for edit in (self.low, self.high):
            edit.setMaximumWidth(90)
        self.remove = QToolButton()
        self.remove.setText("✕")
        for widget in (self.dim, self.field, self.values, self.low, self.high, self.remove):
            layout.addWidget(widget)
        self.dim.currentIndexChanged.connect(self._shape)
        self._shape()

    def _shape(self) -> None:
        key = self.dim.currentData()
        ranged = key in segments.RANGE
        self.values.setVisible(not ranged)
        self.field.setVisible(key == "custom")
        for edit in (self.low, self.high):
            edit.setVisible(ranged or key == "custom")
        choices = segments.CHOICES.get(key)
        hint = (
            ", ".join(choices)
            if choices
            else QCoreApplication.translate("SmartListDialog", "values, separated by commas")
        )
        self.values.setPlaceholderText(hint)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"dim": self.dim.currentData()}
        if data["dim"] == "custom":
            data["field"] = self.field.text().strip()
        values = [v.strip() for v in self.values.text().replace("，", ",").split(",")]
        if data["dim"] not in segments.RANGE and any(values):
            data["values"] = [v for v in values if v]
        for key, edit in (("min", self.low), ("max", self.high)):
            if edit.text().strip():
                data[key] = edit.text().strip()
        return data

    def set_json(self, data: dict[str, Any]) -> None:
        index = self.dim.findData(data.get("dim"))
        self.dim.setCurrentIndex(max(0, index))
        self.field.setText(str(data.get("field", "")))
        self.values.setText(", ".join(data.get("values", [])))
        self.low.setText("" if data.get("min") is None else str(data["min"]))
        self.high.setText("" if data.get("max") is None else str(data["max"]))


class SmartListDialog(QDialog):
    def __init__(
        self,
        office: Office,
        actor: str,
        existing: ListInfo | None,
        kind: str = "smart",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("smartListDialog")
        self.office = office
        self.actor = actor
        self.existing = existing
        self.kind = existing.kind if existing else kind
        self.saved_name: str | None = None
        self._token = 0
        self._job: StepsJob | None = None
        self.setWindowTitle(
            tr(QT_TRANSLATE_NOOP("SmartListDialog", "Smart list"))
            if self.kind == "smart"
            else tr(QT_TRANSLATE_NOOP("SmartListDialog", "Hand-picked list"))
        )
        self.resize(680, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setObjectName("listName")
        form.addRow(QCoreApplication.translate("SmartListDialog", "Name"), self.name)
        layout.addLayout(form)
        self.rows: list[ConditionRow] = []
        self.conditions = QWidget()
        self.rows_layout = QVBoxLayout(self.conditions)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.op = QComboBox()
        self.op.setObjectName("groupOp")
        self.op.addItem(
            QCoreApplication.translate("SmartListDialog", "Clients matching all of these (AND)"),
            "and",
        )
        self.op.addItem(
            QCoreApplication.translate("SmartListDialog", "Clients matching any of these (OR)"),
            "or",
        )
        self.add_button = QPushButton(
            QCoreApplication.translate("SmartListDialog", "Add condition")
        )
        self.add_button.setObjectName("addCondition")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.advanced = QCheckBox(
            QCoreApplication.translate("SmartListDialog", "Edit as JSON (nested AND/OR groups)")
        )
        self.advanced.setObjectName("advancedJson")
        self.json_edit = QPlainTextEdit()
        self.json_edit.setObjectName("definitionJson")
        self.json_edit.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("matchCount")
        if self.kind == "smart":
            layout.addWidget(self.op)
            layout.addWidget(self.conditions)
            layout.addWidget(self.add_button)
            layout.addWidget(self.advanced)
            layout.addWidget(self.json_edit, 1)
            layout.addWidget(self.count_label)
        layout.addStretch(0)
        hint = (
            QCoreApplication.translate(
                "SmartListDialog",
                "A smart list is a saved filter: its clients are always the current matches. "
                "An empty group places no condition.",
            )
            if self.kind == "smart"
            else QCoreApplication.translate(
                "SmartListDialog",
                "Add clients to a hand-picked list from the Lists sidebar (right-click).",
            )
        )
        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            hint,
            QCoreApplication.translate("SmartListDialog", "Save"),
            QCoreApplication.translate("SmartListDialog", "Cancel"),
        )
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(COUNT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.update_count)
        self.advanced.toggled.connect(self._toggle_json)
        self.op.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.json_edit.textChanged.connect(self._debounce.start)
        if self.kind == "smart":
            self._load(existing.definition if existing else {"op": "and", "items": []})

    # ---- the definition ------------------------------------------------------------------
    def _load(self, definition: dict[str, Any]) -> None:
        items = definition.get("items", [])
        flat = all(isinstance(i, dict) and "items" not in i for i in items)
        self.op.setCurrentIndex(max(0, self.op.findData(definition.get("op", "and"))))
        if flat:
            for item in items:
                self.add_row(item)
            if not items:
                self.add_row()
        else:
            self.advanced.setChecked(True)
            self.json_edit.setPlainText(json.dumps(definition, ensure_ascii=False, indent=1))
        self._debounce.start()

    def add_row(self, data: dict[str, Any] | None = None) -> ConditionRow:
        row = ConditionRow()
        if data:
            row.set_json(data)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        for edit in (row.values, row.low, row.high, row.field):
            edit.textChanged.connect(self._debounce.start)
        row.dim.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _remove_row(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._debounce.start()

    def _rows_json(self) -> dict[str, Any]:
        return {"op": self.op.currentData(), "items": [r.to_json() for r in self.rows]}

    def _toggle_json(self, on: bool) -> None:
        if on:
            self.json_edit.setPlainText(json.dumps(self._rows_json(), ensure_ascii=False, indent=1))
        self.json_edit.setVisible(on)
        self.conditions.setVisible(not on)
        self.add_button.setVisible(not on)
        self.op.setVisible(not on)

    def definition(self) -> dict[str, Any]:
        """The definition as entered, checked; raises SegmentError with one line."""
        if self.advanced.isChecked():
            try:
                data = json.loads(self.json_edit.toPlainText() or "{}")
            except json.JSONDecodeError:
                raise segments.SegmentError(
                    "The JSON is not valid; check brackets, quotes and commas."
                ) from None
        else:
            data = self._rows_json()
        return segments.parse(data).to_json()

    # ---- live count ----------------------------------------------------------------------
    def update_count(self) -> None:
        try:
            group = segments.parse(self.definition())
        except segments.SegmentError as exc:
            self.count_label.setText(app_message(str(exc)))
            return
        if self._job is not None:
            self._job.cancel()
        self._token += 1
        today = dt.date.today()
        job = StepsJob(
            self.office, [("count", lambda s: segments.count(s, group, today))], self._token
        )
        job.signals.stepDone.connect(self._counted)
        job.signals.stepFailed.connect(self._count_failed)
        self._job = job
        self.count_label.setText(QCoreApplication.translate("SmartListDialog", "Counting…"))
        job.start()

    def _counted(self, token: int, _key: str, count: object) -> None:
        if token == self._token and isinstance(count, int):
            self.count_label.setText(
                QCoreApplication.translate("SmartListDialog", "Matches %1 clients now").replace(
                    "%1", i18n.format_int(count)
                )
            )

    def _count_failed(self, token: int, _key: str, _kind: str) -> None:
        if token == self._token:
            self.count_label.setText(
                QCoreApplication.translate("SmartListDialog", "This filter cannot be counted.")
            )

    # ---- saving --------------------------------------------------------------------------
    def accept(self) -> None:
        self.error.show_message("")
        try:
            definition = self.definition() if self.kind == "smart" else None
            with self.office.transaction() as session:
                if definition is not None:  # unknown custom fields, lists: found here
                    segments.count(session, segments.parse(definition), dt.date.today())
                service = SmartListService(session, self.actor)
                if self.existing is None:
                    if definition is not None:
                        service.create_smart(self.name.text(), definition)
                    else:
                        service.create_static(self.name.text())
                else:
                    service.update(
                        self.existing.name,
                        self.existing.version,
                        new_name=self.name.text(),
                        definition=definition,
                    )
            self.saved_name = " ".join(self.name.text().split())
        except (segments.SegmentError, ConflictError, OfficeError, LookupError) as exc:
            self.error.show_message(app_message(str(exc)))
            return
        if self._job is not None:
            self._job.cancel()
        super().accept()

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
        super().reject()

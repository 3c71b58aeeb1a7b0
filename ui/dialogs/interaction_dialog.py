"""Record or edit one timeline entry: compact, keyboard first.

Opened with Ctrl+I on the card: the type is focused, the time is now, the client is the
card's; type a subject and press Enter to save. The notes field takes Enter for new lines
(Ctrl+Enter saves from there). Errors from the service stay in the dialog next to the
fields, and nothing is saved until they are fixed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.timeline import CHANNELS, DIRECTIONS, KINDS, InteractionData
from app.validation import ValidationError
from db.errors import ConflictError, OfficeError
from ui.app_messages import app_message as _app_message
from ui.models.timeline_model import CHANNEL_LABELS, DIRECTION_LABELS, kind_label
from ui.widgets.fields import EMPTY, ErrorLabel

CTX = "InteractionDialog"

# the service's messages, marked for translation (app/ cannot call tr())
MESSAGES = (
    QT_TRANSLATE_NOOP("AppMessages", "Give the entry a subject: a few words for the timeline."),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "The subject is longer than 200 characters; put the details in the notes.",
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "The date is more than a day in the future; record what has happened and create a "
        "task for what is planned.",
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages", "The duration must be a whole number of minutes from 0 to 1440."
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "Satisfaction is a score from 1 (very unhappy) to 5 (very happy); leave it empty "
        "when the client did not rate the service.",
    ),
    QT_TRANSLATE_NOOP("AppMessages", "Choose the client this entry is about."),
    QT_TRANSLATE_NOOP("AppMessages", "This entry is in the trash; restore it before editing."),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "This timeline entry was changed elsewhere since you opened it. Your edits are kept "
        "on screen; reload to see the other change, then apply yours again.",
    ),
)


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


class InteractionDialog(QDialog):
    """`save(values) -> id` does the transaction; the dialog closes only when it succeeds."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], int],
        client_name: str,
        members: list[tuple[int, str]] | None = None,
        data: InteractionData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionDialog")
        self._save = save
        self.data = data
        self.saved_id: int | None = None
        self.members = list(members or [])
        self.setWindowTitle(
            (
                QCoreApplication.translate("InteractionDialog", "Edit entry — %1")
                if data
                else QCoreApplication.translate("InteractionDialog", "New entry — %1")
            ).replace("%1", client_name)
        )
        self._build()
        self._fill()
        self.setMinimumWidth(460)

    # ---- construction --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.when = QDateTimeEdit()
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.when, 1)
        form.addRow(QCoreApplication.translate("InteractionDialog", "Type and time"), row)

        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(200)
        self.subject.setPlaceholderText(
            QCoreApplication.translate("InteractionDialog", "A few words for the timeline")
        )
        self.subject_error = ErrorLabel()
        form.addRow(QCoreApplication.translate("InteractionDialog", "Subject"), self.subject)
        form.addRow("", self.subject_error)

        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(90)
        form.addRow(QCoreApplication.translate("InteractionDialog", "Notes"), self.body)
        self.outcome = QLineEdit()
        self.outcome.setObjectName("outcome")
        form.addRow(QCoreApplication.translate("InteractionDialog", "Outcome"), self.outcome)
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("follow_up")
        form.addRow(QCoreApplication.translate("InteractionDialog", "Follow-up"), self.follow_up)

        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        self.direction.addItem(EMPTY, None)
        for direction in DIRECTIONS:
            self.direction.addItem(
                QCoreApplication.translate("Timeline", DIRECTION_LABELS[direction]), direction
            )
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.addItem(EMPTY, None)
        for channel in CHANNELS:
            self.channel.addItem(
                QCoreApplication.translate("Timeline", CHANNEL_LABELS[channel]), channel
            )
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSpecialValueText(EMPTY)
        self.duration.setSuffix(QCoreApplication.translate("InteractionDialog", " min"))
        row = QHBoxLayout()
        row.addWidget(self.channel, 1)
        row.addWidget(self.direction, 1)
        form.addRow(QCoreApplication.translate("InteractionDialog", "Channel and direction"), row)
        form.addRow(QCoreApplication.translate("InteractionDialog", "Duration"), self.duration)

        self.satisfaction = QComboBox()
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.addItem(
            QCoreApplication.translate("InteractionDialog", "Not rated"), None
        )
        for score in range(1, 6):
            self.satisfaction.addItem(f"{score} / 5", score)
        self.staff = QLineEdit()
        self.staff.setObjectName("staff")
        self.staff.setPlaceholderText(
            QCoreApplication.translate(
                "InteractionDialog", "Colleagues who took part, separated by commas"
            )
        )
        form.addRow(
            QCoreApplication.translate("InteractionDialog", "Satisfaction"), self.satisfaction
        )
        form.addRow(QCoreApplication.translate("InteractionDialog", "Staff"), self.staff)

        self.share: list[tuple[int, QCheckBox]] = []
        if self.members:
            box = QVBoxLayout()
            for client_id, name in self.members:
                check = QCheckBox(name)
                check.setObjectName(f"share_{client_id}")
                box.addWidget(check)
                self.share.append((client_id, check))
            form.addRow(
                QCoreApplication.translate("InteractionDialog", "Also on the timeline of"), box
            )

        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("InteractionDialog", "Save"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("InteractionDialog", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.accept)

    def _fill(self) -> None:
        data = self.data
        if data is None:
            self.when.setDateTime(QDateTime.currentDateTime())
            self.kind.setFocus()
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        local = data.occurred_at.astimezone()
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.subject.setText(data.subject)
        self.body.setPlainText(data.body or "")
        self.outcome.setText(data.outcome or "")
        self.follow_up.setText(data.follow_up or "")
        self.direction.setCurrentIndex(max(0, self.direction.findData(data.direction)))
        self.channel.setCurrentIndex(max(0, self.channel.findData(data.channel)))
        self.duration.setValue(data.duration_minutes or 0)
        self.satisfaction.setCurrentIndex(max(0, self.satisfaction.findData(data.satisfaction)))
        self.staff.setText(", ".join(data.staff))
        for client_id, check in self.share:
            check.setChecked(client_id in data.client_ids)
        self.subject.setFocus()

    # ---- values --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        qt = self.when.dateTime()
        moment = dt.datetime(
            qt.date().year(),
            qt.date().month(),
            qt.date().day(),
            qt.time().hour(),
            qt.time().minute(),
        ).astimezone()  # the machine's local time, made aware
        if self.data is not None:
            original = self.data.occurred_at.astimezone()
            if original.replace(second=0, microsecond=0) == moment:
                moment = original  # the editor shows minutes: an untouched time stays exact
        staff = [s.strip() for s in self.staff.text().replace("，", ",").split(",")]
        return {
            "kind": self.kind.currentData(),
            "occurred_at": moment,
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
            "outcome": self.outcome.text(),
            "follow_up": self.follow_up.text(),
            "direction": self.direction.currentData(),
            "channel": self.channel.currentData(),
            "duration_minutes": self.duration.value() or None,
            "satisfaction": self.satisfaction.currentData(),
            "staff": [s for s in staff if s],
            "share_with": [cid for cid, check in self.share if check.isChecked()],
        }

    def accept(self) -> None:
        self.error.show_message("")
        self.subject_error.show_message("")
        try:
            self.saved_id = self._save(self.values())
        except ValidationError as exc:
            for error in exc.errors:
                text = _app_message(error.message)
                if error.field == "subject":
                    self.subject_error.show_message(text)
                    self.subject.setFocus()
                else:
                    self.error.show_message(text)
            return
        except ConflictError as exc:
            self.error.show_message(_app_message(str(exc)))
            return
        except (LookupError, OfficeError) as exc:
            self.error.show_message(str(exc))
            return
        super().accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter in a one-line field or a combo saves (QDialog's default button does it for
        # line edits; combos and the date editor would otherwise swallow it)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QPlainTextEdit
        ):
            self.accept()
            return
        super().keyPressEvent(event)

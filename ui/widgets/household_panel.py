"""The card's households and links between clients, with the actions that change them.

Households belong to several cards at once, so they are not part of the card's Save: each
action here is its own transaction (HouseholdService), checked against the household's
version, and afterwards only these two lists are reloaded; the card's unsaved edits stay.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cards import LINK_KINDS, HouseholdData, LinkData
from app.clients import ClientService
from app.households import HouseholdService
from app.validation import ValidationError
from db.errors import ConflictError, OfficeError
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.dialogs.client_picker_dialog import ClientPickerDialog
from ui.dialogs.household_dialog import HouseholdDialog
from ui.labels import label
from ui.widgets.fields import ErrorLabel

log = logging.getLogger(__name__)
CTX = "HouseholdPanel"
HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole + 1  # household id on household rows
LINK_ROLE = Qt.ItemDataRole.UserRole + 2  # (from id, to id, kind) on link rows


class HouseholdPanel(QWidget):
    """Shows households and links; `show_data` refills it, the buttons change them."""

    changed = Signal(list, list)  # fresh households, links after a change
    message = Signal(str)

    def __init__(self, office: Office, actor: str = "advisor", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("householdPanel")
        self.office = office
        self.actor = actor
        self.client_id: int | None = None
        self.client_name = ""
        self._households: list[HouseholdData] = []
        self._links: list[LinkData] = []
        self._t = i18n.Retranslator(CTX)
        self._t_card = i18n.Retranslator("ClientCard")  # captions the card had before
        # One grid, so both lists share a width and both button columns line up. Buttons
        # sit beside the lists, not under them: the card is often narrow, and a row of
        # three buttons would force a horizontal scroll bar.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(0, 1)

        self.households = QListWidget()
        self.households.setObjectName("households")
        self.households.setMaximumHeight(130)
        layout.addWidget(self.households, 0, 0)
        bar = QVBoxLayout()
        layout.addLayout(bar, 0, 1)
        self.new_button = self._button(
            bar, "newHouseholdButton", QT_TRANSLATE_NOOP("HouseholdPanel", "New household…")
        )
        self.join_button = self._button(
            bar, "joinHouseholdButton", QT_TRANSLATE_NOOP("HouseholdPanel", "Add to household…")
        )
        self.leave_button = self._button(
            bar,
            "leaveHouseholdButton",
            QT_TRANSLATE_NOOP("HouseholdPanel", "Remove from household"),
        )
        bar.addStretch(1)

        caption = QLabel()
        caption.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self._t_card.bind(caption.setText, QT_TRANSLATE_NOOP("ClientCard", "Relationships"))
        layout.addWidget(caption, 1, 0, 1, 2)
        self.links = QListWidget()
        self.links.setObjectName("links")
        self.links.setMaximumHeight(110)
        layout.addWidget(self.links, 2, 0)
        bar = QVBoxLayout()
        layout.addLayout(bar, 2, 1)
        self.link_button = self._button(
            bar, "linkClientButton", QT_TRANSLATE_NOOP("HouseholdPanel", "Link client…")
        )
        self.unlink_button = self._button(
            bar, "unlinkClientButton", QT_TRANSLATE_NOOP("HouseholdPanel", "Remove link")
        )
        bar.addStretch(1)
        self.error = ErrorLabel()
        self.error.setObjectName("householdError")
        layout.addWidget(self.error, 3, 0, 1, 2)

        self._t.bind(
            self.leave_button.setToolTip,
            QT_TRANSLATE_NOOP(
                "HouseholdPanel",
                "Removes the selected member (or this client) from that household.",
            ),
        )
        self.new_button.clicked.connect(self.new_household)
        self.join_button.clicked.connect(self.join_household)
        self.leave_button.clicked.connect(self.leave_household)
        self.link_button.clicked.connect(self.link_client)
        self.unlink_button.clicked.connect(self.unlink_client)
        self.households.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.links.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _button(self, bar: QVBoxLayout, name: str, source: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        self._t.bind(button.setText, source)
        bar.addWidget(button)
        return button

    # ---- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._t.apply()
            self._t_card.apply()
            self._fill()
        super().changeEvent(event)

    # ---- data ----------------------------------------------------------------------------
    def show_data(
        self,
        client_id: int | None,
        client_name: str,
        households: list[HouseholdData],
        links: list[LinkData],
    ) -> None:
        """Show a client's households (with the versions ClientService.load reads) and links."""
        if client_id != self.client_id:
            self.error.show_message("")
        self.client_id = client_id
        self.client_name = client_name
        self._households = list(households)
        self._links = list(links)
        self._fill()

    def _fill(self) -> None:
        self.households.clear()
        for household in self._households:
            header = QListWidgetItem(household.name)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setData(HOUSEHOLD_ROLE, household.id)
            self.households.addItem(header)
            for member in household.members:
                text = f"    {member.name} ({label('role', member.role)})"
                if member.client_id == self.client_id:
                    text += " " + QCoreApplication.translate("HouseholdPanel", "— this client")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.client_id)
                item.setData(HOUSEHOLD_ROLE, household.id)
                self.households.addItem(item)
        if not self._households:
            item = QListWidgetItem(QCoreApplication.translate("ClientCard", "Not in a household."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.households.addItem(item)
        self.links.clear()
        for link in self._links:
            this, other = self.client_id, link.other_client_id
            ends = (this, other) if link.outgoing else (other, this)
            arrow = "→" if link.outgoing else "←"
            if link.kind == "referrer":
                kind = (
                    QCoreApplication.translate("HouseholdPanel", "referred by this client")
                    if link.outgoing
                    else QCoreApplication.translate("HouseholdPanel", "referred this client")
                )
            else:
                kind = label("link", link.kind)
            item = QListWidgetItem(f"{arrow} {link.other_name} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, link.other_client_id)
            item.setData(LINK_ROLE, (ends[0], ends[1], link.kind))
            self.links.addItem(item)
        if not self._links:
            item = QListWidgetItem(
                QCoreApplication.translate("ClientCard", "No links to other clients.")
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.links.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.office.read_only and self.client_id is not None
        self.new_button.setEnabled(editable)
        self.join_button.setEnabled(editable)
        self.link_button.setEnabled(editable)
        self.leave_button.setEnabled(editable and self._leave_target() is not None)
        self.unlink_button.setEnabled(editable and self._link_target() is not None)
        if self.office.read_only:
            tip = QCoreApplication.translate("HouseholdPanel", "This office is open read-only.")
            for button in (self.new_button, self.join_button, self.link_button):
                button.setToolTip(tip)

    def _leave_target(self) -> tuple[HouseholdData, int, str] | None:
        """(household, client id, name) the Remove button would act on."""
        item = self.households.currentItem()
        if item is not None and isinstance(item.data(Qt.ItemDataRole.UserRole), int):
            household = self._household(item.data(HOUSEHOLD_ROLE))
            member_id = item.data(Qt.ItemDataRole.UserRole)
            if household is not None:
                name = next((m.name for m in household.members if m.client_id == member_id), "")
                return household, member_id, name
        if len(self._households) == 1 and self.client_id is not None:
            return self._households[0], self.client_id, self.client_name
        return None

    def _link_target(self) -> tuple[int, int, str] | None:
        item = self.links.currentItem()
        value = item.data(LINK_ROLE) if item is not None else None
        return tuple(value) if value else None  # type: ignore[return-value]

    def _household(self, household_id: object) -> HouseholdData | None:
        return next((h for h in self._households if h.id == household_id), None)

    # ---- actions -------------------------------------------------------------------------
    def new_household(self) -> None:
        if self.client_id is None or self.office.read_only:
            return
        dialog = HouseholdDialog(
            self.office, self.client_id, self.client_name, HouseholdDialog.NEW, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        plan = dialog.new_household()
        self._apply(
            QCoreApplication.translate("HouseholdPanel", "Household not created"),
            lambda service: service.create(plan.name, plan.members),
            QCoreApplication.translate("HouseholdPanel", "Household “%1” created.").replace(
                "%1", plan.name
            ),
        )

    def join_household(self) -> None:
        if self.client_id is None or self.office.read_only:
            return
        client_id = self.client_id
        dialog = HouseholdDialog(
            self.office, client_id, self.client_name, HouseholdDialog.JOIN, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        plan = dialog.join()
        if plan is None:
            return
        self._apply(
            QCoreApplication.translate("HouseholdPanel", "Not added to the household"),
            lambda service: service.add_member(
                plan.household_id, client_id, plan.role, plan.version
            ),
            QCoreApplication.translate("HouseholdPanel", "Added to “%1”.").replace(
                "%1", plan.household_name
            ),
        )

    def leave_household(self) -> None:
        target = self._leave_target()
        if target is None or self.office.read_only:
            return
        household, member_id, name = target
        last = len(household.members) == 1
        question = QCoreApplication.translate(
            "HouseholdPanel", "Remove %1 from the household “%2”?"
        ).replace("%1", name)
        question = question.replace("%2", household.name)
        if last:
            question += "\n" + QCoreApplication.translate(
                "HouseholdPanel", "%1 is its only member, so the household is deleted."
            ).replace("%1", name)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("HouseholdPanel", "Remove from household"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._apply(
            QCoreApplication.translate("HouseholdPanel", "Not removed from the household"),
            lambda service: service.remove_member(household.id, member_id, household.version),
            QCoreApplication.translate("HouseholdPanel", "%1 removed from “%2”.")
            .replace("%1", name)
            .replace("%2", household.name),
        )

    def link_dialog(self) -> tuple[ClientPickerDialog, QComboBox]:
        """The picker with a relationship row; each choice carries (direction, kind)."""
        assert self.client_id is not None
        picker = ClientPickerDialog(
            self.office,
            QCoreApplication.translate("HouseholdPanel", "Link %1 to a client").replace(
                "%1", self.client_name
            ),
            {self.client_id},
            self,
        )
        kinds = QComboBox()
        kinds.setObjectName("linkKind")
        for kind in LINK_KINDS:
            if kind == "referrer":
                kinds.addItem(
                    QCoreApplication.translate(
                        "HouseholdPanel", "Referred %1 (is the referrer)"
                    ).replace("%1", self.client_name),
                    ("in", kind),
                )
                kinds.addItem(
                    QCoreApplication.translate("HouseholdPanel", "Was referred by %1").replace(
                        "%1", self.client_name
                    ),
                    ("out", kind),
                )
            else:
                kinds.addItem(label("link", kind), ("out", kind))
        picker.add_row(QCoreApplication.translate("HouseholdPanel", "Relationship"), kinds)
        return picker, kinds

    def link_client(self) -> None:
        if self.client_id is None or self.office.read_only:
            return
        this = self.client_id
        picker, kinds = self.link_dialog()
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        other = picker.selected_id()
        if other is None:
            return
        direction, kind = kinds.currentData()
        ends = (this, other) if direction == "out" else (other, this)
        self._apply(
            QCoreApplication.translate("HouseholdPanel", "Not linked"),
            lambda service: service.link(ends[0], ends[1], kind),
            QCoreApplication.translate("HouseholdPanel", "Linked to %1.").replace(
                "%1", picker.selected_name()
            ),
        )

    def unlink_client(self) -> None:
        target = self._link_target()
        if target is None or self.office.read_only:
            return
        item = self.links.currentItem()
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("HouseholdPanel", "Remove link"),
            QCoreApplication.translate("HouseholdPanel", "Remove the link %1?").replace(
                "%1", item.text().strip() if item else ""
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._apply(
            QCoreApplication.translate("HouseholdPanel", "Link not removed"),
            lambda service: service.unlink(*target),
            QCoreApplication.translate("HouseholdPanel", "Link removed."),
        )

    # ---- one transaction per action ------------------------------------------------------
    def _apply(self, title: str, work: Callable[[HouseholdService], object], done: str) -> bool:
        """Run `work` in one transaction; on any error nothing is written and the reason is
        shown. After a conflict or a vanished row the lists show what is saved now."""
        try:
            with self.office.transaction() as session:
                work(HouseholdService(session, self.actor))
        except ValidationError as exc:
            self._fail(title, "\n".join(app_message(e.message) for e in exc.errors))
            return False
        except ConflictError:
            self._fail(
                title,
                QCoreApplication.translate(
                    "HouseholdPanel",
                    "Someone changed this household after the card showed it, so nothing was "
                    "changed. The list now shows the household as saved; check it and try again.",
                ),
            )
            self.reload()
            return False
        except LookupError:
            self._fail(
                title,
                QCoreApplication.translate(
                    "HouseholdPanel",
                    "That household or link no longer exists, so nothing was changed. "
                    "The lists now show what is saved.",
                ),
            )
            self.reload()
            return False
        except OfficeError as exc:
            self._fail(title, app_message(str(exc)), critical=True)
            return False
        except Exception as exc:  # a database fault must not end the session with a traceback
            log.exception("household change failed: %s", type(exc).__name__)
            self._fail(
                title,
                QCoreApplication.translate(
                    "HouseholdPanel", "The change could not be saved (%1). Nothing was changed."
                ).replace("%1", type(exc).__name__),
                critical=True,
            )
            return False
        self.error.show_message("")
        self.reload()
        self.message.emit(done)
        return True

    def _fail(self, title: str, text: str, critical: bool = False) -> None:
        self.error.show_message(text)
        box = QMessageBox.critical if critical else QMessageBox.warning
        box(self, title, text)

    def reload(self) -> None:
        """Read this client's households and links again (not the rest of the card)."""
        if self.client_id is None:
            return
        try:
            with self.office.session() as session:
                households = HouseholdService(session, self.actor).of_client(self.client_id)
                links = ClientService(session, self.actor).load(self.client_id).links
        except Exception as exc:
            log.warning("household reload failed: %s", type(exc).__name__)
            return
        self._households, self._links = households, links
        self._fill()
        self.changed.emit(households, links)

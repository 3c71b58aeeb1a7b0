"""Put a client into a household: start a new one (this client as head, others picked with
roles), or join an existing household of a picked client with a role.

The dialog only reads; it returns a plan (`new_household()` / `join()`) that the card
writes in one transaction, so Cancel never leaves anything behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cards import HouseholdData
from app.households import HouseholdService
from db.office import Office
from ui.dialogs.client_picker_dialog import ClientPickerDialog
from ui.labels import label
from ui.widgets.fields import CodeCombo, ErrorLabel

CTX = "HouseholdDialog"


@dataclass
class NewHousehold:
    name: str
    members: list[tuple[int, str]]  # (client id, role); the first is this client


@dataclass
class JoinHousehold:
    household_id: int
    household_name: str
    version: int | None
    role: str


def describe_household(household: HouseholdData) -> str:
    members = ", ".join(f"{m.name} ({label('role', m.role)})" for m in household.members)
    return f"{household.name} — {members}"


class HouseholdDialog(QDialog):
    NEW = "new"
    JOIN = "join"

    def __init__(
        self,
        office: Office,
        client_id: int,
        client_name: str,
        mode: str = NEW,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("householdDialog")
        self.office = office
        self.client_id = client_id
        self.client_name = client_name
        self.mode = mode
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if mode == self.NEW:
            self.setWindowTitle(QCoreApplication.translate("HouseholdDialog", "New household"))
            self._build_new(layout)
        else:
            self.setWindowTitle(QCoreApplication.translate("HouseholdDialog", "Add to a household"))
            self._build_join(layout)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            QCoreApplication.translate("HouseholdDialog", "Create household")
            if mode == self.NEW
            else QCoreApplication.translate("HouseholdDialog", "Add to household")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("HouseholdDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # ---- a new household -----------------------------------------------------------------
    def _build_new(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.name = QLineEdit(
            QCoreApplication.translate("HouseholdDialog", "%1 family").replace(
                "%1", self.client_name
            )
        )
        self.name.setObjectName("householdName")
        form.addRow(QCoreApplication.translate("HouseholdDialog", "Household name"), self.name)
        layout.addLayout(form)
        layout.addWidget(QLabel(QCoreApplication.translate("HouseholdDialog", "Members")))
        self.members = QTableWidget(0, 2)
        self.members.setObjectName("householdMembers")
        self.members.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("HouseholdDialog", "Client"),
                QCoreApplication.translate("HouseholdDialog", "Role"),
            ]
        )
        self.members.verticalHeader().hide()
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.members.setMinimumHeight(150)
        layout.addWidget(self.members)
        bar = QHBoxLayout()
        self.add_member_button = QPushButton(
            QCoreApplication.translate("HouseholdDialog", "Add member…")
        )
        self.add_member_button.setObjectName("addMemberButton")
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(
            QCoreApplication.translate("HouseholdDialog", "Remove member")
        )
        self.remove_member_button.setObjectName("removeMemberButton")
        self.remove_member_button.clicked.connect(self.remove_member)
        bar.addWidget(self.add_member_button)
        bar.addWidget(self.remove_member_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self._member_ids: list[int] = []
        self._add_row(self.client_id, self.client_name, "head")
        self.members.currentCellChanged.connect(lambda *_: self._update_remove())
        self._update_remove()

    def _add_row(self, client_id: int, name: str, role: str) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        item = QTableWidgetItem(name)
        if client_id == self.client_id:
            item.setText(
                QCoreApplication.translate("HouseholdDialog", "%1 (this client)").replace(
                    "%1", name
                )
            )
        self.members.setItem(row, 0, item)
        combo = CodeCombo("role", allow_empty=False)
        combo.setObjectName(f"role_{row}")
        combo.set_value(role)
        self.members.setCellWidget(row, 1, combo)
        self._member_ids.append(client_id)

    def add_member(self) -> None:
        picker = ClientPickerDialog(
            self.office,
            QCoreApplication.translate("HouseholdDialog", "Add a member"),
            exclude=set(self._member_ids),
            parent=self,
        )
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        client_id = picker.selected_id()
        if client_id is None:
            return
        roles = [code for _cid, code in self._rows()]
        self._add_row(client_id, picker.selected_name(), "child" if "spouse" in roles else "spouse")
        self.members.setCurrentCell(self.members.rowCount() - 1, 0)
        self.error.show_message("")

    def remove_member(self) -> None:
        row = self.members.currentRow()
        if row <= 0:  # this client stays: the household is being made for them
            return
        self.members.removeRow(row)
        del self._member_ids[row]
        self._update_remove()

    def _update_remove(self) -> None:
        self.remove_member_button.setEnabled(self.members.currentRow() > 0)

    def _rows(self) -> list[tuple[int, str]]:
        out = []
        for row, client_id in enumerate(self._member_ids):
            combo = self.members.cellWidget(row, 1)
            assert isinstance(combo, CodeCombo)
            out.append((client_id, combo.value() or "other"))
        return out

    def new_household(self) -> NewHousehold:
        return NewHousehold(self.name.text().strip(), self._rows())

    # ---- join an existing household ------------------------------------------------------
    def _build_join(self, layout: QVBoxLayout) -> None:
        intro = QLabel(
            QCoreApplication.translate(
                "HouseholdDialog",
                "Find a client who is already in the household, then choose the household.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.member_label = QLabel(QCoreApplication.translate("HouseholdDialog", "(nobody chosen)"))
        self.member_label.setObjectName("memberLabel")
        self.choose_button = QPushButton(
            QCoreApplication.translate("HouseholdDialog", "Choose client…")
        )
        self.choose_button.setObjectName("chooseMemberButton")
        self.choose_button.clicked.connect(self.choose_member)
        row.addWidget(self.member_label, 1)
        row.addWidget(self.choose_button)
        form.addRow(QCoreApplication.translate("HouseholdDialog", "Member of the household"), row)
        self.household = QComboBox()
        self.household.setObjectName("householdCombo")
        self.household.setEnabled(False)
        form.addRow(QCoreApplication.translate("HouseholdDialog", "Household"), self.household)
        self.role = CodeCombo("role", allow_empty=False)
        self.role.setObjectName("joinRole")
        self.role.set_value("spouse")
        form.addRow(
            QCoreApplication.translate("HouseholdDialog", "Role of %1").replace(
                "%1", self.client_name
            ),
            self.role,
        )
        layout.addLayout(form)
        self._households: list[HouseholdData] = []

    def choose_member(self) -> None:
        picker = ClientPickerDialog(
            self.office,
            QCoreApplication.translate("HouseholdDialog", "Who is in the household?"),
            exclude={self.client_id},
            parent=self,
        )
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        client_id = picker.selected_id()
        if client_id is None:
            return
        self.show_households_of(client_id, picker.selected_name())

    def show_households_of(self, client_id: int, name: str) -> None:
        with self.office.session() as session:
            found = HouseholdService(session).of_client(client_id)
        self.member_label.setText(name)
        self._households = [
            h for h in found if all(m.client_id != self.client_id for m in h.members)
        ]
        self.household.clear()
        for household in self._households:
            self.household.addItem(describe_household(household), household.id)
        self.household.setEnabled(bool(self._households))
        if not found:
            self.error.show_message(
                QCoreApplication.translate(
                    "HouseholdDialog",
                    "%1 is not in a household. Use “New household…” to start one.",
                ).replace("%1", name)
            )
        elif not self._households:
            self.error.show_message(
                QCoreApplication.translate(
                    "HouseholdDialog", "%1 is already in every household of %2."
                )
                .replace("%1", self.client_name)
                .replace("%2", name)
            )
        else:
            self.error.show_message("")

    def join(self) -> JoinHousehold | None:
        index = self.household.currentIndex()
        if index < 0 or index >= len(self._households):
            return None
        household = self._households[index]
        return JoinHousehold(
            household.id, household.name, household.version, self.role.value() or "other"
        )

    # ---- closing -------------------------------------------------------------------------
    def accept(self) -> None:
        if self.mode == self.NEW:
            if not self.name.text().strip():
                self.error.show_message(
                    QCoreApplication.translate(
                        "HouseholdDialog", "Give the household a name, e.g. the Wang family."
                    )
                )
                self.name.setFocus()
                return
        elif self.join() is None:
            self.error.show_message(
                QCoreApplication.translate(
                    "HouseholdDialog", "Choose a client, then one of their households."
                )
            )
            return
        super().accept()

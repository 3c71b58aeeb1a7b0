"""A "Client" form row: the chosen client's name, a Choose… button that opens the client
picker and, optionally, a button to clear the choice and an inline error under the row.

The owning dialog passes every text already translated in its own context, so each dialog
keeps its own wording (and its catalogue entries).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.office import Office
from ui.dialogs.client_picker_dialog import ClientPickerDialog
from ui.widgets.fields import ErrorLabel


class ClientChooser(QWidget):
    """`client_id` is the chosen client, or None."""

    def __init__(
        self,
        office: Office,
        *,
        label_name: str,
        choose_text: str,
        picker_title: str,
        empty_text: str,
        clear_text: str | None = None,
        with_error: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.picker_title = picker_title
        self.empty_text = empty_text
        self.client_id: int | None = None

        self.label = QLabel()
        self.label.setObjectName(label_name)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        self.choose_button = QPushButton(choose_text)
        self.choose_button.setObjectName("chooseClient")
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        self.clear_button: QPushButton | None = None
        if clear_text is not None:
            self.clear_button = QPushButton(clear_text)
            self.clear_button.setObjectName("clearClient")
            self.clear_button.clicked.connect(lambda: self.set_client(None, None))
            row.addWidget(self.clear_button)
        self.error: ErrorLabel | None = None
        if with_error:
            self.error = ErrorLabel()
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            column.addLayout(row)
            column.addWidget(self.error)
        else:
            self.setLayout(row)

    def set_client(self, client_id: int | None, name: str | None) -> None:
        self.client_id = client_id
        self.label.setText(name or "" if client_id is not None else self.empty_text)
        if self.clear_button is not None:
            self.clear_button.setEnabled(client_id is not None)

    def choose(self) -> None:
        picker = ClientPickerDialog(self.office, self.picker_title, parent=self.window())
        if picker.exec() == QDialog.DialogCode.Accepted and picker.selected_id() is not None:
            self.set_client(picker.selected_id(), picker.selected_name())
            if self.error is not None:
                self.error.show_message("")

"""Add an account to a client: institution, type, the full number, currency, opened on.

The number is typed in full once (it is stored so it can be revealed on request) and shown
masked everywhere afterwards. Checked by app/portfolio.py account_errors, the same rules as
the CSV import; saved in its own transaction. `account_id` holds the new account.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.portfolio import ACCOUNT_TYPES, AccountData, PortfolioService
from app.validation import FieldError, ValidationError
from db.errors import OfficeError
from db.office import Office
from ui.portfolio_labels import ACCOUNT_TYPES as ACCOUNT_TYPE_LABELS
from ui.portfolio_labels import code_label, portfolio_message
from ui.widgets.fields import OptionalDateEdit, add_dialog_footer, mark_invalid


class AccountDialog(QDialog):
    def __init__(
        self,
        office: Office,
        client_id: int,
        client_name: str,
        actor: str = "advisor",
        base_currency: str = "CNY",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.office = office
        self.client_id = client_id
        self.actor = actor
        self.account_id: int | None = None
        self.setWindowTitle(QCoreApplication.translate("AccountDialog", "Add account"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(client_name))
        form = QFormLayout()
        layout.addLayout(form)
        self.institution = QLineEdit()
        self.institution.setObjectName("institutionEdit")
        self.institution.setMaxLength(200)
        self.account_type = QComboBox()
        self.account_type.setObjectName("accountTypeCombo")
        for code in ACCOUNT_TYPES:
            self.account_type.addItem(code_label(ACCOUNT_TYPE_LABELS, code), code)
        self.number = QLineEdit()
        self.number.setObjectName("numberEdit")
        self.number.setMaxLength(80)
        self.currency = QLineEdit(base_currency)
        self.currency.setObjectName("currencyEdit")
        self.currency.setMaxLength(3)
        self.opened_on = OptionalDateEdit()
        self.opened_on.setObjectName("openedOnEdit")
        self.editors = {
            "institution": self.institution,
            "account_type": self.account_type,
            "number": self.number,
            "currency": self.currency,
        }
        form.addRow(QCoreApplication.translate("AccountDialog", "Institution"), self.institution)
        form.addRow(QCoreApplication.translate("AccountDialog", "Type"), self.account_type)
        form.addRow(QCoreApplication.translate("AccountDialog", "Account number"), self.number)
        form.addRow(QCoreApplication.translate("AccountDialog", "Currency"), self.currency)
        form.addRow(QCoreApplication.translate("AccountDialog", "Opened on"), self.opened_on)
        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "AccountDialog",
                "The full number is kept for statements and shown masked; each time someone "
                "shows it in full is recorded.",
            ),
            QCoreApplication.translate("AccountDialog", "Add"),
            QCoreApplication.translate("AccountDialog", "Cancel"),
        )
        self.ok_button.setObjectName("addAccountButton")
        self.resize(460, self.sizeHint().height())

    def collect(self) -> AccountData:
        return AccountData(
            institution=self.institution.text(),
            account_type=str(self.account_type.currentData()),
            number=self.number.text(),
            currency=self.currency.text().strip().upper(),
            opened_on=self.opened_on.value(),
        )

    def _show(self, errors: list[FieldError]) -> None:
        for name, editor in self.editors.items():
            mark_invalid(editor, any(e.field == name for e in errors))
        self.error.show_message(" ".join(portfolio_message(e.message) for e in errors))

    def accept(self) -> None:
        data = self.collect()
        try:
            with self.office.transaction() as s:
                self.account_id = (
                    PortfolioService(s, self.actor).add_account(self.client_id, data).id
                )
        except ValidationError as exc:
            self.account_id = None
            self._show(exc.errors)
            return
        except (LookupError, OfficeError) as exc:
            self.account_id = None
            self.error.show_message(portfolio_message(str(exc)))
            return
        super().accept()

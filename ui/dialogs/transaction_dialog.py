"""Record one transaction in one of the client's accounts.

The fields are checked first (app/portfolio.py transaction_errors, the same rules as the
CSV import). A buy or subscription then runs the suitability check
(ui/dialogs/suitability_dialog.py, which records the check, any warning and the client's
acknowledgement, and refuses a blocked product); only when that is recorded is the
transaction saved, in its own transaction, moving its holding. `recorded_id` holds it.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import portfolio
from app.portfolio import PURCHASE_KINDS, PortfolioService, TransactionData, parse_decimal
from app.products import ProductService
from app.validation import FieldError, ValidationError, parse_money, validate_currency
from db.errors import OfficeError
from db.models_portfolio import TRANSACTION_KINDS
from db.office import Office
from ui import i18n
from ui.portfolio_labels import KINDS, code_label, portfolio_message
from ui.widgets.fields import add_dialog_footer, mark_invalid

log = logging.getLogger(__name__)


class TransactionDialog(QDialog):
    def __init__(
        self,
        office: Office,
        client_id: int,
        client_name: str,
        actor: str = "advisor",
        account_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transactionDialog")
        self.office = office
        self.client_id = client_id
        self.client_name = client_name
        self.actor = actor
        self.today = today or dt.date.today()
        self.recorded_id: int | None = None
        self.setWindowTitle(QCoreApplication.translate("TransactionDialog", "Record transaction"))
        with office.session() as s:
            self.accounts = portfolio.accounts(s, client_id)
            products = [
                (p.id, f"{p.code} {p.name} (R{p.risk_rating})", p.currency)
                for p in ProductService(s).catalogue()
            ]
        self.product_currency = {pid: ccy for pid, _, ccy in products}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(client_name))
        form = QFormLayout()
        layout.addLayout(form)
        self.account = QComboBox()
        self.account.setObjectName("accountCombo")
        for a in self.accounts:
            self.account.addItem(f"{a.label} · {a.currency}", a.id)
        if account_id is not None and account_id in [a.id for a in self.accounts]:
            self.account.setCurrentIndex([a.id for a in self.accounts].index(account_id))
        self.kind = QComboBox()
        self.kind.setObjectName("kindCombo")
        for code in TRANSACTION_KINDS:
            self.kind.addItem(code_label(KINDS, code), code)
        self.product = QComboBox()
        self.product.setObjectName("productCombo")
        self.product.addItem(QCoreApplication.translate("TransactionDialog", "(no product)"), None)
        for pid, text, _ccy in products:
            self.product.addItem(text, pid)
        self.trade_date = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.trade_date.setObjectName("tradeDate")
        self.trade_date.setCalendarPopup(True)
        self.trade_date.setDisplayFormat(i18n.date_format())
        self.quantity = QLineEdit()
        self.quantity.setObjectName("quantityEdit")
        self.price = QLineEdit()
        self.price.setObjectName("priceEdit")
        self.amount = QLineEdit()
        self.amount.setObjectName("amountEdit")
        self.currency = QLineEdit()
        self.currency.setObjectName("currencyEdit")
        self.currency.setMaxLength(3)
        self.note = QLineEdit()
        self.note.setObjectName("noteEdit")
        self.note.setMaxLength(500)
        self.editors = {
            "account": self.account,
            "kind": self.kind,
            "product": self.product,
            "trade_date": self.trade_date,
            "quantity": self.quantity,
            "price": self.price,
            "amount": self.amount,
            "currency": self.currency,
            "note": self.note,
        }
        form.addRow(QCoreApplication.translate("TransactionDialog", "Account"), self.account)
        form.addRow(QCoreApplication.translate("TransactionDialog", "Kind"), self.kind)
        form.addRow(QCoreApplication.translate("TransactionDialog", "Product"), self.product)
        form.addRow(QCoreApplication.translate("TransactionDialog", "Trade date"), self.trade_date)
        form.addRow(QCoreApplication.translate("TransactionDialog", "Quantity"), self.quantity)
        form.addRow(QCoreApplication.translate("TransactionDialog", "Price"), self.price)
        form.addRow(QCoreApplication.translate("TransactionDialog", "Amount"), self.amount)
        form.addRow(QCoreApplication.translate("TransactionDialog", "Currency"), self.currency)
        form.addRow(QCoreApplication.translate("TransactionDialog", "Note"), self.note)
        self.account.currentIndexChanged.connect(self._default_currency)
        self.product.currentIndexChanged.connect(self._default_currency)
        self._default_currency()
        self.error, self.ok_button = add_dialog_footer(
            self,
            layout,
            QCoreApplication.translate(
                "TransactionDialog",
                "Enter the amount without a sign; the kind gives the direction (a transfer "
                "out is negative). A buy or subscription is checked for suitability first.",
            ),
            QCoreApplication.translate("TransactionDialog", "Record"),
            QCoreApplication.translate("TransactionDialog", "Cancel"),
        )
        self.ok_button.setObjectName("recordButton")
        if not self.accounts:
            self.error.show_message(
                QCoreApplication.translate(
                    "TransactionDialog", "This client has no account yet; import or add one first."
                )
            )
            self.ok_button.setEnabled(False)
        self.resize(520, self.sizeHint().height())

    def _default_currency(self, *_args: object) -> None:
        pid = self.product.currentData()
        if pid is not None:
            self.currency.setText(self.product_currency.get(int(pid), ""))
        elif self.account.currentIndex() >= 0:
            self.currency.setText(self.accounts[self.account.currentIndex()].currency)

    # ---- collecting ----------------------------------------------------------------------
    def collect(self) -> TransactionData:
        """The form as TransactionData; ValidationError names every bad field."""
        errors: list[FieldError] = []
        currency = self.currency.text().strip().upper()
        message = validate_currency(currency)
        if message:
            errors.append(FieldError("currency", message))

        def number(editor: QLineEdit, name: str) -> object:
            text = editor.text().strip()
            if not text:
                return None
            try:
                return parse_decimal(text)
            except ValueError as exc:
                errors.append(FieldError(name, str(exc)))
                return None

        quantity = number(self.quantity, "quantity")
        price = number(self.price, "price")
        amount = 0
        if not self.amount.text().strip():
            errors.append(FieldError("amount", "Enter an amount."))
        elif not message:
            try:
                amount = parse_money(self.amount.text(), currency)
            except ValueError as exc:
                errors.append(FieldError("amount", str(exc)))
        product = self.product.currentData()
        data = TransactionData(
            account_id=int(self.account.currentData() or 0),
            kind=str(self.kind.currentData()),
            trade_date=self.trade_date.date().toPython(),  # type: ignore[arg-type]
            amount=amount,
            currency=currency if not message else "CNY",
            product_id=int(product) if product is not None else None,
            quantity=quantity,  # type: ignore[arg-type]
            price=price,  # type: ignore[arg-type]
            note=self.note.text().strip() or None,
        )
        seen = {e.field for e in errors}
        errors += [e for e in portfolio.transaction_errors(data) if e.field not in seen]
        if data.trade_date > self.today:
            errors.append(FieldError("trade_date", "A trade date cannot be in the future."))
        if errors:
            raise ValidationError(errors)
        return data

    def _show(self, errors: list[FieldError]) -> None:
        for name, editor in self.editors.items():
            mark_invalid(editor, any(e.field == name for e in errors))
        self.error.show_message(" ".join(portfolio_message(e.message) for e in errors))

    # ---- recording -----------------------------------------------------------------------
    def suitability_confirmed(self, product_id: int) -> bool:
        """The suitability check for a purchase, recorded by its own dialog."""
        from ui.dialogs.suitability_dialog import SuitabilityDialog

        dialog = SuitabilityDialog(
            self.office,
            self.client_id,
            self.client_name,
            "purchase",
            product_id,
            self.actor,
            self.today,
            self,
        )
        return bool(dialog.exec()) and dialog.recorded is not None

    def accept(self) -> None:
        try:
            data = self.collect()
        except ValidationError as exc:
            self._show(exc.errors)
            return
        self._show([])
        if data.kind in PURCHASE_KINDS and data.product_id is not None:
            if not self.suitability_confirmed(data.product_id):
                self.error.show_message(
                    QCoreApplication.translate(
                        "TransactionDialog",
                        "Not recorded: the suitability check was not completed.",
                    )
                )
                return
        try:
            with self.office.transaction() as s:
                row = PortfolioService(s, self.actor).record_transaction(data)
                self.recorded_id = row.id
        except ValidationError as exc:
            self.recorded_id = None
            self._show(exc.errors)
            return
        except (LookupError, OfficeError) as exc:
            self.recorded_id = None
            self.error.show_message(portfolio_message(str(exc)))
            return
        super().accept()

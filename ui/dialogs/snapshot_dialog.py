"""A dated financial snapshot: snapshots are append-only, so this only ever adds one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.cards import ASSET_CLASSES, SnapshotData
from app.validation import parse_money, validate_currency
from ui.labels import label
from ui.widgets.fields import ErrorLabel, OptionalDateEdit, mark_invalid

CTX = "SnapshotDialog"


class SnapshotDialog(QDialog):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SnapshotDialog", "Add financial snapshot"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.as_of = OptionalDateEdit()
        self.as_of.setDate(QDate.currentDate())
        form.addRow(QCoreApplication.translate("SnapshotDialog", "As of"), self.as_of)
        self.currency = QLineEdit(currency)
        form.addRow(QCoreApplication.translate("SnapshotDialog", "Currency"), self.currency)
        self.amounts: dict[str, QLineEdit] = {}
        for cls in ASSET_CLASSES:
            edit = QLineEdit()
            edit.setPlaceholderText("0")
            edit.setObjectName(f"asset_{cls}")
            self.amounts[cls] = edit
            form.addRow(label("asset", cls), edit)
        self.liabilities = QLineEdit()
        self.liabilities.setPlaceholderText("0")
        form.addRow(QCoreApplication.translate("SnapshotDialog", "Liabilities"), self.liabilities)
        self.income = QLineEdit()
        form.addRow(QCoreApplication.translate("SnapshotDialog", "Annual income"), self.income)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        hint = QLabel(
            QCoreApplication.translate(
                "SnapshotDialog", "Amounts in the snapshot currency, e.g. 1,250,000.00."
            )
        )
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._result: SnapshotData | None = None

    def snapshot(self) -> SnapshotData | None:
        return self._result

    def accept(self) -> None:
        """Check every amount before closing, so a typo never becomes a recorded snapshot."""
        problems: list[str] = []
        currency = self.currency.text().strip().upper()
        message = validate_currency(currency)
        mark_invalid(self.currency, bool(message))
        if message:
            problems.append(message)
            currency = "CNY"

        def amount(edit: QLineEdit, name: str) -> int | None:
            text = edit.text().strip()
            if not text:
                mark_invalid(edit, False)
                return None
            try:
                value = parse_money(text, currency)
            except ValueError as exc:
                mark_invalid(edit, True)
                problems.append(f"{name}: {QCoreApplication.translate('AppMessages', str(exc))}")
                return None
            mark_invalid(edit, False)
            return value

        assets = {}
        for cls, edit in self.amounts.items():
            value = amount(edit, label("asset", cls))
            if value:
                assets[cls] = value
        liabilities = (
            amount(self.liabilities, QCoreApplication.translate("SnapshotDialog", "Liabilities"))
            or 0
        )
        income = amount(self.income, QCoreApplication.translate("SnapshotDialog", "Annual income"))
        as_of = self.as_of.value() or dt.date.today()
        if as_of > dt.date.today():
            problems.append(
                QCoreApplication.translate(
                    "SnapshotDialog", "A snapshot cannot be dated in the future."
                )
            )
        if problems:
            self.error.show_message("\n".join(problems))
            return
        self._result = SnapshotData(as_of, currency, assets, liabilities, income)
        super().accept()


QT_TRANSLATE_NOOP("SnapshotDialog", "Add financial snapshot")

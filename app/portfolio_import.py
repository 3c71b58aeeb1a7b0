"""CSV import of products, accounts, holdings and transactions: all rows or none.

Every row is checked before anything is written; a file with any bad row is rejected whole
and the report names each bad row (as a spreadsheet numbers it: the header is row 1) and
column with a reason. Messages never repeat the cell's value, so the report is safe to show
or log even when the bad cell is an account number.

Good files go in through db/bulk.py (one statement per table), so a statement of 100,000
holdings imports in seconds. A holdings row for a position that exists replaces its
quantity, cost and value (a newer statement), but never with an older valuation date.
Imported transactions are history: they do not move holdings (the holdings file is the
statement); transactions recorded one at a time in the app do.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from app.portfolio import (
    AccountData,
    TransactionData,
    account_errors,
    parse_decimal,
    transaction_errors,
)
from app.products import ProductData, product_errors, product_row
from app.validation import parse_money, validate_currency
from db.bulk import bulk_insert
from db.models import Client
from db.models_portfolio import Account, Holding, PortfolioTransaction, Product

KINDS = ("products", "accounts", "holdings", "transactions")

COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # kind: (required columns, optional columns)
    "products": (
        ("code", "name", "type", "currency", "risk_rating", "asset_class"),
        ("issuer", "liquidity", "lockup_months", "active"),
    ),
    "accounts": (
        ("client_id", "institution", "account_type", "number", "currency"),
        ("opened_on",),
    ),
    "holdings": (
        ("account_number", "product_code", "quantity", "market_value", "valuation_date"),
        ("cost", "currency"),
    ),
    "transactions": (
        ("account_number", "trade_date", "kind", "amount", "currency"),
        ("product_code", "quantity", "price", "note"),
    ),
}
_CHUNK = 500


@dataclass(frozen=True)
class RowError:
    row: int  # the header is row 1
    column: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            rows = len({e.row for e in self.errors})
            return (
                f"Rejected: {len(self.errors)} problem(s) in {rows} row(s); nothing was imported."
            )
        verb = "Would import" if self.dry_run else "Imported"
        return (
            f"{verb} {self.rows} {self.kind} row(s): {self.inserted} new, {self.updated} updated."
        )


class ImportFileError(ValueError):
    """The file as a whole cannot be read (not UTF-8, no header, missing columns)."""


def read_rows(data: bytes, kind: str) -> list[dict[str, str]]:
    """The data rows of a UTF-8 CSV (a BOM is allowed) as dicts of stripped strings."""
    if kind not in KINDS:
        raise ImportFileError(f"Choose what the file holds: {', '.join(KINDS)}.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            "The file is not UTF-8 text; save it as 'CSV UTF-8' and try again."
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError("The file is empty; the first row must name the columns.") from None
    except csv.Error as exc:
        raise ImportFileError(f"The file is not valid CSV: {exc}.") from None
    names = [h.strip().lower() for h in header]
    required, optional = COLUMNS[kind]
    missing = [c for c in required if c not in names]
    if missing:
        raise ImportFileError(f"Missing column(s) in row 1: {', '.join(missing)}.")
    unknown = [n for n in names if n and n not in required + optional]
    if unknown:
        raise ImportFileError(f"Unknown column(s) in row 1: {', '.join(unknown)}.")
    if len(set(names)) != len(names):
        raise ImportFileError("A column is named twice in row 1.")
    rows: list[dict[str, str]] = []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                rows.append({})  # blank line: kept so row numbers stay right, skipped later
                continue
            padded = [*cells, *[""] * (len(names) - len(cells))]
            row = {n: padded[i].strip() for i, n in enumerate(names) if n}
            if len(cells) > len(names):
                row["__extra__"] = "1"
            rows.append(row)
    except csv.Error as exc:
        raise ImportFileError(
            f"The file is not valid CSV near row {reader.line_num}: {exc}."
        ) from None
    return rows


def import_portfolio_csv(
    session: Session, kind: str, data: bytes | Path, *, dry_run: bool = False, actor: str = "cli"
) -> ImportReport:
    """Check every row; if all are good (and not dry_run) write them in the session's
    transaction. Raises ImportFileError for a file that cannot be read at all."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    rows = read_rows(raw, kind)
    report = ImportReport(kind=kind, dry_run=dry_run)
    checker = {
        "products": _ProductRows,
        "accounts": _AccountRows,
        "holdings": _HoldingRows,
        "transactions": _TransactionRows,
    }[kind](session, actor)
    numbered = [(i + 2, r) for i, r in enumerate(rows) if r]
    report.rows = len(numbered)
    if not numbered:
        report.errors.append(RowError(2, "-", "The file has no data rows."))
        return report
    checker.prepare([r for _, r in numbered])
    for number, row in numbered:
        if "__extra__" in row:
            report.errors.append(RowError(number, "-", "The row has more cells than the header."))
            continue
        for column, message in checker.check(row):
            report.errors.append(RowError(number, column, message))
    if report.errors:
        return report
    report.inserted, report.updated = len(checker.inserts), len(checker.updates)
    if not dry_run:
        checker.write()
    return report


# ---------------------------------------------------------------------------
# Cell parsers: each returns a value or raises ValueError with a reason
# ---------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError("Enter a date as YYYY-MM-DD.") from None


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueError("Enter a whole number.") from None


def _rating(text: str) -> int:
    value = text.upper().removeprefix("R")
    if value not in ("1", "2", "3", "4", "5"):
        raise ValueError("A risk rating is R1 to R5 (or 1 to 5).")
    return int(value)


def _bool(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("", "1", "yes", "y", "true", "是"):
        return True
    if lowered in ("0", "no", "n", "false", "否"):
        return False
    raise ValueError("Enter yes or no.")


Problems = list[tuple[str, str]]


def _cell(
    row: dict[str, str],
    column: str,
    parse: Callable[[str], Any],
    problems: Problems,
    *,
    required: bool = True,
) -> Any:
    text = row.get(column, "")
    if not text:
        if required:
            problems.append((column, "This cell is empty."))
        return None
    try:
        return parse(text)
    except ValueError as exc:
        problems.append((column, str(exc)))
        return None


def _chunks(values: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


# ---------------------------------------------------------------------------
# One checker per kind: prepare (bulk look-ups), check (per row), write (bulk)
# ---------------------------------------------------------------------------


class _Rows:
    def __init__(self, session: Session, actor: str) -> None:
        self.session = session
        self.actor = actor
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []

    def prepare(self, rows: list[dict[str, str]]) -> None:
        """Load what the rows refer to in a few queries, not one per row."""

    def check(self, row: dict[str, str]) -> Problems:
        raise NotImplementedError

    def write(self) -> None:
        raise NotImplementedError

    def _products_by_code(self, codes: set[str]) -> dict[str, Product]:
        found: dict[str, Product] = {}
        for chunk in _chunks(sorted(codes)):
            for p in self.session.scalars(select(Product).where(Product.code.in_(chunk))):
                found[p.code] = p
        return found

    def _accounts_by_number(self, numbers: set[str]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for chunk in _chunks(sorted(numbers)):
            query = select(Account.number, Account.id).where(Account.number.in_(chunk))
            for number, account_id in self.session.execute(query):
                found.setdefault(number, []).append(account_id)
        return found

    def _account(
        self, row: dict[str, str], accounts: dict[str, list[int]], problems: Problems
    ) -> int | None:
        number = "".join(row.get("account_number", "").split())
        if not number:
            problems.append(("account_number", "This cell is empty."))
            return None
        ids = accounts.get(number, [])
        if not ids:
            problems.append(("account_number", "No account has this number; import it first."))
            return None
        if len(ids) > 1:
            problems.append(("account_number", "Several accounts have this number."))
            return None
        return ids[0]


class _ProductRows(_Rows):
    def prepare(self, rows: list[dict[str, str]]) -> None:
        self.existing = set(self._products_by_code({r.get("code", "") for r in rows}))
        self.seen: set[str] = set()

    def check(self, row: dict[str, str]) -> Problems:
        problems: Problems = []
        rating = _cell(row, "risk_rating", _rating, problems)
        lockup = _cell(row, "lockup_months", _int, problems, required=False)
        active = _cell(row, "active", _bool, problems, required=False)
        data = ProductData(
            code=row.get("code", ""),
            name=row.get("name", ""),
            type=row.get("type", "").lower(),
            currency=row.get("currency", ""),
            risk_rating=rating or 1,
            asset_class=row.get("asset_class", "").lower(),
            issuer=row.get("issuer") or None,
            liquidity=(row.get("liquidity") or "daily").lower(),
            lockup_months=lockup,
            active=True if active is None else active,
        )
        taken = {c for c, _ in problems}
        problems += [(e.field, e.message) for e in product_errors(data) if e.field not in taken]
        code = data.code.strip()
        if code in self.existing:
            problems.append(("code", "A product with this code is already in the catalogue."))
        elif code and code in self.seen:
            problems.append(("code", "This code appears in an earlier row of the file."))
        self.seen.add(code)
        if not problems:
            self.inserts.append(product_row(data))
        return problems

    def write(self) -> None:
        bulk_insert(self.session, Product.__table__, self.inserts)  # type: ignore[arg-type]


class _AccountRows(_Rows):
    def prepare(self, rows: list[dict[str, str]]) -> None:
        ids = {int(r["client_id"]) for r in rows if r.get("client_id", "").isdigit()}
        self.clients: set[int] = set()
        for chunk in _chunks(sorted(ids)):
            self.clients.update(self.session.scalars(select(Client.id).where(Client.id.in_(chunk))))
        numbers = {"".join(r.get("number", "").split()) for r in rows}
        self.existing = self._accounts_by_number(numbers)
        self.seen: set[str] = set()

    def check(self, row: dict[str, str]) -> Problems:
        problems: Problems = []
        client_id = _cell(row, "client_id", _int, problems)
        if client_id is not None and client_id not in self.clients:
            problems.append(("client_id", "No client has this number."))
        opened = _cell(row, "opened_on", _date, problems, required=False)
        data = AccountData(
            institution=row.get("institution", ""),
            account_type=row.get("account_type", "").lower(),
            number=row.get("number", ""),
            currency=row.get("currency", ""),
            opened_on=opened,
        )
        problems += [(e.field, e.message) for e in account_errors(data)]
        number = "".join(data.number.split())
        if number in self.existing:
            problems.append(("number", "An account with this number already exists."))
        elif number and number in self.seen:
            problems.append(("number", "This number appears in an earlier row of the file."))
        self.seen.add(number)
        if not problems:
            self.inserts.append(
                {
                    "client_id": client_id,
                    "institution": data.institution.strip(),
                    "account_type": data.account_type,
                    "number": number,
                    "currency": data.currency.strip().upper(),
                    "opened_on": opened,
                }
            )
        return problems

    def write(self) -> None:
        bulk_insert(self.session, Account.__table__, self.inserts)  # type: ignore[arg-type]


class _HoldingRows(_Rows):
    def prepare(self, rows: list[dict[str, str]]) -> None:
        self.accounts = self._accounts_by_number(
            {"".join(r.get("account_number", "").split()) for r in rows}
        )
        self.products = self._products_by_code({r.get("product_code", "") for r in rows})
        account_ids = sorted({i for ids in self.accounts.values() for i in ids})
        self.client_of: dict[int, int] = {}
        self.current: dict[tuple[int, int], tuple[int, dt.date]] = {}
        for chunk in _chunks(account_ids):
            owners = select(Account.id, Account.client_id).where(Account.id.in_(chunk))
            for account_id, client_id in self.session.execute(owners):
                self.client_of[account_id] = client_id
            query = select(
                Holding.account_id, Holding.product_id, Holding.id, Holding.valuation_date
            ).where(Holding.account_id.in_(chunk))
            for account_id, product_id, holding_id, day in self.session.execute(query):
                self.current[(account_id, product_id)] = (holding_id, day)
        self.seen: set[tuple[int, int]] = set()

    def check(self, row: dict[str, str]) -> Problems:
        problems: Problems = []
        account_id = self._account(row, self.accounts, problems)
        product = self.products.get(row.get("product_code", ""))
        if not row.get("product_code"):
            problems.append(("product_code", "This cell is empty."))
        elif product is None:
            problems.append(("product_code", "No product has this code; import it first."))
        currency = row.get("currency") or (product.currency if product else "CNY")
        message = validate_currency(currency)
        if message:
            problems.append(("currency", message))
            currency = "CNY"
        currency = currency.strip().upper()
        quantity = _cell(row, "quantity", parse_decimal, problems)
        if quantity is not None and quantity < 0:
            problems.append(("quantity", "A quantity cannot be negative."))
        value = _cell(row, "market_value", lambda t: parse_money(t, currency), problems)
        cost = _cell(row, "cost", lambda t: parse_money(t, currency), problems, required=False)
        day = _cell(row, "valuation_date", _date, problems)
        if value is not None and value < 0:
            problems.append(("market_value", "A market value cannot be negative."))
        if problems or account_id is None or product is None:
            return problems
        key = (account_id, product.id)
        if key in self.seen:
            problems.append(("product_code", "This position appears in an earlier row."))
            return problems
        self.seen.add(key)
        values = {
            "quantity": str(quantity),
            "currency": currency,
            "cost_minor": cost or 0,
            "market_value_minor": value,
            "valuation_date": day,
        }
        existing = self.current.get(key)
        if existing is None:
            self.inserts.append(
                {
                    "account_id": account_id,
                    "client_id": self.client_of[account_id],
                    "product_id": product.id,
                    **values,
                }
            )
        elif existing[1] > day:
            problems.append(
                ("valuation_date", "The position already has a later valuation; not replaced.")
            )
        else:
            self.updates.append({"id": existing[0], **values})
        return problems

    def write(self) -> None:
        bulk_insert(self.session, Holding.__table__, self.inserts)  # type: ignore[arg-type]
        if self.updates:
            table = Holding.__table__
            self.session.execute(
                update(table)  # type: ignore[arg-type]
                .where(table.c.id == _bind("id"))
                .values(
                    quantity=_bind("quantity"),
                    currency=_bind("currency"),
                    cost_minor=_bind("cost_minor"),
                    market_value_minor=_bind("market_value_minor"),
                    valuation_date=_bind("valuation_date"),
                    version=table.c.version + 1,
                ),
                [{f"b_{k}": v for k, v in u.items()} for u in self.updates],
            )


def _bind(name: str) -> Any:
    return bindparam(f"b_{name}")


class _TransactionRows(_Rows):
    def prepare(self, rows: list[dict[str, str]]) -> None:
        self.accounts = self._accounts_by_number(
            {"".join(r.get("account_number", "").split()) for r in rows}
        )
        self.products = self._products_by_code(
            {r["product_code"] for r in rows if r.get("product_code")}
        )

    def check(self, row: dict[str, str]) -> Problems:
        problems: Problems = []
        account_id = self._account(row, self.accounts, problems)
        product_id = None
        if row.get("product_code"):
            product = self.products.get(row["product_code"])
            if product is None:
                problems.append(("product_code", "No product has this code; import it first."))
            else:
                product_id = product.id
        currency = row.get("currency", "")
        message = validate_currency(currency)
        if message:
            problems.append(("currency", message))
        day = _cell(row, "trade_date", _date, problems)
        amount = None
        if not message:
            amount = _cell(row, "amount", lambda t: parse_money(t, currency), problems)
        quantity = _cell(row, "quantity", parse_decimal, problems, required=False)
        price = _cell(row, "price", parse_decimal, problems, required=False)
        kind = row.get("kind", "").lower()
        data = TransactionData(
            account_id=account_id or 0,
            kind=kind,
            trade_date=day or dt.date.min,
            amount=amount or 0,
            currency=currency if not message else "CNY",
            product_id=product_id,
            quantity=quantity,
            price=price,
            note=row.get("note") or None,
        )
        taken = {c for c, _ in problems}
        for e in transaction_errors(data):
            column = {"product": "product_code"}.get(e.field, e.field)
            if column not in taken:
                problems.append((column, e.message))
        if not problems:
            self.inserts.append(
                {
                    "account_id": account_id,
                    "product_id": product_id,
                    "kind": kind,
                    "trade_date": day,
                    "quantity": None if quantity is None else str(quantity),
                    "price": None if price is None else str(price),
                    "amount_minor": amount,
                    "currency": data.currency.strip().upper(),
                    "note": data.note,
                    "created_by": self.actor,
                }
            )
        return problems

    def write(self) -> None:
        bulk_insert(
            self.session,
            PortfolioTransaction.__table__,  # type: ignore[arg-type]
            self.inserts,
        )

"""CSV import: a file with any bad row is rejected whole (nothing written) and the report
names each bad row and column; good files go in, with or without a BOM; the CLI command."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

import main
from app import portfolio
from app.portfolio_import import ImportFileError, RowError, import_portfolio_csv
from db.models_portfolio import Account, Holding, PortfolioTransaction, Product
from db.office import Office, open_office
from tests.conftest import PASSPHRASE

PRODUCTS = """code,name,type,issuer,currency,risk_rating,asset_class,liquidity,lockup_months
MMF01,天天利货币A,money_market,华夏基金,CNY,R1,cash,daily,
EQ01,沪深300指数,index_fund,易方达基金,CNY,R4,equity,daily,
PE01,成长股权二期,private_equity,某某资本,CNY,5,alternative,locked,60
"""
ACCOUNTS = """client_id,institution,account_type,number,currency,opened_on
1,招商银行,bank,6222020200112233445,CNY,2024-03-01
2,中信证券,brokerage,8800112233,CNY,
"""
HOLDINGS = """account_number,product_code,quantity,cost,market_value,valuation_date
6222020200112233445,MMF01,100000,"100,000.00",100312.55,2026-10-31
6222020200112233445,EQ01,20000,80000,91234.5,2026-10-31
8800112233,PE01,1,1000000,1200000,2026-09-30
"""
TRANSACTIONS = """account_number,trade_date,kind,product_code,quantity,price,amount,currency,note
6222020200112233445,2025-01-06,subscription,EQ01,20000,4.00,80000,CNY,
6222020200112233445,2025-06-20,dividend,EQ01,,,1500,CNY,年度分红
6222020200112233445,2025-07-01,transfer,,,,-3000,CNY,转出
8800112233,2025-02-01,fee,,,,50,CNY,
"""


def _import(office: Office, kind: str, text: str, **kw: object) -> object:
    with office.transaction() as s:
        return import_portfolio_csv(s, kind, text.encode("utf-8"), **kw)  # type: ignore[arg-type]


def _count(office: Office, model: type) -> int:
    with office.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _load_all(office: Office) -> None:
    for kind, text in (
        ("products", PRODUCTS),
        ("accounts", ACCOUNTS),
        ("holdings", HOLDINGS),
        ("transactions", TRANSACTIONS),
    ):
        report = _import(office, kind, text)
        assert report.ok, report.errors  # type: ignore[attr-defined]


def test_good_files_import_every_kind(office: Office) -> None:
    _load_all(office)
    assert _count(office, Product) == 3
    assert _count(office, Account) == 2
    assert _count(office, PortfolioTransaction) == 4
    with office.session() as s:
        rows = portfolio.holdings(s, 1, on=dt.date(2026, 11, 1))
        pe = s.scalar(select(Product).where(Product.code == "PE01"))
    assert [(r.product_code, r.market_value) for r in rows] == [
        ("MMF01", 10_031_255),
        ("EQ01", 9_123_450),
    ]
    assert rows[0].cost == 10_000_000 and rows[0].quantity == Decimal(100000)
    assert pe is not None and (pe.risk_rating, pe.lockup_months, pe.liquidity) == (5, 60, "locked")


def test_a_bom_and_crlf_are_fine(office: Office) -> None:
    data = ("\ufeff" + PRODUCTS).replace("\n", "\r\n").encode("utf-8")
    with office.transaction() as s:
        report = import_portfolio_csv(s, "products", data)
    assert report.ok and report.inserted == 3


def test_bad_product_rows_reject_the_file_and_name_row_and_column(office: Office) -> None:
    text = PRODUCTS + (
        "BAD1,坏产品,crypto,,CNY,R6,equity,daily,\n"  # row 5: type and rating
        "MMF01,重复,money_market,,CNY,R1,cash,daily,\n"  # row 6: code repeats row 2
        ",无代码,bond_fund,,XXX,R2,fixed_income,sometimes,-3\n"  # row 7: four problems
    )
    report = _import(office, "products", text)
    assert not report.ok  # type: ignore[attr-defined]
    assert {(e.row, e.column) for e in report.errors} == {  # type: ignore[attr-defined]
        (5, "type"),
        (5, "risk_rating"),
        (6, "code"),
        (7, "code"),
        (7, "currency"),
        (7, "liquidity"),
        (7, "lockup_months"),
    }
    assert "nothing was imported" in report.summary()  # type: ignore[attr-defined]
    assert _count(office, Product) == 0


def test_bad_holding_and_transaction_rows_reject_the_file(office: Office) -> None:
    _import(office, "products", PRODUCTS)
    _import(office, "accounts", ACCOUNTS)
    holdings = HOLDINGS + (
        "9999999999,MMF01,1,1,1,2026-10-31\n"  # row 5: unknown account
        "8800112233,NOPE,1,1,1,2026-10-31\n"  # row 6: unknown product
        "8800112233,MMF01,-5,1,1.001,31/10/2026\n"  # row 7: quantity, value, date
    )
    report = _import(office, "holdings", holdings)
    assert [(e.row, e.column) for e in report.errors] == [  # type: ignore[attr-defined]
        (5, "account_number"),
        (6, "product_code"),
        (7, "quantity"),
        (7, "market_value"),
        (7, "valuation_date"),
    ]
    assert all("9999999999" not in str(e) for e in report.errors)  # type: ignore[attr-defined]
    assert _count(office, Holding) == 0

    transactions = TRANSACTIONS + (
        "8800112233,2025-13-01,buy,,,,100,CNY,\n"  # row 6: date; buy needs product, quantity
        "8800112233,2025-02-01,gift,,,,100,CNY,\n"  # row 7: kind
        "8800112233,2025-02-01,fee,,,,-100,CNY,\n"  # row 8: negative amount
        "8800112233,2025-02-01,fee,,,,100,EURO,\n"  # row 9: currency
    )
    report = _import(office, "transactions", transactions)
    assert [(e.row, e.column) for e in report.errors] == [  # type: ignore[attr-defined]
        (6, "trade_date"),
        (6, "product_code"),
        (6, "quantity"),
        (7, "kind"),
        (8, "amount"),
        (9, "currency"),
    ]
    assert _count(office, PortfolioTransaction) == 0


def test_bad_account_rows_and_duplicates(office: Office) -> None:
    _import(office, "accounts", ACCOUNTS)
    text = (
        ACCOUNTS.splitlines()[0]
        + "\n"
        + (
            "1,招商银行,bank,6222020200112233445,CNY,\n"  # row 2: number exists
            "999,工商银行,bank,111,CNY,\n"  # row 3: no such client
            "1,,casino,,CNY,2024-02-30\n"  # row 4: institution, type, number, date
        )
    )
    report = _import(office, "accounts", text)
    assert [(e.row, e.column) for e in report.errors] == [  # type: ignore[attr-defined]
        (2, "number"),
        (3, "client_id"),
        (4, "opened_on"),
        (4, "institution"),
        (4, "account_type"),
        (4, "number"),
    ]
    assert _count(office, Account) == 2


def test_a_newer_statement_replaces_positions_never_an_older_one(office: Office) -> None:
    _load_all(office)
    header = HOLDINGS.splitlines()[0]
    newer = header + "\n6222020200112233445,EQ01,20000,80000,95000,2026-11-30\n"
    report = _import(office, "holdings", newer)
    assert report.ok and (report.inserted, report.updated) == (0, 1)  # type: ignore[attr-defined]
    older = header + "\n6222020200112233445,MMF01,1,1,1,2026-01-31\n"
    report = _import(office, "holdings", older)
    assert [(e.row, e.column) for e in report.errors] == [(2, "valuation_date")]  # type: ignore[attr-defined]
    with office.session() as s:
        values = sorted(s.scalars(select(Holding.market_value_minor)))
        versions = sorted(s.scalars(select(Holding.version)))
    assert values == [9_500_000, 10_031_255, 120_000_000]
    assert versions == [1, 1, 2]


def test_dry_run_checks_and_writes_nothing(office: Office) -> None:
    report = _import(office, "products", PRODUCTS, dry_run=True)
    assert report.ok and report.inserted == 3  # type: ignore[attr-defined]
    assert "Would import 3" in report.summary()  # type: ignore[attr-defined]
    assert _count(office, Product) == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("code,name\n".encode("utf-16"), "not UTF-8"),
        (b"", "empty"),
        (b"code,name,type\nA,B,C\n", "Missing column(s) in row 1: currency"),
        (PRODUCTS.replace("issuer", "emitter").encode(), "Unknown column(s) in row 1: emitter"),
    ],
)
def test_unreadable_files_say_why(office: Office, data: bytes, message: str) -> None:
    with office.transaction() as s, pytest.raises(ImportFileError, match=re.escape(message)):
        import_portfolio_csv(s, "products", data)


def test_rows_with_extra_cells_and_header_only_files(office: Office) -> None:
    report = _import(office, "products", PRODUCTS.splitlines()[0] + "\n")
    assert report.errors == [RowError(2, "-", "The file has no data rows.")]  # type: ignore[attr-defined]
    report = _import(office, "products", PRODUCTS + "X1,n,bond,,CNY,R1,cash,daily,,extra\n")
    assert [(e.row, e.column) for e in report.errors] == [(5, "-")]  # type: ignore[attr-defined]


def test_cli_imports_and_rejects(
    office_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    good = tmp_path / "products.csv"
    good.write_text(PRODUCTS, encoding="utf-8-sig")
    bad = tmp_path / "bad.csv"
    bad.write_text(PRODUCTS + "BAD1,坏,crypto,,CNY,R9,equity,daily,\n", encoding="utf-8")
    assert (
        main.main(["import-portfolio", str(office_path), "products", str(good), "--dry-run"]) == 0
    )
    assert "Would import 3 products" in capsys.readouterr().out
    assert main.main(["import-portfolio", str(office_path), "products", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "row 5, type:" in out and "row 5, risk_rating:" in out
    assert main.main(["import-portfolio", str(office_path), "products", str(good)]) == 0
    assert "Imported 3 products row(s): 3 new" in capsys.readouterr().out
    assert main.main(["import-portfolio", str(office_path), "products", str(tmp_path / "x")]) == 2
    assert "Cannot read the CSV file" in capsys.readouterr().err
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            assert s.scalar(select(func.count()).select_from(Product)) == 3
    finally:
        office.close()

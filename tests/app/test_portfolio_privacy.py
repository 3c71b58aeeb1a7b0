"""A client's portfolio in the subject export, erasure (numbers and notes go, the records
stay for the suitability retention) and the purge after it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app import subject_export as se
from app.erasure import add_years, erase_client, purge_expired
from app.settings import SettingsService
from db.models import Client
from db.models_portfolio import Account, Holding, PortfolioTransaction, Product
from db.office import Office
from tests.app.portfolio_helpers import add_account, add_history, add_holding, add_product

NUMBER = "6222020200112233445"


def _portfolio(office: Office) -> tuple[int, int]:
    with office.transaction() as s:
        ids = list(s.scalars(select(Client.id).order_by(Client.id)))
        product = add_product(s)
        account = add_account(s, ids[0], NUMBER)
        add_history(s, account, product, "buy", dt.date(2025, 1, 2), 100_000, quantity="10")
        s.execute(PortfolioTransaction.__table__.update().values(note="给王伟的孙子买的"))
        add_holding(s, account, product, "10", 110_000, dt.date(2026, 1, 2))
        other = add_account(s, ids[1], "6222000011112222")
        add_holding(s, other, product, "1", 1_000, dt.date(2026, 1, 2))
    return ids[0], ids[1]


def test_subject_export_holds_the_portfolio(office: Office) -> None:
    client, _ = _portfolio(office)
    with office.session() as s:
        data = se.collect(s, client)
    tables = data["tables"] if "tables" in data else data
    text = repr(tables)
    assert NUMBER in text  # the person's own data, in full
    assert "6222000011112222" not in text  # not another client's account
    for table in ("account", "holding", "portfolio_transaction"):
        assert table in text


def test_erasure_clears_numbers_and_notes_and_keeps_the_records(office: Office) -> None:
    client, other = _portfolio(office)
    with office.transaction() as s:
        report = erase_client(s, client, "compliance", "written request")
    assert report.anonymised["account"] == 1 and report.kept["account"] == 1
    with office.session() as s:
        numbers = dict(s.execute(select(Account.client_id, Account.number)).all())
        notes = list(s.scalars(select(PortfolioTransaction.note)))
        assert numbers == {client: "[erased]", other: "6222000011112222"}
        assert notes == [None]
        assert s.scalar(select(func.count()).select_from(Holding)) == 2
        assert s.scalar(select(func.count()).select_from(PortfolioTransaction)) == 1


def test_purge_deletes_the_portfolio_after_the_suitability_retention(office: Office) -> None:
    client, other = _portfolio(office)
    with office.transaction() as s:
        erase_client(s, client, "compliance", "written request")
        years = int(SettingsService(s).get("retention.suitability_years"))
    today = dt.date.today()
    with office.transaction() as s:
        purge_expired(s, add_years(today, years) - dt.timedelta(days=1))
        assert s.scalar(select(func.count()).where(Account.client_id == client)) == 1
    with office.transaction() as s:
        purge_expired(s, add_years(today, years + 1))
    with office.session() as s:
        assert s.scalar(select(func.count()).where(Account.client_id == client)) == 0
        assert list(s.scalars(select(Account.client_id))) == [other]
        assert s.scalar(select(func.count()).select_from(Holding)) == 1
        assert s.scalar(select(func.count()).select_from(PortfolioTransaction)) == 0
        assert s.scalar(select(func.count()).select_from(Product)) == 1

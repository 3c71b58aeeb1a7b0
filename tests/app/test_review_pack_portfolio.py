"""The pack's holdings, transactions and risk sections, on a demo office with a portfolio
written through the portfolio and risk services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.cards import ClientCard
from app.clients import ClientService
from app.review_pack import PackOptions, build_pack
from app.validation import format_money, mask_identifier
from db.office import Office
from tests.app import review_pack_data
from tests.app.portfolio_helpers import add_account, add_history, add_holding, add_product
from tests.app.review_pack_data import PRINTED, qpdf_ok
from tests.app.risk_helpers import assess
from tests.pdf_tools import fonts, page_count, pdf_text, run

demo_bytes = review_pack_data.demo_bytes
demo_path = review_pack_data.demo_path
demo = review_pack_data.demo

ACCOUNT = "6222020200112233445"
HOLDINGS = 70


def flat(text: str) -> str:
    return "".join(text.split())


def investor(office: Office) -> tuple[int, int]:
    """A Chinese client assessed C3 with 70 holdings (one rated R5) and three trades in the
    period; (client id, total value in minor units)."""
    with office.transaction() as s:
        cid = ClientService(s).create(
            ClientCard(legal_name="Zhao Min", chinese_name="赵敏", language="zh")
        )
        account = add_account(s, cid, ACCOUNT)
        total = 0
        for i in range(HOLDINGS):
            product = add_product(s, f"P{i:03d}", risk=5 if i == 0 else 3)
            value = 1_000_000 + i * 12_345
            add_holding(s, account, product, "1000", value, dt.date(2026, 10, 31))
            total += value
            if i < 3:
                add_history(s, account, product, "buy", dt.date(2026, 3, 1 + i), 500_000_00)
        add_history(s, account, None, "withdrawal", dt.date(2026, 6, 1), 200_000_00)
        assess(s, cid, "C3", on=dt.date(2026, 2, 1))
    return cid, total


def test_holdings_totals_transactions_and_risk(demo: Office, tmp_path: Path) -> None:
    cid, total = investor(demo)
    with demo.session() as s:
        result = build_pack(s, cid, PackOptions(printed_on=PRINTED, since=dt.date(2026, 1, 1)))
    assert {"holdings", "transactions", "risk"} <= set(result.sections)
    path = tmp_path / "portfolio.pdf"
    path.write_bytes(result.pdf)
    qpdf_ok(path)
    assert all(r["emb"] == "yes" for r in fonts(path))
    text = pdf_text(path)
    flat_text = flat(text)
    assert "赵敏" in text
    # the holdings total, in the base-currency column (its heading names the currency)
    assert f"{total // 100:,}.{total % 100:02d}" in text and "折合（CNY）" in text
    assert "合计" in text
    # net contributions: three buys in, one withdrawal out
    assert flat(format_money(3 * 500_000_00 - 200_000_00, "CNY", "zh")) in flat_text
    # accounts by institution and masked number only
    assert mask_identifier(ACCOUNT) in text and ACCOUNT not in flat_text
    # risk: the level, its expiry, the statement and the holding rated above it
    assert "C3" in text and "风险评估与适当性" in text
    assert flat("风险等级为 R3 及以下的产品与客户的风险等级 C3 相匹配。") in flat_text
    assert "风险等级高于客户等级的持仓" in text and "P000" in text


def test_long_holdings_table_repeats_its_header_on_every_page(demo: Office, tmp_path: Path) -> None:
    cid, _ = investor(demo)
    with demo.session() as s:
        result = build_pack(s, cid, PackOptions(printed_on=PRINTED, language="en"))
    path = tmp_path / "holdings.pdf"
    path.write_bytes(result.pdf)
    pages = [
        run("pdftotext", "-f", str(n), "-l", str(n), "-enc", "UTF-8", str(path), "-")
        for n in range(1, page_count(path) + 1)
    ]
    # pages that carry holding rows (product codes P001..P069; P000 also sits in the risk list)
    spanned = [
        i for i, text in enumerate(pages) if "P050" in text or "P010" in text or "P069" in text
    ]
    spanned = sorted(set(spanned))
    assert len(spanned) >= 2, "70 holdings should need more than one page"
    for i in spanned:
        assert "Market value" in pages[i] and "Account" in pages[i], f"no header on page {i + 1}"
    everything = "".join(pages)
    assert all(f"P{i:03d}" in everything for i in range(HOLDINGS))
    assert everything.count("Total") >= 1


def test_no_portfolio_and_no_assessment_leave_the_sections_out(demo: Office) -> None:
    with demo.transaction() as s:
        cid = ClientService(s).create(ClientCard(legal_name="Cash Only", language="en"))
    with demo.session() as s:
        result = build_pack(s, cid, PackOptions(printed_on=PRINTED))
    assert not {"holdings", "transactions", "risk"} & set(result.sections)

"""Demo portfolios: a catalogue of 40 made-up Chinese-market products (R1..R5), and for a
share of the active clients one to three accounts, a few holdings and two years of
transactions (first subscriptions, monthly regular investments, dividends, redemptions,
fees), priced along a deterministic monthly NAV path per product so returns look real.

Same seed, same portfolios. Bulk-inserted: at 100,000 clients about one active client in
thirty gets a portfolio (some 2,000 portfolios, 80,000 transactions, a few seconds), so the
whole demo stays near a minute; a 2,000-client office gets portfolios for most active
clients.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from decimal import Decimal

from sqlalchemy import func, select

from app.portfolio import minor_of
from db.bulk import bulk_insert
from db.models import Client
from db.models_portfolio import Account, Holding, PortfolioTransaction, Product
from db.office import Office

# code, name, type, issuer, currency, risk, asset class, liquidity, lock-up months
PRODUCTS: tuple[tuple[str, str, str, str, str, int, str, str, int | None], ...] = (
    ("DM0001", "天利宝货币A", "money_market", "华安基金", "CNY", 1, "cash", "daily", None),
    ("DM0002", "现金宝货币B", "money_market", "南方基金", "CNY", 1, "cash", "daily", None),
    ("DM0003", "招财日日盈", "wealth_management", "招银理财", "CNY", 1, "cash", "daily", None),
    ("DM0004", "美元货币基金", "money_market", "工银瑞信", "USD", 1, "cash", "daily", None),
    ("DM0005", "三个月定期存款", "deposit", "中国银行", "CNY", 1, "cash", "quarterly", 3),
    ("DM0101", "稳享纯债债券A", "bond_fund", "易方达基金", "CNY", 2, "fixed_income", "daily", None),
    ("DM0102", "中短债债券C", "bond_fund", "嘉实基金", "CNY", 2, "fixed_income", "daily", None),
    ("DM0103", "国开债指数", "bond_fund", "博时基金", "CNY", 2, "fixed_income", "daily", None),
    ("DM0104", "信用增利债券", "bond_fund", "广发基金", "CNY", 2, "fixed_income", "daily", None),
    (
        "DM0105",
        "季季盈理财",
        "wealth_management",
        "建信理财",
        "CNY",
        2,
        "fixed_income",
        "quarterly",
        3,
    ),
    (
        "DM0106",
        "年年丰封闭理财",
        "wealth_management",
        "工银理财",
        "CNY",
        2,
        "fixed_income",
        "locked",
        12,
    ),
    (
        "DM0107",
        "美元债精选(QDII)",
        "bond_fund",
        "华夏基金",
        "USD",
        2,
        "fixed_income",
        "daily",
        None,
    ),
    ("DM0108", "地方政府债", "bond", "财政部", "CNY", 2, "fixed_income", "daily", None),
    ("DM0201", "稳健配置混合", "mixed_fund", "交银施罗德", "CNY", 3, "mixed", "daily", None),
    ("DM0202", "固收+增强", "mixed_fund", "景顺长城", "CNY", 3, "mixed", "daily", None),
    ("DM0203", "平衡养老目标2040", "mixed_fund", "汇添富基金", "CNY", 3, "mixed", "locked", 36),
    ("DM0204", "可转债精选", "bond_fund", "兴全基金", "CNY", 3, "fixed_income", "daily", None),
    ("DM0205", "红利低波指数", "index_fund", "华泰柏瑞", "CNY", 3, "equity", "daily", None),
    ("DM0206", "年金险·安享一生", "insurance", "中国人寿", "CNY", 2, "insurance", "locked", 120),
    ("DM0207", "增额终身寿险", "insurance", "平安人寿", "CNY", 2, "insurance", "locked", 60),
    ("DM0208", "万能险·稳利账户", "insurance", "太平洋人寿", "CNY", 3, "insurance", "annual", 12),
    ("DM0301", "沪深300指数增强", "index_fund", "易方达基金", "CNY", 4, "equity", "daily", None),
    ("DM0302", "中证500指数", "index_fund", "南方基金", "CNY", 4, "equity", "daily", None),
    ("DM0303", "蓝筹精选混合", "equity_fund", "兴全基金", "CNY", 4, "equity", "daily", None),
    ("DM0304", "消费升级股票", "equity_fund", "汇添富基金", "CNY", 4, "equity", "daily", None),
    ("DM0305", "医疗健康股票", "equity_fund", "中欧基金", "CNY", 4, "equity", "daily", None),
    ("DM0306", "科技创新混合", "equity_fund", "富国基金", "CNY", 4, "equity", "daily", None),
    ("DM0307", "标普500指数(QDII)", "index_fund", "博时基金", "USD", 4, "equity", "daily", None),
    ("DM0308", "恒生科技ETF联接", "index_fund", "华夏基金", "CNY", 4, "equity", "daily", None),
    ("DM0309", "中国平安A股", "stock", "上海证券交易所", "CNY", 4, "equity", "daily", None),
    ("DM0310", "招商银行A股", "stock", "上海证券交易所", "CNY", 4, "equity", "daily", None),
    (
        "DM0311",
        "雪球结构性票据",
        "structured_note",
        "中信证券",
        "CNY",
        4,
        "alternative",
        "locked",
        24,
    ),
    (
        "DM0312",
        "沪深300保本结构票据",
        "structured_note",
        "华泰证券",
        "CNY",
        3,
        "alternative",
        "locked",
        12,
    ),
    ("DM0401", "新能源主题股票", "equity_fund", "农银汇理", "CNY", 5, "equity", "daily", None),
    ("DM0402", "半导体ETF联接", "index_fund", "国泰基金", "CNY", 5, "equity", "daily", None),
    (
        "DM0403",
        "成长股权投资二期",
        "private_equity",
        "红杉资本(示例)",
        "CNY",
        5,
        "alternative",
        "locked",
        84,
    ),
    (
        "DM0404",
        "医疗创投基金",
        "private_equity",
        "高瓴资本(示例)",
        "CNY",
        5,
        "alternative",
        "locked",
        72,
    ),
    ("DM0405", "量化对冲私募", "trust", "幻方量化(示例)", "CNY", 5, "alternative", "monthly", 6),
    ("DM0406", "商品期货CTA", "trust", "永安期货", "CNY", 5, "alternative", "monthly", 6),
    ("DM0407", "不动产信托计划", "trust", "中信信托", "CNY", 4, "alternative", "locked", 24),
)
# yearly drift and volatility of the demo NAV path per risk rating
_DRIFT = {1: 0.02, 2: 0.035, 3: 0.05, 4: 0.07, 5: 0.09}
_VOL = {1: 0.002, 2: 0.02, 3: 0.08, 4: 0.18, 5: 0.25}
INSTITUTIONS = (
    ("招商银行", "bank"),
    ("中国工商银行", "bank"),
    ("中信证券", "brokerage"),
    ("华泰证券", "brokerage"),
    ("天天基金", "fund"),
    ("蚂蚁财富", "fund"),
    ("中国人寿", "insurance"),
    ("中信信托", "trust"),
)
MONTHS = 24
SMALL_OFFICE = 5_000  # up to this many clients, most active clients get a portfolio
LARGE_SHARE = 0.03


def build_demo_products(office: Office) -> int:
    """The catalogue (if the office has no products yet); how many were added."""
    with office.transaction() as s:
        if s.scalar(select(func.count()).select_from(Product)):
            return 0
        rows = [
            {
                "code": code,
                "name": name,
                "type": kind,
                "issuer": issuer,
                "currency": ccy,
                "risk_rating": risk,
                "asset_class": asset,
                "liquidity": liquidity,
                "lockup_months": lockup,
                "active": True,
            }
            for code, name, kind, issuer, ccy, risk, asset, liquidity, lockup in PRODUCTS
        ]
        bulk_insert(s, Product.__table__, rows)  # type: ignore[arg-type]
    return len(rows)


def _nav_paths(
    rng: random.Random, products: list[tuple[int, str, int]]
) -> dict[int, list[Decimal]]:
    """A monthly NAV (MONTHS + 1 points, starting at 1.0000) for every product."""
    paths: dict[int, list[Decimal]] = {}
    for pid, _, risk in products:
        nav, path = 1.0, [Decimal("1.0000")]
        for _ in range(MONTHS):
            monthly = _DRIFT[risk] / 12 + rng.gauss(0, _VOL[risk] / math.sqrt(12))
            nav = max(0.2, nav * (1 + monthly))
            path.append(Decimal(f"{nav:.4f}"))
        paths[pid] = path
    return paths


def _month_day(start: dt.date, month: int, rng: random.Random) -> dt.date:
    year, mon = divmod(start.month - 1 + month, 12)
    return dt.date(start.year + year, mon + 1, rng.randint(1, 28))


def build_demo_portfolio(office: Office, seed: int = 7, today: dt.date | None = None) -> int:
    """Products, and accounts/holdings/transactions for a share of the active clients of
    an office without accounts yet; returns how many clients got a portfolio."""
    build_demo_products(office)
    today = today or dt.date(2026, 11, 1)
    valued_on = today - dt.timedelta(days=1)
    start = dt.date(today.year - 2, today.month, 1)
    rng = random.Random(seed * 7_919 + 5)
    with office.transaction() as s:
        products = list(
            s.execute(
                select(Product.id, Product.currency, Product.risk_rating).order_by(Product.id)
            )
        )
        by_risk: dict[int, list[tuple[int, str, int]]] = {}
        for row in products:
            by_risk.setdefault(row[2], []).append(tuple(row))  # type: ignore[arg-type]
        paths = _nav_paths(rng, [tuple(p) for p in products])  # type: ignore[misc]
        total = s.scalar(select(func.count()).select_from(Client)) or 0
        share = 0.85 if total <= SMALL_OFFICE else LARGE_SHARE
        if s.scalar(select(func.count()).select_from(Account)):
            return 0  # portfolios were built before
        clients = list(
            s.execute(
                select(Client.id, Client.investable_base_minor)
                .where(Client.status == "active")
                .order_by(Client.id)
            )
        )
        account_id = (s.scalar(select(func.max(Account.id))) or 0) + 1
        accounts: list[dict[str, object]] = []
        holdings: list[dict[str, object]] = []
        trades: list[dict[str, object]] = []
        chosen = 0
        for client_id, investable in clients:
            if rng.random() >= share:
                continue
            chosen += 1
            budget = max(100_000_00, int((investable or 500_000_00) * rng.uniform(0.3, 0.8)))
            appetite = rng.choices((1, 2, 3, 4, 5), (10, 25, 35, 22, 8))[0]
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                institution, kind = rng.choice(INSTITUTIONS)
                accounts.append(
                    {
                        "id": account_id,
                        "client_id": client_id,
                        "institution": institution,
                        "account_type": kind,
                        "number": "62" + "".join(rng.choice("0123456789") for _ in range(14)),
                        "currency": "CNY",
                        "opened_on": start - dt.timedelta(days=rng.randint(30, 2000)),
                    }
                )
                picks: dict[int, tuple[int, str, int]] = {}
                for _ in range(rng.randint(2, 4)):
                    pick = rng.choice(by_risk[rng.randint(1, appetite)])
                    picks.setdefault(pick[0], pick)
                for pid, ccy, risk in picks.values():
                    _one_position(
                        rng,
                        (client_id, account_id, pid, ccy, risk),
                        paths[pid],
                        Decimal(budget) / 100 / 6,
                        start,
                        valued_on,
                        holdings,
                        trades,
                    )
                account_id += 1
        bulk_insert(s, Account.__table__, accounts)  # type: ignore[arg-type]
        bulk_insert(s, Holding.__table__, holdings)  # type: ignore[arg-type]
        bulk_insert(s, PortfolioTransaction.__table__, trades)  # type: ignore[arg-type]
    return chosen


def _one_position(
    rng: random.Random,
    position: tuple[int, int, int, str, int],
    nav: list[Decimal],
    budget: Decimal,
    start: dt.date,
    valued_on: dt.date,
    holdings: list[dict[str, object]],
    trades: list[dict[str, object]],
) -> None:
    """Two years of one product in one account: a first subscription, maybe monthly
    regular buys, dividends on income products, a partial redemption, a yearly fee.
    `budget` is in CNY (major units); a USD product gets about a seventh of it in USD."""
    client_id, account_id, product_id, currency, risk = position
    if currency != "CNY":
        budget /= 7
    quantity = Decimal(0)
    cost = 0

    def trade(kind: str, month: int, units: Decimal | None, amount: int) -> None:
        trades.append(
            {
                "account_id": account_id,
                "product_id": product_id,
                "kind": kind,
                "trade_date": _month_day(start, month, rng),
                "quantity": None if units is None else str(units),
                "price": None if units is None else str(nav[month]),
                "amount_minor": amount,
                "currency": currency,
                "note": None,
                "created_by": "demo",
            }
        )

    def buy(kind: str, month: int, major: Decimal) -> None:
        nonlocal quantity, cost
        units = (major / nav[month]).quantize(Decimal("0.01"))
        amount = minor_of(units * nav[month], currency)
        trade(kind, month, units, amount)
        quantity += units
        cost += amount

    first_month = rng.randint(0, 5)
    first = max(Decimal(1000), (budget * rng.randint(40, 100) / 100 / 100).to_integral() * 100)
    buy("subscription", first_month, first)
    regular = risk >= 3 and rng.random() < 0.4
    for month in range(first_month + 1, MONTHS):
        if regular:
            buy("buy", month, max(Decimal(500), (first / 20 / 100).to_integral() * 100))
        value = minor_of(quantity * nav[month], currency)
        if risk == 2 and month % 3 == 0:
            trade("dividend", month, None, max(1, value * 8 // 1000))
        if month % 12 == 11:
            trade("fee", month, None, max(100, value // 500))
        if month == MONTHS - 4 and rng.random() < 0.25:
            sold = (quantity * rng.randint(20, 50) / 100).quantize(Decimal("0.01"))
            trade("redemption", month, sold, minor_of(sold * nav[month], currency))
            cost = int(cost * (quantity - sold) / quantity)
            quantity -= sold
    holdings.append(
        {
            "account_id": account_id,
            "client_id": client_id,
            "product_id": product_id,
            "quantity": str(quantity),
            "currency": currency,
            "cost_minor": cost,
            "market_value_minor": minor_of(quantity * nav[MONTHS], currency),
            "valuation_date": valued_on,
        }
    )

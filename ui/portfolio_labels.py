"""How the portfolio's stored codes read in the UI (asset classes, account types,
transaction kinds, liquidity), in one translation context shared by the panel and dialogs."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "PortfolioLabels"

ASSET_CLASSES = {
    "cash": QT_TRANSLATE_NOOP("PortfolioLabels", "Cash"),
    "fixed_income": QT_TRANSLATE_NOOP("PortfolioLabels", "Fixed income"),
    "equity": QT_TRANSLATE_NOOP("PortfolioLabels", "Equity"),
    "mixed": QT_TRANSLATE_NOOP("PortfolioLabels", "Mixed"),
    "alternative": QT_TRANSLATE_NOOP("PortfolioLabels", "Alternatives"),
    "insurance": QT_TRANSLATE_NOOP("PortfolioLabels", "Insurance"),
}
ACCOUNT_TYPES = {
    "brokerage": QT_TRANSLATE_NOOP("PortfolioLabels", "Brokerage"),
    "bank": QT_TRANSLATE_NOOP("PortfolioLabels", "Bank"),
    "fund": QT_TRANSLATE_NOOP("PortfolioLabels", "Fund platform"),
    "wealth": QT_TRANSLATE_NOOP("PortfolioLabels", "Wealth management"),
    "insurance": QT_TRANSLATE_NOOP("PortfolioLabels", "Insurance"),
    "trust": QT_TRANSLATE_NOOP("PortfolioLabels", "Trust"),
    "pension": QT_TRANSLATE_NOOP("PortfolioLabels", "Pension"),
    "other": QT_TRANSLATE_NOOP("PortfolioLabels", "Other"),
}
KINDS = {
    "buy": QT_TRANSLATE_NOOP("PortfolioLabels", "Buy"),
    "sell": QT_TRANSLATE_NOOP("PortfolioLabels", "Sell"),
    "subscription": QT_TRANSLATE_NOOP("PortfolioLabels", "Subscription"),
    "redemption": QT_TRANSLATE_NOOP("PortfolioLabels", "Redemption"),
    "dividend": QT_TRANSLATE_NOOP("PortfolioLabels", "Dividend"),
    "interest": QT_TRANSLATE_NOOP("PortfolioLabels", "Interest"),
    "fee": QT_TRANSLATE_NOOP("PortfolioLabels", "Fee"),
    "deposit": QT_TRANSLATE_NOOP("PortfolioLabels", "Deposit"),
    "withdrawal": QT_TRANSLATE_NOOP("PortfolioLabels", "Withdrawal"),
    "transfer": QT_TRANSLATE_NOOP("PortfolioLabels", "Transfer"),
}


def code_label(table: dict[str, str], code: str) -> str:
    """The translated label of a stored code; an unknown code shows as itself."""
    source = table.get(code)
    return QCoreApplication.translate(CTX, source) if source else code


def percent(value: Decimal | None) -> str:
    """A rate as a percentage with two decimals; None (no solution) as an em dash."""
    if value is None:
        return "—"
    shown = (value * 100).quantize(Decimal("0.01"))
    return f"{abs(shown) if shown == 0 else shown}%"


# Static messages from app/portfolio.py and the transaction dialog, translated in their own
# context; anything else falls back to the shared AppMessages catalogue.
MESSAGE_CTX = "PortfolioMessages"
MESSAGES = (
    QT_TRANSLATE_NOOP("PortfolioMessages", "Choose the product."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "Enter a quantity above zero."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "A quantity cannot be negative."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "A price cannot be negative."),
    QT_TRANSLATE_NOOP(
        "PortfolioMessages", "Enter the amount without a sign; the kind gives the direction."
    ),
    QT_TRANSLATE_NOOP("PortfolioMessages", "A note has at most 500 characters."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "The account holds none of this product to sell."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "This sells more than the account holds."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "That product is not in the catalogue."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "That account no longer exists."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "That account does not belong to this client."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "Enter a number, for example 1000 or 1.2345."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "A trade date cannot be in the future."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "Enter an amount."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "Enter the institution."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "Enter the account number."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "An account number has at most 60 characters."),
    QT_TRANSLATE_NOOP("PortfolioMessages", "That client no longer exists."),
)


def portfolio_message(text: str) -> str:
    """A message from app/ in the user's language (this area's, then the shared ones)."""
    from ui.app_messages import app_message

    if text in MESSAGES:
        return QCoreApplication.translate(MESSAGE_CTX, text)
    return app_message(text)

"""Screenshots of the card's Portfolio section and the Record transaction dialog, in
English and Chinese, on a fresh demo office:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/portfolio_shots.py [--out shots]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchmarks.shot_support import run_standalone  # noqa: E402
from db.office import Office  # noqa: E402


def busiest_client(office: Office) -> int:
    """The demo client with the most asset classes, then holdings (full tables to see)."""
    from sqlalchemy import func, select

    from db.models_portfolio import Account, Holding, Product

    with office.session() as session:
        return int(
            session.execute(
                select(Account.client_id)
                .join(Holding, Holding.account_id == Account.id)
                .join(Product, Product.id == Holding.product_id)
                .group_by(Account.client_id)
                .order_by(
                    func.count(Product.asset_class.distinct()).desc(),
                    func.count().desc(),
                    Account.client_id,
                )
                .limit(1)
            ).scalar_one()
        )


def portfolio_shots(
    window: QWidget,
    language: str,
    out: Path,
    app: QApplication,
    save: Callable[[QWidget, Path, QApplication], None],
) -> None:
    from ui.dialogs.transaction_dialog import TransactionDialog

    office: Office = window.office  # type: ignore[attr-defined]
    card = window.card  # type: ignore[attr-defined]
    client_id = busiest_client(office)
    window.open_client(client_id)  # type: ignore[attr-defined]
    panel = card.portfolio
    stack = card.tabs.stack
    for i in range(stack.count()):
        if stack.widget(i).isAncestorOf(panel):
            card.tabs.setCurrentIndex(i)
    save(card, out / f"card_portfolio_{language}.png", app)
    save(panel, out / f"portfolio_panel_{language}.png", app)  # all of it, below the fold too
    dialog = TransactionDialog(office, client_id, card._baseline.display_name, parent=window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("subscription"))
    dialog.product.setCurrentIndex(3)
    dialog.quantity.setText("10000")
    dialog.price.setText("1.0523")
    dialog.amount.setText("10,523.00")
    dialog.show()
    save(dialog, out / f"transaction_dialog_{language}.png", app)
    dialog.close()
    card.tabs.setCurrentIndex(0)


def main() -> int:
    return run_standalone(portfolio_shots, __doc__, "portfolio-shots-only", clients=200, width=1400)


if __name__ == "__main__":
    raise SystemExit(main())

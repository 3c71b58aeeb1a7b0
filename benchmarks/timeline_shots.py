"""Screenshots of the card's timeline section and the quick-add dialog. Called by
benchmarks/screenshots.py for each language; runs alone on a fresh demo office too:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timeline_shots.py [--out shots]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app.timeline import InteractionService  # noqa: E402
from benchmarks.shot_support import run_standalone  # noqa: E402
from db.models import HouseholdMember, InteractionClient  # noqa: E402
from db.office import Office  # noqa: E402

Save = Callable[[QWidget, Path, QApplication], None]


def pick_client(office: Office) -> int:
    """A household member with the most timeline entries (so months and shares show)."""
    with office.session() as session:
        members = select(HouseholdMember.client_id)
        row = session.execute(
            select(InteractionClient.client_id, func.count())
            .where(InteractionClient.client_id.in_(members))
            .group_by(InteractionClient.client_id)
            .order_by(func.count().desc(), InteractionClient.client_id)
            .limit(1)
        ).first()
        if row is None:
            row = session.execute(select(InteractionClient.client_id).limit(1)).first()
    return int(row[0]) if row else 1


def add_rich_entries(office: Office, client_id: int) -> int:
    """A few recent, detailed entries (notes, outcome, a file, a rating); the id to expand."""
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    with office.transaction() as s:
        svc = InteractionService(s, "Li Na")
        svc.record(
            [client_id],
            "message",
            now - dt.timedelta(hours=3),
            "微信确认下周面谈时间 / Confirmed next week's meeting on WeChat",
            outcome="周二下午三点，公司会议室。",
            channel="wechat",
            direction="out",
        )
        rich = svc.record(
            [client_id],
            "review_meeting",
            now - dt.timedelta(days=2, hours=1),
            "Annual review: allocation and the children's education fund",
            "Went through the 2026 performance (+6.2%). The client wants more liquidity "
            "before the daughter starts university in 2028; discussed a bond ladder and "
            "moving part of the equity funds into a money-market fund.\n"
            "Risk questionnaire refreshed: still C3.",
            "Agreed to move CNY 500,000 into a 3-year bond ladder.",
            duration_minutes=75,
            channel="in_person",
            direction="out",
            follow_up="Send the bond ladder proposal by Friday.",
            satisfaction=5,
            staff=["Li Na", "Zhou Tao"],
        )
        svc.attach(rich, "annual-review-2026.pdf", b"%PDF-1.4 annual review")
        svc.record(
            [client_id],
            "complaint",
            now - dt.timedelta(days=9),
            "Complaint: statement arrived late",
            outcome="Apologised; statements now go by email on the 3rd.",
            channel="phone",
            direction="in",
            satisfaction=3,
        )
    return rich


def timeline_shots(
    window: QWidget, language: str, out: Path, app: QApplication, save: Save
) -> None:
    from ui.dialogs.interaction_dialog import InteractionDialog

    office: Office = window.office  # type: ignore[attr-defined]
    card = window.card  # type: ignore[attr-defined]
    client_id = pick_client(office)
    with office.session() as s:
        recent = s.scalar(
            select(func.count()).where(
                InteractionClient.client_id == client_id,
                InteractionClient.occurred_at > dt.datetime.now() - dt.timedelta(days=20),
            )
        )
    rich = add_rich_entries(office, client_id) if not recent else None
    window.open_client(client_id)  # type: ignore[attr-defined]
    stack = card.tabs.stack
    index = next(i for i in range(stack.count()) if stack.widget(i).isAncestorOf(card.timeline))
    card.tabs.setCurrentIndex(index)
    panel = card.timeline
    row = panel.model.row_of(rich) if rich else -1
    if row < 0:
        row = next(r for r in range(panel.model.rowCount()) if panel.model.entry(r))
    panel._toggle(panel.model.index(row, 0))
    save(card, out / f"card_timeline_{language}.png", app)
    save(window, out / f"main_timeline_{language}.png", app)
    panel._toggle(panel.model.index(row, 0))
    dialog = InteractionDialog(lambda v: 0, card.timeline.client_name, panel.members, parent=card)
    dialog.subject.setText("回电：确认赎回到账 / Called back about the redemption")
    dialog.show()
    save(dialog, out / f"interaction_dialog_{language}.png", app)
    dialog.close()


def main() -> int:
    return run_standalone(
        timeline_shots, __doc__, "timeline-shots-passphrase", clients=200, width=1500
    )


if __name__ == "__main__":
    raise SystemExit(main())

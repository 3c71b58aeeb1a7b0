"""Screenshots of the card's household section and its dialogs (picker, new household,
join a household, link a client). Called by benchmarks/screenshots.py for each language;
runs alone on a fresh demo office too:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/household_shots.py [--out shots]
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

from app.households import HouseholdService  # noqa: E402
from benchmarks.shot_support import run_standalone  # noqa: E402
from db.models import ClientLink, HouseholdMember  # noqa: E402
from db.office import Office  # noqa: E402


def pick_client(office: Office) -> tuple[int, int | None]:
    """A client in a household of three or more who also has a link; and one to show in a
    join dialog (a client of another household)."""
    from sqlalchemy import func, select

    with office.session() as session:
        linked = set(session.scalars(select(ClientLink.from_client_id)))
        big = session.execute(
            select(HouseholdMember.household_id)
            .group_by(HouseholdMember.household_id)
            .having(func.count() >= 3)
        ).scalars()
        best = None
        for household_id in big:
            members = session.scalars(
                select(HouseholdMember.client_id).where(
                    HouseholdMember.household_id == household_id
                )
            ).all()
            best = next((m for m in members if m in linked), None) or best or members[0]
            if best in linked:
                break
        if best is None:
            best = session.scalars(select(HouseholdMember.client_id)).first()
        assert best is not None, "the demo office has no households"
        mine = {h.id for h in HouseholdService(session).of_client(best)}
        other = session.scalars(
            select(HouseholdMember.client_id).where(HouseholdMember.household_id.not_in(mine))
        ).first()
    return best, other


def household_shots(
    window: QWidget,
    language: str,
    out: Path,
    app: QApplication,
    save: Callable[[QWidget, Path, QApplication], None],
) -> None:
    from ui.dialogs.household_dialog import HouseholdDialog

    office: Office = window.office  # type: ignore[attr-defined]
    card = window.card  # type: ignore[attr-defined]
    client_id, other = pick_client(office)
    other_name = ""
    if other is not None:
        from app.clients import ClientService

        with office.session() as session:
            other_name = ClientService(session).load(other).legal_name
    window.open_client(client_id)  # type: ignore[attr-defined]
    stack = card.tabs.stack
    for i in range(stack.count()):
        if stack.widget(i).isAncestorOf(card.household_panel):
            card.tabs.setCurrentIndex(i)
    panel = card.household_panel
    if card.households.count() > 1:
        card.households.setCurrentRow(1)
    save(card, out / f"card_household_edit_{language}.png", app)

    picker, kinds = panel.link_dialog()
    picker.search.setText("li")
    picker.run_search()
    kinds.setCurrentIndex(1)
    picker.show()
    save(picker, out / f"picker_link_{language}.png", app)
    picker.close()

    new = HouseholdDialog(office, client_id, card._baseline.legal_name, HouseholdDialog.NEW, window)
    if other is not None:
        new._add_row(other, other_name, "spouse")
    new.show()
    save(new, out / f"household_new_{language}.png", app)
    new.close()

    join = HouseholdDialog(
        office, client_id, card._baseline.legal_name, HouseholdDialog.JOIN, window
    )
    if other is not None:
        join.show_households_of(other, other_name)
    join.show()
    save(join, out / f"household_join_{language}.png", app)
    join.close()
    card.tabs.setCurrentIndex(0)


def main() -> int:
    return run_standalone(household_shots, __doc__, "household-shots-only", clients=200, width=1400)


if __name__ == "__main__":
    raise SystemExit(main())

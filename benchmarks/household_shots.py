"""Screenshots of the card's household section and its dialogs (picker, new household,
join a household, link a client). Called by benchmarks/screenshots.py for each language;
runs alone on a fresh demo office too:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/household_shots.py [--out shots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.households import HouseholdService  # noqa: E402
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
    from PySide6.QtCore import QSettings

    from app.demo import build_demo
    from db.office import create_office
    from ui.app import make_application

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "shots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    from ui import i18n
    from ui.main_window import MainWindow

    def save(widget: QWidget, path: Path, app: QApplication) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "demo.db", "household-shots-only")
        build_demo(office, clients=200, seed=7)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        translations = i18n.Translations()
        for language in ("en", "zh_CN"):
            translations.set_language(language)
            window = MainWindow(office, settings=settings, translations=translations)
            window.resize(1400, 860)
            window.show()
            household_shots(window, language, out, app, save)
            window.close()
        office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

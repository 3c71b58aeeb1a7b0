"""Screenshots of the main window and a client card, in English and in Chinese.

Builds a small demo office in a temporary folder, renders offscreen and writes PNGs under
shots/ (gitignored), so a person can look at what the UI really shows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/screenshots.py [--out shots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.client_list import ClientListService, ListQuery  # noqa: E402
from app.demo import build_demo  # noqa: E402
from db.office import create_office  # noqa: E402
from ui import i18n  # noqa: E402
from ui.app import make_application  # noqa: E402

PASSPHRASE = "screenshots-only-passphrase"


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, path: Path, app: QApplication) -> None:
    _settle(app)
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "shots"))
    parser.add_argument("--clients", type=int, default=300)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    app = make_application([])
    from ui.dialogs.unlock_dialog import UnlockDialog, remember_file
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "demo.db", PASSPHRASE)
        build_demo(office, clients=args.clients, seed=7)
        with office.session() as session:
            # A rich card: a client with snapshots, documents and a household if any.
            rows = ClientListService(session).page(
                ListQuery(sort="investable", descending=True), 0, 50
            )
        from app.clients import ClientService

        best = rows[0].id
        with office.session() as session:
            service = ClientService(session)
            for row in rows:
                card = service.load(row.id)
                if card.households and card.documents and card.snapshots and card.chinese_name:
                    best = row.id
                    break

        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        remember_file(settings, "/home/advisor/Offices/shanghai-branch.db")
        remember_file(settings, str(office.path))
        translations = i18n.Translations()
        for language in ("en", "zh_CN"):
            translations.set_language(language)
            window = MainWindow(office, settings=settings, translations=translations)
            window.resize(1500, 860)
            window.show()
            window.open_client(best)
            _save(window, out / f"main_{language}.png", app)
            sections = (
                "identity",
                "documents",
                "contacts",
                "household",
                "financial",
                "preferences",
                "needs",
                "lifecycle",
                "custom",
            )
            for index, name in enumerate(sections):
                window.card.tabs.setCurrentIndex(index)
                _save(window.card, out / f"card_{name}_{language}.png", app)
            window.card.tabs.setCurrentIndex(0)
            # Inline validation: clear the legal name and try to save.
            window.card.findChild(QWidget, "legal_name").setText("")  # type: ignore[union-attr]
            window.card.save()
            _save(window.card, out / f"card_errors_{language}.png", app)
            window.card.cancel()
            window.search.setText("陈")
            window._apply_query()
            _save(window, out / f"search_{language}.png", app)
            window.close()
            dialog = UnlockDialog(settings)
            dialog.show()
            _save(dialog, out / f"unlock_{language}.png", app)
            dialog.tabs.setCurrentIndex(1)
            dialog.new_passphrase.setText("short")
            _save(dialog, out / f"create_{language}.png", app)
            dialog.close()
        office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

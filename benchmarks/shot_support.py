"""The stand-alone runner the *_shots.py scripts share: a fresh demo office in a temporary
folder, the main window in English and in Chinese, and one shots function called for each.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent

Save = Callable[[QWidget, Path, QApplication], None]
Shots = Callable[[QWidget, str, Path, QApplication, Save], None]


def run_standalone(
    shots: Shots,
    description: str | None,
    passphrase: str,
    *,
    clients: int,
    width: int,
    height: int = 860,
) -> int:
    """Parse --out, build a demo office of `clients` clients and call `shots(window,
    language, out, app, save)` once per language on a `width` x `height` main window."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", default=str(ROOT / "shots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings

    from app.demo import build_demo
    from db.office import create_office
    from ui import i18n
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application([])

    def save(widget: QWidget, path: Path, app: QApplication) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "demo.db", passphrase)
        build_demo(office, clients=clients, seed=7)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        translations = i18n.Translations()
        for language in ("en", "zh_CN"):
            translations.set_language(language)
            window = MainWindow(office, settings=settings, translations=translations)
            window.resize(width, height)
            window.show()
            shots(window, language, out, app, save)
            window.close()
        office.close()
    return 0

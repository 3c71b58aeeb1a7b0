"""Screenshots of the unlock dialog (with the user field), the lock screen over the main
window and the Users dialog, in English and Chinese, on a demo office with user accounts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/security_shots.py [--out shots]

Also changes the office key with the main window open (as an admin would from the
Security menu) and prints whether that worked, since the rekey needs the file to itself.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "demo-office-2026"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "shots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    import os

    from PySide6.QtCore import QSettings

    from app.demo import build_demo
    from app.demo_security import DEMO_ADMIN
    from app.users import UserService
    from db.key_rotation import OfficeKeys
    from db.office import create_office
    from ui import i18n
    from ui.app import make_application
    from ui.dialogs.unlock_dialog import UnlockDialog, remember_file
    from ui.dialogs.users_dialog import UsersDialog
    from ui.main_window import MainWindow

    app = make_application([])

    def save(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
        for _ in range(8):
            app.processEvents()
        widget.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ADVISORDESK_STATE_DIR"] = str(Path(tmp) / "state")
        path = Path(tmp) / "demo.db"
        office = create_office(path, PASSPHRASE, admin=DEMO_ADMIN)
        build_demo(office, clients=200, seed=7)
        with office.transaction() as s:
            UserService(s, OfficeKeys(office)).remove("Zhou Min")  # shows the rekey banner
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        remember_file(settings, str(path))
        settings.setValue("unlock/user", "Li Ming")
        translations = i18n.Translations()
        for language in ("en", "zh_CN"):
            translations.set_language(language)
            dialog = UnlockDialog(settings, language=language)
            dialog.show()
            save(dialog, out / f"security-unlock-{language}.png")
            dialog.close()
            window = MainWindow(office, settings=settings, translations=translations)
            window.resize(1280, 800)
            window.show()
            users = UsersDialog(office, window)
            users.show()
            users.select("Li Ming")
            save(users, out / f"security-users-{language}.png")
            users.close()
            window.window_lock.lock()
            screen = window.window_lock.screen
            save(window, out / f"security-locked-window-{language}.png")
            save(screen, out / f"security-lock-screen-{language}.png")
            screen.passphrase.setText(PASSPHRASE)
            screen.try_unlock()
            if language == "zh_CN":
                users = UsersDialog(office, window)
                users.show()
                from app.users import rotate_key

                users._run_key_job(rotate_key)
                while users.busy():
                    app.processEvents()
                print("rekey with the main window open:", users.error.text() or "ok")
                users.close()
            window.close()
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

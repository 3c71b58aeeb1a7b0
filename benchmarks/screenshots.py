"""Screenshots of the main window, a client card and its dialogs, in English and in Chinese.

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


def _consent_shots(
    window: QWidget, client_id: int, purpose: str, language: str, out: Path, app: QApplication
) -> None:
    """The consent panel, the record, withdraw and history dialogs, the erase confirmation."""
    from ui.dialogs.consent_history_dialog import ConsentHistoryDialog
    from ui.dialogs.consent_record_dialog import ConsentRecordDialog
    from ui.dialogs.consent_withdraw_dialog import ConsentWithdrawDialog
    from ui.dialogs.erase_client_dialog import EraseClientDialog

    card = window.card  # type: ignore[attr-defined]
    office = window.office  # type: ignore[attr-defined]
    window.open_client(client_id)  # type: ignore[attr-defined]
    card.tabs.setCurrentIndex(_consents_index(card))
    _save(card, out / f"card_consents_{language}.png", app)
    _save(window, out / f"main_consents_{language}.png", app)
    panel = card.consents
    record = ConsentRecordDialog(
        office,
        client_id,
        panel.client_language,
        preselect=["pi_processing", "sensitive_pi"],
        parent=window,
    )
    record.set_evidence(Path("/home/advisor/scans/signed-consent-form.pdf"))
    record.show()
    _save(record, out / f"consent_record_{language}.png", app)
    record.close()
    granted = [(s.purpose, s.third_party) for s in panel.states if s.status == "granted"]
    withdraw = ConsentWithdrawDialog(office, client_id, "advisor", granted, granted[:1], window)
    withdraw.show()
    _save(withdraw, out / f"consent_withdraw_{language}.png", app)
    withdraw.close()
    history = ConsentHistoryDialog(office, client_id, purpose, None, window)
    history.show()
    _save(history, out / f"consent_history_{language}.png", app)
    history.close()
    erase = EraseClientDialog(client_id, card._baseline.legal_name, window)
    erase.show()
    _save(erase, out / f"erase_{language}.png", app)
    erase.close()


def _consents_index(card: QWidget) -> int:
    stack = card.tabs.stack  # type: ignore[attr-defined]
    for i in range(stack.count()):
        if stack.widget(i).isAncestorOf(card.consents):  # type: ignore[attr-defined]
            return i
    return 0


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
        from app.consent import ConsentService

        best = rows[0].id
        with office.session() as session:
            service = ClientService(session)
            for row in rows:
                card = service.load(row.id)
                if card.households and card.documents and card.snapshots and card.chinese_name:
                    best = row.id
                    break
            # The consent shots want a client whose history shows many states at once.
            consent_client, consent_purpose, variety = best, "pi_processing", -1
            for row in ClientListService(session).page(ListQuery(), 0, 300):
                states = ConsentService(session).current_state(row.id)
                kinds = len({s.reason for s in states})
                if kinds > variety:
                    history = ConsentService(session).history(row.id)
                    counts: dict[str, int] = {}
                    for entry in history:
                        counts[entry.purpose] = counts.get(entry.purpose, 0) + 1
                    consent_client, variety = row.id, kinds
                    consent_purpose = max(counts, key=lambda p: counts[p]) if counts else ""

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
                "timeline",
                "financial",
                "preferences",
                "needs",
                "lifecycle",
                "consents",
                "custom",
            )
            for index, name in enumerate(sections):
                window.card.tabs.setCurrentIndex(index)
                _save(window.card, out / f"card_{name}_{language}.png", app)
            _consent_shots(window, consent_client, consent_purpose, language, out, app)
            from benchmarks.household_shots import household_shots

            household_shots(window, language, out, app, _save)
            from benchmarks.my_day_shots import my_day_shots

            my_day_shots(window, language, out, app, _save)
            from benchmarks.consent_report_shots import consent_report_shots

            consent_report_shots(window, language, out, app, _save)
            from benchmarks.timeline_shots import timeline_shots

            timeline_shots(window, language, out, app, _save)
            window.open_client(best)
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

"""Screenshots of the import wizard (mapping and checked preview), the duplicates view,
the merge dialog and the data-quality view, in English and Chinese.

    QT_QPA_PLATFORM=offscreen python benchmarks/data_shots.py [--out shots]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.shot_support import run_standalone  # noqa: E402


def _wait(app, cond, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not cond() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shots(window, language, out, app, save) -> None:  # type: ignore[no-untyped-def]
    from tests.app.import_files import ROWS, bad_checksum, excel_gb18030_csv
    from ui.data_quality_view import DataQualityView
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.merge_dialog import MergeDialog
    from ui.duplicates_view import DuplicatesView

    office = window.office
    rows = [list(r) for r in ROWS]
    rows[1][1] = bad_checksum(rows[1][1])
    rows[2][3] = "chen@@example"
    rows.append(list(ROWS[0]))
    with tempfile.TemporaryDirectory() as tmp:
        source = excel_gb18030_csv(Path(tmp) / "客户.csv", rows)
        wizard = ImportWizard(office, parent=window)
        wizard.show()
        wizard.file_page.path.setText(str(source))
        wizard.next()  # the file is read off the UI thread
        _wait(app, lambda: wizard.currentPage() is wizard.mapping_page)
        save(wizard, out / f"import-mapping-{language}.png", app)
        wizard.next()
        wizard.run_page.check_button.click()
        _wait(app, lambda: wizard.job is None)
        save(wizard, out / f"import-check-{language}.png", app)
        wizard.close()
    view = DuplicatesView(office, parent=window)
    view.show()
    view.scan()
    _wait(app, lambda: view.job is None)
    save(view, out / f"duplicates-{language}.png", app)
    pair = next(p for p in view.pairs if "id_number" in p.reasons)
    dialog = MergeDialog(office, pair.first_id, pair.second_id, parent=view)
    dialog.show()
    save(dialog, out / f"merge-{language}.png", app)
    dialog.close()
    view.close()
    quality = DataQualityView(office, parent=window)
    quality.show()
    quality.run()
    _wait(app, lambda: quality.job is None)
    save(quality, out / f"quality-{language}.png", app)
    quality.close()


if __name__ == "__main__":
    sys.exit(run_standalone(shots, __doc__, "shots-data", clients=1500, width=1280))

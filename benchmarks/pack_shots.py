"""Screenshots of the card's Review pack… dialog and File ▸ Review packs…, and the pages of
a pack in both languages (pdftoppm), under shots/:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/pack_shots.py [--out shots]
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from benchmarks.shot_support import run_standalone  # noqa: E402
from db.models import Client, FinancialSnapshot  # noqa: E402
from db.office import Office  # noqa: E402


def pack_shots(
    window: QWidget,
    language: str,
    out: Path,
    app: QApplication,
    save: Callable[[QWidget, Path, QApplication], None],
) -> None:
    from app.review_pack import PackOptions, build_pack
    from ui.dialogs.pack_batch_dialog import PackBatchDialog
    from ui.dialogs.review_pack_dialog import ReviewPackDialog

    office: Office = window.office  # type: ignore[attr-defined]
    with office.session() as s:
        cid = s.scalar(
            select(Client.id)
            .where(Client.id.in_(select(FinancialSnapshot.client_id)))
            .order_by(Client.id)
        )
    window.open_client(cid)  # type: ignore[attr-defined]
    save(window, out / f"pack_card_{language}.png", app)
    card = window.card  # type: ignore[attr-defined]
    dialog = ReviewPackDialog(office, "Chen Jing", cid, card._baseline.display_name, window)
    dialog.show()
    save(dialog, out / f"pack_dialog_{language}.png", app)
    dialog.close()
    batch = PackBatchDialog(office, "Chen Jing", [cid], window)
    batch.path_edit.setText(str(Path.home() / "Packs"))
    batch.show()
    save(batch, out / f"pack_batch_{language}.png", app)
    batch.close()
    pack_language = "zh" if language.startswith("zh") else "en"
    with office.session() as s:
        pdf = build_pack(
            s,
            cid,
            PackOptions(language=pack_language, watermark="DRAFT", printed_on=dt.date.today()),
        ).pdf
    path = out / f"pack_{pack_language}.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(path), str(out / f"pack_{pack_language}")],
        check=True,
    )
    print(path)


if __name__ == "__main__":
    sys.exit(run_standalone(pack_shots, __doc__, "pack-shots-2026", clients=60, width=1280))

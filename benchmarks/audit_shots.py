"""Screenshots of the audit viewer and the Backups and restore dialog, in English and
Chinese:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/audit_shots.py [--out shots]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchmarks.shot_support import run_standalone  # noqa: E402
from db.office import Office  # noqa: E402


def _activity(office: Office) -> None:
    """What a morning in the office leaves in the trail."""
    import dataclasses

    from app import audit
    from app.clients import ClientService

    with office.transaction() as s:
        svc = ClientService(s, actor="li.na")
        for cid in (3, 5, 8):
            card = svc.load(cid)
            svc.save(dataclasses.replace(card, occupation="Engineer", wechat_id=f"wx_{cid}"))
        doc = svc.load(5).documents
        if doc and doc[0].id is not None:
            ClientService(s, actor="compliance").reveal_document(5, doc[0].id, "AML review")
        for actor, action, cid, target in (
            ("zhou.tao", "card_opened", 12, None),
            ("zhou.tao", "card_opened", 3, None),
            ("li.na", "export", 8, "subject_export"),
            ("admin", "permission_change", None, "user zhou.tao"),
            ("li.na", "pack", 3, "review pack 2026-Q4"),
        ):
            audit.record(s, actor, action, cid, target)


def audit_shots(
    window: QWidget,
    language: str,
    out: Path,
    app: QApplication,
    save: Callable[[QWidget, Path, QApplication], None],
) -> None:
    from app.backups import make_backup
    from ui.dialogs.audit_viewer import AuditViewerDialog
    from ui.dialogs.restore_dialog import RestoreDialog

    office: Office = window.office  # type: ignore[attr-defined]
    folder = office.path.with_name("backups")
    if language == "en":
        make_backup(office, folder, now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
        _activity(office)
        make_backup(office, folder, now=dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
        make_backup(office, folder)
    viewer = AuditViewerDialog(office, "compliance", window)
    viewer.resize(1180, 560)
    viewer.show()
    viewer.verify_chain()
    while viewer.job is not None:
        app.processEvents()
    save(viewer, out / f"audit-viewer-{language}.png", app)
    viewer.close()
    restore = RestoreDialog(office, "admin", parent=window, folder=folder)
    restore.resize(980, 420)
    restore.show()
    save(restore, out / f"restore-dialog-{language}.png", app)
    restore.close()


if __name__ == "__main__":
    sys.exit(run_standalone(audit_shots, __doc__, "audit-shots-passphrase", clients=60, width=1300))

"""Screenshots of the card's Risk profile section, the New assessment dialog, the
suitability warning (and a blocked case), the suitability report and the professional
status dialog, in both languages:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/risk_shots.py [--out shots]
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

from benchmarks.shot_support import run_standalone  # noqa: E402
from db.office import Office  # noqa: E402


def _subjects(office: Office) -> tuple[int, int, int, int]:
    """A client with a trend and suitability records, a C1 client, and the R4 and R2
    products (added when the catalogue is empty)."""
    from sqlalchemy import func, select

    from db.models_portfolio import Product
    from db.models_risk import RiskAssessment, SuitabilityRecord

    with office.transaction() as s:
        if not s.scalar(select(func.count()).select_from(Product)):
            for rating, code, name in (
                (2, "BOND-2", "Stable Bond Fund"),
                (4, "EQ-4", "China Growth Equity Fund"),
            ):
                s.add(
                    Product(
                        code=code,
                        name=name,
                        type="fund",
                        currency="CNY",
                        risk_rating=rating,
                        asset_class="equity",
                    )
                )
            s.flush()
        r4 = s.scalar(select(Product.id).where(Product.risk_rating == 4).limit(1))
        r2 = s.scalar(select(Product.id).where(Product.risk_rating == 2).limit(1))
        trend = set(
            s.scalars(
                select(RiskAssessment.client_id)
                .group_by(RiskAssessment.client_id)
                .having(func.count() > 1)
            )
        )
        with_records = set(s.scalars(select(SuitabilityRecord.client_id)))
        best = min(trend & with_records or trend)
        c1 = s.scalar(select(RiskAssessment.client_id).where(RiskAssessment.level == "C1").limit(1))
    return best, c1, r4, r2


def risk_shots(
    window: QWidget,
    language: str,
    out: Path,
    app: QApplication,
    save: Callable[[QWidget, Path, QApplication], None],
) -> None:
    from ui.dialogs.risk_assessment_dialog import RiskAssessmentDialog
    from ui.dialogs.suitability_dialog import SuitabilityDialog
    from ui.dialogs.suitability_report_dialog import SuitabilityReportDialog

    office: Office = window.office  # type: ignore[attr-defined]
    card = window.card  # type: ignore[attr-defined]
    client, c1, r4, r2 = _subjects(office)
    window.open_client(client)  # type: ignore[attr-defined]
    tabs = card.tabs
    for i in range(tabs.count()):
        if tabs.stack.widget(i).isAncestorOf(card.risk):
            tabs.setCurrentIndex(i)
    save(window, out / f"risk-card-{language}.png", app)

    dialog = RiskAssessmentDialog(office, client, "Demo", "Li Na", parent=window)
    for question in dialog.questionnaire.questions[:-1]:
        dialog.choose(question["id"], question["answers"][-1]["id"])
    dialog.choose("experience", "none")
    dialog.show()
    save(dialog, out / f"risk-assessment-{language}.png", app)
    dialog.choose("objective", "maximum")
    save(dialog, out / f"risk-assessment-scored-{language}.png", app)
    dialog.close()

    warn = SuitabilityDialog(office, client, "Demo", "purchase", product_id=r4, parent=window)
    warn.reason.setPlainText("Ten-year horizon; the client asked for equities.")
    warn.show()
    save(warn, out / f"suitability-warning-{language}.png", app)
    warn.close()
    if c1 is not None:
        blocked = SuitabilityDialog(office, c1, "Demo", "purchase", product_id=r2, parent=window)
        blocked.show()
        save(blocked, out / f"suitability-blocked-{language}.png", app)
        blocked.close()
    from ui.dialogs.professional_status_dialog import ProfessionalStatusDialog

    pro = ProfessionalStatusDialog(office, client, "Demo", "Li Na", parent=window)
    pro.assets.setText("350万")
    pro.experience.setValue(3)
    pro.show()
    save(pro, out / f"professional-status-{language}.png", app)
    pro.close()
    from ui.dialogs.questionnaire_dialog import QuestionnaireDialog

    questionnaire = QuestionnaireDialog(office, "Li Na", parent=window)
    questionnaire.show()
    save(questionnaire, out / f"risk-questionnaire-{language}.png", app)
    questionnaire.close()
    report = SuitabilityReportDialog(office, today=dt.date.today(), parent=window)
    report.start.setDate(report.start.date().addYears(-1))
    report.refresh()
    report.show()
    save(report, out / f"suitability-report-{language}.png", app)
    report.close()


if __name__ == "__main__":
    sys.exit(
        run_standalone(
            risk_shots, __doc__, "risk-shots-passphrase", clients=400, width=1280, height=860
        )
    )

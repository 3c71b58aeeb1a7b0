"""The questionnaire dialog: versions listed newest first with what they ask and how they
score; export writes the JSON; publishing an edited file adds a version, a broken file
publishes nothing and says why."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from app.risk_questionnaire import QuestionnaireService
from db.office import Office
from tests.app.risk_helpers import DEFINITION
from ui.dialogs.questionnaire_dialog import QuestionnaireDialog


def _versions(office: Office) -> list[int]:
    with office.session() as s:
        return [q.version for q in QuestionnaireService(s).versions()]


def test_export_edit_publish(qtbot, office: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = QuestionnaireDialog(office, "Li Na")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0
    assert "Nothing published yet" in dialog.preview.toPlainText()
    assert "How old are you?" in dialog.preview.toPlainText()

    out = dialog.export(tmp_path / "q.json")
    assert out is not None and json.loads(out.read_text(encoding="utf-8")) == DEFINITION
    edited = copy.deepcopy(DEFINITION)
    edited["questions"][0]["text"]["en"] = "What is your age?"
    out.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    published = dialog.publish(out)
    assert published is not None and published.version == 2
    assert _versions(office) == [1, 2]
    assert dialog.list.count() == 2 and dialog.list.item(0).text().startswith("Version 2")
    text = dialog.preview.toPlainText()
    assert "What is your age?" in text
    assert "C1: 0–10" in text and "C5: ≥ 41" in text
    assert "No investment experience: at most C3" in text
    dialog.list.setCurrentRow(1)
    assert "How old are you?" in dialog.preview.toPlainText()


def test_a_broken_file_publishes_nothing(qtbot, office: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = QuestionnaireDialog(office, "Li Na")
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.json"
    broken = copy.deepcopy(DEFINITION)
    broken["bands"][2]["min"] = 5
    bad.write_text(json.dumps(broken), encoding="utf-8")
    assert dialog.publish(bad) is None
    assert "must rise" in dialog.error.text()
    assert _versions(office) == []
    assert dialog.publish(tmp_path / "missing.json") is None
    assert "cannot be read" in dialog.error.text()
    assert dialog.export(tmp_path / "no-such-folder" / "q.json") is None
    assert "could not be written" in dialog.error.text()


def test_the_menu_opens_it(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(QuestionnaireDialog, "exec", lambda self: opened.append(self) or 0)
    window.suitability_menu.questionnaire_action.trigger()
    assert len(opened) == 1 and opened[0].actor == window.actor

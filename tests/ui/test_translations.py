"""The Chinese catalogue is complete, its placeholders match, and the UI really uses it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTabWidget

from ui.widgets.section_stack import SectionStack

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "advisordesk_zh_CN.ts"
QM = ROOT / "resources" / "i18n" / "advisordesk_zh_CN.qm"
PLACEHOLDER = re.compile(r"%\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def test_catalogue_exists_and_is_compiled() -> None:
    assert TS.exists() and QM.exists()
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 5, "run pyside6-lrelease after editing"
    assert len(_messages()) > 200


def test_every_translation_is_finished() -> None:
    unfinished = []
    for context, source, message in _messages():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(
            f.strip() for f in forms
        ):
            unfinished.append(f"{context}: {source}")
    assert not unfinished, unfinished


def test_placeholders_match_their_source() -> None:
    wrong = []
    for context, source, message in _messages():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        expected = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != expected:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, wrong


def test_no_english_left_on_screen_in_chinese(qtbot, window) -> None:
    """Switch at runtime and look at every caption: none may still be an English source."""
    sources = {source for _c, source, _m in _messages()}
    window.open_client(window.model.client_id(0))
    window.set_language("zh_CN")
    seen: list[str] = []
    for widget in window.findChildren(QLabel):
        seen.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        seen.append(widget.text())
    for widget in window.findChildren(QLineEdit):
        seen.append(widget.placeholderText())
    for tabs in [*window.findChildren(QTabWidget), *window.findChildren(SectionStack)]:
        seen.extend(tabs.tabText(i) for i in range(tabs.count()))
    for menu_action in window.menuBar().actions():
        seen.append(menu_action.text())
    seen.append(
        str(
            window.model.headerData(
                0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
            )
        )
    )
    english = sorted({text for text in seen if text in sources and not text.startswith("%")})
    # Words that are the same in both languages are fine.
    english = [t for t in english if t not in ("AdvisorDesk — %1",)]
    assert not english, english

"""The review-pack options both pack dialogs offer: language, paper and watermark."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from app.review_pack import WATERMARK_MAX, PackOptions
from ui import i18n

CTX = "PackOptions"
LANGUAGES = (
    (None, QT_TRANSLATE_NOOP("PackOptions", "The client's language")),
    ("zh", QT_TRANSLATE_NOOP("PackOptions", "Chinese")),
    ("en", QT_TRANSLATE_NOOP("PackOptions", "English")),
)
PAPER = (
    ("A4", QT_TRANSLATE_NOOP("PackOptions", "A4")),
    ("Letter", QT_TRANSLATE_NOOP("PackOptions", "US Letter")),
)


def tr(text: str) -> str:
    """Translate a source marked with QT_TRANSLATE_NOOP above."""
    return QCoreApplication.translate(CTX, text)


class FollowLanguage(QObject):
    """Re-applies a Retranslator when `widget` hears of a language switch: the hooks the
    pack dialogs add to the card and the main window keep their own texts."""

    def __init__(self, widget: QWidget, retranslator: i18n.Retranslator) -> None:
        super().__init__(widget)
        self.retranslator = retranslator
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslator.apply()
        return False


class PackOptionsForm(QWidget):
    """Three fields; `options()` returns them as PackOptions (validated by the caller)."""

    def __init__(self, advisor: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.language = QComboBox()
        self.language.setObjectName("packLanguage")
        for code, text in LANGUAGES:
            self.language.addItem(tr(text), code)
        self.paper = QComboBox()
        self.paper.setObjectName("packPaper")
        for code, text in PAPER:
            self.paper.addItem(tr(text), code)
        self.watermark = QComboBox()
        self.watermark.setObjectName("packWatermark")
        self.watermark.setEditable(True)
        self.watermark.addItem("")
        self.watermark.addItem("DRAFT")
        if advisor:
            self.watermark.addItem(advisor)
        self.watermark.lineEdit().setMaxLength(WATERMARK_MAX)
        self.watermark.lineEdit().setPlaceholderText(
            QCoreApplication.translate("PackOptions", "None")
        )
        form.addRow(QCoreApplication.translate("PackOptions", "Language"), self.language)
        form.addRow(QCoreApplication.translate("PackOptions", "Paper"), self.paper)
        form.addRow(QCoreApplication.translate("PackOptions", "Watermark"), self.watermark)

    def options(self) -> PackOptions:
        return PackOptions(
            language=self.language.currentData(),
            page_size=self.paper.currentData(),
            watermark=self.watermark.currentText().strip() or None,
        )

"""Languages, locale-aware formatting and the CJK fallback font.

Widgets never format dates or money themselves: they come here, so a language switch
changes every list and card the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from app.validation import format_money as _format_money

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
CJK_FONT = ROOT / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
LANGUAGES = ("en", "zh_CN")
# Shown in their own language on purpose: a user who cannot read the current UI must still
# find theirs, so these two are not translated.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


def load_fonts() -> str | None:
    """Register the bundled CJK font and make it the fallback for the default family.

    The target machines (and CI) may have no CJK font at all; without this, Chinese names
    render as boxes.
    """
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    cjk = families[0]
    font = QGuiApplication.font()
    base = font.family()
    QFont.insertSubstitution(base, cjk)
    font.setFamilies([base, cjk])
    QGuiApplication.setFont(font)
    return cjk


class Translations:
    """Owns the installed translators so a runtime switch can swap them cleanly."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        if language == "zh_CN":
            ours = QTranslator()
            if ours.load(str(I18N_DIR / "advisordesk_zh_CN.qm")):
                self._installed.append(ours)
            qt = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load("qt_zh_CN", qt_dir):
                self._installed.append(qt)
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = language

    @staticmethod
    def saved_language(settings: QSettings) -> str:
        value = settings.value("ui/language", "")
        if value in LANGUAGES:
            return str(value)
        return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def locale_name() -> str:
    return QLocale().name()


def date_format() -> str:
    """The locale's short date with a four-digit year (a two-digit birth year is ambiguous)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_money(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    return _format_money(minor, currency, locale_name())


def format_int(value: int) -> str:
    return QLocale().toString(value)


class Retranslator:
    """Remembers (setter, context, source) triples so a language switch can replay them.

    Sources are marked with QT_TRANSLATE_NOOP at the call site so lupdate still sees them.
    """

    def __init__(self, context: str) -> None:
        self.context = context
        self._items: list[tuple[Callable[[str], object], str]] = []

    def bind(self, setter: Callable[[str], object], source: str) -> str:
        self._items.append((setter, source))
        text = QCoreApplication.translate(self.context, source)
        setter(text)
        return text

    def apply(self) -> None:
        for setter, source in self._items:
            setter(QCoreApplication.translate(self.context, source))

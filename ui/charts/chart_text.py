"""Words on charts: titles, series names, category labels and axis numbers.

app/chart_series.py hands over keys (titles as English source texts, series keys, label
codes); this module turns them into the reader's language. Titles and series names are
marked here with QT_TRANSLATE_NOOP in the "Charts" context so lupdate sees them; codes
that already have display names elsewhere (tiers, asset classes, timeline kinds, consent
purposes, complaint states) reuse those tables.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.chart_series import COUNT, LEVEL, MONEY, Chart, Series
from app.number_format import compact_money, compact_number
from ui import i18n
from ui.labels import label

CTX = "Charts"

TITLES = (
    QT_TRANSLATE_NOOP("Charts", "Net worth and investable assets"),
    QT_TRANSLATE_NOOP("Charts", "Allocation by asset class"),
    QT_TRANSLATE_NOOP("Charts", "Portfolio value and net contributions"),
    QT_TRANSLATE_NOOP("Charts", "Interactions per month"),
    QT_TRANSLATE_NOOP("Charts", "Risk level history"),
    QT_TRANSLATE_NOOP("Charts", "AUM and clients by tier"),
    QT_TRANSLATE_NOOP("Charts", "AUM and clients by risk level"),
    QT_TRANSLATE_NOOP("Charts", "AUM and clients by owner"),
    QT_TRANSLATE_NOOP("Charts", "New and departed clients per month"),
    QT_TRANSLATE_NOOP("Charts", "Reviews overdue and due in 30 days"),
    QT_TRANSLATE_NOOP("Charts", "Open complaints"),
    QT_TRANSLATE_NOOP("Charts", "Consent coverage"),
    QT_TRANSLATE_NOOP("Charts", "Interactions per advisor per week"),
)
NOTES = (
    QT_TRANSLATE_NOOP("Charts", "No financial snapshot recorded yet."),
    QT_TRANSLATE_NOOP("Charts", "No portfolio recorded yet."),
    QT_TRANSLATE_NOOP("Charts", "No interactions in this period."),
    QT_TRANSLATE_NOOP("Charts", "No risk assessment yet."),
)
NOTHING_YET = QT_TRANSLATE_NOOP("Charts", "Nothing to show yet.")
SERIES = {
    "net_worth": QT_TRANSLATE_NOOP("Charts", "Net worth"),
    "investable": QT_TRANSLATE_NOOP("Charts", "Investable assets"),
    "amount": QT_TRANSLATE_NOOP("Charts", "Amount"),
    "value": QT_TRANSLATE_NOOP("Charts", "Portfolio value"),
    "contributions": QT_TRANSLATE_NOOP("Charts", "Net contributions"),
    "risk_level": QT_TRANSLATE_NOOP("Charts", "Risk level"),
    "aum": QT_TRANSLATE_NOOP("Charts", "AUM"),
    "clients": QT_TRANSLATE_NOOP("Charts", "Clients"),
    "new": QT_TRANSLATE_NOOP("Charts", "New"),
    "departed": QT_TRANSLATE_NOOP("Charts", "Departed"),
    "overdue": QT_TRANSLATE_NOOP("Charts", "Overdue"),
    "due": QT_TRANSLATE_NOOP("Charts", "Due in 30 days"),
    "open": QT_TRANSLATE_NOOP("Charts", "Open"),
    "granted": QT_TRANSLATE_NOOP("Charts", "Granted"),
    "not_granted": QT_TRANSLATE_NOOP("Charts", "Not granted"),
}
SPECIAL_LABELS = {
    ("owner", ""): QT_TRANSLATE_NOOP("Charts", "(no owner)"),
    ("owner", "(other)"): QT_TRANSLATE_NOOP("Charts", "(others)"),
    ("risk_level", "none"): QT_TRANSLATE_NOOP("Charts", "Not assessed"),
}
# shorter forms for a crowded category axis (the tooltip keeps the long one)
AXIS_LABELS = {("risk_level", "none"): QT_TRANSLATE_NOOP("Charts", "None")}
MONTH_SHORT = QT_TRANSLATE_NOOP("Charts", "MMM yy")  # Qt date format of a month on an axis


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def title(chart: Chart) -> str:
    return tr(chart.title)


def note(chart: Chart) -> str:
    return tr(chart.note or NOTHING_YET)


def series_name(chart: Chart, series: Series) -> str:
    if chart.series_kind == "timeline_kind":
        from ui.models.timeline_model import kind_label

        return kind_label(series.key)
    if chart.series_kind == "person":
        return series.key
    source = SERIES.get(series.key)
    return tr(source) if source else series.key


def category(chart: Chart, code: str, on_axis: bool = False) -> str:
    """The text of one category label (on_axis: its short form, where there is one)."""
    kind = chart.label_kind
    short = AXIS_LABELS.get((kind, code)) if on_axis else None
    if short:
        return tr(short)
    special = SPECIAL_LABELS.get((kind, code))
    if special:
        return tr(special)
    if kind == "tier":
        return label("tier", code)
    if kind == "asset":
        return label("asset", code)
    if kind == "product_asset":
        from ui.portfolio_labels import ASSET_CLASSES

        source = ASSET_CLASSES.get(code)
        return QCoreApplication.translate("PortfolioLabels", source) if source else code
    if kind == "consent_purpose":
        return label("consent_purpose", code)
    if kind == "complaint_state":
        from ui.complaints_view import STATE_LABELS

        source = STATE_LABELS.get(code)
        return QCoreApplication.translate("Complaints", source) if source else code
    if kind == "month":
        return month_text(code)
    if kind in ("week", "date"):
        try:
            day = dt.date.fromisoformat(code)
        except ValueError:
            return code
        return day.strftime("%m-%d") if kind == "week" else i18n.format_date(day)
    return code


def month_text(code: str) -> str:
    from PySide6.QtCore import QDate, QLocale

    try:
        year, month = int(code[:4]), int(code[5:7])
    except ValueError:
        return code
    if i18n.is_chinese():
        return f"{year % 100:02d}年{month}月"
    return QLocale().toString(QDate(year, month, 1), tr(MONTH_SHORT))


def language() -> str:
    return "zh" if i18n.is_chinese() else "en"


def number(chart: Chart, series: Series, value: int) -> str:
    """A value as a tooltip shows it: money in 万/亿 or K/M, counts grouped, levels C1-C5."""
    if series.unit == MONEY and chart.currency:
        return compact_money(value, chart.currency, language())
    if series.unit == LEVEL:
        return f"C{value}"
    if series.unit == COUNT:
        return i18n.format_int(value)
    return str(value)


def axis_number(value: float, unit: str) -> str:
    """An axis tick (already in major units for money): short, never dropped for width."""
    if unit == "percent":
        return f"{round(value)}%"
    if unit == LEVEL:
        whole = round(value)
        return f"C{whole}" if abs(value - whole) < 1e-6 and 1 <= whole <= 5 else ""
    if unit == COUNT and abs(value - round(value)) > 1e-6:
        return ""  # no half clients or half calls on a count axis
    rounded = Decimal(repr(round(value, 6)))
    return compact_number(rounded, language(), places=2 if unit == MONEY else 1)

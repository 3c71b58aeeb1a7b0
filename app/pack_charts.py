"""Vector charts for the review pack, drawn with reportlab.graphics.

Vector, not pictures: a chart prints sharp at any printer resolution and adds a few
kilobytes, not a bitmap per page. Labels go through app/pdf_fonts.runs(), because a legend
in Chinese with figures in it needs two faces (the CJK font has no Latin glyphs); that is
why the legends are drawn here rather than with reportlab's Legend widget, which takes one
font for the whole label. Amounts arrive as integer minor units; only the drawing
coordinates are floats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from app.number_format import compact_number
from app.pdf_fonts import LATIN, runs
from app.validation import currency_exponent

PALETTE = (
    "#1f5f8b",
    "#e0a030",
    "#4f9a5a",
    "#c0504d",
    "#7d5ba6",
    "#2aa3a3",
    "#8c6d46",
    "#d46aa0",
    "#7f7f7f",
)


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is embedded Vera (the default would be Helvetica,
    which the PDF would then reference unembedded)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = LATIN
    return drawing


def mixed_text(x: float, y: float, text: str, size: float, color: str = "#333333") -> Group:
    """A label in as many String runs as it has scripts, each in the face with its glyphs."""
    group = Group()
    for face, chunk in runs(text):
        group.add(String(x, y, chunk, fontName=face, fontSize=size, fillColor=color))
        x += pdfmetrics.stringWidth(chunk, face, size)
    return group


def allocation_chart(
    labels: Sequence[str], values: Sequence[int], *, width: float, height: float = 130
) -> Drawing:
    """A pie of positive values with a legend: label and share in per cent."""
    pairs = [(label, value) for label, value in zip(labels, values, strict=True) if value > 0]
    total = sum(v for _, v in pairs)
    drawing = _drawing(width, height)
    if not pairs or total <= 0:
        return drawing
    size = height - 10
    pie = Pie()
    pie.x, pie.y = 5, 5
    pie.width = pie.height = size
    pie.data = [v for _, v in pairs]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for i in range(len(pairs)):
        pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    drawing.add(pie)
    x = size + 25
    step = min(14.0, (height - 10) / len(pairs))
    y = height - 14
    for i, (label, value) in enumerate(pairs):
        color = colors.HexColor(PALETTE[i % len(PALETTE)])
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=color, strokeColor=None))
        share = f"{value * 100 / total:.1f}%"
        drawing.add(mixed_text(x + 13, y, label, 8))
        drawing.add(
            String(
                x + 150, y, share, fontName=LATIN, fontSize=8, textAnchor="end", fillColor="#333"
            )
        )
        y -= step
    return drawing


def line_chart(
    days: Sequence[dt.date],
    series: Sequence[tuple[str, Sequence[int]]],
    currency: str,
    *,
    width: float,
    height: float = 150,
    language: str = "en",
) -> Drawing:
    """Lines of amounts (minor units) over dates, one per (legend label, values), with the
    legend above the plot; at least two dates, else an empty drawing. In Chinese the axis
    counts in 万 or 亿 like the screen does, named once above the axis (the axis labels take
    a single Latin face, so the unit cannot sit in each label)."""
    drawing = _drawing(width, height)
    if len(days) < 2 or not series:
        return drawing
    scale = 10 ** currency_exponent(currency)
    xs = [d.toordinal() for d in days]
    lines = [[(x, v / scale) for x, v in zip(xs, values, strict=True)] for _, values in series]
    plot = LinePlot()
    plot.x, plot.y = 50, 22
    plot.width, plot.height = width - 65, height - 46
    plot.data = lines
    for i in range(len(lines)):
        plot.lines[i].strokeColor = colors.HexColor(PALETTE[i % len(PALETTE)])
        plot.lines[i].strokeWidth = 1.5
        plot.lines[i].symbol = makeMarker("FilledCircle", size=3)
    every = [v for line in lines for _, v in line]
    low, high = min(every), max(every)
    pad = (high - low) * 0.1 or abs(high) * 0.1 or 1
    plot.yValueAxis.valueMin = 0 if 0 <= low < pad else low - pad
    plot.yValueAxis.valueMax = high + pad
    plot.yValueAxis.labels.fontName = LATIN
    plot.yValueAxis.labels.fontSize = 7
    unit, unit_name = _axis_unit(max(abs(low), abs(high)), language)
    plot.yValueAxis.labelTextFormat = (
        _compact if unit == 1 else (lambda v: f"{v / unit:,.{0 if high / unit >= 10 else 1}f}")
    )
    if unit_name:
        drawing.add(mixed_text(4, plot.y + plot.height + 4, unit_name, 7))
    plot.xValueAxis.labels.fontName = LATIN
    plot.xValueAxis.labels.fontSize = 7
    plot.xValueAxis.valueMin = xs[0]
    plot.xValueAxis.valueMax = xs[-1]
    plot.xValueAxis.valueSteps = _date_steps(xs[0], xs[-1])
    plot.xValueAxis.labelTextFormat = lambda v: dt.date.fromordinal(int(v)).strftime("%Y-%m")
    drawing.add(plot)
    x = plot.x
    for i, (label, _) in enumerate(series):
        color = colors.HexColor(PALETTE[i % len(PALETTE)])
        drawing.add(Rect(x, height - 11, 8, 8, fillColor=color, strokeColor=None))
        text = mixed_text(x + 12, height - 10, label, 8)
        drawing.add(text)
        x += 12 + sum(pdfmetrics.stringWidth(s.text, s.fontName, 8) for s in text.contents) + 16
    return drawing


def _axis_unit(magnitude: float, language: str) -> tuple[float, str]:
    """(divisor, caption) for a Chinese amount axis: 亿 from 10^8, 万 from 10^4; English keeps
    K/M/B in each label (divisor 1)."""
    if not language.lower().startswith("zh"):
        return 1, ""
    if magnitude >= 1e8:
        return 1e8, "亿"
    if magnitude >= 1e4:
        return 1e4, "万"
    return 1, ""


def _compact(value: float) -> str:
    """Axis figures short enough to fit, as the screen writes them: 12.5M, 800K."""
    return compact_number(Decimal(repr(round(value, 6))), "en", places=1)


def _date_steps(first: int, last: int, count: int = 5) -> list[int]:
    if last <= first:
        return [first]
    step = (last - first) / (count - 1)
    return sorted({round(first + i * step) for i in range(count)})

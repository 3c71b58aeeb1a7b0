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

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

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


def history_chart(
    points: Sequence[tuple[dt.date, int]], currency: str, *, width: float, height: float = 140
) -> Drawing:
    """A line of amounts (minor units) over dates; at least two points, else empty."""
    drawing = _drawing(width, height)
    if len(points) < 2:
        return drawing
    scale = 10 ** currency_exponent(currency)
    ordered = sorted(points)
    data = [(d.toordinal(), minor / scale) for d, minor in ordered]
    plot = LinePlot()
    plot.x, plot.y = 50, 22
    plot.width, plot.height = width - 65, height - 32
    plot.data = [data]
    plot.lines[0].strokeColor = colors.HexColor(PALETTE[0])
    plot.lines[0].strokeWidth = 1.5
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3)
    low = min(v for _, v in data)
    high = max(v for _, v in data)
    pad = (high - low) * 0.1 or abs(high) * 0.1 or 1
    plot.yValueAxis.valueMin = min(0, low - pad) if low >= 0 and low - pad < 0 else low - pad
    plot.yValueAxis.valueMax = high + pad
    plot.yValueAxis.labels.fontName = LATIN
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.labelTextFormat = _compact
    plot.xValueAxis.labels.fontName = LATIN
    plot.xValueAxis.labels.fontSize = 7
    first, last = data[0][0], data[-1][0]
    plot.xValueAxis.valueMin = first
    plot.xValueAxis.valueMax = last
    plot.xValueAxis.valueSteps = _date_steps(first, last)
    plot.xValueAxis.labelTextFormat = lambda v: dt.date.fromordinal(int(v)).strftime("%Y-%m")
    drawing.add(plot)
    return drawing


def _compact(value: float) -> str:
    """Axis figures short enough to fit: 12.5M, 800K."""
    magnitude = abs(value)
    if magnitude >= 1_000_000_000:
        return f"{value / 1_000_000_000:.1f}B"
    if magnitude >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if magnitude >= 1_000:
        return f"{value / 1_000:.0f}K"
    return f"{value:.0f}"


def _date_steps(first: int, last: int, count: int = 5) -> list[int]:
    if last <= first:
        return [first]
    step = (last - first) / (count - 1)
    return sorted({round(first + i * step) for i in range(count)})

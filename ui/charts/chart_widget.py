"""One chart on screen: draws any `app.chart_series.Chart` with pyqtgraph.

Bars (grouped, stacked, or one bar split into shares: pyqtgraph has no pie chart), lines
and risk-level steps. Hovering shows the values under the mouse; clicking a bar that
stands for clients emits `drillRequested` with its segment filter; "Export PNG…" saves
exactly what is drawn. Money is drawn in major units (floats only for drawing: every
number the reader sees is formatted from the integer series).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.chart_series import (
    LEVEL,
    LINE,
    MONEY,
    SHARE_BAR,
    STACKED_BAR,
    STEP,
    Chart,
    Series,
)
from app.number_format import major_units
from ui.charts import chart_text
from ui.charts.axis import ValueAxis

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")

PALETTE = (
    "#2f6db5",
    "#e0863a",
    "#3a9a5b",
    "#c0464b",
    "#7d5ba6",
    "#8c6d45",
    "#d46fb0",
    "#6f7782",
    "#b5b83a",
    "#37a8b8",
)
# categories drawn as horizontal bars (long names read along the left axis, one per row)
HORIZONTAL_LABELS = frozenset({"owner", "consent_purpose"})
CTX = "Charts"


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


class ChartWidget(QFrame):
    """`drillRequested(title, filter)`: the clients behind a clicked bar, as a segment
    filter (app/segments.py JSON)."""

    drillRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.chart: Chart | None = None
        self._horizontal = False
        self._value_axis: ValueAxis | None = None
        self._category_axis: pg.AxisItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportPng")
        self.export_button.setAutoRaise(True)
        self.export_button.clicked.connect(self._export_clicked)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self._layout = layout
        self.plot: pg.PlotWidget | None = None
        self._shape: tuple[bool, str] | None = None  # the axes the current plot was built with
        self.retranslate()

    # ---- public --------------------------------------------------------------------------
    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.redraw()

    def retranslate(self) -> None:
        self.export_button.setText(QCoreApplication.translate("Charts", "Export PNG…"))
        self.export_button.setToolTip(
            QCoreApplication.translate("Charts", "Save this chart as a PNG image")
        )
        self.redraw()

    def export_png(self, path: str) -> bool:
        """Save the drawn chart (title included, as drawn) as PNG; False if it failed."""
        return bool(self.plot.grab().save(path, "PNG"))

    def tooltip_text(self, index: int) -> str:
        """What hovering over category `index` shows: its name and every series' value."""
        chart = self.chart
        if chart is None or not 0 <= index < len(chart.labels):
            return ""
        lines = [chart_text.category(chart, chart.labels[index])]
        if chart.kind == SHARE_BAR:
            values = chart.series[0].values
            total = sum(values)
            share = Decimal(values[index] * 100) / total if total else Decimal(0)
            amount = chart_text.number(chart, chart.series[0], values[index])
            lines.append(f"{amount} ({share.quantize(Decimal('0.1'))}%)")
            return "\n".join(lines)
        for series in chart.series:
            name = chart_text.series_name(chart, series)
            lines.append(f"{name}: {chart_text.number(chart, series, series.values[index])}")
        return "\n".join(lines)

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The category under a scene point (None outside the plot or the bars)."""
        chart = self.chart
        box = self.plot.getPlotItem().getViewBox()
        if chart is None or chart.empty or not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        if chart.kind == SHARE_BAR:
            total = sum(chart.series[0].values)
            if not total or abs(point.y()) > 0.45:
                return None
            edge = 0.0
            for i, value in enumerate(chart.series[0].values):
                edge += value * 100 / total
                if point.x() <= edge:
                    return i
            return None
        along = point.y() if self._horizontal else point.x()
        index = round(along)
        return index if 0 <= index < len(chart.labels) else None

    def scene_pos_of(self, index: int) -> QPointF:
        """The centre of category `index` in scene coordinates (for tests and tooltips)."""
        chart = self.chart
        box = self.plot.getPlotItem().getViewBox()
        assert chart is not None
        if chart.kind == SHARE_BAR:
            values = chart.series[0].values
            total = sum(values) or 1
            start = sum(values[:index]) * 100 / total
            return box.mapViewToScene(QPointF(start + values[index] * 50 / total, 0))
        low, high = box.viewRange()[1 if not self._horizontal else 0]
        middle = (low + high) / 2
        if self._horizontal:
            return box.mapViewToScene(QPointF(middle, index))
        return box.mapViewToScene(QPointF(index, middle))

    # ---- drawing -------------------------------------------------------------------------
    def _new_plot(self, axes: dict[str, pg.AxisItem]) -> pg.PlotWidget:
        """A fresh plot per drawing: axes are given at construction, where pyqtgraph links
        them to the view (swapping axes on a live plot left them on the old range)."""
        plot = pg.PlotWidget(axisItems=axes)
        plot.setObjectName("chartPlot")
        plot.setMinimumHeight(180)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.scene().sigMouseMoved.connect(self._hover)
        plot.scene().sigMouseClicked.connect(self._clicked)
        return plot

    def redraw(self) -> None:
        chart = self.chart
        self._horizontal = bool(
            chart and chart.kind != SHARE_BAR and chart.label_kind in HORIZONTAL_LABELS
        )
        unit = chart.series[0].unit if chart and chart.series else "count"
        if chart is not None and chart.kind == SHARE_BAR:
            unit = "percent"
        item = self._plot_for((self._horizontal, unit))
        item.setTitle(chart_text.title(chart) if chart else None, size="10pt", bold=True)
        item.getViewBox().invertY(self._horizontal)
        item.showGrid(x=self._horizontal, y=not self._horizontal, alpha=0.25)
        if chart is None or chart.empty:
            self._draw_empty(chart)
            return
        if chart.kind == SHARE_BAR:
            self._draw_shares(chart)
        elif chart.kind in (LINE, STEP):
            self._draw_lines(chart, self._category_axis)
        else:
            self._draw_bars(chart, self._category_axis)

    def _plot_for(self, shape: tuple[bool, str]) -> pg.PlotItem:
        """The plot to draw on, emptied: the current one when its axes fit (a refresh of the
        same chart), else a new one with the right axes."""
        horizontal, unit = shape
        if self.plot is not None and shape == self._shape:
            item = self.plot.getPlotItem()
            item.clear()
            if item.legend is not None:  # clear() keeps the legend: drop it with its entries
                legend, item.legend = item.legend, None
                if legend.scene() is not None:
                    legend.scene().removeItem(legend)
            for axis in (self._value_axis, self._category_axis):
                if axis is not None:
                    axis.setTicks(None)
            item.showAxis("left")
            item.showAxis("bottom")
            return item
        self._value_axis = ValueAxis("bottom" if horizontal or unit == "percent" else "left", unit)
        self._category_axis = pg.AxisItem("left" if horizontal else "bottom")
        if horizontal or unit == "percent":
            axes = {"bottom": self._value_axis, "left": self._category_axis}
        else:
            axes = {"left": self._value_axis, "bottom": self._category_axis}
        old, self.plot = self.plot, self._new_plot(axes)
        self._shape = shape
        if old is None:
            self._layout.addWidget(self.plot, 1)
        else:
            self._layout.replaceWidget(old, self.plot)
            old.hide()
            old.deleteLater()
        return self.plot.getPlotItem()

    def _draw_empty(self, chart: Chart | None) -> None:
        item = self.plot.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        text = pg.TextItem(
            chart_text.note(chart) if chart else "", color="#666666", anchor=(0.5, 0.5)
        )
        item.addItem(text)
        text.setPos(0.5, 0.5)
        item.getViewBox().setRange(xRange=(0, 1), yRange=(0, 1), padding=0)

    @staticmethod
    def _plotted(chart: Chart, series: Series) -> list[float]:
        if series.unit == MONEY and chart.currency:
            return [float(major_units(v, chart.currency)) for v in series.values]
        return [float(v) for v in series.values]

    def _category_ticks(self, chart: Chart, axis: pg.AxisItem) -> None:
        """Every label when they fit; otherwise every k-th, the rest in the tooltips."""
        texts = [chart_text.category(chart, code, on_axis=True) for code in chart.labels]
        metrics = self.fontMetrics()
        # the frame's size: the fresh plot is not laid out yet
        if self._horizontal:
            room = max(1, self.height() - 90) // max(1, metrics.height() + 2)
        else:
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 12
            room = max(1, self.width() - 90) // max(1, widest)
        step = max(1, -(-len(texts) // max(1, room)))
        major = [(i, t) for i, t in enumerate(texts) if i % step == 0]
        axis.setTicks([major, []])

    def _draw_bars(self, chart: Chart, axis: pg.AxisItem) -> None:
        item = self.plot.getPlotItem()
        unit = chart.series[0].unit
        drawn = [s for s in chart.series if s.unit == unit]
        extra = [s for s in chart.series if s.unit != unit]
        stacked = chart.kind == STACKED_BAR
        named = len(drawn) > 1 or chart.series_kind != "fixed"  # a lone advisor is named too
        if named:
            item.addLegend(offset=(-5, 5))
        width = 0.7 if stacked else 0.8 / len(drawn)
        n = len(chart.labels)
        base = [0.0] * n
        for k, series in enumerate(drawn):
            values = self._plotted(chart, series)
            offset = 0.0 if stacked else (k - (len(drawn) - 1) / 2) * width
            positions = [i + offset for i in range(n)]
            brush = pg.mkBrush(colour(k))
            if self._horizontal:
                bars = pg.BarGraphItem(
                    x0=list(base), y=positions, width=values, height=width, brush=brush, pen=None
                )
            else:
                bars = pg.BarGraphItem(
                    x=positions, y0=list(base), height=values, width=width, brush=brush, pen=None
                )
            item.addItem(bars)
            if item.legend is not None:
                item.legend.addItem(bars, chart_text.series_name(chart, series))
            if stacked:
                base = [b + v for b, v in zip(base, values, strict=True)]
        ends = (
            base if stacked else [max(self._plotted(chart, s)[i] for s in drawn) for i in range(n)]
        )
        for series in extra:  # a second unit (clients beside AUM) is written on the bars
            for i, value in enumerate(series.values):
                text = pg.TextItem(
                    chart_text.number(chart, series, value),
                    color="#333333",
                    anchor=(0, 0.5) if self._horizontal else (0.5, 1),
                )
                text.setPos(ends[i], i) if self._horizontal else text.setPos(i, ends[i])
                item.addItem(text)
        top = max(ends) if ends else 1
        # room for the legend (top right) beside the longest bar
        legend_room = 1.9 if self._horizontal else 1.5
        headroom = legend_room if named else 1.15 if extra else 1.05
        self._value_axis_range(top * headroom)
        self._category_ticks(chart, axis)

    def _value_axis_range(self, top: float) -> None:
        box = self.plot.getPlotItem().getViewBox()
        n = len(self.chart.labels) if self.chart else 1
        top = top or 1.0
        if self._horizontal:
            box.setRange(xRange=(0, top), yRange=(-0.6, n - 0.4), padding=0)
        else:
            box.setRange(yRange=(0, top), xRange=(-0.6, n - 0.4), padding=0)

    def _draw_lines(self, chart: Chart, axis: pg.AxisItem) -> None:
        item = self.plot.getPlotItem()
        if len(chart.series) > 1:
            item.addLegend(offset=(5, 5))
        xs = list(range(len(chart.labels)))
        top = 0.0
        for k, series in enumerate(chart.series):
            values = self._plotted(chart, series)
            top = max([top, *values])
            pen = pg.mkPen(colour(k), width=2)
            curve = pg.PlotDataItem(
                xs,
                values,
                pen=pen,
                symbol="o",
                symbolSize=7,
                symbolBrush=pg.mkBrush(colour(k)),
                symbolPen=None,
                stepMode="left" if chart.kind == STEP else None,
                name=chart_text.series_name(chart, series),
            )
            item.addItem(curve)
        box = item.getViewBox()
        if chart.series and chart.series[0].unit == LEVEL:
            box.setRange(yRange=(0.5, 5.5), xRange=(-0.5, len(xs) - 0.5), padding=0)
            if self._value_axis is not None:
                self._value_axis.setTicks([[(v, f"C{v}") for v in range(1, 6)], []])
        else:
            headroom = 1.35 if len(chart.series) > 1 else 1.1  # room for the legend
            box.setRange(yRange=(0, (top or 1) * headroom), xRange=(-0.5, len(xs) - 0.5), padding=0)
        self._category_ticks(chart, axis)

    def _draw_shares(self, chart: Chart) -> None:
        """One horizontal bar split by label, percentages along the axis, names in a legend."""
        item = self.plot.getPlotItem()
        item.addLegend(offset=(5, 5), colCount=3)
        values = chart.series[0].values
        total = sum(values)
        start = 0.0
        for k, value in enumerate(values):
            share = value * 100 / total if total else 0.0
            bar = pg.BarGraphItem(
                x0=[start], y=[0], width=[share], height=0.6, brush=pg.mkBrush(colour(k)), pen=None
            )
            item.addItem(bar)
            assert item.legend is not None
            item.legend.addItem(bar, chart_text.category(chart, chart.labels[k]))
            start += share
        item.hideAxis("left")
        item.getViewBox().setRange(xRange=(0, 100), yRange=(-0.5, 1.6), padding=0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Category labels are thinned to fit the width: fit them again."""
        super().resizeEvent(event)
        chart = self.chart
        if (
            chart is not None
            and not chart.empty
            and chart.kind != SHARE_BAR
            and self._category_axis is not None
        ):
            self._category_ticks(chart, self._category_axis)

    # ---- mouse ---------------------------------------------------------------------------
    def _hover(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        text = self.tooltip_text(index) if index is not None else ""
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.click_at(event.scenePos())

    def click_at(self, scene_pos: QPointF) -> bool:
        """Drill down into the category at a scene point; True if there was one to open."""
        chart = self.chart
        index = self.index_at(scene_pos)
        if chart is None or index is None or index >= len(chart.drill):
            return False
        drill = chart.drill[index]
        if drill is None:
            return False
        name = f"{chart_text.title(chart)}: {chart_text.category(chart, chart.labels[index])}"
        self.drillRequested.emit(name, drill)
        return True

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Charts", "Export chart"),
            "chart.png",
            QCoreApplication.translate("Charts", "PNG images (*.png)"),
        )
        if path and not self.export_png(path):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("Charts", "Export chart"),
                QCoreApplication.translate(
                    "Charts", "The image could not be saved there. Choose another folder."
                ),
            )

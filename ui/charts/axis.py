"""Axes that write 1.2亿 / 120M instead of 1.2e8, so no tick label is too wide to show."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from app.chart_series import COUNT
from ui.charts import chart_text


class ValueAxis(pg.AxisItem):
    """A value axis in major units (money) or counts, ticks in the reader's short form."""

    def __init__(self, orientation: str, unit: str = COUNT, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.unit = unit
        self.enableAutoSIPrefix(False)  # our own 万/亿 or K/M, never "x1e+06"

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [chart_text.axis_number(v * scale, self.unit) for v in values]

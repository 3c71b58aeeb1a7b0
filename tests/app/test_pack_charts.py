"""The pack's amount axes read like the screen's: 万/亿 in Chinese, K/M in English."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.graphics.widgetbase import Widget

from app.pack_charts import line_chart

DAYS = [dt.date(2026, 1, 31), dt.date(2026, 6, 30), dt.date(2026, 11, 30)]
# CNY minor units: 12.5M, 25M and 30M yuan
VALUES = [1_250_000_000, 2_500_000_000, 3_000_000_000]


def _texts(node: object) -> list[str]:
    if isinstance(node, Widget):  # the plot makes its axis labels when drawn
        node = node.draw()
    if isinstance(node, String):
        return [node.text]
    if isinstance(node, Group | Drawing):
        return [text for item in node.getContents() for text in _texts(item)]
    return []


def _axis_labels(drawing: Drawing) -> list[str]:
    return _texts(drawing)


def test_chinese_axis_counts_in_wan_named_once() -> None:
    drawing = line_chart(DAYS, [("组合市值", VALUES)], "CNY", width=400, language="zh")
    labels = _axis_labels(drawing)
    assert "万" in labels
    assert not any(label.endswith("M") for label in labels), labels
    assert any(label.replace(",", "").isdigit() and len(label) >= 4 for label in labels)


def test_chinese_axis_switches_to_yi_above_a_hundred_million() -> None:
    big = [v * 100 for v in VALUES]  # 1.25-3 billion yuan
    labels = _axis_labels(line_chart(DAYS, [("a", big)], "CNY", width=400, language="zh"))
    assert "亿" in labels and "万" not in labels


def test_english_axis_keeps_millions_in_each_label() -> None:
    labels = _axis_labels(line_chart(DAYS, [("Value", VALUES)], "CNY", width=400))
    assert "万" not in labels
    assert any(label.endswith("M") for label in labels), labels

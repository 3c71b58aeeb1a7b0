"""Every chart drawn offscreen: PNG export with real content, hover values, drill-down,
short axis numbers in both languages, and hundreds of redraws without a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app import chart_series as cs
from app import dashboard
from app.chart_series import Chart, Series
from db.office import Office
from tests.app.segments_book import TODAY, build_book
from ui import i18n
from ui.charts import chart_text
from ui.charts.axis import ValueAxis
from ui.charts.chart_widget import ChartWidget

NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)


def ink_share(path: Path) -> float:
    """Share of pixels that are not the white background."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    raw = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    return float(np.count_nonzero((raw & 0xFFFFFF) != 0xFFFFFF)) / raw.size


@pytest.fixture(autouse=True)
def _fonts(qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.load_fonts()


@pytest.fixture
def all_charts(office: Office) -> list[Chart]:
    book = build_book(office)
    with office.session() as s:
        return cs.card_charts(s, book.ann, TODAY) + [
            compute(s) for _, compute in dashboard.dashboard_steps(TODAY, NOW)
        ]


def shown(qtbot, chart: Chart | None) -> ChartWidget:  # type: ignore[no-untyped-def]
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(560, 320)
    widget.set_chart(chart)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_chart_renders_and_exports_a_png(
    qtbot, tmp_path: Path, all_charts: list[Chart], translations, language: str
) -> None:  # type: ignore[no-untyped-def]
    translations.set_language(language)
    drawn = [c for c in all_charts if not c.empty]
    kinds = {c.kind for c in drawn}
    assert kinds >= {cs.LINE, cs.SHARE_BAR, cs.STACKED_BAR, cs.BAR}
    for i, chart in enumerate(all_charts):
        widget = shown(qtbot, chart)
        path = tmp_path / f"chart{i}.png"
        assert widget.export_png(str(path))
        share = ink_share(path)
        # a drawn chart has bars or lines, axes and text; an empty one its title and note
        assert share > (0.02 if not chart.empty else 0.004), (chart.title, share)
        widget.close()


def test_a_step_chart_of_risk_levels_renders(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = Chart(
        "Risk level history",
        cs.STEP,
        ("2024-01-05", "2025-01-10", "2026-02-01"),
        (Series("risk_level", (2, 3, 3), cs.LEVEL),),
        label_kind="date",
    )
    widget = shown(qtbot, chart)
    assert widget.export_png(str(tmp_path / "risk.png"))
    assert ink_share(tmp_path / "risk.png") > 0.02
    assert widget.tooltip_text(1) == "1/10/2025\nRisk level: C3"


def test_hover_shows_every_series_value(qtbot, all_charts: list[Chart]) -> None:  # type: ignore[no-untyped-def]
    tier = next(c for c in all_charts if c.title == "AUM and clients by tier")
    widget = shown(qtbot, tier)
    assert widget.tooltip_text(2) == "HNW\nAUM: 10.5M\nClients: 1"
    assert widget.index_at(widget.scene_pos_of(2)) == 2
    alloc = next(c for c in all_charts if c.title == "Allocation by asset class")
    widget = shown(qtbot, alloc)
    assert widget.tooltip_text(1) == "Funds\n1M (55.6%)"
    assert widget.index_at(widget.scene_pos_of(1)) == 1
    assert widget.index_at(widget.scene_pos_of(2)) == 2


def test_hover_in_chinese_reads_wan_and_yi(qtbot, all_charts: list[Chart], translations) -> None:  # type: ignore[no-untyped-def]
    translations.set_language("zh_CN")
    tier = next(c for c in all_charts if c.title == "AUM and clients by tier")
    widget = shown(qtbot, tier)
    text = widget.tooltip_text(2)
    assert "1050万" in text
    assert chart_text.title(tier) != tier.title  # the title is translated


def test_clicking_a_bar_drills_down_to_its_clients(qtbot, all_charts: list[Chart]) -> None:  # type: ignore[no-untyped-def]
    tier = next(c for c in all_charts if c.title == "AUM and clients by tier")
    widget = shown(qtbot, tier)
    with qtbot.waitSignal(widget.drillRequested) as caught:
        assert widget.click_at(widget.scene_pos_of(2))
    name, drill = caught.args
    assert name == "AUM and clients by tier: HNW"
    assert drill == {"op": "and", "items": [{"dim": "tier", "values": ["hnw"]}]}
    # a chart without drill-downs (months) opens nothing
    months = next(c for c in all_charts if c.title == "New and departed clients per month")
    assert not shown(qtbot, months).click_at(widget.scene_pos_of(0))


def test_value_axis_ticks_stay_short_in_the_millions(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    axis = ValueAxis("left", cs.MONEY)
    ticks = [0.0, 25_000_000.0, 50_000_000.0, 75_000_000.0, 100_000_000.0, 250_000_000.0]
    assert axis.tickStrings(ticks, 1.0, 25_000_000.0) == ["0", "25M", "50M", "75M", "100M", "250M"]
    translations.set_language("zh_CN")
    assert axis.tickStrings(ticks, 1.0, 25_000_000.0) == [
        "0",
        "2500万",
        "5000万",
        "7500万",
        "1亿",
        "2.5亿",
    ]
    counts = ValueAxis("left", cs.COUNT)
    assert counts.tickStrings([0.0, 0.5, 1.0, 12_000.0], 1.0, 0.5) == ["0", "", "1", "1.2万"]


def test_hundreds_of_redraws_do_not_crash(qtbot, all_charts: list[Chart]) -> None:  # type: ignore[no-untyped-def]
    widget = shown(qtbot, None)
    rng = np.random.default_rng(5)
    for i in range(300):
        chart = all_charts[i % len(all_charts)]
        scaled = Chart(
            chart.title,
            chart.kind,
            chart.labels,
            tuple(
                Series(s.key, tuple(int(v) for v in rng.integers(0, 10**9, len(s.values))), s.unit)
                for s in chart.series
            ),
            currency=chart.currency,
            drill=chart.drill,
            label_kind=chart.label_kind,
            series_kind=chart.series_kind,
        )
        widget.set_chart(scaled if i % 7 else None)
        widget.repaint()
        if i % 10 == 0:
            widget.resize(400 + i, 300)
            QApplication.processEvents()
    assert widget.chart is not None
    assert widget.grab().width() > 0


def test_month_labels_thin_out_when_narrow_and_come_back_when_wide(qtbot, all_charts) -> None:  # type: ignore[no-untyped-def]
    months = next(c for c in all_charts if c.title == "Interactions per month")
    widget = shown(qtbot, months)

    def ticks() -> int:
        return len(widget._category_axis._tickLevels[0])

    widget.resize(1400, 320)
    QApplication.processEvents()
    assert ticks() == 12
    widget.resize(300, 320)
    QApplication.processEvents()
    assert 1 < ticks() < 12
    widget.resize(1400, 320)
    QApplication.processEvents()
    assert ticks() == 12


def test_a_language_switch_retranslates_a_drawn_chart(qtbot, all_charts, translations) -> None:  # type: ignore[no-untyped-def]
    tier = next(c for c in all_charts if c.title == "AUM and clients by tier")
    widget = shown(qtbot, tier)
    assert widget.export_button.text() == "Export PNG…"
    assert widget.plot.getPlotItem().titleLabel.text == "AUM and clients by tier"
    translations.set_language("zh_CN")  # posts LanguageChange to every widget
    QApplication.processEvents()
    assert widget.export_button.text() == "导出 PNG…"
    assert widget.plot.getPlotItem().titleLabel.text == "各层级资产规模与客户数"
    assert widget.tooltip_text(2).startswith("高净值")

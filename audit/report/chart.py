"""The dimension chart of the PDF, drawn by reportlab's own graphics (vector, no screenshot)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

BAR = colors.HexColor("#1F4E79")
GRID = colors.HexColor("#D9D9D9")
ROW_POINTS = 26  # height per dimension bar, labels included


def dimension_chart(rows: Sequence[tuple[str, float | None]], width: float, font: str,
                    bold: str, empty_label: str,
                    number: Callable[[float], str] = "{:.1f}".format) -> Drawing:
    """One horizontal bar per dimension (0-100), first dimension on top, value at the bar end.

    A dimension with nothing scored yet gets no bar and says so instead of showing a 0."""
    label_width = 130.0
    height = ROW_POINTS * max(len(rows), 1) + 30
    # the embedded font from the start: the default state would name Helvetica (not embedded)
    drawing = Drawing(width, height, initialFontName=font)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 20
    chart.width, chart.height = width - label_width - 40, height - 30
    # reportlab draws the first category at the bottom; reversed puts the first on top
    shown = list(reversed(rows))
    chart.data = [[score if score is not None else 0 for _, score in shown]]
    chart.categoryAxis.categoryNames = [name for name, _ in shown]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = number  # the report's language: "64,9" in Indonesian
    chart.barLabels.fontName = bold
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    step = chart.height / max(len(shown), 1)
    for index, (_, score) in enumerate(shown):
        if score is None:
            drawing.add(String(chart.x + 6, chart.y + step * (index + 0.5) - 3, empty_label,
                               fontName=font, fontSize=8, fillColor=colors.grey))
    return drawing

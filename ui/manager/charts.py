"""Bar charts drawn with QPainter (QtCharts is not installed): one row a category, its values
either stacked in one bar (accepted + refused) or side by side (waiting, service)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#1b6e3a", "#a4161a", "#0b5cad", "#8a4b00")


class BarChart(QWidget):
    ROW = 26
    LABEL_W = 230

    def __init__(self, stacked: bool = True, percent: bool = False,
                 colors: tuple[str, ...] = PALETTE) -> None:
        super().__init__()
        self.colors = colors
        self.stacked = stacked
        self.percent = percent
        self.rows: list[tuple[str, tuple[float | None, ...]]] = []
        self.series: list[str] = []
        self.caption = ""
        self.setObjectName("BarChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, caption: str, series: list[str],
                 rows: list[tuple[str, tuple[float | None, ...]]]) -> None:
        self.caption, self.series, self.rows = caption, series, rows
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        per = self.ROW if self.stacked else self.ROW * max(1, len(self.series)) * 0.7 + 6
        return QSize(600, int(56 + max(1, len(self.rows)) * per))

    def _max(self) -> float:
        if self.percent:
            return 1.0
        if self.stacked:
            return max([sum(v or 0 for v in vals) for _, vals in self.rows] + [1])
        return max([v or 0 for _, vals in self.rows for v in vals] + [1])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        font = QFont(self.font())
        font.setPixelSize(13)
        p.setFont(font)
        p.setPen(QColor("#14213d"))
        p.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, self.caption)
        # legend
        x = 8.0
        for i, name in enumerate(self.series):
            p.fillRect(QRectF(x, 30, 12, 12), QColor(self.colors[i % len(self.colors)]))
            p.setPen(QColor("#14213d"))
            p.drawText(QRectF(x + 16, 26, 200, 20), Qt.AlignmentFlag.AlignVCenter, name)
            x += 24 + p.fontMetrics().horizontalAdvance(name) + 12
        top = 52.0
        left = float(self.LABEL_W)
        width = max(50.0, self.width() - left - 70)
        top_value = self._max()
        if not self.rows:
            p.setPen(QColor("#4a5568"))
            p.drawText(QRectF(left, top, width, 20), Qt.AlignmentFlag.AlignVCenter, "—")
        for label, vals in self.rows:
            n = 1 if self.stacked else len(vals)
            row_h = self.ROW if self.stacked else self.ROW * n * 0.7 + 6
            p.setPen(QColor("#14213d"))
            elided = p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(left - 12))
            p.drawText(QRectF(8, top, left - 12, row_h - 4),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
            x = left
            bar_h = (row_h - 8) / n
            for i, v in enumerate(vals):
                w = width * (v or 0) / top_value
                y = top + 2 + (0 if self.stacked else i * bar_h)
                p.fillRect(QRectF(x, y, w, bar_h - 1), QColor(self.colors[i % len(self.colors)]))
                if not self.stacked:
                    p.setPen(QColor("#14213d"))
                    text = "—" if v is None else (f"{v:.0%}" if self.percent else f"{v:g}")
                    p.drawText(QRectF(x + w + 4, y, 60, bar_h), Qt.AlignmentFlag.AlignVCenter, text)
                else:
                    x += w
            if self.stacked:
                p.setPen(QColor("#14213d"))
                total = sum(v or 0 for v in vals)
                p.drawText(QRectF(x + 4, top, 60, row_h - 4), Qt.AlignmentFlag.AlignVCenter,
                           f"{total:g}")
            top += row_h
        p.end()

"""Per-segment edit ratio over the whole document, painted; a click jumps to the segment."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

_BAR = QColor("#3b7dd8")
_CURRENT = QColor("#d14343")


class MetricsChart(QWidget):
    """One column per pixel: the highest value of the segments it covers (any document size)."""

    segmentActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self.values: list[float] = []  # 0..1
        self.current: int | None = None
        self.setMinimumHeight(70)
        self.setToolTip("Edit ratio per segment (MT -> target); click to go to a segment")

    def sizeHint(self) -> QSize:
        return QSize(300, 90)

    def set_values(self, ids: list[int], values: list[float]) -> None:
        self.ids, self.values = ids, values
        self.update()

    def set_value(self, index: int, value: float) -> None:
        if 0 <= index < len(self.values):
            self.values[index] = value
            self.update()

    def set_current(self, index: int | None) -> None:
        self.current = index
        self.update()

    def _index_at(self, x: float) -> int | None:
        if not self.values or self.width() <= 0:
            return None
        return min(len(self.values) - 1, max(0, int(x / self.width() * len(self.values))))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().x())
        if index is not None:
            self.segmentActivated.emit(self.ids[index])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        n, width, height = len(self.values), self.width(), self.height() - 4
        if n:
            # The scale follows the largest value (at least 5 %), so light editing stays visible.
            top = max(0.05, min(1.0, max(self.values)))
            for x in range(width):
                lo, hi = x * n // width, max(x * n // width + 1, (x + 1) * n // width)
                value = max(self.values[lo:hi])
                if value > 0:
                    bar = max(1.0, min(1.0, value / top) * height)
                    painter.fillRect(QRectF(x, height - bar + 2, 1, bar), _BAR)
            if self.current is not None:
                marker = self.current * width / n
                painter.fillRect(QRectF(marker - 1, 0, 2, self.height()), _CURRENT)
            painter.setPen(QColor("#6b7280"))
            painter.drawText(self.rect().adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignRight, f"{top:.0%}")
        painter.setPen(QColor("#d8dce2"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

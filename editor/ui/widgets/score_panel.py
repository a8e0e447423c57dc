"""The score dock: the document's MQM score, its breakdown by category and severity, the worst
segments one click away, and each QA check's precision as measured in review."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import all_checks
from editor.core.review import MqmSeverity, Review, ScoreReport

# Neutral annotations weigh nothing: no column for them.
_SEVERITIES = [s.value for s in MqmSeverity if s is not MqmSeverity.NEUTRAL]


class ScorePanel(QWidget):
    segmentActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel("No review yet")
        self.summary.setObjectName("scoreSummary")
        self.summary.setWordWrap(True)
        self.breakdown = QTableWidget(0, len(_SEVERITIES) + 2)
        self.breakdown.setHorizontalHeaderLabels(["Category", *_SEVERITIES, "Total"])
        self.breakdown.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.breakdown.verticalHeader().hide()
        self.breakdown.setWordWrap(False)
        self.breakdown.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.breakdown.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.worst = QListWidget()
        self.worst.setObjectName("worstSegments")
        self.precision = QLabel("")
        self.precision.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("MQM points by category and severity"))
        layout.addWidget(self.breakdown, 2)
        layout.addWidget(QLabel("Worst segments (click to go there)"))
        layout.addWidget(self.worst, 1)
        layout.addWidget(QLabel("QA checks confirmed in review"))
        layout.addWidget(self.precision)
        self.worst.itemActivated.connect(self._activated)
        self.worst.itemClicked.connect(self._activated)

    def show_report(self, report: ScoreReport, review: Review) -> None:
        doc = report.document
        verdict = doc.verdict
        self.summary.setText(
            f"<b>MQM {doc.mqm:.2f}</b> · {doc.per_segment:.3f} per segment · "
            f"{doc.per_1000_words:.1f} per 1000 words ({verdict} at {doc.threshold:g}) · "
            f"{doc.reviewed} of {doc.segments} segments reviewed"
        )
        categories = sorted({c for c, _ in doc.by_cell}, key=lambda c: -doc.by_category.get(c, 0))
        self.breakdown.setRowCount(len(categories))
        for row, category in enumerate(categories):
            name = QTableWidgetItem(category)
            name.setToolTip(category)
            self.breakdown.setItem(row, 0, name)
            for column, severity in enumerate(_SEVERITIES, start=1):
                points = doc.by_cell.get((category, severity))
                self.breakdown.setItem(row, column, _cell("" if points is None else f"{points:g}"))
            self.breakdown.setItem(row, len(_SEVERITIES) + 1, _cell(f"{doc.by_category.get(category, 0):g}"))
        self.worst.clear()
        for segment in report.worst(50):
            item = QListWidgetItem(f"#{segment.id}  MQM {segment.mqm:g}  ({segment.annotations} annotations)")
            item.setData(Qt.ItemDataRole.UserRole, segment.id)
            self.worst.addItem(item)
        names = {check.id: check.name for check in all_checks()}
        lines = []
        for check_id, (accepted, rejected) in sorted(review.decisions().items()):
            lines.append(
                f"{names.get(check_id, check_id)}: {accepted} of {accepted + rejected} accepted "
                f"({accepted / (accepted + rejected):.0%} precision)"
            )
        self.precision.setText("\n".join(lines) or "No QA finding accepted or rejected yet")

    def _activated(self, item: QListWidgetItem) -> None:
        self.segmentActivated.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item

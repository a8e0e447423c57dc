"""The metrics dock: the current segment's and the document's post-editing figures, the diff
MT -> target, and the per-segment chart."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from editor.core.effort import EffortLog
from editor.core.metrics import DocumentFigures, SegmentFigures
from editor.ui.session import Session
from editor.ui.widgets.diff_view import DiffView
from editor.ui.widgets.metrics_chart import MetricsChart


class MetricsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment_labels: dict[str, QLabel] = {}
        self.document_labels: dict[str, QLabel] = {}
        segment_box = self._box(
            "Segment",
            self.segment_labels,
            ("Edit distance", "Edit ratio", "Words changed", "HTER", "chrF", "BLEU", "Time", "Keystrokes"),
        )
        document_box = self._box(
            "Document", self.document_labels, ("Edited segments", "HTER", "chrF", "BLEU", "Edit ratio")
        )
        self.diff = DiffView()
        self.chart = MetricsChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(segment_box)
        layout.addWidget(QLabel("Changes MT → target"))
        layout.addWidget(self.diff, 1)
        layout.addWidget(document_box)
        layout.addWidget(QLabel("Edit ratio per segment"))
        layout.addWidget(self.chart)

    def _box(self, title: str, labels: dict[str, QLabel], names: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setContentsMargins(8, 4, 8, 4)
        for name in names:
            labels[name] = QLabel("–")
            form.addRow(name, labels[name])
        return box

    def show_segment(self, figures: SegmentFigures, mt: str, target: str, log: EffortLog | None) -> None:
        values = {
            "Edit distance": f"{figures.chars_edit_distance} characters",
            "Edit ratio": f"{figures.chars_edit_ratio:.1%}",
            "Words changed": str(figures.words_edit_distance),
            "HTER": f"{figures.hter:.1f}",
            "chrF": f"{figures.chrf:.1f}",
            "BLEU": f"{figures.bleu:.1f}" + ("" if figures.bleu_reliable else " (short: unreliable)"),
            "Time": f"{log.seconds:.0f} s in {log.visits} visits" if log else "–",
            "Keystrokes": (
                f"{log.keystrokes} ({log.insertions} ins, {log.deletions} del, "
                f"{log.navigation} nav, {log.control} ctrl)"
            )
            if log
            else "–",
        }
        for name, text in values.items():
            self.segment_labels[name].setText(text)
        self.diff.show_diff(mt, target)

    def show_document(self, figures: DocumentFigures) -> None:
        values = {
            "Edited segments": f"{figures.edited_segments} of {figures.segments}",
            "HTER": f"{figures.hter:.2f}",
            "chrF": f"{figures.chrf:.1f}",
            "BLEU": f"{figures.bleu:.1f}",
            "Edit ratio": f"{figures.chars_edit_ratio:.1%} ({figures.chars_edit_distance} characters)",
        }
        for name, text in values.items():
            self.document_labels[name].setText(text)

    def show_changes(
        self, session: Session, segment_ids: set[int] | None, current: int | None
    ) -> DocumentFigures | None:
        """Re-scored segments (None: all of them): chart bars, document figures, the current one."""
        metrics = session.metrics
        if metrics is None:
            return None
        document = session.document
        if segment_ids is None:
            self.chart.set_values(
                [s.id for s in document], [metrics.scores(s.id).chars_ratio for s in document]
            )
        else:
            for segment_id in segment_ids:
                self.chart.set_value(document.row(segment_id), metrics.scores(segment_id).chars_ratio)
        figures = metrics.document()
        self.show_document(figures)
        if current is not None and (segment_ids is None or current in segment_ids):
            self.show_current(session, current)
        return figures

    def show_current(self, session: Session, segment_id: int) -> None:
        self.chart.set_current(session.document.row(segment_id))
        metrics = session.metrics
        if metrics is None:
            return
        segment = session.document[segment_id]
        self.show_segment(
            metrics.segment(segment), segment.mt, segment.target, session.effort.logs.get(segment_id)
        )

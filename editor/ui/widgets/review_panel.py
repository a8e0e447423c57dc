"""The review dock: MQM annotations of the current segment, the pickers that make them, the
segment's ESA rating, and its QA findings offered as pre-filled annotations."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import Issue
from editor.core.review import CATEGORIES, Annotation, MqmSeverity, deleted_text
from editor.ui.session import Session
from editor.ui.text_offsets import plain_text, to_python
from editor.ui.widgets.segment_editor import SegmentEditor

NO_RATING = -1  # the spin box's special value: no ESA score given


class ReviewPanel(QWidget):
    annotateRequested = Signal()  # mark the editor's selection with the pickers' labels
    relabelRequested = Signal(object)  # Annotation: give it the pickers' labels (and the selection)
    annotationSelected = Signal(object)  # Annotation
    acted = Signal(str)  # what a decision on a QA finding did, for the status bar

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.segment_id: int | None = None
        self.rater = QLineEdit(session.rater)
        self.rater.setToolTip("Your name as a rater; it goes with every annotation and rating")
        self.category = QComboBox()
        for name, meaning in CATEGORIES:
            self.category.addItem(name, name)
            self.category.setItemData(self.category.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole)
        self.severity = QComboBox()
        for severity in MqmSeverity:
            self.severity.addItem(severity.value, severity)
        self.severity.setCurrentIndex(list(MqmSeverity).index(MqmSeverity.MINOR))
        self.note = QLineEdit()
        self.note.setPlaceholderText("Optional note for the translator")
        self.annotate_button = QPushButton("Annotate selection")
        self.annotate_button.setToolTip(
            "Mark the text selected in the target (or in the source, for an omission) — Ctrl+M"
        )
        pickers = QFormLayout()
        pickers.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            ("&Rater", self.rater),
            ("&Category", self.category),
            ("Se&verity", self.severity),
            ("&Note", self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            pickers.addRow(label, widget)
        pickers.addRow("", self.annotate_button)

        self.annotations = _wrapping_list("annotationList")
        self.relabel_button = QPushButton("Relabel")
        self.relabel_button.setToolTip(
            "Give the selected annotation the category, severity and note above — and, when text is "
            "selected in the editor, that span"
        )
        self.delete_button = QPushButton("Delete")
        annotation_bar = QHBoxLayout()
        annotation_bar.addStretch(1)
        annotation_bar.addWidget(self.relabel_button)
        annotation_bar.addWidget(self.delete_button)
        annotation_box = QGroupBox("Annotations of this segment")
        annotation_layout = QVBoxLayout(annotation_box)
        annotation_layout.addWidget(self.annotations)
        annotation_layout.addLayout(annotation_bar)

        self.rating = QSpinBox()
        self.rating.setRange(NO_RATING, 100)
        self.rating.setSpecialValueText("no rating")
        self.rating.setToolTip("ESA: an overall 0-100 score for the segment (optional)")
        rating_row = QFormLayout()
        rating_row.addRow("Segment rating (0–100)", self.rating)

        self.suggestions = _wrapping_list("suggestionList")
        self.accept_button = QPushButton("Accept")
        self.accept_button.setToolTip(
            "Make the selected QA finding an annotation, with its category — Ctrl+Shift+A"
        )
        self.accept_as_button = QPushButton("Accept as chosen")
        self.accept_as_button.setToolTip("Accept it with the category and severity chosen above")
        self.reject_button = QPushButton("Reject")
        self.reject_button.setToolTip("Not an error: counts against the check's precision — Ctrl+Shift+X")
        suggestion_bar = QHBoxLayout()
        suggestion_bar.addStretch(1)
        for button in (self.accept_button, self.accept_as_button, self.reject_button):
            suggestion_bar.addWidget(button)
        suggestion_box = QGroupBox("QA findings to confirm")
        suggestion_layout = QVBoxLayout(suggestion_box)
        suggestion_layout.addWidget(self.suggestions)
        suggestion_layout.addLayout(suggestion_bar)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(pickers)
        layout.addWidget(annotation_box, 2)
        layout.addLayout(rating_row)
        layout.addWidget(suggestion_box, 2)

        self.rater.editingFinished.connect(self._rater_changed)
        self.annotate_button.clicked.connect(self.annotateRequested.emit)
        self.delete_button.clicked.connect(self.delete_selected)
        self.relabel_button.clicked.connect(self._relabel_clicked)
        self.accept_button.clicked.connect(lambda: self.accept_selected(relabel=False))
        self.accept_as_button.clicked.connect(lambda: self.accept_selected(relabel=True))
        self.reject_button.clicked.connect(self.reject_selected)
        self.rating.valueChanged.connect(self._rating_changed)
        self.annotations.currentItemChanged.connect(self._annotation_current)
        session.reviewChanged.connect(self._review_changed)
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------

    def show_segment(self, segment_id: int | None) -> None:
        self.segment_id = segment_id
        self.refresh()

    def refresh(self) -> None:
        self.annotations.clear()
        self.suggestions.clear()
        segment_id = self.segment_id
        blocked = self.rating.blockSignals(True)
        self.rating.setValue(NO_RATING)
        if segment_id is not None:
            segment = self.session.document[segment_id]
            for annotation in self.session.review.of(segment_id):
                text = segment.source if annotation.side == "source" else segment.target
                if annotation.side == "segment":
                    span = "whole segment"
                elif deleted_text(annotation):
                    span = f"words deleted by an edit (at character {annotation.start + 1})"
                else:
                    span = f"“{text[annotation.start : annotation.end]}”"
                where = " in the source" if annotation.side == "source" else ""
                kind = f"{annotation.severity.value} · {annotation.category}"
                label = f"{kind} · {span}{where} — {annotation.rater}"
                if annotation.comment:
                    label += f": {annotation.comment}"
                item = QListWidgetItem(label)
                item.setToolTip(label)
                item.setData(Qt.ItemDataRole.UserRole, annotation)
                self.annotations.addItem(item)
            for issue in self.session.suggestions(segment_id):
                item = QListWidgetItem(f"{issue.category} · “{issue.text}” — {issue.message}")
                item.setData(Qt.ItemDataRole.UserRole, issue)
                item.setToolTip(f"{issue.check} ({issue.severity.value})")
                self.suggestions.addItem(item)
            if self.suggestions.count():
                self.suggestions.setCurrentRow(0)
            rating = self.session.review.ratings.get(segment_id, {}).get(self.session.rater)
            if rating is not None and rating.score is not None:
                self.rating.setValue(round(rating.score))
        self.rating.blockSignals(blocked)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_segment = self.segment_id is not None
        self.annotate_button.setEnabled(has_segment)
        self.rating.setEnabled(has_segment)
        has_annotation = self.annotations.currentItem() is not None
        self.delete_button.setEnabled(has_annotation)
        self.relabel_button.setEnabled(has_annotation)
        has_suggestion = self.suggestions.count() > 0
        for button in (self.accept_button, self.accept_as_button, self.reject_button):
            button.setEnabled(has_suggestion)

    # -- the pickers -------------------------------------------------------------------

    def chosen(self) -> tuple[str, MqmSeverity, str]:
        return self.category.currentData(), self.severity.currentData(), self.note.text().strip()

    def choose(self, category: str | None = None, severity: MqmSeverity | None = None) -> None:
        if category is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(category)))
        if severity is not None:
            self.severity.setCurrentIndex(self.severity.findData(severity))

    # -- actions -----------------------------------------------------------------------

    def selected_annotation(self) -> Annotation | None:
        item = self.annotations.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, Annotation) else None

    def selected_suggestion(self) -> Issue | None:
        item = self.suggestions.currentItem() or self.suggestions.item(0)
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, Issue) else None

    def delete_selected(self) -> None:
        annotation = self.selected_annotation()
        if annotation is not None:
            self.session.delete_annotation(annotation)

    def _relabel_clicked(self) -> None:
        annotation = self.selected_annotation()
        if annotation is not None:
            self.relabelRequested.emit(annotation)

    def relabel_selected(self, span: tuple[int, int] | None = None) -> None:
        """Relabel the selected annotation from the pickers; ``span`` moves it too."""
        annotation = self.selected_annotation()
        if annotation is not None:
            category, severity, note = self.chosen()
            changes: dict[str, object] = {
                "category": category,
                "severity": severity,
                "comment": note or annotation.comment,
            }
            if span is not None:
                changes["start"], changes["end"] = span
            self.session.update_annotation(annotation, **changes)

    def accept_selected(self, relabel: bool = False) -> None:
        issue = self.selected_suggestion()
        if issue is None:
            self.acted.emit("No QA finding left to accept in this segment")
            return
        if relabel:
            category, severity, _ = self.chosen()
            made = self.session.accept_suggestion(issue, category, severity)
        else:
            made = self.session.accept_suggestion(issue)
        self.acted.emit(f"Accepted “{issue.text}” as {made.severity.value} {made.category}")

    def reject_selected(self) -> None:
        issue = self.selected_suggestion()
        if issue is None:
            self.acted.emit("No QA finding left to reject in this segment")
            return
        self.session.reject_suggestion(issue)
        self.acted.emit(f"Rejected the {issue.check} finding on “{issue.text}”: not an error")

    def annotate_from(self, editor: SegmentEditor, segment_id: int) -> str:
        """Annotate the editor's selection (target first, else source); says what happened."""
        for side, view in (("target", editor.target), ("source", editor.source)):
            cursor = view.textCursor()
            if cursor.hasSelection():
                text = plain_text(view)
                start = to_python(text, cursor.selectionStart())
                end = to_python(text, cursor.selectionEnd())
                category, severity, note = self.chosen()
                try:
                    self.session.annotate(segment_id, side, start, end, category, severity, note)  # type: ignore[arg-type]
                except ValueError as exc:
                    return f"Not annotated: {exc}"
                self.note.clear()
                return f"Annotated “{text[start:end]}” as {severity.value} {category}"
        return "Select the words to annotate in the target (or in the source)"

    def relabel_from(self, editor: SegmentEditor, annotation: object) -> None:
        """Relabel from the pickers; text selected on the annotation's side becomes its span."""
        if not isinstance(annotation, Annotation):
            return
        view = editor.source if annotation.side == "source" else editor.target
        cursor = view.textCursor()
        span = None
        if annotation.side != "segment" and cursor.hasSelection():
            text = plain_text(view)
            span = (to_python(text, cursor.selectionStart()), to_python(text, cursor.selectionEnd()))
        self.relabel_selected(span)

    def _rater_changed(self) -> None:
        name = self.rater.text().strip()
        if name:
            self.session.rater = name
            self.refresh()
        else:
            self.rater.setText(self.session.rater)

    def _rating_changed(self, value: int) -> None:
        if self.segment_id is not None:
            self.session.set_rating(self.segment_id, None if value == NO_RATING else float(value))

    def _annotation_current(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        self._update_buttons()
        if current is not None:
            self.annotationSelected.emit(current.data(Qt.ItemDataRole.UserRole))

    def _review_changed(self, segment_id: int) -> None:
        if segment_id == self.segment_id:
            row = self.annotations.currentRow()
            self.refresh()
            if 0 <= row < self.annotations.count():
                self.annotations.setCurrentRow(row)


def _wrapping_list(name: str) -> QListWidget:
    """A list whose long entries wrap instead of scrolling sideways."""
    view = QListWidget()
    view.setObjectName(name)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setSpacing(2)
    return view

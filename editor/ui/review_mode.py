"""Review mode of the main window: the review and score panels, their actions and menu, and
what follows from a reviewer's work (the score, the annotations drawn in the editor)."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QTimer

from editor.ui.widgets.review_panel import ReviewPanel
from editor.ui.widgets.score_panel import ScorePanel


class ReviewMode:
    """The main window's review side, as a mixin: its methods run on the window (its
    ``session``, ``editor``, docks and actions)."""

    def _init_review(self) -> None:
        rater = self.settings.value("review/rater") or getpass.getuser() or "reviewer"
        self.session.rater = str(rater)
        self.review_panel = ReviewPanel(self.session)
        self.review_dock = self.add_dock("Review", self.review_panel, "reviewDock")
        self.score_panel = ScorePanel()
        self.score_dock = self.add_dock("Score", self.score_panel, "scoreDock")
        for dock in (self.review_dock, self.score_dock):
            self.tabifyDockWidget(self.issues_dock, dock)
            dock.hide()  # until review mode is switched on (or the saved layout shows them)
        self.issues_dock.raise_()
        self._score_timer = QTimer(self, singleShot=True, interval=150)
        self._score_timer.timeout.connect(self.refresh_score)
        self.review_mode_action = self._action("&Review mode", "Ctrl+Shift+M", self.set_review_mode, "review")
        self.review_mode_action.setCheckable(True)
        self.annotate_action = self._action("&Annotate selection", "Ctrl+M", self.annotate_selection)
        self.accept_action = self._action(
            "A&ccept QA finding", "Ctrl+Shift+A", lambda: self.review_panel.accept_selected(relabel=False)
        )
        self.reject_action = self._action(
            "Re&ject QA finding", "Ctrl+Shift+X", self.review_panel.reject_selected
        )
        self.review_actions = (self.annotate_action, self.accept_action, self.reject_action)
        for action in self.review_actions:  # review work only in review mode, where it shows
            action.setEnabled(False)
            action.setStatusTip("Review mode only (Review > Review mode, Ctrl+Shift+M)")
        self.review_dock.toggleViewAction().toggled.connect(self.review_mode_action.setChecked)
        menu = self.menuBar().addMenu("&Review")
        menu.addActions(
            [self.review_mode_action, self.annotate_action, self.accept_action, self.reject_action]
        )

    def set_review_mode(self, on: bool) -> None:
        """Show the review and score panels (and keep them in front) or put them away."""
        self.review_mode_action.setChecked(on)
        for dock in (self.review_dock, self.score_dock):
            dock.setVisible(on)
        if on:
            self.review_dock.raise_()
            self.refresh_score()

    def _review_mode_toggled(self, on: bool) -> None:
        for action in self.review_actions:
            action.setEnabled(on)

    def annotate_selection(self) -> None:
        """Annotate the text selected in the target, or in the source (for an omission)."""
        current = self.current_segment_id()
        if current is not None:
            self.statusBar().showMessage(self.review_panel.annotate_from(self.editor, current), 5000)

    def relabel_annotation(self, annotation: object) -> None:
        self.review_panel.relabel_from(self.editor, annotation)

    def refresh_score(self) -> None:
        """Score the document for the score panel (O(segments): only while the panel shows)."""
        if not self.score_dock.isHidden():
            self.score_panel.show_report(self.session.review_score(), self.session.review)

    def _review_changed(self, segment_id: int) -> None:
        if segment_id == self.current_segment_id():
            self.editor.set_annotations(self.session.review.of(segment_id))
        self._score_timer.start()

    def _score_shown(self, visible: bool) -> None:
        if visible:
            self.refresh_score()

    def _annotation_selected(self, annotation: object) -> None:
        from editor.core.review import Annotation

        if isinstance(annotation, Annotation) and annotation.side == "target":
            self.editor.select_span(annotation.start, annotation.end)

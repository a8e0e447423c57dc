"""The main window: composition root. Widgets are built in ``_init_*``; all wiring is in
``_connect_signals``."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import Issue, Severity, all_checks
from editor.core.errors import EditorError
from editor.core.export import ExportSource, export
from editor.core.model import SegmentStatus
from editor.ui.delegates import PADDING, SegmentTextDelegate
from editor.ui.effort_filter import EffortFilter
from editor.ui.models.segments import SEGMENT_ROLE, SegmentFilter, SegmentTableModel
from editor.ui.session import Session
from editor.ui.text_offsets import to_python
from editor.ui.theme import icon
from editor.ui.widgets.export_dialog import ExportDialog
from editor.ui.widgets.find_replace import FindReplaceDialog
from editor.ui.widgets.issues_panel import IssuesPanel
from editor.ui.widgets.metrics_panel import MetricsPanel
from editor.ui.widgets.review_panel import ReviewPanel
from editor.ui.widgets.score_panel import ScorePanel
from editor.ui.widgets.segment_editor import SegmentEditor
from editor.ui.workers import BackgroundJob

ROW_LINES = 3  # every table row shows up to this many lines of text


class MainWindow(QMainWindow):
    openRequested = Signal(str)  # a project path
    newFromPairRequested = Signal()

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.check_job: BackgroundJob | None = None
        self.metrics_job: BackgroundJob | None = None
        self.setWindowTitle(f"{session.path.name} — Posteditor")
        self._init_table()
        self._init_editor()
        self._init_docks()
        self._init_actions()
        self._init_menus()
        self._init_metrics()
        self._init_review()
        self.effort_filter.shortcuts = self._shortcut_keys()
        self._init_status()
        self._connect_signals()
        self._restore_state()
        self._remember_recent(str(session.path))
        self.compute_metrics()

    # -- construction ------------------------------------------------------------------

    def _init_table(self) -> None:
        self.model = SegmentTableModel(self.session, self)
        self.proxy = SegmentFilter(self.session, self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("segmentTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(SegmentTableModel.SOURCE, SegmentTextDelegate(self.table))
        self.table.setItemDelegateForColumn(SegmentTableModel.TARGET, SegmentTextDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().lineSpacing() * ROW_LINES + 2 * PADDING + 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SegmentTableModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SegmentTableModel.TARGET, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (SegmentTableModel.ID, 44),
            (SegmentTableModel.STATUS, 80),
            (SegmentTableModel.ISSUES, 60),
            (SegmentTableModel.EDIT, 64),
        ):
            self.table.setColumnWidth(column, width)
        self.filter_mode = QComboBox()
        for label, mode in (
            ("All segments", SegmentFilter.ALL),
            ("With issues", SegmentFilter.WITH_ISSUES),
            ("Unconfirmed", SegmentFilter.UNCONFIRMED),
            ("Edited", SegmentFilter.EDITED),
        ):
            self.filter_mode.addItem(label, (mode, ""))
        for check in all_checks():
            self.filter_mode.addItem(f"Check: {check.name}", (SegmentFilter.CHECK, check.id))
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search source and target…")
        self.search.setClearButtonEnabled(True)

    def _init_editor(self) -> None:
        self.editor = SegmentEditor()
        top = QWidget()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel("Show"))
        bar.addWidget(self.filter_mode)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(top)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([430, 470])
        self.setCentralWidget(self.splitter)

    def _init_docks(self) -> None:
        self.issues_panel = IssuesPanel(self.session)
        self.issues_dock = QDockWidget("Issues", self)
        self.issues_dock.setObjectName("issuesDock")
        self.issues_dock.setWidget(self.issues_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.issues_dock)

    def _init_metrics(self) -> None:
        self.metrics_panel = MetricsPanel()
        self.metrics_dock = self.add_dock("Metrics", self.metrics_panel, "metricsDock")
        self.tabifyDockWidget(self.issues_dock, self.metrics_dock)
        self.issues_dock.raise_()
        self.effort_filter = EffortFilter(self.session.effort, self)
        self.editor.target.installEventFilter(self.effort_filter)

    def _shortcut_keys(self) -> set[int]:
        return {
            sequence[0].toCombined()  # type: ignore[index]
            for action in self.actions()
            for sequence in action.shortcuts()
            if sequence.count()
        }

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
        self.review_dock.toggleViewAction().toggled.connect(self.review_mode_action.setChecked)
        menu = self.menuBar().addMenu("&Review")
        menu.addActions(
            [self.review_mode_action, self.annotate_action, self.accept_action, self.reject_action]
        )
        self.refresh_score()

    def set_review_mode(self, on: bool) -> None:
        """Show the review and score panels (and keep them in front) or put them away."""
        self.review_mode_action.setChecked(on)
        for dock in (self.review_dock, self.score_dock):
            dock.setVisible(on)
        if on:
            self.review_dock.raise_()
            self.refresh_score()

    def annotate_selection(self) -> None:
        """Annotate the text selected in the target, or in the source (for an omission)."""
        current = self.current_segment_id()
        if current is None:
            return
        for side, view in (("target", self.editor.target), ("source", self.editor.source)):
            cursor = view.textCursor()
            if cursor.hasSelection():
                text = view.toPlainText()
                start = to_python(text, cursor.selectionStart())
                end = to_python(text, cursor.selectionEnd())
                category, severity, note = self.review_panel.chosen()
                try:
                    self.session.annotate(current, side, start, end, category, severity, note)  # type: ignore[arg-type]
                except ValueError as exc:
                    self.statusBar().showMessage(f"Not annotated: {exc}", 5000)
                    return
                self.review_panel.note.clear()
                self.statusBar().showMessage(
                    f"Annotated “{text[start:end]}” as {severity.value} {category}", 4000
                )
                return
        self.statusBar().showMessage("Select the words to annotate in the target (or in the source)", 5000)

    def relabel_annotation(self, annotation: object) -> None:
        """Relabel from the pickers; text selected on the annotation's side becomes its span."""
        from editor.core.review import Annotation

        if not isinstance(annotation, Annotation):
            return
        view = self.editor.source if annotation.side == "source" else self.editor.target
        cursor = view.textCursor()
        span = None
        if annotation.side != "segment" and cursor.hasSelection():
            text = view.toPlainText()
            span = (to_python(text, cursor.selectionStart()), to_python(text, cursor.selectionEnd()))
        self.review_panel.relabel_selected(span)

    def refresh_score(self) -> None:
        self.score_panel.show_report(self.session.review_score(), self.session.review)

    def _review_changed(self, segment_id: int) -> None:
        if segment_id == self.current_segment_id():
            self.editor.set_annotations(self.session.review.of(segment_id))
        self._score_timer.start()

    def _annotation_selected(self, annotation: object) -> None:
        from editor.core.review import Annotation

        if isinstance(annotation, Annotation) and annotation.side == "target":
            self.editor.select_span(annotation.start, annotation.end)

    def add_dock(self, title: str, widget: QWidget, name: str) -> QDockWidget:
        """Add a panel as a dock (its position is remembered); for metrics and review panes."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object, icon_name: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("none"), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _init_actions(self) -> None:
        self.open_action = self._action(
            "&Open project or bilingual file…", QKeySequence.StandardKey.Open, self._open, "open"
        )
        self.new_action = self._action(
            "&New from source and target…",
            QKeySequence.StandardKey.New,
            self.newFromPairRequested.emit,
            "new",
        )
        self.export_action = self._action("&Export…", "Ctrl+E", self._export, "export")
        self.quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)
        self.confirm_action = self._action(
            "&Confirm and go to next unconfirmed", "Ctrl+Return", self.confirm_and_next, "confirm"
        )
        self.next_action = self._action("&Next segment", "Ctrl+Down", lambda: self.step(1), "down")
        self.previous_action = self._action("&Previous segment", "Ctrl+Up", lambda: self.step(-1), "up")
        self.next_issue_action = self._action("Next &issue", "F8", self.next_issue, "issue")
        self.fix_action = self._action("Apply &quick fix", "Ctrl+.", self.quick_fix, "fix")
        self.revert_action = self._action("&Revert to MT", "Ctrl+Shift+R", self.revert_to_mt, "revert")
        self.find_action = self._action("&Find and replace…", "Ctrl+H", self.find_replace, "find")
        self.undo_replace_action = self._action("Undo last replace", "Ctrl+Shift+Z", self.undo_replace)
        self.recheck_action = self._action("Check the whole document", "Ctrl+Shift+C", self.check_all)

    def _init_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.open_action, self.new_action])
        self.recent_menu = file_menu.addMenu("Open &recent")
        file_menu.addSeparator()
        file_menu.addActions([self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.find_action, self.undo_replace_action, self.revert_action])
        segment_menu = bar.addMenu("&Segment")
        segment_menu.addActions(
            [
                self.confirm_action,
                self.next_action,
                self.previous_action,
                self.next_issue_action,
                self.fix_action,
                self.recheck_action,
            ]
        )
        self.view_menu = bar.addMenu("&View")
        self.view_menu.addAction(self.issues_dock.toggleViewAction())
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.open_action, self.export_action])
        toolbar.addSeparator()
        toolbar.addActions(
            [
                self.previous_action,
                self.next_action,
                self.confirm_action,
                self.next_issue_action,
                self.fix_action,
                self.find_action,
            ]
        )

    def _init_status(self) -> None:
        self.saved_label = QLabel("All changes saved")
        self.saved_label.setObjectName("savedLabel")
        self.counts_label = QLabel("")
        self.metrics_label = QLabel("")
        self.metrics_label.setObjectName("metricsLabel")
        self.metrics_label.setToolTip(
            "Post-editing effort so far: document HTER, chrF and edit ratio, MT -> target"
        )
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.metrics_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._update_counts()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.filter_mode.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self.proxy.set_search)
        self.editor.targetEdited.connect(self._target_edited)
        self.editor.target.fixRequested.connect(self.apply_fix)
        self.editor.target.ignoreRequested.connect(self.ignore_issue)
        self.issues_panel.issueActivated.connect(self.go_to_issue)
        self.issues_panel.ignoreRequested.connect(self.ignore_issue)
        self.session.saveStateChanged.connect(self._save_state_changed)
        self.session.segmentChanged.connect(self._segment_changed)
        self.session.issuesReset.connect(self._issues_reset)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.session.metricsChanged.connect(self._metrics_changed)
        self.metrics_panel.chart.segmentActivated.connect(self.go_to_segment)
        self.session.reviewChanged.connect(self._review_changed)
        self.score_panel.segmentActivated.connect(self.go_to_segment)
        self.review_panel.annotateRequested.connect(self.annotate_selection)
        self.review_panel.annotationSelected.connect(self._annotation_selected)
        self.review_panel.relabelRequested.connect(self.relabel_annotation)
        self.review_panel.rater.editingFinished.connect(
            lambda: self.settings.setValue("review/rater", self.session.rater)
        )

    # -- navigation --------------------------------------------------------------------

    def current_segment_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(SEGMENT_ROLE) if index.isValid() else None

    def go_to_segment(self, segment_id: int) -> bool:
        source_index = self.model.index(self.model.row_of(segment_id), SegmentTableModel.TARGET)
        index = self.proxy.mapFromSource(source_index)
        if not index.isValid():  # hidden by the filter: show everything
            self.filter_mode.setCurrentIndex(0)
            self.search.clear()
            index = self.proxy.mapFromSource(source_index)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return index.isValid()

    def step(self, step: int) -> None:
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.proxy.rowCount():
            index = self.proxy.index(row, SegmentTableModel.TARGET)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self.editor.target.setFocus()

    def _following(self, wanted: object) -> int | None:
        """The first segment after the current one (wrapping) for which ``wanted(segment)``."""
        segments = self.session.document.segments
        current = self.current_segment_id()
        start = self.session.document.row(current) + 1 if current is not None else 0
        for k in range(len(segments)):
            segment = segments[(start + k) % len(segments)]
            if wanted(segment):  # type: ignore[operator]
                return segment.id
        return None

    def confirm_and_next(self) -> None:
        current = self.current_segment_id()
        if current is None:
            return
        self.session.set_status(current, SegmentStatus.CONFIRMED)
        following = self._following(lambda s: s.status in (SegmentStatus.NEW, SegmentStatus.DRAFT))
        if following is not None:
            self.go_to_segment(following)
        self.editor.target.setFocus()

    def next_issue(self) -> None:
        following = self._following(lambda s: bool(self.session.issues_of(s.id)))
        if following is not None:
            self.go_to_segment(following)
            self.editor.select_issue(self.session.issues_of(following)[0])
            self.editor.target.setFocus()

    def go_to_issue(self, issue: Issue) -> None:
        if self.go_to_segment(issue.segment):
            current = [i for i in self.session.issues_of(issue.segment) if i.fingerprint == issue.fingerprint]
            self.editor.select_issue(current[0] if current else issue)
            self.editor.target.setFocus()

    # -- editing -----------------------------------------------------------------------

    def quick_fix(self) -> None:
        issue = self.editor.issue_at_cursor()
        if issue is not None:
            self.apply_fix(issue)

    def apply_fix(self, issue: Issue) -> None:
        if not self.editor.apply_fix(issue):
            self.statusBar().showMessage("The text changed since that issue was found; nothing applied", 4000)

    def ignore_issue(self, issue: Issue) -> None:
        self.session.ignore(issue)
        self.statusBar().showMessage(f"Ignored: {issue.message}", 4000)

    def revert_to_mt(self) -> None:
        current = self.current_segment_id()
        if current is not None:
            self.session.revert_to_mt(current)

    def find_replace(self) -> None:
        self.session.flush()
        dialog = FindReplaceDialog(self.session.document, self)
        if dialog.exec():
            count = self.session.apply_batch(dialog.changes())
            self.statusBar().showMessage(f"Replaced in {count} segments (Ctrl+Shift+Z undoes it)", 6000)

    def undo_replace(self) -> None:
        count = self.session.undo_batch()
        self.statusBar().showMessage(
            f"Undid the replace in {count} segments" if count else "Nothing to undo", 4000
        )

    def _target_edited(self, segment_id: int, text: str) -> None:
        self.session.set_target(segment_id, text)

    # -- checking, files ---------------------------------------------------------------

    def check_all(self) -> None:
        """Check every segment in the background (progress, cancel); the window stays live."""
        if self.check_job is not None and self.check_job.running:
            return
        self.session.edited_during_check.clear()
        self.check_job = BackgroundJob(
            "Checking the document…", self.session.full_check, self, dialog=len(self.session.document) > 2000
        )
        self.check_job.done.connect(self._checked)
        self.check_job.failed.connect(lambda exc: self._show_error("Checking failed", exc))
        self.check_job.cancelled.connect(lambda: self.statusBar().showMessage("Check cancelled", 4000))
        self.check_job.start()

    def _checked(self, result: object) -> None:
        if not self.session.finish_full_check(result):  # type: ignore[arg-type]
            QTimer.singleShot(0, self.check_all)  # edits during the pass: check again

    def compute_metrics(self) -> None:
        """Score every segment in the background; then the metrics follow each edit."""
        self.metrics_job = BackgroundJob(
            "Computing post-editing metrics…",
            self.session.build_metrics,
            self,
            dialog=len(self.session.document) > 20000,
        )
        self.metrics_job.done.connect(self.session.finish_metrics)
        self.metrics_job.failed.connect(lambda exc: self._show_error("Metrics failed", exc))
        self.metrics_job.start()

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Open a project or a bilingual file",
            "",
            "Projects and bilingual files "
            "(*.pedit *.xlf *.xliff *.sdlxliff *.mqxliff *.tmx *.po *.pot *.tsv *.csv);;"
            "Posteditor projects (*.pedit);;All files (*)",
        )
        if path:
            self.openRequested.emit(path)

    def _export(self) -> None:
        document = self.session.document
        stem = (
            Path(document.target_name).with_suffix("")
            if document.target_name
            else self.session.path.with_suffix("")
        )
        if not stem.is_absolute():
            stem = self.session.path.parent / stem.name
        dialog = ExportDialog(stem.with_name(stem.name + ".edited"), document.format, self)
        if not dialog.exec():
            return
        name, target = dialog.chosen()
        self.export_to(name, target)

    def export_to(self, name: str, path: Path) -> BackgroundJob:
        """Export in the background (written atomically: a failure leaves no half file)."""
        self.session.flush()
        source = ExportSource(self.session.document, self.session.store)
        job = BackgroundJob(
            "Exporting…",
            lambda progress: export(name, source, path),
            self,
            dialog=len(self.session.document) > 20000,
        )
        job.done.connect(lambda _: self.statusBar().showMessage(f"Exported {path}", 6000))
        job.failed.connect(lambda exc: self._show_error("Export failed", exc))
        job.start()
        self._export_job = job
        return job

    def _show_error(self, title: str, exc: object) -> None:
        message = str(exc) if isinstance(exc, EditorError) else f"{type(exc).__name__}: {exc}"
        QMessageBox.critical(self, title, message)

    # -- reactions ---------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.session.flush()  # leaving a segment saves it
        segment_id = current.data(SEGMENT_ROLE) if current.isValid() else None
        if segment_id is not None:
            self.session.effort.enter(segment_id)
            self.editor.show_segment(self.session.document[segment_id], self.session.issues_of(segment_id))
            self.editor.set_annotations(self.session.review.of(segment_id))
            self._show_segment_metrics(segment_id)
            self.review_panel.show_segment(segment_id)
        else:
            self.session.effort.leave()

    def _segment_changed(self, segment_id: int) -> None:
        if self.editor.segment is not None and self.editor.segment.id == segment_id:
            self.editor.refresh(self.session.document[segment_id], self.session.issues_of(segment_id))
            if self.review_dock.isVisible():
                self.review_panel.refresh()  # its QA findings follow the text
        self._update_counts()

    def _issues_reset(self) -> None:
        current = self.current_segment_id()
        if current is not None:
            self.editor.set_issues(self.session.issues_of(current))
            self.review_panel.refresh()
        self._update_counts()

    def _metrics_changed(self, segment_ids: set[int] | None) -> None:
        metrics = self.session.metrics
        if metrics is None:
            return
        document = self.session.document
        chart = self.metrics_panel.chart
        if segment_ids is None:
            chart.set_values([s.id for s in document], [metrics.scores(s.id).chars_ratio for s in document])
        else:
            for segment_id in segment_ids:
                chart.set_value(document.row(segment_id), metrics.scores(segment_id).chars_ratio)
        figures = metrics.document()
        self.metrics_panel.show_document(figures)
        self.metrics_label.setText(
            f"HTER {figures.hter:.1f} · chrF {figures.chrf:.1f} · edited {figures.chars_edit_ratio:.1%}"
        )
        current = self.current_segment_id()
        if current is not None and (segment_ids is None or current in segment_ids):
            self._show_segment_metrics(current)

    def _show_segment_metrics(self, segment_id: int) -> None:
        self.metrics_panel.chart.set_current(self.session.document.row(segment_id))
        metrics = self.session.metrics
        if metrics is None:
            return
        segment = self.session.document[segment_id]
        self.metrics_panel.show_segment(
            metrics.segment(segment), segment.mt, segment.target, self.session.effort.logs.get(segment_id)
        )

    def _filter_changed(self) -> None:
        mode, check = self.filter_mode.currentData()
        self.proxy.set_mode(mode, check)

    def _save_state_changed(self, saved: bool) -> None:
        self.saved_label.setText("All changes saved" if saved else "Saving…")

    def _update_counts(self) -> None:
        counts = self.session.severity_counts
        self.counts_label.setText(
            f"{len(self.session.document)} segments · {self.session.confirmed} confirmed · "
            f"{counts[Severity.ERROR]} errors · {counts[Severity.WARNING]} warnings · "
            f"{counts[Severity.INFO]} info"
        )

    # -- state -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            self.resizeDocks([self.issues_dock], [420], Qt.Orientation.Horizontal)
        self.review_mode_action.setChecked(not self.review_dock.isHidden())
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _remember_recent(self, path: str) -> None:
        recent = [p for p in _string_list(self.settings.value("recent")) if p != path]
        self.settings.setValue("recent", [path, *recent][:8])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in _string_list(self.settings.value("recent")):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.openRequested.emit(p))

    def closeEvent(self, event: QCloseEvent) -> None:
        for job in (self.check_job, self.metrics_job):
            if job is not None and job.running:
                job.cancel()
                job.wait()
        self.session.effort.leave()
        self.session.flush()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)


def _string_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []

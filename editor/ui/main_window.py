"""The main window: composition root. Widgets are built in ``_init_*``; all wiring is in
``_connect_signals``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QWidget,
)

from editor.core.checks import Issue, Severity
from editor.core.errors import EditorError, TagMismatchError
from editor.core.model import SegmentStatus
from editor.core.text import counted
from editor.ui import window_state
from editor.ui.dock_share import DockShare
from editor.ui.effort_filter import EffortFilter
from editor.ui.models.segments import SEGMENT_ROLE
from editor.ui.review_mode import ReviewMode
from editor.ui.session import Session
from editor.ui.theme import icon
from editor.ui.widgets.check_settings import CheckSettingsDialog
from editor.ui.widgets.export_dialog import ExportDialog, TagMismatchAnswer, ask_about_tags, run_export
from editor.ui.widgets.find_replace import FindReplaceDialog
from editor.ui.widgets.issues_panel import IssuesPanel
from editor.ui.widgets.metrics_panel import MetricsPanel
from editor.ui.widgets.segment_editor import SegmentEditor
from editor.ui.widgets.segment_table import SegmentTable
from editor.ui.workers import BackgroundJob


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class MainWindow(ReviewMode, QMainWindow):
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
        self.effort_filter.watch_shortcuts(self.actions())
        self._init_status()
        self._connect_signals()
        self._restore_state()
        window_state.remember(self.settings, str(session.path))
        self.dock_share = DockShare(self, [self.issues_dock, self.metrics_dock])
        self.compute_metrics()

    # -- construction ------------------------------------------------------------------

    def _init_table(self) -> None:
        self.segments = SegmentTable(self.session)
        # The table's parts, by their old names (tests and benchmarks reach for them).
        self.table, self.model, self.proxy = self.segments.view, self.segments.model, self.segments.proxy
        self.filter_mode, self.search = self.segments.filter_mode, self.segments.search

    def _init_editor(self) -> None:
        self.editor = SegmentEditor()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.segments)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 500])
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

    def add_dock(self, title: str, widget: QWidget, name: str) -> QDockWidget:
        """Add a panel as a dock (its position is remembered); for metrics and review panes."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(_scrolled(widget))  # a small window may make the dock smaller than it
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
        self.next_issue_action = self._action("Next &issue", "F8", lambda: self.next_issue(1), "issue")
        self.previous_issue_action = self._action("Previous i&ssue", "Shift+F8", lambda: self.next_issue(-1))
        self.fix_action = self._action("Apply &quick fix", "Ctrl+.", self.quick_fix, "fix")
        self.revert_action = self._action("&Revert to MT", "Ctrl+Shift+R", self.revert_to_mt, "revert")
        self.find_action = self._action("&Find and replace…", "Ctrl+H", self.find_replace, "find")
        self.search_action = self._action("&Search segments", "Ctrl+F", self.segments.focus_search)
        # Enter (or Escape) in the search box goes back to the target of the segment found.
        self.back_to_target = QShortcut(QKeySequence("Escape"), self.search, self.editor.target.setFocus)
        self.back_to_target.setContext(Qt.ShortcutContext.WidgetShortcut)
        # Not Ctrl+Shift+Z: the target editor takes that as Redo.
        self.undo_replace_action = self._action("Undo last replace", "Ctrl+Alt+Z", self.undo_replace)
        self.recheck_action = self._action("Check the whole document", "Ctrl+Shift+C", self.check_all)
        self.check_settings_action = self._action("Check &settings…", None, self.edit_check_settings)

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
        edit_menu.addActions(
            [self.search_action, self.find_action, self.undo_replace_action, self.revert_action]
        )
        segment_menu = bar.addMenu("&Segment")
        segment_menu.addActions(
            [
                self.confirm_action,
                self.next_action,
                self.previous_action,
                self.next_issue_action,
                self.previous_issue_action,
                self.fix_action,
                self.recheck_action,
                self.check_settings_action,
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
            "Post-editing effort so far: document HTER and chrF (MT -> target) and the segments "
            "whose target differs from the MT"
        )
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.metrics_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._update_counts()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.targetEdited.connect(self._target_edited)
        self.editor.target.fixRequested.connect(self.apply_fix)
        self.editor.target.ignoreRequested.connect(self.ignore_issue)
        self.editor.target.hint.connect(lambda message: self.statusBar().showMessage(message, 5000))
        self.issues_panel.issueActivated.connect(self.go_to_issue)
        self.issues_panel.ignoreRequested.connect(self.ignore_issue)
        self.session.saveStateChanged.connect(self._save_state_changed)
        self.session.segmentChanged.connect(self._segment_changed)
        self.session.issuesReset.connect(self._issues_reset)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.search.returnPressed.connect(self.editor.target.setFocus)
        self.session.metricsChanged.connect(self._metrics_changed)
        self.metrics_panel.chart.segmentActivated.connect(self.go_to_segment)
        self.session.reviewChanged.connect(self._review_changed)
        self.score_panel.segmentActivated.connect(self.go_to_segment)
        self.score_dock.visibilityChanged.connect(self._score_shown)
        self.review_panel.annotateRequested.connect(self.annotate_selection)
        self.review_panel.annotationSelected.connect(self._annotation_selected)
        self.review_panel.relabelRequested.connect(self.relabel_annotation)
        self.review_panel.acted.connect(lambda message: self.statusBar().showMessage(message, 5000))
        self.review_mode_action.toggled.connect(self._review_mode_toggled)
        self.review_panel.rater.editingFinished.connect(
            lambda: self.settings.setValue("review/rater", self.session.rater)
        )

    # -- navigation --------------------------------------------------------------------

    def current_segment_id(self) -> int | None:
        return self.segments.current_segment_id()

    def go_to_segment(self, segment_id: int) -> bool:
        return self.segments.go_to_segment(segment_id)

    def step(self, step: int) -> None:
        if self.segments.step(step):
            self.editor.target.setFocus()

    def confirm_and_next(self) -> None:
        current = self.current_segment_id()
        if current is None:
            return
        self.session.set_status(current, SegmentStatus.CONFIRMED)
        following = self.segments.following(
            lambda s: s.status in (SegmentStatus.NEW, SegmentStatus.DRAFT), after=current
        )
        if following is not None:
            self.go_to_segment(following)
        self.editor.target.setFocus()

    def next_issue(self, step: int = 1) -> None:
        """F8 (Shift+F8: ``step`` -1): the next issue after the caret, in this segment first."""
        current = self.current_segment_id()
        on_current = self.editor.segment is not None and self.editor.segment.id == current
        issue = self.editor.issue_from_caret(step) if on_current else None
        if issue is None:
            following = self.segments.following(lambda s: bool(self.session.issues_of(s.id)), step=step)
            if following is None:
                self.statusBar().showMessage("No issues", 3000)
                return
            ordered = self.editor.ordered_issues() if self.go_to_segment(following) else []
            if not ordered:
                return
            issue = ordered[0] if step > 0 else ordered[-1]
        self.editor.select_issue(issue)
        self.editor.target.setFocus()
        self.statusBar().showMessage(issue.message, 5000)

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
            keys = self.undo_replace_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.statusBar().showMessage(f"Replaced in {counted(count, 'segment')} ({keys} undoes it)", 6000)

    def undo_replace(self) -> None:
        count = self.session.undo_batch()
        self.statusBar().showMessage(
            f"Undid the replace in {counted(count, 'segment')}" if count else "Nothing to undo", 4000
        )

    def _target_edited(self, segment_id: int, text: str) -> None:
        self.session.set_target(segment_id, text)

    # -- checking, files ---------------------------------------------------------------

    def check_all(self) -> None:
        """Check every segment in the background (progress, cancel); the window stays live."""
        if self.check_job is not None and self.check_job.running:
            return
        self.session.edited_during_check.clear()
        self.session.flush()  # a big document is checked from its file: everything on disk first
        self.check_job = BackgroundJob(
            "Checking the document…", self.session.full_check, self, dialog=len(self.session.document) > 2000
        )
        self.check_job.done.connect(self._checked)
        self.check_job.failed.connect(lambda exc: self._show_error("Checking failed", exc))
        self.check_job.cancelled.connect(lambda: self.statusBar().showMessage("Check cancelled", 4000))
        self.check_job.start()

    def edit_check_settings(self) -> None:
        """Checks on or off, their severities, ignored issues shown again; a change of settings
        checks the document again in the background."""
        dialog = CheckSettingsDialog(self.session.context.settings, self.session.ignored_issues(), self)
        if not dialog.exec():
            return
        restored = dialog.restored()
        if self.session.change_check_settings(dialog.settings(), restored):
            if self.check_job is not None and self.check_job.running:
                self.check_job.cancel()  # its result follows the old settings
                self.check_job.wait()
            self.check_all()
            self.statusBar().showMessage("Check settings saved; checking the document again", 5000)
        elif restored:
            self.statusBar().showMessage(f"{counted(len(restored), 'ignored issue')} shown again", 5000)

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
        dialog = ExportDialog.for_session(self.session, self)
        if dialog.exec():
            self.export_to(*dialog.chosen())

    def export_to(self, name: str, path: Path, *, force: bool = False) -> BackgroundJob:
        """Export in the background (written atomically: a failure leaves no half file)."""
        self.session.flush()
        self._export_job = run_export(self.session, name, path, self, force=force)
        self._export_job.done.connect(lambda _: self.statusBar().showMessage(f"Exported {path}", 6000))
        self._export_job.failed.connect(lambda exc: self._export_failed(name, path, exc))
        return self._export_job

    def _export_failed(self, name: str, path: Path, exc: object) -> None:
        if not isinstance(exc, TagMismatchError):
            self._show_error("Export failed", exc)
            return
        answer, segment_id = ask_about_tags(exc, self)
        if answer is TagMismatchAnswer.EXPORT:
            self.export_to(name, path, force=True)
        elif answer is TagMismatchAnswer.SHOW and self.go_to_segment(segment_id):
            self.editor.target.setFocus()

    def _show_error(self, title: str, exc: object) -> None:
        message = str(exc) if isinstance(exc, EditorError) else f"{type(exc).__name__}: {exc}"
        QMessageBox.critical(self, title, message)

    # -- reactions ---------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.session.flush()  # leaving a segment saves it
        segment_id = current.data(SEGMENT_ROLE) if current.isValid() else None
        self.editor.setEnabled(segment_id is not None)  # a filter that lists nothing: no typing
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
        figures = self.metrics_panel.show_changes(self.session, segment_ids, self.current_segment_id())
        if figures is not None:
            self.metrics_label.setText(
                f"HTER {figures.hter:.1f} · chrF {figures.chrf:.1f} · "
                f"{figures.edited_segments}/{figures.segments} segments edited"
            )

    def _show_segment_metrics(self, segment_id: int) -> None:
        self.metrics_panel.show_current(self.session, segment_id)

    def _save_state_changed(self, saved: bool) -> None:
        self.saved_label.setText("All changes saved" if saved else "Saving…")

    def _update_counts(self) -> None:
        counts = self.session.severity_counts
        self.counts_label.setText(
            f"{counted(len(self.session.document), 'segment')} · {self.session.confirmed} confirmed · "
            f"{counted(counts[Severity.ERROR], 'error')} · {counted(counts[Severity.WARNING], 'warning')} · "
            f"{counts[Severity.INFO]} info"
        )

    # -- state -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        window_state.restore(self, self.settings, self.splitter, self.issues_dock)
        self.review_mode_action.setChecked(not self.review_dock.isHidden())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in window_state.recent(self.settings):
            if path == str(self.session.path):
                continue  # the project open here
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.openRequested.emit(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction("No other recent projects").setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        for job in (self.check_job, self.metrics_job):
            if job is not None and job.running:
                job.cancel()
                job.wait()
        self.session.effort.leave()
        self.session.flush()
        window_state.save(self, self.settings, self.splitter)
        super().closeEvent(event)

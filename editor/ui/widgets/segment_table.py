"""The segment table with its filter bar and search box, and moving through it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import all_checks
from editor.core.model import Segment
from editor.ui.delegates import PADDING, SegmentTextDelegate
from editor.ui.models.segments import SEGMENT_ROLE, SegmentFilter, SegmentTableModel
from editor.ui.session import Session

ROW_LINES = 3  # every table row shows up to this many lines of text


class SegmentTable(QWidget):
    """The filter bar ("Show", search) above a QTableView over the document's segments."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = SegmentTableModel(session, self)
        self.proxy = SegmentFilter(session, self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("segmentTable")
        self.view.setModel(self.proxy)
        for column in (SegmentTableModel.SOURCE, SegmentTableModel.TARGET):
            self.view.setItemDelegateForColumn(column, SegmentTextDelegate(self.view))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().lineSpacing() * ROW_LINES + 2 * PADDING + 4)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SegmentTableModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SegmentTableModel.TARGET, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (SegmentTableModel.ID, 40),
            (SegmentTableModel.STATUS, 76),
            (SegmentTableModel.ISSUES, 60),
            (SegmentTableModel.EDIT, 60),
        ):
            self.view.setColumnWidth(column, width)
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
        self.filter_mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_mode.setMinimumContentsLength(14)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search source and target…")
        self.search.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        show = QLabel("Sho&w")  # Alt+W (Alt+S opens the Segment menu)
        show.setBuddy(self.filter_mode)
        bar.addWidget(show)
        bar.addWidget(self.filter_mode)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self._leaving: set[int] = set()  # segments kept while current, to re-filter
        self.filter_mode.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self._search_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def focus_search(self) -> None:
        """Ctrl+F: the caret in the search box, its text selected (typing replaces it)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_segment_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(SEGMENT_ROLE) if index.isValid() else None

    def go_to_segment(self, segment_id: int) -> bool:
        source_index = self.model.index(self.model.row_of(segment_id), SegmentTableModel.TARGET)
        index = self.proxy.mapFromSource(source_index)
        if not index.isValid():  # hidden by the filter: show everything
            self.filter_mode.setCurrentIndex(0)
            self.search.clear()
            index = self.proxy.mapFromSource(source_index)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(self.view.currentIndex())
        return index.isValid()

    def step(self, step: int) -> bool:
        """Move ``step`` rows (as filtered); False at either end."""
        row = self.view.currentIndex().row() + step
        if not 0 <= row < self.proxy.rowCount():
            return False
        self.view.setCurrentIndex(self.proxy.index(row, SegmentTableModel.TARGET))
        self.view.scrollTo(self.view.currentIndex())
        return True

    def following(
        self, wanted: Callable[[Segment], bool], after: int | None = None, step: int = 1
    ) -> int | None:
        """The first segment after ``after`` (default: the current one; before it for ``step``
        -1), wrapping, for which ``wanted(segment)``: one the filter shows if any, else any."""
        document = self.session.document
        if after is None:
            after = self.current_segment_id()
        segments = document.segments
        count = len(segments)
        if step > 0:
            start = document.row(after) + 1 if after is not None else 0
            order = [*range(start, count), *range(start)]
        else:
            start = document.row(after) - 1 if after is not None else count - 1
            order = [*range(start, -1, -1), *range(count - 1, start, -1)]
        if self.proxy.active:
            for row in order:
                if self.proxy.matches(segments[row]) and wanted(segments[row]):
                    return segments[row].id
        return next((segments[row].id for row in order if wanted(segments[row])), None)

    def _current_changed(self) -> None:
        """Keep the new current segment in the list; the one left is filtered again."""
        left = self.proxy.keep(self.current_segment_id())
        if left is not None and left != self.proxy.kept:
            self._leaving.add(left)
            # Later, not in this signal: other slots still hold the current row's index.
            QTimer.singleShot(0, self, self._refilter)

    def _refilter(self) -> None:
        leaving, self._leaving = self._leaving - {self.proxy.kept}, set()
        for segment_id in leaving:
            self.model.refresh(segment_id)
        if leaving:
            self.view.scrollTo(self.view.currentIndex())

    def _filter_changed(self) -> None:
        mode, check = self.filter_mode.currentData()
        self.proxy.set_mode(mode, check)
        self._filtered()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._filtered()

    def _filtered(self) -> None:
        """After a new filter: keep the current row (if it still shows) and show it."""
        self._leaving.clear()
        self.proxy.keep(self.current_segment_id())
        current = self.view.currentIndex()
        if not current.isValid() and self.proxy.rowCount():
            # A filter that had hidden every row lists some again: the first is the one edited
            # (the editor must never hold a segment the list does not show as current).
            self.view.setCurrentIndex(self.proxy.index(0, SegmentTableModel.TARGET))
        elif current.isValid():
            self.view.executeDelayedItemsLayout()  # the scroll range of the rows now shown
            self.view.scrollTo(current, QTableView.ScrollHint.PositionAtCenter)

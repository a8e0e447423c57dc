"""The segment table with its filter bar and search box, and moving through it."""

from __future__ import annotations

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
from editor.ui.delegates import PADDING, SegmentTextDelegate
from editor.ui.models.segments import SEGMENT_ROLE, SegmentFilter, SegmentTableModel
from editor.ui.session import Session

ROW_LINES = 3  # every table row shows up to this many lines of text


class SegmentTable(QWidget):
    """The filter bar ("Show", search) above a QTableView over the document's segments."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            (SegmentTableModel.ID, 44),
            (SegmentTableModel.STATUS, 80),
            (SegmentTableModel.ISSUES, 60),
            (SegmentTableModel.EDIT, 64),
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
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search source and target…")
        self.search.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel("Show"))
        bar.addWidget(self.filter_mode)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.filter_mode.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self.proxy.set_search)

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
        self.view.scrollTo(index)
        return index.isValid()

    def step(self, step: int) -> bool:
        """Move ``step`` rows (as filtered); False at either end."""
        row = self.view.currentIndex().row() + step
        if not 0 <= row < self.proxy.rowCount():
            return False
        index = self.proxy.index(row, SegmentTableModel.TARGET)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _filter_changed(self) -> None:
        mode, check = self.filter_mode.currentData()
        self.proxy.set_mode(mode, check)

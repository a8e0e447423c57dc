"""The issues dock: every issue of the document, sortable, filterable, one double-click away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import Issue, Severity, all_checks
from editor.ui.models.issues import ISSUE_ROLE, IssueFilter, IssueListModel, describe
from editor.ui.session import Session

# Below this width the list shows only the segment and the message (all five columns at their
# widths would leave the message less than half of the list).
NARROW_LIST = 720
COLUMN_WIDTHS = {
    IssueListModel.SEGMENT: 60,  # the number and a square of the severity's colour
    IssueListModel.SEVERITY: 72,
    IssueListModel.CHECK: 100,
    IssueListModel.TEXT: 90,
}


class IssuesPanel(QWidget):
    issueActivated = Signal(object)  # Issue: jump to it
    ignoreRequested = Signal(object)  # Issue

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IssueListModel(session, self)
        self.proxy = IssueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(IssueListModel.SEGMENT, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(IssueListModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        # Narrow enough that the message keeps most of the list; the user may widen any of them.
        for column, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(column, width)
        self._single_row = self.view.verticalHeader().defaultSectionSize()
        self._narrow: bool | None = None
        self.view.viewport().installEventFilter(self)
        # The selected issue in full (a long message in a narrow list shows in part).
        self.details = QLabel()
        self.details.setObjectName("issueDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.details.hide()
        self.check_filter = QComboBox()
        self.check_filter.addItem("All checks", "")
        for check in all_checks():
            self.check_filter.addItem(check.name, check.id)
        self.severity_filter = QComboBox()
        self.severity_filter.addItem("All severities", "")
        for severity in Severity:
            self.severity_filter.addItem(severity.value.capitalize(), severity.value)
        for box in (self.check_filter, self.severity_filter):  # the dock may be narrow
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.setMinimumWidth(64)
        self.ignore_button = QPushButton("Ignore")
        self.ignore_button.setToolTip("Dismiss the selected issue for good (kept in the project)")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.check_filter, 2)
        bar.addWidget(self.severity_filter, 1)
        bar.addWidget(self.ignore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.details)
        self.check_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_check(self.check_filter.currentData())
        )
        self.severity_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_severity(self.severity_filter.currentData())
        )
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.ignore_button.clicked.connect(self._ignore_selected)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsRemoved):
            signal.connect(lambda *_: self._show_details(self.view.currentIndex()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """A narrow list shows the segment (with its severity's colour) and the message, on
        two lines; the severity, check and flagged text are in the tooltip and the details."""
        narrow = self.view.viewport().width() < NARROW_LIST
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for column in (IssueListModel.SEVERITY, IssueListModel.CHECK, IssueListModel.TEXT):
            self.view.setColumnHidden(column, narrow)
        lines = 2 if narrow else 1
        row = max(self._single_row, lines * self.view.fontMetrics().lineSpacing() + 8)
        self.view.verticalHeader().setDefaultSectionSize(row)

    def _show_details(self, index: QModelIndex) -> None:
        issue = index.siblingAtColumn(0).data(ISSUE_ROLE) if index.isValid() else None
        self.details.setVisible(issue is not None)
        self.details.setText(describe(issue) if issue is not None else "")

    def selected_issue(self) -> Issue | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ISSUE_ROLE) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        issue = index.siblingAtColumn(0).data(ISSUE_ROLE)
        if issue is not None:
            self.issueActivated.emit(issue)

    def _ignore_selected(self) -> None:
        issue = self.selected_issue()
        if issue is not None:
            self.ignoreRequested.emit(issue)

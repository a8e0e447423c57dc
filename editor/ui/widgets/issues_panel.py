"""The issues dock: every issue of the document, sortable, filterable, one double-click away."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import Issue, Severity, all_checks
from editor.ui.models.issues import ISSUE_ROLE, IssueFilter, IssueListModel
from editor.ui.session import Session


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
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(IssueListModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        # Narrow enough that the message shows in a dock of the default width (the text is in
        # the editor; a tooltip gives the whole message); the user may widen any of them.
        for column, width in ((0, 44), (1, 72), (2, 100), (3, 90)):
            self.view.setColumnWidth(column, width)
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
        self.check_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_check(self.check_filter.currentData())
        )
        self.severity_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_severity(self.severity_filter.currentData())
        )
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.ignore_button.clicked.connect(self._ignore_selected)

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

"""The issues list: every issue of the document, one row each, sortable and filterable."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from editor.core.checks import Issue, get_check
from editor.ui.session import Session
from editor.ui.theme import SEVERITY_COLOURS

Index = QModelIndex | QPersistentModelIndex
ISSUE_ROLE = Qt.ItemDataRole.UserRole + 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 11


class IssueListModel(QAbstractTableModel):
    """Columns: segment, severity, check, text, message. Rebuilt when issues change."""

    SEGMENT, SEVERITY, CHECK, TEXT, MESSAGE = range(5)
    HEADERS = ("Seg.", "Severity", "Check", "Text", "Message")

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[Issue] = []
        self._keys: list[int] = []
        session.issuesReset.connect(self.rebuild)
        session.segmentChanged.connect(self._segment_changed)
        self.rebuild()

    def rebuild(self) -> None:
        self.beginResetModel()
        document = self._session.document
        self._rows = [i for seg in document for i in self._session.issues_of(seg.id)]
        self._keys = [document.row(i.segment) for i in self._rows]  # sorted: for bisect
        self.endResetModel()

    def _segment_changed(self, segment_id: int) -> None:
        # Replace this segment's rows in place: per-edit work is per segment (two bisections).
        row = self._session.document.row(segment_id)
        first, last = bisect_left(self._keys, row), bisect_right(self._keys, row)
        if last > first:
            self.beginRemoveRows(QModelIndex(), first, last - 1)
            del self._rows[first:last], self._keys[first:last]
            self.endRemoveRows()
        new = self._session.issues_of(segment_id)
        if new:
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows[first:first] = new
            self._keys[first:first] = [row] * len(new)
            self.endInsertRows()

    def issue(self, row: int) -> Issue:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        issue = self._rows[index.row()]
        column = index.column()
        if role == ISSUE_ROLE:
            return issue
        if role == SORT_ROLE:
            if column == self.SEGMENT:
                return issue.segment * 100_000 + issue.start
            if column == self.SEVERITY:
                return -issue.severity.rank
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return (str(issue.segment), issue.severity.value, issue.check, issue.text, issue.message)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return SEVERITY_COLOURS[issue.severity]
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEGMENT:
            return SEVERITY_COLOURS[issue.severity]  # a square of its colour: the severity at a glance
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(issue)
        return None


def describe(issue: Issue) -> str:
    """Everything the list says of an issue, in full: for its tooltip and the details line
    (a narrow list shows only the segment and the message)."""
    try:
        name = get_check(issue.check).name
    except KeyError:  # a check of another version, in an old project
        name = issue.check
    where = " in the source" if issue.side == "source" else ""
    fix = f"\nFix: “{issue.suggestion}”" if issue.suggestion else ("\nFix: delete it" if issue.fix else "")
    return (
        f"{issue.severity.value.capitalize()} · {name} · segment {issue.segment} · "
        f"“{issue.text}”{where}\n{issue.message}{fix}"
    )


class IssueFilter(QSortFilterProxyModel):
    """Filter the issues list by check and by severity."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = ""
        self._severity = ""
        self.setSortRole(SORT_ROLE)

    def set_check(self, check: str) -> None:
        self.beginFilterChange()
        self._check = check
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_severity(self, severity: str) -> None:
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, IssueListModel)
        issue = model.issue(source_row)
        return (not self._check or issue.check == self._check) and (
            not self._severity or issue.severity.value == self._severity
        )

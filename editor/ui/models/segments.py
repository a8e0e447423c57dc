"""The segment table: one row per segment, read straight from the core document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from rapidfuzz.distance import Levenshtein

from editor.core.model import Segment, SegmentStatus
from editor.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
ISSUES_ROLE = Qt.ItemDataRole.UserRole + 1  # the segment's issues (list[Issue])
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 2  # the segment id


class SegmentTableModel(QAbstractTableModel):
    """Columns: #, source, target, status, issues, edit ratio. Rows follow document order."""

    ID, SOURCE, TARGET, STATUS, ISSUES, EDIT = range(6)
    HEADERS = ("#", "Source", "Target", "Status", "Issues", "Edit %")

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        session.segmentChanged.connect(self._segment_changed)
        session.issuesReset.connect(self._all_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._session.document)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._session.document):
            return None
        segment = self._session.document.segments[index.row()]
        column = index.column()
        if role == SEGMENT_ROLE:
            return segment.id
        if role == ISSUES_ROLE:
            return self._session.issues_of(segment.id) if column == self.TARGET else []
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ID:
                return str(segment.id)
            if column == self.SOURCE:
                return segment.source
            if column == self.TARGET:
                return segment.target
            if column == self.STATUS:
                return segment.status.label
            if column == self.ISSUES:
                count = len(self._session.issues_of(segment.id))
                return str(count) if count else ""
            if column == self.EDIT:
                return f"{edit_ratio(segment.mt, segment.target):.0%}" if segment.edited else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ISSUES:
            return "\n".join(f"{i.severity.value}: {i.message}" for i in self._session.issues_of(segment.id))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ID, self.ISSUES, self.EDIT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None

    def row_of(self, segment_id: int) -> int:
        return self._session.document.row(segment_id)

    def refresh(self, segment_id: int) -> None:
        """Tell the views (and a filter) that the segment's row may have changed."""
        row = self.row_of(segment_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _segment_changed(self, segment_id: int) -> None:
        self.refresh(segment_id)

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


def edit_ratio(mt: str, target: str) -> float:
    """Normalised character edit distance MT -> target (0 unchanged, 1 rewritten)."""
    return Levenshtein.normalized_distance(mt, target)


class SegmentFilter(QSortFilterProxyModel):
    """The filter bar: all, with issues, by check, unconfirmed, edited; plus a search text.

    The segment being edited is *kept*: it stays in the list while it is current even when an
    edit makes it stop matching (fixing its last issue, typing away the searched word), so the
    editor never jumps to another segment under the translator's fingers. The table re-filters
    it once the translator moves on. Changing the filter itself filters every row."""

    ALL, WITH_ISSUES, UNCONFIRMED, EDITED, CHECK = "all", "issues", "unconfirmed", "edited", "check"

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._mode = self.ALL
        self._check = ""
        self._search = ""
        self.kept: int | None = None  # a segment shown whatever the filter says

    @property
    def active(self) -> bool:
        """Whether some segments may be hidden."""
        return self._mode != self.ALL or bool(self._search)

    def keep(self, segment_id: int | None) -> int | None:
        """Keep ``segment_id`` in the list (it must be shown already); returns the segment kept
        before, which the caller re-filters (once it is no longer current)."""
        previous, self.kept = self.kept, segment_id
        return previous

    def set_mode(self, mode: str, check: str = "") -> None:
        self.beginFilterChange()
        self._mode, self._check = mode, check
        self.kept = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.casefold()
        self.kept = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        segment = self._session.document.segments[source_row]
        return segment.id == self.kept or self.matches(segment)

    def matches(self, segment: Segment) -> bool:
        """The filter's verdict on ``segment`` (whether or not it is kept)."""
        mode = self._mode
        if mode == self.WITH_ISSUES and not self._session.issues_of(segment.id):
            return False
        if mode == self.UNCONFIRMED and segment.status in (SegmentStatus.CONFIRMED, SegmentStatus.REVIEWED):
            return False
        if mode == self.EDITED and not segment.edited:
            return False
        if mode == self.CHECK and not any(
            i.check == self._check for i in self._session.issues_of(segment.id)
        ):
            return False
        if self._search:
            return self._search in segment.source.casefold() or self._search in segment.target.casefold()
        return True

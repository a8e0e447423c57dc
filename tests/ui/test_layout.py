"""The window on smaller screens: the docks give way, the segment text and the target editor
keep a usable share, and the Issues list shows its messages at the default size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.ui.models.issues import IssueListModel
from editor.ui.models.segments import SegmentTableModel


def _resized(window, qtbot, width: int, height: int):
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width and window.size().height() == height)
    qtbot.wait(50)  # the docks and splitter follow
    return window


def test_the_issues_message_shows_at_the_default_size(window, qtbot):
    view = window.issues_panel.view
    qtbot.wait(50)
    assert window.size().width() == 1360
    assert view.columnViewportPosition(IssueListModel.MESSAGE) + 100 <= view.viewport().width()


def test_at_800_by_600_the_segment_text_keeps_its_room(window, qtbot):
    _resized(window, qtbot, 800, 600)  # the window could not be made smaller than 746 x 688
    assert window.issues_dock.minimumSizeHint().width() <= 240
    assert window.issues_dock.width() <= 0.4 * 800
    for column in (SegmentTableModel.SOURCE, SegmentTableModel.TARGET):
        assert window.table.columnWidth(column) >= 90  # was 47
    line = window.editor.target.fontMetrics().lineSpacing()
    assert window.editor.target.height() >= 3 * line


def test_at_1024_by_700_the_target_editor_has_the_biggest_share(window, qtbot):
    _resized(window, qtbot, 1024, 700)
    editor = window.editor
    line = editor.target.fontMetrics().lineSpacing()
    assert editor.target.height() >= 5 * line  # was about three lines
    assert editor.target.height() > 1.5 * max(editor.source.height(), editor.mt.height())
    assert window.segments.height() >= 4 * window.table.verticalHeader().defaultSectionSize()


def _message(view, row: int) -> str:
    return view.model().index(row, IssueListModel.MESSAGE).data()


@pytest.mark.parametrize("size", [(800, 600), (640, 480), (1600, 1000)])
def test_the_issues_messages_can_be_read(window, qtbot, size):
    """The message column is on screen, wide enough to read, its text wrapped in the row;
    the selected issue's message shows in full under the list (the keyboard way to read a
    long one)."""
    _resized(window, qtbot, *size)
    view = window.issues_panel.view
    start = view.columnViewportPosition(IssueListModel.MESSAGE)
    width = view.columnWidth(IssueListModel.MESSAGE)
    assert 0 <= start and start + width <= view.viewport().width()  # no sideways scrolling to it
    assert width >= 0.55 * view.viewport().width()
    metrics = view.fontMetrics()
    lines = view.rowHeight(0) // metrics.lineSpacing()
    assert lines >= 2 or width >= max(metrics.horizontalAdvance(_message(view, r)) for r in range(3))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    row = view.currentIndex().row()
    details = window.issues_panel.details
    assert details.isVisible() and _message(view, row) in details.text()
    assert details.width() <= view.width() + 20 and details.wordWrap()


def test_a_shrunk_dock_grows_back_with_the_window(window, qtbot):
    default = window.issues_dock.width()
    _resized(window, qtbot, 640, 480)
    assert window.issues_dock.width() <= 0.4 * 640
    _resized(window, qtbot, 1600, 1000)
    assert window.issues_dock.width() >= default - 10

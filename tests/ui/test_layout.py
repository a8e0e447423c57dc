"""The window on smaller screens: the docks give way, the segment text and the target editor
keep a usable share, and the Issues list shows its messages at the default size."""

from __future__ import annotations

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

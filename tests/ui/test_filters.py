"""The filter bar while editing: the segment being edited stays current and shown; keystrokes
never go to a segment the translator did not choose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core.model import SegmentStatus
from editor.ui.models.segments import SEGMENT_ROLE
from editor.ui.text_offsets import to_qt

CTRL = Qt.KeyboardModifier.ControlModifier
WITH_ISSUES, UNCONFIRMED, EDITED = 1, 2, 3  # rows of the "Show" box


def type_text(widget, text: str) -> None:
    """Type character by character (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def select(editor, start: int, end: int) -> None:
    plain = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(to_qt(plain, start))
    cursor.setPosition(to_qt(plain, end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def shown(window) -> list[int]:
    return [window.proxy.index(r, 0).data(SEGMENT_ROLE) for r in range(window.proxy.rowCount())]


def test_fixing_the_last_issue_keeps_the_segment_under_with_issues(window, qtbot):
    """s03: the fix removed segment 8 from the list and the typing went into segment 11."""
    window.filter_mode.setCurrentIndex(WITH_ISSUES)
    window.go_to_segment(8)
    editor = window.editor.target
    editor.setFocus()
    plain = editor.toPlainText()
    at = plain.index("Kommission .") + len("Kommission")
    select(editor, at, at)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert not window.session.issues_of(8)
    assert window.current_segment_id() == 8 and window.editor.segment.id == 8
    assert 8 in shown(window)
    type_text(editor, "XYZ")
    assert "XYZ" in window.session.document[8].target
    assert not any("XYZ" in s.target for s in window.session.document if s.id != 8)
    qtbot.keyClick(editor, Qt.Key.Key_Down, CTRL)  # moving on filters it out
    assert window.current_segment_id() == 11
    qtbot.waitUntil(lambda: 8 not in shown(window))
    assert window.current_segment_id() == 11 and window.editor.segment.id == 11


def test_typing_away_the_searched_word_keeps_the_segment(window, qtbot):
    """s13: editing 'Kommission' moved the editor to segment 18 and saved the typing there."""
    window.search.setText("Kommission")
    assert shown(window)[:2] == [8, 18]
    window.table.setCurrentIndex(window.proxy.index(0, 2))
    editor = window.editor.target
    editor.setFocus()
    at = editor.toPlainText().index("Kommission")
    select(editor, at, at + len("Kommission"))
    type_text(editor, "Brüssel hat")
    assert window.current_segment_id() == 8 and window.editor.segment.id == 8
    assert "Brüssel hat" in window.session.document[8].target
    assert [s.id for s in window.session.document if "Brüssel" in s.target] == [8]


def test_revert_to_mt_under_edited_can_be_undone(window, qtbot):
    editor = window.editor.target
    window.go_to_segment(10)
    select(editor, 0, 0)
    type_text(editor, "Neu: ")
    window.filter_mode.setCurrentIndex(EDITED)
    assert shown(window) == [10] and window.current_segment_id() == 10
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not window.session.document[10].edited
    assert window.current_segment_id() == 10 and window.editor.segment.id == 10
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert window.session.document[10].target.startswith("Neu: ")


def test_confirm_under_unconfirmed_goes_to_the_next_unconfirmed(window, qtbot):
    """s23: Ctrl+Enter went 1 → 3 → 5 → 7 with the "Unconfirmed" filter."""
    window.filter_mode.setCurrentIndex(UNCONFIRMED)
    window.table.setCurrentIndex(window.proxy.index(0, 2))
    editor = window.editor.target
    visited = [window.current_segment_id()]
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
        visited.append(window.current_segment_id())
    assert visited == [1, 2, 3, 4]
    confirmed = [s.id for s in window.session.document if s.status is SegmentStatus.CONFIRMED]
    assert confirmed == [1, 2, 3]
    qtbot.waitUntil(lambda: shown(window)[0] == 4)  # the confirmed ones left the list


def test_confirm_stays_in_the_filtered_list(window, qtbot):
    window.filter_mode.setCurrentIndex(WITH_ISSUES)
    window.go_to_segment(2)
    qtbot.keyClick(window.editor.target, Qt.Key.Key_Return, CTRL)
    assert window.current_segment_id() == 7  # the next unconfirmed one with issues
    assert window.filter_mode.currentIndex() == WITH_ISSUES


def test_clearing_the_search_shows_the_current_row(window, qtbot):
    window.go_to_segment(30)
    window.search.setText("Kommission")
    qtbot.wait(50)  # the view lays out the six rows found
    window.search.clear()
    qtbot.wait(50)
    assert window.current_segment_id() == 30
    rect = window.table.visualRect(window.table.currentIndex())
    assert window.table.viewport().rect().intersects(rect)


def test_search_and_filter_from_the_keyboard(window, qtbot):
    """Ctrl+F puts the caret in the search box, Enter goes back to the target of the segment
    found (Escape too, search kept); Alt+W opens the "Show" filter."""
    window.go_to_segment(3)
    window.activateWindow()
    window.editor.target.setFocus()
    qtbot.waitUntil(window.editor.target.hasFocus)
    window.search.setText("xyzzy")
    assert window.proxy.rowCount() == 0
    assert not window.editor.isEnabled()  # no segment listed: none to type into
    qtbot.keyClick(window.editor.target, Qt.Key.Key_F, CTRL)
    assert window.search.hasFocus() and window.search.selectedText() == "xyzzy"
    type_text(window.search, "Kommission")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.editor.isEnabled() and window.editor.target.hasFocus()
    # The editor shows the segment the list has current: the first found (it was segment 3,
    # not listed, and Ctrl+Enter did nothing).
    assert window.editor.segment.id == window.current_segment_id() == shown(window)[0]
    assert "kommission" in window.session.document[window.editor.segment.id].target.casefold()
    qtbot.keyClick(window.editor.target, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.editor.target.hasFocus() and window.search.text() == "Kommission"
    qtbot.keyClick(window.editor.target, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert window.filter_mode.hasFocus()

"""Find and replace in the window: nothing is replaced unseen; the replace is undone by its own
shortcut, from the target editor too."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


def test_undo_replace_works_from_the_target_editor(window, qtbot):
    """s12b: Ctrl+Shift+Z, the documented shortcut, was Redo in the editor and never undid."""
    before = window.session.document[1].target
    window.session.apply_batch([(1, "X")])
    window.go_to_segment(3)
    editor = window.editor.target
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | ALT)
    assert window.session.document[1].target == before
    assert window.statusBar().currentMessage() == "Undid the replace in 1 segment"
    assert window.undo_replace_action.shortcut().toString() == "Ctrl+Alt+Z"


def test_ctrl_shift_z_stays_redo_in_the_editor(window, qtbot):
    window.session.apply_batch([(1, "X")])
    window.go_to_segment(3)
    editor = window.editor.target
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " neu")
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.session.document[3].target.endswith(" neu")  # redone
    assert window.session.document[1].target == "X"  # the replace stays

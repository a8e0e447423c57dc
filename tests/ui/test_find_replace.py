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


def test_enter_in_the_find_field_only_previews(window, qtbot):
    """s12: Enter applied the replace at once ("Replace" was the default button): 35 hits unseen,
    "Kinderschuhen" became "AInderschuhen"."""
    from editor.ui.widgets.find_replace import FindReplaceDialog

    before = [s.target for s in window.session.document]
    dialog = FindReplaceDialog(window.session.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.replace_edit_button.isEnabled()  # nothing previewed yet
    qtbot.keyClicks(dialog.find_edit, "KI")
    qtbot.keyClicks(dialog.replace_edit, "AI")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.result()
    labels = [dialog.preview.item(k).text() for k in range(dialog.preview.count())]
    assert labels and not any("inderschuhen" in label for label in labels)  # whole words only
    assert dialog.replace_edit_button.isEnabled()
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)  # Enter again: still a preview
    assert dialog.isVisible() and [s.target for s in window.session.document] == before
    dialog.whole_word.setChecked(False)  # the preview no longer shows what would change
    assert not dialog.replace_edit_button.isEnabled() and dialog.preview.count() == 0
    dialog.run_preview()
    assert dialog.preview.count() > len(labels)  # "Kinderschuhen" and friends
    qtbot.mouseClick(dialog.replace_edit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FindReplaceDialog.DialogCode.Accepted

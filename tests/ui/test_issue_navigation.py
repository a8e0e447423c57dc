"""F8 / Shift+F8: the next / previous issue from the caret, within the segment first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.ui.text_offsets import to_qt

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _visit(window, qtbot, times: int, modifier=Qt.KeyboardModifier.NoModifier) -> list[tuple[int, str]]:
    seen = []
    for _ in range(times):
        qtbot.keyClick(window.editor.target, Qt.Key.Key_F8, modifier)
        seen.append((window.current_segment_id(), window.editor.target.textCursor().selectedText()))
    return seen


def _caret(editor, offset: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(to_qt(editor.toPlainText(), offset))
    editor.setTextCursor(cursor)


def test_f8_visits_every_issue_of_the_segment_before_moving_on(window, qtbot):
    """s23: from the start of segment 2 (four issues) F8 went straight to segment 7."""
    window.go_to_segment(2)
    _caret(window.editor.target, 0)
    assert _visit(window, qtbot, 5) == [
        (2, "KI-Start-ups"),
        (2, "wurde Im"),
        (2, "MonatLaut"),
        (2, "Mistral-KI"),
        (7, "5ein"),
    ]
    assert _visit(window, qtbot, 3, SHIFT) == [(2, "Mistral-KI"), (2, "MonatLaut"), (2, "wurde Im")]


def test_f8_starts_from_the_caret(window, qtbot):
    window.go_to_segment(2)
    editor = window.editor.target
    _caret(editor, editor.toPlainText().index("vergangenen"))  # between "wurde Im" and "MonatLaut"
    assert _visit(window, qtbot, 1) == [(2, "MonatLaut")]
    _caret(editor, editor.toPlainText().index("vergangenen"))
    assert _visit(window, qtbot, 1, SHIFT) == [(2, "wurde Im")]
    assert "Previous issue" in [a.text().replace("&", "") for a in window.actions()]

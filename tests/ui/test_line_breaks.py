"""Return in the target never splits a segment; Shift+Return breaks a line only where the
source has a line break; pasted line breaks beyond the source's become spaces."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core.export import ExportSource, render
from editor.ui.widgets.segment_editor import SegmentEditor
from tests.factories import make_segment

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _at_end(editor: SegmentEditor) -> None:
    editor.target.setFocus()
    editor.target.moveCursor(QTextCursor.MoveOperation.End)


@pytest.mark.parametrize(
    ("key", "modifiers", "hinted"),
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, True),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, True),
        (Qt.Key.Key_Return, SHIFT, True),  # the source has no line break
        (Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier, False),
    ],
)
def test_return_leaves_a_segment_without_a_line_break_as_it_is(editor, qtbot, key, modifiers, hinted):
    editor.show_segment(make_segment("One sentence.", "Ein Satz."), [])
    _at_end(editor)
    hints: list[str] = []
    editor.target.hint.connect(hints.append)
    QTest.keyClick(editor.target, key, modifiers)
    assert editor.target.toPlainText() == "Ein Satz."
    assert bool(hints) == hinted


def test_shift_return_breaks_the_line_where_the_source_has_one(editor, qtbot):
    editor.show_segment(make_segment("First line\nsecond line.", "Erste Zeile zweite Zeile."), [])
    edited = []
    editor.targetEdited.connect(lambda _, text: edited.append(text))
    text = editor.target.toPlainText()
    cursor = editor.target.textCursor()
    cursor.setPosition(text.index(" zweite"))
    cursor.setPosition(text.index("zweite"), QTextCursor.MoveMode.KeepAnchor)
    editor.target.setTextCursor(cursor)
    editor.target.setFocus()
    QTest.keyClick(editor.target, Qt.Key.Key_Return, SHIFT)
    assert editor.target.toPlainText() == "Erste Zeile\nzweite Zeile."
    assert edited[-1] == "Erste Zeile\nzweite Zeile."
    with qtbot.waitSignal(editor.target.hint):  # the source has one; the target has it now
        QTest.keyClick(editor.target, Qt.Key.Key_Return, SHIFT)
    assert editor.target.toPlainText().count("\n") == 1


@pytest.mark.parametrize(
    ("source", "pasted", "expected"),
    [
        ("One sentence.", "neuer\nText", "Ein Satz. neuer Text"),
        ("One sentence.", "neuer\r\n\r\nText", "Ein Satz. neuer  Text"),
        ("One\nsentence.", "neuer\nText\nhier", "Ein Satz. neuer\nText hier"),
    ],
)
def test_pasted_line_breaks_fit_the_source(editor, source, pasted, expected):
    editor.show_segment(make_segment(source, "Ein Satz."), [])
    _at_end(editor)
    editor.target.insertPlainText(" ")
    data = QMimeData()
    data.setText(pasted)
    editor.target.insertFromMimeData(data)
    assert editor.target.toPlainText() == expected


def test_two_returns_in_the_window_keep_the_article_its_paragraphs(window, qtbot):
    """The tester's case: Return twice at the end of segment 3, then a sentence."""
    window.go_to_segment(3)
    _at_end(window.editor)
    for _ in range(2):
        QTest.keyClick(window.editor.target, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor.target, " Neuer Satz.")
    assert window.session.document[3].target.endswith("können. Neuer Satz.")
    assert "Return does not split a segment" in window.statusBar().currentMessage()
    text = render("txt", ExportSource(window.session.document)).decode()
    assert len(re.split(r"\n\s*\n", text.strip())) == 19

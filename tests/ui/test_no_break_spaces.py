"""No-break spaces survive editing: Qt's toPlainText() turns them into plain spaces, and the
editor must hand the text on as typed (French spacing, "10\u00a0km")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.factories import make_segment


@pytest.mark.parametrize(
    "target",
    [
        "Il a dit\u00a0: «\u00a0oui\u00a0».",
        "Es sind 10\u00a0km.",
        "Un espace fine\u202f!",
    ],
)
def test_an_edit_keeps_the_no_break_spaces(editor, qtbot, target):
    editor.show_segment(make_segment("Source text.", target), [])
    edited: list[str] = []
    editor.targetEdited.connect(lambda _, text: edited.append(text))
    editor.target.setFocus()
    editor.target.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor.target, "x")
    qtbot.waitUntil(lambda: bool(edited), timeout=3000)
    assert edited[-1] == target + "x"

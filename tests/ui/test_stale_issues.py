"""A background check's result that lands while the translator types: issues found on the old
text are never painted on the new one (no Qt warning, no highlight on the wrong words)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core.checks import check_segment
from editor.ui.text_offsets import plain_text

SEGMENT = 2  # "… MonatLaut …", "KI-Start-ups", "wurde Im": several target issues


def type_text(widget, text: str) -> None:
    """Type character by character (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def _held_check(session, monkeypatch):
    """The next full check reads the document, then waits for ``release`` before it reports."""
    read, release = threading.Event(), threading.Event()
    real = session.full_check

    def held(progress):
        result = real(progress)
        read.set()
        release.wait(20)
        return result

    monkeypatch.setattr(session, "full_check", held)
    return read, release


def _painted_spans(window) -> list[tuple[str, str]]:
    """(painted text, the issue's text) for every issue span the target editor paints."""
    text = window.editor.target.toPlainText()
    return [
        (text[start : start + length], issue.text)
        for start, length, issue in window.editor.highlighter._spans
    ]


@pytest.mark.parametrize("edit", ["prefix", "shorten"])
def test_a_check_result_older_than_the_text_is_not_painted_on_it(window, qtbot, qtlog, monkeypatch, edit):
    window.go_to_segment(SEGMENT)
    target = window.editor.target
    target.setFocus()
    read, release = _held_check(window.session, monkeypatch)
    window.check_all()
    assert read.wait(20)  # the pass has read the text as it was
    cursor = target.textCursor()
    if edit == "prefix":  # every span of the segment moves on by the prefix
        cursor.movePosition(QTextCursor.MoveOperation.Start)
    else:  # the text gets shorter than the old spans reach
        cursor.select(QTextCursor.SelectionType.Document)
    target.setTextCursor(cursor)
    type_text(target, "Neu: Kurz.")
    current = window.session.document[SEGMENT].target
    with qtbot.waitSignal(window.check_job.done, timeout=20000):
        release.set()
    # The result has landed; the table and the editor repaint the segment now.
    window.table.viewport().repaint()
    target.viewport().repaint()
    assert plain_text(target) == current
    session = window.session
    expected = check_segment(session.document[SEGMENT], session.context, session.ignored.get(SEGMENT, ()))
    assert session.issues_of(SEGMENT) == expected
    targets = [i for i in expected if i.side == "target"]
    assert targets and all(current[i.start : i.end] == i.text for i in targets)
    painted = _painted_spans(window)
    assert painted and all(text == flagged for text, flagged in painted)
    assert not [r for r in qtlog.records if "out of range" in r.message]


def test_the_editor_leaves_out_issues_found_on_other_text(editor, seed_document):
    """Issues delivered late (found before the last keystrokes) are neither painted nor offered
    to F8 or the quick fix; those still on their words are."""
    from editor.core.checks import build_context

    segment = seed_document[SEGMENT]
    found = check_segment(segment, build_context(seed_document))
    editor.show_segment(segment, [])
    cursor = editor.target.textCursor()
    cursor.setPosition(editor.target.toPlainText().index("MonatLaut") + len("Monat"))
    editor.target.setTextCursor(cursor)
    type_text(editor.target, ". ")  # the spans after this point moved on by two
    editor.set_issues(found)
    kept = {i.text for i in editor.target.issues if i.side == "target"}
    assert "KI-Start-ups" in kept and "MonatLaut" not in kept and "Mistral-KI" not in kept
    painted = [(editor.target.toPlainText()[s : s + n], i.text) for s, n, i in editor.highlighter._spans]
    assert painted and all(text == flagged for text, flagged in painted)

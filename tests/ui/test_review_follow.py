"""Review annotations follow the translator's edits of the target: in the window, in the
project file, and in the MQM TSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core.export import ExportSource, render
from editor.core.review import MqmSeverity, load_review
from editor.core.store import ProjectStore
from editor.ui.main_window import MainWindow
from editor.ui.session import Session
from editor.ui.text_offsets import to_qt


def _type(widget, text: str) -> None:
    for ch in text:  # one key at a time: keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def _caret(window, offset: int) -> None:
    target = window.editor.target
    cursor = target.textCursor()
    cursor.setPosition(to_qt(target.toPlainText(), offset))
    target.setTextCursor(cursor)


def _marked(window) -> list[str]:
    """The target text each drawn review mark covers."""
    return [selection.cursor.selectedText() for selection in window.editor.target.extraSelections()]


def _annotate_mistral(window) -> None:
    window.set_review_mode(True)
    window.go_to_segment(2)
    text = window.editor.target.toPlainText()
    start = text.index("Mistral-KI")
    window.editor.select_span(start, start + len("Mistral-KI"))
    window.review_panel.choose("Accuracy/Mistranslation", MqmSeverity.MAJOR)
    window.editor.target.setFocus()
    QTest.keyClick(window.editor.target, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.review.of(2)) == 1


def test_an_annotation_keeps_its_words_through_edits_before_it_and_a_reopening(
    window, qtbot, project: Path, settings, tmp_path: Path
) -> None:
    session = window.session
    _annotate_mistral(window)
    target = window.editor.target
    # Fix the fused token earlier in the segment (2 characters), then add words at the start.
    _caret(window, target.toPlainText().index("MonatLaut") + len("Monat"))
    _type(target, ". ")
    _caret(window, 0)
    _type(target, "Übrigens: ")
    text = session.document[2].target
    [annotation] = session.review.of(2)
    assert text[annotation.start : annotation.end] == "Mistral-KI"  # at once, before saving
    assert _marked(window) == ["Mistral-KI"]
    assert "“Mistral-KI”" in window.review_panel.annotations.item(0).text()
    qtbot.waitUntil(lambda: session.saved)
    tsv = render("mqm-tsv", ExportSource(session.document, session.store)).decode()
    assert "<v>Mistral-KI</v>" in tsv

    window.close()
    session.close()
    with ProjectStore.open(project, readonly=True) as store:
        [stored] = load_review(store).of(2)
        assert store.segment(2).target[stored.start : stored.end] == "Mistral-KI"
    again = MainWindow(Session.open(project), settings)
    qtbot.addWidget(again)
    again.show()
    again.go_to_segment(2)
    assert _marked(again) == ["Mistral-KI"]
    assert "“Mistral-KI”" in again.review_panel.annotations.item(0).text()
    again.close()
    again.session.close()


def test_an_annotation_whose_words_are_deleted_stays_where_they_were(window, qtbot) -> None:
    session = window.session
    _annotate_mistral(window)
    target = window.editor.target
    text = target.toPlainText()
    start = text.index("Frankreichs Mistral-KI ") + len("Frankreichs ")
    cursor = target.textCursor()
    cursor.setPosition(to_qt(text, start))
    cursor.setPosition(to_qt(text, start + len("Mistral-KI ")), QTextCursor.MoveMode.KeepAnchor)
    target.setTextCursor(cursor)
    QTest.keyClick(target, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: session.saved)
    [annotation] = session.review.of(2)  # never lost: a reviewer's work
    assert annotation.start == annotation.end
    assert session.document[2].target[: annotation.start].endswith("Frankreichs ")
    assert "words deleted by an edit" in window.review_panel.annotations.item(0).text()
    assert session.review_score().document.mqm == 5.0  # it still counts
    tsv = render("mqm-tsv", ExportSource(session.document, session.store)).decode()
    assert "Frankreichs <v></v>an einer" in tsv
    target.undo()  # the words come back: marked again
    qtbot.waitUntil(lambda: session.saved)
    [annotation] = session.review.of(2)
    assert session.document[2].target[annotation.start : annotation.end].strip() == "Mistral-KI"
    assert [mark.strip() for mark in _marked(window)] == ["Mistral-KI"]


def test_a_fix_applied_from_elsewhere_moves_the_marks(window, qtbot) -> None:
    session = window.session
    _annotate_mistral(window)
    old = session.document[2].target
    session.apply_batch([(2, old.replace("MonatLaut", "Monat. Laut"))])  # as find and replace does
    [annotation] = session.review.of(2)
    assert session.document[2].target[annotation.start : annotation.end] == "Mistral-KI"
    assert _marked(window) == ["Mistral-KI"]

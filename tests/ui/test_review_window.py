"""Review through the real window: annotate a span, accept one pre-filled QA finding, reject
another, rate the segment, see the scores change, reopen and find it all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.core.review import MqmSeverity, load_review
from editor.core.store import ProjectStore


def _summary(window) -> str:
    return window.score_panel.summary.text()


def test_review_workflow(window, qtbot, project):
    session = window.session
    session.rater = "anna"
    window.set_review_mode(True)
    assert window.review_dock.isVisible() and window.score_dock.isVisible()
    assert "MQM 0.00" in _summary(window)
    window.go_to_segment(2)
    panel = window.review_panel
    suggested = [
        panel.suggestions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.suggestions.count())
    ]
    checks = [issue.check for issue in suggested]
    assert "merged_token" in checks and len(suggested) >= 2

    # 1. Annotate a span from the keyboard: select it, pick category and severity, Ctrl+M.
    target = window.editor.target.toPlainText()
    start = target.index("Pilotphase")
    window.editor.select_span(start, start + len("Pilotphase"))
    panel.choose("Accuracy/Mistranslation", MqmSeverity.MAJOR)
    panel.note.setText("pilot phase is fine, but check the term")
    window.editor.target.setFocus()
    QTest.keyClick(window.editor.target, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    [made] = session.review.of(2)
    assert (made.start, made.end, made.rater, made.severity) == (start, start + 10, "anna", MqmSeverity.MAJOR)
    assert len(window.editor.target.extraSelections()) == 1  # drawn in the text
    assert panel.annotations.count() == 1
    qtbot.waitUntil(lambda: "MQM 5.00" in _summary(window))

    # 2. Accept the fused-token finding as it is (it becomes a Major Fluency/Spelling error).
    merged = checks.index("merged_token")
    panel.suggestions.setCurrentRow(merged)
    QTest.keyClick(
        window.editor.target,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    accepted = [a for a in session.review.of(2) if a.origin == "check:merged_token"]
    assert len(accepted) == 1 and accepted[0].category == suggested[merged].category
    assert accepted[0].severity is MqmSeverity.MAJOR
    assert "merged_token" not in [
        panel.suggestions.item(i).data(Qt.ItemDataRole.UserRole).check
        for i in range(panel.suggestions.count())
    ]
    qtbot.waitUntil(lambda: "MQM 10.00" in _summary(window))

    # 3. Reject another finding: no annotation, and it counts against that check's precision.
    rejected = panel.suggestions.item(0).data(Qt.ItemDataRole.UserRole)
    panel.suggestions.setCurrentRow(0)
    panel.reject_button.click()
    assert session.review.precision(rejected.check) == 0.0
    assert session.review.precision("merged_token") == 1.0
    assert len(session.review.of(2)) == 2
    qtbot.waitUntil(lambda: "0 of 1 accepted" in window.score_panel.precision.text())
    assert "1 of 1 accepted (100% precision)" in window.score_panel.precision.text()

    # 4. Rate the segment (ESA) and delete nothing; the breakdown shows the two categories.
    panel.rating.setValue(60)
    assert session.review.ratings[2]["anna"].score == 60
    assert window.score_panel.breakdown.rowCount() == 2
    assert window.score_panel.worst.count() == 1

    # 5. The worst segment is one click away.
    window.go_to_segment(5)
    item = window.score_panel.worst.item(0)
    window.score_panel.worst.itemClicked.emit(item)
    assert window.current_segment_id() == 2

    window.close()
    store = ProjectStore.open(project, readonly=True)
    try:
        review = load_review(store)
    finally:
        store.close()
    assert {a.origin for a in review.of(2)} == {"", "check:merged_token"}
    assert review.ratings[2]["anna"].score == 60
    assert review.precision(rejected.check) == 0.0


def test_relabel_and_delete(window, qtbot):
    session = window.session
    window.set_review_mode(True)
    window.go_to_segment(3)
    panel = window.review_panel
    window.editor.select_span(0, 4)
    panel.choose("Style/Awkward", MqmSeverity.MINOR)
    panel.annotate_button.click()
    panel.annotations.setCurrentRow(0)
    panel.choose("Fluency/Grammar", MqmSeverity.CRITICAL)
    window.editor.select_span(5, 10)  # a selection moves the annotation to it
    panel.relabel_button.click()
    [annotation] = session.review.of(3)
    assert (annotation.category, annotation.severity) == ("Fluency/Grammar", MqmSeverity.CRITICAL)
    assert (annotation.start, annotation.end) == (5, 10)
    qtbot.waitUntil(lambda: "MQM 25.00" in _summary(window))
    panel.annotations.setCurrentRow(0)
    panel.delete_button.click()
    assert session.review.of(3) == []
    assert window.editor.target.extraSelections() == []
    qtbot.waitUntil(lambda: "MQM 0.00" in _summary(window))


def test_annotate_without_a_selection_says_what_to_do(window):
    window.set_review_mode(True)
    window.go_to_segment(3)
    window.annotate_selection()
    assert "Select the words" in window.statusBar().currentMessage()
    assert window.session.review.of(3) == []


def test_an_omission_is_marked_in_the_source(window):
    window.set_review_mode(True)
    window.go_to_segment(3)
    source = window.editor.source
    cursor = source.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    source.setTextCursor(cursor)
    window.review_panel.choose("Accuracy/Omission", MqmSeverity.MAJOR)
    window.annotate_selection()
    [annotation] = window.session.review.of(3)
    assert (annotation.side, annotation.start, annotation.end) == ("source", 0, 3)
    assert len(source.extraSelections()) == 1


def _keys(window, key, modifiers) -> None:
    window.editor.target.setFocus()
    QTest.keyClick(window.editor.target, key, modifiers)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_review_shortcuts_do_nothing_outside_review_mode(window):
    session = window.session
    assert not window.review_dock.isVisible()
    window.go_to_segment(2)
    assert session.suggestions(2)  # there are findings a stray shortcut could decide
    window.editor.select_span(0, 3)
    before = session.document[2].target
    _keys(window, Qt.Key.Key_A, CTRL_SHIFT)
    _keys(window, Qt.Key.Key_X, CTRL_SHIFT)
    _keys(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert session.review.of(2) == [] and session.review.decisions() == {}
    assert session.document[2].target == before  # nor do the keys reach the text
    assert session.review_score().document.mqm == 0
    assert not any(action.isEnabled() for action in window.review_actions)
    window.set_review_mode(True)
    assert all(action.isEnabled() for action in window.review_actions)
    window.set_review_mode(False)
    assert not any(action.isEnabled() for action in window.review_actions)


def test_review_shortcuts_say_what_they_did(window):
    session = window.session
    window.set_review_mode(True)
    window.go_to_segment(2)
    first, second = session.suggestions(2)[:2]
    window.review_panel.suggestions.setCurrentRow(0)
    _keys(window, Qt.Key.Key_A, CTRL_SHIFT)
    assert [a.origin for a in session.review.of(2)] == [f"check:{first.check}"]
    message = window.statusBar().currentMessage()
    assert message.startswith("Accepted") and first.text in message
    window.review_panel.suggestions.setCurrentRow(0)
    _keys(window, Qt.Key.Key_X, CTRL_SHIFT)
    assert session.review.decisions()[second.check][1] >= 1
    assert window.statusBar().currentMessage().startswith(f"Rejected the {second.check} finding")
    while session.suggestions(2):
        session.reject_suggestion(session.suggestions(2)[0])
    _keys(window, Qt.Key.Key_A, CTRL_SHIFT)
    assert "No QA finding left" in window.statusBar().currentMessage()

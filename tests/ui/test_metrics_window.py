"""Metrics and effort in the window: keys counted through the real editor, live figures, the
diff, the chart that jumps to a segment, effort saved in the project."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core.effort import load_logs
from editor.core.metrics import MetricsTracker
from editor.core.store import ProjectStore
from editor.ui.effort_filter import classify
from editor.ui.widgets.diff_view import diff_html


def _ready(window, qtbot):
    qtbot.waitUntil(lambda: window.session.metrics is not None, timeout=20000)


def test_keystrokes_are_counted_through_the_real_editor(window, qtbot, project):
    _ready(window, qtbot)
    window.go_to_segment(3)
    editor = window.editor.target
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor, "abc")
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClick(editor, Qt.Key.Key_Left)
    QTest.keyClick(editor, Qt.Key.Key_Home)
    QTest.keyClick(editor, Qt.Key.Key_Shift)  # a bare modifier is not a keystroke
    log = window.session.effort.logs[3]
    assert (log.insertions, log.deletions, log.navigation, log.control) == (3, 1, 2, 0)
    assert log.keystrokes == 6
    assert log.visits == 1
    assert window.editor.target.toPlainText().endswith("ab")
    # Ctrl+Enter is a window shortcut: the editor never gets it as a key press, yet it counts.
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert log.control == 1 and log.keystrokes == 7
    assert window.current_segment_id() != 3
    window.close()
    store = ProjectStore.open(project, readonly=True)
    try:
        saved = load_logs(store)[3]
    finally:
        store.close()
    assert (saved.insertions, saved.deletions, saved.navigation, saved.control) == (3, 1, 2, 1)


def test_status_bar_panel_and_chart_follow_typing(window, qtbot):
    _ready(window, qtbot)
    session = window.session
    assert window.metrics_label.text().startswith("HTER 0.0")
    window.go_to_segment(4)
    editor = window.editor.target
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor, " und noch mehr Worte")
    qtbot.waitUntil(lambda: not window.metrics_label.text().startswith("HTER 0.0"), timeout=3000)
    segment = session.document[4]
    expected = MetricsTracker(session.document).document()
    assert window.metrics_label.text().startswith(f"HTER {expected.hter:.1f}")
    labels = window.metrics_panel.segment_labels
    assert labels["HTER"].text() == f"{session.metrics.segment(segment).hter:.1f}"
    assert window.metrics_panel.document_labels["Edited segments"].text() == f"1 of {len(session.document)}"
    assert "und noch mehr Worte" in window.metrics_panel.diff.toHtml()
    chart = window.metrics_panel.chart
    assert chart.values[session.document.row(4)] > 0
    assert sum(1 for v in chart.values if v > 0) == 1


def test_a_click_on_the_chart_goes_to_that_segment(window, qtbot):
    _ready(window, qtbot)
    window.metrics_dock.show()
    window.metrics_dock.raise_()
    chart = window.metrics_panel.chart
    qtbot.waitUntil(lambda: chart.isVisible() and chart.width() > 0)
    segments = window.session.document.segments
    last = segments[-1].id
    QTest.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() - 1, chart.height() // 2))
    assert window.current_segment_id() == last
    assert chart.current == len(segments) - 1


def test_diff_marks_insertions_and_deletions_and_escapes_text():
    html = diff_html("Das ist <b> gut", "Das war <b> gut")
    assert "line-through" in html and ">ist</span>" in html
    assert "underline" in html and ">war</span>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_classify_keys():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from editor.core.effort import Key

    def press(key, text="", modifiers=Qt.KeyboardModifier.NoModifier):
        return classify(QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))

    assert press(Qt.Key.Key_A, "a") is Key.INSERTION
    assert press(Qt.Key.Key_A, "A", Qt.KeyboardModifier.ShiftModifier) is Key.INSERTION
    assert press(Qt.Key.Key_Delete) is Key.DELETION
    assert press(Qt.Key.Key_PageDown) is Key.NAVIGATION
    assert press(Qt.Key.Key_Z, "\x1a", Qt.KeyboardModifier.ControlModifier) is Key.CONTROL
    assert press(Qt.Key.Key_Escape, "\x1b") is Key.CONTROL
    assert press(Qt.Key.Key_Control) is None

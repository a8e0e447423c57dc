"""The window end to end: highlights, typing a fix, quick fix, confirm, find and replace, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core.model import SegmentStatus
from editor.core.store import ProjectStore
from editor.ui.models.segments import ISSUES_ROLE, SegmentTableModel
from editor.ui.text_offsets import to_qt
from editor.ui.widgets.find_replace import FindReplaceDialog


def _highlighted(window, text: str) -> bool:
    """Whether the target editor paints an issue format over ``text``."""
    plain = window.editor.target.toPlainText()
    start = to_qt(plain, plain.index(text))
    block = window.editor.target.document().findBlock(start)
    for fmt in block.layout().formats():
        lo = block.position() + fmt.start
        if (
            lo <= start < lo + fmt.length
            and fmt.format.underlineStyle() != fmt.format.UnderlineStyle.NoUnderline
        ):
            return True
    return False


def _type(widget, text: str) -> None:
    """Type character by character (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def test_fused_token_is_highlighted_in_table_and_editor(window, qtbot):
    index = window.model.index(window.model.row_of(2), SegmentTableModel.TARGET)
    issues = index.data(ISSUES_ROLE)
    assert any(i.check == "merged_token" and i.text == "MonatLaut" for i in issues)
    window.go_to_segment(2)
    assert window.editor.segment.id == 2
    assert _highlighted(window, "MonatLaut")


def test_type_a_fix_confirm_and_land_on_the_next_segment(window, qtbot, project):
    window.go_to_segment(2)
    editor = window.editor.target
    editor.setFocus()
    plain = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(to_qt(plain, plain.index("MonatLaut") + len("Monat")))
    editor.setTextCursor(cursor)
    _type(editor, ". ")
    qtbot.waitUntil(lambda: not any(i.check == "merged_token" for i in window.session.issues_of(2)))
    assert not _highlighted(window, "Laut einem")
    # Non-ASCII typed character by character: "gebracht wurde" -> "gebracht würde" and back.
    plain = editor.toPlainText()
    cursor.setPosition(to_qt(plain, plain.index("wurde Im") + 1))
    cursor.setPosition(to_qt(plain, plain.index("wurde Im") + 2), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    _type(editor, "ü„“")
    assert "wü„“rde" in window.session.document[2].target
    editor.undo()
    assert "wurde Im" in window.session.document[2].target
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.session.document[2].status is SegmentStatus.CONFIRMED
    assert window.current_segment_id() == 3
    assert window.saved_label.text() == "All changes saved"
    window.close()
    window.session.close()
    with ProjectStore.open(project, readonly=True) as store:
        reopened = store.load_document()
    assert "Monat. Laut" in reopened[2].target and reopened[2].status is SegmentStatus.CONFIRMED


def test_quick_fix_shortcut_and_next_issue(window, qtbot):
    window.go_to_segment(6)
    qtbot.keyClick(window.editor.target, Qt.Key.Key_F8)
    assert window.current_segment_id() == 7
    plain = window.editor.target.toPlainText()
    cursor = window.editor.target.textCursor()
    cursor.setPosition(to_qt(plain, plain.index("5ein") + 1))
    window.editor.target.setTextCursor(cursor)
    qtbot.keyClick(window.editor.target, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert "5, ein" in window.session.document[7].target
    qtbot.waitUntil(lambda: not any(i.check == "merged_token" for i in window.session.issues_of(7)))
    window.editor.target.undo()  # the fix is one undo step
    assert "5ein" in window.session.document[7].target


def test_status_bar_counts_follow_the_issues(window, qtbot):
    """The counts in the status bar are the session's, in words a reader expects ("1 error")."""
    from editor.core.checks import Severity

    counts = window.session.severity_counts
    errors = counts[Severity.ERROR]
    assert errors > 1
    assert f"{errors} errors" in window.counts_label.text()
    assert "35 segments" in window.counts_label.text()

    # Dismiss every error but one: the label follows, singular.
    def errors_of(segment_id: int) -> list:
        return [i for i in window.session.issues_of(segment_id) if i.severity is Severity.ERROR]

    with_errors = [sid for sid in sorted(window.session.issues) if errors_of(sid)]
    for segment_id in with_errors:
        for issue in errors_of(segment_id)[segment_id == with_errors[0] :]:
            window.ignore_issue(issue)  # all but the first segment's first error
    assert window.session.severity_counts[Severity.ERROR] == 1
    qtbot.waitUntil(lambda: "· 1 error ·" in window.counts_label.text())


def test_ignore_persists(window, qtbot, project):
    issue = next(i for i in window.session.issues_of(35) if i.check == "stray_artifact")
    window.ignore_issue(issue)
    assert not any(i.check == "stray_artifact" for i in window.session.issues_of(35))
    with ProjectStore.open(project, readonly=True) as store:
        from editor.core.checks.persist import load_ignored

        assert (issue.check, issue.fingerprint) in load_ignored(store)[35]


def test_find_and_replace_with_preview_is_one_undo_step(window, qtbot):
    dialog = FindReplaceDialog(window.session.document, window)
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("KI-Start-ups")
    dialog.replace_edit.setText("KI-Startups")
    dialog.run_preview()
    assert dialog.preview.count() == 2
    dialog.preview.item(1).setCheckState(Qt.CheckState.Unchecked)  # skip the second hit
    changed = window.session.apply_batch(dialog.changes())
    assert changed == 1
    targets = [s.target for s in window.session.document]
    assert sum(t.count("KI-Start-ups") for t in targets) == 1
    assert window.session.undo_batch() == 1
    assert sum(s.target.count("KI-Start-ups") for s in window.session.document) == 2


def test_filter_bar_shows_segments_with_issues(window):
    window.filter_mode.setCurrentIndex(1)  # with issues
    shown = {window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())}
    assert "2" in shown and "1" not in shown
    window.search.setText("MonatLaut")
    assert window.proxy.rowCount() == 1


def test_a_big_document_is_checked_from_its_file_with_unsaved_typing_included(
    qtbot, project, settings, monkeypatch
):
    """From STREAMED_CHECK_SEGMENTS on, the full check's workers read the project file rather
    than each being sent the document: typing not yet saved is written first, and the issues
    and statistics are those of the document in memory."""
    from editor.core.checks import build_context, check_document, parallel, streamed
    from editor.ui import session as session_module
    from editor.ui.main_window import MainWindow
    from editor.ui.session import Session

    monkeypatch.setattr(session_module, "STREAMED_CHECK_SEGMENTS", 1)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_SEGMENTS", 1)  # spawned workers, as in the window
    monkeypatch.setattr(streamed, "CHUNK_SEGMENTS", 6)
    streamed_passes = []

    def spy(*args, **kwargs):
        result = streamed.check_project(*args, **kwargs)
        streamed_passes.append(result is not None)
        return result

    monkeypatch.setattr(session_module, "check_project", spy)
    session = Session.open(project)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    try:
        session.set_target(7, "Die 5 Anbieter , die  die Hardware liefern.")  # pending, not on disk
        window.check_all()
        qtbot.waitUntil(lambda: window.check_job is not None and not window.check_job.running, timeout=60000)
        expected = check_document(
            session.document, build_context(session.document), dict(session.ignored), workers=1
        )
        got = [issue for segment in session.document for issue in session.issues_of(segment.id)]
        assert streamed_passes == [True]
        assert got == expected and any(i.segment == 7 for i in got)
        assert session.context.stats.terms.document is session.document
        # Edits after the pass keep the statistics current: one segment's work, no error.
        session.set_target(12, "KI-Start-ups und KI-Startups")
        assert any(i.check == "inconsistent_term" for i in session.recheck(12))
    finally:
        window.close()
        session.close()

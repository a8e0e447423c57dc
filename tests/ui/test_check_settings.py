"""Segment > Check settings: turn a check off, change a severity, show an ignored issue again;
the project keeps it and the document is checked again."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from editor.core.checks import Severity
from editor.core.checks.persist import load_ignored, load_settings
from editor.core.store import ProjectStore
from editor.ui.widgets.check_settings import CheckSettingsDialog


def _in_dialog(act) -> list[CheckSettingsDialog]:
    """Run ``act(dialog)`` once the modal Check settings dialog shows (then it is accepted)."""
    seen: list[CheckSettingsDialog] = []
    tries = [250]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CheckSettingsDialog):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def _row(dialog: CheckSettingsDialog, check_id: str) -> int:
    return [c.id for c in dialog.choices].index(check_id)


def _counts(session) -> dict[str, set[Severity]]:
    found: dict[str, set[Severity]] = {}
    for issues in session.issues.values():
        for issue in issues:
            found.setdefault(issue.check, set()).add(issue.severity)
    return found


def test_check_settings_are_stored_and_applied(window, qtbot, project):
    session = window.session
    assert "merged_token" in _counts(session) and _counts(session)["punctuation"] != {Severity.INFO}

    def choose(dialog: CheckSettingsDialog) -> None:
        dialog.table.item(_row(dialog, "merged_token"), dialog.NAME).setCheckState(Qt.CheckState.Unchecked)
        combo = dialog.severities[_row(dialog, "punctuation")]
        combo.setCurrentIndex(combo.findData(Severity.INFO))
        dialog.accept()

    seen = _in_dialog(choose)
    window.check_settings_action.trigger()
    assert seen
    qtbot.waitUntil(
        lambda: not window.check_job.running and "merged_token" not in _counts(session), timeout=20000
    )
    assert _counts(session)["punctuation"] == {Severity.INFO}
    assert "checking the document again" in window.statusBar().currentMessage()
    window.go_to_segment(2)  # a keystroke's re-check follows the new settings too
    session.set_target(2, session.document[2].target + " ")
    assert not any(i.check == "merged_token" for i in session.issues_of(2))
    with ProjectStore.open(project, readonly=True) as store:
        stored = load_settings(store)
    assert "merged_token" in stored.disabled and stored.severities["punctuation"] is Severity.INFO


def test_an_ignored_issue_is_listed_and_shown_again(window, qtbot, project):
    session = window.session
    issue = next(i for i in session.issues_of(2) if i.check == "merged_token")
    window.ignore_issue(issue)
    assert issue not in session.issues_of(2)
    listed: list[str] = []

    def restore(dialog: CheckSettingsDialog) -> None:
        dialog.tabs.setCurrentIndex(1)
        listed.extend(dialog.ignored.item(i).text() for i in range(dialog.ignored.count()))
        dialog.ignored.item(0).setSelected(True)
        dialog.unignore_button.click()
        dialog.accept()

    seen = _in_dialog(restore)
    window.edit_check_settings()
    assert seen and len(listed) == 1 and f"“{issue.text}”" in listed[0] and "Segment 2" in listed[0]
    assert any(i.fingerprint == issue.fingerprint for i in session.issues_of(2))  # at once
    assert "1 ignored issue shown again" in window.statusBar().currentMessage()
    with ProjectStore.open(project, readonly=True) as store:
        assert load_ignored(store) == {}


def test_cancel_changes_nothing(window, project):
    seen = _in_dialog(
        lambda dialog: (
            dialog.table.item(0, dialog.NAME).setCheckState(Qt.CheckState.Unchecked),
            dialog.reject(),
        )
    )
    window.edit_check_settings()
    assert seen and window.session.context.settings.disabled == frozenset()
    with ProjectStore.open(project, readonly=True) as store:
        assert load_settings(store).disabled == frozenset()

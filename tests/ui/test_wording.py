"""What the window says: labels, menus and status messages in the user's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from editor.ui.text_offsets import to_qt
from editor.ui.widgets.export_dialog import ExportDialog


def test_the_export_dialog_shows_no_ampersand(window, qtbot):
    dialog = ExportDialog.for_session(window.session, window)
    qtbot.addWidget(dialog)
    save_to = [label for label in dialog.findChildren(QLabel) if label.text() == "&Save to"]
    assert save_to and save_to[0].buddy() is dialog.path  # shown as "Save to", Alt+S


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")  # the popup, offscreen
def test_the_context_menu_names_the_check(window, qtbot):
    menus = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            menus.append([a.text() for a in menu.actions()])
            menu.close()
        else:
            QTimer.singleShot(20, read_and_close)

    window.go_to_segment(2)
    editor = window.editor.target
    plain = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(to_qt(plain, plain.index("MonatLaut") + 2))
    where = editor.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, editor.viewport().mapToGlobal(where))
    QTimer.singleShot(20, read_and_close)
    QApplication.sendEvent(editor.viewport(), event)  # returns when the menu closes
    assert "Ignore this issue (Merged words)" in menus[0]
    assert not any("merged_token" in text for text in menus[0])


def test_the_status_bar_counts_edited_segments(window, qtbot):
    qtbot.waitUntil(lambda: window.metrics_label.text() != "", timeout=10000)
    assert window.metrics_label.text().endswith("0/35 segments edited")
    window.session.set_target(2, window.session.document[2].target + "!")  # one character
    qtbot.waitUntil(lambda: window.metrics_label.text().endswith("1/35 segments edited"), timeout=5000)
